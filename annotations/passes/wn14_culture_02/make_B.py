"""Pass B of wn14_culture_02 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_02"
p = Pass(DOC, "B", agent="annotator b7 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)


def E(par, surface, label, nth=0):
    return p.ent(p.find(par, surface, nth), label)


def Ein(outer, surface, label, nth=0):
    return p.ent(p.inside(outer, surface, nth), label)


def movement(par, nth=0):
    """ORG "حركة ويكيميديا" with the ORG "ويكيميديا" nested."""
    m = E(par, "حركة ويكيميديا", "ORG", nth)
    Ein(m, "ويكيميديا", "ORG")
    return m


def foundation(par, nth=0):
    """ORG "مؤسسة ويكيميديا" with the ORG "ويكيميديا" nested."""
    f = E(par, "مؤسسة ويكيميديا", "ORG", nth)
    Ein(f, "ويكيميديا", "ORG")
    return f


# ---------------------------------------------------------------- paragraph 0 (title)
E(0, "ويكيمانيا", "EVENT")
y0 = p.find(0, "2013")
p.ent(y0, "DATE")
n2013a = p.num(y0, 2013, "year")
E(0, "هونغ كونغ", "GPE")
p.claim(p.between(0, "اختتام", "هونغ كونغ"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 1
p.ent(p.between(1, "مساء يوم", "من أغسطس"), "TIME")
p.ent(p.between(1, "يوم الأحد", "من أغسطس"), "DATE")
E(1, "ويكيمانيا", "EVENT", 0)
E(1, "عام 2013", "DATE")
n2013b = p.num(p.find(1, "2013"), 2013, "year")
E(1, "هونغ كونغ", "GPE")
E(1, "خمسة أيام", "DATE")
p.num(p.find(1, "خمسة"), 5, "cardinal", counted=p.find(1, "أيام"))
movement(1)
E(1, "ويكيبيديا", "WEBSITE")
o9a = p.find(1, "التاسع")
p.ent(o9a, "ORDINAL")
n9a = p.num(o9a, 9, "ordinal", counted=p.find(1, "العام التاسع") and p.inside(p.find(1, "العام التاسع"), "العام"))
E(1, "ويكيمانيا", "EVENT", 1)

p.claim(p.between(1, "اختتمت", "ومشاريعها"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "كانت الأكثر", "موسوعة ويكيبيديا"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(1, "ينتهي بذلك", "ويكيمانيا السنوي"), claimant="author", kind="statistic", check_worthy=False)

# ---------------------------------------------------------------- paragraph 2
o9b = p.find(2, "التاسع")
p.ent(o9b, "ORDINAL")
n9b = p.num(o9b, 9, "ordinal")
movement(2)
E(2, "يوم الأربعاء السابع من أغسطس", "DATE")
E(2, "Devcamp", "EVENT")
E(2, "البايثون", "PRODUCT")          # a programming language: software (entities §18), not a LANGUAGE
w = E(2, "Wikimedia labs", "WEBSITE")
Ein(w, "Wikimedia", "ORG")
w = E(2, "مختبرات ويكيميديا", "WEBSITE")
Ein(w, "ويكيميديا", "ORG")
E(2, "ويكيميديا", "ORG", 2)          # مشاريع ويكيميديا
E(2, "ويكيميديا", "ORG", 3)          # بفروع ويكيميديا
E(2, "Wikimedia", "ORG", 1)          # Wikimedia Chapters

main2 = p.between(2, "كان المؤتمر", "بمرحلته التمهيدية")
p.claim(main2, claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "المؤتمر،", "من نوعه عالميا"), claimant="author", kind="statistic", check_worthy=False)
p.claim(p.between(2, "يعد أكبر مؤتمر", "في العالم"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(2, "شمل عددا", "غير الرسمية"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(2, "أهمها ورشات", "Wikimedia labs"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(2, "هي موقع مخصص", "مشاريع ويكيميديا"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(2, "شملت الأيام التمهيدية", "بفروع ويكيميديا"), claimant="author", kind="event",
        check_worthy=False)
p.claim(p.between(2, "هي أشبه", "البلدان المختلفة"), claimant="author", kind="state", check_worthy=False)

# ---------------------------------------------------------------- paragraph 3
wales3 = E(3, "جيمي ويلز", "PERS")
occ = E(3, "مؤسس ويكيبيديا", "OCC")
Ein(occ, "ويكيبيديا", "WEBSITE")
o1 = p.find(3, "الأولى")
p.ent(o1, "ORDINAL")
p.num(o1, 1, "ordinal")
E(3, "مركز التجارة العالمي", "FAC")
E(3, "هونغ كونغ", "GPE")
o5 = p.find(3, "خامس")
p.ent(o5, "ORDINAL")
p.num(o5, 5, "ordinal", counted=p.find(3, "بناء"))

p.claim(p.between(3, "ظهر جيمي ويلز", "بحفل ترحيبي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(3, "جيمي ويلز", "مؤسس ويكيبيديا"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(3, "أقيم في", "بهونغ كونغ"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(3, "هو أعلى مبنى", "بناء بالعالم"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(3, "ألقى كلمة", "بالحضور"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 4
E(4, "يوم الجمعة", "DATE")
d = E(4, "ثاني أيام العيد", "DATE")
p.num(p.find(4, "ثاني"), 2, "ordinal", counted=p.inside(d, "أيام"))
E(4, "دانييل لاي", "PERS")
occ = E(4, "رئيس قسم المعلومات في حكومة هونغ كونغ", "OCC")
Ein(occ, "قسم المعلومات", "ORG")
g = Ein(occ, "حكومة هونغ كونغ", "ORG")
Ein(g, "هونغ كونغ", "GPE")
E(4, "بروفيسور", "OCC")          # after the contracted "لل" (§0)
E(4, "ماكوتو أوماكوتو", "PERS")
E(4, "saveMLAK", "ORG")
E(4, "اليابان", "GPE")
wales4 = E(4, "جيمي ويلز", "PERS", 0)
E(4, "الحركة", "ORG")
E(4, "العام الماضي", "DATE")
c4 = p.find(4, "أربع")
p.ent(c4, "CARDINAL")
p.num(c4, 4, "cardinal", counted=p.find(4, "نسخ"))
E(4, "ويكيبيديا", "WEBSITE")
m = p.find(4, "المليون")
p.ent(m, "CARDINAL")
p.num(m, 1000000, "cardinal", counted=p.find(4, "مقالة"))
foundation(4)
E(4, "ويكيميديا", "ORG", 1)          # مشاريع ويكيميديا
wales4b = E(4, "جيمي ويلز", "PERS", 1)

p.claim(p.between(4, "جاء الافتتاح", "أيام العيد"), claimant="author", kind="event", check_worthy=True)
al = p.between(4, "ألقى دانييل لاي", "استضافة المدينة للحدث")
p.claim(al, claimant="author", kind="event", check_worthy=True)
p.claim(p.between(4, "دانييل لاي", "حكومة هونغ كونغ"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(4, "أعقبتها محاضرة", "كلمة جيمي ويلز"), claimant="author", kind="event", check_worthy=True)
cue4 = p.find(4, "ذكر")
p.claim(p.between(4, "ذكر فيها", "العام الماضي"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(4, "تجاوز أربع", "المليون مقالة"), claimant=wales4, cue=cue4, kind="statistic",
        check_worthy=True)
p.claim(p.between(4, "انتخاب مجلس", "لمؤسسة ويكيميديا"), claimant=wales4, cue=cue4, kind="event",
        check_worthy=True)
p.claim(p.between(4, "انتقال مشاريع", "إلى HTTPS"), claimant=wales4, cue=cue4, kind="event", check_worthy=True)
p.claim(p.between(4, "تحدث جيمي ويلز", "البديل والحر"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(4, "دعا حضور", "الفكرة معه"), claimant="author", kind="event", check_worthy=False)

# ---------------------------------------------------------------- paragraph 5
E(5, "ويكيميديا", "ORG")
E(5, "إينار سبيتز", "PERS")
timo = E(5, "تيمو لينونيون", "PERS")
b = E(5, "البرلمان السويدي", "ORG")
Ein(b, "السويدي", "NORP")
E(5, "البرلمان", "ORG", 1)
E(5, "البرلمان", "ORG", 2)
for k in range(5):
    E(5, "ويكيبيديا", "WEBSITE", k)
E(5, "بنيامين ماكو هل", "PERS")
E(5, "عامي 2012 و2013", "DATE")
p.num(p.find(5, "2012"), 2012, "year")
p.num(p.find(5, "2013"), 2013, "year")
E(5, "ويكاموس", "WEBSITE")
c4b = p.find(5, "أربعة")
p.ent(c4b, "CARDINAL")
p.num(c4b, 4, "cardinal", counted=p.find(5, "بحوث أخرى") and p.inside(p.find(5, "بحوث أخرى"), "بحوث"))
E(5, "الويكي تهوى المعالم", "EVENT")
E(5, "GLAM", "ORG")
E(5, "OpenStreetMap", "WEBSITE")

p.claim(p.between(5, "انطلقت أنشطة", "انتهاء الافتتاح"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(5, "بدأت المحاضرات", "وتطويرها وتحسينها"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(5, "تناول إينار سبيتز", "تفاصيل استفتاء عام"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.between(5, "أجرياه", "لموسوعة ويكيبيديا"), claimant="author", kind="event", check_worthy=True)
cue5 = p.find(5, "تبين")
p.claim(p.between(5, "معظم أعضاء", "ويكيبيديا دوريا"), claimant=timo, cue=cue5, kind="state", check_worthy=True)
p.claim(p.find(5, "يؤمنون بوثوقيتها ودقتها العلمية"), claimant=timo, cue=cue5, kind="state", check_worthy=True)
p.claim(p.between(5, "إن عددا منهم", "عدل مقالاتها"), claimant=timo, cue=cue5, kind="state", check_worthy=True)
p.claim(p.between(5, "تحدث بنيامين", "2012 و2013"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(5, "تناول عينات", "فحصها ودققها"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(5, "كان بينها بحث", "أربعة بحوث أخرى"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(5, "كانت هناك محاضرات", "عديدة أخرى"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(5, "تناولت العديد", "وغيرها من المواضيع"), claimant="author", kind="event", check_worthy=False)

# ---------------------------------------------------------------- paragraph 6
E(6, "عربية", "NORP")
E(6, "هذا العام", "DATE")
E(6, "العرب", "NORP", 0)
c3 = p.find(6, "ثلاث")
p.ent(c3, "CARDINAL")
p.num(c3, 3, "cardinal", counted=p.find(6, "محاضرات"))
E(6, "ويكيمانيا", "EVENT")
E(6, "زكريا", "PERS")
E(6, "المغرب", "GPE")
title = E(6, "استراتيجية للكشف التدريجي في ويكيبيديا", "PRODUCT")
Ein(title, "ويكيبيديا", "WEBSITE")
E(6, "ويكيبيديا", "WEBSITE", 1)
c3b = p.find(6, "ثلاثة")
p.ent(c3b, "CARDINAL")
p.num(c3b, 3, "cardinal", counted=p.find(6, "مساهمين آخرين") and p.inside(p.find(6, "مساهمين آخرين"), "مساهمين"))
w = E(6, "ويكيبيديا العربية", "WEBSITE")
Ein(w, "العربية", "NORP")
Ein(p.find(6, "المحررين العرب"), "العرب", "NORP")
Ein(p.find(6, "وغير العرب"), "العرب", "NORP")
pr = E(6, "برنامج ويكيبيديا للتعليم", "ORG")
Ein(pr, "ويكيبيديا", "WEBSITE")
E(6, "مصر", "GPE")
aw = E(6, "العالم العربي", "LOC")
Ein(aw, "العربي", "NORP")

p.claim(p.between(6, "كانت هناك مشاركة", "لهذا العام"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(6, "كانت من نصيب", "محاضرات ويكيمانيا"), claimant="author", kind="statistic",
        check_worthy=True)
p.claim(p.between(6, "تحدث زكريا", "في الموسوعة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(6, "ناقش مع الحضور", "بساطة وسلاسة"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(6, "تناولت محاضرة مشتركة", "يعاني منها الموقع"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.between(6, "أعقب المحاضرة", "لهذه المشاكل"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(6, "شارك فيه", "وغير العرب"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(6, "تناولت محاضرة أخرى", "العالم العربي"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 7
E(7, "يوم الأحد الحادي عشر من أغسطس", "DATE")
board = E(7, "مجلس أمناء مؤسسة ويكيميديا", "ORG")
f = Ein(board, "مؤسسة ويكيميديا", "ORG")
Ein(f, "ويكيميديا", "ORG")
E(7, "المؤسسة", "ORG", 0)
E(7, "المجلس", "ORG")
E(7, "سو غاردنر", "PERS")
occ = E(7, "المديرة التنفيذية لمؤسسة ويكيميديا", "OCC")
f = Ein(occ, "مؤسسة ويكيميديا", "ORG")
Ein(f, "ويكيميديا", "ORG")
E(7, "المؤسسة", "ORG", 1)
movement(7)
E(7, "ويكيمانيا", "EVENT", 0)
E(7, "لندن", "GPE")
E(7, "شهر أغسطس التالي", "DATE")
E(7, "ويكيمانيا", "EVENT", 1)
y14 = p.find(7, "2014")
p.ent(y14, "DATE")
p.num(y14, 2014, "year")

p.claim(p.between(7, "كان ختام المؤتمر", "من أغسطس"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(7, "تحدث مجلس أمناء", "وأهدافها المستقبلية"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.between(7, "كانت هناك فقرة", "مع المجلس"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(7, "خصصت فقرة", "منذ تأسيسها"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(7, "سو غاردنر", "منذ تأسيسها"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(7, "أعلنت استقالتها", "قبل شهور"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(7, "تحدث عن إنجازاتها", "حركة ويكيميديا"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(7, "كانت هناك كلمة", "ويكيمانيا القادم"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(7, "سيقام في لندن", "أغسطس التالي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(7, "أعطى منظمو", "ويكيمانيا 2014"), claimant="author", kind="event", check_worthy=False)

# ---------------------------------------------------------------- paragraph 8
E(8, "ويكيمانيا", "EVENT", 0)
movement(8)
E(8, "تسع سنوات", "DATE")
p.num(p.find(8, "تسع"), 9, "cardinal", counted=p.find(8, "سنوات"))
E(8, "ويكيبيديا", "WEBSITE")
for k in range(2):
    o = p.find(8, "الأولى", k)
    p.ent(o, "ORDINAL")
    p.num(o, 1, "ordinal")
E(8, "فرانكفورت", "GPE")
E(8, "ألمانيا", "GPE")
E(8, "عام 2005", "DATE")
p.num(p.find(8, "2005"), 2005, "year")
v = E(8, "الوطن العربي", "LOC")
Ein(v, "العربي", "NORP")
E(8, "عام 2008", "DATE")
p.num(p.find(8, "2008"), 2008, "year")
E(8, "الإسكندرية", "GPE")
E(8, "هونغ كونغ", "GPE")
o9c = p.find(8, "تاسعا")
p.ent(o9c, "ORDINAL")
n9c = p.num(o9c, 9, "ordinal")
E(8, "ويكيمانيا", "EVENT", 1)

p.claim(p.between(8, "ويكيمانيا مؤتمر سنوي", "ومشاريعها الشقيقة"), claimant="author", kind="state",
        check_worthy=False)
p.claim(p.between(8, "كان قد أقيم", "عام 2005"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(8, "نظم للمرة", "بالإسكندرية"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(8, "يأتي مؤتمر", "تاريخ ويكيمانيا"), claimant="author", kind="statistic", check_worthy=False)

# ---------------------------------------------------------------- relations
p.rel("equals", n2013a, [n2013b])          # the year of this Wikimania, title and paragraph 1
p.rel("equals", n9a, [n9b, n9c])           # the ninth edition, restated in paragraphs 2 and 8

p.write()
