#!/usr/bin/env python3
"""Adjudicate passes A and B of 000_3e7c9696a8bc251b into the gold file.

Every decision is recorded in annotations/GUIDELINES.md (section "Adjudication"). The gold is
pass B (the pass that agreed with the adjudicator on more disagreements) with the edits below;
ids are renumbered in text order. Refuses to overwrite an existing non-empty gold file unless
--force is given.

    python annotations/passes/000_3e7c9696a8bc251b/adjudicate.py [--force]
"""
from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DOC_ID = HERE.name


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def find(text: str, surface: str, after: str | None = None) -> tuple[int, int]:
    """Offsets of `surface` (first occurrence after `after`, if given); must be unique."""
    base = text.index(after) if after else 0
    start = text.index(surface, base)
    if after is None:
        assert text.count(surface) == 1, surface
    return start, start + len(surface)


def main(argv: list[str]) -> int:
    doc = load(ROOT / "corpus" / "documents" / f"{DOC_ID}.json")
    text = doc["text"]
    a, b = load(HERE / "A.json"), load(HERE / "B.json")
    gold = copy.deepcopy(b)
    ent_key_b = {e["id"]: (e["start"], e["end"], e["label"]) for e in b["entities"]}
    num_key_b = {n["id"]: (n["start"], n["end"]) for n in b["numbers"]}

    # D1: "للإدارة الذاتية الكردية" is annotated (as in A), starting after the contracted "لل".
    s, e = find(text, "إدارة الذاتية الكردية")
    [org] = [x for x in a["entities"] if (x["start"], x["end"], x["label"]) == (s, e, "ORG")]
    gold["entities"].append(dict(org))

    # D2: paragraph 4's quote is one claim, as in A: its exception qualifies the control claim,
    # which would be false without it. B's inner "باتت تسيطر على مدينة حلب بالكامل" is dropped.
    inner = find(text, "باتت تسيطر على مدينة حلب بالكامل")
    gold["claims"] = [c for c in gold["claims"] if (c["start"], c["end"]) != inner]
    outer = find(text, "باتت تسيطر على مدينة حلب بالكامل، باستثناء الأحياء الخاضعة لسيطرة القوات الكردية")
    [claim] = [c for c in a["claims"] if (c["start"], c["end"]) == outer]
    claim = dict(claim)
    ent_key_a = {x["id"]: (x["start"], x["end"], x["label"]) for x in a["entities"]}
    claim["claimant"] = ent_key_a.get(claim["claimant"], "author")
    gold["claims"].append(claim)

    # D3: both passes missed the UN designation (they read §0's quotation-mark rule as applying to
    # claims). Claim spans may contain inner quotation marks.
    s, e = find(text, 'المصنفة "إرهابية" من الأمم المتحدة')
    gold["claims"].append({
        "id": "c0", "start": s, "end": e, "text": text[s:e], "claimant": "author", "cue": None,
        "kind": "state", "check_worthy": True, "numbers": [],
    })

    # D4: with inner quotation marks allowed (D3), paragraph 5's claim takes its whole clause,
    # including the year the quote leaves outside: "أصبحت المدينة "..." عام 2011".
    quoted = find(text, "للمرة الأولى خارج سيطرة قوات النظام منذ اندلاع النزاع")
    s, e = find(text, 'أصبحت المدينة "للمرة الأولى خارج سيطرة قوات النظام منذ اندلاع النزاع" عام 2011')
    [claim] = [c for c in gold["claims"] if (c["start"], c["end"]) == quoted]
    year = [n["id"] for n in b["numbers"] if s <= n["start"] and n["end"] <= e]
    claim.update(start=s, end=e, text=text[s:e], numbers=year)

    # Renumber in text order (start, longer first) and remap references.
    def order(items: list[dict]) -> list[dict]:
        return sorted(items, key=lambda x: (x["start"], -x["end"], x.get("label", "")))

    for c in gold["claims"]:
        if c["claimant"] != "author" and not isinstance(c["claimant"], tuple):
            c["claimant"] = ent_key_b[c["claimant"]]
        c["numbers"] = [num_key_b[n] for n in c["numbers"]]
    for r in gold["relations"]:
        r["total"] = num_key_b[r["total"]]
        r["parts"] = [num_key_b[p] for p in r["parts"]]

    gold["entities"] = order(gold["entities"])
    gold["numbers"] = order(gold["numbers"])
    gold["claims"] = order(gold["claims"])
    ent_id = {}
    for i, x in enumerate(gold["entities"], 1):
        x["id"] = f"e{i}"
        ent_id[(x["start"], x["end"], x["label"])] = x["id"]
    num_id = {}
    for i, x in enumerate(gold["numbers"], 1):
        x["id"] = f"n{i}"
        num_id[(x["start"], x["end"])] = x["id"]
    for i, c in enumerate(gold["claims"], 1):
        c["id"] = f"c{i}"
        c["claimant"] = "author" if c["claimant"] == "author" else ent_id[tuple(c["claimant"])]
        c["numbers"] = sorted((num_id[tuple(k)] for k in c["numbers"]), key=lambda n: int(n[1:]))
    for r in gold["relations"]:
        r["total"] = num_id[r["total"]]
        r["parts"] = [num_id[p] for p in r["parts"]]
    gold["relations"] = sorted(gold["relations"], key=lambda r: (int(r["total"][1:]), r["type"]))
    for i, r in enumerate(gold["relations"], 1):
        r["id"] = f"r{i}"
    # Key order as in the schema.
    gold["entities"] = [{k: x[k] for k in ("id", "start", "end", "text", "label")} for x in gold["entities"]]
    gold["claims"] = [{k: c[k] for k in ("id", "start", "end", "text", "claimant", "cue", "kind",
                                         "check_worthy", "numbers")} for c in gold["claims"]]
    gold["relations"] = [{k: r[k] for k in ("id", "type", "total", "parts")} for r in gold["relations"]]

    out = ROOT / "annotations" / f"{DOC_ID}.json"
    if out.exists() and any(load(out).get(k) for k in ("entities", "numbers", "claims")) and "--force" not in argv:
        print(f"{out}: gold exists and is not empty; pass --force to overwrite", file=sys.stderr)
        return 1
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(out)
    print(f"wrote {out.relative_to(ROOT)}: {len(gold['entities'])} entities, {len(gold['numbers'])} numbers, "
          f"{len(gold['claims'])} claims, {len(gold['relations'])} relations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
