"""Pass B of wn14_economy_04 (blind: guidelines 1.2 and the raw text only). Offsets by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_04"
p = Pass(DOC, "B", agent="annotator b1 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, inside, between, ent, num, claim = p.find, p.inside, p.between, p.ent, p.num, p.claim

# ---------------------------------------------------------------- paragraph 0 (title)
ent(f(0, "ديلما روسيف"), "PERS")
claim(between(0, "ديلما روسيف", "لإجراء الإصلاح"), "author", "event", True)

# ---------------------------------------------------------------- paragraph 1
occ = ent(f(1, "رئيسة البرازيل"), "OCC")
ent(inside(occ, "البرازيل"), "GPE")
ent(f(1, "ديلما روسيف"), "PERS")
ent(f(1, "أمس الإثنين"), "DATE")
claim(between(1, "اقترحت رئيسة البرازيل", "الإصلاحات في البلاد"), "author", "event", True)
ent(f(1, "البرازيل", 1), "GPE")
ent(f(1, "الأسبوع الماضي"), "DATE")
claim(between(1, "عصفت بكبريات", "نطاق غير مسبوق"), "author", "event", True)
ent(f(1, "روسيف", 1), "PERS")
claim(between(1, "كانت روسيف", "عن المحتجين"), "author", "event", True)
m1 = ent(f(1, "19 مليار يورو"), "MONEY")
ent(inside(m1, "يورو"), "CURR")
num(f(1, "19 مليار"), 19_000_000_000, "money", counted=inside(m1, "يورو"))
m2 = ent(f(1, "25 مليار دولار"), "MONEY")
ent(inside(m2, "دولار"), "CURR")
num(f(1, "25 مليار"), 25_000_000_000, "money", counted=inside(m2, "دولار"))
claim(between(1, "قطعت خلاله", "قطاع المواصلات"), "author", "statistic", True)

# ---------------------------------------------------------------- paragraph 2
rousseff2 = ent(f(2, "روسيف"), "PERS")
qalat = f(2, "قالت")
claim(between(2, "الإصلاحات باتت", "ضرورية"), rousseff2, "quote", False, cue=qalat)
claim(between(2, "صوت الشعب", "الوضع الحالي"), rousseff2, "quote", False, cue=qalat)
claim(between(2, "السبيل في رأيها", "الإصلاحات الضرورية"), rousseff2, "quote", False, cue=qalat)
hasab = f(2, "حسب قولها")
claim(between(2, "الأصوات المنبعثة", "الخدمات العمومية"), rousseff2, "quote", False, cue=hasab)
claim(between(2, "يريدون آليات", "المال العام"), rousseff2, "quote", False, cue=hasab)

# ---------------------------------------------------------------- paragraph 3
ent(f(3, "ساو باولو"), "GPE")
claim(between(3, "انطلقت الاحتجاجات", "المواصلات العامة"), "author", "causal", True)
ent(f(3, "البرازيل"), "GPE")
claim(between(3, "انتشرت إلى", "وسائل النقل"), "author", "event", True)
auth = ent(f(3, "سلطات ساو باولو"), "ORG")
ent(inside(auth, "ساو باولو"), "GPE")
claim(between(3, "تراجع سلطات", "وسائل النقل"), "author", "event", True)
claim(between(3, "أضيفت إليها", "ومحاربة الفساد"), "author", "event", True)
ent(f(3, "1.2 مليون"), "CARDINAL")
num(f(3, "1.2 مليون"), 1200000, "cardinal", "more_than", f(3, "أكثر من"), counted=f(3, "شخص"))
ent(f(3, "عشرات"), "CARDINAL")
num(f(3, "عشرات"), 30, "cardinal", "at_least", counted=f(3, "المدن"))
ent(f(3, "البرازيلية"), "NORP")
claim(between(3, "بلغت أوجها", "المدن البرازيلية"), "author", "statistic", True)

# ---------------------------------------------------------------- paragraph 4
ent(f(4, "روسيف"), "PERS")
claim(between(4, "أجرت روسيف", "قادة الاحتجاجات"), "author", "event", True)
claim(between(4, "وعدت بتحسين", "ومكافحة الفساد"), "author", "event", True)
claim(f(4, "خفت وتيرة الاحتجاجات"), "author", "event", True)
claim(f(4, "لا تزال مستمرة"), "author", "state", True)
claim(between(4, "منها ما يطالب", "النقل العام"), "author", "state", True)

p.write()
