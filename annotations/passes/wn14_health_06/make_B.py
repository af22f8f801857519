"""Pass B of wn14_health_06 (annotator b10, blind: guidelines 1.2 and the raw text only).

Every span is located by a short anchor with scripts/passkit.py; offsets are computed by code.
Run from the repository root: python annotations/passes/wn14_health_06/make_B.py
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_health_06"
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
o0 = W(0, "أول")
p.ent(o0, "ORDINAL")
t0 = W(0, "ثلاث")
p.ent(t0, "CARDINAL")
p.ent(W(0, "اليابان"), "GPE")
cases0 = W(0, "حالات")
n_first0 = p.num(o0, 1, "ordinal", counted=cases0)
n_three0 = p.num(t0, 3, "cardinal", counted=cases0)
p.claim(p.between(0, "أول", "في اليابان"), claimant="author", kind="statistic", check_worthy=True)

# ---------------------------------------------------------------- ¶1
japan1 = p.ent(W(1, "اليابان"), "GPE")
p.ent(W(1, "يوم السبت"), "DATE")
o1 = W(1, "أول")
p.ent(o1, "ORDINAL")
p.num(o1, 1, "ordinal", counted=W(1, "حالات"))
p.ent(W(1, "مدرس"), "OCC")
forties = W(1, "الأربعينيات")
p.ent(forties, "DATE")                       # an age: a duration of years with a number word (§1 d.14)
p.num(forties, 40, "cardinal", qualifier="at_least")   # "in his forties": 40-49, vagueness lexical
teens = W(1, "ومراهقان")
teens = At(teens.start + 1, teens.end)      # proclitic و outside
n_teens = p.num(teens, 2, "cardinal", counted=teens)
p.ent(W(1, "كندا"), "GPE")
cue1 = W(1, "أعلنت")
p.claim(p.between(1, "أول حالات", "الجديدة للإنفلونزا"), claimant=japan1, cue=cue1, kind="event", check_worthy=True)
p.claim(p.between(1, "هم مدرس", "ومراهقان"), claimant=japan1, cue=cue1, kind="state", check_worthy=True)
p.claim(p.between(1, "كانوا قد", "في كندا"), claimant=japan1, cue=cue1, kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶2 (no entity, no number)
p.claim(p.between(2, "يشعل الانتشار", "وباء عالمي"), claimant="author", kind="causal", check_worthy=False)
# "علماء" is no entity: the scientists' finding is attributed to the author with its cue (§4 d.12)
p.claim(p.between(2, "هذه السلالة", "الإنفلونزا الموسمية"), claimant="author", cue=W(2, "قول"),
        kind="state", check_worthy=True)

# ---------------------------------------------------------------- ¶3
masuzoe = p.ent(W(3, "يوتشي ماسوزوي"), "PERS")
occ3 = p.ent(W(3, "وزير الصحة الياباني"), "OCC")
p.ent(p.inside(occ3, "الصحة"), "ORG")
p.ent(p.inside(occ3, "الياباني"), "NORP")
three3 = W(3, "الثلاثة")
p.ent(three3, "CARDINAL")
n_three3 = p.num(three3, 3, "cardinal", counted=W(3, "المصابين"))
p.ent(W(3, "اليابان"), "GPE")
p.ent(W(3, "ديترويت"), "GPE")
p.ent(W(3, "يوم الجمعة"), "DATE")
p.ent(W(3, "كندا"), "GPE")
cue3 = W(3, "وقال")
cue3 = At(cue3.start + 1, cue3.end)
p.claim(p.between(3, "المصابين الثلاثة", "يوم الجمعة"), claimant=masuzoe, cue=cue3, kind="event", check_worthy=True)
p.claim(p.between(3, "قضوا وقتا", "في كندا"), claimant=masuzoe, cue=cue3, kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶4 (continuing speech, new cue "أضاف")
three4 = W(4, "الثلاثة")
p.ent(three4, "CARDINAL")
n_three4 = p.num(three4, 3, "cardinal")
p.ent(W(4, "المدرس"), "OCC")
p.ent(W(4, "تاميفلو"), "PRODUCT")           # a brand-name drug (Roche's oseltamivir)
stud = W(4, "الطالبين")
n_stud = p.num(stud, 2, "cardinal", counted=stud)
cue4 = W(4, "وأضاف")
cue4 = At(cue4.start + 1, cue4.end)
p.claim(p.between(4, "تم نقل", "إلى المستشفى"), claimant=masuzoe, cue=cue4, kind="event", check_worthy=True)
p.claim(p.between(4, "يتم إعطاء", "تاميفلو"), claimant=masuzoe, cue=cue4, kind="event", check_worthy=True)
p.claim(p.between(4, "خفت الحرارة", "الطالبين"), claimant=masuzoe, cue=cue4, kind="event", check_worthy=True)

# ---------------------------------------------------------------- relations
p.rel("equals", n_three0, [n_three3, n_three4])   # the same three patients
p.rel("equals", n_teens, [n_stud])                # the two teenagers are the two students
p.rel("includes", n_three0, [n_teens])            # a teacher and two teenagers: the three cases

p.write()
