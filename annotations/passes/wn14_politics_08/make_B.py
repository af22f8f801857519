"""Pass B of wn14_politics_08 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_08"
p = Pass(DOC, "B", agent="annotator b4 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
E, N, C, F, I, B = p.ent, p.num, p.claim, p.find, p.inside, p.between


def W(par, surface, nth=0):
    """The nth occurrence of `surface` as a whole word (only proclitics و ف ب ل ك before it)."""
    k, seen = 0, -1
    while True:
        a = F(par, surface, k)
        k += 1
        j = a.start
        while j > 0 and not p.text[j - 1].isspace() and p.text[j - 1] not in "\"«(:،,.":
            j -= 1
        pre, nxt = p.text[j:a.start], p.text[a.end:a.end + 1]
        if all(c in "وفبلك" for c in pre) and len(pre) <= 3 and not nxt.isalnum():
            seen += 1
            if seen == nth:
                return a

# ---------------------------------------------------------------- paragraph 0 (title)
occ = E(W(0, "مدعي الجنائية الدولية"), "OCC")
E(I(occ, "الجنائية الدولية"), "ORG")
E(W(0, "دارفور"), "LOC")
C(B(0, "مدعي الجنائية", "عن دارفور"), claimant="author", kind="event",
  check_worthy=True)

# ---------------------------------------------------------------- paragraph 1
terry = E(W(1, "تيري ديران"), "PERS")
occ = E(W(1, "مدير العمليات في منظمة أطباء بلا حدود"), "OCC")
E(I(occ, "أطباء بلا حدود"), "ORG")
E(W(1, "لويس مورينو أوكامبو"), "PERS")
occ = E(W(1, "مدعي المحكمة الجنائية الدولية"), "OCC")
E(I(occ, "المحكمة الجنائية الدولية"), "ORG")
E(W(1, "دارفور"), "LOC")
terry2 = E(W(1, "تيري", 1), "PERS")                # وقال تيري
E(F(1, "جزيرة"), "ORG")                            # "للجزيرة": after the contracted لل
E(W(1, "أمس"), "DATE")
oc1 = E(W(1, "أوكامبو", 1), "PERS")                # إن أوكامبو أبلغ
E(W(1, "الأمم المتحدة"), "ORG")
E(W(1, "دارفور", 1), "LOC")
oc2 = E(W(1, "أوكامبو", 2), "PERS")                # حديث أوكامبو
five = E(W(1, "5"), "CARDINAL")
# The scale word آلاف follows the quoted "5" outside the quotation marks, which a number span may not
# contain; the digits fix the value (5), and the counted noun is the scale word itself (5 آلاف = 5000).
N(five, 5, "cardinal", counted=W(1, "آلاف"))
E(W(1, "دارفور", 2), "LOC")                        # بدارفور (وفاة ... شخص)
E(W(1, "المنظمة"), "ORG")
E(W(1, "دارفور", 3), "LOC")                        # عملت بدارفور
E(W(1, "رواندا"), "GPE")
E(W(1, "دارفور", 4), "LOC")                        # لم نره في دارفور
E(W(1, "المحكمة", 1), "ORG")                          # مدت المحكمة
E(W(1, "دارفور", 5), "LOC")                        # إبادة بدارفور
harun = E(W(1, "أحمد هارون"), "PERS")
occ = E(W(1, "وزير الدولة بالشؤون الإنسانية"), "OCC")
E(I(occ, "الشؤون الإنسانية"), "ORG")
occ = E(W(1, "مدير العمليات بمنظمة أطباء بلا حدود"), "OCC")
E(I(occ, "أطباء بلا حدود"), "ORG")
E(W(1, "أوكامبو", 3), "PERS")
E(W(1, "السودان"), "GPE")

C(B(1, "لويس مورينو", "ما يجري في دارفور"), claimant=terry, cue=W(1, "اتهم"), kind="event",
  check_worthy=True)
C(B(1, "أوكامبو أبلغ", "في معسكرات للإبادة"), claimant=terry2, cue=W(1, "قال"), kind="event",
  check_worthy=True)
C(B(1, "النازحين في دارفور", "في معسكرات للإبادة"), claimant=oc1, cue=W(1, "أبلغ"), kind="state",
  check_worthy=True)
C(W(1, "ذلك ليس صحيحا"), claimant=terry2, cue=W(1, "أشار"), kind="state", check_worthy=True)
C(B(1, "إن كان الأمر", "وكشفنا الحقائق"), claimant=terry2, cue=W(1, "زاد"), kind="quote",
  check_worthy=False)
C(B(1, "حديث أوكامبو", "غير صحيح"), claimant=terry2, cue=W(1, "أضاف"), kind="statistic",
  check_worthy=True)
C(B(1, "وفاة", "شخص بدارفور"), claimant=oc2, cue=W(1, "حديث"), kind="statistic", check_worthy=True)
C(B(1, "المنظمة عملت", "أصعب المراحل"), claimant=terry2, cue=W(1, "أكد"), kind="state",
  check_worthy=True)
C(B(1, "ما رأيناه", "لم نره في دارفور"), claimant=terry2, cue=W(1, "قال", 1), kind="state",
  check_worthy=True)
C(B(1, "تكون منظمته", "إبادة بدارفور"), claimant=terry2, cue=W(1, "نفى"), kind="event",
  check_worthy=True)
C(B(1, "حديث مدير العمليات", "بحق السودان"), claimant=harun, cue=W(1, "أوضح"), kind="quote",
  check_worthy=False)

p.write()
