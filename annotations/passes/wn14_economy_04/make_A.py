#!/usr/bin/env python3
"""Pass A of wn14_economy_04 (annotator a1): the machine suggestion reviewed, corrected and completed.
Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_04"
p = Pass(DOC, "A", agent="annotator a1 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_economy_04.json; built by make_A.py.",
         source="annotations/suggestions/wn14_economy_04.json")
f, ent, num, claim = p.find, p.ent, p.num, p.claim

# ¶0 title
ent(f(0, "ديلما روسيف"), "PERS")
claim(p.between(0, "ديلما روسيف", "لإجراء الإصلاح"), "author", kind="event", check_worthy=True)

# ¶1
occ = ent(f(1, "رئيسة البرازيل"), "OCC")
ent(p.inside(occ, "البرازيل"), "GPE")
ent(f(1, "ديلما روسيف"), "PERS")
ent(f(1, "أمس الإثنين"), "DATE")
ent(f(1, "البرازيل", 1), "GPE")
ent(f(1, "الأسبوع الماضي"), "DATE")
ent(f(1, "روسيف", 1), "PERS")
m = ent(f(1, "19 مليار يورو"), "MONEY")
cur = ent(p.inside(m, "يورو"), "CURR")
num(f(1, "19 مليار"), 19000000000, "money", counted=cur)
m = ent(f(1, "25 مليار دولار"), "MONEY")
cur = ent(p.inside(m, "دولار"), "CURR")
num(f(1, "25 مليار"), 25000000000, "money", counted=cur)
# no relation: 19 billion euros and 25 billion dollars are one amount in two currencies
claim(p.between(1, "اقترحت رئيسة", "الإصلاحات في البلاد"), "author", kind="event", check_worthy=True)
claim(p.between(1, "الاحتجاجات التي عصفت", "نطاق غير مسبوق"), "author", kind="event", check_worthy=True)
claim(p.between(1, "كانت روسيف", "عن المحتجين"), "author", kind="event", check_worthy=True)
claim(p.between(1, "قطعت خلاله", "قطاع المواصلات"), "author", kind="statistic", check_worthy=True)

# ¶2
rousseff = ent(f(2, "روسيف"), "PERS")
said = f(2, "قالت")
claim(f(2, "الإصلاحات باتت ضرورية"), rousseff, cue=said, kind="quote", check_worthy=False)
claim(p.between(2, "صوت الشعب", "في الوضع الحالي"), rousseff, cue=said, kind="quote", check_worthy=False)
claim(p.between(2, "السبيل في رأيها", "أمور الإصلاحات الضرورية"), rousseff, cue=said, kind="quote",
      check_worthy=False)
said2 = f(2, "حسب قولها")
claim(p.between(2, "الأصوات المنبعثة", "جودة الخدمات العمومية"), rousseff, cue=said2, kind="quote",
      check_worthy=False)
claim(p.between(2, "يريدون آليات", "المال العام"), rousseff, cue=said2, kind="quote", check_worthy=False)

# ¶3
ent(f(3, "ساو باولو", 0), "GPE")
ent(f(3, "البرازيل"), "GPE")
auth = ent(f(3, "سلطات ساو باولو"), "ORG")
ent(p.inside(auth, "ساو باولو"), "GPE")
ent(f(3, "1.2 مليون"), "CARDINAL")
num(f(3, "1.2 مليون"), 1200000, "cardinal", qualifier="more_than", qualifier_span=f(3, "أكثر من"),
    counted=f(3, "شخص"))
ent(f(3, "عشرات"), "CARDINAL")
num(f(3, "عشرات"), 30, "cardinal", qualifier="at_least", counted=f(3, "المدن"))
ent(f(3, "البرازيلية"), "NORP")
claim(p.between(3, "انطلقت الاحتجاجات", "المواصلات العامة"), "author", kind="causal", check_worthy=True)
claim(p.between(3, "انتشرت إلى", "تعرفة وسائل النقل"), "author", kind="event", check_worthy=True)
claim(p.between(3, "تراجع سلطات", "تعرفة وسائل النقل"), "author", kind="event", check_worthy=True)
claim(p.between(3, "أضيفت إليها", "ومحاربة الفساد"), "author", kind="event", check_worthy=True)
claim(p.between(3, "بلغت أوجها", "المدن البرازيلية"), "author", kind="statistic", check_worthy=True)

# ¶4
ent(f(4, "روسيف"), "PERS")
claim(p.between(4, "أجرت روسيف", "قادة الاحتجاجات"), "author", kind="event", check_worthy=True)
claim(p.between(4, "وعدت بتحسين", "ومكافحة الفساد"), "author", kind="event", check_worthy=True)
claim(f(4, "خفت وتيرة الاحتجاجات"), "author", kind="event", check_worthy=True)
claim(f(4, "لكنها لا تزال مستمرة"), "author", kind="state", check_worthy=True)
claim(p.between(4, "منها ما يطالب", "وسائل النقل العام"), "author", kind="state", check_worthy=True)

p.write()
