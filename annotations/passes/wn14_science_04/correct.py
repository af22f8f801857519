"""Correction of the gold of wn14_science_04 (what both passes got wrong alike, or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_science_04"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="Paragraphs from 0 (the title). W27: space stations are PRODUCT: 'المحطة الفضائية الدولية' "
                    "(¶1, ¶2) and its anaphoric 'المحطة' (¶1, ¶3, W2) were FAC in both passes. §4 decision 0 with "
                    "W20 (d3 decided neither): the robot's weight and length are two statistic claims by the author, "
                    "their verb phrases 'يزن حوالي كيلوغرام' and 'طوله حوالي 30 سم' without the antecedent "
                    "'روبوت يتكلم اليابانية'; no number for the lone 'كيلوغرام' (W15).")
# W27
n = 0
for i, e in enumerate(c.entities):
    if e is not None and e["label"] == "FAC" and e["text"] in ("المحطة الفضائية الدولية", "المحطة"):
        e["label"] = "PRODUCT"
        n += 1
assert n == 4, n
# §4 decision 0 / W20
c.claim(c.find(3, "يزن حوالي كيلوغرام"), claimant="author", kind="statistic", check_worthy=True)
c.claim(c.find(3, "طوله حوالي 30 سم"), claimant="author", kind="statistic", check_worthy=True)
c.write()
