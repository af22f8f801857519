"""Correction of the gold of wn14_culture_04 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_culture_04"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W20: a relative clause's claim is the clause after 'الذي/التي' (its verb phrase): the FAO "
                    "statistic (¶4) is 'لا يهدرون سوى 30% - 50% ...', without the antecedent 'مواطني الولايات "
                    "المتحدة الذين' that both passes included.")
old = c.item_at("claims", c.between(4, "مواطني الولايات المتحدة", "الأطعمة التي يشترونها"))
assert c.claims[old.index]["kind"] == "statistic"
new = c.between(4, "لا يهدرون", "الأطعمة التي يشترونها")
c.set(old, start=new.start, end=new.end, text=c.text[new.start:new.end])
c.write()
