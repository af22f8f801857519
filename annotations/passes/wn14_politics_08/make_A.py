"""Pass A of wn14_politics_08 (annotator a4): the machine suggestion reviewed, corrected and completed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_politics_08"
p = Pass(DOC, "A", agent="annotator a4 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_politics_08.json; built by make_A.py.",
         source="annotations/suggestions/wn14_politics_08.json")
E, N, C, F, I, B = p.ent, p.num, p.claim, p.find, p.inside, p.between


def W(par, w, nth=0):
    """The nth occurrence of `w` as a whole word (proclitics و ف ب ل ك allowed before it)."""
    k, seen = 0, 0
    while True:
        a = F(par, w, k)
        k += 1
        before = p.text[:a.start]
        stem = before[len(before.rstrip("وفبلك")):] if before else ""
        pre = before[:len(before) - len(stem)]
        ok_start = (not pre or not pre[-1].isalpha()) and len(stem) <= 3
        ok_end = a.end >= len(p.text) or not p.text[a.end].isalpha()
        if ok_start and ok_end:
            if seen == nth:
                return a
            seen += 1


# ---------------------------------------------------------------- ¶0 (title)
occ0 = E(W(0, "مدعي الجنائية الدولية"), "OCC")
E(I(occ0, "الجنائية الدولية"), "ORG")
E(W(0, "دارفور"), "LOC")
C(B(0, "مدعي الجنائية", "عن دارفور"), "author", "event", True)

# ---------------------------------------------------------------- ¶1
duran = E(W(1, "تيري ديران"), "PERS")
occ1 = E(W(1, "مدير العمليات في منظمة أطباء بلا حدود"), "OCC")
E(I(occ1, "أطباء بلا حدود"), "ORG")
E(W(1, "لويس مورينو أوكامبو"), "PERS")
occ1b = E(W(1, "مدعي المحكمة الجنائية الدولية"), "OCC")
E(I(occ1b, "المحكمة الجنائية الدولية"), "ORG")
for k in range(6):                                # every Darfur, with or without ب
    E(W(1, "دارفور", k), "LOC")
terry = E(W(1, "تيري", 1), "PERS")                # وقال تيري
jaz = W(1, "للجزيرة")                             # span after the contracted لل (§0)
E(At(jaz.start + 2, jaz.end), "ORG")
E(W(1, "أمس"), "DATE")
oc1 = E(W(1, "أوكامبو", 1), "PERS")               # إن أوكامبو
E(W(1, "الأمم المتحدة"), "ORG")
oc2 = E(W(1, "أوكامبو", 2), "PERS")               # حديث أوكامبو
E(W(1, "5"), "CARDINAL")
E(W(1, "المنظمة"), "ORG")                         # المنظمة عملت: MSF
E(W(1, "رواندا"), "GPE")
E(W(1, "المحكمة", 1), "ORG")                      # مدت المحكمة: the ICC
haroun = E(W(1, "أحمد هارون"), "PERS")
occ1c = E(W(1, "وزير الدولة بالشؤون الإنسانية"), "OCC")
E(I(occ1c, "الشؤون الإنسانية"), "ORG")
occ1d = E(W(1, "مدير العمليات بمنظمة أطباء بلا حدود"), "OCC")
E(I(occ1d, "أطباء بلا حدود"), "ORG")
E(W(1, "أوكامبو", 3), "PERS")                     # وافتراء أوكامبو
E(W(1, "السودان"), "GPE")

# "5" آلاف: the quotation marks split the numeral from its scale word; the span is the digit
N(W(1, "5"), 5000, "cardinal", counted=W(1, "شخص"),
  value_override="5 thousand: the scale word آلاف follows the digit outside its quotation marks, which no number span may contain")

C(B(1, "لويس مورينو", "يجري في دارفور"), duran, "event", True, cue=W(1, "اتهم"))
C(B(1, "أوكامبو أبلغ", "معسكرات للإبادة"), terry, "event", True, cue=W(1, "قال", 0))
C(B(1, "النازحين في دارفور", "معسكرات للإبادة"), oc1, "state", True, cue=W(1, "أبلغ"))
C(B(1, "ذلك ليس", "ليس صحيحا"), terry, "state", True, cue=W(1, "أشار"))
C(B(1, "إن كان الأمر", "وكشفنا الحقائق"), terry, "quote", False, cue=W(1, "زاد"))
C(B(1, "حديث أوكامبو", "غير صحيح"), terry, "statistic", True, cue=W(1, "أضاف"))
C(B(1, "وفاة", "شخص بدارفور"), oc2, "statistic", True, cue=W(1, "حديث"))
C(B(1, "المنظمة عملت", "أصعب المراحل"), terry, "state", True, cue=W(1, "أكد"))
C(B(1, "ما رأيناه", "نره في دارفور"), terry, "quote", False, cue=W(1, "قال", 1))
C(B(1, "تكون منظمته", "إبادة بدارفور"), terry, "event", True, cue=W(1, "نفى"))
C(B(1, "حديث مدير العمليات", "بحق السودان"), haroun, "quote", False, cue=W(1, "أوضح"))

p.write()
