"""Pass B of wn14_economy_09 (blind, from the raw text), guidelines 1.2."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_09"
p = Pass(DOC, "B", agent="annotator b2 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
E, N, C = p.ent, p.num, p.claim

# ---------------------------------------------------------------- paragraph 0 (title)
ap0 = E(p.find(0, "مطار إسلام آباد"), "FAC")
E(p.inside(ap0, "إسلام آباد"), "GPE")
C(p.between(0, "تحطم طائرة", "مطار إسلام آباد"), "author", "event", True)

# ---------------------------------------------------------------- paragraph 1
b737 = E(p.find(1, "بوينغ 737"), "PRODUCT")      # "737" is part of the name: no number (numbers §11)
E(p.inside(b737, "بوينغ"), "ORG")
E(p.find(1, "اليوم الجمعة"), "DATE")
ap1 = E(p.find(1, "مطار إسلام آباد الدولي"), "FAC")
E(p.inside(ap1, "إسلام آباد"), "GPE")
E(p.find(1, "الباكستان"), "GPE")
E(p.find(1, "كراتشي"), "GPE")
E(p.find(1, "إسلام آباد", 1), "GPE")
C(p.between(1, "تحطمت طائرة", "في الباكستان"), "author", "event", True)
C(p.between(1, "كانت تقوم", "إلى إسلام آباد"), "author", "event", True)

# ---------------------------------------------------------------- paragraph 2
co = E(p.find(2, "شركة بهوجا للطيران"), "ORG")
E(p.inside(co, "بهوجا للطيران"), "ORG")
E(p.find(2, "باكستانية"), "NORP")
E(p.find(2, "شاكلالا"), "LOC")
E(p.find(2, "راولبندي"), "GPE")
mod = E(p.find(2, "وزير الدفاع الباكستاني"), "OCC")
E(p.inside(mod, "الدفاع"), "ORG")
E(p.inside(mod, "الباكستاني"), "NORP")
E(p.find(2, "أميال"), "UNIT")
E(p.find(2, "المطار"), "FAC")

C(p.between(2, "كانت الطائرة تابعة", "بهوجا للطيران"), "author", "state", True)
C(p.between(2, "هي شركة طيران", "باكستانية خاصة"), "author", "state", False)
C(p.between(2, "سقطت عندما", "من راولبندي"), "author", "event", True)
C(p.between(2, "ذلك نتيجة", "جوية سيئة"), "author", "causal", True)
C(p.between(2, "الطائرة كانت تحترق", "من المطار"), mod, "event", True, cue=p.find(2, "صرح"))

# ---------------------------------------------------------------- paragraph 3
E(p.find(3, "127"), "CARDINAL")
E(p.find(3, "118"), "CARDINAL")
E(p.find(3, "تسعة"), "CARDINAL")
n127 = N(p.find(3, "127"), 127, "cardinal", counted=p.find(3, "شخصا"))
n118 = N(p.find(3, "118"), 118, "cardinal", counted=p.find(3, "ركابها"))
n9 = N(p.find(3, "تسعة"), 9, "cardinal", counted=p.find(3, "أفراد"))
C(p.between(3, "أدى سقوط", "أفراد طاقم"), "author", "statistic", True)
C(p.between(3, "118 منهم", "أفراد طاقم"), "author", "statistic", True)
C(p.between(3, "لم ينج", "في الحادث"), "author", "event", True)
p.rel("sum", n127, [n118, n9])

# ---------------------------------------------------------------- paragraph 4
south = E(p.find(4, "جنوب الباكستان"), "LOC")
E(p.inside(south, "الباكستان"), "GPE")
C(p.between(4, "لا يزال الجو", "جنوب الباكستان"), "author", "state", True)

p.write()
