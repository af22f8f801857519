"""Pass A of wn14_politics_07 (annotator a4): the machine suggestion reviewed, corrected and completed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_politics_07"
p = Pass(DOC, "A", agent="annotator a4 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_politics_07.json; built by make_A.py.",
         source="annotations/suggestions/wn14_politics_07.json")
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
aw0 = E(W(0, "جائزة اليونسكو لحرية الصحافة"), "EVENT")
E(I(aw0, "اليونسكو"), "ORG")
E(W(0, "تونس"), "GPE")
C(B(0, "تسليم جائزة", "في تونس"), "author", "event", True)

# ---------------------------------------------------------------- ¶1
E(W(1, "تونس", 0), "GPE")
E(W(1, "يوم أمس الخميس 3 مايو"), "DATE")
E(W(1, "اليوم العالمي لحرية الصحافة", 0), "EVENT")
E(W(1, "تونس", 1), "GPE")
E(W(1, "هذه السنة"), "DATE")
rev = W(1, "للثورة التونسية")                     # span after the contracted لل (§0)
rev = E(At(rev.start + 2, rev.end), "EVENT")
E(I(rev, "التونسية"), "NORP")
E(W(1, "زين العابدين بن علي"), "PERS")
arab = E(W(1, "الربيع العربي"), "EVENT")
E(I(arab, "العربي"), "NORP")
E(W(1, "ثلاثة أيام"), "DATE")
aw1 = E(B(1, "جائزة اليونسكو /", "العالمية لحرية الصحافة"), "EVENT")
E(I(aw1, "اليونسكو"), "ORG")
E(I(aw1, "غييرمو كانو"), "PERS")
E(W(1, "الرابع والخامس من مايو"), "DATE")
occ = E(W(1, "الرئيس المؤقت للحكومة التونسية"), "OCC")
gov = I(occ, "للحكومة التونسية")
gov = E(At(gov.start + 2, gov.end), "ORG")
E(I(gov, "التونسية"), "NORP")
E(W(1, "حمادي الجبالي"), "PERS")
E(W(1, "أول"), "ORDINAL")
E(W(1, "اليوم العالمي لحرية الصحافة", 1), "EVENT")
E(W(1, "عربي"), "NORP")
occ1 = E(W(1, "مدير قناة نسمة"), "OCC")
E(I(occ1, "نسمة"), "ORG")
E(W(1, "نبيل القروي"), "PERS")
E(W(1, "برسبوليس"), "PRODUCT")
un = W(1, "للنقابة الوطنية للصحفيين التونسيين")
union1 = E(At(un.start + 2, un.end), "ORG")
E(I(union1, "التونسيين"), "NORP")
E(W(1, "ثورة الحرية والكرامة"), "EVENT")

N(W(1, "ثلاثة"), 3, "cardinal", counted=W(1, "أيام"))
N(W(1, "أول"), 1, "ordinal", counted=W(1, "مرة"))

C(B(1, "قام في تونس", "لحرية الصحافة"), "author", "event", True)
C(B(1, "تقرر إجراء", "للثورة التونسية"), "author", "event", True)
C(B(1, "أنهت حكم", "بن علي"), "author", "event", False)
C(B(1, "أطلقت الربيع", "الربيع العربي"), "author", "event", False)
C(B(1, "تستمر الفعاليات", "ثلاثة أيام"), "author", "statistic", True)
C(B(1, "يجري خلالها", "العالمية لحرية الصحافة"), "author", "event", True)
C(B(1, "تقام في الرابع", "حمادي الجبالي"), "author", "event", True)
C(B(1, "شعارها", "تغيير المجتمعات"), "author", "state", False)
C(B(1, "هذه أول مرة", "في بلد عربي"), "author", "state", True)
C(B(1, "تصادف حفل", "للصحفيين التونسيين"), "author", "event", True)
C(B(1, "وجود \"تراجع", "الحرية والكرامة"), union1, "state", True, cue=W(1, "صرحت"))

# ---------------------------------------------------------------- ¶2
aw2 = W(2, "بالجائزة العالمية لحرية الثقافة")
E(At(aw2.start + 1, aw2.end), "EVENT")
E(W(2, "هذه السنة"), "DATE")
E(W(2, "الأذربيجاني"), "NORP")
E(W(2, "عين الله فتح اللايف"), "PERS")
E(W(2, "الصحفي"), "OCC")
E(W(2, "الناشط في الدفاع عن حرية الصحافة والتعبير"), "OCC")
pal = E(W(2, "قصر قرطاج"), "FAC")
E(I(pal, "قرطاج"), "GPE")
occ2 = E(W(2, "وزيرة الخارجية الأمريكية"), "OCC")
E(I(occ2, "الخارجية"), "ORG")
E(I(occ2, "الأمريكية"), "NORP")
E(W(2, "هيلاري كلينتون"), "PERS")
occ2b = E(W(2, "الرئيس التونسي المؤقت"), "OCC")
E(I(occ2b, "التونسي"), "NORP")
marz = E(W(2, "المنصف المرزوقي"), "PERS")
E(W(2, "الائتلاف الحاكم"), "ORG")
E(W(2, "تونس", 0), "GPE")
bok = E(W(2, "إيرينا بوكوفا"), "PERS")
occ2c = E(W(2, "المديرة العامة لمنظمة اليونسكو"), "OCC")
E(I(occ2c, "اليونسكو"), "ORG")
fath = E(W(2, "فتح اللايف", 1), "PERS")
E(W(2, "تونس", 1), "GPE")

C(B(2, "فاز بالجائزة", "عين الله فتح اللايف"), "author", "event", True)
C(B(2, "جرى الاحتفال", "قصر قرطاج"), "author", "event", True)
C(B(2, "ألقي فيه", "هيلاري كلينتون"), "author", "event", True)
C(B(2, "ألقى الرئيس", "المرزوقي كلمة"), "author", "event", True)
C(B(2, "يفضل حرية", "حرية الاستبداد"), marz, "quote", False, cue=W(2, "أكد"))
C(B(2, "الائتلاف الحاكم", "الإعلام والإعلاميين"), marz, "state", False, cue=W(2, "أكد"))
C(B(2, "الحاجة إلى", "حياد ومسؤولية"), marz, "quote", False, cue=W(2, "شدد"))
C(B(2, "ألقت إيرينا", "بعد تسليم الجائزة"), "author", "event", True)
C(B(2, "حرية التعبير", "مبدأ أساسي"), bok, "quote", False, cue=W(2, "صرحت"))
C(B(2, "البلد المحوري", "التغيير الديمقراطي"), fath, "quote", False, cue=W(2, "وصفها"))

# ---------------------------------------------------------------- ¶3
E(W(3, "يوم الخميس"), "DATE")
occ3 = E(W(3, "مدير قناة نسمة"), "OCC")
E(I(occ3, "نسمة"), "ORG")
E(W(3, "نبيل القروي"), "PERS")
E(W(3, "القناة"), "ORG")                          # بث القناة: the channel Nessma
E(W(3, "برسبوليس"), "PRODUCT")
un3 = W(3, "للنقابة الوطنية للصحفيين التونسيين")
union3 = E(At(un3.start + 2, un3.end), "ORG")
E(I(union3, "التونسيين"), "NORP")
E(W(3, "الحكومة"), "ORG")

C(B(3, "تزامن حفل", "للصحفيين التونسيين"), "author", "event", True)
C(B(3, "هو فيلم رسوم", "للذات الإلهية"), "author", "state", False)
C(B(3, "القلق بسبب", "بعد الثورة"), union3, "event", True, cue=W(3, "يعبر"))
C(B(3, "الحكومة \"بالصمت", "الصحفيون مؤخرا"), union3, "state", True, cue=W(3, "يتهم"))

p.write()
