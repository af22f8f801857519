"""Correction of the gold of wn14_economy_05 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_economy_05"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W33 by analogy (a rank's counted noun is the noun it ranks when written, else null), as d3 "
                    "and d6 gave 'العشرة الثالثة/الثانية' counted 'العشرة': the ordinal 'أول' of 'أول عشرة آلاف "
                    "ليرة' (¶2, ¶3) ranks the written bracket, so its counted span is 'عشرة آلاف' (the bracket's "
                    "amount as the numbers layer spans it, which 'العشرة' stands for), not null.")
for par in (2, 3):
    phrase = c.find(par, "أول عشرة آلاف ليرة")
    first = c.item_at("numbers", c.inside(phrase, "أول"))
    n = c.numbers[first.index]
    assert (n["value"], n["kind"], n["counted"]) == (1, "ordinal", None), n
    bracket = c.inside(phrase, "عشرة آلاف")
    c.item_at("numbers", bracket)  # the bracket's own money number, 10000
    c.set(first, counted=bracket)
c.write()
