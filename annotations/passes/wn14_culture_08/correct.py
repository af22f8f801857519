"""Adjudicator's corrections of the gold of wn14_culture_08 (GUIDELINES §5): what both passes got
wrong alike. Run once, after `khabar adjudicate --apply`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

c = Correction("wn14_culture_08", agent="adjudicator (language-model agent)",
               note="W9: the religious epithet 'النبي' before the name, or alone, and 'رسول الله' used "
                    "alone are not OCC (not annotated); W1: the designator 'وكالة' stays outside "
                    "'فرانس برس', so the outer ORG 'وكالة فرانس برس' is dropped; "
                    "W22: the appositive 'هو فقيه مغربي محسوب على التيار السلفي' gives a current role, "
                    "check-worthy")
c.drop(c.item("entities", 0, "النبي", label="OCC"))        # رسائل النبي محمد (title)
c.drop(c.item("entities", 1, "النبي", label="OCC"))        # رسائل النبي محمد
c.drop(c.item("entities", 6, "النبي", label="OCC"))        # لم أقل إن النبي إرهابي
c.drop(c.item("entities", 4, "رسول الله", label="OCC"))    # التعريض لرسول الله
c.drop(c.item("entities", 5, "وكالة فرانس برس", label="ORG"))
c.set(c.item("claims", 5, "هو فقيه مغربي محسوب على التيار السلفي"), check_worthy=True)
c.write()
