"""The document checker: a record's schema, text, paragraphs, and agreement with its raw file."""
from __future__ import annotations

import unicodedata
from typing import Any

from khabar.corpus.documents import Rehydrated, bad_char, hydrate, rederive, sha256_text
from khabar.model.errors import KhabarError, Problem
from khabar.model.spans import Span
from khabar.validate.schema import schema_problems


def _paragraph_problems(text: str, pars: Any, path: str) -> list[Problem]:
    if not isinstance(pars, list) or not all(
            isinstance(p, dict) and type(p.get("start")) is int and type(p.get("end")) is int for p in pars):
        return []  # the schema step reports mistyped paragraphs
    spans = [Span.of(p, None) for p in pars]
    in_text = all(sp.in_bounds(len(text)) for sp in spans)
    pieces = [sp.covered(text) for sp in spans]
    if not in_text or "\n".join(pieces) != text or any("\n" in x for x in pieces):
        return [Problem(path, "$.paragraphs", "paragraph-offsets",
                        f"expected paragraph offsets that tile the text (length {len(text)}) between "
                        "line breaks, found offsets that do not")]
    return []


def raw_problems(doc: dict, raw: str, path: str) -> list[Problem]:
    """The record against the raw article it was made from."""
    out = []
    if doc.get("raw_sha256") != sha256_text(raw):
        out.append(Problem(path, "$.raw_sha256", "raw-hash-mismatch",
                           "expected the SHA-256 of the raw file, found another"))
    try:
        rebuilt = rederive(doc, raw)
    except KhabarError as exc:
        out.append(Problem(path, "$.raw_file", "raw-unreadable",
                           f"expected a parseable article, found: {exc.args[0] if exc.args else exc}"))
        return out
    if rebuilt["text"] != doc.get("text"):
        out.append(Problem(path, "$.text", "raw-text-mismatch",
                           "expected the text derived from the raw file, found another"))
    if rebuilt["published"] != doc.get("published"):
        out.append(Problem(path, "$.published", "dateline-mismatch",
                           f"expected {rebuilt['published']} (from the dateline), found {doc.get('published')!r}"))
    return out


def document_problems(doc: Any, path: str, raw: str | None = None,
                      expected_id: str | None = None, text: str | None = None) -> list[Problem]:
    """Every problem of one document record; `raw` is its raw article when available, `text`
    the text rehydrated from its source when the record is source-backed (or `doc` is such a
    record already rehydrated)."""
    if text is None and isinstance(doc, Rehydrated):
        doc, text = doc.stored, doc["text"]
    out = schema_problems("document", doc, path)
    if isinstance(doc, dict) and doc.get("published") is None and doc.get("origin") != "external" \
            and not doc.get("undated"):
        out.append(Problem(path, "$.published", "published-missing",
                           "expected a publication time, or an `undated` reason when the source gives none"))
    if text is None:
        text = doc.get("text") if isinstance(doc, dict) else None
    if not isinstance(text, str):
        return out
    if expected_id is not None and doc.get("id") != expected_id:
        out.append(Problem(path, "$.id", "document-id-mismatch",
                           f"expected {expected_id!r} (from the file name), found {doc.get('id')!r}"))
    bad = bad_char(text)
    if bad is not None:
        out.append(Problem(path, "$.text", "text-control-char",
                           f"expected no control or invisible format character, found U+{ord(text[bad]):04X} "
                           f"at offset {bad}"))
        if unicodedata.category(text[bad]) == "Cs":
            return out  # an unpaired surrogate: the text has no UTF-8 form to hash or compare
    if not unicodedata.is_normalized("NFC", text):
        out.append(Problem(path, "$.text", "text-not-nfc", "expected NFC text, found another form"))
    if doc.get("text_sha256") != sha256_text(text):
        out.append(Problem(path, "$.text_sha256", "text-hash-mismatch",
                           f"expected {sha256_text(text)}, found {doc.get('text_sha256')!r}"))
    out += _paragraph_problems(text, doc.get("paragraphs"), path)
    if raw is not None and doc.get("origin") != "external":
        out += raw_problems(doc, raw, path)
    return out


def source_record_problems(layout: Any, doc: dict, path: str, expected_id: str | None = None) -> list[Problem]:
    """A source-backed record: its source and licence as the manifest gives them, and its text
    rehydrated from the cached source (a missing source is one problem naming the fetch command)."""
    from khabar.sources.manifest import load_manifest

    src = doc["source"]
    try:
        manifest = load_manifest(layout.root)
        source = manifest.source(str(src.get("name")))
    except KhabarError as exc:
        return schema_problems("document", doc, path) + [
            Problem(path, "$.source.name", exc.code, exc.args[0] if exc.args else str(exc))]
    out = []
    for key, want in (("license", source.license), ("license_url", source.license_url),
                      ("attribution", source.attribution)):
        if src.get(key) != want:
            out.append(Problem(path, f"$.source.{key}", "source-licence-mismatch",
                               f"expected the manifest's {key} of {source.name!r}, found {src.get(key)!r:.60}"))
    try:
        text = hydrate(layout.root, doc, path)["text"]
    except KhabarError as exc:
        return schema_problems("document", doc, path) + out + [
            Problem(path, exc.where if exc.where and exc.where.startswith("$") else "$.source",
                    exc.code, exc.args[0] if exc.args else str(exc))]
    return document_problems(doc, path, None, expected_id, text=text) + out
