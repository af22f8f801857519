"""The declared columns of every release config: one place for the parquet schema, the card's
YAML `dataset_info` and field tables, and croissant.json, so they cannot drift apart.

A config's columns map to (description, feature); a feature is a `Value`, `ClassLabel` or
`List` declared here (the `datasets` features of the same names, which `features` turns them
into), a dict spec (struct) or a one-item list holding a dict spec (list of structs). The
Arrow schemas, with the `datasets` features in their metadata, are written from these
declarations without importing `datasets` (80 MB, with pandas), which the build never loads.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa
    from datasets import Features

from khabar.model.labels import (
    CLAIM_KINDS,
    COARSE_LABELS,
    COARSE_MAP,
    ENTITY_LABELS,
    NUMBER_KINDS,
    QUALIFIERS,
    RELATION_TYPES,
)

__all__ = ["CONFIGS", "DEFAULT_CONFIG", "NER_TAGS", "NER_COARSE_TAGS", "NESTED_LEVELS", "COARSE_LABELS", "COARSE_MAP",
           "features", "arrow_schema", "field_docs", "type_name", "iob2_names", "yaml_features"]

from khabar.release.names import (  # noqa: E402
    CONFIG_NAMES,
    DEFAULT_CONFIG,
    NER_COARSE_TAGS,
    NER_TAGS,
    NESTED_LEVELS,
    iob2_names,
)

# ---------------------------------------------------------------- feature types

@dataclass(frozen=True)
class Value:
    """A scalar column (`datasets.Value`): string, int32, int64, float64 or bool."""

    dtype: str


@dataclass(frozen=True)
class ClassLabel:
    """An integer column whose values index `names` (`datasets.ClassLabel`)."""

    names: tuple[str, ...]

    def __init__(self, names: Any):
        object.__setattr__(self, "names", tuple(names))

    @property
    def num_classes(self) -> int:
        return len(self.names)


@dataclass(frozen=True)
class List:
    """A list of one feature (`datasets.List`)."""

    feature: Any


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


def _sentence_spec() -> Spec:
    """The columns every token config shares: the sentence, its tokens and their offsets."""
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
    }


def _ner_spec(tags: list[str], what: str) -> Spec:
    return {**_sentence_spec(),
            "ner_tags": (f"IOB2 tags over the outermost {what}, one per token.", List(ClassLabel(names=tags)))}


def _ner_nested_spec() -> Spec:
    """The `ner` columns, then one tag column per nesting level (Wojood's layers, outermost first)."""
    levels: Spec = {"ner_tags_1": ("IOB2 tags over the outermost entities (level 1: depth 0 in `spans`), one per "
                                   "token: the `ner` config's `ner_tags`.", List(ClassLabel(names=NER_TAGS)))}
    for k in range(2, NESTED_LEVELS + 1):
        levels[f"ner_tags_{k}"] = (f"IOB2 tags over the entities of level {k} (depth {k - 1} in `spans`: directly "
                                   f"inside an entity of level {k - 1}), one per token; O where there is none.",
                                   List(ClassLabel(names=NER_TAGS)))
    return {**_sentence_spec(), **levels}


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
    "ner_nested": (f"The `ner` rows with every nesting level: one IOB2 tag column per level, {NESTED_LEVELS} "
                   "levels, outermost first, as Wojood's multi-layer IOB2.", _ner_nested_spec()),
    "numbers": ("One row per numeric expression, with its sentence as context.", NUMBERS),
    "claims": ("One row per claim, with its paragraph as context, the claimant's text and label.", CLAIMS),
}


def to_feature(feat: Any) -> Any:
    """A declared feature as the `datasets` feature of the same meaning."""
    import datasets

    if isinstance(feat, dict):
        return {k: to_feature(v[1]) for k, v in feat.items()}
    if isinstance(feat, list):
        return datasets.List(to_feature(feat[0]))
    if isinstance(feat, List):
        return datasets.List(to_feature(feat.feature))
    if isinstance(feat, ClassLabel):
        return datasets.ClassLabel(names=list(feat.names))
    return datasets.Value(feat.dtype)


def features(config: str) -> Features:
    """The `datasets` Features of a config (imports `datasets`: for readers and tests; the build
    writes the same schema with `arrow_schema`)."""
    from datasets import Features

    return Features({k: to_feature(v[1]) for k, v in CONFIGS[config][1].items()})


def _feature_dict(feat: Any) -> Any:
    """A feature as `datasets.Features.to_dict` writes it into the schema's metadata."""
    if isinstance(feat, dict):
        return {k: _feature_dict(v[1]) for k, v in feat.items()}
    if isinstance(feat, list):
        return {"feature": _feature_dict(feat[0]), "_type": "List"}
    if isinstance(feat, List):
        return {"feature": _feature_dict(feat.feature), "_type": "List"}
    if isinstance(feat, ClassLabel):
        return {"names": list(feat.names), "_type": "ClassLabel"}
    return {"dtype": feat.dtype, "_type": "Value"}


def _arrow_type(feat: Any) -> pa.DataType:
    """The Arrow type `datasets` stores a feature as (a ClassLabel is an int64)."""
    import pyarrow as pa

    if isinstance(feat, dict):
        return pa.struct([pa.field(k, _arrow_type(v[1])) for k, v in feat.items()])
    if isinstance(feat, list):
        return pa.list_(_arrow_type(feat[0]))
    if isinstance(feat, List):
        return pa.list_(_arrow_type(feat.feature))
    if isinstance(feat, ClassLabel):
        return pa.int64()
    return {"string": pa.string(), "int32": pa.int32(), "int64": pa.int64(), "float64": pa.float64(),
            "bool": pa.bool_()}[feat.dtype]


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


def arrow_schema(config: str) -> pa.Schema:
    """The pyarrow schema of a config, with its `datasets` features in the metadata, as
    `features(config).arrow_schema` gives it (tests/test_build.py compares them); made once."""
    if config not in _ARROW:
        import pyarrow as pa

        spec = CONFIGS[config][1]
        meta = json.dumps({"info": {"features": {k: _feature_dict(v[1]) for k, v in spec.items()}}})
        _ARROW[config] = pa.schema([pa.field(k, _arrow_type(v[1])) for k, v in spec.items()],
                                   metadata={"huggingface": meta})
    return _ARROW[config]
