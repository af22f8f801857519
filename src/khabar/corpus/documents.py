"""Raw articles and their document records: datelines, paragraphs, hashes, and `khabar add`."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from khabar.corpus.layout import SLUG_RE, Layout
from khabar.io import KhabarError, atomic_write_bytes, dumps_json, line_col, read_json, read_text
from khabar.model.labels import SCHEMA_VERSION
from khabar.sources.manifest import OPEN_LICENCES

# An SPDX licence identifier's shape (CC-BY-4.0, CC-BY-SA-4.0, MIT, GPL-3.0+); `unknown` is none.
LICENCE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+-]{0,63}\Z")
UNKNOWN_LICENCE = "unknown"

# Slash datelines as wire copy gives them: the order of day and month is not in the text, so
# it is an explicit choice (`--date-order`); month first is the seed's (US) convention.
DATE_ORDERS = ("mdy", "dmy")
_SLASH_RE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}) ([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?"
                       r"(?: (AM|PM))?\Z")
# ISO 8601 datelines are unambiguous: date, or date and time (T or a space between).
_ISO_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?)?\Z")
NO_DATELINE_READING = "no dateline: the publication time was given with --published"
_ORDER_WORDS = {"mdy": ("M/D", "month first"), "dmy": ("D/M", "day first")}

# Characters an article may not hold: controls other than line feed and tab, and format
# characters (zero-width space and joiners, direction marks, a byte-order mark inside the
# text), which are invisible, split tokens unpredictably and once became a GPE entity.
ALLOWED_CONTROLS = "\n\t"

STAGING_PREFIX = ".add-"  # corpus/.add-<id>/: an `add` in progress
COMMIT_MARK = "COMMIT"
# Staged file -> its place; the record goes last, so a document exists once its record does.
_STAGED = (("raw.txt", "raw"), ("annotation.json", "annotation"), ("document.json", "document"))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Every character of Unicode categories Cc, Cf and Cs but line feed and tab (Unicode 14, as
# Python 3.11's unicodedata; tests/test_add.py checks the class against unicodedata). Written
# out because computing it takes 0.4 s, and a regex scans a long article 100x faster than a loop.
_BAD_CHAR_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2"
    "\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff"
    "\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")


def bad_char(text: str) -> int | None:
    """The offset of the first control, format (zero-width) or surrogate character, if any."""
    # Every character of the class is one `str.isprintable` refuses (categories C* and Z* but
    # the space): a text printable but for its line feeds and tabs has none, found at C speed
    # (100x faster than the regex over an article, which still finds the offset otherwise).
    if text.isprintable() or text.replace("\n", " ").replace("\t", " ").isprintable():
        return None
    m = _BAD_CHAR_RE.search(text)
    return None if m is None else m.start()


def require_printable(line: str, where: str, n: int) -> None:
    """Refuse line `n` of an imported file if it holds a control or invisible character: such a
    character is invisible in a token and would become (part of) an entity."""
    bad = bad_char(line)
    if bad is not None:
        raise KhabarError(f"{where}:{n}:{bad + 1}: control or invisible character U+{ord(line[bad]):04X}; "
                          "expected printable tokens", "text-control-char", where, f"{n}:{bad + 1}")


def parse_dateline(line: str, order: str = "mdy") -> datetime:
    """Read a dateline: ISO 8601, or a slash date in the given order (12- or 24-hour clock).

    >>> parse_dateline("12/2/2024 9:50:00 AM").isoformat()
    '2024-12-02T09:50:00'
    >>> parse_dateline("2/12/2024 09:50", "dmy").isoformat()
    '2024-12-02T09:50:00'
    """
    line = line.strip()
    m = _ISO_RE.match(line)
    if m:
        year, month, day, hour, minute, second = (int(g or 0) for g in m.groups())
        return datetime(year, month, day, hour, minute, second)
    m = _SLASH_RE.match(line)
    if not m:
        raise ValueError(f"expected a dateline like '12/2/2024 9:50:00 AM' or '2024-12-02 09:50', "
                         f"found {line[:60]!r}")
    a, b, year_s, hour_s, minute_s, second_s, ampm = m.groups()
    month_s, day_s = (a, b) if order == "mdy" else (b, a)
    h = int(hour_s)
    if ampm:
        if not 1 <= h <= 12:
            raise ValueError(f"expected an hour from 1 to 12, found {h}")
        h = h % 12 + (12 if ampm == "PM" else 0)
    return datetime(int(year_s), int(month_s), int(day_s), h, int(minute_s), int(second_s or 0))


def dateline_reading(line: str, order: str) -> str:
    """How a dateline was read, in words (stored in the record; the validator reads the order back)."""
    if _ISO_RE.match(line.strip()):
        return "YYYY-MM-DD[ hh:mm[:ss]] (ISO 8601, 24-hour clock); no time zone is given"
    fields, words = _ORDER_WORDS[order]
    m = _SLASH_RE.match(line.strip())
    assert m is not None  # a dateline parse_dateline has read
    if m.group(7):
        return f"{fields}/YYYY h:mm:ss AM|PM ({words}, 12-hour clock); no time zone is given"
    return f"{fields}/YYYY HH:MM[:SS] ({words}, 24-hour clock); no time zone is given"


def date_order_of(reading: Any) -> str:
    """The --date-order a record's dateline was read with (see `dateline_reading`)."""
    return "dmy" if isinstance(reading, str) and _ORDER_WORDS["dmy"][1] in reading else "mdy"


def split_paragraphs(body: str) -> list[str]:
    """Paragraphs are the non-blank lines of the body, with surrounding white space removed."""
    return [line.strip() for line in body.split("\n") if line.strip()]


def paragraph_offsets(paragraphs: list[str]) -> list[dict[str, int]]:
    out, pos = [], 0
    for par in paragraphs:
        out.append({"start": pos, "end": pos + len(par)})
        pos += len(par) + 1
    return out


def normalize_newlines(raw: str) -> tuple[str, list[str]]:
    """The raw article with a leading byte-order mark removed and CRLF made LF, and what was done."""
    notes = []
    if raw.startswith("\ufeff"):
        raw = raw[1:]
        notes.append("removed a byte-order mark (U+FEFF) at the start")
    crlf = raw.count("\r\n")
    if crlf:
        raw = raw.replace("\r\n", "\n")
        notes.append(f"read {crlf} CRLF line ending(s) as LF")
    return raw, notes


def check_licence(licence: str | None, attribution: str | None = None) -> str | None:
    """The SPDX id a record stores for `--license` (None for `unknown`); KhabarError for an id of
    another shape, or a Creative Commons BY licence without the attribution it asks for."""
    if licence is None or licence == UNKNOWN_LICENCE:
        return None
    if not LICENCE_RE.match(licence):
        raise KhabarError(f"--license {licence[:70]!r}: expected an SPDX identifier such as CC-BY-4.0 "
                          f"(letters, digits, '.', '+', '-') or {UNKNOWN_LICENCE}", "licence-invalid")
    if licence.upper().startswith("CC-BY") and not (attribution or "").strip():
        raise KhabarError(f"--license {licence}: the licence asks for attribution; pass --attribution "
                          "(the author or outlet to credit)", "licence-invalid")
    return licence


def make_document(
    raw: str,
    doc_id: str,
    raw_file: str,
    *,
    normalize: bool = False,
    agency: str | None = None,
    source_note: str | None = None,
    where: str = "<input>",
    date_order: str = "mdy",
    published: str | None = None,
    notes: list[str] | None = None,
    licence: str | None = None,
    attribution: str | None = None,
) -> dict[str, Any]:
    """Build a document record from a raw article (already decoded). Raises KhabarError.

    The raw article is a dateline line then one paragraph per line; with `published` (an ISO
    datetime) it has no dateline and every line is a paragraph. A leading BOM and CRLF line
    endings are normalised (and appended to `notes`); the raw file itself is kept as received.
    `licence` (an SPDX id, or None/`unknown`) and `attribution` go into the record's source.
    """
    licence = check_licence(licence, attribution)
    if date_order not in DATE_ORDERS:
        raise KhabarError(f"date order {date_order!r}: expected one of {', '.join(DATE_ORDERS)}", "usage")
    body_raw, done = normalize_newlines(raw)
    if notes is not None:
        notes += done
    if not body_raw.strip():
        raise KhabarError(f"{where}: empty file, expected a dateline line then paragraphs", "text-empty")
    bad = bad_char(body_raw)
    if bad is not None:
        raise KhabarError(f"{where}:{line_col(body_raw, bad)}: character U+{ord(body_raw[bad]):04X} "
                          f"({unicodedata.name(body_raw[bad], 'unnamed')}) is a control or invisible "
                          "format character; remove it", "text-control-char")
    if published is None:
        first, _, body = body_raw.partition("\n")
        try:
            when = parse_dateline(first, date_order)
        except ValueError as exc:
            raise KhabarError(f"{where}:1: [dateline] {exc}; an article without a dateline needs "
                              "--published", "dateline-invalid") from None
        dateline, reading = first, dateline_reading(first, date_order)
    else:
        first, body = None, body_raw
        try:
            given = parse_dateline(published) if _ISO_RE.match(published) else None
        except ValueError:
            given = None
        if given is None:
            raise KhabarError(f"--published {published[:40]!r}: expected an ISO date or datetime "
                              "such as 2024-12-02T09:50:00", "usage")
        when = given
        try:
            parse_dateline(body.partition("\n")[0], date_order)
        except ValueError:
            pass
        else:
            raise KhabarError(f"{where}:1: the article starts with a dateline; drop --published "
                              "(the dateline gives the time)", "usage")
        dateline, reading = None, NO_DATELINE_READING
    paragraphs = split_paragraphs(body)
    if not paragraphs:
        raise KhabarError(f"{where}: no paragraphs after the dateline", "text-empty")
    text = "\n".join(paragraphs)
    if not unicodedata.is_normalized("NFC", text):
        if not normalize:
            line = next(i for i, ln in enumerate(body_raw.split("\n"), 1)
                        if not unicodedata.is_normalized("NFC", ln))
            raise KhabarError(
                f"{where}:{line}: text is not NFC-normalized; rerun with --normalize to store "
                "its NFC form (the raw file is kept as received)", "text-not-nfc"
            )
        paragraphs = [unicodedata.normalize("NFC", p) for p in paragraphs]
        text = "\n".join(paragraphs)
    return {
        "schema_version": SCHEMA_VERSION,
        "id": doc_id,
        "language": "ar",
        "raw_file": raw_file,
        "raw_sha256": sha256_text(raw),
        "dateline": dateline,
        "dateline_reading": reading,
        "published": when.isoformat(),
        "source": {
            "outlet": None,
            "agency": agency,
            "url": None,
            "license": licence,
            "note": source_note or (
                "Outlet, URL and licence unknown: the article arrived as plain text without metadata."
                if licence is None else f"Outlet and URL unknown; licence {licence} as stated with --license "
                                        "when the article was added."),
            **({"attribution": attribution} if attribution else {}),
        },
        "normalized_to_nfc": normalize and text != "\n".join(split_paragraphs(body)),
        "text": text,
        "text_sha256": sha256_text(text),
        "paragraphs": paragraph_offsets(paragraphs),
    }


def rederive(doc: dict[str, Any], raw: str) -> dict[str, Any]:
    """The record `make_document` makes from `raw` with the options `doc` was made with."""
    published = doc.get("published")
    return make_document(raw, str(doc.get("id")), "", normalize=bool(doc.get("normalized_to_nfc")),
                         date_order=date_order_of(doc.get("dateline_reading")),
                         published=(published if isinstance(published, str) else "")
                         if doc.get("dateline") is None else None)


def empty_annotation(document: dict[str, Any], agent: str = "khabar add", of: str = "") -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "document_id": document["id"],
        "text_sha256": document["text_sha256"],
        "status": "empty",
        "provenance": [{"step": "created", "agent": agent, "source": None,
                        "note": f"Empty annotation file{of}: nothing annotated yet; never released."}],
        "entities": [],
        "numbers": [],
        "claims": [],
        "relations": [],
    }


def is_source_backed(doc: Any) -> bool:
    """A record whose text lives in a third-party source (corpus/sources.json), not in the record."""
    return isinstance(doc, dict) and isinstance(doc.get("source"), dict) and "name" in doc["source"]


def as_stored(ann: dict[str, Any], doc: Any) -> dict[str, Any]:
    """An annotation as the project stores it for `doc`: offsets only when the document is
    source-backed (its text, and so any covered text, is third-party), else unchanged."""
    from khabar.model.spans import without_texts

    return without_texts(ann) if is_source_backed(doc) else ann


def source_article(root: Path, doc: dict[str, Any], where: str) -> Any:
    """The article of the cached source a source-backed record names (`khabar.sources`)."""
    from khabar.sources.converters import rehydrate
    from khabar.sources.manifest import load_manifest

    return rehydrate(root, load_manifest(root), doc, where)


class Rehydrated(dict):
    """A source-backed record with its text and title filled in from the source; `stored` is the
    record as it is on disk (what the schema and the validator check)."""

    stored: dict[str, Any]


def hydrate(root: Path, doc: Any, where: str) -> Any:
    """A record with its text: a source-backed record gets the text (and title) its source gives,
    refused unless the text has the record's SHA-256; any other record is returned as it is."""
    if not is_source_backed(doc):
        return doc
    article = source_article(root, doc, where)
    text = article.text
    if sha256_text(text) != doc.get("text_sha256"):
        raise KhabarError(f"{where}: the text rehydrated from {doc['source'].get('name')} "
                          f"{doc['source'].get('locator')} has SHA-256 {sha256_text(text)}, the record "
                          f"says {doc.get('text_sha256')}; the source or its converter changed",
                          "text-hash-mismatch", where, "$.text_sha256")
    out = Rehydrated({**doc, "text": text, "title": article.title})
    out.stored = doc
    return out


def read_document(path: Path, root: Path | None = None) -> Any:
    """A document record read from `path` (corpus/documents/<id>.json under `root`), with its text."""
    path = Path(path)
    return hydrate(Path(root) if root is not None else path.resolve().parents[2], read_json(path), str(path))


def load_document(layout: Layout, doc_id: str) -> dict[str, Any]:
    return read_document(layout.document(doc_id), layout.root)


# ---------------------------------------------------------------- add, all or nothing

def staging_dirs(layout: Layout) -> list[Path]:
    """Folders of `add`s that were interrupted (corpus/.add-<id>/)."""
    corpus = layout.raw_dir.parent
    return sorted(p for p in corpus.glob(STAGING_PREFIX + "*") if p.is_dir())


def _targets(layout: Layout, doc_id: str) -> dict[str, Path]:
    return {"raw": layout.raw(doc_id), "annotation": layout.annotation(doc_id),
            "document": layout.document(doc_id)}


def _roll_forward(layout: Layout, staging: Path) -> None:
    doc_id = staging.name[len(STAGING_PREFIX):]
    targets = _targets(layout, doc_id)
    for name, role in _STAGED:
        staged = staging / name
        if staged.exists():
            targets[role].parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, targets[role])
    (staging / COMMIT_MARK).unlink(missing_ok=True)
    staging.rmdir()


def recover_adds(layout: Layout) -> list[str]:
    """Finish or undo interrupted `add`s: a committed one is completed, any other removed.

    Either way the corpus ends in the state before the `add` or after it, never between.
    """
    done = []
    for staging in staging_dirs(layout):
        doc_id = staging.name[len(STAGING_PREFIX):]
        if (staging / COMMIT_MARK).is_file():
            _roll_forward(layout, staging)
            done.append(f"completed the interrupted add of {doc_id!r}")
        else:
            shutil.rmtree(staging)
            done.append(f"undid the interrupted add of {doc_id!r} (it had not finished writing)")
    return done


def _encodable(value: str | None, option: str) -> None:
    if value is None:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise KhabarError(f"{option}: character {exc.start + 1} cannot be stored as UTF-8 "
                          "(undecodable bytes on the command line)", "text-encoding") from None
    bad = bad_char(value)
    if bad is not None:
        raise KhabarError(f"{option}: character {bad + 1} (U+{ord(value[bad]):04X}) is a control or "
                          "invisible format character", "text-control-char")


@dataclass
class AddResult:
    document: dict[str, Any]
    notes: list[str] = field(default_factory=list)  # normalisations and recoveries, to tell the user


def add_article(
    layout: Layout,
    path: Path,
    doc_id: str | None = None,
    *,
    normalize: bool = False,
    agency: str | None = None,
    source_note: str | None = None,
    date_order: str = "mdy",
    published: str | None = None,
    licence: str | None = None,
    attribution: str | None = None,
) -> AddResult:
    """Ingest a raw article: its raw file, document record and empty annotation file, all or none.

    Every check and every encoding runs before anything is written; the three files are staged
    in corpus/.add-<id>/, a commit mark is written, and they are moved into place (record
    last). A kill before the mark leaves the old corpus, after it the new one once
    `recover_adds` (run by every `add`) has finished the moves. Nothing existing is overwritten.
    """
    notes = recover_adds(layout)
    path = Path(path)
    doc_id = doc_id if doc_id is not None else path.stem
    if not SLUG_RE.match(doc_id):
        raise KhabarError(
            f"{path}: id {doc_id!r} is not a safe slug (lowercase letters, digits, '_' and '-', "
            "at most 64, starting with a letter or digit); pass --id", "id-invalid"
        )
    _encodable(agency, "--agency")
    _encodable(source_note, "--source-note")
    _encodable(attribution, "--attribution")
    if attribution is not None and not attribution.strip():
        raise KhabarError("--attribution: empty; name the author or outlet to credit", "usage")
    licence = check_licence(licence, attribution)
    raw = read_text(path)
    doc = make_document(
        raw, doc_id, f"corpus/raw/{doc_id}.txt", normalize=normalize, agency=agency,
        source_note=source_note, where=str(path), date_order=date_order, published=published,
        notes=notes, licence=licence, attribution=attribution,
    )
    if licence is not None and licence not in OPEN_LICENCES:
        notes.append(f"licence {licence} is not one that `khabar build --open-only` releases "
                     f"({', '.join(OPEN_LICENCES)})")
    for target in _targets(layout, doc_id).values():
        if target.exists():
            raise KhabarError(f"{target}: already exists; refusing to overwrite (choose another --id)",
                              "document-exists")
    for other in layout.document_ids():
        try:
            other_hash = read_json(layout.document(other)).get("text_sha256")
        except (KhabarError, AttributeError):
            continue
        if other_hash == doc["text_sha256"]:
            raise KhabarError(f"{path}: duplicate of document {other!r} (same text SHA-256)",
                              "document-duplicate")
    staged = {"raw.txt": raw.encode("utf-8"),
              "annotation.json": dumps_json(empty_annotation(doc)).encode("utf-8"),
              "document.json": dumps_json(doc).encode("utf-8")}
    staging = layout.raw_dir.parent / f"{STAGING_PREFIX}{doc_id}"
    staging.mkdir(parents=True)
    for name, data in staged.items():
        atomic_write_bytes(staging / name, data)
    atomic_write_bytes(staging / COMMIT_MARK, b"")
    _roll_forward(layout, staging)
    return AddResult(doc, notes)


# ---------------------------------------------------------------- source-backed documents

UNDATED_SOURCE = ("the source gives no publication date, URL or author for its articles; dates "
                  "inside the body stay in the text")


def source_record(doc_id: str, source: Any, article: Any) -> dict[str, Any]:
    """The record of one article of a corpus source: where its text is and its licence, no text."""
    return {
        "schema_version": SCHEMA_VERSION,
        "id": doc_id,
        "language": "ar",
        "origin": "news-article",
        "published": None,
        "undated": UNDATED_SOURCE,
        "source": {
            "outlet": source.outlet, "agency": None, "url": source.upstream,
            "license": source.license,
            "note": f"Text rehydrated from the cached source {source.name!r} ({source.title}) by the "
                    f"converter {source.converter!r}; this record holds its SHA-256, never the text.",
            "name": source.name, "locator": article.locator,
            "license_url": source.license_url, "attribution": source.attribution,
        },
        "domain": article.domain,
        "text_sha256": sha256_text(article.text),
        "paragraphs": paragraph_offsets([article.title, *article.paragraphs]),
    }


def add_source_documents(layout: Layout, name: str) -> tuple[list[str], list[str]]:
    """Add every article of a corpus source that the corpus lacks, each all or nothing (status
    empty, never released until annotated). Returns (ids added, ids already present)."""
    from khabar.sources.converters import source_articles
    from khabar.sources.manifest import load_manifest

    recover_adds(layout)
    manifest = load_manifest(layout.root)
    source = manifest.source(name)
    added, present = [], []
    for article in source_articles(layout.root, manifest, name).values():
        doc_id = article.doc_id
        if not SLUG_RE.match(doc_id):
            raise KhabarError(f"{name}: converter gave id {doc_id!r}, not a safe slug", "id-invalid")
        doc = source_record(doc_id, source, article)
        if layout.document(doc_id).exists():
            old = read_json(layout.document(doc_id))
            if isinstance(old, dict) and old.get("source", {}).get("locator") == article.locator \
                    and old.get("text_sha256") == doc["text_sha256"]:
                present.append(doc_id)
                continue
            raise KhabarError(f"{layout.document(doc_id)}: already exists with another text or locator; "
                              f"refusing to overwrite it with {name} {article.locator}", "document-exists")
        if layout.annotation(doc_id).exists():
            raise KhabarError(f"{layout.annotation(doc_id)}: exists without a record; refusing to "
                              "overwrite it", "document-exists")
        staging = layout.raw_dir.parent / f"{STAGING_PREFIX}{doc_id}"
        staging.mkdir(parents=True)
        ann = empty_annotation(doc, "khabar sources add", f" of {name} {article.locator}")
        atomic_write_bytes(staging / "annotation.json", dumps_json(ann).encode("utf-8"))
        atomic_write_bytes(staging / "document.json", dumps_json(doc).encode("utf-8"))
        atomic_write_bytes(staging / COMMIT_MARK, b"")
        _roll_forward(layout, staging)
        added.append(doc_id)
    return added, present


SEED_GROUP = "seed (AFP)"


def document_domains(layout: Layout) -> dict[str, str]:
    """Each corpus document's domain; a document with none (the seed) is its own group."""
    out = {}
    for doc_id in layout.document_ids():
        domain = read_json(layout.document(doc_id)).get("domain")
        out[doc_id] = domain if isinstance(domain, str) else SEED_GROUP
    return out
