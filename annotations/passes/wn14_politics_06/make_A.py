"""Pass A of wn14_politics_06 (annotator a4): the machine suggestion reviewed, corrected and completed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_politics_06"
p = Pass(DOC, "A", agent="annotator a4 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_politics_06.json; built by make_A.py.",
         source="annotations/suggestions/wn14_politics_06.json")
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
sida0 = E(W(0, "سيدا"), "PERS")
E(W(0, "أبو ظبي"), "GPE")
E(W(0, "المجلس الوطني"), "ORG")
C(B(0, "سيدا", "أبو ظبي"), "author", "event", True)
C(B(0, "المجلس الوطني", "حكومة انتقالية"), "author", "event", True)

# ---------------------------------------------------------------- ¶1
sida1 = E(W(1, "عبد الباسط سيدا"), "PERS")
occ = E(W(1, "رئيس المجلس الوطني السوري"), "OCC")
snc = E(I(occ, "المجلس الوطني السوري"), "ORG")
E(I(snc, "السوري"), "NORP")
E(W(1, "اليوم الأحد"), "DATE")
E(W(1, "Sky News عربية"), "ORG")
E(W(1, "المجلس", 1), "ORG")                      # المجلس يستعد
E(W(1, "الأسد", 0), "PERS")
sida1b = E(W(1, "سيدا", 1), "PERS")              # حيث أعلن سيدا
E(W(1, "الأسابيع القادمة"), "DATE")
E(W(1, "الأسد", 1), "PERS")
E(W(1, "النظام", 0), "ORG")                      # بالنظام الحالي
sida1c = E(W(1, "سيدا", 2), "PERS")              # فلم يعط سيدا
lln = W(1, "للنظام")                              # للنظام الحالي: span after the contracted لل (§0)
E(At(lln.start + 2, lln.end), "ORG")
E(W(1, "النظام", 1), "ORG")                      # من داخل النظام
E(W(1, "السوريين"), "NORP")

C(B(1, "مقابلة تلفزيونية", "Sky News عربية"), "author", "event", False)
C(B(1, "المجلس يستعد", "ما بعد الأسد"), sida1, "state", False, cue=W(1, "أعلن", 0))
C(B(1, "محادثات ستجرى", "في الوقت المناسب"), sida1b, "event", True, cue=W(1, "أعلن", 1))
C(B(1, "هذه الحكومة ستسير", "انتخابات ديمقراطية"), sida1b, "state", False, cue=W(1, "قال", 0))
C(B(1, "الحديث عن الأسماء", "مازال مبكرا"), sida1c, "quote", False, cue=W(1, "اعتبر"))
C(B(1, "من سيقود", "شخصية توافقية"), sida1c, "quote", False, cue=W(1, "أكد"))
C(B(1, "الحكومة ستضم", "معارضة للنظام الحالي"), sida1c, "state", False, cue=W(1, "قال", 1))

# ---------------------------------------------------------------- ¶2
sida2 = E(W(2, "سيدا"), "PERS")
E(W(2, "النظام"), "ORG")                         # النظام القائم
E(W(2, "السوريين"), "NORP")
E(W(2, "الأولى"), "ORDINAL")
N(W(2, "الأولى"), 1, "ordinal", counted=W(2, "الدرجة"))

C(B(2, "هذه الحكومة لابد", "في المرحلة القادمة"), sida2, "quote", False, cue=W(2, "قال", 0))
C(B(2, "اللجان التي شكلناها", "جدولا زمنيا"), sida2, "event", True, cue=W(2, "قال", 1))
C(B(2, "المسألة لابد", "خلال أسابيع"), sida2, "state", False, cue=W(2, "قال", 1))
C(B(2, "هناك بعض العناصر", "قضايا الفساد الكبرى"), sida2, "state", False, cue=W(2, "أضاف"))
C(B(2, "حينئذ أيضا", "مختلف الفصائل"), sida2, "state", False, cue=W(2, "أضاف"))
C(B(2, "لابد أن يكون هناك", "بالدرجة الأولى"), sida2, "quote", False, cue=W(2, "أضاف"))

# ---------------------------------------------------------------- ¶3
E(W(3, "سيدا", 0), "PERS")
E(W(3, "أبو ظبي"), "GPE")
occ3 = E(W(3, "وزير خارجية الإمارات العربية المتحدة"), "OCC")
mofa = E(I(occ3, "خارجية الإمارات العربية المتحدة"), "ORG")
uae = E(I(mofa, "الإمارات العربية المتحدة"), "GPE")
E(I(uae, "العربية"), "NORP")
E(W(3, "عبد الله بن زايد آل نهيان"), "PERS")
E(W(3, "عبد الله", 1), "PERS")                   # مع الشيخ عبد الله
sida3 = E(W(3, "سيدا", 1), "PERS")               # قال سيدا
occ3b = E(W(3, "وزير الخارجية الإماراتي"), "OCC")
E(I(occ3b, "الخارجية"), "ORG")
E(I(occ3b, "الإماراتي"), "NORP")
sida3b = E(W(3, "سيدا", 2), "PERS")              # وأعلن سيدا
E(W(3, "المجلس الوطني", 0), "ORG")
E(W(3, "الأولى"), "ORDINAL")
fsa = E(W(3, "الجيش السوري الحر"), "ORG")
E(I(fsa, "السوري"), "NORP")
E(W(3, "الثانية"), "ORDINAL")
E(W(3, "السورية"), "NORP")
E(W(3, "المجلس الوطني", 1), "ORG")
N(W(3, "لجنتين"), 2, "cardinal", counted=W(3, "لجنتين"))
N(W(3, "الأولى"), 1, "ordinal")
N(W(3, "الثانية"), 2, "ordinal")

C(B(3, "تأتي هذه المقابلة", "إلى أبو ظبي"), "author", "event", True)
C(B(3, "التقى وزير", "آل نهيان"), "author", "event", True)
C(B(3, "بحث موضوع", "وزير الخارجية الإماراتي"), sida3, "event", True, cue=W(3, "قال"))
C(B(3, "المجلس الوطني قام", "هذا الموضوع"), sida3b, "event", True, cue=W(3, "أعلن"))
C(B(3, "الأولى تتواصل", "الجيش السوري الحر"), sida3b, "state", True, cue=W(3, "أعلن"))
C(B(3, "الثانية تتواصل", "خارج المجلس الوطني"), sida3b, "state", True, cue=W(3, "أعلن"))

# ---------------------------------------------------------------- ¶4
E(W(4, "مناف طلاس"), "PERS")
sida4 = E(W(4, "سيدا"), "PERS")
E(W(4, "العميد"), "OCC")
E(W(4, "طلاس", 1), "PERS")                       # العميد طلاس
E(W(4, "طلاس", 2), "PERS")                       # إن طلاس
E(W(4, "الأولى"), "ORDINAL")
E(W(4, "أولا"), "ORDINAL")
E(W(4, "الجيش الحر"), "ORG")
E(W(4, "طلاس", 3), "PERS")                       # ومن ضمنهم طلاس
E(W(4, "السوريين"), "NORP")
E(W(4, "طلاس", 4), "PERS")                       # أن يكون طلاس
N(W(4, "الأولى"), 1, "ordinal", counted=W(4, "المراحل"))
N(W(4, "أولا"), 1, "ordinal")

C(B(4, "رحب سيدا", "العميد طلاس"), "author", "event", True)
C(B(4, "طلاس لا يمكن", "حكومة انتقالية"), sida4, "quote", False, cue=W(4, "قال", 0))
C(B(4, "الحوار والتنسيق", "والحراك الثوري"), sida4, "quote", False, cue=W(4, "قال", 1))
C(B(4, "في ظل هذا السياق", "توافق السوريين"), sida4, "quote", False, cue=W(4, "قال", 1))
C(B(4, "يجب أن تقود", "منذ بدايتها"), sida4, "quote", False, cue=W(4, "قال", 2))
C(B(4, "هو بذلك يستبعد", "الحكومة الانتقالية"), "author", "state", False)

# ---------------------------------------------------------------- ¶5
sida5 = E(W(5, "سيدا", 0), "PERS")
E(W(5, "العربية"), "NORP")
E(W(5, "الغربية"), "NORP")
E(W(5, "مجلس الأمن"), "ORG")
fos = E(W(5, "مجموعة أصدقاء سوريا"), "ORG")
E(I(fos, "سوريا"), "GPE")
E(W(5, "الروسي"), "NORP")
sida5b = E(W(5, "سيدا", 1), "PERS")
E(W(5, "روسيا", 0), "GPE")
E(W(5, "الأسد"), "PERS")
E(W(5, "المجلس الوطني"), "ORG")
E(W(5, "روسيا", 1), "GPE")
E(W(5, "موسكو"), "GPE")

C(B(5, "دعا سيدا", "أصدقاء سوريا"), "author", "event", True)
C(B(5, "روسيا بدأت", "ما بعد الأسد"), sida5b, "event", True, cue=W(5, "قال"))
C(B(5, "المجلس الوطني لا يملك", "في الوضع الحالي"), sida5b, "state", False, cue=W(5, "أشار"))
C(B(5, "الحوار مع موسكو", "أمرا ضروريا"), sida5b, "quote", False, cue=W(5, "اعتبر"))

# ---------------------------------------------------------------- ¶6
snc6 = E(W(6, "المجلس الوطني السوري"), "ORG")
E(I(snc6, "السوري"), "NORP")
E(W(6, "السوري", 1), "NORP")                     # للشعب السوري
E(W(6, "المجلس الوطني", 1), "ORG")
E(W(6, "التركي"), "NORP")
E(W(6, "إسطنبول"), "GPE")
E(W(6, "التركية"), "NORP")

C(B(6, "وجود انتقادات", "لتشكيل الحكومة الانتقالية"), "author", "causal", False)
C(B(6, "الانتقادات الموجهة", "التأثير التركي عليه"), "author", "state", False)
C(B(6, "يتخذ من مدينة", "مقرا له"), "author", "state", False)

p.write()
