"""`baseline:crf`: a linear-chain CRF (sklearn-crfsuite) over Khabar tokens.

`train_crf` takes any token/tag sequences (IOB2), so another corpus can train it too. Features
are the usual ones for Arabic: the word and its proclitic-stripped forms, prefixes and suffixes,
the article, digit shape, and the same for the neighbours. Training uses L-BFGS, which is
deterministic: the same data give the same model.

`baseline:crf-wojood` is the same CRF trained on the Wojood sample's train file, cached under
.cache/khabar/crf-wojood/ by the SHA-256 of the file, the scheme, the hyperparameters, the
crfsuite version and FEATURES_VERSION (`cache_key`), so a run trains it once.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from khabar.evaluate.adapters.base import clitic_offset, entity_stems
from khabar.evaluate.data import EvalRow
from khabar.io import KhabarError, atomic_write_bytes, write_json
from khabar.model.spans import Span, encode_iob2, outermost, strip_proclitics, tag_spans
from khabar.model.tokens import tokenize

_ARABIC_DIGITS = re.compile(r"[٠-٩]")
_DIGITS = re.compile(r"\d")


def _shape(w: str) -> str:
    if w.isdigit() or all(c.isdigit() or c in ".,٫٬" for c in w) and _DIGITS.search(w):
        return "NUM"
    if _DIGITS.search(w) or _ARABIC_DIGITS.search(w):
        return "HASNUM"
    if re.fullmatch(r"\W", w):
        return "PUNCT"
    if re.fullmatch(r"[A-Za-z]+", w):
        return "LATIN"
    return "WORD"


def _word(w: str, prefix: str) -> dict[str, object]:
    forms = list(strip_proclitics(w))
    stem = forms[-1]
    f: dict[str, object] = {
        f"{prefix}w": w, f"{prefix}stem": stem, f"{prefix}shape": _shape(w),
        f"{prefix}clitic": w[:len(w) - len(stem)], f"{prefix}al": stem.startswith("ال"),
        f"{prefix}suf2": w[-2:], f"{prefix}suf3": w[-3:],
    }
    return f


def token_features(words: Sequence[str], i: int) -> dict[str, object]:
    w = words[i]
    f: dict[str, object] = {"bias": 1.0, **_word(w, ""), "pre1": w[:1], "pre2": w[:2], "pre3": w[:3],
                            "suf1": w[-1:], "len": min(len(w), 8)}
    for d in (-2, -1, 1, 2):
        j = i + d
        if 0 <= j < len(words):
            f.update(_word(words[j], f"{d}:"))
        else:
            f[f"{d}:edge"] = True
    return f


@dataclass(frozen=True)
class CRFTagger:
    """A trained CRF over word sequences."""

    crf: Any  # a fitted sklearn_crfsuite.CRF (untyped)

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return [list(self.crf.predict_single([token_features(s, i) for i in range(len(s))])) if s else []
                for s in sentences]


def train_crf(sentences: list[list[str]], tags: list[list[str]], *, c1: float = 0.05,
              c2: float = 0.05, max_iterations: int = 100) -> CRFTagger:
    """A CRF tagger trained on token sequences and their IOB2 tags (any corpus)."""
    import sklearn_crfsuite

    if len(sentences) != len(tags) or any(len(s) != len(t) for s, t in zip(sentences, tags, strict=True)):
        raise ValueError("every sentence needs exactly one tag per token")
    crf = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=c1, c2=c2, max_iterations=max_iterations,
                               all_possible_transitions=True)
    crf.fit([[token_features(s, i) for i in range(len(s))] for s in sentences], tags)
    return CRFTagger(crf)


def sequences(rows: Sequence[EvalRow]) -> tuple[list[list[str]], list[list[str]]]:
    """Khabar tokens of each row and the IOB2 tags of its outermost gold (the ANERcorp way)."""
    sents, tags = [], []
    for r in rows:
        toks = tokenize(r.text)
        if toks:
            sents.append([t.text for t in toks])
            tags.append(encode_iob2(toks, r.entities)[0])
    return sents, tags


@dataclass
class CRFAdapter:
    tagger: CRFTagger
    whole: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    spec: str = "baseline:crf"
    # Leave proclitics outside predicted spans (Khabar's convention); a model trained on a corpus
    # that keeps them inside (Wojood) predicts whole tokens, as it learned.
    strip_clitics: bool = True
    train_rows: Sequence[EvalRow] | None = None  # what it learned from: the seen/unseen split
    training: dict[str, Any] | None = None  # provenance (of a cached model: deterministic)
    cache: dict = field(default_factory=dict)  # this run: cache hit or trained, and where
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_rows(cls, rows: Sequence[EvalRow], **kw) -> CRFAdapter:
        """Train on the outermost gold of the rows, tokens tagged the ANERcorp way."""
        sents, tags = sequences(rows)
        whole, stems = entity_stems([EvalRow(r.id, r.text, outermost(r.entities)) for r in rows])
        return cls(train_crf(sents, tags, **kw), whole, stems, train_rows=rows,
                   training={"data": "khabar train split"})

    def predict(self, rows: Sequence[EvalRow]) -> list[list[Span]]:
        out: list[list[Span]] = []
        for r in rows:
            toks = tokenize(r.text)
            if not toks:
                out.append([])
                continue
            tags = self.tagger.tag([[t.text for t in toks]])[0]
            spans = []
            # A tagger may emit an I- that continues nothing: it opens a mention, as in conlleval.
            for sp in tag_spans(toks, tags, orphan="begin"):
                first = next(t for t in toks if t.start == sp.start)
                cut = clitic_offset(first.text, self.whole, self.stems) if self.strip_clitics else 0
                spans.append(sp._replace(start=sp.start + cut) if sp.start + cut < sp.end else sp)
            out.append(spans)
        return out


# ---------------------------------------------------------------- baseline:crf-wojood

WOJOOD_SPEC = "baseline:crf-wojood"
WOJOOD_TRAIN_ENV = "KHABAR_WOJOOD_TRAIN"
CACHE_ENV = "KHABAR_CACHE_DIR"
# The public Wojood sample (MIT) is a source of corpus/sources.json: fetched into the cache and
# verified, never kept in the repository.
WOJOOD_SOURCE = "wojood-sample"
CACHE_DEFAULT = Path(".cache", "khabar")
CACHE_FORMAT = "khabar-crf-cache/1"
# Bump when a change alters what the model learns: the features (`token_features`), the
# tokenizer, the IOB2 encoding of the training rows, how a Wojood file becomes rows, or the
# scheme mappings. It is part of the cache key, so a stale model is never reused; a comment or
# a refactoring that leaves the model bytes alone keeps the cache (the key used to hash module
# source, so any edit retrained).
FEATURES_VERSION = 2


def train_params() -> dict[str, Any]:
    """The hyperparameters of `train_crf` (those of baseline:crf), for the cache key."""
    return {k: p.default for k, p in inspect.signature(train_crf).parameters.items()
            if p.kind is inspect.Parameter.KEYWORD_ONLY}


def wojood_train_file(root: Path | None = None, override: str | Path | None = None) -> Path:
    """The training file: `override`, else $KHABAR_WOJOOD_TRAIN, else the sample's train.txt
    from the verified source cache (one error line naming `khabar sources fetch` if missing)."""
    if override:
        return Path(override)
    if os.environ.get(WOJOOD_TRAIN_ENV):
        return Path(os.environ[WOJOOD_TRAIN_ENV])
    return wojood_sample_file(root, "train.txt")


def wojood_sample_file(root: Path | None, name: str) -> Path:
    """A file of the Wojood sample (train.txt, val.txt, test.txt) from the verified source cache."""
    from khabar.sources.fetch import cached_file
    from khabar.sources.manifest import load_manifest

    if root is None:
        raise KhabarError(f"{WOJOOD_SPEC}: no project root to find the {WOJOOD_SOURCE} source from; "
                          f"pass --root, --wojood-train FILE or set {WOJOOD_TRAIN_ENV}")
    return cached_file(Path(root), load_manifest(Path(root)), WOJOOD_SOURCE, name)


def cache_folder(root: Path | None = None) -> Path:
    """$KHABAR_CACHE_DIR, else .cache/khabar under the project root (git-ignored)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if root is None:
        raise KhabarError(f"{WOJOOD_SPEC}: no project root for the model cache; pass --root or set {CACHE_ENV}")
    return Path(root) / CACHE_DEFAULT


def wojood_rows(path: Path, raw: bytes | None = None, *,
                prefix: str = "wojood-train") -> tuple[list[EvalRow], dict[str, int]]:
    """Sentence rows of a Wojood file exactly as `khabar import wojood --repair-orphan-i` makes
    them (so training and `--data` evaluation see the same text), and counts of the file."""
    from khabar.evaluate.data import rows_from_records
    from khabar.formats.wojood import build_import, parse_wojood

    path = Path(path)
    raw = path.read_bytes() if raw is None else raw
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KhabarError(f"{path}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    sents = parse_wojood(text, str(path), repair=True)
    imp = build_import(sents, prefix=prefix, raw_file=f"source/{path.name}",
                       raw_sha256=hashlib.sha256(raw).hexdigest(), source_name=path.name)
    rows = rows_from_records(zip(imp.documents, imp.annotations, strict=True), one_sentence_per_paragraph=True,
                             where=str(path))
    return rows, {"file_sentences": len(sents), "file_tokens": sum(len(s.tokens) for s in sents),
                  "orphan_i_read_as_b": sum(len(s.repairs) for s in sents)}


def crfsuite_versions() -> dict[str, str]:
    """The versions of the CRF libraries (a new crfsuite may train different bytes)."""
    import importlib.metadata

    out = {}
    for dist in ("sklearn-crfsuite", "python-crfsuite"):
        try:
            out[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            out[dist] = "?"
    return out


def cache_key(train_sha256: str, scheme: str, params: dict[str, object]) -> str:
    """SHA-256 of what determines the model: data, scheme, hyperparameters, features, library."""
    material = {"format": CACHE_FORMAT, "features": FEATURES_VERSION, "train_sha256": train_sha256,
                "scheme": scheme, "params": params, "libraries": crfsuite_versions()}
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode("utf-8")).hexdigest()


class ModelBytes:
    """A crfsuite model opened from its bytes; `predict_single` as `CRFTagger` calls it."""

    def __init__(self, data: bytes):
        import pycrfsuite

        self.data = data  # crfsuite reads the model in place: keep the buffer alive
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open_inmemory(data)

    def predict_single(self, xseq):
        return self.tagger.tag(xseq)


def _cached(model: Path, meta: Path, key: str) -> bytes | None:
    """The cached model bytes, if both files are there and agree (else: train again)."""
    try:
        info = json.loads(meta.read_text(encoding="utf-8"))
        data = model.read_bytes()
    except (OSError, ValueError):
        return None
    ok = isinstance(info, dict) and info.get("key") == key \
        and info.get("model_sha256") == hashlib.sha256(data).hexdigest()
    return data if ok else None


def cached_training(rows: Sequence[EvalRow], key: str, folder: Path,
                    provenance: dict[str, object]) -> tuple[bytes, dict[str, object]]:
    """Model bytes for `key`: read from `folder`, or trained on `rows` and written there.

    The model is written first and its JSON record last, atomically: the record, which holds the
    model's SHA-256, is what makes a cache entry valid.
    """
    model, meta = folder / f"{key}.crfsuite", folder / f"{key}.json"
    data = _cached(model, meta, key)
    if data is not None:
        return data, {"cache": "hit", "path": str(model)}
    params = train_params()
    t0 = time.perf_counter()
    tagger = train_crf(*sequences(rows), **params)
    seconds = time.perf_counter() - t0
    data = Path(tagger.crf.modelfile.name).read_bytes()
    try:
        atomic_write_bytes(model, data)
        write_json(meta, {**provenance, "key": key, "model_sha256": hashlib.sha256(data).hexdigest(),
                          "train_seconds": round(seconds, 2)})
    except OSError as exc:
        raise KhabarError(f"{folder}: cannot write the model cache ({exc.strerror or exc}); "
                          f"set {CACHE_ENV} to a writable folder") from None
    return data, {"cache": "trained", "path": str(model), "seconds": round(seconds, 2)}


def wojood_adapter(scheme: str = "wojood", *, root: Path | None = None,
                   train_file: str | Path | None = None, cache: str | Path | None = None) -> CRFAdapter:
    """baseline:crf-wojood: the CRF of baseline:crf trained on a Wojood file's outermost layer,
    mapped into `scheme`; trained once per (file, scheme, code) and then read from the cache.

    L-BFGS has no random state: the same rows give a byte-identical model.
    """
    from khabar.evaluate.schemes import get_scheme, map_gold

    path = wojood_train_file(root, train_file)
    if not path.is_file():
        raise KhabarError(f"{path}: Wojood train file not found; {WOJOOD_SPEC} trains on the Wojood "
                          f"sample (pass --wojood-train FILE or set {WOJOOD_TRAIN_ENV})")
    raw = path.read_bytes()
    sha = hashlib.sha256(raw).hexdigest()
    sch = get_scheme(scheme)
    read, counts = wojood_rows(path, raw)
    rows = [replace(r, entities=map_gold(r.entities, sch)) for r in read]
    if not any(r.entities for r in rows):
        raise KhabarError(f"{path}: no entities in scheme {sch.name!r} to learn from")
    params = train_params()
    key = cache_key(sha, sch.name, params)
    sents, _ = sequences(rows)
    provenance: dict[str, object] = {
        "model": WOJOOD_SPEC, "train_file": path.name, "train_sha256": sha, "scheme": sch.name,
        **counts, "khabar_tokens": sum(map(len, sents)),
        "entities_outermost": sum(len(outermost(r.entities)) for r in rows), "params": params,
        "seed": "none needed: L-BFGS has no random state, the same rows give the same model bytes",
        "cache_key": key,
    }
    folder = Path(cache) if cache else cache_folder(root) / "crf-wojood"
    data, event = cached_training(rows, key, folder, provenance)
    note = (f"{WOJOOD_SPEC}: model read from the cache {event['path']}" if event["cache"] == "hit" else
            f"{WOJOOD_SPEC}: trained in {event['seconds']} s, cached as {event['path']}")
    return CRFAdapter(CRFTagger(ModelBytes(data)), spec=WOJOOD_SPEC, strip_clitics=False,
                      train_rows=rows, training=provenance, cache=event, notes=[note])


def require_entities(spec: str, rows: list[EvalRow]) -> list[EvalRow]:
    if not any(r.entities for r in rows):
        raise KhabarError(f"{spec}: the train split has no entities in this scheme to learn from")
    return rows


def load(arg: str, context) -> CRFAdapter:
    """baseline:crf, trained on Khabar's train rows (NEEDS: khabar_train)."""
    return CRFAdapter.from_rows(require_entities("baseline:crf", context.khabar_train()))


def load_wojood(arg: str, context) -> CRFAdapter:
    """baseline:crf-wojood (NEEDS: scheme, project: root, training file, cache)."""
    return wojood_adapter(context.scheme, root=context.root, train_file=context.train_file,
                          cache=context.cache)
