"""Correction of the gold of wn14_health_01 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_health_01"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W25: 'الآن' (¶0 and ¶3, 'حتى الآن') is TIME, not DATE, as in Wojood; W6: the age of the "
                    "deceased, 'السابعة والثلاثين' (¶1, 'يبلغ السابعة والثلاثين من العمر'), is a DATE, not an "
                    "ORDINAL entity (the numbers layer keeps 37).")
for par in (0, 3):
    c.set(c.item("entities", par, "الآن", label="DATE"), label="TIME")
c.set(c.item("entities", 1, "السابعة والثلاثين", label="ORDINAL"), label="DATE")
c.write()
