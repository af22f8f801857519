"""The release's config names and IOB2 tag inventories, without importing `datasets`
(worker processes project rows with these and never load it)."""
from __future__ import annotations

from collections.abc import Iterable

from khabar.model.labels import COARSE_LABELS, ENTITY_LABELS

CONFIG_NAMES: tuple[str, ...] = ("spans", "ner", "ner_coarse", "numbers", "claims")
DEFAULT_CONFIG = "spans"


def iob2_names(labels: Iterable[str]) -> list[str]:
    return ["O", *(f"{p}-{x}" for x in labels for p in ("B", "I"))]


NER_TAGS = iob2_names(ENTITY_LABELS)
NER_COARSE_TAGS = iob2_names(COARSE_LABELS)
NER_TAG_IDS = {t: i for i, t in enumerate(NER_TAGS)}
NER_COARSE_TAG_IDS = {t: i for i, t in enumerate(NER_COARSE_TAGS)}
