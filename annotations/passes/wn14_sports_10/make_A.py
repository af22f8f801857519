"""Pass A of wn14_sports_10 (annotator a6): the machine suggestion reviewed span by span, corrected and completed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_10"
p = Pass(DOC, "A", agent="annotator a6 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_sports_10.json; built by make_A.py.",
         source="annotations/suggestions/wn14_sports_10.json")
E, N, C = p.ent, p.num, p.claim


def score(par, surface, nth=0):
    """A score "a - b": two CARDINAL entities and two cardinal numbers, counted null (§1 d21, §2 d14)."""
    s = p.find(par, surface, nth)
    a, b = surface.split(" - ")
    out = []
    for k, v in ((0, a), (1, b)):
        at = p.inside(s, v, 1 if (k == 1 and a == b) else 0)
        E(at, "CARDINAL")
        out.append(N(at, int(v), "cardinal"))
    return out


def minute(par, digits, nth=0):
    """"الدقيقة 67": digits (CARDINAL entity), the 67th minute (ordinal number, counted الدقيقة)."""
    at = p.find(par, digits)
    E(at, "CARDINAL")
    return N(at, int(digits), "ordinal", counted=p.find(par, "الدقيقة", nth))


# ---- paragraph 0 (title)
E(p.find(0, "بتروجيت"), "ORG")
E(p.find(0, "الأهلي"), "ORG")
ev = E(p.find(0, "الدوري المصري"), "EVENT")
E(p.inside(ev, "المصري"), "NORP")
C(p.between(0, "بتروجيت", "مع الأهلي"), "author", "event", True)
C(p.between(0, "يحافظ على آماله", "بالدوري المصري"), "author", "state", False)

# ---- paragraph 1 (with the dateline written into the text)
E(p.find(1, "القاهرة"), "GPE")
E(p.find(1, "رويترز"), "ORG")
E(p.find(1, "بتروجيت"), "ORG")
ev = E(p.find(1, "الدوري المصري الممتاز"), "EVENT")
E(p.inside(ev, "المصري"), "NORP")
d2a, d2b = score(1, "2 - 2")
E(p.find(1, "الأهلي"), "ORG")
seasons = p.find(1, "المواسم الأربعة الأخيرة")
E(seasons, "DATE")
N(p.inside(seasons, "الأربعة"), 4, "cardinal", counted=p.inside(seasons, "المواسم"))
o19 = p.find(1, "التاسعة عشرة")
E(o19, "ORDINAL")
N(o19, 19, "ordinal", counted=p.find(1, "المرحلة"))
E(p.find(1, "يوم الأحد"), "DATE")
E(p.find(1, "السويس"), "GPE")
C(p.between(1, "حافظ بتروجيت", "لكرة القدم"), "author", "state", False)
C(p.between(1, "تعادله 2 - 2", "في السويس"), "author", "event", True)
C(p.between(1, "الأهلي حامل اللقب", "الأربعة الأخيرة"), "author", "statistic", True)

# ---- paragraph 2: the goals
four = p.find(2, "الأربعة")
E(four, "CARDINAL")
n4 = N(four, 4, "cardinal", counted=p.find(2, "الأهداف"))
o2 = p.find(2, "الثاني")
E(o2, "ORDINAL")
N(o2, 2, "ordinal", counted=p.find(2, "الشوط"))
E(p.find(2, "بتروجيت", 0), "ORG")
E(p.find(2, "لاعبه الدولي"), "OCC")
E(p.find(2, "أحمد شعبان"), "PERS")
E(p.find(2, "ساعة"), "TIME")                            # "نحو ساعة": a duration under a day, no numeral
E(p.find(2, "الأهلي"), "ORG")
two = p.find(2, "هدفين")
n2goals = N(two, 2, "cardinal", counted=two)
E(p.find(2, "أسامة محمد"), "PERS")
occ = E(p.find(2, "لاعب بتروجيت"), "OCC")
E(p.inside(occ, "بتروجيت"), "ORG")
minute(2, "67", 0)
E(p.find(2, "الأنجولي"), "NORP")
E(p.find(2, "جيلبرتو"), "PERS")
minute(2, "74", 1)
C(p.between(2, "جاءت الأهداف الأربعة", "في الشوط الثاني"), "author", "event", True)
C(p.between(2, "تقدم بتروجيت", "ساعة من اللعب"), "author", "event", True)
C(p.between(2, "يسجل الأهلي", "في الدقيقة 74"), "author", "event", True)
C(p.between(2, "سجل بالخطأ", "في الدقيقة 67"), "author", "event", True)
p.rel("sum", n4, [d2a, d2b])
p.rel("includes", n4, [n2goals])

# ---- paragraph 3
E(p.find(3, "عمرو حسن"), "PERS")
occ = E(p.find(3, "الظهير الأيمن لبتروجيت"), "OCC")
E(p.inside(occ, "بتروجيت"), "ORG")
C(p.between(3, "أدرك عمرو حسن", "بدل الضائع"), "author", "event", True)

# ---- paragraph 4: the table
E(p.find(4, "الأهلي"), "ORG")
for digits, nth_noun, noun in (("40", 0, "نقطة"), ("18", 0, "مباراة"), ("35", 1, "نقطة"), ("19", 1, "مباراة")):
    at = p.find(4, digits)
    E(at, "CARDINAL")
    N(at, int(digits), "cardinal", counted=p.find(4, noun, nth_noun))
E(p.find(4, "بتروجيت"), "ORG")
E(p.find(4, "الإسماعيلي"), "ORG")
E(p.find(4, "الأولمبي"), "ORG")
E(p.find(4, "يوم الأحد"), "DATE")
C(p.between(4, "رفع الأهلي رصيده", "من 18 مباراة"), "author", "statistic", True)
C(p.between(4, "واصل بتروجيت", "على حامل اللقب"), "author", "state", False)
C(p.between(4, "رفع رصيده إلى 35", "عن الإسماعيلي"), "author", "statistic", True)
C(p.between(4, "فاز على الأولمبي", "أقيمت يوم الأحد"), "author", "event", True)

# ---- paragraph 5: other matches
occ = E(p.find(5, "المهاجم الموزامبيقي"), "OCC")
E(p.inside(occ, "الموزامبيقي"), "NORP")
E(p.find(5, "دانيليو دانييل"), "PERS")
o = E(p.find(5, "غزل المحلة"), "ORG")
E(p.inside(o, "المحلة"), "GPE")
E(p.find(5, "إنبي"), "ORG")
score(5, "1 - 1")
E(p.find(5, "الاتحاد السكندري"), "ORG")
six = p.find(5, "ست")
E(six, "CARDINAL")
N(six, 6, "cardinal", counted=p.find(5, "مباريات"))
E(p.find(5, "الترسانة"), "ORG")
C(p.between(5, "أحرز المهاجم", "بدل الضائع"), "author", "event", True)
C(p.between(5, "يمنح فريقه", "إنبي 1 - 1"), "author", "event", True)
C(p.between(5, "واصل الاتحاد السكندري", "ست مباريات"), "author", "statistic", True)
C(p.between(5, "تعادل بدون أهداف", "الترسانة"), "author", "event", True)

# ---- paragraph 6
o = E(p.find(6, "بترول أسيوط"), "ORG")
E(p.inside(o, "أسيوط"), "GPE")
w2, w1 = score(6, "2 - 1")
o = E(p.find(6, "طلائع الجيش"), "ORG")
E(p.inside(o, "الجيش"), "ORG")
two = p.find(6, "هدفين")
n2b = N(two, 2, "cardinal", counted=two)
E(p.find(6, "مشهور أحمد"), "PERS")
E(p.find(6, "بهاء بري"), "PERS")
t6 = E(p.find(6, "ست دقائق"), "TIME")
N(p.inside(t6, "ست"), 6, "cardinal", counted=p.inside(t6, "دقائق"))
o2 = p.find(6, "الثاني")
E(o2, "ORDINAL")
N(o2, 2, "ordinal", counted=p.find(6, "الشوط"))
E(p.find(6, "الغاني"), "NORP")
E(p.find(6, "أرنست بابا أركو"), "PERS")
loc = E(p.find(6, "صعيد مصر"), "LOC")
E(p.inside(loc, "مصر"), "GPE")
o9 = p.find(6, "التاسع")
E(o9, "ORDINAL")
N(o9, 9, "ordinal")                                     # "للمركز": counted noun not spannable (§0)
t23 = p.find(6, "23")
E(t23, "CARDINAL")
N(t23, 23, "cardinal", counted=p.find(6, "نقطة"))
C(p.between(6, "هدأ بترول أسيوط", "مخاوف الهبوط"), "author", "state", False)
C(p.between(6, "فوزه 2 - 1", "بالشوط الثاني"), "author", "event", True)
C(p.between(6, "كان الغاني", "للفريق الزائر"), "author", "event", True)
C(p.between(6, "يتقدم الفريق القادم", "23 نقطة"), "author", "statistic", True)
p.rel("equals", w2, [n2b])

# ---- paragraph 7
E(p.find(7, "بتروجيت"), "ORG")
E(p.find(7, "الأهلي"), "ORG")
E(p.find(7, "محمد أبو تريكة"), "PERS")
o1 = p.find(7, "الأول")
E(o1, "ORDINAL")
N(o1, 1, "ordinal", counted=p.find(7, "الشوط"))
E(p.find(7, "حسن جمعة"), "PERS")
E(p.find(7, "كوندي"), "PERS")
E(p.find(7, "مدافع صاحب الأرض"), "OCC")
E(p.find(7, "حارس مرماه"), "OCC")
E(p.find(7, "أمير عبد الحميد"), "PERS")
C(p.between(7, "بدأ بتروجيت", "الأهلي بقوة"), "author", "event", False)
C(p.between(7, "زادت الأمور", "حامل اللقب"), "author", "state", False)
C(p.between(7, "إصابة نجمه", "الشوط الأول"), "author", "event", True)
C(p.between(7, "تدخل عنيف", "صاحب الأرض"), "author", "event", True)
C(p.between(7, "ظهر حارس مرماه", "بشكل ضعيف"), "author", "state", False)

# ---- paragraph 8
t8 = E(p.find(8, "ثماني دقائق"), "TIME")
N(p.inside(t8, "ثماني"), 8, "cardinal", qualifier="approximately", qualifier_span=p.find(8, "نحو"),
  counted=p.inside(t8, "دقائق"))
o2 = p.find(8, "الثاني")
E(o2, "ORDINAL")
N(o2, 2, "ordinal", counted=p.find(8, "الشوط"))
fac = E(p.find(8, "إستاد السويس"), "FAC")
E(p.inside(fac, "السويس"), "GPE")
E(p.find(8, "شعبان"), "PERS")
occ = E(p.find(8, "لاعب منتخب مصر"), "OCC")
org = E(p.inside(occ, "منتخب مصر"), "ORG")
E(p.inside(org, "مصر"), "GPE")
minute(8, "59")
E(p.find(8, "عبد الحميد"), "PERS")
E(p.find(8, "الأهلي"), "ORG")
score(8, "2 - 1")
C(p.between(8, "توقف المباراة", "بإستاد السويس"), "author", "causal", True)
C(p.between(8, "توقف المباراة", "الشوط الثاني"), "author", "event", True)
C(p.between(8, "نجح شعبان", "الدقيقة 59"), "author", "event", True)
C(p.between(8, "سدد كرة قوية", "ركلة حرة"), "author", "event", True)
C(p.between(8, "أفلتت", "يدي عبد الحميد"), "author", "event", True)
C(p.find(8, "سكنت الشباك"), "author", "event", True)
C(p.between(8, "الأهلي عوض", "تأخره سريعا"), "author", "event", True)
C(p.find(8, "تقدم 2 - 1"), "author", "event", True)

# ---- paragraph 9
E(p.find(9, "أسامة محمد"), "PERS")
E(p.find(9, "أحمد حسن"), "PERS")
occ = E(p.find(9, "لاعب وسط الأهلي"), "OCC")
E(p.inside(occ, "الأهلي"), "ORG")
occ = E(p.find(9, "قائد منتخب مصر"), "OCC")
org = E(p.inside(occ, "منتخب مصر"), "ORG")
E(p.inside(org, "مصر"), "GPE")
minute(9, "67")
E(p.find(9, "جيلبرتو"), "PERS")
t9 = E(p.find(9, "سبع دقائق"), "TIME")
N(p.inside(t9, "سبع"), 7, "cardinal", counted=p.inside(t9, "دقائق"))
tw = p.find(9, "الفريقين")
N(tw, 2, "cardinal", counted=tw)
C(p.between(9, "حول أسامة محمد", "في الدقيقة 67"), "author", "event", True)
C(p.between(9, "كان يحاول", "منطقة الجزاء"), "author", "event", False)
C(p.between(9, "أرسل جيلبرتو", "سبع دقائق"), "author", "event", True)
C(p.between(9, "سكنت الشباك", "من الفريقين"), "author", "event", True)

p.write()
