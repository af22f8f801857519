"""Correction of the gold of wn14_economy_07 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction, Ref  # noqa: E402

DOC = "wn14_economy_07"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W1: 'وكالة رويترز' -> ORG 'رويترز' only (the guideline's own example); the outer ORG is "
                    "dropped and the claim it was claimant of (¶4, cue 'نشرت') takes the ORG 'رويترز'. W18: "
                    "'تشك الولايات المتحدة أنه يهدف ...' (¶5) is a speaker's hedged statement: kind quote, not "
                    "check-worthy.")
outer = c.item("entities", 4, "وكالة رويترز", label="ORG")
reuters = c.item_at("entities", c.inside(outer, "رويترز"), label="ORG")
n = 0
for i, cl in enumerate(c.claims):
    if cl is not None and cl["claimant"] == outer:
        c.set(Ref("claims", i), claimant=reuters)
        n += 1
assert n == 1, n
c.drop(outer)
suspect = c.item("claims", 5, "يهدف إلى إنتاج أسلحة نووية")
assert c.claims[suspect.index]["cue"]["text"] == "تشك"
c.set(suspect, kind="quote", check_worthy=False)
c.write()
