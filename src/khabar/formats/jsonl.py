"""Flat views of the gold: every span of every layer at document offsets (`khabar export jsonl`)."""
from __future__ import annotations

import json
from typing import Any

from khabar.corpus.gold import load_gold
from khabar.corpus.layout import Layout
from khabar.model.labels import LABEL_FIELD
from khabar.model.spans import Span, id_key


def flat_spans(ann: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span of the three layers as one list, ordered by (start, -end, layer, id).

    Each item has `layer`, `id`, `start`, `end`, `label`, `text` and the layer's other attributes.
    """
    out = []
    for layer, field in LABEL_FIELD.items():
        for item in ann.get(layer, []):
            sp = Span.of(item, field)
            attrs = {k: v for k, v in item.items() if k not in ("id", "start", "end", "text", field)}
            out.append((sp, layer, {"layer": layer, "id": sp.id, "start": sp.start, "end": sp.end,
                                    "label": sp.label, "text": sp.text, **attrs}))
    out.sort(key=lambda x: (x[0].start, -x[0].end, x[1], id_key(x[0].id)))
    return [record for _, _, record in out]


def export_record(doc: dict[str, Any], ann: dict[str, Any]) -> dict[str, Any]:
    return {"id": doc["id"], "text": doc["text"], "spans": flat_spans(ann),
            "relations": ann.get("relations", [])}


def export_jsonl(layout: Layout, doc_ids: list[str] | None = None) -> str:
    """One JSON line per document (`doc_ids`, default: every document, in id order)."""
    from khabar.formats.base import load_pairs

    pairs = load_pairs(layout, doc_ids) if doc_ids else load_gold(layout)
    return "".join(json.dumps(export_record(d, a), ensure_ascii=False) + "\n" for d, a in pairs)
