"""Pass A of wn14_politics_10 (annotator a4): the machine suggestion reviewed, corrected and completed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_politics_10"
p = Pass(DOC, "A", agent="annotator a4 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_politics_10.json; built by make_A.py.",
         source="annotations/suggestions/wn14_politics_10.json")
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



def after_ll(a):
    """A span that starts with the contracted لل (ل + ال): the entity starts after it (§0)."""
    return At(a.start + 2, a.end)


# ---------------------------------------------------------------- ¶0 (title)
E(W(0, "أوبك"), "ORG")
m0 = E(W(0, "45 دولارا"), "MONEY")
E(I(m0, "دولارا"), "CURR")
E(after_ll(W(0, "للبرميل")), "UNIT")
n45 = N(W(0, "45"), 45, "money", qualifier="more_than", qualifier_span=W(0, "أكثر من"), counted=W(0, "دولارا"))
C(B(0, "خفض أوبك", "للبرميل"), "author", "causal", True)

# ---------------------------------------------------------------- ¶1
m1 = E(W(1, "47 دولارا"), "MONEY")
E(I(m1, "دولارا"), "CURR")
E(after_ll(W(1, "للبرميل")), "UNIT")
E(W(1, "أمس"), "DATE")
E(W(1, "أوبك"), "ORG")
E(W(1, "ثانية"), "ORDINAL")
E(W(1, "يوم الأحد"), "DATE")
E(W(1, "اثنين بالمئة"), "PERCENT")
E(W(1, "الدولار"), "CURR")
E(W(1, "الأميركية"), "NORP")
E(W(1, "ميرك"), "ORG")
E(W(1, "شيرينج - بلاو"), "ORG")
E(W(1, "أوروبا"), "LOC")
E(W(1, "الآسيوية"), "NORP")

N(W(1, "47"), 47, "money", qualifier="more_than", qualifier_span=W(1, "متجاوزا"), counted=W(1, "دولارا"))
N(W(1, "ثانية"), 2, "ordinal")
N(W(1, "اثنين"), 2, "percent", qualifier="more_than", qualifier_span=W(1, "أكثر من"))

C(B(1, "ارتفع النفط", "عمليات الشراء"), "author", "statistic", True)
C(B(1, "منظمة أوبك قد", "يوم الأحد"), "author", "state", False, cue=W(1, "تكهنات"))
C(B(1, "تراجعت أسعار الذهب", "الصناديق المتداولة"), "author", "statistic", True)
C(B(1, "بيانات تظهر", "الصناديق المتداولة"), "author", "state", True)
C(B(1, "تراجعت الأسهم", "البنوك المتداعية"), "author", "event", True)
C(B(1, "هو ما طغى", "شيرينج - بلاو"), "author", "causal", True)
C(B(1, "كانت مشاعر", "التراجع في أوروبا"), "author", "causal", True)
C(B(1, "تواصل عمليات البيع", "المعاملات الآسيوية"), "author", "event", True)

# ---------------------------------------------------------------- ¶2
E(W(2, "أوبك", 0), "ORG")
q1 = E(W(2, "2.4 مليون برميل"), "QUANTITY")
E(I(q1, "برميل"), "UNIT")
E(W(2, "أيلول"), "DATE")
reuters = E(W(2, "رويترز"), "ORG")
E(W(2, "المنظمة", 0), "ORG")                      # المنظمة طبقت: OPEC
E(W(2, "80 في المئة"), "PERCENT")
E(W(2, "السعودية"), "GPE")
E(W(2, "أوبك", 1), "ORG")                         # للنفط في أوبك
E(W(2, "أوروبية"), "NORP")
E(W(2, "واحدة"), "CARDINAL")
E(W(2, "نيسان"), "DATE")
E(W(2, "أسبوع"), "DATE")
E(W(2, "المنظمة", 1), "ORG")                      # اجتماع المنظمة
E(W(2, "أوبك", 2), "ORG")                         # خفض إنتاج أوبك
q2 = E(W(2, "مليون برميل", 1), "QUANTITY")        # نحو مليون برميل
E(I(q2, "برميل"), "UNIT")

N(W(2, "2.4 مليون"), 2400000, "quantity", counted=I(q1, "برميل"))
N(W(2, "80"), 80, "percent", qualifier="more_than", qualifier_span=W(2, "أكثر من", 0))
N(W(2, "واحدة"), 1, "cardinal", counted=W(2, "شركة"))
N(I(q2, "مليون"), 1000000, "quantity", qualifier="approximately", qualifier_span=W(2, "نحو"), counted=I(q2, "برميل"))

C(B(2, "تعهدت أوبك", "منذ أيلول"), "author", "statistic", True)
C(B(2, "المنظمة طبقت", "هذه التخفيضات"), reuters, "statistic", True, cue=W(2, "خلص"))
C(B(2, "السعودية أكبر", "في نيسان"), "author", "event", True, cue=W(2, "قال"))
C(B(2, "السعودية أكبر", "للنفط في أوبك"), "author", "state", False)
C(B(2, "ذلك قبل أقل", "سياسة الإنتاج"), "author", "event", True)
C(B(2, "خفض إنتاج أوبك", "برميل يوميا", 0, 0), "author", "statistic", True, cue=W(2, "يتوقع"))
C(B(2, "هذا سيكون", "صعب التنفيذ"), "author", "quote", False, cue=W(2, "يقولون"))

p.write()
