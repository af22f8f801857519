"""Correction of the gold of wn14_health_04 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_health_04"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W1: the class noun 'إذاعة' stays outside the ORG when the name stands on its own "
                    "('قناة نسمة' -> 'نسمة'): ¶2 'إذاعة صوت إسرائيل' -> ORG 'صوت إسرائيل' (GPE 'إسرائيل' "
                    "still nested; it stays the claimant of the two claims it sources).")
org = c.item("entities", 2, "إذاعة صوت إسرائيل", label="ORG")
new = c.find(2, "صوت إسرائيل")
c.set(org, start=new.start, end=new.end, text=c.text[new.start:new.end])
c.write()
