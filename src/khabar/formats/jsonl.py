"""Flat views of the gold: every span of every layer at document offsets (`khabar export jsonl`)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from khabar.corpus.layout import Layout
from khabar.io import KhabarError, atomic_write_text, read_json

# The attribute that plays the role of `label` in each layer.
LABEL_FIELD = {"entities": "label", "numbers": "kind", "claims": "kind"}


def flat_spans(ann: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span of the three layers as one list, ordered by (start, -end, layer, id).

    Each item has `layer`, `id`, `start`, `end`, `label`, `text` and the layer's other attributes.
    """
    out = []
    for layer, field in LABEL_FIELD.items():
        for item in ann.get(layer, []):
            attrs = {k: v for k, v in item.items() if k not in ("id", "start", "end", "text", field)}
            out.append({"layer": layer, "id": item["id"], "start": item["start"], "end": item["end"],
                        "label": item[field], "text": item["text"], **attrs})
    return sorted(out, key=lambda x: (x["start"], -x["end"], x["layer"], int(x["id"][1:])))


def load_gold(layout: Layout) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(document, annotation) pairs of the corpus, in id order."""
    for doc_id in layout.document_ids():
        doc = read_json(layout.document(doc_id))
        path = layout.annotation(doc_id)
        if not path.is_file():
            raise KhabarError(f"{path}: missing; every document needs its annotation file")
        yield doc, read_json(path)


def export_record(doc: dict[str, Any], ann: dict[str, Any]) -> dict[str, Any]:
    return {"id": doc["id"], "text": doc["text"], "spans": flat_spans(ann),
            "relations": ann.get("relations", [])}


def export_jsonl(layout: Layout) -> str:
    return "".join(json.dumps(export_record(d, a), ensure_ascii=False) + "\n" for d, a in load_gold(layout))
