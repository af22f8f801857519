"""Correction of the gold of wn14_art_08 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_art_08"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W6: an age is a DATE with no CARDINAL inside: ¶4 'في الثلاثين من عمره' -> DATE "
                    "'الثلاثين' (the number 30 stays). W18 (as sports_02 d6): the author's own 'بدا أن' "
                    "(¶2 'بدا أن المعالجة كانت ناجحة') is a hedge, not a claim. W18 (as politics_10 d2): ¶3 "
                    "'كان يخشى أن سببها ...' reports an unattributed fear, a speculation like 'ما أشيع', not "
                    "a claim.")
age = c.item("entities", 4, "الثلاثين", label="CARDINAL")
c.set(age, label="DATE")
c.drop(c.item("claims", 2, "بدا أن المعالجة كانت ناجحة"))
c.drop(c.item_at("claims", c.between(3, "كان يخشى أن", "بذات الرئة")))
c.write()
