"""Correction of the gold of wn14_economy_02 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_economy_02"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W17: 'نفت مصادر أوروبية' (¶1) is an unnamed source, not a claimant: the denied proposition "
                    "(W19) has claimant author with the cue 'نفت' (the NORP 'أوروبية' stays an entity). W1: "
                    "'وكالة فرانس برس' (¶4) -> ORG 'فرانس برس' only, as 'وكالة رويترز' -> 'رويترز'; the outer "
                    "ORG is dropped (it is no claimant).")

# ¶1: the unnamed European sources' denial is the author's, with the cue
denial = c.item("claims", 1, "وجود جدول زمني لتطبيق هذا الإجراء")
d = c.claims[denial.index]
assert c.covered(d["claimant"]) == "أوروبية" and d["cue"]["text"] == "نفت", d
c.set(denial, claimant="author")

# ¶4: the designator noun stays outside (W1)
c.drop(c.item("entities", 4, "وكالة فرانس برس", label="ORG"))
c.item("entities", 4, "فرانس برس", label="ORG")  # the inner ORG is kept
c.write()
