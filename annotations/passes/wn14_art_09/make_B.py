"""Pass B of wn14_art_09 (blind: guidelines 1.2 and the raw text only). Offsets computed by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_09"
p = Pass(DOC, "B", agent="annotator b14 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, ent, num, btw = p.find, p.ent, p.num, p.between


def nested(par, outer, inner, label, inner_label, nth=0):
    o = ent(f(par, outer, nth), label)
    ent(p.inside(o, inner), inner_label)
    return o


A = "author"

# ---------------------------------------------------------------- P0 (title)
ent(f(0, "مارسيل خليفة"), "PERS")
ent(f(0, "قرطاج"), "GPE")
ent(f(0, "محمود درويش"), "PERS")
p.claim(btw(0, "مارسيل خليفة", "محمود درويش"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- P1
nested(1, "الفنان اللبناني", "اللبناني", "OCC", "NORP")
khalifa = ent(f(1, "مارسيل خليفة"), "PERS")
ent(f(1, "قرطاج"), "GPE")
nested(1, "ليل الإثنين الثلاثاء", "الإثنين الثلاثاء", "TIME", "DATE")
nested(1, "شاعر الفلسطيني", "الفلسطيني", "OCC", "NORP")     # "للشاعر": span after "لل" (§0)
ent(f(1, "محمود درويش"), "PERS")
ent(f(1, "اليوم"), "DATE")
p.claim(btw(1, "استهل", "محمود درويش"), claimant=A, kind="event", check_worthy=True)
p.claim(btw(1, "رحل لكنه", "اليوم معنا"), claimant=khalifa, cue=p.inside(f(1, "كما قال"), "قال"),
        kind="quote", check_worthy=False)

# ---------------------------------------------------------------- P2
ent(f(2, "15 ألف"), "CARDINAL")
num(f(2, "15 ألف"), 15000, "cardinal", qualifier="approximately", qualifier_span=f(2, "حوالي"),
    counted=f(2, "شخص"))
ent(f(2, "المسرح الروماني"), "FAC")
ent(f(2, "قرطاج", 0), "GPE")
nested(2, "مهرجان قرطاج الدولي", "قرطاج", "EVENT", "GPE")
ent(f(2, "ونحن نحب الحياة"), "EVENT")   # the evening's title; its "و" belongs to the title
p.claim(btw(2, "حضر حوالي", "الحفلة"), claimant=A, kind="statistic", check_worthy=True)
p.claim(btw(2, "طغى عليهم", "الشباب"), claimant=A, kind="state", check_worthy=False)
p.claim(btw(2, "أقيمت", "نحب الحياة"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- P3
nested(3, "الموسيقي اللبناني", "اللبناني", "OCC", "NORP")
nested(3, "الشاعر الفلسطيني", "الفلسطيني", "OCC", "NORP")
ent(f(3, "آب / أغسطس من العام الماضي"), "DATE")
ent(f(3, "67 عاما"), "DATE")
num(f(3, "67"), 67, "cardinal", counted=f(3, "عاما"))
p.claim(btw(3, "استحضر", "بالشاعر الفلسطيني"), claimant=A, kind="event", check_worthy=False)
p.claim(btw(3, "غيبه الموت", "له في القلب"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- P4
khalifa4 = ent(f(4, "خليفة"), "PERS")
ent(f(4, "قبل أربعة أعوام"), "DATE")
num(f(4, "أربعة"), 4, "cardinal", counted=f(4, "أعوام"))
ent(f(4, "محمود"), "PERS")
ent(f(4, "اليوم"), "DATE")
said4 = f(4, "قال")
p.claim(btw(4, "كنت هنا", "برفقة محمود"), claimant=khalifa4, cue=said4, kind="event", check_worthy=True)
p.claim(btw(4, "اليوم هو", "وسيسمعني"), claimant=khalifa4, cue=said4, kind="quote", check_worthy=False)

# ---------------------------------------------------------------- P5
ent(f(5, "خليفة"), "PERS")
ent(f(5, "ثلاث ساعات"), "TIME")
num(f(5, "ثلاث"), 3, "cardinal", counted=f(5, "ساعات"))
ent(f(5, "محمود درويش"), "PERS")
p.claim(btw(5, "قدم خليفة", "محمود درويش"), claimant=A, kind="event", check_worthy=True)
p.claim(btw(5, "استغرقت", "ثلاث ساعات"), claimant=A, kind="statistic", check_worthy=False)

# ---------------------------------------------------------------- P6
num(f(6, "مرتين"), 2, "cardinal", counted=f(6, "مرتين"))
ent(f(6, "أول"), "ORDINAL")
num(f(6, "أول"), 1, "ordinal", counted=f(6, "الألحان"))
ent(f(6, "يا طير الحمام"), "PRODUCT")
p.claim(btw(6, "ردد مرتين", "طير الحمام"), claimant=A, kind="event", check_worthy=False)
p.claim(btw(6, "طلب من", "أن يغنيها"), claimant=A, kind="event", check_worthy=False)
p.claim(btw(6, "بسرعة التقط", "اللحن"), claimant=A, kind="event", check_worthy=False)
p.claim(btw(6, "أخذ يردد", "الأغنية"), claimant=A, kind="event", check_worthy=False)

# ---------------------------------------------------------------- P7
khalifa7 = ent(f(7, "خليفة"), "PERS")
p.claim(btw(7, "بدا الجمهور", "ومتناغمة"), claimant=A, kind="state", check_worthy=False)
p.claim(btw(7, "قادها", "لتوجيه الأداء"), claimant=A, kind="event", check_worthy=False)

# ---------------------------------------------------------------- P8 (speaker: Khalifa, named in P7)
p.claim(btw(8, "الأغنية لا تحتاج", "تصفيق يصاحبها"), claimant=khalifa7, cue=f(8, "رأى"), kind="quote",
        check_worthy=False)
p.claim(btw(8, "الأغنية يلزمها", "صوت الصبايا"), claimant=khalifa7, cue=f(8, "قال"), kind="quote",
        check_worthy=False)

# ---------------------------------------------------------------- P9
khalifa9 = ent(f(9, "خليفة"), "PERS")
said9 = f(9, "قائلا")
p.claim(btw(9, "إنها", "طعم خاص"), claimant=khalifa9, cue=said9, kind="quote", check_worthy=False)
p.claim(btw(9, "رغم الانهيارات", "والمشاعر"), claimant=khalifa9, cue=said9, kind="quote", check_worthy=False)

# ---------------------------------------------------------------- P10
ent(f(10, "خليفة"), "PERS")
ent(f(10, "ونحن نحب الحياة لمن يستطيع إليها سبيلا"), "PRODUCT")
ent(f(10, "محمود درويش"), "PERS")
ent(f(10, "الفلسطيني", 0), "NORP")      # "الشعب الفلسطيني"
ent(f(10, "الفلسطينية", 0), "NORP")     # "الكوفية الفلسطينية"
ent(f(10, "الفلسطينية", 1), "NORP")     # "للقضية الفلسطينية"
ent(f(10, "غزة"), "GPE")
p.claim(btw(10, "أهدى خليفة", "الشعب الفلسطيني"), claimant=A, kind="event", check_worthy=True)
p.claim(f(10, "تعالت الزغاريد"), claimant=A, kind="event", check_worthy=False)
p.claim(f(10, "رفعت الكوفية الفلسطينية"), claimant=A, kind="event", check_worthy=False)
p.claim(btw(10, "علت شعارات", "رمز العزة"), claimant=A, kind="event", check_worthy=False)

# ---------------------------------------------------------------- P11
nested(11, "تعاليم حورية", "حورية", "PRODUCT", "PERS")
ent(f(11, "محمود درويش"), "PERS")
ent(f(11, "حورية", 1), "PERS")          # "أمه حورية"
ent(f(11, "مارسيل خليفة"), "PERS")
ent(f(11, "المغنية"), "OCC")
ent(f(11, "يولا كرياكوس"), "PERS")
p.claim(btw(11, "تفاعل الجمهور", "أمه حورية"), claimant=A, kind="event", check_worthy=False)
p.claim(btw(11, "تعاليم حورية", "أمه حورية"), claimant=A, kind="state", check_worthy=True)
p.claim(btw(11, "قدمها مارسيل", "يولا كرياكوس"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- P12
ent(f(12, "خليفة"), "PERS")
ent(f(12, "منتصب القامة أمشي"), "PRODUCT")
ent(f(12, "ريتا"), "PRODUCT")
ent(f(12, "ياما موايلي الهواء"), "PRODUCT")
ent(f(12, "الشاعر"), "OCC")
ent(f(12, "أدونيس"), "PERS")
p.claim(f(12, "تنوع برنامج الحفل"), claimant=A, kind="state", check_worthy=False)
p.claim(btw(12, "قدم فيه", "توزيع جديد"), claimant=A, kind="event", check_worthy=True)
p.claim(btw(12, "استقبلها", "بحماس كبير"), claimant=A, kind="event", check_worthy=False)

# ---------------------------------------------------------------- P13
ent(f(13, "الأرجنتيني"), "NORP")
ent(f(13, "إرنستو تشي جيفارا"), "PERS")
p.claim(btw(13, "أهدى", "تشي جيفارا"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- P14
occ = ent(f(14, "وزير الثقافة التونسي"), "OCC")
ent(p.inside(occ, "الثقافة"), "ORG")
ent(p.inside(occ, "التونسي"), "NORP")
ent(f(14, "رؤوف الباسطي"), "PERS")
nested(14, "المغنية اللبنانية", "اللبنانية", "OCC", "NORP")
ent(f(14, "أميمة الخليل"), "PERS")
ent(f(14, "خليفة"), "PERS")
p.claim(btw(14, "شاركت في", "أميمة الخليل"), claimant=A, kind="event", check_worthy=True)
p.claim(btw(14, "حضره أيضا", "رؤوف الباسطي"), claimant=A, kind="event", check_worthy=True)
p.claim(btw(14, "رافقت", "منذ بدايته"), claimant=A, kind="state", check_worthy=False)

# ---------------------------------------------------------------- P15
ent(f(15, "عصفور طل من الشباك"), "PRODUCT")
ent(f(15, "خليفة"), "PERS")
ent(f(15, "العرب", 0), "NORP")
ent(f(15, "الإسرائيلية"), "NORP")
ent(f(15, "العرب", 1), "NORP")
ent(f(15, "العربية"), "NORP")
p.claim(btw(15, "قدمت أغنية", "طل من الشباك"), claimant=A, kind="event", check_worthy=True)
p.claim(btw(15, "يحفظها", "عن ظهر قلب"), claimant=A, kind="state", check_worthy=False)
p.claim(btw(15, "أهداها", "في السجون العربية"), claimant=A, kind="event", check_worthy=True)
p.claim(btw(15, "يعصف المسرح", "والهتاف"), claimant=A, kind="event", check_worthy=False)

# ---------------------------------------------------------------- P16
ent(f(16, "تكبر"), "PRODUCT")
ent(f(16, "خليفة", 0), "PERS")
ent(f(16, "في البال أغنية"), "PRODUCT")
num(f(16, "نجليه"), 2, "cardinal", counted=f(16, "نجليه"))
ent(f(16, "بشار"), "PERS")
ent(f(16, "رامي خليفة"), "PERS")
p.claim(btw(16, "أدت أغنية", "تكبر"), claimant=A, kind="event", check_worthy=False)
p.claim(btw(16, "صاحبت خليفة", "البال أغنية"), claimant=A, kind="event", check_worthy=False)
p.claim(btw(16, "يقدم أعضاء", "والبيانو والناي"), claimant=A, kind="event", check_worthy=False)

# ---------------------------------------------------------------- P17
ent(f(17, "مارسيل خليفة"), "PERS")
ent(f(17, "59 سنة"), "DATE")
num(f(17, "59"), 59, "cardinal", counted=f(17, "سنة"))
ent(f(17, "ثلاثين"), "CARDINAL")
num(f(17, "ثلاثين"), 30, "cardinal", qualifier="more_than", qualifier_span=f(17, "أكثر من"),
    counted=f(17, "عملا"))
ent(f(17, "يا بحرية"), "PRODUCT")
p.claim(btw(17, "في نهاية الحفل", "يا بحرية"), claimant=A, kind="event", check_worthy=True)
p.claim(btw(17, "تحفل مسيرته", "من الألحان"), claimant=A, kind="state", check_worthy=False)
p.claim(btw(17, "عزفت موسيقاه", "أوركسترا عالمية"), claimant=A, kind="state", check_worthy=False)
p.claim(btw(17, "صدر له", "وأعمال موسيقية"), claimant=A, kind="statistic", check_worthy=True)

# ---------------------------------------------------------------- P18
ent(f(18, "مارسيل خليفة"), "PERS")
nested(18, "العالم العربي", "العربي", "LOC", "NORP")
ent(f(18, "تونس"), "GPE")
ent(f(18, "مطلع ثمانينات القرن الماضي"), "DATE")
num(f(18, "ثمانينات"), 1980, "year")
p.claim(btw(18, "يتمتع", "في تونس"), claimant=A, kind="state", check_worthy=False)
p.claim(btw(18, "أحيا بها", "القرن الماضي"), claimant=A, kind="event", check_worthy=False)

# ---------------------------------------------------------------- P19
nested(19, "العاصمة التونسية", "التونسية", "GPE", "NORP")
ent(f(19, "صيف 2005"), "DATE")
num(f(19, "2005"), 2005, "year")
nested(19, "مهرجان قرطاج الدولي", "قرطاج", "EVENT", "GPE")
nested(19, "الشاعر الفلسطيني", "الفلسطيني", "OCC", "NORP")
ent(f(19, "محمود درويش"), "PERS")
ent(p.inside(f(19, "كرمته تونس"), "تونس"), "GPE")
p.claim(btw(19, "كان آخر حفل", "قرطاج الدولي"), claimant=A, kind="event", check_worthy=True)
p.claim(btw(19, "حضره الشاعر", "محمود درويش"), claimant=A, kind="event", check_worthy=True)
p.claim(btw(19, "كرمته تونس", "آنذاك"), claimant=A, kind="event", check_worthy=True)

p.write()
