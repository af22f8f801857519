"""The entity model of `khabar suggest`, trained once per training set and cached on disk.

The model is a CRF (`khabar.evaluate.adapters.crf`) trained on the Wojood sample plus the
corpus gold minus the documents being suggested, and a gazetteer of that gold and of the Wojood
names. Training takes seconds per run, so a model is kept under the project cache
(`$KHABAR_CACHE_DIR/suggest/`, default `.cache/khabar/suggest/`), keyed by what it learned from
(`TrainingSet.key`): the Wojood file's SHA-256, each gold document's annotation and record
SHA-256, the CRF's hyperparameters and feature version, this module's MODEL_VERSION and the
crfsuite version. A cache entry is the crfsuite model file and a JSON record (written last,
holding the model's SHA-256); an entry that does not read back exactly is trained again, never
trusted and never a traceback.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.corpus.documents import load_document
from khabar.corpus.layout import Layout
from khabar.io import read_json
from khabar.model.errors import KhabarError

CACHE_FORMAT = "khabar-suggest-model/1"
CACHE_SUBDIR = "suggest"
# Bump when what the model learns changes outside the CRF's features (those are
# crf.FEATURES_VERSION, also in the key): which rows it trains on, the clitic stems, the
# gazetteer and `wojood_names`, or what a cache entry holds. A stale model is then never reused.
MODEL_VERSION = 1
MAX_ITERATIONS = 100


@dataclass
class EntityModel:
    """What suggests entities: a tagger over sentence rows, a gazetteer and the names known."""

    crf: Any  # khabar.evaluate.adapters.crf.CRFAdapter
    gazetteer: Any  # khabar.evaluate.adapters.gazetteer.Gazetteer
    trained_on: dict[str, Any]
    cache: dict[str, Any] = field(default_factory=dict)  # "hit" or "trained" (and where), or {} uncached


@dataclass(frozen=True)
class GoldFile:
    """A releasable document the model may learn from, with the hashes of its two files."""

    id: str
    annotation_sha256: str  # of annotations/<id>.json as on disk
    document_sha256: str  # of corpus/documents/<id>.json (which holds the text's SHA-256)


@dataclass(frozen=True)
class TrainingSet:
    """Exactly what one entity model learns from; `key` names its cache entry."""

    wojood: Path
    wojood_sha256: str
    gold: tuple[GoldFile, ...]
    max_iterations: int = MAX_ITERATIONS

    @property
    def key(self) -> str:
        from khabar.evaluate.adapters.crf import FEATURES_VERSION, crfsuite_versions, train_params

        material = {"format": CACHE_FORMAT, "model_version": MODEL_VERSION, "crf_features": FEATURES_VERSION,
                    "libraries": crfsuite_versions(),
                    "params": {**train_params(), "max_iterations": self.max_iterations},
                    "wojood_sha256": self.wojood_sha256,
                    "gold": [[g.id, g.annotation_sha256, g.document_sha256] for g in self.gold]}
        return hashlib.sha256(json.dumps(material, sort_keys=True).encode("utf-8")).hexdigest()

    def without(self, doc_ids: Sequence[str]) -> TrainingSet:
        """The same set without these documents (leave-one-out)."""
        return TrainingSet(self.wojood, self.wojood_sha256, tuple(g for g in self.gold if g.id not in doc_ids),
                           self.max_iterations)


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise KhabarError(f"{path}: cannot be read ({exc.strerror or exc})", "file-unreadable", str(path)) from None


def corpus_gold(layout: Layout) -> tuple[GoldFile, ...]:
    """Every releasable document of the corpus, with the hashes of its annotation and record."""
    from khabar.corpus.gold import effective_status, releasable

    out = []
    for doc_id in layout.document_ids():
        ann = read_json(layout.annotation(doc_id))
        if releasable(effective_status(ann)):
            out.append(GoldFile(doc_id, _sha256(layout.annotation(doc_id)), _sha256(layout.document(doc_id))))
    return tuple(out)


def training_set(layout: Layout, exclude: Sequence[str] = (), wojood_train: Path | None = None,
                 max_iterations: int = MAX_ITERATIONS, gold: Sequence[GoldFile] | None = None) -> TrainingSet:
    """The Wojood sample plus the corpus gold (`gold`, else read now) minus `exclude`."""
    from khabar.evaluate.adapters.crf import wojood_train_file

    path = wojood_train_file(layout.root, wojood_train)
    if not path.is_file():
        raise KhabarError(f"{path}: the Wojood sample is missing; the entity tagger trains on it", "file-missing")
    gold = corpus_gold(layout) if gold is None else tuple(gold)
    return TrainingSet(path, _sha256(path), tuple(gold), max_iterations).without(exclude)


def wojood_names(rows):
    """Wojood rows keeping the names a gazetteer can propose as Khabar spans: Wojood keeps
    proclitics inside its spans ("بالعراق"), Khabar leaves them outside, so a name whose first
    word is proclitics + the article is dropped (its bare form is usually there too), as are
    one- and two-letter names."""
    from khabar.evaluate.data import EvalRow
    from khabar.model.labels import PROCLITICS

    clitic_article = re.compile(f"[{PROCLITICS}]+ال")
    out = []
    for r in rows:
        keep = []
        for sp in r.entities:
            words = sp.covered(r.text).split()
            if words and len(words[0]) > 2 and not clitic_article.match(words[0]):
                keep.append(sp)
        out.append(EvalRow(r.id, r.text, keep))
    return out


# ---------------------------------------------------------------- training

@dataclass(frozen=True)
class Trained:
    """A trained model as the cache keeps it: crfsuite bytes and plain JSON-able parts."""

    model: bytes
    whole: list[str]
    stems: list[str]
    gazetteer: list[tuple[list[str], str]]  # (tokens of a name, its label)
    trained_on: dict[str, Any]


def fit(layout: Layout, tset: TrainingSet) -> Trained:
    """Train the CRF and build the gazetteer on exactly `tset` (the slow step: seconds)."""
    from khabar.evaluate.adapters.base import _require, entity_stems
    from khabar.evaluate.adapters.crf import sequences, train_crf, wojood_rows
    from khabar.evaluate.adapters.gazetteer import build_gazetteer
    from khabar.evaluate.data import EvalRow, rows_from_records
    from khabar.model.spans import outermost

    _require("sklearn_crfsuite", "annotate", "`khabar suggest` (its entity tagger is a CRF)")
    wrows, _ = wojood_rows(tset.wojood)
    records = [(load_document(layout, g.id), read_json(layout.annotation(g.id))) for g in tset.gold]
    grows = rows_from_records(records) if records else []
    rows = list(wrows) + list(grows)
    sents, tags = sequences(rows)
    tagger = train_crf(sents, tags, max_iterations=tset.max_iterations)
    whole, stems = entity_stems([EvalRow(r.id, r.text, outermost(r.entities)) for r in rows])
    gaz = build_gazetteer(list(grows) + wojood_names(wrows))
    return Trained(Path(tagger.crf.modelfile.name).read_bytes(), sorted(whole), sorted(stems),
                   [(list(k), v) for k, v in gaz.entries.items()],
                   {"wojood_file": tset.wojood.name, "wojood_sentences": len(wrows),
                    "corpus_documents": [g.id for g in tset.gold], "corpus_sentences": len(grows)})


def _model(trained: Trained, cache: dict[str, Any]) -> EntityModel:
    """The usable model of trained (or cached) parts: the same code path either way, so a model
    read from the cache suggests exactly what the freshly trained one did."""
    from khabar.evaluate.adapters.crf import CRFAdapter, CRFTagger, ModelBytes
    from khabar.evaluate.adapters.gazetteer import Gazetteer

    crf = CRFAdapter(CRFTagger(ModelBytes(trained.model)), set(trained.whole), set(trained.stems),
                     spec="suggest:crf", strip_clitics=True)
    gaz = Gazetteer({tuple(k): v for k, v in trained.gazetteer})
    return EntityModel(crf, gaz, trained.trained_on, cache)


def train_entity_model(layout: Layout, exclude: Sequence[str] = (), wojood_train: Path | None = None,
                       max_iterations: int = MAX_ITERATIONS) -> EntityModel:
    """The CRF on the Wojood sample plus the corpus gold (minus `exclude`), and the gold's
    gazetteer, trained now (no cache: `entity_model` is the cached way)."""
    return _model(fit(layout, training_set(layout, exclude, wojood_train, max_iterations)), {})


# ---------------------------------------------------------------- the cache

def cache_dir(layout: Layout) -> Path:
    """$KHABAR_CACHE_DIR/suggest, else .cache/khabar/suggest under the project (git-ignored)."""
    from khabar.evaluate.adapters.crf import cache_folder

    return cache_folder(layout.root) / CACHE_SUBDIR


def _str_list(x: Any) -> bool:
    return isinstance(x, list) and all(isinstance(s, str) for s in x)


def read_cached(folder: Path, key: str) -> Trained | None:
    """The entry for `key`, if both files are there and agree; None for anything else (missing,
    truncated, another format, another key, a model whose bytes are not the recorded ones)."""
    try:
        info = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        data = (folder / f"{key}.crfsuite").read_bytes()
    except (OSError, ValueError):
        return None
    if not (isinstance(info, dict) and info.get("format") == CACHE_FORMAT and info.get("key") == key
            and info.get("model_sha256") == hashlib.sha256(data).hexdigest()):
        return None
    gaz, trained_on = info.get("gazetteer"), info.get("trained_on")
    if not (isinstance(gaz, list) and isinstance(trained_on, dict)):
        return None
    ok = _str_list(info.get("whole")) and _str_list(info.get("stems")) \
        and all(isinstance(x, list) and len(x) == 2 and _str_list(x[0]) and x[0] and isinstance(x[1], str)
                for x in gaz) \
        and _str_list(trained_on.get("corpus_documents"))
    if not ok:
        return None
    return Trained(data, info["whole"], info["stems"], [(x[0], x[1]) for x in gaz], trained_on)


def write_cached(folder: Path, key: str, trained: Trained) -> Path:
    """Write an entry: the model first, then its JSON record (what makes the entry valid), each
    atomically, so a reader sees a whole entry or none."""
    from khabar.evaluate.adapters.crf import CACHE_ENV
    from khabar.io import atomic_write_bytes, write_json

    model = folder / f"{key}.crfsuite"
    try:
        atomic_write_bytes(model, trained.model)
        write_json(folder / f"{key}.json", {
            "format": CACHE_FORMAT, "key": key, "model_sha256": hashlib.sha256(trained.model).hexdigest(),
            "trained_on": trained.trained_on, "whole": trained.whole, "stems": trained.stems,
            "gazetteer": [[list(k), v] for k, v in trained.gazetteer]})
    except OSError as exc:
        raise KhabarError(f"{folder}: cannot write the suggestion model cache ({exc.strerror or exc}); "
                          f"set {CACHE_ENV} to a writable folder") from None
    return model


def entity_model(layout: Layout, tset: TrainingSet, folder: Path | None = None) -> EntityModel:
    """The model of `tset`: read from the cache, or trained (`fit`) and cached."""
    from khabar.evaluate.adapters.base import _require

    # Before the cache: a cached model needs crfsuite too, and its absence is one line naming the extra.
    _require("sklearn_crfsuite", "annotate", "`khabar suggest` (its entity tagger is a CRF)")
    folder = cache_dir(layout) if folder is None else Path(folder)
    key = tset.key
    hit = read_cached(folder, key)
    if hit is not None:
        try:
            return _model(hit, {"cache": "hit", "path": str(folder / f"{key}.crfsuite")})
        except ValueError:  # crfsuite refuses the bytes ("Invalid model"): train again
            pass
    trained = fit(layout, tset)
    path = write_cached(folder, key, trained)
    return _model(trained, {"cache": "trained", "path": str(path)})
