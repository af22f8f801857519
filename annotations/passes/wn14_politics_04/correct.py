"""Correction of the gold of wn14_politics_04 (what both passes got wrong alike, or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction, Ref  # noqa: E402

DOC = "wn14_politics_04"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W1: 'منظمة أوكسفام' -> ORG 'أوكسفام' (the class noun stays outside a name that stands on its own, "
                    "as 'منظمة اليونسكو'); the three ¶3 claims cued 'قالت' take the new ORG as claimant. W18: both "
                    "passes missed Johnson's hedged ¶2 clause 'قد نواجه أسوأ مجاعة في تاريخ البلاد', added as a "
                    "claim of kind quote, not check-worthy, claimant 'جونسون', cue 'قالت'. ('منظمة كير' stays whole "
                    "under W1: 'كير' alone names President Kiir in this article.)")
outer = c.item("entities", 3, "منظمة أوكسفام", label="ORG")
oxfam = c.ent(c.inside(outer, "أوكسفام"), "ORG")
moved = 0
for i, cl in enumerate(c.claims):
    if cl is not None and cl["claimant"] == outer:
        c.set(Ref("claims", i), claimant=oxfam)
        moved += 1
assert moved == 3, moved
c.drop(outer)

johnson = c.item("entities", 2, "جونسون", label="PERS")
c.claim(c.find(2, "قد نواجه أسوأ مجاعة في تاريخ البلاد"), claimant=johnson, kind="quote", check_worthy=False,
        cue=c.find(2, "قالت"))
c.write()
