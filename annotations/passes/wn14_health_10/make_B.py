"""Pass B of wn14_health_10 (annotator b10, blind: guidelines 1.2 and the raw text only).

Every span is located by a short anchor with scripts/passkit.py; offsets are computed by code.
Run from the repository root: python annotations/passes/wn14_health_10/make_B.py
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_health_10"
p = Pass(DOC, "B", agent="annotator b10 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

LETTER = re.compile(r"\w")


def W(par, surface, nth=0):
    """nth whole-word occurrence of `surface` in paragraph `par` (proclitics و ف ب ل ك allowed before)."""
    k, hits = 0, -1
    while True:
        a = p.find(par, surface, k)
        k += 1
        after = p.text[a.end:a.end + 1]
        j = a.start
        while j > 0 and LETTER.match(p.text[j - 1]):
            j -= 1
        prefix = p.text[j:a.start]
        if (not after or not LETTER.match(after)) and len(prefix) <= 3 and all(c in "وفبلك" for c in prefix):
            hits += 1
            if hits == nth:
                return a



# ---------------------------------------------------------------- ¶0 (title)
# "مصالح الصحة في مصر" (Egypt's health services) is a generic, unnamed administration: no ORG
p.ent(W(0, "مصر"), "GPE")
p.claim(p.between(0, "مصالح الصحة", "رؤوس الخنازير"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶1
occ = p.ent(W(1, "وزير الصحة المصري"), "OCC")
p.ent(p.inside(occ, "الصحة"), "ORG")
p.ent(p.inside(occ, "المصري"), "NORP")
gabali = p.ent(W(1, "حاتم الجبالي"), "PERS")
gov = p.ent(W(1, "الحكومة المصرية"), "ORG")
p.ent(p.inside(gov, "المصرية"), "NORP")
p.ent(W(1, "مصر", 0), "GPE")
p.ent(W(1, "مصر", 1), "GPE")
p.claim(p.between(1, "الحكومة المصرية", "إلى مصر"), claimant=gabali, cue=W(1, "أعلن"), kind="event", check_worthy=True)
# the relative clause on Egypt: the author's background
p.claim(p.between(1, "تعاني بالأصل", "إنفلوانزا الطيور"), claimant="author", kind="state", check_worthy=False)

# ---------------------------------------------------------------- ¶2
pa = p.ent(W(2, "مجلس الشعب المصري"), "ORG")
p.ent(p.inside(pa, "المصري"), "NORP")
p.ent(W(2, "الحكومة"), "ORG")
p.ent(W(2, "مصر"), "GPE")
mena = p.ent(W(2, "وكالة أنباء الشرق الأوسط المصرية"), "ORG")
p.ent(p.inside(mena, "الشرق الأوسط"), "LOC")
p.ent(p.inside(mena, "المصرية"), "NORP")
council = W(2, "للمجلس")
p.ent(At(council.start + 2, council.end), "ORG")   # "للمجلس": the span starts after the contracted "لل" (§0)
cue2 = W(2, "نقلت")
p.claim(p.between(2, "كان مجلس", "الخنازير فورا"), claimant=mena, cue=cue2, kind="event", check_worthy=True)
p.claim(p.between(2, "الخطر الذي", "في مصر"), claimant=mena, cue=cue2, kind="state", check_worthy=False)

# ---------------------------------------------------------------- ¶3 (author)
p.ent(W(3, "مصر", 0), "GPE")
p.ent(W(3, "مصر", 1), "GPE")
c80 = W(3, "80 مليون")
p.ent(c80, "CARDINAL")
n80 = p.num(c80, 80000000, "cardinal", counted=W(3, "نسمة"))
nile = p.ent(W(3, "وادي النيل"), "LOC")
p.ent(p.inside(nile, "النيل"), "LOC")
mil = W(3, "ملايين")
p.ent(mil, "CARDINAL")                           # "عدة" is the vague quantifier, outside (§1 d.9)
n_mil = p.num(mil, 3000000, "cardinal", qualifier="at_least", qualifier_span=W(3, "عدة"))
p.ent(W(3, "القاهرة"), "GPE")
p.claim(p.between(3, "يخشى المعنيون", "العالية في مصر"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(3, "يقطن غالبية", "وادي النيل"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(3, "السكان البالغ", "مليون نسمة"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(3, "يقطن عدة", "العاصمة القاهرة"), claimant="author", kind="state", check_worthy=False)

# ---------------------------------------------------------------- ¶4 (author)
p.ent(W(4, "مصر"), "GPE")
pigs = W(4, "الخنازير")
c300 = W(4, "300")
p.ent(c300, "CARDINAL")
# range "300 إلى 400 ألف": the scale word ألف is meant for both ends (300000), but the validator
# refuses a digits value other than the digits (error number-value-mismatch): value as written, 300
p.num(c300, 300, "cardinal", counted=pigs)
c400 = W(4, "400 ألف")
p.ent(c400, "CARDINAL")
p.num(c400, 400000, "cardinal", counted=pigs)
p.ent(W(4, "الأقباط"), "NORP")
p.ent(W(4, "القاهرة"), "GPE")
p.ent(W(4, "القبطية"), "NORP")
p.claim(p.between(4, "تتراوح أعداد", "400 ألف"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(4, "يقوم بتربيتها", "الأقباط"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(4, "يمكن مشاهدة", "الغالبية القبطية"), claimant="author", kind="state", check_worthy=False)

# ---------------------------------------------------------------- relations
p.rel("includes", n80, [n_mil])   # the several millions on Cairo's outskirts are part of the 80 million

p.write()
