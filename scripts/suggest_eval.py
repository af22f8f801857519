#!/usr/bin/env python3
"""Leave-one-out evaluation of `khabar suggest`: each releasable document is suggested by models
trained without it and scored against its gold, per layer; prints the README table.

    PYTHONPATH=src python scripts/suggest_eval.py [--root DIR] [--json FILE]

Entities: strict F1 (span and type identical) and partial F1 (same type, spans overlap; pairs
one-to-one, greedily by overlap). Numbers: span F1 (identical offsets) and value accuracy on the
spans both have. Claims: overlap F1 (one-to-one pairs with character Jaccard >= 0.5, as
`khabar agreement`) and claimant accuracy on those pairs (same entity span, or both `author`).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from khabar.annotate.agreement import Tally
from khabar.annotate.suggest import suggest, train_entity_model
from khabar.corpus.gold import select
from khabar.corpus.layout import Layout, find_root
from khabar.io import read_json


def partial_matches(gold: list[dict], pred: list[dict]) -> int:
    """One-to-one pairs of the same type whose spans overlap, greedily by overlap length."""
    cands = sorted(((min(g["end"], p["end"]) - max(g["start"], p["start"]), i, j)
                    for i, g in enumerate(gold) for j, p in enumerate(pred)
                    if g["label"] == p["label"] and g["start"] < p["end"] and p["start"] < g["end"]),
                   key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p, n = set(), set(), 0
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i), used_p.add(j)
            n += 1
    return n


def evaluate(layout: Layout) -> dict:
    tally, partial, docs = Tally(), Counter(), []
    for doc_id in select(layout).released:
        t0 = time.perf_counter()
        model = train_entity_model(layout, exclude=[doc_id])
        pred = suggest(layout, doc_id, model)
        gold = read_json(layout.annotation(doc_id))
        text = read_json(layout.document(doc_id))["text"]
        tally.add(text, gold, pred)
        partial["m"] += partial_matches(gold["entities"], pred["entities"])
        partial["g"] += len(gold["entities"])
        partial["p"] += len(pred["entities"])
        docs.append({"id": doc_id, "trained_on": model.trained_on, "seconds": round(time.perf_counter() - t0, 1)})
    c = tally.counts

    def f1(m, a, b):
        return {"f1": round(2 * m / (a + b), 3) if a + b else None, "matched": m, "gold": a, "predicted": b}

    def acc(k, n):
        return {"accuracy": round(k / n, 3) if n else None, "correct": k, "of": n}

    return {
        "documents": docs,
        "entities_strict": f1(c["ent_m"], c["ent_x"], c["ent_y"]),
        "entities_partial": f1(partial["m"], partial["g"], partial["p"]),
        "numbers_span": f1(c["num_m"], c["num_x"], c["num_y"]),
        "numbers_value": acc(c["num_value"], c["num_m"]),
        "claims_overlap": f1(c["clo_m"], c["cl_x"], c["cl_y"]),
        "claims_claimant": acc(c["cl_claimant"], c["clo_m"]),
    }


def markdown(res: dict) -> str:
    def f(x):
        return f"{x['f1']:.3f} ({x['matched']} matched; gold {x['gold']}, suggested {x['predicted']})"

    def a(x):
        return f"{x['accuracy']:.3f} ({x['correct']}/{x['of']})" if x["of"] else "n/a"

    rows = [("entities: strict F1 (span and type)", f(res["entities_strict"])),
            ("entities: partial F1 (same type, overlapping)", f(res["entities_partial"])),
            ("numbers: span F1", f(res["numbers_span"])),
            ("numbers: value accuracy (same span)", a(res["numbers_value"])),
            ("claims: overlap F1 (Jaccard >= 0.5)", f(res["claims_overlap"])),
            ("claims: claimant accuracy (overlap pairs)", a(res["claims_claimant"]))]
    n = len(res["documents"])
    lines = [f"| layer: metric | leave-one-out over {n} document(s) |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", help="project folder (default: the nearest one)")
    ap.add_argument("--json", help="also write the figures as JSON to this file")
    args = ap.parse_args(argv)
    layout = Layout(Path(args.root) if args.root else find_root())
    res = evaluate(layout)
    if args.json:
        Path(args.json).write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(markdown(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
