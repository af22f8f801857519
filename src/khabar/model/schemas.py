"""JSON Schemas (draft 2020-12), generated from the label inventories in `khabar.model.labels`.

The files in `schema/` are written by `khabar schema --write` and a test checks they are current.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from khabar.model.labels import (
    CLAIM_KINDS,
    ENTITY_LABELS,
    NUMBER_KINDS,
    ORIGINS,
    PROVENANCE_STEPS,
    QUALIFIERS,
    RELATION_TYPES,
    SCHEMA_VERSION,
    STATUSES,
)

DRAFT = "https://json-schema.org/draft/2020-12/schema"
# Offsets are bounded: no article is two billion characters, and a bound keeps a hostile
# `"end": 10**20` from passing as a paragraph end (offsets also fit Arrow's int32 columns).
MAX_OFFSET = 2**31 - 1


def whole(body: str) -> str:
    """A pattern that matches the whole string. JSON Schema patterns are searched, and in
    Python's re (which `jsonschema` uses) `$` also matches before a final newline, so 'abc\\n'
    would pass `^abc$`; the lookahead `(?![\\s\\S])` means "end of string" in every engine.
    `[0-9]`, not `\\d`: Python's `\\d` matches Arabic-Indic digits too."""
    return f"^(?:{body})(?![\\s\\S])"


VERSION_PATTERN = whole(r"1\.[0-9]+\.[0-9]+")  # any 1.x.y file is readable by this schema
SLUG_PATTERN = whole(r"[a-z0-9][a-z0-9_-]{0,63}")
SHA256_PATTERN = whole("[0-9a-f]{64}")
SOURCE_NAME_PATTERN = whole(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")


def _obj(description: str, properties: dict[str, Any], required: list[str] | None = None) -> dict:
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": list(properties) if required is None else required,
        "additionalProperties": False,
    }


def _offsets(what: str) -> dict[str, Any]:
    return {
        "start": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET,
                  "description": f"First code point of the {what} in the document text (inclusive)."},
        "end": {"type": "integer", "minimum": 1, "maximum": MAX_OFFSET,
                "description": f"Code point after the {what} (exclusive): half-open [start, end)."},
        "text": {"type": "string", "minLength": 1,
                 "description": "The covered string; must equal text[start:end]. Absent in the "
                                "annotation of a source-backed document, whose text is not stored "
                                "in the project."},
    }


def _span(description: str) -> dict[str, Any]:
    return _obj(description, _offsets("span"), required=["start", "end"])


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": schema["description"], "anyOf": [schema, {"type": "null",
            "description": "Absent."}]}


def _id(prefix: str, what: str) -> dict[str, Any]:
    return {"type": "string", "pattern": whole(f"{prefix}[1-9][0-9]*"),
            "description": f"Identifier of the {what}, unique in the file ('{prefix}1', '{prefix}2', ...)."}


def annotation_schema() -> dict[str, Any]:
    entity = _obj("A named-entity mention (Wojood inventory); entities may nest.", {
        "id": _id("e", "entity"),
        **_offsets("entity mention"),
        "label": {"enum": list(ENTITY_LABELS), "description": "Wojood entity type."},
    }, required=["id", "start", "end", "label"])
    number = _obj("A numeric expression with its normalized value.", {
        "id": _id("n", "number"),
        **_offsets("numeral"),
        "value": {"type": "number", "description": "Normalized numeric value (e.g. 'خمسين' -> 50)."},
        "kind": {"enum": list(NUMBER_KINDS), "description": "What sort of number it is."},
        "qualifier": {"enum": list(QUALIFIERS),
                      "description": "How the value bounds the real quantity ('أكثر من' -> more_than)."},
        "qualifier_span": _nullable(_span("The words that express the qualifier, if any.")),
        "counted": _nullable(_span("The noun that is counted (e.g. 'قتيلا'), if any.")),
        "value_override": {"type": "string", "minLength": 1,
                           "description": "Why `value` differs from what the number words or digits "
                                          "read as (silences the validator's number-word-value)."},
    }, required=["id", "start", "end", "value", "kind", "qualifier", "qualifier_span", "counted"])
    claim = _obj("A checkable proposition at clause level.", {
        "id": _id("c", "claim"),
        **_offsets("proposition"),
        "claimant": {"type": "string", "pattern": whole("author|e[1-9][0-9]*"),
                     "description": "Entity id of the source, or 'author' when the article asserts it."},
        "cue": _nullable(_span("The attribution cue ('وفق', 'قال', ...), if any.")),
        "kind": {"enum": list(CLAIM_KINDS), "description": "What sort of proposition it is."},
        "check_worthy": {"type": "boolean",
                         "description": "Whether a fact-checker could and should verify it."},
        "numbers": {"type": "array", "items": _id("n", "number"), "uniqueItems": True,
                    "description": "Ids of the numbers inside the claim span."},
    }, required=["id", "start", "end", "claimant", "cue", "kind", "check_worthy", "numbers"])
    relation = _obj("An arithmetic relation between numbers, checked by the validator.", {
        "id": _id("r", "relation"),
        "type": {"enum": list(RELATION_TYPES),
                 "description": "sum: total = sum of parts; includes: parts within total; "
                                "equals: parts restate the total."},
        "total": _id("n", "number (the whole)"),
        "parts": {"type": "array", "items": _id("n", "number"), "minItems": 1,
                  "uniqueItems": True, "description": "Ids of the numbers that are the parts."},
    })
    step = _obj("One step of the file's history: who or what produced or changed it.", {
        "step": {"enum": list(PROVENANCE_STEPS), "description": "What was done."},
        "agent": {"type": "string", "minLength": 1,
                  "description": "Who or what did it ('annotator A', 'khabar suggest 0.1')."},
        "source": {"type": ["string", "null"],
                   "description": "File the step started from, relative to the project root, or null."},
        "note": {"type": "string", "description": "Anything else worth knowing about the step."},
    }, required=["step", "agent"])
    root = _obj("Khabar annotation file: three span layers and number relations for one document.", {
        "schema_version": {"type": "string", "pattern": VERSION_PATTERN,
                           "description": "Version of this schema the file follows (semver)."},
        "document_id": {"type": "string", "pattern": SLUG_PATTERN,
                        "description": "Id of the annotated document."},
        "text_sha256": {"type": "string", "pattern": SHA256_PATTERN,
                        "description": "SHA-256 of the document text the offsets refer to."},
        "status": {"enum": list(STATUSES),
                   "description": "Where the file stands: empty, suggested (machine, never gold), "
                                  "annotated (one human pass), adjudicated (two passes and adjudication). "
                                  "Absent (files before 1.2): annotated when any layer holds a span, else empty."},
        "provenance": {"type": "array", "items": step,
                       "description": "Who or what produced the file, in order."},
        "entities": {"type": "array", "items": entity, "description": "Entity layer."},
        "numbers": {"type": "array", "items": number, "description": "Numeric-expression layer."},
        "claims": {"type": "array", "items": claim, "description": "Claim layer."},
        "relations": {"type": "array", "items": relation, "description": "Relations between numbers."},
    })
    root["required"] = [k for k in root["required"] if k not in ("status", "provenance")]
    return {"$schema": DRAFT, "$id": f"urn:khabar:schema:annotation:{SCHEMA_VERSION}",
            "title": "Khabar annotation file", "schema_version": SCHEMA_VERSION, **root}


def document_schema() -> dict[str, Any]:
    def s(description: str, **kw: Any) -> dict[str, Any]:
        return {"type": "string", "description": description, **kw}

    def ns(description: str) -> dict[str, Any]:
        return {"type": ["string", "null"], "description": description}

    paragraph = _obj("A paragraph's offsets in the text.", {
        "start": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET,
                  "description": "First code point (inclusive)."},
        "end": {"type": "integer", "minimum": 1, "maximum": MAX_OFFSET,
                "description": "End (exclusive)."},
    })
    root = _obj("Khabar document record: one news article's text and what is known of it.", {
        "schema_version": s("Version of this schema the record follows (semver).",
                            pattern=VERSION_PATTERN),
        "id": s("Stable document id (safe slug).", pattern=SLUG_PATTERN),
        "language": {"const": "ar", "description": "Language of the text (ISO 639-1)."},
        "raw_file": s("Path of the raw article, relative to the project root."),
        "raw_sha256": s("SHA-256 of the raw file's bytes.", pattern=SHA256_PATTERN),
        "origin": {"enum": list(ORIGINS),
                   "description": "news-article: a corpus article whose raw file is a dateline and "
                                  "paragraphs (absent means this); external: evaluation data imported "
                                  "from another format, never part of the corpus or release."},
        "dateline": ns("The dateline line exactly as received; null when the source has none."),
        "dateline_reading": s("How the dateline was read (field order, clock, time zone)."),
        "published": {"type": ["string", "null"],
                      "pattern": whole("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"),
                      "description": "Publication datetime parsed from the dateline (ISO 8601, no "
                                     "zone); null when unknown."},
        "source": _obj("What is known of where the article comes from; null means unknown.", {
            "outlet": ns("Publishing outlet, or null when unknown."),
            "agency": ns("Wire agency credited by the text, or null."),
            "url": ns("Address of the original, or null when unknown."),
            "license": ns("Licence of the text (an SPDX identifier), or null when unknown."),
            "note": s("Evidence for the fields above and what is not known."),
            "name": s("A source-backed record: the source in corpus/sources.json its text is "
                      "rehydrated from (the record then holds no text).", pattern=SOURCE_NAME_PATTERN),
            "locator": s("Where the article is in that source (its converter's locator).",
                         minLength=1, maxLength=200),
            "license_url": s("Address of the licence text."),
            "attribution": s("The attribution the licence asks for."),
        }, required=["outlet", "agency", "url", "license", "note"]),
        "domain": s("Topic domain the source assigns (culture, health, politics, science, sports, "
                    "art, economy for Arabic Wikinews).", pattern=SLUG_PATTERN),
        "undated": s("Why the record has no publication time (published is null), e.g. the source "
                     "gives no date; dates inside the body stay in the text.", minLength=1),
        "normalized_to_nfc": {"type": "boolean",
                              "description": "Whether the text was NFC-normalized on ingestion."},
        "text": s("Body text: paragraphs joined by '\\n', NFC. Offsets index this string."),
        "text_sha256": s("SHA-256 of the UTF-8 text.", pattern=SHA256_PATTERN),
        "paragraphs": {"type": "array", "items": paragraph, "minItems": 1,
                       "description": "Paragraph offsets, in order."},
    })
    # A record whose source has a name (the manifest's) holds no text: Khabar rehydrates it from
    # the cached source and checks text_sha256. Any other record carries its text and raw file.
    local = ["text", "raw_file", "raw_sha256", "dateline", "dateline_reading", "normalized_to_nfc"]
    root["required"] = [k for k in root["required"] if k not in ("origin", "domain", "undated", *local)]
    root["if"] = {"properties": {"source": {"required": ["name"]}}, "required": ["source"]}
    root["then"] = {"description": "Source-backed: no text, raw file or dateline fields.",
                    "properties": {k: {"not": {}, "description": "Absent: the text comes from the source."}
                                   for k in local}}
    root["else"] = {"description": "Text and raw file kept in the project.", "required": local}
    return {"$schema": DRAFT, "$id": f"urn:khabar:schema:document:{SCHEMA_VERSION}",
            "title": "Khabar document record", "schema_version": SCHEMA_VERSION, **root}


def predictions_schema() -> dict[str, Any]:
    """One line of a `khabar benchmark --model predictions:FILE` file (docs/benchmark.md).

    The shape of `khabar export jsonl`: entity spans are checked strictly; spans of the other
    layers (numbers, claims) are accepted and ignored, whatever attributes they carry.
    """
    entity = _obj("A predicted entity span.", {
        "start": {"type": "integer", "minimum": 0,
                  "description": "First code point of the span in the record's text (inclusive)."},
        "end": {"type": "integer", "minimum": 1,
                "description": "Code point after the span (exclusive): half-open [start, end)."},
        "label": {"type": "string", "minLength": 1,
                  "description": "The model's label; mapped into the scheme, every renaming listed."},
        "text": {"type": "string", "minLength": 1,
                 "description": "The covered string, if given; must equal text[start:end]."},
        "layer": {"const": "entities", "description": "Span layer; absent means entities."},
        "id": {"type": "string", "description": "An id of the span, if any (ignored)."},
    }, required=["start", "end", "label"])
    # "type": "object" in the `if`: `required` alone holds vacuously for a non-object, which
    # would let a number or a string through as another layer's span (the `else` refuses it).
    other_layer = {"type": "object", "required": ["layer"], "properties": {"layer": {"not": {"const": "entities"}}}}
    span = {"description": "A span: an entity span (scored), or a span of another layer (ignored).",
            "if": other_layer, "then": {"description": "Another layer's span: not scored."},
            "else": entity}
    root = _obj("Predictions for one evaluation unit: a sentence row, a paragraph row or a whole "
                "document.", {
        "id": {"type": "string", "minLength": 1,
               "description": "Row id ('<doc>#p<k>s<j>'), paragraph row id ('<doc>#p<k>') or document "
                              "id; offsets are into that unit's text."},
        "text": {"type": "string", "description": "The unit's text, if given; must equal the data's text."},
        "spans": {"type": "array", "items": span, "description": "Predicted spans (may be empty)."},
        "relations": {"description": "Number relations, as `khabar export jsonl` writes them (ignored)."},
    }, required=["id", "spans"])
    return {"$schema": DRAFT, "$id": f"urn:khabar:schema:predictions:{SCHEMA_VERSION}",
            "title": "Khabar benchmark predictions (one JSON object per line)",
            "schema_version": SCHEMA_VERSION, **root}


SCHEMAS = {"annotation": annotation_schema, "document": document_schema,
           "predictions": predictions_schema}


def schema_path(root: Path, name: str) -> Path:
    return root / "schema" / f"{name}.schema.json"


def stale_schemas(root: Path) -> list[Path]:
    """The files under schema/ that differ from what the label inventories generate."""
    from khabar.io import dumps_json

    stale = []
    for name, build in SCHEMAS.items():
        path = schema_path(root, name)
        if not path.is_file() or path.read_text(encoding="utf-8") != dumps_json(build()):
            stale.append(path)
    return stale


def write_schemas(root: Path, paths: list[Path]) -> list[Path]:
    """Rewrite the given schema files from the inventories; the paths written."""
    from khabar.io import write_json

    by_path = {schema_path(root, name): build for name, build in SCHEMAS.items()}
    for path in paths:
        write_json(path, by_path[path]())
    return paths
