"""Evaluation rows read from a built release (the `spans` config), one row per sentence.

The benchmark's row is the sentence (its intervals resample whole documents, or sentences), so
the paragraph rows of the release are cut into sentences with `khabar.model.tokens.sentences`; a sentence cut that would fall inside an entity is
skipped (the two sentences stay one row), so no gold span is ever split.

Gold spans keep every nesting level: a tag-set mapping must be applied before the outermost
layer is taken (dropping an OCC exposes the ORG nested in it), see `khabar.evaluate.schemes`.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from khabar.io import KhabarError, read_text
from khabar.model.labels import ENTITY_LABELS
from khabar.model.spans import Span
from khabar.model.tokens import sentences
from khabar.progress import SILENT, Progress

SPANS_CONFIG = "spans"

T = TypeVar("T")


@dataclass(frozen=True)
class EvalRow:
    """A unit of evaluation: `entities` are gold spans in `text` offsets, all nesting levels.

    `document_id` and `offset` (where `text` starts in the document text, -1 when unknown) let
    predictions made on whole documents be brought back to the row.
    """

    id: str
    text: str
    entities: list[Span]
    document_id: str = ""
    offset: int = 0
    paragraph_id: str = ""
    paragraph_offset: int = 0  # where `text` starts in its paragraph row
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


# ---------------------------------------------------------------- locating the parquet files

def _front_matter(readme: Path) -> dict[str, Any]:
    """The dataset card's YAML header (read once per file version: a card is large and a
    benchmark asks for it once per split)."""
    st = readme.stat()
    return _parse_front_matter(str(readme), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=16)
def _parse_front_matter(readme: str, mtime_ns: int, size: int) -> dict[str, Any]:
    import yaml

    text = read_text(Path(readme))
    m = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if not m:
        return {}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it
    try:
        data = yaml.load(m.group(1), Loader=loader)
    except yaml.YAMLError as exc:
        raise KhabarError(f"{readme}: dataset card YAML does not parse ({exc.__class__.__name__})") from None
    return data if isinstance(data, dict) else {}


def data_files(release: Path, config: str, split: str) -> list[Path]:
    """The parquet files of one config and split, as the dataset card's YAML declares them.

    Without a card entry, falls back to `<config>/<split>*.parquet` (the usual Hub layout).
    """
    release = Path(release)
    if not release.is_dir():
        raise KhabarError(f"{release}: no such release folder; run `khabar build` first")
    patterns: list[str] = []
    readme = release / "README.md"
    if readme.is_file():
        for cfg in _front_matter(readme).get("configs") or []:
            if isinstance(cfg, dict) and cfg.get("config_name") == config:
                for item in cfg.get("data_files") or []:
                    if isinstance(item, dict) and item.get("split") == split:
                        paths = item.get("path")
                        patterns += [paths] if isinstance(paths, str) else list(paths or [])
    if not patterns:
        patterns = [f"{config}/{split}*.parquet", f"{config}/{split}/*.parquet",
                    f"data/{config}/{split}*.parquet"]
    files = sorted({p for pat in patterns for p in release.glob(pat) if p.is_file()})
    if not files:
        raise KhabarError(f"{release}: no parquet files for config {config!r}, split {split!r} "
                          f"(looked for {', '.join(patterns)})")
    return files


def splits_of(release: Path, config: str = SPANS_CONFIG) -> list[str]:
    """Split names the dataset card declares for a config (train/validation/test by default)."""
    readme = Path(release) / "README.md"
    if readme.is_file():
        for cfg in _front_matter(readme).get("configs") or []:
            if isinstance(cfg, dict) and cfg.get("config_name") == config:
                names = [d.get("split") for d in cfg.get("data_files") or [] if isinstance(d, dict)]
                if names:
                    return [n for n in names if isinstance(n, str)]
    return ["train", "validation", "test"]


def content_hash(release: Path) -> str:
    """SHA-256 over every file of the release (relative path and bytes), in path order."""
    h = hashlib.sha256()
    release = Path(release)
    for p in sorted(release.rglob("*")):
        rel = p.relative_to(release).as_posix()
        if p.is_file() and not any(part.startswith(".") for part in rel.split("/")):
            h.update(rel.encode("utf-8") + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


# ---------------------------------------------------------------- reading rows

def _label_names(schema_metadata: dict[bytes, bytes] | None) -> list[str]:
    """ClassLabel names of entities.label from the HF features in the parquet metadata."""
    try:
        info = json.loads((schema_metadata or {})[b"huggingface"])
        feats = info["info"]["features"]["entities"]
        inner = feats.get("feature", feats) if isinstance(feats, dict) else feats[0]
        names = inner["label"]["names"]
        if isinstance(names, list) and all(isinstance(n, str) for n in names):
            return names
    except (KeyError, TypeError, IndexError, ValueError, AttributeError):
        pass
    return list(ENTITY_LABELS)


def paragraph_rows(release: Path, split: str) -> list[dict[str, Any]]:
    """The `spans` rows of a split as dicts (id, document_id, paragraph, text, entities)."""
    import pyarrow.parquet as pq

    out: list[dict[str, Any]] = []
    for path in data_files(release, SPANS_CONFIG, split):
        try:
            table = pq.read_table(path)
        except Exception as exc:  # pyarrow raises several types for a damaged file
            raise KhabarError(f"{path}: not a readable parquet file ({exc})") from None
        missing = {"id", "text", "entities"} - set(table.column_names)
        if missing:
            raise KhabarError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        names = _label_names(table.schema.metadata)
        for i, row in enumerate(table.to_pylist()):
            where = f"{path}: row {i} ({row['id']})"
            spans: list[Span] = []
            for ent in row["entities"] or []:
                label = ent["label"]
                if isinstance(label, int):
                    if not 0 <= label < len(names):
                        raise KhabarError(f"{where}: entity label {label} outside the ClassLabel names")
                    label = names[label]
                s, e = ent["start"], ent["end"]
                if not (0 <= s < e <= len(row["text"])):
                    raise KhabarError(f"{where}: entity [{s}, {e}) outside the row text")
                if ent.get("text") is not None and row["text"][s:e] != ent["text"]:
                    raise KhabarError(f"{where}: entity [{s}, {e}) covers {row['text'][s:e]!r}, "
                                      f"its text says {ent['text']!r}")
                spans.append(Span(s, e, label))
            out.append({"id": row["id"], "document_id": row.get("document_id") or "",
                        "paragraph": row.get("paragraph"), "offset": row.get("offset"),
                        "text": row["text"], "entities": spans})
    return out


def sentence_cuts(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """Sentence extents of `text`, merging sentences an entity would straddle."""
    out: list[tuple[int, int]] = []
    for s, e in sentences(text, 0, len(text)):
        if out and any(sp.start < s and sp.end > out[-1][1] for sp in spans):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def split_sentences(par: dict[str, Any]) -> list[EvalRow]:
    """Cut one paragraph row into sentence rows; span offsets move to the sentence text."""
    text, spans = par["text"], par["entities"]
    rows = []
    cuts = sentence_cuts(text, spans) or [(0, len(text))]
    for k, (s, e) in enumerate(cuts):
        inside = sorted(sp.rebase(s) for sp in spans if s <= sp.start and sp.end <= e)
        base = par.get("doc_offset", 0)
        rows.append(EvalRow(id=f"{par['id']}s{k}", text=text[s:e], entities=inside,
                            document_id=par["document_id"], offset=base + s if base >= 0 else -1,
                            paragraph_id=par["id"], paragraph_offset=s))
    covered = sum(len(r.entities) for r in rows)
    if covered != len(spans):
        raise KhabarError(f"row {par['id']}: {len(spans) - covered} entity span(s) fall outside "
                          "its sentences (spans on white space?)")
    return rows


def rows_of_every_split(release: Path, read: Callable[[Path, str], list[T]]) -> Iterator[T]:
    """The rows `read` gives for each split of a release, skipping a split it cannot read (a
    release may lack one; the split that is scored is read, and reported, on its own)."""
    for split in splits_of(release):
        try:
            rows = read(release, split)
        except KhabarError:
            continue
        yield from rows


def _document_offsets(release: Path) -> dict[str, int]:
    """Where each paragraph row starts in its document text (paragraphs joined by "\\n").

    Rows carry it as `offset`; otherwise it is rebuilt from every split's rows, since a document
    may be split by paragraph.
    """
    by_doc: dict[str, list[tuple[int, str, str]]] = {}
    for r in rows_of_every_split(release, paragraph_rows):
        if r["paragraph"] is not None:
            by_doc.setdefault(r["document_id"], []).append((r["paragraph"], r["id"], r["text"]))
    out: dict[str, int] = {}
    for pars in by_doc.values():
        pos, expect = 0, 0
        for index, row_id, text in sorted(pars):
            if index != expect:
                break  # a paragraph is missing: offsets past it are unknown
            out[row_id] = pos
            pos += len(text) + 1
            expect += 1
    return out


def rows_from_release(release: Path, split: str) -> list[EvalRow]:
    """Sentence rows of one split of a built release."""
    release = Path(release)
    pars = paragraph_rows(release, split)
    offsets = ({} if all(isinstance(p["offset"], int) for p in pars) else _document_offsets(release))
    rows: list[EvalRow] = []
    for par in pars:
        known = par["offset"] if isinstance(par["offset"], int) else offsets.get(par["id"], -1)
        rows += split_sentences({**par, "doc_offset": known})
    return rows


ALL_SPLITS = "all"


def resolve_splits(release: Path, split: str) -> list[str]:
    """The splits a `--split` value names: one split, a comma-separated list, or `all` (every
    split the dataset card declares, in its order). Unknown or repeated names are errors."""
    declared = splits_of(release)
    if split.strip() == ALL_SPLITS:
        return declared
    names = [s.strip() for s in split.split(",")]
    if any(not n for n in names) or len(set(names)) != len(names):
        raise KhabarError(f"--split {split!r}: expected a split, a comma-separated list of distinct "
                          f"splits, or {ALL_SPLITS!r}", "usage")
    unknown = [n for n in names if n not in declared]
    if unknown:
        raise KhabarError(f"--split {split!r}: {', '.join(map(repr, unknown))} not a split of {release} "
                          f"(it has {', '.join(declared)})", "usage")
    return names


# ---------------------------------------------------------------- a folder of Khabar documents

def rows_from_records(records, *, one_sentence_per_paragraph: bool = False,
                      where: str = "<records>") -> list[EvalRow]:
    """Sentence rows of (document, annotation) records, cut from their paragraphs.

    Paragraph row ids are `<document id>#p<k>` as in the release. With
    `one_sentence_per_paragraph` (an import of a sentence-segmented corpus such as Wojood), each
    paragraph is one row: the source's own sentences are kept.
    """
    rows: list[EvalRow] = []
    for doc, ann in records:
        text, doc_id = doc["text"], doc["id"]
        ents = [Span(x["start"], x["end"], x["label"]) for x in ann.get("entities", [])]
        placed = 0
        for k, par in enumerate(doc["paragraphs"]):
            s, e = par["start"], par["end"]
            inside = sorted(sp.rebase(s) for sp in ents if s <= sp.start and sp.end <= e)
            placed += len(inside)
            row = {"id": f"{doc_id}#p{k}", "document_id": doc_id, "text": text[s:e],
                   "entities": inside, "doc_offset": s}
            if one_sentence_per_paragraph:
                rows.append(EvalRow(row["id"], row["text"], inside, doc_id, s, row["id"], 0))
            else:
                rows += split_sentences(row)
        if placed != len(ents):
            raise KhabarError(f"{where}: document {doc_id}: {len(ents) - placed} entity span(s) "
                              "outside its paragraphs")
    return rows


def rows_from_folder(root: Path, progress: Progress = SILENT) -> list[EvalRow]:
    """Evaluation rows of every document of a folder laid out like the corpus (corpus/documents,
    annotations), e.g. the output of `khabar import wojood`; the gold must validate."""
    from khabar.corpus.documents import as_stored
    from khabar.corpus.gold import load_gold
    from khabar.corpus.layout import Layout
    from khabar.formats.wojood import CONVENTION_CODES, is_import, record_problems
    from khabar.validate.core import ERROR

    root = Path(root)
    layout = Layout(root)
    if not layout.documents_dir.is_dir():
        raise KhabarError(f"{root}: no corpus/documents folder; expected the output of "
                          "`khabar import wojood FILE --out DIR` (or a Khabar project)")
    records = []
    tick = progress("read", len(layout.document_ids()))
    # In a project, only annotated documents are gold (an imported folder is gold throughout).
    for doc, ann in load_gold(layout, annotated_only=not is_import(root)):
        tick(1)
        if not (isinstance(doc, dict) and isinstance(doc.get("id"), str) and isinstance(ann, dict)):
            raise KhabarError(f"{layout.documents_dir}: a document or its annotation is not a JSON object")
        doc_path, ann_path = layout.document(doc["id"]), layout.annotation(doc["id"])
        # The file as stored (a source-backed document's holds offsets only; load_gold fills texts).
        for p in record_problems(doc, as_stored(ann, doc), str(doc_path), str(ann_path)):
            if p.severity == ERROR and p.code not in CONVENTION_CODES:
                raise KhabarError(f"{p.format()} (evaluation data must validate)")
        records.append((doc, ann))
    if not records:
        raise KhabarError(f"{root}: no documents in corpus/documents")
    return rows_from_records(records, one_sentence_per_paragraph=is_import(root), where=str(root))
