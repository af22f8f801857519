"""The declared columns of every release config: one place for the parquet schema, the card's
YAML `dataset_info` and field tables, and croissant.json, so they cannot drift apart.

A config's columns map to (description, feature); a feature is a `datasets` feature, a dict spec
(struct) or a one-item list holding a dict spec (list of structs).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from datasets import ClassLabel, Features, List, Value

from khabar.model.labels import (
    CLAIM_KINDS,
    COARSE_LABELS,
    COARSE_MAP,
    ENTITY_LABELS,
    NUMBER_KINDS,
    QUALIFIERS,
    RELATION_TYPES,
)

__all__ = ["CONFIGS", "DEFAULT_CONFIG", "NER_TAGS", "NER_COARSE_TAGS", "COARSE_LABELS", "COARSE_MAP",
           "features", "arrow_schema", "field_docs", "type_name", "iob2_names", "yaml_features"]

from khabar.release.names import (  # noqa: E402
    CONFIG_NAMES,
    DEFAULT_CONFIG,
    NER_COARSE_TAGS,
    NER_TAGS,
    iob2_names,
)

# ---------------------------------------------------------------- declared columns

# A spec maps a column to (description, feature); a feature is a datasets feature, a dict spec
# (struct) or a one-item list holding a dict spec (list of structs).
Spec = dict[str, tuple[str, Any]]


def _i32() -> Value:
    return Value("int32")


def _str() -> Value:
    return Value("string")


def _offsets(what: str, into: str) -> Spec:
    return {"start": (f"First code point of the {what} in {into} (inclusive).", _i32()),
            "end": (f"Code point after the {what} in {into} (exclusive).", _i32()),
            "text": (f"The covered string: {into}[start:end].", _str())}


SUBSPAN: Spec = {
    "paragraph": ("Paragraph (0-based, in the document) whose text the offsets index: the row's own "
                  "paragraph except for rare attributions made in another paragraph.", _i32()),
    **_offsets("span", "that paragraph's text"),
}
CONTEXT_SPAN: Spec = _offsets("span", "`context`")

NUMBER_ATTRS: Spec = {
    "value": ("Normalized numeric value ('خمسين' -> 50).", Value("float64")),
    "kind": ("What sort of number it is.", ClassLabel(names=list(NUMBER_KINDS))),
    "qualifier": ("How the value bounds the real quantity ('أكثر من' -> more_than).",
                  ClassLabel(names=list(QUALIFIERS))),
}

CLAIM_ATTRS: Spec = {
    "claimant": ("Entity id of the source ('e7'), or 'author' when the article asserts it.", _str()),
    "claimant_text": ("The claimant entity's text; null for 'author'.", _str()),
    "claimant_label": ("The claimant entity's type; null for 'author'.", ClassLabel(names=list(ENTITY_LABELS))),
    "kind": ("What sort of proposition it is.", ClassLabel(names=list(CLAIM_KINDS))),
    "check_worthy": ("Whether a fact-checker could and should verify it.", Value("bool")),
}

SPANS: Spec = {
    "id": ("Row id: '<document_id>#p<paragraph>'.", _str()),
    "document_id": ("Id of the source document.", _str()),
    "paragraph": ("Paragraph index in the document (0-based).", _i32()),
    "offset": ("Code point offset of this paragraph in the document text.", _i32()),
    "text": ("The paragraph text (NFC); every span offset of the row indexes it.", _str()),
    "entities": ("Entity mentions (Wojood types), nested.", [{
        "id": ("Entity id, unique in the document ('e1', ...).", _str()),
        **_offsets("mention", "`text`"),
        "label": ("Wojood entity type.", ClassLabel(names=list(ENTITY_LABELS))),
        "parent": ("Id of the innermost entity containing this one; null when outermost.", _str()),
        "depth": ("Nesting depth: 0 for an outermost entity.", _i32()),
    }]),
    "numbers": ("Numeric expressions.", [{
        "id": ("Number id, unique in the document ('n1', ...).", _str()),
        **_offsets("numeral", "`text`"),
        **NUMBER_ATTRS,
        "qualifier_span": ("The words expressing the qualifier; null when none.", SUBSPAN),
        "counted": ("The counted noun ('قتيلا'); null when none.", SUBSPAN),
    }]),
    "claims": ("Checkable propositions.", [{
        "id": ("Claim id, unique in the document ('c1', ...).", _str()),
        **_offsets("proposition", "`text`"),
        **CLAIM_ATTRS,
        "cue": ("The attribution cue ('وفق', 'قال'); null when none.", SUBSPAN),
        "numbers": ("Ids of the numbers inside the claim.", List(_str())),
    }]),
    "relations": ("Arithmetic relations whose total is a number of this paragraph (parts may lie in "
                  "another paragraph of the document).", [{
        "id": ("Relation id, unique in the document ('r1', ...).", _str()),
        "type": ("sum: total = sum of parts; includes: parts within the total; equals: parts restate it.",
                 ClassLabel(names=list(RELATION_TYPES))),
        "total": ("Id of the number that is the whole.", _str()),
        "parts": ("Ids of the numbers that are the parts.", List(_str())),
    }]),
}


def _ner_spec(tags: list[str], what: str) -> Spec:
    return {
        "id": ("Row id: '<document_id>#p<paragraph>s<sentence>'.", _str()),
        "document_id": ("Id of the source document.", _str()),
        "paragraph": ("Paragraph index in the document (0-based).", _i32()),
        "sentence": ("Sentence index in the paragraph (0-based).", _i32()),
        "offset": ("Code point offset of the sentence in the document text.", _i32()),
        "text": ("The sentence text.", _str()),
        "tokens": ("Word and punctuation tokens; proclitics stay on their token.", List(_str())),
        "token_start": ("Each token's first code point in `text`.", List(_i32())),
        "token_end": ("Each token's end (exclusive) in `text`.", List(_i32())),
        "ner_tags": (f"IOB2 tags over the outermost {what}, one per token.", List(ClassLabel(names=tags))),
    }


NUMBERS: Spec = {
    "id": ("Row id: '<document_id>#<number id>'.", _str()),
    "document_id": ("Id of the source document.", _str()),
    "number_id": ("Number id in the document ('n1', ...).", _str()),
    "paragraph": ("Paragraph of the number (0-based).", _i32()),
    "offset": ("Code point offset of `context` in the document text.", _i32()),
    "context": ("The sentence holding the number (with the sentences of its qualifier and counted noun).",
                _str()),
    **_offsets("numeral", "`context`"),
    **NUMBER_ATTRS,
    "qualifier_span": ("The words expressing the qualifier; null when none.", CONTEXT_SPAN),
    "counted": ("The counted noun; null when none.", CONTEXT_SPAN),
    "claims": ("Ids of the claims that list this number.", List(_str())),
}

CLAIMS: Spec = {
    "id": ("Row id: '<document_id>#<claim id>'.", _str()),
    "document_id": ("Id of the source document.", _str()),
    "claim_id": ("Claim id in the document ('c1', ...).", _str()),
    "paragraph": ("Paragraph of the claim (0-based).", _i32()),
    "offset": ("Code point offset of `context` in the document text.", _i32()),
    "context": ("The paragraph holding the claim.", _str()),
    **_offsets("proposition", "`context`"),
    **CLAIM_ATTRS,
    "cue": ("The attribution cue; null when none.", SUBSPAN),
    "numbers": ("The numbers inside the claim.", [{
        "id": ("Number id.", _str()),
        **_offsets("numeral", "`context`"),
        "value": NUMBER_ATTRS["value"],
    }]),
}

CONFIGS: dict[str, tuple[str, Spec]] = {
    "spans": ("One row per paragraph with the three annotation layers (entities, numbers, claims) and "
              "the number relations, offsets into the row's text.", SPANS),
    "ner": ("One row per sentence, CoNLL-style: tokens and IOB2 tags over the outermost entities, "
            "21 Wojood types.", _ner_spec(NER_TAGS, "entities (Wojood types)")),
    "ner_coarse": ("The `ner` rows with CoNLL-2003 types PER/ORG/LOC/MISC (mapping below).",
                   _ner_spec(NER_COARSE_TAGS, "entities after the CoNLL mapping")),
    "numbers": ("One row per numeric expression, with its sentence as context.", NUMBERS),
    "claims": ("One row per claim, with its paragraph as context, the claimant's text and label.", CLAIMS),
}


def to_feature(feat: Any) -> Any:
    if isinstance(feat, dict):
        return {k: to_feature(v[1]) for k, v in feat.items()}
    if isinstance(feat, list):
        return List(to_feature(feat[0]))
    return feat


def features(config: str) -> Features:
    return Features({k: to_feature(v[1]) for k, v in CONFIGS[config][1].items()})


def _yaml_type(feat: Any) -> Any:
    """A feature in the card's YAML form: a dtype, a class_label, a list or a struct."""
    if isinstance(feat, dict):
        return {"struct": yaml_features(feat)}
    if isinstance(feat, list):
        return {"list": yaml_features(feat[0])}
    if isinstance(feat, ClassLabel):
        return {"dtype": {"class_label": {"names": {str(i): n for i, n in enumerate(feat.names)}}}}
    if isinstance(feat, List):
        inner = _yaml_type(feat.feature)
        return {"list": inner["dtype"] if "dtype" in inner else inner}
    return {"dtype": feat.dtype}


def yaml_features(spec: Spec) -> list[dict[str, Any]]:
    """The `dataset_info.features` list of the card's YAML header for a spec, written from
    Khabar's own declarations (the Hub's card format) rather than a private `datasets` method."""
    return [{"name": name, **_yaml_type(feat)} for name, (_doc, feat) in spec.items()]


def field_docs(spec: Spec, prefix: str = "") -> Iterator[tuple[str, str, str]]:
    """(dotted name, type, description) of every column and nested field, in declaration order."""
    for name, (doc, feat) in spec.items():
        path = prefix + name
        if isinstance(feat, dict):
            yield path, "struct", doc
            yield from field_docs(feat, path + ".")
        elif isinstance(feat, list):
            yield path, "list of struct", doc
            yield from field_docs(feat[0], path + "[].")
        else:
            yield path, type_name(feat), doc


def type_name(feat: Any) -> str:
    if isinstance(feat, ClassLabel):
        return f"ClassLabel ({feat.num_classes} names)"
    if isinstance(feat, List):
        return f"list of {type_name(feat.feature)}"
    return feat.dtype


assert tuple(CONFIGS) == CONFIG_NAMES, "names.CONFIG_NAMES lists the configs in CONFIGS order"

_ARROW: dict[str, Any] = {}


def arrow_schema(config: str):
    """The pyarrow schema of a config (with the HF features in its metadata), computed once."""
    if config not in _ARROW:
        _ARROW[config] = features(config).arrow_schema
    return _ARROW[config]
