"""`khabar train`: a CRF, a spaCy NER or a spaCy span categorizer trained on Khabar, Wojood or both.

A model folder (the user's `--out`, never in the tracked tree) holds the model, `seen.json` (the
entity surfaces of its training data) and `khabar-model.json`: the family, training set, seed,
epochs, the spaCy config text or the CRF hyperparameters, the SHA-256 of the exact training rows,
counts, library versions and the scores on the validation split of the same data. `trained:DIR`
(`khabar.evaluate.adapters.trained`) scores it.

Gold is in the Wojood scheme with every nesting level; the CRF and spaCy NER learn the outermost
layer, the span categorizer every level. spaCy trains with its own loop (`spacy.training.loop`)
from a written config and DocBin files, for a fixed number of epochs with a fixed seed, so the
same inputs give the same model; it keeps the model of the last epoch (the validation split is
never used to pick one, so its scores are not tuned on).
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar import __version__
from khabar.evaluate.adapters.trained import (
    CRF_CLITICS,
    CRF_MODEL,
    FAMILIES,
    FOLDER_FILES,
    MODEL_FILE,
    MODEL_FORMAT,
    SEEN_FILE,
    SPACY_MODEL,
    SPANS_KEY,
    TRAIN_SETS,
    TrainedAdapter,
)
from khabar.evaluate.data import EvalRow
from khabar.io import KhabarError, plain_mode, swap_folder, write_json
from khabar.model.spans import outermost
from khabar.progress import SILENT, Progress

SCHEME = "wojood"
# Bump when a change here changes what a model learns (data preparation, configs, defaults):
# caches of trained models (scripts/leaderboard.py) are keyed by it, not by this file's bytes.
TRAINING_VERSION = 1
# Epochs (CRF: L-BFGS iterations) when none are given: each model trains in a few minutes on one
# CPU core (measured: docs/benchmark.md, "Training a model").
DEFAULT_EPOCHS = {"crf": 100, "spacy-ner": 20, "spacy-spancat": 20}
# The span categorizer's suggester proposes every n-gram up to the length that covers this share
# of the training data's gold spans (in spaCy tokens), capped so that it stays affordable.
SUGGESTER_REACH = 0.99
SUGGESTER_MAX = 12
VALIDATION_RESAMPLES = 200


@dataclass
class Part:
    """One corpus's share of the training data: its rows and what identifies them."""

    name: str
    train: list[EvalRow]
    dev: list[EvalRow]
    source: dict[str, Any] = field(default_factory=dict)


def rows_sha256(rows: Sequence[EvalRow]) -> str:
    """SHA-256 of the exact rows: id, text and every gold span, one JSON line each."""
    h = hashlib.sha256()
    for r in rows:
        line = [r.id, r.text, [[sp.start, sp.end, sp.label] for sp in sorted(r.entities)]]
        h.update(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n")
    return h.hexdigest()


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _khabar_part(release: Path | None) -> Part:
    from khabar.evaluate.data import content_hash, data_files, rows_from_release

    if release is None:
        raise KhabarError("training on Khabar needs --release DIR (a built release)", "usage")
    train, dev = rows_from_release(release, "train"), rows_from_release(release, "validation")
    files = data_files(release, "spans", "train")
    return Part("khabar", train, dev, {
        "release": str(release), "release_sha256": content_hash(Path(release)),
        "train_files_sha256": {p.relative_to(release).as_posix(): _file_sha256(p) for p in files}})


def _wojood_part(root: Path | None, train_file: Path | None, val_file: Path | None) -> Part:
    from khabar.evaluate.adapters.crf import wojood_rows, wojood_sample_file, wojood_train_file

    train_path = wojood_train_file(root, train_file)
    val_path = Path(val_file) if val_file else wojood_sample_file(root, "val.txt")
    for path, what in ((train_path, "train"), (val_path, "validation")):
        if not Path(path).is_file():
            raise KhabarError(f"{path}: Wojood {what} file not found (`khabar sources fetch`, or "
                              f"--wojood-{'train' if what == 'train' else 'val'} FILE)", "file-missing", str(path))
    train, _ = wojood_rows(train_path)
    dev, _ = wojood_rows(val_path, prefix="wojood-val")
    return Part("wojood", train, dev, {"train_file": Path(train_path).name, "train_sha256": _file_sha256(train_path),
                                       "val_file": Path(val_path).name, "val_sha256": _file_sha256(val_path)})


def training_data(train_set: str, *, release: Path | None, root: Path | None, wojood_train: Path | None,
                  wojood_val: Path | None) -> tuple[list[EvalRow], list[EvalRow], dict[str, Any]]:
    """Train rows, validation rows (gold in the Wojood scheme, every level) and their provenance."""
    from khabar.evaluate.benchmark import in_scheme
    from khabar.evaluate.schemes import get_scheme

    parts = []
    if train_set in ("khabar", "both"):
        parts.append(_khabar_part(release))
    if train_set in ("wojood", "both"):
        parts.append(_wojood_part(root, wojood_train, wojood_val))
    scheme = get_scheme(SCHEME)
    train = in_scheme([r for p in parts for r in p.train], scheme)
    dev = in_scheme([r for p in parts for r in p.dev], scheme)
    if not any(r.entities for r in train):
        raise KhabarError(f"{train_set}: the training data has no entities to learn from")
    data = {"sha256": rows_sha256(train), "dev_sha256": rows_sha256(dev), "scheme": SCHEME,
            "sources": {p.name: {**p.source, "train_rows": len(p.train), "dev_rows": len(p.dev),
                                 "train_rows_sha256": rows_sha256(in_scheme(p.train, scheme))} for p in parts}}
    return train, dev, data


def check_arguments(family: str, train_set: str, *, epochs: int | None, seed: int,
                    wojood_train: Path | None, wojood_val: Path | None) -> None:
    """Refuse what cannot be trained, before any data is read."""
    if family not in FAMILIES:
        raise KhabarError(f"model family {family!r}: expected one of {', '.join(FAMILIES)}", "usage")
    if train_set not in TRAIN_SETS:
        raise KhabarError(f"--data {train_set!r}: expected one of {', '.join(TRAIN_SETS)}", "usage")
    if epochs is not None and epochs < 1:
        raise KhabarError(f"--epochs must be at least 1, found {epochs}", "usage")
    if seed < 0 or seed >= 2**32:
        raise KhabarError(f"--seed must be in [0, 2**32), found {seed}", "usage")
    if train_set == "khabar" and (wojood_train or wojood_val):
        raise KhabarError("--wojood-train/--wojood-val name Wojood files, but --data khabar does not "
                          "train on Wojood (use --data wojood or both)", "usage")


def _foreign_files(folder: Path) -> str | None:
    """Why a folder holding khabar-model.json is not only a model folder, or None."""
    extra = sorted(p.name for p in folder.iterdir() if p.name not in FOLDER_FILES)
    return f"also holds {', '.join(extra[:5])} (not written by `khabar train`)" if extra else None


def check_out(out: Path, root: Path | None, force: bool) -> None:
    """The folder must be absent, empty, or (with --force) a model folder `khabar train` wrote."""
    from khabar.corpus.layout import check_output

    check_output(Path(out), root, is_dir=True, marker=MODEL_FILE, force=force, owned=_foreign_files)
    if Path(out).is_dir() and any(Path(out).iterdir()) and not force:
        raise KhabarError(f"{out}: holds a trained model; pass --force to replace it", "out-refused", str(out))


def libraries(family: str) -> dict[str, str]:
    """Versions of what determines the model's bytes."""
    import importlib.metadata

    names = ["sklearn-crfsuite", "python-crfsuite"] if family == "crf" else ["spacy", "thinc", "numpy"]
    out = {"python": platform.python_version(), "khabar": __version__}
    for dist in names:
        try:
            out[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            out[dist] = "?"
    return out


def seen_surfaces(rows: Sequence[EvalRow]) -> list[str]:
    """The entity surfaces of the training data, every level (benchmark's seen/unseen)."""
    return sorted({sp.covered(r.text) for r in rows for sp in r.entities})


def train(family: str, train_set: str, out: Path, *, release: Path | None,
          wojood_train: Path | None = None, wojood_val: Path | None = None, root: Path | None = None,
          seed: int = 0, epochs: int | None = None, force: bool = False,
          progress: Progress = SILENT) -> dict[str, Any]:
    """Train `family` on `train_set` into the folder `out`; returns its khabar-model.json record.

    Trained in a temporary sibling folder, scored on the validation split, then swapped in.
    """
    check_arguments(family, train_set, epochs=epochs, seed=seed, wojood_train=wojood_train, wojood_val=wojood_val)
    out = Path(out)
    check_out(out, root, force)
    train_rows, dev_rows, data = training_data(train_set, release=release, root=root,
                                               wojood_train=wojood_train, wojood_val=wojood_val)
    n_epochs = epochs or DEFAULT_EPOCHS[family]
    out.parent.mkdir(parents=True, exist_ok=True)
    mode = plain_mode(out, folder=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.train-", dir=out.parent))
    try:
        t0 = time.perf_counter()
        if family == "crf":
            details = _train_crf(train_rows, tmp, n_epochs, train_set, progress)
        else:
            details = _train_spacy(family, train_rows, dev_rows, tmp, n_epochs, seed, progress)
        seconds = round(time.perf_counter() - t0, 1)
        write_json(tmp / SEEN_FILE, seen_surfaces(train_rows))
        record: dict[str, Any] = {
            "format": MODEL_FORMAT, "family": family, "train_set": train_set, "seed": seed,
            "epochs": n_epochs, "scheme": SCHEME,
            "layer": "all" if family == "spacy-spancat" else "outermost",
            **details, "data": data, "libraries": libraries(family), "train_seconds": seconds}
        # Written before scoring: the adapter that scores the validation split reads it.
        write_json(tmp / MODEL_FILE, record)
        record["validation"] = validation_scores(tmp, dev_rows, family, progress)
        write_json(tmp / MODEL_FILE, record)
        # mkdtemp made the folder 0700; the model gets the mode a plain mkdir would give it.
        os.chmod(tmp, mode)
        swap_folder(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return record


def validation_scores(folder: Path, dev: list[EvalRow], family: str, progress: Progress) -> dict[str, Any]:
    """Strict micro P/R/F1 on the validation rows (outermost; a span categorizer also nested)."""
    from khabar.evaluate.benchmark import evaluate
    from khabar.evaluate.schemes import get_scheme

    tick = progress("validate", len(dev))
    predicted = TrainedAdapter(folder, hash_folder=False).predict(dev)
    tick(len(dev))
    out: dict[str, Any] = {"rows": len(dev), "resamples": VALIDATION_RESAMPLES}
    for name, nested in (("outermost", False), ("nested", True)):
        if nested and family != "spacy-spancat":
            continue
        res = evaluate(dev, predicted, get_scheme(SCHEME), seen=None, nested=nested,
                       resamples=VALIDATION_RESAMPLES, seed=0)
        micro = res["figures"]["span"]["strict"]["micro"]
        out[name] = {k: {"value": round(micro[k]["value"], 4), "ci95": [round(x, 4) for x in micro[k]["ci95"]]}
                     for k in ("precision", "recall", "f1")}
    return out


# ---------------------------------------------------------------- CRF

def _train_crf(rows: list[EvalRow], tmp: Path, iterations: int, train_set: str,
               progress: Progress) -> dict[str, Any]:
    from khabar.evaluate.adapters.base import entity_stems
    from khabar.evaluate.adapters.crf import sequences, train_crf, train_params

    sents, tags = sequences(rows)
    params = {**train_params(), "max_iterations": iterations}
    tick = progress("train crf", 1)
    tagger = train_crf(sents, tags, **params)
    tick(1)
    (tmp / CRF_MODEL).write_bytes(Path(tagger.crf.modelfile.name).read_bytes())
    whole, stems = entity_stems([EvalRow(r.id, r.text, outermost(r.entities)) for r in rows])
    # Khabar leaves proclitics outside an entity, Wojood keeps them inside: a model that learned
    # Khabar's convention strips them from what it predicts (as baseline:crf does).
    strip = train_set != "wojood"
    write_json(tmp / CRF_CLITICS, {"whole": sorted(whole), "stems": sorted(stems), "strip": strip})
    return {"hyperparameters": {**params, "algorithm": "lbfgs", "all_possible_transitions": True},
            "strip_clitics": strip, "config": None,
            "counts": {"train": {"sentences": len(sents), "tokens": sum(map(len, sents)),
                                 "mentions": sum(len(r.entities) for r in rows),
                                 "mentions_outermost": sum(len(outermost(r.entities)) for r in rows),
                                 "widened_by_alignment": _widened(rows)}}}


def _widened(rows: Sequence[EvalRow]) -> int:
    """Outermost spans whose edges are not Khabar token edges (a proclitic before the entity): the
    CRF tags the whole token, as ANERcorp does."""
    from khabar.model.spans import encode_iob2
    from khabar.model.tokens import tokenize

    return sum(encode_iob2(tokenize(r.text), r.entities)[1] for r in rows)


# ---------------------------------------------------------------- spaCy

CONFIG = """\
[paths]
train = null
dev = null

[system]
gpu_allocator = null
seed = {seed}

[nlp]
lang = "ar"
pipeline = ["tok2vec", "{component}"]
batch_size = 256
tokenizer = {{"@tokenizers": "spacy.Tokenizer.v1"}}

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.HashEmbedCNN.v2"
pretrained_vectors = null
width = 96
depth = 4
embed_size = 2000
window_size = 1
maxout_pieces = 3
subword_features = true
{component_config}
[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0

[training]
seed = ${{system.seed}}
gpu_allocator = ${{system.gpu_allocator}}
dropout = 0.1
accumulate_gradient = 1
patience = 0
max_epochs = {epochs}
max_steps = 0
eval_frequency = 1000000
frozen_components = []
annotating_components = []
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
before_update = {{"@callbacks": "khabar.epoch_progress.v1"}}

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = false
eps = 0.00000001
learn_rate = 0.001

[initialize]
vectors = null
"""

NER = """
[components.ner]
factory = "ner"
moves = null
update_with_oracle_cut_size = 100

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${{components.tok2vec.model.width}}
upstream = "*"
"""

SPANCAT = """
[components.spancat]
factory = "spancat"
max_positive = null
spans_key = "{key}"
threshold = 0.5

[components.spancat.model]
@architectures = "spacy.SpanCategorizer.v1"

[components.spancat.model.reducer]
@layers = "spacy.mean_max_reducer.v1"
hidden_size = 128

[components.spancat.model.scorer]
@layers = "spacy.LinearLogistic.v1"
nO = null
nI = null

[components.spancat.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${{components.tok2vec.model.width}}
upstream = "*"

[components.spancat.suggester]
@misc = "spacy.ngram_range_suggester.v1"
min_size = 1
max_size = {max_size}
"""


def spacy_config(family: str, *, seed: int, epochs: int, max_size: int = 1) -> str:
    """The config.cfg text `spacy train` would read (paths are given as overrides)."""
    component = NER.format() if family == "spacy-ner" else SPANCAT.format(key=SPANS_KEY, max_size=max_size)
    return CONFIG.format(seed=seed, epochs=epochs, component="ner" if family == "spacy-ner" else "spancat",
                         component_config=component)


@dataclass
class Aligned:
    """Gold spans made spaCy token spans (`alignment_mode="expand"`), and what that changed."""

    docs: list[Any]
    mentions: int = 0
    widened: int = 0  # a span starting after a proclitic grows to the whole token ("بدمشق")
    lost: int = 0  # spans that no token span can hold, or that collapse onto another after widening
    lengths: Counter = field(default_factory=Counter)  # gold span lengths in tokens


def align(nlp: Any, rows: Sequence[EvalRow], family: str) -> Aligned:
    """Docs with the gold as entities (NER: the outermost layer) or as `doc.spans["sc"]` (all)."""
    from spacy.util import filter_spans

    out = Aligned([])
    for r in rows:
        doc = nlp.make_doc(r.text)
        gold = outermost(r.entities) if family == "spacy-ner" else sorted(set(r.entities))
        spans, keys = [], set()
        for sp in gold:
            out.mentions += 1
            s = doc.char_span(sp.start, sp.end, label=sp.label, alignment_mode="expand")
            if s is None or (s.start, s.end, sp.label) in keys:
                out.lost += 1
                continue
            keys.add((s.start, s.end, sp.label))
            out.widened += (s.start_char, s.end_char) != (sp.start, sp.end)
            out.lengths[len(s)] += 1
            spans.append(s)
        if family == "spacy-ner":
            kept = filter_spans(spans)
            out.lost += len(spans) - len(kept)
            doc.ents = kept
        else:
            doc.spans[SPANS_KEY] = spans
        out.docs.append(doc)
    return out


def suggester_size(lengths: Counter) -> tuple[int, float]:
    """The smallest n-gram length that reaches SUGGESTER_REACH of the gold spans (capped), and
    the share of gold spans it reaches."""
    size = next((n for n in range(1, SUGGESTER_MAX) if suggester_reach(lengths, n) >= SUGGESTER_REACH),
                SUGGESTER_MAX)
    return size, suggester_reach(lengths, size)


_PROGRESS: dict[str, Any] = {}


def _register() -> None:
    """The before_update callback that turns spaCy's epochs into progress ticks."""
    from spacy.util import registry

    if "khabar.epoch_progress.v1" in registry.callbacks.get_all():
        return

    @registry.callbacks("khabar.epoch_progress.v1")
    def epoch_progress():
        def before_update(nlp, args: dict[str, int]) -> None:
            state = _PROGRESS.get("state")
            if state is not None and args["epoch"] > state["epoch"]:
                state["tick"](args["epoch"] - state["epoch"])
                state["epoch"] = args["epoch"]
        return before_update


def _train_spacy(family: str, rows: list[EvalRow], dev: list[EvalRow], tmp: Path, epochs: int, seed: int,
                 progress: Progress) -> dict[str, Any]:
    import io

    import spacy
    from spacy.tokens import DocBin
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as spacy_train
    from spacy.util import fix_random_seed, load_config_from_str

    _register()
    blank = spacy.blank("ar")
    train_docs, dev_docs = align(blank, rows, family), align(blank, dev, family)
    size, reach = suggester_size(train_docs.lengths)
    text = spacy_config(family, seed=seed, epochs=epochs, max_size=size)
    with tempfile.TemporaryDirectory(prefix="khabar-train-") as work:
        paths = {"train": Path(work, "train.spacy"), "dev": Path(work, "dev.spacy")}
        DocBin(docs=train_docs.docs, store_user_data=False).to_disk(paths["train"])
        DocBin(docs=dev_docs.docs, store_user_data=False).to_disk(paths["dev"])
        config = load_config_from_str(text, overrides={f"paths.{k}": str(v) for k, v in paths.items()})
        fix_random_seed(seed)
        nlp = init_nlp(config)
        tick = progress(f"train {family} (epochs)", epochs)
        _PROGRESS["state"] = {"tick": tick, "epoch": 0}
        try:
            # spaCy's console logger writes to these buffers: the library never prints.
            nlp, _ = spacy_train(nlp, None, stdout=io.StringIO(), stderr=io.StringIO())
        finally:
            state = _PROGRESS.pop("state", None)
        if state is not None and state["epoch"] < epochs:
            tick(epochs - state["epoch"])
    # The DocBin paths named a temporary folder: the saved config must not depend on it.
    nlp.config["paths"].update({"train": None, "dev": None})
    nlp.to_disk(tmp / SPACY_MODEL)
    details: dict[str, Any] = {"config": text, "hyperparameters": None}
    details["counts"] = {name: {"sentences": len(a.docs), "tokens": sum(len(d) for d in a.docs),
                                "mentions": a.mentions, "widened_by_alignment": a.widened,
                                "lost_to_alignment": a.lost}
                         for name, a in (("train", train_docs), ("validation", dev_docs))}
    details["span_lengths"] = {str(k): v for k, v in sorted(train_docs.lengths.items())}
    if family == "spacy-spancat":
        details["suggester"] = {"ngram_range": [1, size], "reaches": reach,
                                "reaches_validation": suggester_reach(dev_docs.lengths, size)}
    return details


def suggester_reach(lengths: Counter, size: int) -> float:
    """The share of gold spans (by length in tokens) that n-grams up to `size` can propose."""
    total = sum(lengths.values()) or 1
    return round(sum(v for k, v in lengths.items() if k <= size) / total, 4)


def summary(record: dict[str, Any], out: Path) -> str:
    """Two lines for the command: where the model is, and its validation scores."""
    val = record["validation"]
    f1 = ", ".join(f"{name} strict micro F1 {100 * val[name]['f1']['value']:.1f}"
                   for name in ("outermost", "nested") if name in val)
    return (f"trained {record['family']} on {record['train_set']} in {record['train_seconds']} s: {out}\n"
            f"validation ({val['rows']} sentences): {f1}; score it with "
            f"`khabar benchmark --model trained:{out}{' --nested' if 'nested' in val else ''}`\n")

