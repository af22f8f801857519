#!/usr/bin/env python3
"""Leave-one-out evaluation of `khabar suggest`: each releasable document is suggested by models
trained without it and scored against its gold, per layer; prints the README table.

    PYTHONPATH=src python scripts/suggest_eval.py [--root DIR] [--json FILE] [--jobs N]
    PYTHONPATH=src python scripts/suggest_eval.py --from docs/suggest-eval.json   # the table only

Entities: strict F1 (span and type identical) and partial F1 (same type, spans overlap; pairs
one-to-one, greedily by overlap). Numbers: span F1 (identical offsets) and value accuracy on the
spans both have. Claims: overlap F1 (one-to-one pairs with character Jaccard >= 0.5, as
`khabar agreement`) and claimant accuracy on those pairs (same entity span, or both `author`).

The seed article is scored on a row of its own, apart from the Arabic Wikinews articles: the
number and claim rules were written while reading it, so its figures are in-sample. The pooled
row counts every document. Models come from `khabar suggest`'s cache (one per left-out
document, trained once: `khabar.annotate.models`).

Each document's counts are kept with the key of the model that suggested it (the hash of what
it learned from, the feature and crfsuite versions) in docs/suggest-eval.json, which
`scripts/refresh.py` rewrites with the table. A left-out model costs about ten seconds to train,
so the test suite does not retrain all of them: it checks that every stored key is the key the
corpus gives today, and recomputes a few documents end to end against their stored counts.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

from khabar.annotate.agreement import Tally
from khabar.annotate.models import corpus_gold, entity_model, training_set
from khabar.annotate.suggest import suggest
from khabar.corpus.documents import load_document
from khabar.corpus.gold import select
from khabar.corpus.layout import Layout, find_root
from khabar.io import read_json

# The adjudicated seed article: the number and claim rules were written from it.
SEED = "000_3e7c9696a8bc251b"
# Row name -> what it holds. Documents of a third-party source are grouped by its name.
GROUPS = {"seed": f"seed ({SEED}; the rules were written from it)",
          "arwikinews": "Arabic Wikinews (wn14_*)",
          "other": "other articles",
          "pooled": "pooled"}


def group_of(doc: dict) -> str:
    if doc["id"] == SEED:
        return "seed"
    src = doc.get("source")
    name = src.get("name") if isinstance(src, dict) else None
    return name if name in GROUPS else "other"


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


def figures(tally: Tally, partial: Counter) -> dict:
    c = tally.counts

    def f1(m, a, b):
        return {"f1": round(2 * m / (a + b), 3) if a + b else None, "matched": m, "gold": a, "predicted": b}

    def acc(k, n):
        return {"accuracy": round(k / n, 3) if n else None, "correct": k, "of": n}

    return {
        "entities_strict": f1(c["ent_m"], c["ent_x"], c["ent_y"]),
        "entities_partial": f1(partial["m"], partial["g"], partial["p"]),
        "numbers_span": f1(c["num_m"], c["num_x"], c["num_y"]),
        "numbers_value": acc(c["num_value"], c["num_m"]),
        "claims_overlap": f1(c["clo_m"], c["cl_x"], c["cl_y"]),
        "claims_claimant": acc(c["cl_claimant"], c["clo_m"]),
    }


def score_document(layout: Layout, doc_id: str, base, cache: Path | None = None) -> dict:
    """One document suggested by the model trained without it, and its counts against its gold."""
    t0 = time.perf_counter()
    tset = base.without([doc_id])
    model = entity_model(layout, tset, cache)
    pred = suggest(layout, doc_id, model)
    doc = load_document(layout, doc_id)
    ann = read_json(layout.annotation(doc_id))  # offsets are compared, not texts
    tally = Tally()
    tally.add(doc["text"], ann, pred)
    partial = {"m": partial_matches(ann["entities"], pred["entities"]), "g": len(ann["entities"]),
               "p": len(pred["entities"])}
    return {"id": doc_id, "group": group_of(read_json(layout.document(doc_id))), "model": tset.key,
            "counts": dict(sorted(tally.counts.items())), "partial": partial,
            "trained_on": len(model.trained_on.get("corpus_documents", [])),
            "seconds": round(time.perf_counter() - t0, 1)}


def _score(args: tuple) -> dict:
    root, doc_id, cache = args
    layout = Layout(Path(root))
    return score_document(layout, doc_id, training_set(layout, gold=corpus_gold(layout)), cache)


def evaluate(layout: Layout, cache: Path | None = None, jobs: int = 1) -> dict:
    """Every releasable document scored by its left-out model (in `jobs` processes), then the
    figures per group and pooled."""
    ids = list(select(layout).released)
    tasks = [(str(layout.root), d, cache) for d in ids]
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs) as pool:
            docs = list(pool.map(_score, tasks))
    else:
        docs = [_score(t) for t in tasks]
    return summarize(layout, docs)


def summarize(layout: Layout, docs: list[dict]) -> dict:
    """The figures per group and pooled, from each document's stored counts."""
    tallies = {g: (Tally(), Counter()) for g in GROUPS}
    members: dict[str, list[str]] = {g: [] for g in GROUPS}
    for d in docs:
        for g in (d["group"], "pooled"):
            members[g].append(d["id"])
            tallies[g][0].counts.update(d["counts"])
            tallies[g][1].update(d["partial"])
    # The records say where each document comes from: no text needed, so none is rehydrated.
    in_corpus = Counter(group_of(read_json(layout.document(d))) for d in layout.document_ids())
    groups = {g: {"documents": members[g], "in_corpus": in_corpus[g] if g != "pooled" else len(layout.document_ids()),
                  **(figures(*tallies[g]) if members[g] else {})}
              for g in GROUPS}
    return {"documents": docs, "groups": groups}


def stored_keys_now(layout: Layout, ids: list[str]) -> dict[str, str]:
    """The model key each document's left-out model has for today's corpus and code."""
    base = training_set(layout, gold=corpus_gold(layout))
    return {d: base.without([d]).key for d in ids}


def markdown(res: dict) -> str:
    def f(x):
        return "n/a" if x["f1"] is None else f"{x['f1']:.3f} ({x['matched']}/{x['gold']}/{x['predicted']})"

    def a(x):
        return f"{x['accuracy']:.3f} ({x['correct']}/{x['of']})" if x["of"] else "n/a"

    cols = [("entities: strict F1", "entities_strict", f), ("entities: partial F1", "entities_partial", f),
            ("numbers: span F1", "numbers_span", f), ("numbers: value accuracy", "numbers_value", a),
            ("claims: overlap F1", "claims_overlap", f), ("claims: claimant accuracy", "claims_claimant", a)]
    lines = ["| documents (leave-one-out) | " + " | ".join(c[0] for c in cols) + " |",
             "|---" * (len(cols) + 1) + "|"]
    for g, name in GROUPS.items():
        row = res["groups"][g]
        n = len(row["documents"])
        if g == "other" and not n:
            continue
        if not n:
            lines.append(f"| {name}: no annotated document yet ({row['in_corpus']} in the corpus) |"
                         + " |" * len(cols))
            continue
        lines.append(f"| {name}: {n} document(s) | " + " | ".join(fmt(row[k]) for _, k, fmt in cols) + " |")
    note = ("F1 cells read F1 (matched/gold/suggested); accuracy cells, accuracy (correct/compared), "
            "compared over the matched spans (numbers) or the overlapping claim pairs (claimant).")
    return "\n".join(lines) + "\n\n" + note + "\n"


STORE = Path("docs") / "suggest-eval.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", help="project folder (default: the nearest one)")
    ap.add_argument("--json", help=f"also write the figures as JSON to this file (refresh.py: {STORE})")
    ap.add_argument("--from", dest="stored", help="print the table of stored figures, without scoring")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: every core)")
    args = ap.parse_args(argv)
    layout = Layout(Path(args.root) if args.root else find_root())
    if args.stored:
        res = summarize(layout, read_json(Path(args.stored))["documents"])
    else:
        res = evaluate(layout, jobs=max(1, args.jobs))
    if args.json:
        from khabar.io import atomic_write_text

        slim = [{k: v for k, v in d.items() if k != "seconds"} for d in res["documents"]]
        atomic_write_text(Path(args.json), json.dumps({"documents": slim}, ensure_ascii=False, indent=1) + "\n")
    sys.stdout.write(markdown(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
