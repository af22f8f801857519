"""Pass B of wn14_politics_07 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_07"
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
aw = E(W(0, "جائزة اليونسكو لحرية الصحافة"), "EVENT")
E(I(aw, "اليونسكو"), "ORG")
E(W(0, "تونس"), "GPE")
C(W(0, "تسليم جائزة اليونسكو لحرية الصحافة في تونس"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 1
E(W(1, "تونس"), "GPE")
E(W(1, "يوم أمس الخميس 3 مايو"), "DATE")          # day of the month: no number (numbers §10)
E(W(1, "اليوم العالمي لحرية الصحافة"), "EVENT")
E(W(1, "تونس", 1), "GPE")
E(W(1, "هذه السنة"), "DATE")
rev = E(W(1, "ثورة التونسية"), "EVENT")           # للثورة: after the contracted لل
E(I(rev, "التونسية"), "NORP")
E(W(1, "زين العابدين بن علي"), "PERS")
ar = E(W(1, "الربيع العربي"), "EVENT")
E(I(ar, "العربي"), "NORP")
d3 = E(W(1, "ثلاثة أيام"), "DATE")
N(I(d3, "ثلاثة"), 3, "cardinal", counted=I(d3, "أيام"))
aw = E(B(1, "جائزة اليونسكو /", "العالمية لحرية الصحافة"), "EVENT")
E(I(aw, "اليونسكو"), "ORG")
E(I(aw, "غييرمو كانو"), "PERS")
E(W(1, "الرابع والخامس من مايو"), "DATE")
occ = E(W(1, "الرئيس المؤقت للحكومة التونسية"), "OCC")
gov = E(I(occ, "حكومة التونسية"), "ORG")
E(I(gov, "التونسية"), "NORP")
E(W(1, "حمادي الجبالي"), "PERS")
o = E(W(1, "أول"), "ORDINAL")
N(o, 1, "ordinal", counted=W(1, "مرة"))
E(W(1, "اليوم العالمي لحرية الصحافة", 1), "EVENT")
E(W(1, "عربي"), "NORP")                            # في بلد عربي
occ = E(W(1, "مدير قناة نسمة"), "OCC")
E(I(occ, "نسمة"), "ORG")
E(W(1, "نبيل القروي"), "PERS")
E(W(1, "برسبوليس"), "PRODUCT")
un = E(W(1, "نقابة الوطنية للصحفيين التونسيين"), "ORG")  # للنقابة: after the contracted لل
E(I(un, "التونسيين"), "NORP")
E(W(1, "ثورة الحرية والكرامة"), "EVENT")

C(B(1, "قام في تونس", "لحرية الصحافة"), claimant="author", kind="event", check_worthy=True)
C(B(1, "تقرر إجراء الاحتفال", "للثورة التونسية"), claimant="author", kind="event", check_worthy=True)
C(W(1, "أنهت حكم زين العابدين بن علي"), claimant="author", kind="event", check_worthy=False)
C(W(1, "أطلقت الربيع العربي"), claimant="author", kind="event", check_worthy=False)
C(W(1, "تستمر الفعاليات ثلاثة أيام"), claimant="author", kind="statistic", check_worthy=True)
C(B(1, "يجري خلالها تسليم", "العالمية لحرية الصحافة"), claimant="author", kind="event",
  check_worthy=True)
C(B(1, "تقام في الرابع", "حمادي الجبالي"), claimant="author", kind="event", check_worthy=True)
C(B(1, "شعارها", "في تغيير المجتمعات"), claimant="author", kind="state", check_worthy=False)
C(B(1, "هذه أول مرة", "في بلد عربي"), claimant="author", kind="event", check_worthy=True)
C(B(1, "تصادف حفل تسليم", "رسوم متحركة برسبوليس"), claimant="author", kind="event", check_worthy=True)
C(B(1, "تراجع كبير", "ثورة الحرية والكرامة"), claimant=un, cue=W(1, "صرحت"), kind="state",
  check_worthy=True)

# ---------------------------------------------------------------- paragraph 2
aw = E(W(2, "الجائزة العالمية لحرية الثقافة"), "EVENT")
E(W(2, "هذه السنة"), "DATE")
E(W(2, "الأذربيجاني"), "NORP")
E(W(2, "عين الله فتح اللايف"), "PERS")
E(W(2, "الصحفي"), "OCC")
E(W(2, "الناشط في الدفاع عن حرية الصحافة والتعبير"), "OCC")
fac = E(W(2, "قصر قرطاج"), "FAC")
E(I(fac, "قرطاج"), "GPE")
occ = E(W(2, "وزيرة الخارجية الأمريكية"), "OCC")
E(I(occ, "الخارجية"), "ORG")
E(I(occ, "الأمريكية"), "NORP")
E(W(2, "هيلاري كلينتون"), "PERS")
occ = E(W(2, "الرئيس التونسي المؤقت"), "OCC")
E(I(occ, "التونسي"), "NORP")
marz = E(W(2, "المنصف المرزوقي"), "PERS")
E(W(2, "الائتلاف الحاكم"), "ORG")
E(W(2, "تونس"), "GPE")
bok = E(W(2, "إيرينا بوكوفا"), "PERS")
occ = E(W(2, "المديرة العامة لمنظمة اليونسكو"), "OCC")
E(I(occ, "اليونسكو"), "ORG")
fath = E(W(2, "فتح اللايف", 1), "PERS")
E(W(2, "تونس", 1), "GPE")

C(B(2, "فاز بالجائزة", "الصحافة والتعبير"), claimant="author", kind="event", check_worthy=True)
C(B(2, "عين الله فتح اللايف", "الصحافة والتعبير"), claimant="author", kind="state", check_worthy=False)
C(W(2, "جرى الاحتفال الرسمي في قصر قرطاج"), claimant="author", kind="event", check_worthy=True)
C(B(2, "ألقي فيه خطاب", "هيلاري كلينتون"), claimant="author", kind="event", check_worthy=True)
C(B(2, "ألقى الرئيس التونسي", "المرزوقي كلمة"), claimant="author", kind="event", check_worthy=True)
C(W(2, "يفضل حرية الفوضى على حرية الاستبداد"), claimant=marz, cue=W(2, "أكد"), kind="quote",
  check_worthy=False)
C(B(2, "الائتلاف الحاكم", "الإعلام والإعلاميين"), claimant=marz, cue=W(2, "أكد"), kind="state",
  check_worthy=False)
C(B(2, "الحاجة إلى", "بكل حياد ومسؤولية"), claimant=marz, cue=W(2, "شدد"), kind="quote",
  check_worthy=False)
C(B(2, "ألقت إيرينا بوكوفا", "بعد تسليم الجائزة"), claimant="author", kind="event", check_worthy=True)
C(W(2, "حرية التعبير مبدأ أساسي"), claimant=bok, cue=W(2, "صرحت"), kind="quote", check_worthy=False)
C(W(2, "البلد المحوري في التغيير الديمقراطي"), claimant=fath, cue=W(2, "وصفها"), kind="quote",
  check_worthy=False)

# ---------------------------------------------------------------- paragraph 3
E(W(3, "يوم الخميس"), "DATE")
occ = E(W(3, "مدير قناة نسمة"), "OCC")
E(I(occ, "نسمة"), "ORG")
E(W(3, "نبيل القروي"), "PERS")
E(W(3, "القناة"), "ORG")                           # بث القناة: Nessma, uniquely identified
E(W(3, "برسبوليس"), "PRODUCT")
un3 = E(W(3, "نقابة الوطنية للصحفيين التونسيين"), "ORG")
E(I(un3, "التونسيين"), "NORP")
E(W(3, "الحكومة"), "ORG")

C(B(3, "تزامن حفل تسليم", "لفيلم برسبوليس"), claimant="author", kind="event", check_worthy=True)
C(B(3, "هو فيلم رسوم", "للذات الإلهية"), claimant="author", kind="state", check_worthy=False)
C(B(3, "صدور التقرير السنوي", "للصحفيين التونسيين"), claimant="author", kind="event", check_worthy=True)
C(B(3, "القلق بسبب الاعتداءات", "بعد الثورة"), claimant=un3, cue=W(3, "يعبر عن"), kind="state",
  check_worthy=True)
C(B(3, "الحكومة", "الصحفيون مؤخرا"), claimant=un3, cue=W(3, "يتهم"), kind="state", check_worthy=True)

p.write()
