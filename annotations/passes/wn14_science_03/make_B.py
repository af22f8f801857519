"""Pass B of wn14_science_03 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_03"
p = Pass(DOC, "B", agent="annotator b11 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
E, N, C = p.ent, p.num, p.claim
A = "author"


def date_dur(par, surface, value, counted, nth=0, qual="exact", qspan=None):
    """A duration with a number: DATE entity over numeral + noun; cardinal number with counted noun."""
    at = p.find(par, surface, nth)
    E(at, "DATE")
    numeral = surface.split()[0]
    return N(p.inside(at, numeral), value, "cardinal", qualifier=qual, qualifier_span=qspan,
             counted=p.inside(at, counted))


# ---- 0 (title)
E(p.find(0, "فوياجر 1"), "PRODUCT")
E(p.find(0, "النظام الشمسي"), "LOC")
C(p.between(0, "فوياجر 1", "النظام الشمسي"), claimant=A, kind="event", check_worthy=True)

# ---- 1
nasa = E(p.find(1, "وكالة الفضاء الأمريكية"), "ORG")
E(p.find(1, "الأمريكية"), "NORP")
E(p.find(1, "ناسا"), "ORG")
E(p.find(1, "يوم أمس الجمعة"), "DATE")
E(p.find(1, "فوياجر 1"), "PRODUCT")
E(p.find(1, "النظام الشمسي"), "LOC")
E(p.find(1, "أول"), "ORDINAL")
N(p.find(1, "أول"), 1, "ordinal", counted=p.find(1, "جسم"))
E(p.find(1, "المجموعة الشمسية"), "LOC")
E(p.find(1, "عام"), "DATE")
E(p.find(1, "المجموعة الشمسية", 1), "LOC")
cue1 = p.find(1, "أعلنت")
C(p.between(1, "اجتياز مركبة", "النظام الشمسي"), claimant=nasa, cue=cue1, kind="event", check_worthy=True)
C(p.between(1, "تكون أول", "المجموعة الشمسية"), claimant=nasa, cue=cue1, kind="state", check_worthy=True)
C(p.between(1, "جاء هذا الإعلان", "المجموعة الشمسية", nth_last=0), claimant=A, kind="event", check_worthy=True)
C(p.between(1, "دون علم", "قطعها المسبار"), claimant=A, kind="state", check_worthy=False)

# ---- 2
E(p.find(2, "فوياجر 1"), "PRODUCT")
date_dur(2, "36 سنة", 36, "سنة")
d77 = E(p.find(2, "الأول من سبتمبر (أيلول) عام 1977"), "DATE")
N(p.inside(d77, "1977"), 1977, "year")
E(p.find(2, "فوياجر 2"), "PRODUCT")
q = E(p.find(2, "19 بليون كيلومتر"), "QUANTITY")
E(p.inside(q, "كيلومتر"), "UNIT")
N(p.inside(q, "19 بليون"), 19e9, "quantity", counted=p.inside(q, "كيلومتر"))
E(p.find(2, "الأرض"), "LOC")
for planet in ("المشترى", "زحل", "أورانوس", "نبتون"):
    E(p.find(2, planet), "LOC")
E(p.find(2, "عام 1989"), "DATE")
N(p.find(2, "1989"), 1989, "year")
C(p.between(2, "كان مسبار", "رفيقه فوياجر 2"), claimant=A, kind="event", check_worthy=True)
C(p.between(2, "قطع منذ", "كوكب الأرض"), claimant=A, kind="statistic", check_worthy=True)
C(p.between(2, "مر بجانب", "وأورانوس ونبتون"), claimant=A, kind="event", check_worthy=True)
C(p.between(2, "ينهي مهمته", "عام 1989"), claimant=A, kind="event", check_worthy=True)
C(p.between(2, "يبدأ رحلة", "الفضاء الخارجي"), claimant=A, kind="event", check_worthy=False)
# sentence 2
E(p.find(2, "فوياجر 1", 1), "PRODUCT")
E(p.find(2, "الآن"), "DATE")
E(p.find(2, "الأرض", 1), "LOC")
ten = p.find(2, "عشر سنوات")
E(ten, "DATE")
N(p.inside(ten, "عشر"), 10, "cardinal", counted=p.inside(ten, "سنوات"))
date_dur(2, "15 سنة", 15, "سنة")
E(p.find(2, "الآن", 1), "DATE")
C(p.between(2, "لا زال فوياجر", "على الأرض"), claimant=A, kind="state", check_worthy=True)
C(p.between(2, "تنفد طاقته", "من الآن"), claimant=A, kind="statistic", check_worthy=True)

# ---- 3
E(p.find(3, "فوياجر 1"), "PRODUCT")
d12 = E(p.find(3, "أغسطس (آب) عام 2012"), "DATE")
N(p.inside(d12, "2012"), 2012, "year")
E(p.find(3, "أول"), "ORDINAL")
N(p.find(3, "أول"), 1, "ordinal", counted=p.find(3, "مركبة"))
E(p.find(3, "النظام الشمسي"), "LOC")
E(p.find(3, "الآن"), "DATE")
C(p.between(3, "بات فوياجر", "الفضاء بين النجمي"), claimant=A, kind="state", check_worthy=True)
C(p.between(3, "العلماء لم يدركوا", "عن طريق الصدفة"), claimant=A, kind="event", check_worthy=False)
# Ed Stone
E(p.find(3, "الباحث"), "OCC")
stone = E(p.find(3, "آد ستون"), "PERS")
occ = E(p.find(3, "مدير علماء فوياجر"), "OCC")
E(p.inside(occ, "فوياجر"), "PRODUCT")
date_dur(3, "40 عاما", 40, "عاما")
cue_s = p.find(3, "يقول")
C(p.between(3, "وضع مركبة", "منذ 40 عاما"), claimant=stone, cue=cue_s, kind="quote", check_worthy=False)
C(p.between(3, "بدأنا المشروع", "منذ 40 عاما"), claimant=stone, cue=cue_s, kind="statistic", check_worthy=True)
E(p.find(3, "الكرة الأرضية"), "LOC")
E(p.find(3, "الأولى"), "ORDINAL")
N(p.find(3, "الأولى"), 1, "ordinal")
E(p.find(3, "أول", 2), "ORDINAL")
N(p.find(3, "أول", 2), 1, "ordinal", counted=p.find(3, "وطأة"))
E(p.find(3, "القمر"), "LOC")
mf = p.find(3, "المرة الأولى")
E(p.inside(mf, "الأولى"), "ORDINAL")
N(p.inside(mf, "الأولى"), 1, "ordinal", counted=p.inside(mf, "المرة"))
cue_a = p.find(3, "أضاف")
C(p.between(3, "إنها ليست", "سطح القمر"), claimant=stone, cue=cue_a, kind="quote", check_worthy=False)
C(p.between(3, "أنها المرة", "بين الكواكب"), claimant=stone, cue=cue_a, kind="state", check_worthy=True)

# ---- 4
N(p.find(4, "انفجارين"), 2, "cardinal", counted=p.find(4, "انفجارين"))
dy = E(p.find(4, "عامي 2011 و2012"), "DATE")
N(p.inside(dy, "2011"), 2011, "year")
N(p.inside(dy, "2012"), 2012, "year")
E(p.find(4, "فوياجر 1"), "PRODUCT")
E(p.find(4, "شهري أبريل ومايو"), "DATE")
E(p.find(4, "أكتوبر"), "DATE")
E(p.find(4, "نوفمبر"), "DATE")
E(p.find(4, "متر مكعب"), "UNIT")
E(p.find(4, "فوياجر", 1), "PRODUCT")
E(p.find(4, "100"), "CARDINAL")
N(p.find(4, "100"), 100, "cardinal", counted=p.find(4, "ضعف"))
E(p.find(4, "فوياجر", 2), "PRODUCT")
date_dur(4, "30 عاما", 30, "عاما", qual="more_than", qspan=p.find(4, "أكثر من"))
C(p.between(4, "تمكن العلماء", "بمسبار فوياجر 1"), claimant=A, kind="event", check_worthy=True)
C(p.between(4, "اصطدام انفجارين", "بمسبار فوياجر 1"), claimant=A, kind="event", check_worthy=True)
C(p.between(4, "أظهرت بيانات", "المحيط بها"), claimant=A, kind="event", check_worthy=True)
C(p.between(4, "أشارت البيانات", "100 ضعف"), claimant=A, kind="statistic", check_worthy=True)
C(p.between(4, "لم يكن من الممكن", "30 عاما"), claimant=A, kind="causal", check_worthy=True)
C(p.between(4, "تعطل جهاز", "30 عاما"), claimant=A, kind="event", check_worthy=True)
E(p.find(4, "المجموعة الشمسية"), "LOC")
E(p.find(4, "الغلاف الشمسي"), "LOC")
E(p.find(4, "المجموعة الشمسية", 1), "LOC")
C(p.between(4, "دفعت هذه البيانات", "في ذلك لفترة"), claimant=A, kind="causal", check_worthy=True)
C(p.between(4, "هذه الزيادة", "الغلاف الشمسي"), claimant=A, kind="state", check_worthy=True)
C(p.between(4, "الذي يعتبر", "المجموعة الشمسية", nth_last=0), claimant=A, kind="state", check_worthy=False)

p.write()
