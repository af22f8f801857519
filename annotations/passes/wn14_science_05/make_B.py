"""Pass B of wn14_science_05 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_05"
p = Pass(DOC, "B", agent="annotator b11 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
E, N, C = p.ent, p.num, p.claim
A = "author"
WP = "ويكيبيديا"


def card(par, surface, value, counted=None, nth=0, numeral=None, label="CARDINAL", kind="cardinal"):
    at = p.find(par, surface, nth)
    sp = p.inside(at, numeral) if numeral else at
    E(sp, label)
    return N(sp, value, kind, counted=p.inside(at, counted) if counted else None)


def wp_edition(par, lang, nth=0):
    """WEBSITE 'ويكيبيديا <lang>' with WEBSITE 'ويكيبيديا' and LANGUAGE '<lang>' nested."""
    w = E(p.find(par, f"{WP} {lang}", nth), "WEBSITE")
    E(p.inside(w, WP), "WEBSITE")
    E(p.inside(w, lang), "LANGUAGE")
    return w


# ---- 0 (title)
E(p.find(0, WP), "WEBSITE")
C(p.between(0, "دراسة تتناول", "لحروب التحرير"), claimant=A, kind="event", check_worthy=True)

# ---- 1
for g in ("بريطانيا", "الولايات المتحدة", "المجر"):
    E(p.find(1, g), "GPE")
ten1 = card(1, "عشر نسخ", 10, "نسخ", numeral="عشر")
for k in range(3):
    E(p.find(1, WP, k), "WEBSITE")
E(p.find(1, "السنة القادمة"), "DATE")
E(p.find(1, "دار سكيركرو للنشر"), "ORG")
C(p.between(1, "أجرى فريق", "لحروب التحرير"), claimant=A, kind="event", check_worthy=True)
C(p.between(1, "هي حالات", "نسخة سابقة منها"), claimant=A, kind="state", check_worthy=False)
C(p.between(1, "ستشكل نتائج", "سكيركرو للنشر"), claimant=A, kind="event", check_worthy=True)
C(p.between(1, "حظيت المواضيع", "للخلافات التحريرية"), claimant=A, kind="state", check_worthy=True)
C(p.between(1, "اختلاف الجوانب", "هذه الفروق"), claimant=A, cue=p.find(1, "استنتج"), kind="causal",
  check_worthy=True)

# ---- 2
E(p.find(2, WP), "WEBSITE")
E(p.find(2, "سنة 2010"), "DATE")
N(p.find(2, "2010"), 2010, "year")
E(p.find(2, WP, 1), "WEBSITE")
C(p.between(2, "استخدم الباحثون", "سنة 2010"), claimant=A, kind="event", check_worthy=True)
C(p.between(2, "بحثوا في", "بالمعالجة الحاسوبية"), claimant=A, kind="event", check_worthy=False)
C(p.between(2, "كانوا يبحثون", "عن التعديل"), claimant=A, kind="state", check_worthy=False)
C(p.between(2, "هذه الطريقة", "نسخة ويكيبيديا"), claimant=A, kind="state", check_worthy=False)
C(p.between(2, "حصروا بحثهم", "البحث لغتها"), claimant=A, kind="state", check_worthy=False)

# ---- 3
card(3, "مئة مقالة", 100, "مقالة", numeral="مئة")
ten3 = card(3, "عشر نسخ", 10, "نسخ", numeral="عشر")
p.rel("equals", ten1, [ten3])
E(p.find(3, WP), "WEBSITE")
card(3, "ثلاثة عناقيد", 3, "عناقيد", numeral="ثلاثة")
for lang in ("الإسبانية", "الألمانية", "الإنكليزية", "الفرنسية", "التشيكية", "الرومانية", "المجرية",
             "العبرية", "العربية", "الفارسية"):
    E(p.find(3, lang), "LANGUAGE")
card(3, "عنقود ثالث", 3, "عنقود", numeral="ثالث", label="ORDINAL", kind="ordinal")
card(3, "عشر تصنيفات", 10, "تصنيفات", numeral="عشر")
C(p.between(3, "اختار الباحثون", "نسخ ويكيبيديا"), claimant=A, kind="statistic", check_worthy=True)
C(p.between(3, "جمعوها في", "في عنقود ثالث"), claimant=A, kind="statistic", check_worthy=True)
C(p.between(3, "أجروا بحثهم", "عشر تصنيفات"), claimant=A, kind="event", check_worthy=False)

# ---- 4
E(p.find(4, "هتلر"), "PERS")
E(p.find(4, "إسرائيل"), "GPE")
E(p.find(4, "الهولوكوست"), "EVENT")
E(p.find(4, "الشرق الأوسط"), "LOC")
for lang in ("العبرية", "العربية", "الفارسية"):
    E(p.find(4, lang), "LANGUAGE")
war = E(p.find(4, "الحرب على غزة"), "EVENT")
E(p.inside(war, "غزة"), "GPE")
E(p.find(4, "إسرائيل", 1), "GPE")
E(p.find(4, "الإسلام"), "NORP")
E(p.find(4, "أوروبا الغربية"), "LOC")
E(p.find(4, "أمريكا"), "GPE")
E(p.find(4, "يسوع المسيح"), "PERS")
E(p.find(4, "شهود يهوه"), "NORP")
C(p.between(4, "من المواضيع", "والله والإلحاد"), claimant=A, kind="state", check_worthy=True)
C(p.between(4, "في عنقود الشرق", "وإسرائيل والإسلام"), claimant=A, kind="state", check_worthy=True)
C(p.between(4, "في عنقود أوروبا", "يهوه واللاسلطوية"), claimant=A, kind="state", check_worthy=True)

# ---- 5
cue5 = p.find(5, "لاحظ")
C(p.between(5, "حروب التحرير", "مستمرة عادة"), claimant=A, cue=cue5, kind="state", check_worthy=True)
C(p.between(5, "كثيرا ما", "المشاركين بها"), claimant=A, cue=cue5, kind="causal", check_worthy=True)

# ---- 6
occ = E(p.find(6, "نبي الإسلام"), "OCC")
E(p.inside(occ, "الإسلام"), "NORP")
E(p.find(6, "محمد"), "PERS")
card(6, "المقالات الخلافية العشرة", 10, "المقالات", numeral="العشرة")
wp_edition(6, "الإنكليزية")
E(p.find(6, "العربية"), "LANGUAGE")
card(6, "المرتبة الثالثة", 3, "المرتبة", numeral="الثالثة", label="ORDINAL", kind="ordinal")
E(p.find(6, "الفارسية"), "LANGUAGE")
card(6, "العاشرة", 10, label="ORDINAL", kind="ordinal")
card(6, "العشر الأوائل", 10, numeral="العشر")
wp_edition(6, "الإسبانية")
C(p.between(6, "المقالة عن", "والفارسية (العاشرة"), claimant=A, kind="statistic", check_worthy=True)
C(p.between(6, "قائمة العشر", "والشخصيات الرياضية"), claimant=A, kind="state", check_worthy=True)

# ---- 7
card(7, "المرتبة الثانية", 2, "المرتبة", numeral="الثانية", label="ORDINAL", kind="ordinal")
wp_edition(7, "العربية")
E(p.find(7, "علي بن طلال الجهني"), "PERS")
occ7 = E(p.between(7, "وزير سابق", "العربية السعودية"), "OCC")
E(p.inside(occ7, "برق والبريد"), "ORG")
E(p.inside(occ7, "المملكة العربية السعودية"), "GPE")
E(p.find(7, "راديو سوا"), "ORG")
yasiri = E(p.find(7, "طه ياسري"), "PERS")
wp_edition(7, "العربية", 1)
C(p.between(7, "المرتبة الثانية", "طلال الجهني"), claimant=A, kind="statistic", check_worthy=True)
C(p.between(7, "هو وزير", "العربية السعودية"), claimant=A, kind="state", check_worthy=False)
C(p.between(7, "يعود ذلك", "تاريخ ميلاده"), claimant=A, kind="causal", check_worthy=True)
C(p.between(7, "هو أحد", "هذا البحث"), claimant=A, kind="state", check_worthy=False)
cue7 = p.find(7, "نوه")
C(p.between(7, "ويكيبيديا العربية فيها", "مصادر موثوقة"), claimant=yasiri, cue=cue7, kind="state",
  check_worthy=True)
C(p.between(7, "توثيق تاريخ", "أغلب الأحيان"), claimant=yasiri, cue=cue7, kind="state", check_worthy=False)

# ---- 8
E(p.find(8, WP), "WEBSITE")
E(p.find(8, "الموسوعة"), "WEBSITE")
card(8, "نسختها الأولى", 1, "نسختها", numeral="الأولى", label="ORDINAL", kind="ordinal")
C(p.between(8, "ويكيبيديا", "من المتطوعين"), claimant=A, kind="state", check_worthy=False)
C(p.between(8, "يسمح لأي", "سياسات الموسوعة"), claimant=A, kind="state", check_worthy=False)
C(p.between(8, "ما يجعلها", "تاريخ التعديلات"), claimant=A, kind="causal", check_worthy=False)
C(p.between(8, "يمكن الاطلاع", "نسختها الحالية"), claimant=A, kind="state", check_worthy=False)

p.write()
