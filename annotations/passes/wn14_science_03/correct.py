"""Correction of the gold of wn14_science_03 (what both passes got wrong alike, or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_science_03"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="Paragraphs from 0 (the title). W25: 'الآن' is TIME, not DATE (¶2 twice, ¶3). W20 (seed "
                    "'المصنفة \"إرهابية\"', sports_05 d5): the relative clauses are their verb phrases, "
                    "'يعتبر حسب بعض التعاريف ...' without 'الذي' (¶4) and 'جاء جزء منها ...' without the antecedent "
                    "'قياسات' (¶3). §4 decision 0 (seed D5, sports_02 d3): 'قضت المركبة نحو عام ...' (¶1) has its "
                    "own predicate and is a checkable fact: a nested state claim by "
                    "the author inside the agreed 'جاء هذا الإعلان بعد أن ...', 'بعد أن' outside.")
# W25
for par, ctx in ((2, "حتى الآن"), (2, "من الآن"), (3, "إلا الآن")):
    c.set(c.item_at("entities", c.inside(c.find(par, ctx), "الآن"), label="DATE"), label="TIME")
# W20
rel = c.item_at("claims", c.between(4, "الذي يعتبر حسب", "حدود المجموعة الشمسية"))
a = c.between(4, "يعتبر حسب", "حدود المجموعة الشمسية")
c.set(rel, start=a.start, end=a.end, text=c.text[a.start:a.end])
rel = c.item("claims", 3, "قياسات جاء جزء منها عن طريق الصدفة")
a = c.find(3, "جاء جزء منها عن طريق الصدفة")
c.set(rel, start=a.start, end=a.end, text=c.text[a.start:a.end])
# §4 decision 0
c.item_at("claims", c.between(1, "جاء هذا الإعلان", "خارج المجموعة الشمسية"))   # the outer claim is there
c.claim(c.between(1, "قضت المركبة نحو عام", "خارج المجموعة الشمسية"), claimant="author", kind="state",
        check_worthy=True)
c.write()
