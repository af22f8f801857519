"""Label inventories: the single source for the schemas, the validator and the dataset features."""
from __future__ import annotations

SCHEMA_VERSION = "1.0.0"

# WojoodNER's 21 entity types, in Wojood's documented order.
ENTITY_LABELS: tuple[str, ...] = (
    "PERS", "NORP", "OCC", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE", "TIME",
    "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "UNIT", "MONEY", "CURR",
    "LANGUAGE", "PRODUCT", "WEBSITE", "LAW",
)

NUMBER_KINDS: tuple[str, ...] = (
    "cardinal", "ordinal", "year", "fraction", "percent", "money", "quantity",
)

QUALIFIERS: tuple[str, ...] = (
    "exact", "at_least", "more_than", "approximately", "at_most", "less_than",
)

CLAIM_KINDS: tuple[str, ...] = ("statistic", "event", "state", "quote", "causal")

# sum: total == sum(parts); includes: each part <= total and sum(parts) <= total;
# equals: every part restates the total's value.
RELATION_TYPES: tuple[str, ...] = ("sum", "includes", "equals")

LAYERS: tuple[str, ...] = ("entities", "numbers", "claims")

ID_PREFIX = {"entities": "e", "numbers": "n", "claims": "c", "relations": "r"}

# Attached particles that are not part of a name (guidelines §0).
PROCLITICS = "وفبلك"
