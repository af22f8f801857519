#!/usr/bin/env python3
"""Pass A of wn14_culture_02 (guidelines 1.2): the machine suggestion reviewed span by span,
corrected and completed. Offsets computed by code from short anchors (scripts/passkit.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_02"
p = Pass(DOC, "A", agent="annotator a7 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_culture_02.json; built by make_A.py.",
         source="annotations/suggestions/wn14_culture_02.json")
F, I, B = p.find, p.inside, p.between


def e(par, surface, label, nth=0):
    return p.ent(F(par, surface, nth), label)


def movement(par, nth=0):
    """ORG "حركة ويكيميديا" (a named movement, decision 24) with the nested ORG "ويكيميديا"."""
    m = F(par, "حركة ويكيميديا", nth)
    p.ent(m, "ORG")
    p.ent(I(m, "ويكيميديا"), "ORG")


def foundation(at):
    """ORG "مؤسسة ويكيميديا" located inside `at`, with the nested ORG "ويكيميديا"."""
    f = I(at, "مؤسسة ويكيميديا")
    p.ent(f, "ORG")
    p.ent(I(f, "ويكيميديا"), "ORG")


# ---- paragraph 0 (title)
e(0, "مؤتمر ويكيمانيا", "EVENT")
e(0, "2013", "DATE")
p.num(F(0, "2013"), 2013, "year")
e(0, "هونغ كونغ", "GPE")
p.claim(B(0, "اختتام", "هونغ كونغ"), "author", "event", True)

# ---- paragraph 1
t = B(1, "مساء يوم الأحد", "من أغسطس")
p.ent(t, "TIME")
p.ent(I(t, "يوم الأحد الفائت الحادي عشر من أغسطس"), "DATE")
e(1, "مؤتمر ويكيمانيا", "EVENT", 0)
e(1, "عام 2013", "DATE")
p.num(F(1, "2013"), 2013, "year")
e(1, "هونغ كونغ", "GPE")
five = F(1, "خمسة أيام")
p.ent(five, "DATE")
p.num(I(five, "خمسة"), 5, "cardinal", counted=I(five, "أيام"))
movement(1)
e(1, "ويكيبيديا", "WEBSITE")
e(1, "التاسع", "ORDINAL")
p.num(F(1, "التاسع"), 9, "ordinal", counted=F(1, "العام"))
e(1, "مؤتمر ويكيمانيا", "EVENT", 1)

p.claim(B(1, "اختتمت", "ومشاريعها"), "author", "event", True)
p.claim(B(1, "خمسة أيام", "والنقاشات المختلفة"), "author", "statistic", True)
p.claim(B(1, "كانت الأكثر شهرة", "موسوعة ويكيبيديا"), "author", "state", False)
p.claim(B(1, "ينتهي بذلك", "ويكيمانيا السنوي"), "author", "statistic", True)

# ---- paragraph 2
e(2, "التاسع", "ORDINAL")
p.num(F(2, "التاسع"), 9, "ordinal")
movement(2)
e(2, "يوم الأربعاء السابع من أغسطس", "DATE")
e(2, "Devcamp", "EVENT")                                 # the named workshops
e(2, "البايثون", "PRODUCT")                              # a programming language (software), not a LANGUAGE
wl = F(2, "Wikimedia labs")
p.ent(wl, "WEBSITE")                                     # "وهي موقع": a site
p.ent(I(wl, "Wikimedia"), "ORG")
ml = F(2, "مختبرات ويكيميديا")
p.ent(ml, "WEBSITE")
p.ent(I(ml, "ويكيميديا"), "ORG")
e(2, "ويكيميديا", "ORG", 2)                              # مشاريع ويكيميديا
e(2, "ويكيميديا", "ORG", 3)                              # بفروع ويكيميديا
e(2, "Wikimedia", "ORG", 1)                              # (Wikimedia Chapters)

main2 = B(2, "كان المؤتمر،", "بمرحلته التمهيدية")
p.claim(main2, "author", "event", True)
p.claim(F(2, "المؤتمر، التاسع من نوعه عالميا"), "author", "statistic", True)
p.claim(B(2, "يعد أكبر مؤتمر", "في العالم"), "author", "state", False)
p.claim(F(2, "شمل عددا من المحاضرات والورشات غير الرسمية"), "author", "event", True)
p.claim(B(2, "أهمها ورشات", "Wikimedia labs"), "author", "state", False)
p.claim(B(2, "هي موقع مخصص", "على مشاريع ويكيميديا"), "author", "state", False)
p.claim(B(2, "شملت الأيام التمهيدية", "بفروع ويكيميديا"), "author", "event", True)
p.claim(B(2, "هي أشبه بمنظمات", "في البلدان المختلفة"), "author", "state", False)

# ---- paragraph 3
jw = e(3, "جيمي ويلز", "PERS")
occ = F(3, "مؤسس ويكيبيديا")
p.ent(occ, "OCC")
p.ent(I(occ, "ويكيبيديا"), "WEBSITE")
e(3, "الأولى", "ORDINAL")
p.num(F(3, "الأولى"), 1, "ordinal")                     # للمرة الأولى: the counted noun is not spannable
e(3, "مركز التجارة العالمي", "FAC")
e(3, "هونغ كونغ", "GPE")
fifth = F(3, "خامس أعلى بناء")
p.ent(I(fifth, "خامس"), "ORDINAL")
p.num(I(fifth, "خامس"), 5, "ordinal", counted=I(fifth, "بناء"))

p.claim(B(3, "ظهر جيمي ويلز", "بحفل ترحيبي"), "author", "event", True)
p.claim(F(3, "جيمي ويلز، مؤسس ويكيبيديا"), "author", "state", False)
p.claim(B(3, "أقيم في مركز", "بهونغ كونغ"), "author", "event", True)
p.claim(B(3, "هو أعلى مبنى", "بناء بالعالم"), "author", "state", False)
p.claim(F(3, "ألقى كلمة قصيرة رحب فيها بالحضور"), "author", "event", False)

# ---- paragraph 4
e(4, "يوم الجمعة", "DATE")
d2 = F(4, "ثاني أيام العيد")
p.ent(d2, "DATE")
p.num(I(d2, "ثاني"), 2, "ordinal", counted=I(d2, "أيام"))
e(4, "دانييل لاي", "PERS")
occ = B(4, "رئيس قسم المعلومات", "حكومة هونغ كونغ")
p.ent(occ, "OCC")
p.ent(I(occ, "قسم المعلومات"), "ORG")
gov = I(occ, "حكومة هونغ كونغ")
p.ent(gov, "ORG")
p.ent(I(gov, "هونغ كونغ"), "GPE")
p.ent(I(F(4, "للبروفيسور"), "بروفيسور"), "OCC")           # after the contracted لل (§0)
e(4, "ماكوتو أوماكوتو", "PERS")
e(4, "saveMLAK", "ORG")                                 # a named volunteer project
e(4, "اليابان", "GPE")
jw4 = e(4, "جيمي ويلز", "PERS", 0)
e(4, "العام الماضي", "DATE")
four = F(4, "أربع نسخ")
p.ent(I(four, "أربع"), "CARDINAL")
p.num(I(four, "أربع"), 4, "cardinal", counted=I(four, "نسخ"))
e(4, "ويكيبيديا", "WEBSITE")
mil = F(4, "المليون مقالة")
p.ent(I(mil, "المليون"), "CARDINAL")
p.num(I(mil, "المليون"), 1000000, "cardinal", counted=I(mil, "مقالة"))
foundation(F(4, "لمؤسسة ويكيميديا"))
e(4, "ويكيميديا", "ORG", 1)                             # مشاريع ويكيميديا
e(4, "جيمي ويلز", "PERS", 1)

p.claim(B(4, "جاء الافتتاح الرسمي", "ثاني أيام العيد"), "author", "event", True)
p.claim(B(4, "ألقى دانييل لاي", "كلمة افتتاحية"), "author", "event", True)
p.claim(B(4, "دانييل لاي،", "حكومة هونغ كونغ"), "author", "state", False)
p.claim(F(4, "تحدث فيها عن استضافة المدينة للحدث"), "author", "event", False)
p.claim(B(4, "أعقبتها محاضرة", "كلمة جيمي ويلز"), "author", "event", True)
p.claim(B(4, "ذكر فيها عددا", "خلال العام الماضي"), "author", "event", False)
cue = F(4, "ذكر")
p.claim(B(4, "تجاوز أربع نسخ", "المليون مقالة"), jw4, "statistic", True, cue=cue)
p.claim(F(4, "انتخاب مجلس أمناء جديد لمؤسسة ويكيميديا"), jw4, "event", True, cue=cue)
p.claim(B(4, "انتقال مشاريع ويكيميديا", "إلى HTTPS"), jw4, "event", True, cue=cue)
p.claim(B(4, "تحدث جيمي ويلز عن", "البديل والحر"), "author", "event", True)
p.claim(B(4, "دعا حضور المؤتمر", "الفكرة معه"), "author", "event", False)

# ---- paragraph 5
e(5, "ويكيميديا", "ORG")
spitz = e(5, "إينار سبيتز", "PERS")
e(5, "تيمو لينونيون", "PERS")
bs = F(5, "البرلمان السويدي")
p.ent(bs, "ORG")
p.ent(I(bs, "السويدي"), "NORP")
e(5, "البرلمان", "ORG", 1)                               # أعضاء البرلمان (the Riksdag again)
e(5, "البرلمان", "ORG", 2)
for k in range(5):                                       # every ويكيبيديا of the paragraph
    e(5, "ويكيبيديا", "WEBSITE", k)
e(5, "بنيامين ماكو هل", "PERS")
yy = F(5, "عامي 2012 و2013")
p.ent(yy, "DATE")
p.num(I(yy, "2012"), 2012, "year")
p.num(I(yy, "2013"), 2013, "year")
e(5, "ويكاموس", "WEBSITE")
four = F(5, "أربعة بحوث")
p.ent(I(four, "أربعة"), "CARDINAL")
p.num(I(four, "أربعة"), 4, "cardinal", counted=I(four, "بحوث"))
e(5, "مسابقة الويكي تهوى المعالم", "EVENT")
e(5, "GLAM", "ORG")                                      # a named project (GLAM-Wiki)
e(5, "OpenStreetMap", "WEBSITE")

p.claim(F(5, "انطلقت أنشطة المؤتمر الرسمية بعد انتهاء الافتتاح"), "author", "event", False)
p.claim(B(5, "بدأت المحاضرات", "وتطويرها وتحسينها"), "author", "event", False)
p.claim(B(5, "تناول إينار سبيتز", "البرلمان السويدي"), "author", "event", True)
p.claim(F(5, "أجرياه لأعضاء البرلمان السويدي"), "author", "event", True)
cue = F(5, "تناول")                                       # the finding is reported from their lecture
p.claim(B(5, "معظم أعضاء البرلمان", "ويكيبيديا دوريا"), spitz, "state", True, cue=cue)
p.claim(F(5, "يؤمنون بوثوقيتها ودقتها العلمية"), spitz, "state", True, cue=cue)
p.claim(B(5, "عددا منهم", "عدل مقالاتها"), spitz, "event", True, cue=cue)
p.claim(B(5, "تحدث بنيامين ماكو هل", "2012 و2013"), "author", "event", True)
p.claim(B(5, "تناول عينات", "فحصها ودققها"), "author", "event", False)
p.claim(B(5, "كان بينها بحث", "أربعة بحوث أخرى"), "author", "state", False)
p.claim(F(5, "كانت هناك محاضرات وورشات عديدة أخرى"), "author", "event", False)
p.claim(B(5, "تناولت العديد", "وغيرها من المواضيع"), "author", "event", False)

# ---- paragraph 6
e(6, "عربية", "NORP")
e(6, "هذا العام", "DATE")
e(6, "العرب", "NORP", 0)
three = F(6, "ثلاث من محاضرات")
p.ent(I(three, "ثلاث"), "CARDINAL")
p.num(I(three, "ثلاث"), 3, "cardinal", counted=I(three, "محاضرات"))
e(6, "ويكيمانيا", "EVENT")
e(6, "زكريا", "PERS")
e(6, "المغرب", "GPE")
talk = F(6, "استراتيجية للكشف التدريجي في ويكيبيديا")    # title of the talk (a work)
p.ent(talk, "PRODUCT")
p.ent(I(talk, "ويكيبيديا"), "WEBSITE")
e(6, "ويكيبيديا", "WEBSITE", 1)                          # المساهمون الجدد على ويكيبيديا
three3 = F(6, "ثلاثة مساهمين")
p.ent(I(three3, "ثلاثة"), "CARDINAL")
p.num(I(three3, "ثلاثة"), 3, "cardinal", counted=I(three3, "مساهمين"))
aw = F(6, "ويكيبيديا العربية")
p.ent(aw, "WEBSITE")
p.ent(I(aw, "العربية"), "LANGUAGE")                      # the Arabic-language edition
p.ent(I(F(6, "المحررين العرب"), "العرب"), "NORP")
p.ent(I(F(6, "وغير العرب"), "العرب"), "NORP")
prog = F(6, "برنامج ويكيبيديا للتعليم")
p.ent(prog, "ORG")
p.ent(I(prog, "ويكيبيديا"), "WEBSITE")
e(6, "مصر", "GPE")
aw = F(6, "العالم العربي")
p.ent(aw, "LOC")
p.ent(I(aw, "العربي"), "NORP")

p.claim(B(6, "كانت هناك مشاركة", "لهذا العام"), "author", "event", False)
p.claim(B(6, "كانت من نصيب", "محاضرات ويكيمانيا"), "author", "statistic", True)
p.claim(B(6, "تحدث زكريا", "في الموسوعة"), "author", "event", True)
p.claim(B(6, "ناقش مع الحضور", "بساطة وسلاسة"), "author", "event", False)
p.claim(B(6, "تناولت محاضرة مشتركة", "يعاني منها الموقع"), "author", "event", True)
p.claim(B(6, "أعقب المحاضرة", "لهذه المشاكل"), "author", "event", False)
p.claim(B(6, "شارك فيه حضور", "وغير العرب"), "author", "event", False)
p.claim(B(6, "تناولت محاضرة أخرى", "العالم العربي"), "author", "event", True)

# ---- paragraph 7
e(7, "يوم الأحد الحادي عشر من أغسطس", "DATE")
board = F(7, "مجلس أمناء مؤسسة ويكيميديا")
p.ent(board, "ORG")
foundation(board)
e(7, "سو غاردنر", "PERS")
occ = F(7, "المديرة التنفيذية لمؤسسة ويكيميديا")
p.ent(occ, "OCC")
foundation(occ)
movement(7)
e(7, "مؤتمر ويكيمانيا", "EVENT")
e(7, "لندن", "GPE")
e(7, "شهر أغسطس التالي", "DATE")
w14 = F(7, "ويكيمانيا 2014")
p.ent(I(w14, "ويكيمانيا"), "EVENT")
p.ent(I(w14, "2014"), "DATE")
p.num(I(w14, "2014"), 2014, "year")

p.claim(B(7, "كان ختام المؤتمر", "عشر من أغسطس"), "author", "event", True)
p.claim(B(7, "تحدث مجلس أمناء", "وأهدافها المستقبلية"), "author", "event", True)
p.claim(B(7, "كانت هناك فقرة", "مع المجلس"), "author", "event", False)
p.claim(B(7, "خصصت فقرة", "منذ تأسيسها"), "author", "event", True)
p.claim(B(7, "سو غاردنر،", "منذ تأسيسها"), "author", "state", True)
p.claim(F(7, "أعلنت استقالتها قبل شهور"), "author", "event", True)
p.claim(B(7, "تحدث عن إنجازاتها", "حركة ويكيميديا"), "author", "event", False)
p.claim(F(7, "كانت هناك كلمة لمنظمي مؤتمر ويكيمانيا القادم"), "author", "event", False)
p.claim(F(7, "سيقام في لندن بشهر أغسطس التالي"), "author", "event", True)
p.claim(B(7, "أعطى منظمو المؤتمر", "ويكيمانيا 2014"), "author", "event", False)

# ---- paragraph 8
e(8, "ويكيمانيا", "EVENT", 0)
movement(8)
nine = F(8, "تسع سنوات")
p.ent(nine, "DATE")
p.num(I(nine, "تسع"), 9, "cardinal", counted=I(nine, "سنوات"))
e(8, "ويكيبيديا", "WEBSITE")
e(8, "الأولى", "ORDINAL", 0)
p.num(F(8, "الأولى", 0), 1, "ordinal")
e(8, "فرانكفورت", "GPE")
e(8, "ألمانيا", "GPE")
e(8, "عام 2005", "DATE")
p.num(F(8, "2005"), 2005, "year")
e(8, "الأولى", "ORDINAL", 1)
p.num(F(8, "الأولى", 1), 1, "ordinal")
wa = F(8, "الوطن العربي")
p.ent(wa, "LOC")
p.ent(I(wa, "العربي"), "NORP")
e(8, "عام 2008", "DATE")
p.num(F(8, "2008"), 2008, "year")
e(8, "الإسكندرية", "GPE")
e(8, "هونغ كونغ", "GPE")
e(8, "تاسعا", "ORDINAL")
p.num(F(8, "تاسعا"), 9, "ordinal")
e(8, "ويكيمانيا", "EVENT", 1)                            # تاريخ ويكيمانيا

p.claim(F(8, "ويكيمانيا مؤتمر سنوي"), "author", "state", False)
p.claim(B(8, "ينظمه متطوعو", "ومشاريعها الشقيقة"), "author", "state", False)
p.claim(B(8, "كان قد أقيم", "عام 2005"), "author", "event", False)
p.claim(B(8, "نظم للمرة الأولى", "بالإسكندرية"), "author", "event", False)
p.claim(B(8, "يأتي مؤتمر هونغ كونغ", "تاريخ ويكيمانيا"), "author", "statistic", True)

p.write()
