"""The release's config names and IOB2 tag inventories, without importing `datasets`
(worker processes project rows with these and never load it)."""
from __future__ import annotations

from collections.abc import Iterable

from khabar.model.labels import COARSE_LABELS, ENTITY_LABELS

CONFIG_NAMES: tuple[str, ...] = ("spans", "ner", "ner_coarse", "ner_nested", "numbers", "claims")
DEFAULT_CONFIG = "spans"

# Tag columns of `ner_nested`, one per nesting level (level k holds the entities at depth k - 1).
# Five: the deepest nesting of the corpus (one entity at depth 4) and more than the Wojood sample's
# deepest (four layers). Each level is a declared column, so another level is a schema change; a
# deeper entity is counted as lost by the build and reported, never dropped silently.
NESTED_LEVELS = 5


def iob2_names(labels: Iterable[str]) -> list[str]:
    return ["O", *(f"{p}-{x}" for x in labels for p in ("B", "I"))]


NER_TAGS = iob2_names(ENTITY_LABELS)
NER_COARSE_TAGS = iob2_names(COARSE_LABELS)
NER_TAG_IDS = {t: i for i, t in enumerate(NER_TAGS)}
NER_COARSE_TAG_IDS = {t: i for i, t in enumerate(NER_COARSE_TAGS)}
