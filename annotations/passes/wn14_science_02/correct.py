"""Correction of the gold of wn14_science_02 (what both passes got wrong alike, or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_science_02"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="Paragraphs from 0 (the title). W20 (seed 'المصنفة \"إرهابية\"', sports_05 d5): the ¶1 "
                    "descriptive clause is 'الواقع في برج العقرب', the antecedent star outside. §4 fields "
                    "(economy_06 d3): the leading 'لكنها' stays outside '... أصغر من نبتون' (¶1). W25: 'الآن' (¶2) is "
                    "TIME, not DATE. W18: the scientists' hedged 'ربما تكون الظروف مواتية لتطور الحياة' (¶2) is a "
                    "claim of kind quote, not check-worthy, claimant author with the cue 'قال' (W17); both passes "
                    "missed it.")
# W20
desc = c.item_at("claims", c.between(1, "النجم \"كليزه 667 C\"", "العقرب", nth_first=1))
a = c.find(1, "الواقع في برج العقرب")
c.set(desc, start=a.start, end=a.end, text=c.text[a.start:a.end])
# §4 fields: no leading conjunction
but = c.item("claims", 1, "لكنها أصغر من نبتون")
a = c.find(1, "أصغر من نبتون")
c.set(but, start=a.start, end=a.end, text=c.text[a.start:a.end])
# W25
c.set(c.item("entities", 2, "الآن", label="DATE"), label="TIME")
# W18
c.claim(c.find(2, "ربما تكون الظروف مواتية لتطور الحياة"), claimant="author", kind="quote", check_worthy=False,
        cue=c.inside(c.find(2, "وقال العلماء"), "قال"))
c.write()
