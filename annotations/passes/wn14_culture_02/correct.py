"""Correction of the gold of wn14_culture_02 (what both passes got wrong alike or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_culture_02"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W10: a year inside an event's name is inside the EVENT, with the DATE nested: "
                    "'ويكيمانيا 2013' (¶0) and 'ويكيمانيا 2014' (¶7); both passes had EVENT and DATE side by "
                    "side ('لعام 2013' in ¶1 stays a separate DATE). W9: 'البروفيسور' (¶4) is an academic title, "
                    "not an OCC. W2: 'المدينة' (¶3 'أعلى مبنى في المدينة', ¶4 'استضافة المدينة') is Hong Kong, "
                    "named in the same sentences: a GPE each time. W22: the current role 'دانييل لاي، رئيس قسم "
                    "المعلومات ...' (¶4) is check-worthy, as the agreed current role of سو غاردنر (¶7).")
# W10
for par, name in ((0, "ويكيمانيا 2013"), (7, "ويكيمانيا 2014")):
    whole = c.find(par, name)
    ev = c.item_at("entities", c.inside(whole, "ويكيمانيا"), label="EVENT")
    c.item_at("entities", c.inside(whole, name.split()[1]), label="DATE")   # the nested DATE stays
    c.set(ev, start=whole.start, end=whole.end, text=c.text[whole.start:whole.end])
# W9
c.drop(c.item("entities", 4, "بروفيسور", label="OCC"))
# W2
for par, ctx in ((3, "في المدينة"), (4, "استضافة المدينة")):
    c.ent(c.inside(c.find(par, ctx), "المدينة"), "GPE")
assert c.text.count("المدينة") == 2
# W22
role = c.item_at("claims", c.between(4, "دانييل لاي", "حكومة هونغ كونغ"))
assert c.claims[role.index]["kind"] == "state" and c.claims[role.index]["check_worthy"] is False
c.set(role, check_worthy=True)
c.write()
