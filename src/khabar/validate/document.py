"""The document checker: a record's schema, text, paragraphs, and agreement with its raw file."""
from __future__ import annotations

import unicodedata
from typing import Any

from khabar.corpus.documents import bad_char, rederive, sha256_text
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
                      expected_id: str | None = None) -> list[Problem]:
    """Every problem of one document record; `raw` is its raw article when available."""
    out = schema_problems("document", doc, path)
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
