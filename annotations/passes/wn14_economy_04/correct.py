"""Correction of the gold of wn14_economy_04 (what both passes missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_economy_04"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W2: 'البلاد' in 'الإصلاحات في البلاد' (¶1) refers to Brazil, named in the same sentence: "
                    "an anaphoric definite description of an identified country, GPE.")
c.ent(c.inside(c.find(1, "الإصلاحات في البلاد"), "البلاد"), "GPE")
c.write()
