"""Label inventories: the single source for the schemas, the validator and the dataset features."""
from __future__ import annotations

# 1.1: document `origin`; null dateline/published for external data.
# 1.2: annotation `status` and `provenance`; a number's `value_override`.
# 1.3: source-backed document records (source name, locator, attribution; no text), `domain`,
#      `undated`.
# 1.4: number kind `time` (a clock time, value in minutes after midnight); a source-backed
#      document's annotation stores offsets only (every span's `text` optional).
SCHEMA_VERSION = "1.4.0"

# WojoodNER's 21 entity types, in Wojood's documented order.
ENTITY_LABELS: tuple[str, ...] = (
    "PERS", "NORP", "OCC", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE", "TIME",
    "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "UNIT", "MONEY", "CURR",
    "LANGUAGE", "PRODUCT", "WEBSITE", "LAW",
)

# One colour per entity type, shared by `khabar view` and the Label Studio labeling config, so
# that a type looks the same in the viewer and in the tool. All distinct; each dark enough for
# the viewer's white label text (WCAG contrast >= 4.5, checked by the tests); related types
# (CARDINAL and ORDINAL, GPE and LOC) are near in hue.
ENTITY_COLOURS: dict[str, str] = {
    "PERS": "#c2185b", "NORP": "#6a1b9a", "OCC": "#b34700", "ORG": "#1565c0", "GPE": "#2e7d32",
    "LOC": "#5b7a1e", "FAC": "#00727d", "EVENT": "#8e2442", "DATE": "#5d4037", "TIME": "#7a5c00",
    "CARDINAL": "#455a64", "ORDINAL": "#263238", "PERCENT": "#00695c", "QUANTITY": "#283593",
    "UNIT": "#0b6fa4", "MONEY": "#73005c", "CURR": "#6d4c8f", "LANGUAGE": "#bf0099",
    "PRODUCT": "#0000bf", "WEBSITE": "#3d5afe", "LAW": "#b71c1c",
}

# Wojood type -> CoNLL-2003 type (the `ner_coarse` config and the `conll`/`anercorp` benchmark
# schemes). CoNLL and ANERcorp tag nationalities, events, products, languages, laws and web sites
# as MISC and facilities as LOC; titles, dates and values are not named entities there (None: O).
COARSE_LABELS: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")
COARSE_MAP: dict[str, str | None] = {
    "PERS": "PER", "ORG": "ORG",
    "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC", "WEBSITE": "MISC",
    "LAW": "MISC",
    "OCC": None, "DATE": None, "TIME": None, "CARDINAL": None, "ORDINAL": None, "PERCENT": None,
    "QUANTITY": None, "UNIT": None, "MONEY": None, "CURR": None,
}

# New kinds go at the end: the release's ClassLabel indices of the older ones stay as they were.
NUMBER_KINDS: tuple[str, ...] = (
    "cardinal", "ordinal", "year", "fraction", "percent", "money", "quantity", "time",
)

QUALIFIERS: tuple[str, ...] = (
    "exact", "at_least", "more_than", "approximately", "at_most", "less_than",
)

CLAIM_KINDS: tuple[str, ...] = ("statistic", "event", "state", "quote", "causal")

# sum: total == sum(parts); includes: each part <= total and sum(parts) <= total;
# equals: every part restates the total's value.
RELATION_TYPES: tuple[str, ...] = ("sum", "includes", "equals")

# Where a document record comes from (schema/document.schema.json `origin`).
ORIGINS: tuple[str, ...] = ("news-article", "external")

LAYERS: tuple[str, ...] = ("entities", "numbers", "claims")

# The field that holds each layer's label (its type or kind).
LABEL_FIELD: dict[str, str] = {"entities": "label", "numbers": "kind", "claims": "kind"}

ID_PREFIX = {"entities": "e", "numbers": "n", "claims": "c", "relations": "r"}

# Attached particles that are not part of a name (guidelines §0).
PROCLITICS = "وفبلك"

# Where an annotation file stands, from least to most reviewed (khabar.corpus.gold reads the order):
# empty: nothing annotated yet (`khabar add`); suggested: machine pre-annotation (`khabar suggest`),
# never gold; annotated: one human pass; adjudicated: two independent passes and an adjudication.
STATUSES: tuple[str, ...] = ("empty", "suggested", "annotated", "adjudicated")

# What an adjudicator may decide on a disagreement: one pass's items, both, or neither.
DECISIONS: tuple[str, ...] = ("A", "B", "both", "neither")

# What one step of an annotation file's history was (its `provenance` list).
PROVENANCE_STEPS: tuple[str, ...] = ("created", "suggestion", "pass", "adjudication", "correction", "import")

# Claimants are sources of statements: people, organisations, places acting as governments...
CLAIMANT_LABELS: frozenset[str] = frozenset({"PERS", "ORG", "OCC", "GPE", "NORP", "WEBSITE"})
