"""Correction of the gold of wn14_sports_07 (what both passes missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction, Ref  # noqa: E402

DOC = "wn14_sports_07"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W2: anaphoric definite descriptions of an entity identified in the article are entities "
                    "each time: 'الموقع' (¶1, three times) is the site 'كورة' (WEBSITE, W1 'موقع كورة'), "
                    "and 'الفريق' in 'زميله في الفريق' is the club named 'نادي الكويت' (ORG). Claims §4 "
                    "(claimant = nearest mention of the source): the two claims cued by 'حسب ما أعلن' take "
                    "the mention 'الموقع' of 'أعلن الموقع' as claimant instead of 'كورة' of 'فريق عمل كورة'.")
sites = {w: c.ent(c.inside(c.find(1, w), "الموقع"), "WEBSITE")
         for w in ("فضل الموقع", "أعلن الموقع", "يقيمها الموقع")}
assert len(c.paragraph(1).split("الموقع")) == 4, "three occurrences of 'الموقع' in ¶1"
c.ent(c.inside(c.find(1, "زميله في الفريق"), "الفريق"), "ORG")
kooora = c.item("entities", 1, "كورة", nth=1, label="WEBSITE")   # the 'كورة' of 'فريق عمل كورة'
cue = c.find(1, "حسب ما أعلن")
moved = 0
for i, cl in enumerate(c.claims):
    if cl is not None and cl["claimant"] == kooora:
        assert (cl["cue"]["start"], cl["cue"]["end"]) == (cue.start, cue.end)
        c.set(Ref("claims", i), claimant=sites["أعلن الموقع"])
        moved += 1
assert moved == 2, moved
c.write()
