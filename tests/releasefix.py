"""A small synthetic project for the release tests (never part of the corpus).

Six paragraphs, each with entities, a number and a claim, so that a paragraph split gives every
split of every config rows; offsets are computed with str.index, never counted.
"""
from __future__ import annotations

from pathlib import Path

from khabar.corpus.documents import make_document
from khabar.corpus.layout import Layout
from khabar.io import write_json

# Synthetic sentences for tests only.
PARAGRAPHS = [
    ("قال المرصد إن 412 قتيلا سقطوا في حلب، بينهم 61 مدنيا.", "قال", "المرصد", "ORG", "حلب"),
    ("وأعلنت الأمم المتحدة أن 70 أسرة نزحت من إدلب.", "أعلنت", "الأمم المتحدة", "ORG", "إدلب"),
    ("وذكرت وزارة الصحة السورية أن 30 جريحا يعالجون بدمشق.", "ذكرت", "وزارة الصحة السورية", "ORG", "دمشق"),
    ("وقال الطبيب سامر خليل إن 12 مبنى انهار في حماة.", "قال", "سامر خليل", "PERS", "حماة"),
    ("وأفاد الهلال الأحمر أن 5 قوافل دخلت إلى درعا.", "أفاد", "الهلال الأحمر", "ORG", "درعا"),
    ("وأكدت اليونيسف أن 9 مدارس أغلقت في حمص.", "أكدت", "اليونيسف", "ORG", "حمص"),
]
RAW = "12/2/2024 9:50:00 AM\n" + "\n".join(p[0] for p in PARAGRAPHS) + "\n"


def _span(text: str, sub: str, after: int = 0) -> dict:
    s = text.index(sub, after)
    return {"start": s, "end": s + len(sub), "text": sub}


def gold(doc: dict) -> dict:
    text = doc["text"]
    ents, nums, claims = [], [], []
    for k, (par, cue, who, who_label, city) in enumerate(PARAGRAPHS):
        base = doc["paragraphs"][k]["start"]
        claimant = {"id": f"e{len(ents) + 1}", **_span(text, who, base), "label": who_label}
        ents.append(claimant)
        if who == "وزارة الصحة السورية":  # a nested entity
            ents.append({"id": f"e{len(ents) + 1}", **_span(text, "السورية", base), "label": "NORP"})
        if who == "سامر خليل":  # an occupation around a person
            ents.append({"id": f"e{len(ents) + 1}", **_span(text, "الطبيب سامر خليل", base), "label": "OCC"})
        ents.append({"id": f"e{len(ents) + 1}", **_span(text, city, base), "label": "GPE"})
        digits = next(w for w in par.split() if w.isdigit())
        num = _span(text, digits, base)
        counted_word = par.split()[par.split().index(digits) + 1]
        nid = f"n{len(nums) + 1}"
        nums.append({"id": nid, **num, "value": int(digits), "kind": "cardinal", "qualifier": "exact",
                     "qualifier_span": None, "counted": _span(text, counted_word, num["end"])})
        listed = [nid]
        if k == 0:
            nums.append({"id": "n2", **_span(text, "61", base), "value": 61, "kind": "cardinal",
                         "qualifier": "exact", "qualifier_span": None, "counted": _span(text, "مدنيا", base)})
            listed.append("n2")
        end = base + len(par) - 1  # the claim runs to the final full stop, excluded
        claims.append({"id": f"c{len(claims) + 1}", "start": num["start"], "end": end,
                       "text": text[num["start"]:end], "claimant": claimant["id"],
                       "cue": _span(text, cue, base), "kind": "statistic", "check_worthy": True,
                       "numbers": listed})
    return {"schema_version": "1.0.0", "document_id": doc["id"], "text_sha256": doc["text_sha256"],
            "entities": ents, "numbers": nums, "claims": claims,
            "relations": [{"id": "r1", "type": "includes", "total": "n1", "parts": ["n2"]}]}


def make_project(root: Path, doc_id: str = "doc1", raw: str = RAW) -> Layout:
    """A project folder with one synthetic document, its gold, the schemas and a datasheet."""
    from khabar.model.schemas import SCHEMAS, schema_path

    layout = Layout(root)
    layout.raw_dir.mkdir(parents=True, exist_ok=True)
    layout.raw(doc_id).write_text(raw, encoding="utf-8")
    doc = make_document(raw, doc_id, f"corpus/raw/{doc_id}.txt", agency="AFP")
    write_json(layout.document(doc_id), doc)
    write_json(layout.annotation(doc_id), gold(doc))
    for name, build in SCHEMAS.items():
        write_json(schema_path(root, name), build())
    (root / "DATASHEET.md").write_text("# Datasheet (test)\n", encoding="utf-8")
    return layout
