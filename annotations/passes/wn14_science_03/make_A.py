#!/usr/bin/env python3
"""Pass A of wn14_science_03 (annotator a11), corrected from the machine suggestion. Offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_03"
p = Pass(DOC, "A", agent="annotator a11 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/"
              f"{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C = p.ent, p.num, p.claim



# ---- 0 (title)
E(p.find(0, "فوياجر 1"), "PRODUCT")          # a spacecraft; "1" is inside a name (§2 decision 11)
E(p.find(0, "النظام الشمسي"), "LOC")
C(p.between(0, "فوياجر 1", "النظام الشمسي"), claimant="author", kind="event", check_worthy=True)

# ---- 1
nasa_full = E(p.find(1, "وكالة الفضاء الأمريكية"), "ORG")
E(p.inside(nasa_full, "الأمريكية"), "NORP")
E(p.find(1, "ناسا"), "ORG")
E(p.find(1, "يوم أمس الجمعة"), "DATE")
E(p.find(1, "فوياجر 1"), "PRODUCT")
E(p.find(1, "النظام الشمسي"), "LOC")
first1 = p.find(1, "أول")
E(first1, "ORDINAL")
N(first1, 1, "ordinal", counted=p.find(1, "جسم"))
E(p.find(1, "المجموعة الشمسية"), "LOC")
E(p.find(1, "عام"), "DATE")                  # "نحو عام": a duration of one year, no numeral
E(p.find(1, "المجموعة الشمسية", 1), "LOC")
E(p.find(1, "قبل أيام"), "DATE")
cue1 = p.find(1, "أعلنت")
C(p.between(1, "اجتياز مركبة", "النظام الشمسي"), claimant=nasa_full, cue=cue1, kind="event", check_worthy=True)
C(p.between(1, "تكون أول جسم", "المجموعة الشمسية"), claimant=nasa_full, cue=cue1, kind="event",
  check_worthy=True)
C(p.between(1, "جاء هذا الإعلان", "المجموعة الشمسية"), claimant="author", kind="event", check_worthy=True)
C(p.between(1, "دون علم من العلماء", "قطعها المسبار"), claimant="author", kind="event", check_worthy=True)

# ---- 2
E(p.find(2, "فوياجر 1"), "PRODUCT")
d36 = p.find(2, "قبل 36 سنة")
E(d36, "DATE")
N(p.inside(d36, "36"), 36, "cardinal", counted=p.inside(d36, "سنة"))
d77 = p.find(2, "الأول من سبتمبر (أيلول) عام 1977")
E(d77, "DATE")
N(p.inside(d77, "1977"), 1977, "year")
E(p.find(2, "فوياجر 2"), "PRODUCT")
q19 = p.find(2, "19 بليون كيلومتر")
E(q19, "QUANTITY")
E(p.inside(q19, "كيلومتر"), "UNIT")
N(p.inside(q19, "19 بليون"), 19_000_000_000, "quantity", counted=p.inside(q19, "كيلومتر"))
E(p.find(2, "الأرض"), "LOC")
for planet in ("المشترى", "زحل", "أورانوس", "نبتون"):
    E(p.find(2, planet), "LOC")
d89 = p.find(2, "عام 1989")
E(d89, "DATE")
N(p.inside(d89, "1989"), 1989, "year")
E(p.find(2, "فوياجر 1", 1), "PRODUCT")
E(p.find(2, "الآن"), "DATE")
E(p.find(2, "الأرض", 1), "LOC")
d10 = p.find(2, "عشر سنوات")
E(d10, "DATE")
N(p.inside(d10, "عشر"), 10, "cardinal", counted=p.inside(d10, "سنوات"))
d15 = p.find(2, "15 سنة")
E(d15, "DATE")
N(p.inside(d15, "15"), 15, "cardinal", counted=p.inside(d15, "سنة"))
E(p.find(2, "الآن", 1), "DATE")
C(p.between(2, "كان مسبار", "رفيقه فوياجر 2"), claimant="author", kind="event", check_worthy=True)
C(p.between(2, "قبل أيام من", "رفيقه فوياجر 2"), claimant="author", kind="event", check_worthy=True)
C(p.between(2, "قطع منذ ذلك", "كوكب الأرض"), claimant="author", kind="statistic", check_worthy=True)
C(p.between(2, "مر بجانب", "وأورانوس ونبتون"), claimant="author", kind="event", check_worthy=True)
C(p.between(2, "ينهي مهمته", "عام 1989"), claimant="author", kind="event", check_worthy=True)
C(p.between(2, "يبدأ رحلة", "الفضاء الخارجي"), claimant="author", kind="event", check_worthy=False)
C(p.between(2, "لا زال فوياجر", "على الأرض"), claimant="author", kind="state", check_worthy=True)
C(p.between(2, "تنفد طاقته", "من الآن"), claimant="author", kind="statistic", check_worthy=True)

# ---- 3
E(p.find(3, "فوياجر 1"), "PRODUCT")
d12 = p.find(3, "أغسطس (آب) عام 2012")
E(d12, "DATE")
N(p.inside(d12, "2012"), 2012, "year")
f3 = p.find(3, "أول")
E(f3, "ORDINAL")
N(f3, 1, "ordinal", counted=p.find(3, "مركبة"))
E(p.find(3, "النظام الشمسي"), "LOC")
E(p.find(3, "الآن"), "DATE")
C(p.between(3, "قد بات", "الفضاء بين النجمي"), claimant="author", kind="event", check_worthy=True)
C(p.between(3, "العلماء لم يدركوا", "إلا الآن"), claimant="author", kind="event", check_worthy=True)
C(p.between(3, "قياسات جاء", "طريق الصدفة"), claimant="author", kind="event", check_worthy=False)
E(p.find(3, "الباحث"), "OCC")
stone = E(p.find(3, "آد ستون"), "PERS")
dirv = E(p.find(3, "مدير علماء فوياجر"), "OCC")
E(p.inside(dirv, "فوياجر"), "PRODUCT")
d40 = p.find(3, "40 عاما")
E(d40, "DATE")
N(p.inside(d40, "40"), 40, "cardinal", counted=p.inside(d40, "عاما"))
cue3 = p.find(3, "يقول")
C(p.between(3, "وضع مركبة", "منذ 40 عاما"), claimant=stone, cue=cue3, kind="quote", check_worthy=False)
C(p.between(3, "بدأنا المشروع", "منذ 40 عاما"), claimant=stone, cue=cue3, kind="event", check_worthy=True)
o1 = p.find(3, "الأولى")
E(o1, "ORDINAL")
N(o1, 1, "ordinal")                          # "للمرة الأولى": counted noun not spannable (§0)
E(p.find(3, "الكرة الأرضية"), "LOC")
o2 = p.find(3, "أول وطأة")
E(p.inside(o2, "أول"), "ORDINAL")
N(p.inside(o2, "أول"), 1, "ordinal", counted=p.inside(o2, "وطأة"))
E(p.find(3, "القمر"), "LOC")
o3 = p.find(3, "المرة الأولى")
E(p.inside(o3, "الأولى"), "ORDINAL")
N(p.inside(o3, "الأولى"), 1, "ordinal", counted=p.inside(o3, "المرة"))
cue3b = p.find(3, "أضاف")
C(p.between(3, "إنها ليست مجرد", "قفزة تاريخية"), claimant=stone, cue=cue3b, kind="quote", check_worthy=False)
C(p.between(3, "أنها ليست كأي", "سطح القمر"), claimant=stone, cue=cue3b, kind="quote", check_worthy=False)
C(p.between(3, "أنها المرة الأولى", "بين الكواكب"), claimant=stone, cue=cue3b, kind="state", check_worthy=False)

# ---- 4
N(p.find(4, "انفجارين"), 2, "cardinal", counted=p.find(4, "انفجارين"))   # dual
d1112 = p.find(4, "عامي 2011 و2012")
E(d1112, "DATE")
N(p.inside(d1112, "2011"), 2011, "year")
N(p.inside(d1112, "2012"), 2012, "year")
E(p.find(4, "فوياجر 1"), "PRODUCT")
E(p.find(4, "شهري أبريل ومايو"), "DATE")
E(p.find(4, "أكتوبر ونوفمبر"), "DATE")
E(p.find(4, "متر مكعب"), "UNIT")
E(p.find(4, "فوياجر", 1), "PRODUCT")
E(p.find(4, "100"), "CARDINAL")
N(p.find(4, "100"), 100, "cardinal", counted=p.find(4, "ضعف"))
E(p.find(4, "فوياجر", 2), "PRODUCT")
E(p.find(4, "30 عاما"), "DATE")
N(p.find(4, "30"), 30, "cardinal", qualifier="more_than", qualifier_span=p.find(4, "أكثر من"),
  counted=p.inside(p.find(4, "30 عاما"), "عاما"))
E(p.find(4, "المجموعة الشمسية"), "LOC")
E(p.find(4, "الغلاف الشمسي"), "LOC")
E(p.find(4, "المجموعة الشمسية", 1), "LOC")
C(p.between(4, "تمكن العلماء", "بمسبار فوياجر 1"), claimant="author", kind="causal", check_worthy=True)
C(p.between(4, "اصطدام انفجارين", "بمسبار فوياجر 1"), claimant="author", kind="event", check_worthy=True)
C(p.between(4, "أظهرت بيانات", "المحيط بها"), claimant="author", kind="state", check_worthy=True)
C(p.between(4, "أشارت البيانات", "100 ضعف"), claimant="author", kind="statistic", check_worthy=True)
C(p.between(4, "لم يكن من الممكن", "من 30 عاما"), claimant="author", kind="causal", check_worthy=True)
C(p.between(4, "تعطل جهاز", "من 30 عاما"), claimant="author", kind="event", check_worthy=True)
C(p.between(4, "دفعت هذه البيانات", "في ذلك لفترة"), claimant="author", kind="causal", check_worthy=True)
C(p.between(4, "هذه الزيادة", "الغلاف الشمسي"), claimant="author", kind="state", check_worthy=True)
C(p.between(4, "الذي يعتبر", "المجموعة الشمسية"), claimant="author", cue=p.find(4, "حسب"), kind="state",
  check_worthy=False)

p.write()
