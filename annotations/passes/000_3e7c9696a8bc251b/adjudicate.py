#!/usr/bin/env python3
"""Adjudicate passes A and B of 000_3e7c9696a8bc251b into the gold file (with khabar.annotate.adjudicate).

Every decision is recorded in annotations/GUIDELINES.md (section "Adjudication"): the decision
on each disagreement between the passes is in adjudication/disagreements.json (written by
`khabar adjudicate 000_3e7c9696a8bc251b --passes A B`, decisions filled in by the adjudicator);
D3 and D4, where both passes agreed and the adjudicator changed both, are the two edits below.
Refuses to overwrite an existing non-empty gold file unless --force is given.

    PYTHONPATH=src python annotations/passes/000_3e7c9696a8bc251b/adjudicate.py [--force]
"""
from __future__ import annotations

import sys
from pathlib import Path

from khabar.annotate.adjudicate import annotation_file, compare_passes, decided_layers, renumber
from khabar.corpus.gold import status_of
from khabar.io import read_json, write_json

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DOC_ID = HERE.name
DECISIONS = HERE / "adjudication" / "disagreements.json"


def find(text: str, surface: str) -> tuple[int, int]:
    """Offsets of `surface`, which must occur once."""
    assert text.count(surface) == 1, surface
    start = text.index(surface)
    return start, start + len(surface)


def main(argv: list[str]) -> int:
    doc = read_json(ROOT / "corpus" / "documents" / f"{DOC_ID}.json")
    text = doc["text"]
    a, b = read_json(HERE / "A.json"), read_json(HERE / "B.json")
    layers = decided_layers(compare_passes(doc, a, b), read_json(DECISIONS), str(DECISIONS))

    # D3: both passes missed the UN designation (they read §0's quotation-mark rule as applying to
    # claims). Claim spans may contain inner quotation marks.
    s, e = find(text, 'المصنفة "إرهابية" من الأمم المتحدة')
    layers["claims"].append({"id": "c0", "start": s, "end": e, "text": text[s:e], "claimant": "author",
                             "cue": None, "kind": "state", "check_worthy": True, "numbers": []})

    # D4: with inner quotation marks allowed (D3), paragraph 5's claim takes its whole clause,
    # including the year the quote leaves outside: "أصبحت المدينة "..." عام 2011".
    quoted = find(text, "للمرة الأولى خارج سيطرة قوات النظام منذ اندلاع النزاع")
    s, e = find(text, 'أصبحت المدينة "للمرة الأولى خارج سيطرة قوات النظام منذ اندلاع النزاع" عام 2011')
    [claim] = [c for c in layers["claims"] if (c["start"], c["end"]) == quoted]
    year = [(n["start"], n["end"]) for n in layers["numbers"] if s <= n["start"] and n["end"] <= e]
    claim.update(start=s, end=e, text=text[s:e], numbers=year)

    provenance = [
        {"step": "pass", "agent": "annotator A", "source": f"annotations/passes/{DOC_ID}/A.json",
         "note": "Independent pass under guidelines 1.0, built by make_A.py."},
        {"step": "pass", "agent": "annotator B", "source": f"annotations/passes/{DOC_ID}/B.json",
         "note": "Independent pass under guidelines 1.0, built by make_B.py."},
        {"step": "adjudication", "agent": "adjudicator",
         "source": f"annotations/passes/{DOC_ID}/adjudication/disagreements.json",
         "note": "Decisions D1-D13 of GUIDELINES.md §5, applied by adjudicate.py."},
    ]
    gold = annotation_file(doc, renumber(layers), "adjudicated", provenance)
    out = ROOT / "annotations" / f"{DOC_ID}.json"
    if out.exists() and status_of(read_json(out)) != "empty" and "--force" not in argv:
        print(f"{out}: gold exists and is not empty; pass --force to overwrite", file=sys.stderr)
        return 1
    write_json(out, gold)
    print(f"wrote {out.relative_to(ROOT)}: {len(gold['entities'])} entities, {len(gold['numbers'])} numbers, "
          f"{len(gold['claims'])} claims, {len(gold['relations'])} relations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
