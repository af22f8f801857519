"""Pass B of wn14_sports_10 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_10"
p = Pass(DOC, "B", agent="annotator b6 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
A = "author"


def ent_in(par, outer, label, inner=None, inner_label=None, nth=0):
    o = p.ent(p.find(par, outer, nth), label)
    if inner:
        p.ent(p.inside(o, inner), inner_label)
    return o


def minute(par, digits, value, nth_minute=0):
    """A match minute "الدقيقة 67": CARDINAL (digits) and an ordinal number counting the minute."""
    p.ent(p.find(par, digits), "CARDINAL")
    return p.num(p.find(par, digits), value, "ordinal", counted=p.find(par, "الدقيقة", nth_minute))


# ---------------------------------------------------------------- paragraph 0 (title)
p.ent(p.find(0, "بتروجيت"), "ORG")
p.ent(p.find(0, "الأهلي"), "ORG")
ent_in(0, "الدوري المصري", "EVENT", "المصري", "NORP")
p.claim(p.between(0, "بتروجيت", "مع الأهلي"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(0, "يحافظ على", "بالدوري المصري"), claimant=A, kind="state", check_worthy=False)

# ---------------------------------------------------------------- paragraph 1
P = 1
p.ent(p.find(P, "القاهرة"), "GPE")
p.ent(p.find(P, "رويترز"), "ORG")
p.ent(p.find(P, "بتروجيت"), "ORG")
ent_in(P, "الدوري المصري الممتاز", "EVENT", "المصري", "NORP")
p.ent(p.find(P, "2"), "CARDINAL")
s1 = p.num(p.find(P, "2"), 2, "cardinal")
p.ent(p.find(P, "2", 1), "CARDINAL")
s2 = p.num(p.find(P, "2", 1), 2, "cardinal")
p.ent(p.find(P, "الأهلي"), "ORG")
p.ent(p.find(P, "المواسم الأربعة الأخيرة"), "DATE")
p.num(p.find(P, "الأربعة"), 4, "cardinal", counted=p.find(P, "المواسم"))
p.ent(p.find(P, "التاسعة عشرة"), "ORDINAL")
p.num(p.find(P, "التاسعة عشرة"), 19, "ordinal", counted=p.find(P, "المرحلة"))
p.ent(p.find(P, "يوم الأحد"), "DATE")
p.ent(p.find(P, "السويس"), "GPE")
p.claim(p.between(P, "حافظ بتروجيت", "لكرة القدم"), claimant=A, kind="state", check_worthy=False)
p.claim(p.between(P, "تعادله 2", "في السويس"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "الأهلي حامل اللقب", "الأربعة الأخيرة"), claimant=A, kind="state", check_worthy=True)

# ---------------------------------------------------------------- paragraph 2
P = 2
p.ent(p.find(P, "الأربعة"), "CARDINAL")
n4 = p.num(p.find(P, "الأربعة"), 4, "cardinal", counted=p.find(P, "الأهداف"))
p.ent(p.find(P, "الثاني"), "ORDINAL")
p.num(p.find(P, "الثاني"), 2, "ordinal", counted=p.find(P, "الشوط"))
p.ent(p.find(P, "بتروجيت"), "ORG")
p.ent(p.find(P, "أحمد شعبان"), "PERS")
p.ent(p.find(P, "الأهلي"), "ORG")
p.num(p.find(P, "هدفين"), 2, "cardinal", counted=p.find(P, "هدفين"))
p.ent(p.find(P, "أسامة محمد"), "PERS")
ent_in(P, "لاعب بتروجيت", "OCC", "بتروجيت", "ORG")
n67a = minute(P, "67", 67, 0)
p.ent(p.find(P, "الأنجولي"), "NORP")
p.ent(p.find(P, "جيلبرتو"), "PERS")
n74 = minute(P, "74", 74, 1)
p.claim(p.between(P, "جاءت الأهداف", "الشوط الثاني"), claimant=A, kind="statistic", check_worthy=True)
p.claim(p.between(P, "تقدم بتروجيت", "من اللعب"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "يسجل الأهلي", "الدقيقة 74"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "سجل بالخطأ", "الدقيقة 67"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 3
P = 3
p.ent(p.find(P, "عمرو حسن"), "PERS")
ent_in(P, "الظهير الأيمن لبتروجيت", "OCC", "بتروجيت", "ORG")
p.claim(p.between(P, "أدرك عمرو", "بدل الضائع"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 4
P = 4
p.ent(p.find(P, "الأهلي"), "ORG")
for digits, value, noun, k in (("40", 40, "نقطة", 0), ("18", 18, "مباراة", 0),
                               ("35", 35, "نقطة", 1), ("19", 19, "مباراة", 1)):
    p.ent(p.find(P, digits), "CARDINAL")
    p.num(p.find(P, digits), value, "cardinal", counted=p.find(P, noun, k))
p.ent(p.find(P, "بتروجيت"), "ORG")
p.ent(p.find(P, "الإسماعيلي"), "ORG")
p.ent(p.find(P, "الأولمبي"), "ORG")
p.ent(p.find(P, "يوم الأحد"), "DATE")
p.claim(p.between(P, "رفع الأهلي", "18 مباراة"), claimant=A, kind="statistic", check_worthy=True)
p.claim(p.between(P, "واصل بتروجيت", "حامل اللقب"), claimant=A, kind="state", check_worthy=False)
p.claim(p.between(P, "رفع رصيده", "عن الإسماعيلي"), claimant=A, kind="statistic", check_worthy=True)
p.claim(p.between(P, "فاز على الأولمبي", "يوم الأحد"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 5
P = 5
ent_in(P, "المهاجم الموزامبيقي", "OCC", "الموزامبيقي", "NORP")
p.ent(p.find(P, "دانيليو دانييل"), "PERS")
ent_in(P, "غزل المحلة", "ORG", "المحلة", "GPE")
p.ent(p.find(P, "إنبي"), "ORG")
p.ent(p.find(P, "1"), "CARDINAL")
p.num(p.find(P, "1"), 1, "cardinal")
p.ent(p.find(P, "1", 1), "CARDINAL")
p.num(p.find(P, "1", 1), 1, "cardinal")
ent_in(P, "الاتحاد السكندري", "ORG", "السكندري", "NORP")
six = p.inside(p.find(P, "ست مباريات"), "ست")
p.ent(six, "CARDINAL")
p.num(six, 6, "cardinal", counted=p.find(P, "مباريات"))
p.ent(p.find(P, "الترسانة"), "ORG")
p.claim(p.between(P, "أحرز المهاجم", "بدل الضائع"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "يمنح فريقه", "إنبي 1 - 1"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "واصل الاتحاد", "ست مباريات"), claimant=A, kind="statistic", check_worthy=True)
p.claim(p.between(P, "تعادل بدون أهداف", "الترسانة"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 6
P = 6
ent_in(P, "بترول أسيوط", "ORG", "أسيوط", "GPE")
p.ent(p.find(P, "2"), "CARDINAL")
w2 = p.num(p.find(P, "2"), 2, "cardinal")
p.ent(p.find(P, "1"), "CARDINAL")
p.num(p.find(P, "1"), 1, "cardinal")
ent_in(P, "طلائع الجيش", "ORG", "الجيش", "ORG")
g2 = p.num(p.find(P, "هدفين"), 2, "cardinal", counted=p.find(P, "هدفين"))
p.ent(p.find(P, "مشهور أحمد"), "PERS")
p.ent(p.find(P, "بهاء بري"), "PERS")
p.ent(p.find(P, "ست دقائق"), "TIME")
p.num(p.inside(p.find(P, "ست دقائق"), "ست"), 6, "cardinal", qualifier="at_most",
      qualifier_span=p.find(P, "في غضون"), counted=p.find(P, "دقائق"))
p.ent(p.find(P, "الثاني"), "ORDINAL")
p.num(p.find(P, "الثاني"), 2, "ordinal", counted=p.find(P, "الشوط"))
p.ent(p.find(P, "الغاني"), "NORP")
p.ent(p.find(P, "أرنست بابا أركو"), "PERS")
ent_in(P, "صعيد مصر", "LOC", "مصر", "GPE")
p.ent(p.find(P, "التاسع"), "ORDINAL")
p.num(p.find(P, "التاسع"), 9, "ordinal")                    # "للمركز": counted noun not spannable
p.ent(p.find(P, "23"), "CARDINAL")
p.num(p.find(P, "23"), 23, "cardinal", counted=p.find(P, "نقطة"))
p.claim(p.between(P, "هدأ بترول", "مخاوف الهبوط"), claimant=A, kind="state", check_worthy=False)
p.claim(p.between(P, "فوزه 2", "بالشوط الثاني"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "كان الغاني", "للفريق الزائر"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "يتقدم الفريق", "23 نقطة"), claimant=A, kind="statistic", check_worthy=True)

# ---------------------------------------------------------------- paragraph 7
P = 7
p.ent(p.find(P, "بتروجيت"), "ORG")
p.ent(p.find(P, "الأهلي"), "ORG")
p.ent(p.find(P, "محمد أبو تريكة"), "PERS")
p.ent(p.find(P, "الأول"), "ORDINAL")
p.num(p.find(P, "الأول"), 1, "ordinal", counted=p.find(P, "الشوط"))
p.ent(p.find(P, "حسن جمعة"), "PERS")
p.ent(p.find(P, "كوندي"), "PERS")
p.ent(p.find(P, "مدافع صاحب الأرض"), "OCC")
p.ent(p.find(P, "أمير عبد الحميد"), "PERS")
p.claim(p.between(P, "بدأ بتروجيت", "الأهلي بقوة"), claimant=A, kind="state", check_worthy=False)
p.claim(p.between(P, "زادت الأمور", "حامل اللقب"), claimant=A, kind="state", check_worthy=False)
p.claim(p.between(P, "إصابة نجمه", "الشوط الأول"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "تدخل عنيف", "صاحب الأرض"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "ظهر حارس", "بشكل ضعيف"), claimant=A, kind="state", check_worthy=False)

# ---------------------------------------------------------------- paragraph 8
P = 8
p.ent(p.find(P, "ثماني دقائق"), "TIME")
p.num(p.find(P, "ثماني"), 8, "cardinal", qualifier="approximately", qualifier_span=p.find(P, "نحو"),
      counted=p.find(P, "دقائق"))
p.ent(p.find(P, "الثاني"), "ORDINAL")
p.num(p.find(P, "الثاني"), 2, "ordinal", counted=p.find(P, "الشوط"))
p.ent(p.find(P, "أحد"), "CARDINAL")
p.num(p.find(P, "أحد"), 1, "cardinal", counted=p.find(P, "أعمدة"))
ent_in(P, "إستاد السويس", "FAC", "السويس", "GPE")
p.ent(p.find(P, "شعبان"), "PERS")
occ = p.ent(p.find(P, "لاعب منتخب مصر"), "OCC")
ent_in(P, "منتخب مصر", "ORG", "مصر", "GPE")
minute(P, "59", 59)
p.ent(p.find(P, "عبد الحميد"), "PERS")
p.ent(p.find(P, "الأهلي"), "ORG")
p.ent(p.find(P, "2"), "CARDINAL")
p.num(p.find(P, "2"), 2, "cardinal")
p.ent(p.find(P, "1"), "CARDINAL")
p.num(p.find(P, "1"), 1, "cardinal")
p.claim(p.between(P, "توقف المباراة", "بإستاد السويس"), claimant=A, kind="causal", check_worthy=True)
p.claim(p.between(P, "انقطاع التيار", "بإستاد السويس"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "نجح شعبان", "الدقيقة 59"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "سدد كرة", "ركلة حرة"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "أفلتت من", "عبد الحميد"), claimant=A, kind="event", check_worthy=True)
p.claim(p.find(P, "سكنت الشباك"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "الأهلي عوض", "سريعا"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "تقدم 2", "- 1"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 9
P = 9
p.ent(p.find(P, "أسامة محمد"), "PERS")
p.ent(p.find(P, "أحمد حسن"), "PERS")
ent_in(P, "لاعب وسط الأهلي", "OCC", "الأهلي", "ORG")
p.ent(p.find(P, "قائد منتخب مصر"), "OCC")
ent_in(P, "منتخب مصر", "ORG", "مصر", "GPE")
n67b = minute(P, "67", 67)
p.ent(p.find(P, "جيلبرتو"), "PERS")
p.ent(p.find(P, "سبع دقائق"), "TIME")
n7 = p.num(p.find(P, "سبع"), 7, "cardinal", counted=p.find(P, "دقائق"))
p.num(p.find(P, "الفريقين"), 2, "cardinal", counted=p.find(P, "الفريقين"))
p.claim(p.between(P, "حول أسامة", "الدقيقة 67"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "كان يحاول", "منطقة الجزاء"), claimant=A, kind="state", check_worthy=False)
p.claim(p.between(P, "أرسل جيلبرتو", "سبع دقائق"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "سكنت الشباك", "من الفريقين"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- relations
p.rel("sum", n4, [s1, s2])            # the four goals of the 2 - 2 draw
p.rel("equals", n67a, [n67b])         # the own goal in the 67th minute, told twice
p.rel("sum", n74, [n67b, n7])         # Gilberto's goal seven minutes after the 67th: the 74th
p.rel("equals", w2, [g2])             # Asyut's 2 goals: the two goals of Mashhour and Bahaa

p.write()
