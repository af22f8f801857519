"""Counts per layer and per label, per document and in total (`khabar stats`)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from khabar.model.labels import CLAIM_KINDS, ENTITY_LABELS, LABEL_FIELD, NUMBER_KINDS

LAYER_LABELS = {"entities": ENTITY_LABELS, "numbers": NUMBER_KINDS, "claims": CLAIM_KINDS}


def count(ann: dict[str, Any]) -> Counter:
    """Keys: (layer, None) for the layer total, (layer, label) per label, ('relations', None)."""
    c: Counter = Counter()
    for layer, field in LABEL_FIELD.items():
        items = ann.get(layer, [])
        if items:  # counted at C speed (the build counts every released document)
            c[(layer, None)] = len(items)
            c.update((layer, item[field]) for item in items)
    c[("relations", None)] = len(ann.get("relations", []))
    c[("claims", "check_worthy")] = sum(1 for x in ann.get("claims", []) if x.get("check_worthy"))
    return c


def corpus_counts(pairs: Iterable[tuple[dict, dict]]) -> dict[str, Counter]:
    """Counts per document id, plus the key 'total'."""
    out: dict[str, Counter] = {}
    total: Counter = Counter()
    for doc, ann in pairs:
        out[doc["id"]] = count(ann)
        total.update(out[doc["id"]])
    out["total"] = total
    return out


def markdown(counts: dict[str, Counter]) -> str:
    """Two Markdown tables: layers per document, then labels per document."""
    docs = [k for k in counts if k != "total"]
    cols = [*docs, "total"]
    lines = ["| document | entities | numbers | claims (check-worthy) | relations |",
             "|---|---:|---:|---:|---:|"]
    for key in cols:
        c = counts[key]
        lines.append(f"| {'**total**' if key == 'total' else '`' + key + '`'} | {c[('entities', None)]} | "
                     f"{c[('numbers', None)]} | {c[('claims', None)]} ({c[('claims', 'check_worthy')]}) | "
                     f"{c[('relations', None)]} |")
    lines += ["", "| layer | label | " + " | ".join(f"`{c}`" if c != "total" else "total" for c in cols) + " |",
              "|---|---|" + "---:|" * len(cols)]
    for layer, labels in LAYER_LABELS.items():
        for label in labels:
            row = [counts[c][(layer, label)] for c in cols]
            if any(row):
                lines.append(f"| {layer} | {label} | " + " | ".join(map(str, row)) + " |")
    return "\n".join(lines) + "\n"


def stats_markdown(layout) -> str:
    """The tables of the documents that hold annotation, and a line counting those that do not
    yet (status empty or suggested), so that 70 unannotated articles are one line, not 70 rows."""
    from khabar.corpus.gold import has_spans, status_of
    from khabar.io import read_json

    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    waiting: Counter[str] = Counter()
    for doc_id in layout.document_ids():
        ann = read_json(layout.annotation(doc_id))
        if isinstance(ann, dict) and has_spans(ann) and status_of(ann) in ("annotated", "adjudicated"):
            pairs.append(({"id": doc_id}, ann))
        else:
            waiting[status_of(ann) if isinstance(ann, dict) else "unreadable"] += 1
    text = markdown(corpus_counts(pairs))
    if waiting:
        text += ("\nNot yet annotated (not counted above): " +
                 ", ".join(f"{n} document(s) with status {s}" for s, n in sorted(waiting.items())) + ".\n")
    return text

