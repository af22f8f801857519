"""Correction of the gold of wn14_economy_03 (what both passes got wrong alike, or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Correction  # noqa: E402

DOC = "wn14_economy_03"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W25: 'الآن' is TIME, twice in ¶7 (d7 and d9 decided neither, the TIME listed for correction). "
                    "§4 decisions 1 and 3 (as d2): the relative clause 'فرضها عدد من الدول على سوريا' (¶4) lies "
                    "inside what the report states, so it has the FAO claimant and cue 'يعزو' of the clauses beside "
                    "it. W18: the report's hedged statements 'احتمال أن تبور ...' (¶2), 'وهذا يمكن أن يؤدي ...' (¶5) "
                    "and 'قد يؤدي إلى خسارة ...' (¶7) are claims of kind quote, not check-worthy. W31: the dual "
                    "designator 'شهري' of 'شهري مايو ويونيو' (¶9) is not a number. W2: 'البلاد' refers to Syria, "
                    "named in the article: GPE in ¶1, ¶2 and ¶9.")

# ¶7: "الآن" is TIME (W25), in "حتى الآن" and "الموارد الآن"
c.ent(c.inside(c.find(7, "حتى الآن"), "الآن"), "TIME")
c.ent(c.inside(c.find(7, "الموارد الآن"), "الآن"), "TIME")

# ¶4: the relative clause keeps the report's claimant and cue (§4 decisions 1, 3)
sanctions = c.item("claims", 4, "فرضها عدد من الدول على سوريا")
left = [x for x in c.claims if x is not None and x["cue"] is not None and x["cue"]["text"] == "يعزو"]
assert len(left) == 3 and len({x["claimant"] for x in left}) == 1, left
fao, cue = left[0]["claimant"], left[0]["cue"]
assert c.covered(fao) == "منظمة الأغذية والزراعة"
c.set(sanctions, claimant=fao, cue=At(cue["start"], cue["end"]))

# W18: the source's hedged statements are quotes, not check-worthy
for par, first, last in ((2, "احتمال أن تبور", "وتدمير مرافق التخزين"),
                         (5, "هذا يمكن أن يؤدي", "إلى الدول المجاورة لها"),
                         (7, "عدم توفر الموارد الآن", "موسم 2015 أيضا")):
    ref = c.item_at("claims", c.between(par, first, last))
    assert c.claims[ref.index]["claimant"] != "author", (par, first)
    c.set(ref, kind="quote", check_worthy=False)

# ¶9: the dual designator of two months is not a number (W31)
c.drop(c.item("numbers", 9, "شهري"))

# W2: "البلاد" = Syria
for par in (1, 2, 9):
    c.ent(c.find(par, "البلاد"), "GPE")
c.write()
