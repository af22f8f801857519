"""Every problem of one annotation file: the schema, its document, then each layer's checker in turn."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from khabar.corpus.gold import status_problems as gold_status_problems
from khabar.model.errors import WARNING, Problem
from khabar.model.labels import LAYERS
from khabar.validate.claims import claim_problems
from khabar.validate.context import AnnotationContext
from khabar.validate.entities import entity_problems
from khabar.validate.numbers import number_problems
from khabar.validate.numberwords import number_word_problems
from khabar.validate.relations import relation_problems
from khabar.validate.schema import schema_problems

Checker = Callable[[AnnotationContext], list[Problem]]

def id_problems(ctx: AnnotationContext) -> list[Problem]:
    """Ids are unique across the file (claims and relations refer to them)."""
    out: list[Problem] = []
    seen: dict[str, str] = {}
    for layer in (*LAYERS, "relations"):
        for where, item in ctx.items(layer):
            iid = item.get("id")
            if not isinstance(iid, str):
                continue
            if iid in seen:
                out.append(Problem(ctx.path, f"{where}.id", "id-duplicate",
                                   f"expected a unique id, found {iid!r} again (first at {seen[iid]})",
                                   references=(seen[iid],)))
            else:
                seen[iid] = where
    return out


def status_problems(ctx: AnnotationContext) -> list[Problem]:
    """A file that claims gold status but holds no annotation (see `khabar.corpus.gold`). A file
    with no status and no span reads as `empty`: it validates, and no release takes it."""
    return gold_status_problems(ctx.ann, ctx.path)


def numeral_problems(ctx: AnnotationContext) -> list[Problem]:
    """Number values against what their digits or number words read as (warnings)."""
    return number_word_problems(ctx.layer("numbers"), ctx.text, ctx.path)


# The checkers, in the order their problems are listed. A new checker is one more entry.
CHECKERS: list[Checker] = [
    id_problems, entity_problems, number_problems, numeral_problems, claim_problems, relation_problems,
    status_problems,
]


def annotation_problems(ann: Any, document: dict | None, path: str,
                        expected_id: str | None = None) -> list[Problem]:
    """Every problem of one annotation file against its document record (None: not found)."""
    out = schema_problems("annotation", ann, path)
    if not isinstance(ann, dict):
        return out
    doc_id = ann.get("document_id")
    if expected_id is not None and isinstance(doc_id, str) and doc_id != expected_id:
        out.append(Problem(path, "$.document_id", "document-id-mismatch",
                           f"expected {expected_id!r} (from the file name), found {doc_id!r}"))
    if not isinstance(document, dict):
        out.append(Problem(path, "$.document_id", "document-missing",
                           f"expected a document record for {doc_id!r}, found none"))
        return out
    text, want = document.get("text"), document.get("text_sha256")
    if not isinstance(text, str):
        return out  # the record's own validation reports it
    if ann.get("text_sha256") != want:
        out.append(Problem(path, "$.text_sha256", "text-hash-mismatch",
                           f"expected {want} (the document's text), found {ann.get('text_sha256')!r}; "
                           "the offsets were made against another text"))
        return out  # offsets into another text: span checks would only add noise
    ctx = AnnotationContext(ann, text, path, document)
    for check in CHECKERS:
        out += check(ctx)
    if document.get("origin") == "external":
        # Imported data follows its own corpus's conventions (a Wojood span may end with ")"):
        # Khabar's edge rule is reported, not enforced.
        out = [replace(p, severity=WARNING) if p.code == "span-edge" else p for p in out]
    return out
