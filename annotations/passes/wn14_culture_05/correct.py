"""Correction of the gold of wn14_culture_05 (what both passes got wrong alike or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction, Ref  # noqa: E402

DOC = "wn14_culture_05"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W17: unnamed sources are not claimants, nor is the group or organisation they belong to: "
                    "the claims of 'علماء آثار إسرائيليون' (¶0), 'مجموعة من علماء الآثار الإسرائيليين' (¶1) and "
                    "'خبراء آثاريون وعلماء من الجامعة العبرية' (¶1) are by author with their cues, not by the "
                    "NORP or the ORG. W18: hedged statements of a speaker are kind quote: 'يرجح أن يكون عاش بها' "
                    "(¶2, Garfinkel) and 'الموقع يحتمل أن يتبع ...' (¶2, the unnamed others). W2: 'الموقع' (¶1, "
                    "¶2 three times, ¶3) is the site named in the article, Khirbet Qeiyafa (LOC), an entity each time.")
# W17
unnamed = [c.item("entities", 0, "إسرائيليون", label="NORP"), c.item("entities", 1, "الإسرائيليين", label="NORP"),
           c.item("entities", 1, "الجامعة العبرية", label="ORG")]
moved = 0
for i, cl in enumerate(c.claims):
    if cl is not None and cl["claimant"] in unnamed:
        assert cl["cue"] is not None
        c.set(Ref("claims", i), claimant="author")
        moved += 1
assert moved == 4, moved
# W18
for first, last in (("يرجح أن يكون", "بها شخصيا"), ("الموقع يحتمل", "بيت المقدس بفلسطين")):
    ref = c.item_at("claims", c.between(2, first, last))
    assert c.claims[ref.index]["kind"] == "state" and c.claims[ref.index]["check_worthy"] is False
    c.set(ref, kind="quote")
# W2
for par, ctx in ((1, "أما عن الموقع"), (2, "عثر في الموقع"), (2, "من أن الموقع"), (2, "وأن الموقع"),
                 (3, "التنقيب بالموقع")):
    c.ent(c.inside(c.find(par, ctx), "الموقع"), "LOC")
assert c.text.count("الموقع") == 5
c.write()
