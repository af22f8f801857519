#!/usr/bin/env python3
"""Pass A of wn14_economy_09 (annotator a2): the machine suggestion reviewed, corrected and completed.

Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_09"
p = Pass(DOC, "A", agent="annotator a2 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C, F, I, B = p.ent, p.num, p.claim, p.find, p.inside, p.between

# ---------------------------------------------------------------- ¶0 (title)
ap0 = E(F(0, "مطار إسلام آباد"), "FAC")
E(I(ap0, "إسلام آباد"), "GPE")
C(B(0, "تحطم طائرة", "مطار إسلام آباد"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶1
b737 = E(F(1, "بوينغ 737"), "PRODUCT")  # the aircraft model; "737" is a numeral inside a name
E(I(b737, "بوينغ"), "ORG")
E(F(1, "اليوم الجمعة"), "DATE")
ap1 = E(F(1, "مطار إسلام آباد الدولي"), "FAC")
E(I(ap1, "إسلام آباد"), "GPE")
E(F(1, "الباكستان"), "GPE")
E(F(1, "كراتشي"), "GPE")
E(F(1, "إسلام آباد", 1), "GPE")

C(B(1, "تحطمت طائرة", "في الباكستان"), claimant="author", kind="event", check_worthy=True)
C(B(1, "كانت تقوم برحلة", "إلى إسلام آباد"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶2
bhoja = E(F(2, "شركة بهوجا للطيران"), "ORG")
E(I(bhoja, "بهوجا للطيران"), "ORG")
E(F(2, "باكستانية"), "NORP")
E(F(2, "شاكلالا"), "LOC")
E(F(2, "راولبندي"), "GPE")
mod = E(F(2, "وزير الدفاع الباكستاني"), "OCC")
E(I(mod, "الدفاع"), "ORG")
E(I(mod, "الباكستاني"), "NORP")
E(F(2, "أميال"), "UNIT")
E(F(2, "المطار"), "FAC")

C(B(2, "كانت الطائرة", "بهوجا للطيران"), claimant="author", kind="state", check_worthy=True)
C(B(2, "هي شركة طيران", "باكستانية خاصة"), claimant="author", kind="state", check_worthy=False)
C(B(2, "سقطت عندما", "من راولبندي"), claimant="author", kind="event", check_worthy=True)
C(B(2, "ذلك نتيجة", "جوية سيئة"), claimant="author", kind="causal", check_worthy=True)
C(B(2, "الطائرة كانت تحترق", "من المطار"), claimant=mod, cue=F(2, "صرح"), kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶3
E(F(3, "127"), "CARDINAL")
E(F(3, "118"), "CARDINAL")
E(F(3, "تسعة"), "CARDINAL")

n127 = N(F(3, "127"), 127, "cardinal", counted=F(3, "شخصا"))
n118 = N(F(3, "118"), 118, "cardinal", counted=F(3, "ركابها"))
n9 = N(F(3, "تسعة"), 9, "cardinal", counted=F(3, "أفراد"))

C(B(3, "أدى سقوط", "أفراد طاقم"), claimant="author", kind="statistic", check_worthy=True)
C(B(3, "لم ينج", "في الحادث"), claimant="author", kind="event", check_worthy=True)

p.rel("sum", n127, [n118, n9])

# ---------------------------------------------------------------- ¶4
south = E(F(4, "جنوب الباكستان"), "LOC")
E(I(south, "الباكستان"), "GPE")
C(B(4, "لا يزال الجو", "جنوب الباكستان"), claimant="author", kind="state", check_worthy=True)

p.write()
