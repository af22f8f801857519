#!/usr/bin/env python3
"""Corrections to the gold of wn14_science_08 after `khabar adjudicate --apply` (GUIDELINES §5):
what both passes got wrong alike or missed. Run once, after --apply."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_science_08"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W20: the relative-clause claim is the clause itself, 'تتعرض لها بعض المواقع الإسرائيلية', "
                    "without its head noun 'هجمات' (taken from pass B, d10); §4 claimant: the statistics nested in "
                    "the list of targeted sites (pass A, d5, d7) take the list's claimant 'الحياة' (d4).")

# ¶3: the relative clause of Saidam's quotation starts at its verb
cl = c.item_at("claims", c.between(3, "هجمات تتعرض لها", "المواقع الإسرائيلية"))
c.set(cl, start=c.find(3, "تتعرض لها بعض").start)

# ¶2: the nested statistics keep the claimant of the list they are part of (d4: the nearest source)
hayat = c.item("entities", 2, "الحياة", label="ORG")
for first, last in (("عشرات المواقع الأخرى", "للتواصل الاجتماعي"), ("آلاف الحسابات المصرفية", "الحسابات المصرفية")):
    c.set(c.item_at("claims", c.between(2, first, last)), claimant=hayat)

c.write()
