"""Pass B of wn14_sports_09 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_09"
p = Pass(DOC, "B", agent="annotator b6 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
A = "author"


def club(par, surface, nth=0, place=None):
    """A club (ORG) with the city its name holds (GPE)."""
    c = p.ent(p.find(par, surface, nth), "ORG")
    p.ent(p.inside(c, place), "GPE")
    return c


def league(par, surface="الدوري الجزائري", nisba="الجزائري"):
    ev = p.ent(p.find(par, surface), "EVENT")
    p.ent(p.inside(ev, nisba), "NORP")


# ---------------------------------------------------------------- paragraph 0 (title)
league(0)
club(0, "وفاق سطيف", place="سطيف")
club(0, "أهلي البرج", place="البرج")
p.claim(p.between(0, "لقاء الدوري", "لم يتم"), claimant=A, kind="event", check_worthy=True)
# "والسبب الحقيقي مجهول": a statement of ignorance, not a claim (claims §7)

# ---------------------------------------------------------------- paragraph 1
p.ent(p.find(1, "يوم أمس الإثنين 9 مارس"), "DATE")      # day of the month: not a number (numbers §10)
ev = p.ent(p.find(1, "داربي الهضاب"), "EVENT")
p.ent(p.inside(ev, "الهضاب"), "LOC")
league(1)
club(1, "نادي وفاق سطيف", place="سطيف")
club(1, "نادي أهلي البرج", place="البرج")
p.claim(p.between(1, "أجلت يوم أمس", "نادي أهلي البرج"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(1, "متصدر الدوري", "نادي وفاق سطيف"), claimant=A, kind="state", check_worthy=True)
# "لأسباب غير واضحة إلى الآن": ignorance, outside the claim

# ---------------------------------------------------------------- paragraph 2 (heading)
club(2, "وفاق سطيف", place="سطيف")

# ---------------------------------------------------------------- paragraph 3
P = 3
pres = p.ent(p.find(P, "عبد الحكيم سرار"), "PERS")
occ = p.ent(p.find(P, "رئيس نادي وفاق سطيف"), "OCC")
c = p.ent(p.inside(occ, "نادي وفاق سطيف"), "ORG")
p.ent(p.inside(c, "سطيف"), "GPE")
club(P, "نادي أهلي البرج", place="البرج")
p.ent(p.find(P, "أحد"), "CARDINAL")
p.num(p.find(P, "أحد"), 1, "cardinal", counted=p.find(P, "المسيرين"))
club(P, "نادي البرج", place="البرج")
cue = p.find(P, "صرح")
p.claim(p.between(P, "لاعبي نادي", "بساعة كاملة"), claimant=pres, cue=cue, kind="event", check_worthy=True)
p.claim(p.between(P, "اضطر محافظ", "قبل بدايته"), claimant=pres, cue=cue, kind="causal", check_worthy=True)
p.claim(p.between(P, "هذا الأمر", "محافظ المباراة"), claimant=pres, cue=cue, kind="causal", check_worthy=True)
p.claim(p.between(P, "أحد المسيرين", "محافظ المباراة"), claimant=pres, cue=cue, kind="event", check_worthy=True)
p.claim(p.between(P, "تنتقل هذه", "المدرجات والجمهور"), claimant=pres, cue=cue, kind="event",
        check_worthy=True)

# ---------------------------------------------------------------- paragraph 4 (heading)
club(4, "أهلي البرج", place="البرج")

# ---------------------------------------------------------------- paragraph 5
P = 5
p.ent(p.find(P, "أحد"), "CARDINAL")
p.num(p.find(P, "أحد"), 1, "cardinal", counted=p.find(P, "عناصر"))
board = p.ent(p.find(P, "مجلس إدارة أهلي البرج"), "ORG")
c = p.ent(p.inside(board, "أهلي البرج"), "ORG")
p.ent(p.inside(c, "البرج"), "GPE")
radio = p.ent(p.find(P, "إذاعة الهضاب"), "ORG")             # after the proclitic of "لإذاعة"
p.ent(p.inside(radio, "الهضاب"), "LOC")
club(P, "وفاق سطيف", place="سطيف")
ev = p.ent(p.find(P, "دوري أبطال العرب"), "EVENT")
p.ent(p.inside(ev, "العرب"), "NORP")
p.num(p.find(P, "مرتين"), 2, "cardinal", counted=p.find(P, "مرتين"))
# the speaker is an unnamed board member: the claimant is the board, the nearest entity mention
cue = p.find(P, "صرح")
p.claim(p.between(P, "جمهور وفاق", "لاعبي فريقه"), claimant=board, cue=cue, kind="event", check_worthy=True)
p.claim(p.between(P, "لهذا تأخروا", "موعد المباراة"), claimant=board, cue=cue, kind="causal",
        check_worthy=True)
cue = p.find(P, "أضاف")
p.claim(p.between(P, "مثل هذه الأفعال", "النادي الجار"), claimant=board, cue=cue, kind="quote",
        check_worthy=False)
p.claim(p.between(P, "فاز بدوري", "متتاليتين"), claimant=board, cue=cue, kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 7
P = 7
fed = p.ent(p.find(P, "اتحادية الجزائرية لكرة القدم"), "ORG")   # after the contracted "لل"
p.ent(p.inside(fed, "الجزائرية"), "NORP")
club(P, "وفاق سطيف", place="سطيف")
p.claim(p.between(P, "رفع أمر", "لكرة القدم"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "ستقرر", "لعبها لاحقا"), claimant=A, kind="event", check_worthy=False)

p.write()
