"""Adjudicator's corrections of the gold of wn14_culture_07 (GUIDELINES §5): what both passes missed.
Run once, after `khabar adjudicate --apply`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

c = Correction("wn14_culture_07", agent="adjudicator (language-model agent)",
               note="W2: 'العاصمة' (Dhaka, named in ¶1) is a GPE each time and 'الحركة' (the named "
                    "movement حفظة الإسلام) an ORG nested in the OCC 'زعماء الحركة'; W20: the relative "
                    "clause 'يرمون عناصر الشرطة بالحجارة' is an event claim by its verb phrase (d8 neither)")
# W2: the capital, uniquely identified as Dhaka ("دكا عاصمة بنغلاديش", ¶1)
c.ent(c.find(1, "العاصمة", 0), "GPE")   # وسط العاصمة
c.ent(c.find(1, "العاصمة", 1), "GPE")   # داخل العاصمة
c.ent(c.find(2, "العاصمة", 0), "GPE")   # وسط العاصمة
c.ent(c.find(2, "العاصمة", 1), "GPE")   # بين العاصمة والمدن الأخرى
# W2: the movement named in ¶2, inside the OCC (§1 decision 1: inner mentions nested)
occ = c.item("entities", 2, "زعماء الحركة", label="OCC")
c.ent(c.inside(occ, "الحركة"), "ORG")
# W20: the relative clause of ¶4, its verb phrase
c.claim(c.find(4, "يرمون عناصر الشرطة بالحجارة"), claimant="author", kind="event", check_worthy=True)
c.write()
