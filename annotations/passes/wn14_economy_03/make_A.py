#!/usr/bin/env python3
"""Pass A of wn14_economy_03 (annotator a1): the machine suggestion reviewed, corrected and completed.
Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_03"
p = Pass(DOC, "A", agent="annotator a1 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_economy_03.json; built by make_A.py.",
         source="annotations/suggestions/wn14_economy_03.json")
f, ent, num, claim = p.find, p.ent, p.num, p.claim

# ¶0 title
un = ent(f(0, "الأمم المتحدة"), "ORG")
ent(f(0, "سوريا"), "GPE")
claim(p.between(0, "تدهور الأمن", "في سوريا"), un, cue=f(0, "تشير"), kind="event", check_worthy=True)

# ¶1
ent(f(1, "أمس الجمعة"), "DATE")
fao = ent(f(1, "منظمة الأغذية والزراعة"), "ORG")  # the report's first author: claimant of its findings
ent(f(1, "فاو"), "ORG")
ent(f(1, "برنامج الأغذية العالمي"), "ORG")
ent(f(1, "سوريا", 0), "GPE")
ent(f(1, "سنتين"), "DATE")
num(f(1, "سنتين"), 2, "cardinal", qualifier="more_than", qualifier_span=f(1, "أكثر من"), counted=f(1, "سنتين"))
ent(f(1, "أربعة ملايين"), "CARDINAL")
num(f(1, "أربعة ملايين"), 4000000, "cardinal", qualifier="approximately", qualifier_span=f(1, "ما يقارب"),
    counted=f(1, "سكانها"))
ent(f(1, "سوريا", 1), "GPE")
claim(p.between(1, "صدر أمس", "الأمن الغذائي في سوريا"), "author", kind="event", check_worthy=True)
said = f(1, "أشار")
claim(p.between(1, "انخفاض حاد", "منذ أكثر من سنتين"), fao, cue=said, kind="causal", check_worthy=True)
claim(p.between(1, "الاقتتال الدائر", "منذ أكثر من سنتين"), fao, cue=said, kind="state", check_worthy=False)
claim(p.between(1, "تعرض ما يقارب", "لخطر الجوع"), fao, cue=said, kind="statistic", check_worthy=True)
claim(p.between(1, "خطر انتشار", "إلى دول الجوار"), fao, cue=said, kind="causal", check_worthy=True)
claim(p.between(1, "تدهور الأوضاع", "النزاع في سوريا"), fao, cue=f(1, "توقع"), kind="state", check_worthy=False)

# ¶2
ent(f(2, "40%"), "PERCENT")
num(f(2, "40"), 40, "percent")
ent(f(2, "السنتين الماضيتين"), "DATE")
num(f(2, "السنتين"), 2, "cardinal", counted=f(2, "السنتين"))
ent(f(2, "15%"), "PERCENT")
num(f(2, "15"), 15, "percent")
ent(f(2, "السنة الماضية"), "DATE")
ent(f(2, "سوريا"), "GPE")
q1 = ent(f(2, "مليون ونصف طن"), "QUANTITY")
ent(p.inside(q1, "طن"), "UNIT")
num(f(2, "مليون ونصف"), 1500000, "quantity", counted=p.inside(q1, "طن"))
ent(f(2, "الموسم الحالي"), "DATE")
q2 = ent(f(2, "مليونين ونصف طن"), "QUANTITY")
ent(p.inside(q2, "طن"), "UNIT")
num(f(2, "مليونين ونصف"), 2500000, "quantity", qualifier="less_than", qualifier_span=f(2, "أقل من"),
    counted=p.inside(q2, "طن"))
ent(f(2, "الموسم الجاري"), "DATE")
said = f(2, "أشار")
claim(p.between(2, "انخفاض إنتاج القمح", "مقارنة بالسنة الماضية"), fao, cue=said, kind="statistic",
      check_worthy=True)
claim(p.between(2, "تقدر حاجة سوريا", "في الموسم الحالي"), fao, cue=said, kind="statistic", check_worthy=True)
claim(p.between(2, "الإنتاج المحلي", "مليونين ونصف طن"), fao, cue=said, kind="statistic", check_worthy=True)
claim(p.between(2, "احتمال أن تبور", "مرافق التخزين"), fao, cue=f(2, "نوه"), kind="causal", check_worthy=True)
claim(p.between(2, "نقص إنتاج الخبز", "أنحاء البلاد"), fao, cue=f(2, "ذكر"), kind="state", check_worthy=True)

# ¶3 (unattributed: the author's, decision 5)
ent(f(3, "سوريا"), "GPE")
ent(f(3, "برنامج الأغدية العالمي"), "ORG")
ent(f(3, "أبريل الماضي"), "DATE")
num(f(3, "النصف"), 0.5, "fraction", qualifier="approximately", qualifier_span=f(3, "تقديرا"),
    counted=f(3, "إنتاج الدواجن"))
claim(p.between(3, "تضاعفت أسعار", "خلال الأزمة"), "author", kind="statistic", check_worthy=True)
claim(p.between(3, "بدأ برنامج", "أبريل الماضي"), "author", kind="event", check_worthy=True)
claim(p.between(3, "انخفض إنتاج الدواجن", "النصف تقديرا"), "author", kind="statistic", check_worthy=True)
claim(p.between(3, "حدث نقص حاد", "الماشية والغنم"), "author", kind="event", check_worthy=True)

# ¶4
ent(f(4, "سوريا"), "GPE")
said = f(4, "يعزو")
claim(p.between(4, "التدهور الحاصل", "وتفشي البطالة"), fao, cue=said, kind="causal", check_worthy=True)
claim(p.between(4, "يتفاقم ذلك", "الدول على سوريا"), fao, cue=said, kind="causal", check_worthy=True)
claim(p.between(4, "العقوبات الاقتصادية", "الدول على سوريا"), fao, cue=said, kind="state", check_worthy=False)
claim(p.between(4, "أدت إلى عوز", "واللقاحات الحيوانية"), fao, cue=said, kind="causal", check_worthy=True)

# ¶5
ent(f(5, "سوريا"), "GPE")
said = f(5, "يحذر")
claim(p.between(5, "خطر تفشي", "الأدوية واللقاحات"), fao, cue=said, kind="causal", check_worthy=True)
claim(p.between(5, "هذا يمكن", "المجاورة لها"), fao, cue=said, kind="causal", check_worthy=False)

# ¶6 the report's recommendations: the author reports that it makes them
claim(p.between(6, "يوصي التقرير", "الأراضي غير المستخدمة"), "author", kind="event", check_worthy=False)

# ¶7
fao7 = ent(f(7, "منظمة الأغذية والزراعة"), "ORG")
m = ent(f(7, "40 مليون دولار"), "MONEY")
cur = ent(p.inside(m, "دولار"), "CURR")
num(f(7, "40 مليون"), 40000000, "money", qualifier="more_than", qualifier_span=f(7, "أكثر من"), counted=cur)
ent(f(7, "أغسطس القادم"), "DATE")
ent(f(7, "الآن", 0), "DATE")
ent(f(7, "3 ملايين"), "MONEY")
num(f(7, "3 ملايين"), 3000000, "money")
org = ent(f(7, "المنظمة"), "ORG")
ent(f(7, "الآن", 1), "DATE")
ent(f(7, "موسم 2015"), "DATE")
num(f(7, "2015"), 2015, "year")
claim(p.between(7, "ناشدت منظمة", "من زراعة أرضهم"), "author", kind="statistic", check_worthy=True)
claim(p.between(7, "لم تجمع", "إلا 3 ملايين"), "author", kind="statistic", check_worthy=True)
claim(p.between(7, "عدم توفر الموارد", "موسم 2015"), org, cue=f(7, "حذرت"), kind="causal", check_worthy=True)

# ¶8
ent(f(8, "برنامج الأغذية العالمي"), "ORG")
m = ent(f(8, "27 مليون دولار"), "MONEY")
cur = ent(p.inside(m, "دولار"), "CURR")
num(f(8, "27 مليون"), 27000000, "money", counted=cur)
ent(f(8, "سوريا"), "GPE")
ent(f(8, "السوريين"), "NORP")
ent(f(8, "البرنامج"), "ORG")
ent(f(8, "نهاية السنة الجارية"), "DATE")
m = ent(f(8, "نصف مليار دولار"), "MONEY")
cur = ent(p.inside(m, "دولار"), "CURR")
num(f(8, "نصف مليار"), 500000000, "money", qualifier="approximately", qualifier_span=f(8, "حوالي"), counted=cur)
ent(p.inside(f(8, "للبرنامج"), "برنامج"), "ORG")  # after the contracted "لل" (§0)
num(p.inside(f(8, "أقل من نصف"), "نصف"), 0.5, "fraction", qualifier="less_than",
    qualifier_span=f(8, "أقل من"), counted=f(8, "المتطلبات"))
ent(f(8, "48%"), "PERCENT")
num(f(8, "48"), 48, "percent")
claim(p.between(8, "برنامج الأغذية", "في دول الجوار"), "author", kind="statistic", check_worthy=True)
claim(p.between(8, "تقدر احتياجات", "نصف مليار دولار"), "author", kind="statistic", check_worthy=True)
claim(p.between(8, "يتوفر للبرنامج", "(48%"), "author", kind="statistic", check_worthy=True)

# ¶9
num(p.inside(f(9, "للوكالتين"), "وكالتين"), 2, "cardinal", counted=p.inside(f(9, "للوكالتين"), "وكالتين"))
ent(p.inside(f(9, "للأمم المتحدة"), "أمم المتحدة"), "ORG")  # after the contracted "لل" (§0)
ent(f(9, "سوريا"), "GPE")
ent(f(9, "شهري مايو ويونيو الماضيين"), "DATE")
num(f(9, "شهري"), 2, "cardinal", counted=f(9, "شهري"))
claim(p.between(9, "يأتي هذا التقرير", "ويونيو الماضيين"), "author", kind="event", check_worthy=True)
claim(p.between(9, "قامتا بتقييم", "في البلاد"), "author", kind="event", check_worthy=True)

p.write()
