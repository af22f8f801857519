"""Correction of the gold of wn14_health_03 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_health_03"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W20: the claim of the relative clause on the experimental group (¶2) is the verb phrase "
                    "after 'التي' ('تلقت ثلاثة أقراص ... والمنومات'), without the antecedent 'إحداهما المجموعة "
                    "التجريبية التي' that both passes included.")
old = c.item_at("claims", c.between(2, "إحداهما المجموعة التجريبية", "الكحول والمنومات"))
assert c.claims[old.index]["kind"] == "event"
new = c.between(2, "تلقت ثلاثة أقراص", "الكحول والمنومات")
c.set(old, start=new.start, end=new.end, text=c.text[new.start:new.end])
c.write()
