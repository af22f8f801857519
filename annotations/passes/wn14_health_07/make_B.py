"""Pass B of wn14_health_07 (annotator b10, blind: guidelines 1.2 and the raw text only).

Every span is located by a short anchor with scripts/passkit.py; offsets are computed by code.
Run from the repository root: python annotations/passes/wn14_health_07/make_B.py
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_health_07"
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



def NC(par, surface, nth=0):
    """Whole-word occurrence without its proclitic و (for cues)."""
    a = W(par, surface, nth)
    return At(a.start + 1, a.end) if surface.startswith("و") else a


# ---------------------------------------------------------------- ¶0 (title)
o0 = W(0, "أول")                              # in "بأول": proclitic ب outside
p.ent(o0, "ORDINAL")
p.num(o0, 1, "ordinal", counted=W(0, "ضحاياها"))
p.ent(W(0, "المملكة المتحدة"), "GPE")
p.claim(p.between(0, "إنفلونزا الخنازير", "المملكة المتحدة"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶1
p.ent(W(1, "يوم أمس"), "DATE")
o1 = W(1, "أول")
p.ent(o1, "ORDINAL")
p.num(o1, 1, "ordinal", counted=W(1, "ضحية"))
p.ent(W(1, "بريطانيا"), "GPE")
p.ent(W(1, "جاكلين فليمينج"), "PERS")
age = W(1, "38 عاما")
p.ent(age, "DATE")                            # an age: a duration of years with a number (§1 d.14)
p.num(W(1, "38"), 38, "cardinal", counted=p.inside(age, "عاما"))
p.ent(W(1, "جلاسكو"), "GPE")
p.ent(W(1, "أسكتلندا"), "GPE")
p.ent(W(1, "مستشفى رويال ألكسندريا"), "FAC")
p.ent(W(1, "بيزلي"), "GPE")
p.ent(W(1, "جاكلين", 1), "PERS")
ago = W(1, "قبل أسبوعين")
p.ent(ago, "DATE")
wk = p.inside(ago, "أسبوعين")
p.num(wk, 2, "cardinal", counted=wk)
p.ent(W(1, "جاك", 0), "PERS")
p.ent(W(1, "جاك", 1), "PERS")
p.claim(p.between(1, "توفي يوم", "في بريطانيا"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "جاكلين فليمينج", "في بيزلي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "نقلت جاكلين", "الرضيع جاك"), claimant="author", kind="event", check_worthy=True)
cue1 = NC(1, "وتشير")                         # "التقارير" is no entity: claimant author, cue kept
p.claim(p.between(1, "أنها عند", "سكتة دماغية"), claimant="author", cue=cue1, kind="state", check_worthy=True)
p.claim(p.between(1, "المزيد من", "بميلاد جاك"), claimant="author", cue=cue1, kind="state", check_worthy=False)

# ---------------------------------------------------------------- ¶2
p.ent(W(2, "جاك", 0), "PERS")
p.ent(W(2, "اليوم"), "DATE")
wk2 = W(2, "أسبوعين")
p.ent(wk2, "DATE")                            # his age
p.num(wk2, 2, "cardinal", counted=wk2)
w11 = W(2, "11 أسبوعا")
p.ent(w11, "DATE")
n11a = p.num(p.inside(w11, "11"), 11, "cardinal", counted=p.inside(w11, "أسبوعا"))
p.ent(W(2, "جاك", 1), "PERS")
p.claim(p.between(2, "الابن جاك", "عمر أسبوعين"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "المولود قبل", "ولادته المتوقع"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(2, "لم يكن", "H1N1"), claimant="author", kind="state", check_worthy=True)

# ---------------------------------------------------------------- ¶3 (the husband is no entity: claimant author, cue "صرح")
p.ent(W(3, "جاكلين"), "PERS")
p.ent(W(3, "اليوم", 0), "DATE")
d3 = W(3, "1 يونيو 2009")
p.ent(d3, "DATE")
p.num(p.inside(d3, "2009"), 2009, "year")
w11b = W(3, "11 أسبوعا")
p.ent(w11b, "DATE")
n11b = p.num(p.inside(w11b, "11"), 11, "cardinal", counted=p.inside(w11b, "أسبوعا"))
eve = W(3, "مساء اليوم")
p.ent(eve, "TIME")
p.ent(p.inside(eve, "اليوم"), "DATE")
p.ent(W(3, "مستشفى رويال ألكسندريا"), "FAC")
p.ent(W(3, "بيزلي"), "GPE")
cue3 = W(3, "صرح")
p.claim(p.between(3, "ابني الجميل", "موعد ولادته"), claimant="author", cue=cue3, kind="event", check_worthy=True)
p.claim(p.between(3, "كان يعاني", "التعقيدات"), claimant="author", cue=cue3, kind="state", check_worthy=False)
p.claim(p.between(3, "قاتل بشجاعة", "قاتل بشجاعة"), claimant="author", cue=cue3, kind="quote", check_worthy=False)
p.claim(p.between(3, "وافته المنية", "في بيزلي"), claimant="author", cue=cue3, kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶4
hpa = p.ent(W(4, "وكالة الحماية الصحية البريطانية"), "ORG")
p.ent(p.inside(hpa, "البريطانية"), "NORP")
p.ent(W(4, "يوم الجمعة الماضي"), "DATE")
p.ent(W(4, "المملكة المتحدة"), "GPE")
c1004 = W(4, "1004")
p.ent(c1004, "CARDINAL")
p.num(c1004, 1004, "cardinal", counted=W(4, "حالات"))
who = p.ent(W(4, "منظمة الصحة العالمية"), "ORG")
p.claim(p.between(4, "حالات إنفلونزا", "1004"), claimant=hpa, cue=W(4, "أكدت"), kind="statistic", check_worthy=True)
p.claim(p.between(4, "المرض تفشى", "أنحاء العالم"), claimant=who, cue=W(4, "أعلنت"), kind="event", check_worthy=True)
p.claim(p.between(4, "أصبح وباء", "أصبح وباء"), claimant=who, cue=W(4, "أعلنت"), kind="state", check_worthy=True)

# ---------------------------------------------------------------- relations
p.rel("equals", n11a, [n11b])                # born 11 weeks early, restated by the father

p.write()
