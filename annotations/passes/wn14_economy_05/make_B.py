"""Pass B of wn14_economy_05 (blind: guidelines 1.2 and the raw text only). Offsets by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_05"
p = Pass(DOC, "B", agent="annotator b1 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, inside, between, ent, num, claim = p.find, p.inside, p.between, p.ent, p.num, p.claim
TEN_K = ("elliptical: the bracket is ten thousand lira ('العشرة' stands for 'عشرة آلاف', as in "
         "the brackets before it)")

def pct(par, digits, nth=0):
    """PERCENT entity "N%" and its number N, the nth occurrence standing alone (not inside "75%")."""
    k = found = 0
    while True:
        a = f(par, digits + "%", k)
        k += 1
        if not p.text[a.start - 1].isdigit():
            if found == nth:
                break
            found += 1
    ent(a, "PERCENT")
    return num(inside(a, digits), int(digits), "percent")


# ---------------------------------------------------------------- paragraph 0 (title)
ent(f(0, "بشار الأسد"), "PERS")
dec0 = num(f(0, "مرسومين"), 2, "cardinal", counted=f(0, "مرسومين"))
claim(between(0, "بشار الأسد", "ومعاشات المتقاعدين"), "author", "event", True)

# ---------------------------------------------------------------- paragraph 1
occ = ent(f(1, "الرئيس السوري"), "OCC")
ent(inside(occ, "السوري"), "NORP")
ent(f(1, "بشار الأسد"), "PERS")
t = ent(f(1, "صباح اليوم السبت"), "TIME")
ent(inside(t, "اليوم السبت"), "DATE")
dec1 = num(f(1, "مرسومين"), 2, "cardinal", counted=f(1, "مرسومين"))
claim(between(1, "أصدر الرئيس", "المعاشات التقاعدية"), "author", "event", True)
ent(f(1, "الشهر التالي"), "DATE")
dec2 = num(f(1, "المرسومين"), 2, "cardinal", counted=f(1, "المرسومين"))
ent(f(1, "الجريدة الرسمية"), "ORG")
claim(between(1, "تسري الزيادة", "الجريدة الرسمية"), "author", "state", True)
p.rel("equals", dec0, [dec1, dec2])

# ---------------------------------------------------------------- paragraph 2
law = ent(f(2, "المرسوم التشريعي رقم 38 لعام 2013"), "LAW")
ent(inside(law, "عام 2013"), "DATE")
num(inside(law, "2013"), 2013, "year")
ent(f(2, "75%"), "PERCENT")
num(f(2, "75"), 75, "percent", "at_least", f(2, "أو أكثر"))
claim(between(2, "يتناول المرسوم", "رأس مالها أو أكثر"), "author", "state", True)
pct(2, "40")
ent(f(2, "أول"), "ORDINAL")
num(f(2, "أول"), 1, "ordinal")
m = ent(f(2, "عشرة آلاف ليرة سورية"), "MONEY")
ent(inside(m, "ليرة سورية"), "CURR")
num(f(2, "عشرة آلاف"), 10000, "money", counted=inside(m, "ليرة سورية"))
pct(2, "20")
ent(f(2, "عشرة الآلاف"), "MONEY")
num(f(2, "عشرة الآلاف"), 10000, "money")
pct(2, "10")
ent(f(2, "العشرة"), "MONEY")
num(f(2, "العشرة"), 10000, "money", value_override=TEN_K)
ent(f(2, "الثالثة"), "ORDINAL")
num(f(2, "الثالثة"), 3, "ordinal")
pct(2, "5")
claim(between(2, "تبلغ الزيادة", "ما يفوق ذلك"), "author", "statistic", True)

# ---------------------------------------------------------------- paragraph 3
law3 = ent(f(3, "المرسوم التشريعي رقم 39 لعام 2013"), "LAW")
ent(inside(law3, "عام 2013"), "DATE")
num(inside(law3, "2013"), 2013, "year")
pct(3, "25")
ent(f(3, "أول"), "ORDINAL")
num(f(3, "أول"), 1, "ordinal")
m3 = ent(f(3, "عشرة آلاف ليرة"), "MONEY")
ent(inside(m3, "ليرة"), "CURR")
num(f(3, "عشرة آلاف"), 10000, "money", counted=inside(m3, "ليرة"))
pct(3, "20")
ent(f(3, "العشرة"), "MONEY")
num(f(3, "العشرة"), 10000, "money", value_override=TEN_K)
ent(f(3, "الثانية"), "ORDINAL")
num(f(3, "الثانية"), 2, "ordinal")
pct(3, "10")
claim(between(3, "يرفع المرسوم", "ما يفوق ذلك"), "author", "statistic", True)
claim(between(3, "يسري على جميع", "الاجتماعية النافذة"), "author", "state", True)

# ---------------------------------------------------------------- paragraph 4
ent(f(4, "سوريا"), "GPE")
ent(f(4, "الفترة الماضية"), "DATE")
claim(between(4, "تشهد سوريا", "الفترة الماضية"), "author", "state", True)
ent(f(4, "الليرة السورية"), "CURR")
approx = f(4, "حوالي")
num(f(4, "نصف"), 0.5, "fraction", "approximately", approx, counted=f(4, "قيمتها"))
ent(f(4, "السنة الماضية"), "DATE")
num(f(4, "ربع"), 0.25, "fraction", "approximately", approx, counted=f(4, "قيمتها", 1))
claim(between(4, "هبوط مفاجئ", "قبل الأزمة"), "author", "statistic", True)
claim(between(4, "أدى إلى انخفاض", "مستوى المعيشة"), "author", "causal", True)
ent(f(4, "سوريا", 1), "GPE")
ent(f(4, "24 مارس 2011"), "DATE")
num(f(4, "2011"), 2011, "year")
ent(f(4, "السورية", 1), "NORP")
claim(between(4, "كانت الزيادة الماضية", "الأزمة السورية"), "author", "event", True)

p.write()
