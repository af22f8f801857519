"""Raw articles and their document records: datelines, paragraphs, hashes, and `khabar add`."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

from khabar.corpus.layout import Layout
from khabar.io import KhabarError, atomic_write_bytes, read_json, read_text, write_json
from khabar.model.labels import SCHEMA_VERSION

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
# Datelines as the wire copy gives them: month/day/year, 12-hour clock, no time zone.
DATELINE_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)$")
DATELINE_READING = "M/D/YYYY h:mm:ss AM|PM (month first, 12-hour clock); no time zone is given"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_dateline(line: str) -> datetime:
    """Read a wire dateline, month first.

    >>> parse_dateline("12/2/2024 9:50:00 AM").isoformat()
    '2024-12-02T09:50:00'
    """
    m = DATELINE_RE.match(line.strip())
    if not m:
        raise ValueError(f"expected a dateline like '12/2/2024 9:50:00 AM', found {line!r}")
    month, day, year, hour, minute, second, ampm = m.groups()
    h = int(hour)
    if not 1 <= h <= 12:
        raise ValueError(f"expected an hour from 1 to 12, found {h}")
    h = h % 12 + (12 if ampm == "PM" else 0)
    return datetime(int(year), int(month), int(day), h, int(minute), int(second))


def split_paragraphs(body: str) -> list[str]:
    """Paragraphs are the non-blank lines of the body, with surrounding white space removed."""
    return [line.strip() for line in body.split("\n") if line.strip()]


def paragraph_offsets(paragraphs: list[str]) -> list[dict[str, int]]:
    out, pos = [], 0
    for par in paragraphs:
        out.append({"start": pos, "end": pos + len(par)})
        pos += len(par) + 1
    return out


def make_document(
    raw: str,
    doc_id: str,
    raw_file: str,
    *,
    normalize: bool = False,
    agency: str | None = None,
    source_note: str | None = None,
    where: str = "<input>",
) -> dict[str, Any]:
    """Build a document record from a raw article (already decoded). Raises KhabarError."""
    if not raw.strip():
        raise KhabarError(f"{where}: empty file, expected a dateline line then paragraphs")
    if "\r" in raw:
        raise KhabarError(f"{where}: carriage return found; expected LF line endings")
    first, _, body = raw.partition("\n")
    try:
        published = parse_dateline(first)
    except ValueError as exc:
        raise KhabarError(f"{where}:1: [dateline] {exc}") from None
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        raise KhabarError(f"{where}: no paragraphs after the dateline")
    text = "\n".join(paragraphs)
    if not unicodedata.is_normalized("NFC", text):
        if not normalize:
            line = next(i for i, ln in enumerate(raw.split("\n"), 1)
                        if not unicodedata.is_normalized("NFC", ln))
            raise KhabarError(
                f"{where}:{line}: text is not NFC-normalized; rerun with --normalize to store "
                "its NFC form (the raw file is kept as received)"
            )
        paragraphs = [unicodedata.normalize("NFC", p) for p in paragraphs]
        text = "\n".join(paragraphs)
    return {
        "schema_version": SCHEMA_VERSION,
        "id": doc_id,
        "language": "ar",
        "raw_file": raw_file,
        "raw_sha256": sha256_text(raw),
        "dateline": first,
        "dateline_reading": DATELINE_READING,
        "published": published.isoformat(),
        "source": {
            "outlet": None,
            "agency": agency,
            "url": None,
            "license": None,
            "note": source_note
            or "Outlet, URL and licence unknown: the article arrived as plain text without metadata.",
        },
        "normalized_to_nfc": normalize and text != "\n".join(split_paragraphs(body)),
        "text": text,
        "text_sha256": sha256_text(text),
        "paragraphs": paragraph_offsets(paragraphs),
    }


def empty_annotation(document: dict[str, Any]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "document_id": document["id"],
        "text_sha256": document["text_sha256"],
        "status": "empty",
        "provenance": [{"step": "created", "agent": "khabar add", "source": None,
                        "note": "Empty annotation file: nothing annotated yet; never released."}],
        "entities": [],
        "numbers": [],
        "claims": [],
        "relations": [],
    }


def load_document(layout: Layout, doc_id: str) -> dict[str, Any]:
    return read_json(layout.document(doc_id))


def add_article(
    layout: Layout,
    path: Path,
    doc_id: str | None = None,
    *,
    normalize: bool = False,
    agency: str | None = None,
    source_note: str | None = None,
) -> dict[str, Any]:
    """Ingest a raw article: copy it, write its document record and an empty annotation file.

    Every check runs before anything is written; nothing existing is ever overwritten.
    """
    path = Path(path)
    doc_id = doc_id if doc_id is not None else path.stem
    if not SLUG_RE.match(doc_id):
        raise KhabarError(
            f"{path}: id {doc_id!r} is not a safe slug (lowercase letters, digits, '_' and '-', "
            "at most 64, starting with a letter or digit); pass --id"
        )
    raw_bytes = path.read_bytes() if path.is_file() else None
    raw = read_text(path)
    doc = make_document(
        raw, doc_id, f"corpus/raw/{doc_id}.txt",
        normalize=normalize, agency=agency, source_note=source_note, where=str(path),
    )
    for target in (layout.raw(doc_id), layout.document(doc_id), layout.annotation(doc_id)):
        if target.exists():
            raise KhabarError(f"{target}: already exists; refusing to overwrite (choose another --id)")
    for other in layout.document_ids():
        try:
            other_hash = read_json(layout.document(other)).get("text_sha256")
        except (KhabarError, AttributeError):
            continue
        if other_hash == doc["text_sha256"]:
            raise KhabarError(f"{path}: duplicate of document {other!r} (same text SHA-256)")
    assert raw_bytes is not None
    atomic_write_bytes(layout.raw(doc_id), raw_bytes)
    write_json(layout.document(doc_id), doc)
    write_json(layout.annotation(doc_id), empty_annotation(doc))
    return doc
