"""Pass B of wn14_art_10 (blind: guidelines 1.2 and the raw text only). Offsets computed by passkit.

The body is one long paragraph (1); repeated surfaces are located by their occurrence number."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_10"
p = Pass(DOC, "B", agent="annotator b14 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
ent, num = p.ent, p.num
A = "author"


def f(surface, nth=0):
    return p.find(1, surface, nth)


def btw(first, last, nth_first=0, nth_last=0):
    return p.between(1, first, last, nth_first, nth_last)


def within(anchor, surface, nth=0):
    return p.inside(f(anchor), surface, nth)


# ---------------------------------------------------------------- P0 (title)
ent(p.find(0, "مايكل جاكسون"), "PERS")
# "عدة أسئلة لا تزال من دون رد": a statement of ignorance, no claim (claims §7)

# ---------------------------------------------------------------- P1, sentence by sentence
# S1
occ = ent(f("المغني الأميركي", 0), "OCC")
ent(p.inside(occ, "الأميركي"), "NORP")
ent(f("مايكل جاكسون", 0), "PERS")
p.claim(btw("بعد شهر على", "ومصير أولاده"), claimant=A, kind="state", check_worthy=False)
p.claim(f("تتزايد نظريات المؤامرة"), claimant=A, kind="state", check_worthy=False)

# S2
ent(f("ملك البوب", 0), "PERS")
ent(f("خمسين عاما"), "DATE")
num(f("خمسين"), 50, "cardinal", counted=f("عاما", 0))
ent(f("25 يونيو"), "DATE")
ent(f("لوس أنجلوس", 0), "GPE")
ent(f("الأولى"), "ORDINAL")
num(f("الأولى"), 1, "ordinal")           # "للمرة الأولى": counted noun not spannable (§2)
ent(f("الأربعاء"), "DATE")
org = ent(f("شرطة لوس أنجلوس"), "ORG")
ent(p.inside(org, "لوس أنجلوس"), "GPE")
p.claim(btw("التحقيق في وفاة", "بعض الشيء"), claimant=A, kind="event", check_worthy=False)
p.claim(btw("وفاة ملك البوب", "في منزله"), claimant=A, kind="event", check_worthy=True)
p.claim(btw("كان يستأجره", "لوس أنجلوس"), claimant=A, kind="state", check_worthy=False)
p.claim(btw("ظهور كلمة", "في القضية"), claimant=A, kind="event", check_worthy=True)
p.claim(btw("شرطة لوس أنجلوس قررت", "إجرامية"), claimant=A, cue=f("أكدت"), kind="event",
        check_worthy=True)

# S3
ent(f("كونراد موراي"), "PERS")
ent(f("مايكل جاكسون", 1), "PERS")
ent(f("الشرطة"), "ORG")
ent(f("أحد", 0), "CARDINAL")
num(f("أحد", 0), 1, "cardinal", counted=f("مكاتبه"))
p.claim(btw("زادت الشبهات", "كونراد موراي"), claimant=A, kind="state", check_worthy=False)
p.claim(btw("كان متواجدا", "عند وفاته"), claimant=A, kind="state", check_worthy=True)
p.claim(btw("داهمت الشرطة", "أحد مكاتبه"), claimant=A, kind="event", check_worthy=True)

# S4
lawyer = ent(f("محامي موراي"), "OCC")
ent(p.inside(lawyer, "موراي"), "PERS")
ent(f("طبيب القلب"), "OCC")
ent(f("51 عاما"), "DATE")
num(f("51"), 51, "cardinal", counted=f("عاما", 1))
ent(f("مايو"), "DATE")
ent(f("مايكل جاكسون", 2), "PERS")
ent(f("لندن"), "GPE")
ent(f("يوليو", 0), "DATE")
p.claim(btw("كان يتولى منذ", "في يوليو"), claimant=A, kind="state", check_worthy=True)
p.claim(btw("موكله غير", "بأي جرم"), claimant=lawyer, cue=f("أكد", 1), kind="state", check_worthy=True)

# S5
ent(f("المغني", 1), "OCC")
jo = ent(f("جو"), "PERS")
p.claim(btw("الأطباء بأنهم", "أدوية له"), claimant=A, cue=f("يتهمون"), kind="causal", check_worthy=True)
p.claim(btw("ابنه كان", "جريمة قتل"), claimant=jo, cue=f("قال", 0), kind="state", check_worthy=True)

# S6
ent(f("ملك البوب", 1), "PERS")
p.claim(btw("إدمان", "والأدوية المسكنة"), claimant=A, cue=f("أشارت"), kind="state", check_worthy=True)

# S7-S8
ent(f("ديبريفان", 0), "PRODUCT")       # brand name of the drug (§1 d.22 excludes generic drugs only)
ent(f("جاكسون", 3), "PERS")
ent(f("الديبريفان"), "PRODUCT")
p.claim(btw("يركز المحققون", "هو ديبريفان"), claimant=A, kind="event", check_worthy=True)
p.claim(btw("عثر عليه", "منزل جاكسون"), claimant=A, kind="event", check_worthy=True)
p.claim(btw("الديبريفان (الاسم", "للاستخدام الطبي"), claimant=A, kind="state", check_worthy=False)
p.claim(btw("يفترض ألا", "مريض ما"), claimant=A, kind="state", check_worthy=False)

# S9 "ولا يزال من غير المعروف ...": a statement of ignorance, no claim
ent(f("مايكل جاكسون", 3), "PERS")

# S10-S11
occ = ent(f("المغني الأميركي", 1), "OCC")
ent(p.inside(occ, "الأميركي"), "NORP")
num(f("عمليتي"), 2, "cardinal", counted=f("عمليتي"))
ent(f("الأيام المقبلة"), "DATE")
p.claim(btw("خضع لعمليتي", "تشريح"), claimant=A, kind="statistic", check_worthy=True)
p.claim(btw("ينتظر أن تظهر", "الأيام المقبلة"), claimant=A, kind="state", check_worthy=False)
p.claim(btw("كل هذه العناصر", "من الإشاعات"), claimant=A, kind="causal", check_worthy=False)

# S12-S14 (La Toya)
ent(f("جاكسون", 5), "PERS")
latoya = ent(f("لاتويا"), "PERS")
ent(f("بريطانية"), "NORP")
ent(f("مايكل", 4), "PERS")
said1, said2 = f("قالت", 0), f("قالت", 1)
p.claim(btw("مايكل تعرض", "للقتل"), claimant=latoya, cue=said1, kind="event", check_worthy=True)
ent(f("واحدا"), "CARDINAL")
num(f("واحدا"), 1, "cardinal", counted=within("شخصا واحدا", "شخصا"))
ent(f("مايكل", 5), "PERS")
added = f("أضافت")
p.claim(btw("عدة أشخاص متورطين", "شخصا واحدا"), claimant=latoya, cue=added, kind="state", check_worthy=True)
p.claim(btw("كان محاطا", "له الشر"), claimant=latoya, cue=added, kind="state", check_worthy=False)
p.claim(btw("كان مايكل شخصا", "طيبا ومحبا"), claimant=latoya, cue=added, kind="quote", check_worthy=False)
p.claim(btw("استغل أفراد", "من شخصيته"), claimant=latoya, cue=added, kind="event", check_worthy=False)
ent(f("مايكل", 6), "PERS")
money = ent(f("مليار دولار"), "MONEY")
ent(p.inside(money, "دولار"), "CURR")
num(f("مليار"), 1000000000, "money", qualifier="more_than", qualifier_span=f("تزيد على"),
    counted=p.inside(money, "دولار"))
p.claim(btw("كانت ثروة", "مليار دولار"), claimant=latoya, cue=said2, kind="statistic", check_worthy=True)
p.claim(btw("عندما يساوي", "له الخير"), claimant=latoya, cue=said2, kind="quote", check_worthy=False)

# S15-S16
ent(f("ملك البوب", 2), "PERS")
ent(f("المغني", 3), "OCC")
ent(f("7 يوليو"), "DATE")
ent(f("ستايبلس سنتر"), "FAC")
ent(f("لوس أنجلوس", 2), "GPE")
ent(f("نيفرلاند"), "FAC")
ent(f("كاليفورنيا"), "GPE")
p.claim(btw("ينتظر المعجبون", "لملك البوب"), claimant=A, kind="state", check_worthy=False)
p.claim(btw("لم يتمكن أحد", "في لوس أنجلوس"), claimant=A, kind="event", check_worthy=True)
p.claim(btw("إنه دفن", "في كاليفورنيا"), claimant=A, cue=within("ويقول البعض", "يقول"), kind="event",
        check_worthy=True)

# S17-S19
p.claim(btw("تتولى مجموعة", "بعد وفاته"), claimant=A, kind="state", check_worthy=False)
num(f("شخصين"), 2, "cardinal", counted=f("شخصين"))
ent(f("المغني", 4), "OCC")
p.claim(btw("أوكلت الإدارة", "في وصيته"), claimant=A, kind="event", check_worthy=True)
p.claim(btw("اختارهما", "في وصيته"), claimant=A, kind="event", check_worthy=True)
ent(f("3 أغسطس", 0), "DATE")
ent(f("كاثرين", 0), "PERS")
p.claim(btw("تعقد جلسة", "هذا الصدد"), claimant=A, kind="event", check_worthy=True)
p.claim(btw("ترغب والدته", "الورثة الرئيسيين"), claimant=A, kind="state", check_worthy=False)

# S20 (the children)
ent(f("ملك البوب", 3), "PERS")
ent(f("برنس مايكل", 0), "PERS")
ent(f("12 عاما"), "DATE")
num(f("12"), 12, "cardinal", counted=f("عاما", 2))
ent(f("باريس", 0), "PERS")
ent(f("11 عاما"), "DATE")
num(f("11"), 11, "cardinal", counted=f("عاما", 3))
ent(f("برنس مايكل 2"), "PERS")          # "2" belongs to the name (§2 d.11): no number
ent(f("7 أعوام"), "DATE")
num(within("7 أعوام", "7"), 7, "cardinal", counted=within("7 أعوام", "أعوام"))
ent(f("كاثرين", 1), "PERS")
ent(f("المغني", 5), "OCC")
p.claim(btw("أولاد ملك البوب", "يرغب المغني"), claimant=A, kind="event", check_worthy=True)

# S21-S22
ent(f("ديبي رو"), "PERS")
ent(f("برنس مايكل", 2), "PERS")
ent(f("باريس", 1), "PERS")
num(f("الولدين"), 2, "cardinal", counted=f("الولدين"))
p.claim(btw("ديبي رو", "حضانة الولدين"), claimant=A, kind="state", check_worthy=True)
p.claim(btw("ديبي رو", "مايكل وباريس"), claimant=A, kind="state", check_worthy=False)
num(f("المرأتين"), 2, "cardinal", counted=f("المرأتين"))
ent(f("3 أغسطس", 1), "DATE")
ent(f("ثلاث"), "CARDINAL")
num(f("ثلاث"), 3, "cardinal", counted=f("جلسات"))
p.claim(btw("سيلتقي محامو", "أمام القضاء"), claimant=A, kind="event", check_worthy=True)
p.claim(btw("إرجاء ثلاث", "جلسات سابقة"), claimant=A, kind="statistic", check_worthy=True)

p.write()
