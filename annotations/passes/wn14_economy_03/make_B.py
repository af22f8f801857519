"""Pass B of wn14_economy_03 (blind: guidelines 1.2 and the raw text only). Offsets by passkit.

The report's claims ("أشار التقرير", "يعزو التقرير", ...) have as claimant the first mention of the
first of its two authoring organisations, "منظمة الأغذية والزراعة" in paragraph 1 (claims §12:
the organisation as an entity mention; "التقرير" itself is not an entity).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_03"
p = Pass(DOC, "B", agent="annotator b1 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, inside, between, ent, num, claim = p.find, p.inside, p.between, p.ent, p.num, p.claim

# ---------------------------------------------------------------- paragraph 0 (title)
un0 = ent(f(0, "الأمم المتحدة"), "ORG")
ent(f(0, "سوريا"), "GPE")
claim(between(0, "تدهور الأمن الغذائي", "في سوريا"), un0, "state", True, cue=f(0, "تشير"))

# ---------------------------------------------------------------- paragraph 1
ent(f(1, "أمس الجمعة"), "DATE")
fao = ent(f(1, "منظمة الأغذية والزراعة"), "ORG")
ent(f(1, "فاو"), "ORG")
ent(f(1, "برنامج الأغذية العالمي"), "ORG")
ent(f(1, "سوريا"), "GPE")
claim(between(1, "صدر أمس الجمعة", "الغذائي في سوريا"), "author", "event", True)
ashar1 = f(1, "أشار")
claim(between(1, "انخفاض حاد", "أكثر من سنتين"), fao, "causal", True, cue=ashar1)
claim(between(1, "الاقتتال الدائر", "أكثر من سنتين"), "author", "state", False)
ent(f(1, "سنتين"), "DATE")
num(f(1, "سنتين"), 2, "cardinal", "more_than", f(1, "أكثر من"), counted=f(1, "سنتين"))
ent(f(1, "أربعة ملايين"), "CARDINAL")
num(f(1, "أربعة ملايين"), 4000000, "cardinal", "approximately", f(1, "ما يقارب"), counted=f(1, "سكانها"))
claim(between(1, "تعرض ما يقارب", "لخطر الجوع"), fao, "statistic", True, cue=ashar1)
claim(between(1, "خطر انتشار", "دول الجوار"), fao, "causal", True, cue=ashar1)
claim(between(1, "تدهور الأوضاع", "النزاع في سوريا"), fao, "state", False, cue=f(1, "توقع"))
ent(f(1, "سوريا", 1), "GPE")

# ---------------------------------------------------------------- paragraph 2
ashar2 = f(2, "أشار")
ent(f(2, "40%"), "PERCENT")
num(f(2, "40"), 40, "percent")
ent(f(2, "السنتين الماضيتين"), "DATE")
num(f(2, "السنتين"), 2, "cardinal", counted=f(2, "السنتين"))
ent(f(2, "15%"), "PERCENT")
num(f(2, "15"), 15, "percent")
ent(f(2, "السنة الماضية"), "DATE")
claim(between(2, "انخفاض إنتاج القمح", "بالسنة الماضية"), fao, "statistic", True, cue=ashar2)
ent(f(2, "سوريا"), "GPE")
q1 = ent(f(2, "مليون ونصف طن"), "QUANTITY")
ent(inside(q1, "طن"), "UNIT")
num(f(2, "مليون ونصف"), 1500000, "quantity", counted=inside(q1, "طن"))
ent(f(2, "الموسم الحالي"), "DATE")
claim(between(2, "تقدر حاجة سوريا", "الموسم الحالي"), fao, "statistic", True, cue=ashar2)
q2 = ent(f(2, "مليونين ونصف طن"), "QUANTITY")
ent(inside(q2, "طن"), "UNIT")
num(f(2, "مليونين ونصف"), 2500000, "quantity", "less_than", f(2, "أقل من"), counted=inside(q2, "طن"))
claim(between(2, "الإنتاج المحلي", "مليونين ونصف طن"), fao, "statistic", True, cue=ashar2)
ent(f(2, "الموسم الجاري"), "DATE")
claim(between(2, "احتمال أن تبور", "مرافق التخزين"), fao, "causal", True, cue=f(2, "نوه"))
claim(between(2, "نقص إنتاج الخبز", "أنحاء البلاد"), fao, "state", True, cue=f(2, "ذكر"))

# ---------------------------------------------------------------- paragraph 3
ent(f(3, "سوريا"), "GPE")
claim(between(3, "تضاعفت أسعار", "خلال الأزمة"), "author", "statistic", True)
ent(f(3, "برنامج الأغدية العالمي"), "ORG")
ent(f(3, "أبريل الماضي"), "DATE")
claim(between(3, "بدأ برنامج", "أبريل الماضي"), "author", "event", True)
num(f(3, "النصف"), 0.5, "fraction", "approximately", f(3, "تقديرا"))
claim(between(3, "انخفض إنتاج الدواجن", "النصف تقديرا"), "author", "statistic", True)
claim(between(3, "حدث نقص حاد", "الماشية والغنم"), "author", "state", True)

# ---------------------------------------------------------------- paragraph 4
yazu = f(4, "يعزو")
claim(between(4, "التدهور الحاصل", "وتفشي البطالة"), fao, "causal", True, cue=yazu)
claim(between(4, "يتفاقم ذلك", "على سوريا"), fao, "causal", True, cue=yazu)
claim(between(4, "فرضها عدد", "على سوريا"), "author", "event", False)
ent(f(4, "سوريا"), "GPE")
claim(between(4, "أدت إلى عوز", "واللقاحات الحيوانية"), fao, "causal", True, cue=yazu)

# ---------------------------------------------------------------- paragraph 5
yuhadhir = f(5, "يحذر")
claim(between(5, "خطر تفشي", "الأدوية واللقاحات"), fao, "causal", True, cue=yuhadhir)
claim(between(5, "هذا يمكن أن يؤدي", "المجاورة لها"), fao, "causal", False, cue=yuhadhir)
ent(f(5, "سوريا"), "GPE")

# ---------------------------------------------------------------- paragraph 6: recommendations only (no claim)

# ---------------------------------------------------------------- paragraph 7
ent(f(7, "منظمة الأغذية والزراعة"), "ORG")
m1 = ent(f(7, "40 مليون دولار"), "MONEY")
ent(inside(m1, "دولار"), "CURR")
num(f(7, "40 مليون"), 40000000, "money", "more_than", f(7, "أكثر من"), counted=inside(m1, "دولار"))
ent(f(7, "أغسطس القادم"), "DATE")
claim(between(7, "ناشدت منظمة", "زراعة أرضهم"), "author", "statistic", True)
ent(f(7, "3 ملايين"), "MONEY")
num(f(7, "3 ملايين"), 3000000, "money")
claim(between(7, "لم تجمع", "3 ملايين"), "author", "statistic", True)
org7 = ent(f(7, "المنظمة"), "ORG")
ent(f(7, "موسم 2015"), "DATE")
num(f(7, "2015"), 2015, "year")
claim(between(7, "عدم توفر الموارد", "2015 أيضا"), org7, "causal", True, cue=f(7, "حذرت"))

# ---------------------------------------------------------------- paragraph 8
ent(f(8, "برنامج الأغذية العالمي"), "ORG")
m2 = ent(f(8, "27 مليون دولار"), "MONEY")
ent(inside(m2, "دولار"), "CURR")
num(f(8, "27 مليون"), 27000000, "money", counted=inside(m2, "دولار"))
ent(f(8, "سوريا"), "GPE")
ent(f(8, "السوريين"), "NORP")
claim(between(8, "برنامج الأغذية العالمي", "دول الجوار"), "author", "statistic", True)
ent(f(8, "البرنامج"), "ORG")
ent(f(8, "نهاية السنة الجارية"), "DATE")
m3 = ent(f(8, "نصف مليار دولار"), "MONEY")
ent(inside(m3, "دولار"), "CURR")
num(f(8, "نصف مليار"), 500000000, "money", "approximately", inside(f(8, "بحوالي"), "حوالي"),
    counted=inside(m3, "دولار"))
claim(between(8, "تقدر احتياجات", "مليار دولار"), "author", "statistic", True)
ent(inside(f(8, "للبرنامج"), "برنامج"), "ORG")  # after the contracted "لل" (§0)
num(f(8, "نصف", 1), 0.5, "fraction", "less_than", f(8, "أقل من"), counted=f(8, "المتطلبات"))
ent(f(8, "48%"), "PERCENT")
num(f(8, "48"), 48, "percent")
claim(between(8, "يتوفر للبرنامج", "48%"), "author", "statistic", True)

# ---------------------------------------------------------------- paragraph 9
num(inside(f(9, "للوكالتين"), "وكالتين"), 2, "cardinal", counted=inside(f(9, "للوكالتين"), "وكالتين"))
ent(inside(f(9, "للأمم المتحدة"), "أمم المتحدة"), "ORG")  # after the contracted "لل" (§0)
ent(f(9, "سوريا"), "GPE")
ent(f(9, "شهري مايو ويونيو الماضيين"), "DATE")
num(f(9, "شهري"), 2, "cardinal", counted=f(9, "شهري"))
claim(between(9, "يأتي هذا التقرير", "ويونيو الماضيين"), "author", "event", True)
claim(between(9, "التابعتين", "للأمم المتحدة"), "author", "state", False)
claim(between(9, "قامتا بتقييم", "في البلاد"), "author", "event", True)

p.write()
