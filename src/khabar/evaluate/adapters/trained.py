"""`trained:DIR`: a model folder written by `khabar train` (CRF, spaCy NER or spaCy spancat).

The folder holds `khabar-model.json` (what was trained, on what data, with what result), the
model itself, and `seen.json`, the entity surfaces of its training data: seen/unseen is relative
to what the model really learned from, and the results' provenance names it.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from khabar.evaluate.data import EvalRow
from khabar.io import KhabarError, read_json
from khabar.model.spans import Span

MODEL_FORMAT = "khabar-model/1"
MODEL_FILE = "khabar-model.json"
SEEN_FILE = "seen.json"
FAMILIES = ("crf", "spacy-ner", "spacy-spancat")
TRAIN_SETS = ("khabar", "wojood", "both")
# What a model folder may hold besides MODEL_FILE (so that --force replaces nothing else).
CRF_MODEL = "model.crfsuite"
CRF_CLITICS = "clitics.json"
SPACY_MODEL = "model"
FOLDER_FILES = frozenset({MODEL_FILE, SEEN_FILE, CRF_MODEL, CRF_CLITICS, SPACY_MODEL})
SPANS_KEY = "sc"


def _invalid(path: Path, why: str) -> KhabarError:
    return KhabarError(f"{path}: {why}; is it a folder written by `khabar train`?", "model-invalid", str(path))


def read_model_record(folder: Path) -> dict[str, Any]:
    """DIR/khabar-model.json, checked for what loading the model needs (one error line naming it)."""
    path = Path(folder) / MODEL_FILE
    if not path.is_file():
        raise _invalid(path, "not found")
    try:
        rec = read_json(path)
    except KhabarError as exc:
        raise KhabarError(f"{exc}; is it a folder written by `khabar train`?", "model-invalid", str(path)) from None
    if not isinstance(rec, dict) or rec.get("format") != MODEL_FORMAT:
        raise _invalid(path, f"$.format: expected {MODEL_FORMAT!r}")
    if rec.get("family") not in FAMILIES:
        raise _invalid(path, f"$.family: expected one of {', '.join(FAMILIES)}")
    if rec.get("train_set") not in TRAIN_SETS:
        raise _invalid(path, f"$.train_set: expected one of {', '.join(TRAIN_SETS)}")
    data = rec.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("sha256"), str):
        raise _invalid(path, "$.data.sha256: expected the training data's SHA-256")
    return rec


def read_seen(folder: Path) -> set[str]:
    path = Path(folder) / SEEN_FILE
    try:
        seen = read_json(path)
    except KhabarError as exc:
        raise KhabarError(str(exc), "model-invalid", str(path)) from None
    if not isinstance(seen, list) or not all(isinstance(s, str) for s in seen):
        raise _invalid(path, "expected a list of entity surfaces")
    return set(seen)


def folder_sha256(folder: Path) -> str:
    """SHA-256 of every file of a model folder (relative path and bytes), in path order."""
    from khabar.evaluate.data import content_hash

    return content_hash(Path(folder))


def weights_sha256(folder: Path) -> str:
    """SHA-256 of the model itself: every file of the folder but khabar-model.json (which records
    the training time and where the data was), so the same inputs and seed give the same hash."""
    import hashlib

    h = hashlib.sha256()
    folder = Path(folder)
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_file() and rel != MODEL_FILE:
            h.update(rel.encode("utf-8") + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


class TrainedAdapter:
    """Predictions of a `khabar train` model folder, with its training data for seen/unseen."""

    train_rows: Sequence[EvalRow] | None = None  # seen/unseen comes from `seen` (seen.json)

    def __init__(self, folder: Path, *, hash_folder: bool = True):
        self.folder = Path(folder)
        self.spec = f"trained:{folder}"
        self.notes: list[str] = []
        self.record = read_model_record(self.folder)
        self.family: str = self.record["family"]
        self.seen: set[str] | None = read_seen(self.folder)
        self.training: dict[str, Any] | None = {
            "data": f"{self.record['train_set']} (khabar train: {self.family})",
            "seen_relative_to": f"the model's training data ({self.record['train_set']}, "
                                f"SHA-256 {self.record['data']['sha256'][:12]}…, {SEEN_FILE})",
            "family": self.family, "train_set": self.record["train_set"],
            "data_sha256": self.record["data"]["sha256"], "seed": self.record.get("seed"),
            "model_folder": str(self.folder),
            "model_sha256": folder_sha256(self.folder) if hash_folder else None,
            "weights_sha256": weights_sha256(self.folder) if hash_folder else None,
        }
        if self.family == "crf":
            self._crf = self._load_crf()
        else:
            self._nlp = self._load_spacy()

    @property
    def khabar_trained(self) -> bool:
        return self.record["train_set"] in ("khabar", "both")

    def _load_crf(self):
        from khabar.evaluate.adapters.crf import CRFAdapter, CRFTagger, ModelBytes

        model, clitics = self.folder / CRF_MODEL, self.folder / CRF_CLITICS
        if not model.is_file():
            raise _invalid(model, "not found")
        info = read_json(clitics) if clitics.is_file() else None
        if not (isinstance(info, dict) and all(isinstance(info.get(k), list) for k in ("whole", "stems"))
                and isinstance(info.get("strip"), bool)):
            raise _invalid(clitics, "expected {whole: [...], stems: [...], strip: true|false}")
        try:
            tagger = CRFTagger(ModelBytes(model.read_bytes()))
        except (OSError, ValueError) as exc:
            raise _invalid(model, f"not a crfsuite model ({exc})") from None
        return CRFAdapter(tagger, set(info["whole"]), set(info["stems"]), spec=self.spec,
                          strip_clitics=info["strip"])

    def _load_spacy(self):
        import spacy

        path = self.folder / SPACY_MODEL
        try:
            return spacy.load(path)
        except (OSError, ValueError) as exc:
            raise _invalid(path, f"cannot load the spaCy pipeline ({str(exc).splitlines()[0]})") from None

    def predict(self, rows: Sequence[EvalRow]) -> list[list[Span]]:
        if self.family == "crf":
            return self._crf.predict(rows)
        from khabar.evaluate.adapters.spacy_adapter import doc_spans, span_keys

        keys = span_keys(self._nlp)
        return [doc_spans(doc, keys) for doc in self._nlp.pipe(r.text for r in rows)]


def load(arg: str, context) -> TrainedAdapter:
    """trained:DIR; a Khabar-trained model refuses to be scored on Khabar's train split."""
    adapter = TrainedAdapter(Path(arg))
    if adapter.khabar_trained and "train" in getattr(context, "splits", ()):
        raise KhabarError(f"trained:{arg} was trained on Khabar's train split ({adapter.record['train_set']}): "
                          "scoring it on train would score it on its own training data; choose "
                          "validation and/or test", "usage")
    return adapter

