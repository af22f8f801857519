"""Pass A of wn14_sports_09 (annotator a6): the machine suggestion reviewed span by span, corrected and completed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_09"
p = Pass(DOC, "A", agent="annotator a6 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_sports_09.json; built by make_A.py.",
         source="annotations/suggestions/wn14_sports_09.json")
E, N, C = p.ent, p.num, p.claim


def club(par, surface, nth=0, city=None):
    """A club named after its town: ORG containing the GPE (decision 4)."""
    o = E(p.find(par, surface, nth), "ORG")
    E(p.inside(o, city), "GPE")
    return o


# ---- paragraph 0 (title)
ev = E(p.find(0, "الدوري الجزائري"), "EVENT")
E(p.inside(ev, "الجزائري"), "NORP")
club(0, "وفاق سطيف", city="سطيف")
club(0, "أهلي البرج", city="البرج")
C(p.between(0, "لقاء الدوري", "لم يتم"), "author", "event", True)   # "السبب الحقيقي مجهول": ignorance, no claim

# ---- paragraph 1
E(p.find(1, "يوم أمس الإثنين 9 مارس"), "DATE")        # day of the month: no number (§2 d10)
ev = E(p.find(1, "داربي الهضاب"), "EVENT")
E(p.inside(ev, "الهضاب"), "LOC")
ev = E(p.find(1, "الدوري الجزائري"), "EVENT")
E(p.inside(ev, "الجزائري"), "NORP")
club(1, "نادي وفاق سطيف", city="سطيف")
club(1, "نادي أهلي البرج", city="البرج")
C(p.between(1, "أجلت يوم أمس", "نادي أهلي البرج"), "author", "event", True)
C(p.between(1, "متصدر الدوري", "نادي وفاق سطيف"), "author", "state", True)

# ---- paragraph 2 (heading)
club(2, "وفاق سطيف", city="سطيف")

# ---- paragraph 3: the Setif president's account
pres = E(p.find(3, "عبد الحكيم سرار"), "PERS")
occ = E(p.find(3, "رئيس نادي وفاق سطيف"), "OCC")
o = E(p.inside(occ, "نادي وفاق سطيف"), "ORG")
E(p.inside(o, "سطيف"), "GPE")
club(3, "نادي أهلي البرج", city="البرج")
E(p.find(3, "ساعة كاملة"), "TIME")
club(3, "نادي البرج", city="البرج")
said = p.find(3, "صرح")
C(p.between(3, "لاعبي نادي أهلي البرج", "بساعة كاملة"), pres, "event", True, cue=said)
C(p.between(3, "اضطر محافظ المباراة", "قبل بدايته"), pres, "causal", True, cue=said)
C(p.between(3, "هذا الأمر الذي جعل", "على محافظ المباراة"), pres, "causal", True, cue=said)
C(p.between(3, "تنتقل هذه المناوشات", "المدرجات والجمهور"), pres, "event", True, cue=said)

# ---- paragraph 4 (heading)
club(4, "أهلي البرج", city="البرج")

# ---- paragraph 5: the Bordj board member's account (the speaker is unnamed: the board is the source)
board = E(p.find(5, "مجلس إدارة أهلي البرج"), "ORG")
o = E(p.inside(board, "أهلي البرج"), "ORG")
E(p.inside(o, "البرج"), "GPE")
radio = E(p.find(5, "إذاعة الهضاب"), "ORG")
E(p.inside(radio, "الهضاب"), "LOC")
club(5, "وفاق سطيف", city="سطيف")
ev = E(p.find(5, "دوري أبطال العرب"), "EVENT")
E(p.inside(ev, "العرب"), "NORP")
twice = p.find(5, "مرتين")
N(twice, 2, "cardinal", counted=twice)
said, added = p.find(5, "صرح"), p.find(5, "أضاف")
C(p.between(5, "جمهور وفاق سطيف", "موعد المباراة"), board, "causal", True, cue=said)
C(p.between(5, "جمهور وفاق سطيف", "على لاعبي فريقه"), board, "event", True, cue=said)
C(p.between(5, "مثل هذه الأفعال", "النادي الجار"), board, "quote", False, cue=added)
C(p.between(5, "فاز بدوري", "متتاليتين"), board, "statistic", True, cue=added)

# ---- paragraph 7
fed = E(p.find(7, "اتحادية الجزائرية لكرة القدم"), "ORG")   # "للاتحادية": span after the contracted لل
E(p.inside(fed, "الجزائرية"), "NORP")
club(7, "وفاق سطيف", city="سطيف")
C(p.between(7, "رفع أمر", "لكرة القدم"), "author", "event", True)
C(p.between(7, "ستقرر", "لعبها لاحقا"), "author", "event", False)

p.write()
