#!/usr/bin/env python3
"""Pass A of wn14_economy_05 (annotator a1): the machine suggestion reviewed, corrected and completed.
Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_05"
p = Pass(DOC, "A", agent="annotator a1 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_economy_05.json; built by make_A.py.",
         source="annotations/suggestions/wn14_economy_05.json")
f, ent, num, claim = p.find, p.ent, p.num, p.claim
TRANCHE = ("ellipsis: 'العشرة' is the next tranche of ten thousand lira, as the preceding "
           "'عشرة آلاف ليرة' states")

# ¶0 title
ent(f(0, "بشار الأسد"), "PERS")
d0 = num(f(0, "مرسومين"), 2, "cardinal", counted=f(0, "مرسومين"))
claim(p.between(0, "بشار الأسد", "ومعاشات المتقاعدين"), "author", kind="event", check_worthy=True)

# ¶1
occ = ent(f(1, "الرئيس السوري"), "OCC")
ent(p.inside(occ, "السوري"), "NORP")
ent(f(1, "بشار الأسد"), "PERS")
t = ent(f(1, "صباح اليوم السبت"), "TIME")
ent(p.inside(t, "اليوم السبت"), "DATE")
d1 = num(f(1, "مرسومين", 0), 2, "cardinal", counted=f(1, "مرسومين", 0))
ent(f(1, "الشهر التالي"), "DATE")
d2 = num(f(1, "المرسومين"), 2, "cardinal", counted=f(1, "المرسومين"))
ent(f(1, "الجريدة الرسمية"), "ORG")
p.rel("equals", d0, [d1, d2])
claim(p.between(1, "أصدر الرئيس", "المعاشات التقاعدية"), "author", kind="event", check_worthy=True)
claim(p.between(1, "تسري الزيادة", "الجريدة الرسمية"), "author", kind="state", check_worthy=True)

# ¶2
ent(f(2, "المرسوم التشريعي رقم 38"), "LAW")  # the decree number is part of the name: no number
ent(f(2, "عام 2013"), "DATE")
num(f(2, "2013"), 2013, "year")
ent(f(2, "75%"), "PERCENT")
num(f(2, "75"), 75, "percent", qualifier="at_least", qualifier_span=f(2, "أو أكثر"))
ent(f(2, "40%"), "PERCENT")
num(f(2, "40"), 40, "percent")
ent(f(2, "أول"), "ORDINAL")
num(f(2, "أول"), 1, "ordinal")
m = ent(f(2, "عشرة آلاف ليرة سورية"), "MONEY")
cur = ent(p.inside(m, "ليرة سورية"), "CURR")
num(f(2, "عشرة آلاف"), 10000, "money", counted=cur)
ent(f(2, "20%"), "PERCENT")
num(p.inside(f(2, "20%"), "20"), 20, "percent")
ent(f(2, "عشرة الآلاف"), "MONEY")
num(f(2, "عشرة الآلاف"), 10000, "money")
ent(f(2, "10%"), "PERCENT")
num(f(2, "10"), 10, "percent")
ent(p.inside(f(2, "العشرة الثالثة"), "العشرة"), "MONEY")
num(p.inside(f(2, "العشرة الثالثة"), "العشرة"), 10000, "money", value_override=TRANCHE)
ent(f(2, "الثالثة"), "ORDINAL")
num(f(2, "الثالثة"), 3, "ordinal", counted=p.inside(f(2, "العشرة الثالثة"), "العشرة"))
ent(p.inside(f(2, "و5%"), "5%"), "PERCENT")
num(p.inside(f(2, "و5%"), "5"), 5, "percent")
claim(p.between(2, "يتناول المرسوم", "من رأس مالها أو أكثر"), "author", kind="state", check_worthy=True)
claim(p.between(2, "تبلغ الزيادة", "على ما يفوق ذلك"), "author", kind="statistic", check_worthy=True)

# ¶3
ent(f(3, "المرسوم التشريعي رقم 39"), "LAW")
ent(f(3, "عام 2013"), "DATE")
num(f(3, "2013"), 2013, "year")
ent(f(3, "25%"), "PERCENT")
num(f(3, "25"), 25, "percent")
ent(f(3, "أول"), "ORDINAL")
num(f(3, "أول"), 1, "ordinal")
m = ent(f(3, "عشرة آلاف ليرة"), "MONEY")
cur = ent(p.inside(m, "ليرة"), "CURR")
num(f(3, "عشرة آلاف"), 10000, "money", counted=cur)
ent(f(3, "20%"), "PERCENT")
num(p.inside(f(3, "20%"), "20"), 20, "percent")
ent(p.inside(f(3, "العشرة الثانية"), "العشرة"), "MONEY")
num(p.inside(f(3, "العشرة الثانية"), "العشرة"), 10000, "money", value_override=TRANCHE)
ent(f(3, "الثانية"), "ORDINAL")
num(f(3, "الثانية"), 2, "ordinal", counted=p.inside(f(3, "العشرة الثانية"), "العشرة"))
ent(f(3, "10%"), "PERCENT")
num(f(3, "10"), 10, "percent")
claim(p.between(3, "يرفع المرسوم", "على ما يفوق ذلك"), "author", kind="statistic", check_worthy=True)
claim(p.between(3, "يسري على جميع", "الاجتماعية النافذة"), "author", kind="state", check_worthy=True)

# ¶4
ent(f(4, "سوريا", 0), "GPE")
ent(f(4, "الفترة الماضية"), "DATE")
ent(f(4, "الليرة السورية"), "CURR")
num(f(4, "نصف"), 0.5, "fraction", qualifier="approximately", qualifier_span=f(4, "حوالي"),
    counted=f(4, "قيمتها", 0))
ent(f(4, "السنة الماضية"), "DATE")
num(f(4, "ربع"), 0.25, "fraction", counted=f(4, "قيمتها", 1))
ent(f(4, "سوريا", 1), "GPE")
ent(f(4, "24 مارس 2011"), "DATE")
num(f(4, "2011"), 2011, "year")
ent(f(4, "السورية", 1), "NORP")
claim(p.between(4, "تشهد سوريا", "في الفترة الماضية"), "author", kind="state", check_worthy=True)
claim(p.between(4, "هبوط مفاجئ", "قيمتها قبل الأزمة"), "author", kind="statistic", check_worthy=True)
claim(p.between(4, "أدى إلى انخفاض", "مستوى المعيشة"), "author", kind="causal", check_worthy=True)
claim(p.between(4, "كانت الزيادة الماضية", "الأزمة السورية"), "author", kind="event", check_worthy=True)

p.write()
