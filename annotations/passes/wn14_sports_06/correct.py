"""Correction of the gold of wn14_sports_06 (what both passes got wrong alike or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_sports_06"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W1: in 'ملعب نادي اليوفنتوس' (¶1) the inner ORG is 'اليوفنتوس', the class noun 'نادي' "
                    "outside (a name on its own, as 'فريق إشبيلية' -> 'إشبيلية'). W2 (with decision 1): "
                    "'الفريق' in 'المدير الفني للفريق' (¶2) refers to Benfica, named just before: an ORG "
                    "nested in the OCC, its span after the contracted 'لل' (§0, as 'إدارة الذاتية الكردية').")
# W1: the inner ORG without the class noun
juve = c.item("entities", 1, "نادي اليوفنتوس", label="ORG")
a = c.find(1, "اليوفنتوس")
c.set(juve, start=a.start, end=a.end, text=c.text[a.start:a.end])
# W2: the anaphoric 'الفريق' (Benfica) inside the OCC
occ = c.item("entities", 2, "المدير الفني للفريق", label="OCC")
c.ent(c.inside(c.inside(occ, "للفريق"), "فريق"), "ORG")
c.write()
