"""Pass B of wn14_politics_06 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_06"
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
sida0 = E(F(0, "سيدا"), "PERS")
E(F(0, "أبو ظبي"), "GPE")
E(F(0, "المجلس الوطني"), "ORG")
C(F(0, "سيدا في أبو ظبي"), claimant="author", kind="event", check_worthy=True)
C(B(0, "المجلس الوطني", "تشكيل حكومة انتقالية"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 1
sida1 = E(F(1, "عبد الباسط سيدا"), "PERS")
occ = E(F(1, "رئيس المجلس الوطني السوري"), "OCC")
org = E(I(occ, "المجلس الوطني السوري"), "ORG")
E(I(org, "السوري"), "NORP")
E(F(1, "اليوم الأحد"), "DATE")
E(F(1, "Sky News عربية"), "ORG")
E(F(1, "المجلس", 1), "ORG")                      # أن المجلس يستعد
E(F(1, "الأسد"), "PERS")
sida1b = E(F(1, "سيدا", 1), "PERS")              # حيث أعلن سيدا
E(F(1, "الأسابيع القادمة"), "DATE")
E(F(1, "الأسد", 1), "PERS")                      # تحل محل الأسد
E(F(1, "النظام الحالي"), "ORG")                  # بالنظام الحالي
sida1c = E(F(1, "سيدا", 2), "PERS")              # فلم يعط سيدا
E(F(1, "نظام الحالي", 1), "ORG")                 # للنظام الحالي (after the contracted لل)
E(F(1, "النظام", 1), "ORG")                      # من داخل النظام
E(F(1, "السوريين"), "NORP")

C(B(1, "مقابلة تلفزيونية", "Sky News عربية"), claimant="author", kind="event", check_worthy=True)
C(B(1, "المجلس يستعد", "ما بعد الأسد"), claimant=sida1, cue=W(1, "أعلن"), kind="state",
  check_worthy=False)
C(B(1, "محادثات ستجرى", "في الوقت المناسب"), claimant=sida1b, cue=W(1, "أعلن", 1), kind="event",
  check_worthy=True)
C(B(1, "هذه الحكومة ستسير", "وإجراء انتخابات ديمقراطية"), claimant=sida1b, cue=W(1, "قال"),
  kind="state", check_worthy=False)
C(B(1, "الحديث عن الأسماء", "مازال مبكرا"), claimant=sida1c, cue=W(1, "اعتبر"), kind="quote",
  check_worthy=False)
C(B(1, "من سيقود هذه الحكومة", "شخصية توافقية"), claimant=sida1c, cue=W(1, "أكد"), kind="quote",
  check_worthy=False)
C(B(1, "الحكومة ستضم بأغلبياتها", "معارضة للنظام الحالي"), claimant=sida1c, cue=W(1, "قال", 1),
  kind="state", check_worthy=False)
C(B(1, "قد تضم شخصيات", "بعمليات الفساد الكبرى"), claimant=sida1c, cue=W(1, "قال", 1),
  kind="quote", check_worthy=False)

# ---------------------------------------------------------------- paragraph 2
sida2 = E(F(2, "سيدا"), "PERS")
E(F(2, "النظام القائم"), "ORG")
E(F(2, "السوريين"), "NORP")
o = E(F(2, "الأولى"), "ORDINAL")
N(o, 1, "ordinal", counted=F(2, "الدرجة"))
C(B(2, "هذه الحكومة لابد", "في المرحلة القادمة"), claimant=sida2, cue=W(2, "قال"), kind="quote",
  check_worthy=False)
lj = C(B(2, "اللجان التي شكلناها", "جدولا زمنيا"), claimant=sida2, cue=W(2, "قال", 1), kind="event",
       check_worthy=True)
C(F(2, "اللجان التي شكلناها"), claimant=sida2, cue=W(2, "قال", 1), kind="event", check_worthy=True)
C(B(2, "المسألة لابد", "خلال أسابيع"), claimant=sida2, cue=W(2, "قال", 1), kind="event",
  check_worthy=False)
C(B(2, "هناك بعض العناصر", "قضايا الفساد الكبرى"), claimant=sida2, cue=W(2, "أضاف"), kind="state",
  check_worthy=False)
C(B(2, "حينئذ أيضا", "مختلف الفصائل"), claimant=sida2, cue=W(2, "أضاف"), kind="event",
  check_worthy=False)
C(B(2, "لابد أن يكون هناك", "بالدرجة الأولى"), claimant=sida2, cue=W(2, "أضاف"), kind="quote",
  check_worthy=False)

# ---------------------------------------------------------------- paragraph 3
E(F(3, "سيدا"), "PERS")
E(F(3, "أبو ظبي"), "GPE")
occ = E(F(3, "وزير خارجية الإمارات العربية المتحدة"), "OCC")
org = E(I(occ, "خارجية الإمارات العربية المتحدة"), "ORG")
E(I(org, "الإمارات العربية المتحدة"), "GPE")
E(F(3, "عبد الله بن زايد آل نهيان"), "PERS")
E(F(3, "عبد الله", 1), "PERS")                   # مع الشيخ عبد الله
sida3 = E(F(3, "سيدا", 1), "PERS")               # قال سيدا
occ = E(F(3, "وزير الخارجية الإماراتي"), "OCC")
E(I(occ, "الخارجية"), "ORG")
E(I(occ, "الإماراتي"), "NORP")
sida3b = E(F(3, "سيدا", 2), "PERS")              # وأعلن سيدا
E(F(3, "المجلس الوطني"), "ORG")
n2 = N(F(3, "لجنتين"), 2, "cardinal", counted=F(3, "لجنتين"))
o1 = E(F(3, "الأولى"), "ORDINAL")
N(o1, 1, "ordinal")
fsa = E(F(3, "الجيش السوري الحر"), "ORG")
E(I(fsa, "السوري"), "NORP")
o2 = E(F(3, "الثانية"), "ORDINAL")
N(o2, 2, "ordinal")
E(F(3, "السورية"), "NORP")                       # جهات المعارضة السورية
E(F(3, "المجلس الوطني", 1), "ORG")

C(B(3, "تأتي هذه المقابلة", "إلى أبو ظبي"), claimant="author", kind="event", check_worthy=True)
C(B(3, "التقى وزير", "آل نهيان"), claimant="author", kind="event", check_worthy=True)
C(B(3, "بحث موضوع", "وزير الخارجية الإماراتي"), claimant=sida3, cue=W(3, "قال"), kind="event",
  check_worthy=True)
C(B(3, "المجلس الوطني قام", "بخصوص هذا الموضوع"), claimant=sida3b, cue=W(3, "أعلن"), kind="event",
  check_worthy=True)
C(B(3, "الأولى تتواصل", "الجيش السوري الحر"), claimant=sida3b, cue=W(3, "أعلن"), kind="state",
  check_worthy=True)
C(B(3, "الثانية تتواصل", "خارج المجلس الوطني"), claimant=sida3b, cue=W(3, "أعلن"), kind="state",
  check_worthy=True)

# ---------------------------------------------------------------- paragraph 4
E(F(4, "مناف طلاس"), "PERS")
sida4 = E(F(4, "سيدا"), "PERS")
E(F(4, "العميد"), "OCC")
E(F(4, "طلاس", 1), "PERS")                       # العميد طلاس
E(F(4, "طلاس", 2), "PERS")                       # إن طلاس
o = E(F(4, "الأولى"), "ORDINAL")
N(o, 1, "ordinal", counted=F(4, "المراحل"))
o = E(F(4, "أولا"), "ORDINAL")
N(o, 1, "ordinal")
E(F(4, "الجيش الحر"), "ORG")
E(F(4, "طلاس", 3), "PERS")                       # ومن ضمنهم طلاس
E(F(4, "السوريين"), "NORP")
E(F(4, "طلاس", 4), "PERS")                       # أن يكون طلاس رئيسا

C(B(4, "رحب سيدا", "العميد طلاس"), claimant="author", kind="event", check_worthy=True)
C(B(4, "طلاس لا يمكن", "حكومة انتقالية"), claimant=sida4, cue=W(4, "قال"), kind="quote",
  check_worthy=False)
C(B(4, "الحوار والتنسيق", "والحراك الثوري"), claimant=sida4, cue=W(4, "قال", 1), kind="quote",
  check_worthy=False)
C(B(4, "إذا كان هناك أدوار", "بشرط توافق السوريين"), claimant=sida4, cue=W(4, "قال", 1), kind="quote",
  check_worthy=False)
C(B(4, "يجب أن تقود", "الثورة منذ بدايتها"), claimant=sida4, cue=W(4, "قال", 2), kind="quote",
  check_worthy=False)
C(B(4, "هو بذلك يستبعد", "الحكومة الانتقالية"), claimant="author", kind="state", check_worthy=False)

# ---------------------------------------------------------------- paragraph 5
E(F(5, "سيدا"), "PERS")
E(F(5, "العربية"), "NORP")
E(F(5, "الغربية"), "NORP")
E(F(5, "مجلس الأمن"), "ORG")
fr = E(F(5, "مجموعة أصدقاء سوريا"), "ORG")
E(I(fr, "سوريا"), "GPE")
E(F(5, "الروسي"), "NORP")
sida5 = E(F(5, "سيدا", 1), "PERS")
E(F(5, "روسيا"), "GPE")
E(F(5, "الأسد"), "PERS")
E(F(5, "المجلس الوطني"), "ORG")
E(F(5, "روسيا", 1), "GPE")
E(F(5, "موسكو"), "GPE")

C(B(5, "دعا سيدا", "مجموعة أصدقاء سوريا"), claimant="author", kind="event", check_worthy=True)
C(B(5, "روسيا بدأت", "ما بعد الأسد"), claimant=sida5, cue=W(5, "قال"), kind="event", check_worthy=True)
C(B(5, "المجلس الوطني لا يملك", "في الوضع الحالي"), claimant=sida5, cue=W(5, "أشار"), kind="state",
  check_worthy=False)
C(B(5, "الحوار مع موسكو", "أمرا ضروريا"), claimant=sida5, cue=W(5, "اعتبر"), kind="quote",
  check_worthy=False)

# ---------------------------------------------------------------- paragraph 6
snc = E(F(6, "المجلس الوطني السوري"), "ORG")
E(I(snc, "السوري"), "NORP")
E(F(6, "السوري", 1), "NORP")                     # للشعب السوري
E(F(6, "المجلس الوطني", 1), "ORG")
E(F(6, "التركي"), "NORP")
E(F(6, "إسطنبول"), "GPE")
E(F(6, "التركية"), "NORP")

C(B(6, "وجود انتقادات", "للشعب السوري"), claimant="author", kind="state", check_worthy=True)
C(B(6, "الانتقادات الموجهة", "التأثير التركي عليه"), claimant="author", kind="state", check_worthy=True)
C(B(6, "يتخذ من مدينة", "مقرا له"), claimant="author", kind="state", check_worthy=False)

p.write()
