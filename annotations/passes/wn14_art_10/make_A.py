"""Pass A of wn14_art_10 (annotator a14), corrected from the machine suggestion."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_10"
p = Pass(DOC, "A", agent="annotator a14 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_art_10.json; built by make_A.py.",
         source="annotations/suggestions/wn14_art_10.json")


def w(context, word, nth=0):
    """`word` inside a short, unique context of paragraph 1."""
    return p.inside(p.find(1, context), word, nth)


def c(first, last, **kw):
    return p.claim(p.between(1, first, last), **kw)


# ---- ¶0 title
p.ent(p.find(0, "شهر"), "DATE")
p.ent(p.find(0, "مايكل جاكسون"), "PERS")
p.claim(p.between(0, "عدة أسئلة", "رحيل مايكل جاكسون"), claimant="author", kind="state", check_worthy=False)

# ---- ¶1, sentence 0
p.ent(w("بعد شهر على رحيل", "شهر"), "DATE")
o = p.ent(w("رحيل المغني الأميركي", "المغني الأميركي"), "OCC")
p.ent(p.inside(o, "الأميركي"), "NORP")
p.ent(w("الأميركي مايكل جاكسون", "مايكل جاكسون"), "PERS")
c("بعد شهر على رحيل", "ومصير أولاده", claimant="author", kind="state", check_worthy=False)
c("تتزايد نظريات", "المؤامرة", claimant="author", kind="state", check_worthy=False)

# sentence 1
p.ent(w("وفاة ملك البوب عن", "ملك البوب"), "PERS")     # the epithet names him uniquely
p.ent(w("عن خمسين عاما", "خمسين عاما"), "DATE")        # an age (decision 14)
p.num(w("عن خمسين عاما", "خمسين"), 50, "cardinal", counted=w("عن خمسين عاما", "عاما"))
p.ent(p.find(1, "25 يونيو"), "DATE")
p.ent(w("يستأجره في لوس أنجلوس", "لوس أنجلوس"), "GPE")
p.ent(w("للمرة الأولى", "الأولى"), "ORDINAL")
p.num(w("للمرة الأولى", "الأولى"), 1, "ordinal")      # counted "المرة" not spannable after "لل" (§2)
p.ent(w("الأولى الأربعاء", "الأربعاء"), "DATE")
org = p.ent(p.find(1, "شرطة لوس أنجلوس"), "ORG")
p.ent(p.inside(org, "لوس أنجلوس"), "GPE")
c("التحقيق في وفاة", "تقدم بعض الشيء", claimant="author", kind="event", check_worthy=False)
c("وفاة ملك البوب عن", "في منزله", claimant="author", kind="event", check_worthy=True)
p.claim(w("عن خمسين عاما", "خمسين عاما"), claimant="author", kind="statistic", check_worthy=True)
c("كان يستأجره", "في لوس أنجلوس", claimant="author", kind="state", check_worthy=False)
c("ظهور كلمة", "مباشرة في القضية", claimant="author", kind="event", check_worthy=True)
c("شرطة لوس أنجلوس قررت", "القضية \"إجرامية", claimant="author", cue=w("المصادر غير الرسمية أكدت", "أكدت"),
  kind="event", check_worthy=True)

# sentence 2
p.ent(p.find(1, "كونراد موراي"), "PERS")
p.ent(w("متواجدا مع مايكل جاكسون", "مايكل جاكسون"), "PERS")
p.ent(w("داهمت الشرطة", "الشرطة"), "ORG")
c("زادت الشبهات", "كونراد موراي", claimant="author", kind="state", check_worthy=False)
c("كان متواجدا مع", "عند وفاته", claimant="author", kind="state", check_worthy=True)
c("داهمت الشرطة", "أحد مكاتبه", claimant="author", kind="event", check_worthy=True)

# sentence 3
lawyer = p.ent(p.find(1, "محامي موراي"), "OCC")
p.ent(p.inside(lawyer, "موراي"), "PERS")
p.ent(p.find(1, "طبيب القلب"), "OCC")
p.ent(p.find(1, "51 عاما"), "DATE")
p.num(p.find(1, "51"), 51, "cardinal", counted=w("51 عاما", "عاما"))
p.ent(w("منذ مايو", "مايو"), "DATE")
p.ent(w("متابعة مايكل جاكسون", "مايكل جاكسون"), "PERS")
p.ent(w("في لندن", "لندن"), "GPE")
p.ent(w("لندن في يوليو", "يوليو"), "DATE")
p.claim(p.find(1, "51 عاما"), claimant="author", kind="statistic", check_worthy=True)
c("كان يتولى منذ مايو", "لندن في يوليو", claimant="author", kind="state", check_worthy=True)
c("موكله غير مذنب", "بأي جرم", claimant=lawyer, cue=w("وأكد محامي", "أكد"), kind="state", check_worthy=True)

# sentence 4
p.ent(w("المقربين من المغني", "المغني"), "OCC")
jo = p.ent(w("والده جو", "جو"), "PERS")
c("الأطباء بأنهم", "وصف أدوية له", claimant="author", cue=p.find(1, "يتهمون"), kind="causal",
  check_worthy=True)
c("ابنه كان", "ضحية جريمة قتل", claimant=jo, cue=w("فيما قال والده", "قال"), kind="event", check_worthy=True)

# sentence 5
p.ent(w("إدمان \"ملك البوب", "ملك البوب"), "PERS")
c("إدمان \"ملك", "والأدوية المسكنة", claimant="author", cue=p.find(1, "أشارت"), kind="state",
  check_worthy=True)

# sentence 6
p.ent(w("هو ديبريفان", "ديبريفان"), "PRODUCT")          # a trade name (decision 22: generic drugs are not)
p.ent(w("في منزل جاكسون", "جاكسون"), "PERS")
c("يركز المحققون", "هو ديبريفان", claimant="author", kind="event", check_worthy=True)
c("عثر عليه", "منزل جاكسون", claimant="author", kind="event", check_worthy=True)

# sentence 7
p.ent(p.find(1, "الديبريفان"), "PRODUCT")
c("الديبريفان (الاسم", "للاستخدام الطبي", claimant="author", kind="state", check_worthy=False)
c("يفترض ألا يكون", "مريض ما", claimant="author", kind="state", check_worthy=False)

# sentence 8 (a statement of ignorance: no claim)
p.ent(w("تشريح جثة مايكل جاكسون", "مايكل جاكسون"), "PERS")

# sentence 9
o = p.ent(w("وجثمان المغني الأميركي", "المغني الأميركي"), "OCC")
p.ent(p.inside(o, "الأميركي"), "NORP")
p.num(w("لعمليتي تشريح", "عمليتي"), 2, "cardinal", counted=w("لعمليتي تشريح", "عمليتي"))
p.ent(p.find(1, "الأيام المقبلة"), "DATE")
c("خضع لعمليتي", "تشريح", claimant="author", kind="statistic", check_worthy=True)
c("ينتظر أن تظهر", "الأيام المقبلة", claimant="author", kind="state", check_worthy=False)

# sentence 11
p.ent(w("شقيقة جاكسون", "جاكسون"), "PERS")
lt = p.ent(p.find(1, "لاتويا"), "PERS")
p.ent(w("صحيفة بريطانية", "بريطانية"), "NORP")
p.ent(w("أن مايكل تعرض", "مايكل"), "PERS")
c("عبرت شقيقة جاكسون", "عن شكوكها", claimant="author", kind="event", check_worthy=True)
c("مايكل تعرض", "للقتل", claimant=lt, cue=w("وقالت \"أعتقد", "قالت"), kind="event", check_worthy=True)

# sentences 13-15 (continuing speech after "أضافت")
added = p.find(1, "أضافت")
p.ent(w("شخصا واحدا", "واحدا"), "CARDINAL")
p.num(w("شخصا واحدا", "واحدا"), 1, "cardinal", counted=w("شخصا واحدا", "شخصا"))
c("عدة أشخاص متورطين", "شخصا واحدا", claimant=lt, cue=added, kind="state", check_worthy=True)
c("كان محاطا", "له الشر", claimant=lt, cue=added, kind="quote", check_worthy=False)
p.ent(w("كان مايكل شخصا", "مايكل"), "PERS")
c("كان مايكل شخصا", "طيبا ومحبا", claimant=lt, cue=added, kind="quote", check_worthy=False)
c("استغل أفراد", "من شخصيته", claimant=lt, cue=added, kind="quote", check_worthy=False)

# sentences 16-17
said = w("وقالت \"كانت", "قالت")
p.ent(w("ثروة مايكل", "مايكل"), "PERS")
m = p.ent(p.find(1, "مليار دولار"), "MONEY")
p.ent(p.inside(m, "دولار"), "CURR")
p.num(p.find(1, "مليار"), 1000000000, "money", qualifier="more_than", qualifier_span=p.find(1, "تزيد على"),
      counted=w("مليار دولار", "دولار"))
c("كانت ثروة مايكل", "مليار دولار", claimant=lt, cue=said, kind="statistic", check_worthy=True)
c("عندما يساوي شخص", "يضمرون له الخير", claimant=lt, cue=said, kind="quote", check_worthy=False)

# sentence 18
p.ent(w("لملك البوب", "ملك البوب"), "PERS")
p.ent(w("تكريم المغني", "المغني"), "OCC")
p.ent(p.find(1, "7 يوليو"), "DATE")
p.ent(p.find(1, "ستايبلس سنتر"), "FAC")
p.ent(w("سنتر في لوس أنجلوس", "لوس أنجلوس"), "GPE")
c("لم يتمكن أحد", "سنتر في لوس أنجلوس", claimant="author", kind="event", check_worthy=True)
c("حفل تكريم المغني", "سنتر في لوس أنجلوس", claimant="author", kind="event", check_worthy=True)

# sentence 19
p.ent(p.find(1, "نيفرلاند"), "LOC")
p.ent(p.find(1, "كاليفورنيا"), "GPE")
c("إنه دفن", "في كاليفورنيا", claimant="author", cue=w("ويقول البعض", "يقول"), kind="event",
  check_worthy=True)

# sentence 20
c("تتولى مجموعة كبرى", "ظهرت بعد وفاته", claimant="author", kind="state", check_worthy=False)

# sentence 21
p.num(p.find(1, "شخصين"), 2, "cardinal", counted=p.find(1, "شخصين"))
p.ent(w("المغني الراحل", "المغني"), "OCC")
c("أوكلت الإدارة المؤقتة", "إلى شخصين", claimant="author", kind="event", check_worthy=True)
c("اختارهما المغني", "في وصيته", claimant="author", kind="event", check_worthy=True)

# sentence 22
p.ent(p.find(1, "3 أغسطس", 0), "DATE")
p.ent(w("والدته كاثرين", "كاثرين"), "PERS")
c("تعقد جلسة", "في هذا الصدد", claimant="author", kind="event", check_worthy=True)
c("ترغب والدته كاثرين", "الورثة الرئيسيين", claimant="author", kind="state", check_worthy=False)

# sentence 23
p.ent(w("أولاد ملك البوب", "ملك البوب"), "PERS")
p.ent(w("برنس مايكل (12", "برنس مايكل"), "PERS")
p.ent(p.find(1, "12 عاما"), "DATE")
p.num(w("12 عاما", "12"), 12, "cardinal", counted=w("12 عاما", "عاما"))
p.ent(w("وباريس (11", "باريس"), "PERS")
p.ent(p.find(1, "11 عاما"), "DATE")
p.num(w("11 عاما", "11"), 11, "cardinal", counted=w("11 عاما", "عاما"))
p.ent(p.find(1, "برنس مايكل 2"), "PERS")      # "2" is part of the name (decision 11): no number
p.ent(p.find(1, "7 أعوام"), "DATE")
p.num(w("7 أعوام", "7"), 7, "cardinal", counted=w("7 أعوام", "أعوام"))
p.ent(w("جدتهم كاثرين", "كاثرين"), "PERS")
p.ent(w("يرغب المغني", "المغني"), "OCC")
c("أولاد ملك البوب", "جدتهم كاثرين", claimant="author", kind="event", check_worthy=True)
p.claim(p.find(1, "12 عاما"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.find(1, "11 عاما"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.find(1, "7 أعوام"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.find(1, "كان يرغب المغني"), claimant="author", kind="state", check_worthy=True)

# sentence 24
p.ent(p.find(1, "ديبي رو"), "PERS")
p.ent(w("والدة برنس مايكل", "برنس مايكل"), "PERS")
p.ent(w("مايكل وباريس،", "باريس"), "PERS")
p.num(p.find(1, "الولدين"), 2, "cardinal", counted=p.find(1, "الولدين"))
c("ديبي رو،", "حضانة الولدين", claimant="author", kind="state", check_worthy=True)
c("ديبي رو،", "برنس مايكل وباريس", claimant="author", kind="state", check_worthy=False)

# sentence 25
p.num(p.find(1, "المرأتين"), 2, "cardinal", counted=p.find(1, "المرأتين"))
p.ent(p.find(1, "3 أغسطس", 1), "DATE")
p.ent(p.find(1, "ثلاث"), "CARDINAL")
p.num(p.find(1, "ثلاث"), 3, "cardinal", counted=p.find(1, "جلسات"))
c("سيلتقي محامو", "أمام القضاء", claimant="author", kind="event", check_worthy=True)
c("إرجاء ثلاث", "جلسات سابقة", claimant="author", kind="statistic", check_worthy=True)

p.write()
