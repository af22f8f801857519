#!/usr/bin/env python3
"""Pass A of wn14_science_05 (annotator a11), corrected from the machine suggestion. Offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_05"
p = Pass(DOC, "A", agent="annotator a11 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/"
              f"{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C = p.ent, p.num, p.claim



# ---- 0 (title)
E(p.find(0, "ويكيبيديا"), "WEBSITE")
C(p.between(0, "دراسة تتناول", "لحروب التحرير"), claimant="author", kind="event", check_worthy=True)

# ---- 1
for g in ("بريطانيا", "الولايات المتحدة", "المجر"):
    E(p.find(1, g), "GPE")
E(p.find(1, "عشر"), "CARDINAL")
ed1 = N(p.find(1, "عشر"), 10, "cardinal", counted=p.find(1, "نسخ"))
for k in range(3):
    E(p.find(1, "ويكيبيديا", k), "WEBSITE")
E(p.find(1, "السنة القادمة"), "DATE")
E(p.find(1, "دار سكيركرو للنشر"), "ORG")
C(p.between(1, "أجرى فريق", "لحروب التحرير"), claimant="author", kind="event", check_worthy=True)
C(p.between(1, "هي حالات التراجع", "سابقة منها"), claimant="author", kind="state", check_worthy=False)
C(p.between(1, "ستشكل نتائج", "سكيركرو للنشر"), claimant="author", kind="event", check_worthy=True)
C(p.between(1, "حظيت المواضيع", "للخلافات التحريرية"), claimant="author", kind="state", check_worthy=True)
C(p.between(1, "اختلاف الجوانب", "هذه الفروق"), claimant="author", cue=p.find(1, "استنتج"), kind="causal",
  check_worthy=True)

# ---- 2
E(p.find(2, "ويكيبيديا"), "WEBSITE")
d10 = E(p.find(2, "سنة 2010"), "DATE")
N(p.find(2, "2010"), 2010, "year")
E(p.find(2, "ويكيبيديا", 1), "WEBSITE")
C(p.between(2, "استخدم الباحثون", "سنة 2010"), claimant="author", kind="event", check_worthy=True)
C(p.between(2, "بحثوا في تاريخ", "بالمعالجة الحاسوبية"), claimant="author", kind="event", check_worthy=True)
C(p.between(2, "كانوا يبحثون", "عن التعديل"), claimant="author", kind="event", check_worthy=False)
C(p.between(2, "هذه الطريقة", "نسخة ويكيبيديا"), claimant="author", kind="state", check_worthy=False)
C(p.between(2, "حصروا بحثهم", "البحث لغتها"), claimant="author", kind="event", check_worthy=True)

# ---- 3
E(p.find(3, "مئة"), "CARDINAL")
N(p.find(3, "مئة"), 100, "cardinal", counted=p.find(3, "مقالة"))
t10 = p.find(3, "عشر نسخ")
E(p.inside(t10, "عشر"), "CARDINAL")
ed3 = N(p.inside(t10, "عشر"), 10, "cardinal", counted=p.inside(t10, "نسخ"))
p.rel("equals", ed1, [ed3])              # the same ten Wikipedia editions
E(p.find(3, "ويكيبيديا"), "WEBSITE")
E(p.find(3, "ثلاثة"), "CARDINAL")
N(p.find(3, "ثلاثة"), 3, "cardinal", counted=p.find(3, "عناقيد"))
for lang in ("الإسبانية", "الألمانية", "الإنكليزية", "الفرنسية", "التشيكية", "الرومانية", "المجرية",
             "العبرية", "العربية", "الفارسية"):
    E(p.find(3, lang), "LANGUAGE")
th = p.find(3, "عنقود ثالث")
E(p.inside(th, "ثالث"), "ORDINAL")
N(p.inside(th, "ثالث"), 3, "ordinal", counted=p.inside(th, "عنقود"))
c10 = p.find(3, "عشر تصنيفات")
E(p.inside(c10, "عشر"), "CARDINAL")
N(p.inside(c10, "عشر"), 10, "cardinal", counted=p.inside(c10, "تصنيفات"))
C(p.between(3, "اختار الباحثون", "نسخ ويكيبيديا"), claimant="author", kind="statistic", check_worthy=True)
C(p.between(3, "جمعوها في", "عنقود ثالث"), claimant="author", kind="statistic", check_worthy=True)
C(p.between(3, "أجروا بحثهم", "عشر تصنيفات"), claimant="author", kind="event", check_worthy=True)

# ---- 4
E(p.find(4, "هتلر"), "PERS")
E(p.find(4, "إسرائيل"), "GPE")
E(p.find(4, "الهولوكوست"), "EVENT")
E(p.find(4, "الشرق الأوسط"), "LOC")
for lang in ("العبرية", "العربية", "الفارسية"):
    E(p.find(4, lang), "LANGUAGE")
war = E(p.find(4, "الحرب على غزة"), "EVENT")      # the named war (§1 decision 17)
E(p.inside(war, "غزة"), "GPE")
E(p.find(4, "إسرائيل", 1), "GPE")
E(p.find(4, "الإسلام"), "NORP")
we = E(p.find(4, "أوروبا الغربية"), "LOC")
E(p.inside(we, "أوروبا"), "LOC")
E(p.find(4, "أمريكا"), "GPE")
E(p.find(4, "يسوع المسيح"), "PERS")
E(p.find(4, "شهود يهوه"), "NORP")                 # a religious community (§1 decision 24)
C(p.between(4, "من المواضيع", "والله والإلحاد"), claimant="author", kind="state", check_worthy=True)
C(p.between(4, "في عنقود الشرق", "وإسرائيل والإسلام"), claimant="author", kind="state", check_worthy=True)
C(p.between(4, "في عنقود أوروبا", "شهود يهوه واللاسلطوية"), claimant="author", kind="state", check_worthy=True)

# ---- 5
cue5 = p.find(5, "لاحظ")            # "الباحثون": no entity mention of the source -> author
C(p.between(5, "حروب التحرير", "مستمرة عادة"), claimant="author", cue=cue5, kind="state", check_worthy=True)
C(p.between(5, "كثيرا ما تثار", "المشاركين بها"), claimant="author", cue=cue5, kind="causal", check_worthy=True)

# ---- 6
occ6 = E(p.find(6, "نبي الإسلام"), "OCC")
E(p.inside(occ6, "الإسلام"), "NORP")
E(p.find(6, "محمد"), "PERS")
ten6 = p.find(6, "العشرة")
E(ten6, "CARDINAL")
N(ten6, 10, "cardinal", counted=p.find(6, "المقالات"))      # "العشرة الأولى": the top ten
en = E(p.find(6, "ويكيبيديا الإنكليزية"), "WEBSITE")
E(p.inside(en, "الإنكليزية"), "LANGUAGE")
E(p.find(6, "العربية"), "LANGUAGE")
r3 = p.find(6, "المرتبة الثالثة")
E(p.inside(r3, "الثالثة"), "ORDINAL")
N(p.inside(r3, "الثالثة"), 3, "ordinal", counted=p.inside(r3, "المرتبة"))
E(p.find(6, "الفارسية"), "LANGUAGE")
E(p.find(6, "العاشرة"), "ORDINAL")
N(p.find(6, "العاشرة"), 10, "ordinal")                      # elliptical rank "(العاشرة)"
ten6b = p.inside(p.find(6, "العشر الأوائل"), "العشر")
assert p.text[ten6b.end] == " "
E(ten6b, "CARDINAL")
N(ten6b, 10, "cardinal")                                     # "العشر الأوائل": the top ten, noun elided
es = E(p.find(6, "ويكيبيديا الإسبانية"), "WEBSITE")
E(p.inside(es, "الإسبانية"), "LANGUAGE")
C(p.between(6, "المقالة عن نبي", "والفارسية (العاشرة"), claimant="author", kind="state", check_worthy=True)
C(p.between(6, "قائمة العشر", "والشخصيات الرياضية"), claimant="author", kind="state", check_worthy=True)

# ---- 7
r2 = p.find(7, "المرتبة الثانية")
E(p.inside(r2, "الثانية"), "ORDINAL")
N(p.inside(r2, "الثانية"), 2, "ordinal", counted=p.inside(r2, "المرتبة"))
ar = E(p.find(7, "ويكيبيديا العربية"), "WEBSITE")
E(p.inside(ar, "العربية"), "LANGUAGE")
E(p.find(7, "علي بن طلال الجهني"), "PERS")
occ7 = E(p.between(7, "وزير سابق", "العربية السعودية"), "OCC")
E(p.inside(occ7, "برق والبريد"), "ORG")          # the ministry, after the contracted لل (§0)
E(p.inside(occ7, "المملكة العربية السعودية"), "GPE")
C(p.between(7, "المرتبة الثانية", "طلال الجهني"), claimant="author", kind="state", check_worthy=True)
C(p.between(7, "هو وزير سابق", "العربية السعودية"), claimant="author", kind="state", check_worthy=False)
C(p.between(7, "يعود ذلك", "تاريخ ميلاده"), claimant="author", kind="causal", check_worthy=True)
E(p.find(7, "راديو سوا"), "ORG")
yasseri = E(p.find(7, "طه ياسري"), "PERS")
ar2 = E(p.find(7, "ويكيبيديا العربية", 1), "WEBSITE")
E(p.inside(ar2, "العربية"), "LANGUAGE")
cue7 = p.find(7, "نوه")
C(p.between(7, "هو أحد القائمين", "هذا البحث"), claimant="author", kind="state", check_worthy=False)
C(p.between(7, "ويكيبيديا العربية فيها", "مصادر موثوقة"), claimant=yasseri, cue=cue7, kind="state",
  check_worthy=True)
C(p.between(7, "توثيق تاريخ الميلاد", "أغلب الأحيان"), claimant=yasseri, cue=cue7, kind="state",
  check_worthy=False)

# ---- 8
E(p.find(8, "ويكيبيديا"), "WEBSITE")
o8 = p.find(8, "نسختها الأولى")
E(p.inside(o8, "الأولى"), "ORDINAL")
N(p.inside(o8, "الأولى"), 1, "ordinal", counted=p.inside(o8, "نسختها"))
C(p.between(8, "ويكيبيديا موسوعة", "من المتطوعين"), claimant="author", kind="state", check_worthy=False)
C(p.between(8, "يسمح لأي شخص", "سياسات الموسوعة"), claimant="author", kind="state", check_worthy=False)
C(p.between(8, "ما يجعلها مناسبة", "تاريخ التعديلات"), claimant="author", kind="causal", check_worthy=False)
C(p.between(8, "يمكن الاطلاع", "نسختها الحالية"), claimant="author", kind="state", check_worthy=False)

p.write()
