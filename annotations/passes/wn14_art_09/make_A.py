"""Pass A of wn14_art_09 (annotator a14), corrected from the machine suggestion."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_09"
p = Pass(DOC, "A", agent="annotator a14 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_art_09.json; built by make_A.py.",
         source="annotations/suggestions/wn14_art_09.json")


def occ_norp(par, surface, norp, nth=0, start_after=None):
    at = p.find(par, surface, nth)
    if start_after:                       # the contracted "لل" stays outside (§0)
        at = p.inside(at, start_after)
    o = p.ent(at, "OCC")
    p.ent(p.inside(o, norp), "NORP")
    return o


# ---- ¶0 title
p.ent(p.find(0, "مارسيل خليفة"), "PERS")
p.ent(p.find(0, "قرطاج"), "GPE")
p.ent(p.find(0, "محمود درويش"), "PERS")
p.claim(p.between(0, "مارسيل خليفة يهدي", "إلى محمود درويش"), claimant="author", kind="event", check_worthy=True)

# ---- ¶1
occ_norp(1, "الفنان اللبناني", "اللبناني")
mk1 = p.ent(p.find(1, "مارسيل خليفة"), "PERS")
p.ent(p.find(1, "قرطاج"), "GPE")
t = p.ent(p.find(1, "ليل الإثنين الثلاثاء"), "TIME")
p.ent(p.inside(t, "الإثنين الثلاثاء"), "DATE")
occ_norp(1, "للشاعر الفلسطيني", "الفلسطيني", start_after="شاعر الفلسطيني")
p.ent(p.find(1, "محمود درويش"), "PERS")
p.ent(p.find(1, "اليوم"), "DATE")
p.claim(p.between(1, "استهل الفنان", "الفلسطيني محمود درويش"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.between(1, "أقامها في قرطاج", "الإثنين الثلاثاء"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.find(1, "رحل لكنه حاضر اليوم معنا"), claimant=mk1, cue=p.find(1, "قال"), kind="quote",
        check_worthy=False)

# ---- ¶2
p.ent(p.find(2, "15 ألف"), "CARDINAL")
p.num(p.find(2, "15 ألف"), 15000, "cardinal", qualifier="approximately", qualifier_span=p.find(2, "حوالي"),
      counted=p.find(2, "شخص"))
p.ent(p.find(2, "المسرح الروماني"), "FAC")
p.ent(p.find(2, "قرطاج"), "GPE")
ev = p.ent(p.find(2, "مهرجان قرطاج الدولي"), "EVENT")   # edition number "الدورة الخامسة والأربعين": nothing (decision 17)
p.ent(p.inside(ev, "قرطاج"), "GPE")
p.claim(p.between(2, "حضر حوالي 15 ألف", "الشباب، الحفلة"), claimant="author", kind="statistic",
        check_worthy=True)
p.claim(p.find(2, "طغى عليهم الشباب"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(2, "أقيمت في المسرح", "نحب الحياة"), claimant="author", kind="event", check_worthy=True)

# ---- ¶3
occ_norp(3, "الموسيقي اللبناني", "اللبناني")
occ_norp(3, "الشاعر الفلسطيني", "الفلسطيني")
p.ent(p.find(3, "آب / أغسطس من العام الماضي"), "DATE")
p.ent(p.find(3, "67 عاما"), "DATE")             # an age (decision 14)
p.num(p.find(3, "67"), 67, "cardinal", counted=p.find(3, "عاما"))
p.claim(p.between(3, "استحضر الموسيقي", "بالشاعر الفلسطيني"), claimant="author", kind="event",
        check_worthy=False)
p.claim(p.between(3, "غيبه الموت", "له في القلب"), claimant="author", kind="causal", check_worthy=True)
p.claim(p.find(3, "67 عاما"), claimant="author", kind="statistic", check_worthy=True)

# ---- ¶4
kh4 = p.ent(p.find(4, "خليفة"), "PERS")
p.ent(p.find(4, "قبل أربعة أعوام"), "DATE")
p.num(p.find(4, "أربعة"), 4, "cardinal", counted=p.find(4, "أعوام"))
p.ent(p.find(4, "محمود"), "PERS")
p.ent(p.find(4, "اليوم"), "DATE")
p.claim(p.between(4, "كنت هنا", "برفقة محمود"), claimant=kh4, cue=p.find(4, "قال"), kind="event",
        check_worthy=True)
p.claim(p.find(4, "اليوم هو معنا وسأغني وسيسمعني"), claimant=kh4, cue=p.find(4, "قال"), kind="quote",
        check_worthy=False)

# ---- ¶5
p.ent(p.find(5, "خليفة"), "PERS")
p.ent(p.find(5, "ثلاث ساعات"), "TIME")          # a duration under a day (decision 14)
p.num(p.find(5, "ثلاث"), 3, "cardinal", counted=p.find(5, "ساعات"))
p.ent(p.find(5, "محمود درويش"), "PERS")
p.claim(p.between(5, "قدم خليفة", "قصائد محمود درويش"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(5, "استغرقت ثلاث ساعات"), claimant="author", kind="statistic", check_worthy=True)

# ---- ¶6
p.num(p.find(6, "مرتين"), 2, "cardinal", counted=p.find(6, "مرتين"))
p.ent(p.find(6, "أول"), "ORDINAL")
p.num(p.find(6, "أول"), 1, "ordinal", counted=p.find(6, "الألحان"))
p.ent(p.find(6, "يا طير الحمام"), "PRODUCT")
p.claim(p.between(6, "ردد مرتين", "طير الحمام"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(6, "طلب من الجمهور أن يغنيها"), claimant="author", kind="event", check_worthy=False)
p.claim(p.find(6, "التقط الجمهور اللحن"), claimant="author", kind="event", check_worthy=False)
p.claim(p.find(6, "أخذ يردد الأغنية"), claimant="author", kind="event", check_worthy=False)

# ---- ¶7
kh7 = p.ent(p.find(7, "خليفة"), "PERS")
p.claim(p.between(7, "قادها خليفة", "لتوجيه الأداء"), claimant="author", kind="event", check_worthy=False)

# ---- ¶8 (the speaker is "خليفة" of ¶7, the nearest mention)
p.claim(p.between(8, "الأغنية لا تحتاج", "تصفيق يصاحبها"), claimant=kh7, cue=p.find(8, "رأى"), kind="quote",
        check_worthy=False)
p.claim(p.between(8, "الأغنية يلزمها", "صوت الصبايا"), claimant=kh7, cue=p.find(8, "قال"), kind="quote",
        check_worthy=False)

# ---- ¶9
kh9 = p.ent(p.find(9, "خليفة"), "PERS")
p.claim(p.between(9, "إنها", "طعم خاص"), claimant=kh9, cue=p.find(9, "قائلا"), kind="quote",
        check_worthy=False)
p.claim(p.between(9, "رغم الانهيارات", "الذوق والمشاعر"), claimant=kh9, cue=p.find(9, "قائلا"), kind="quote",
        check_worthy=False)

# ---- ¶10
p.ent(p.find(10, "خليفة"), "PERS")
p.ent(p.find(10, "ونحن نحب الحياة لمن يستطيع إليها سبيلا"), "PRODUCT")  # the poem's title, "و" is part of it
p.ent(p.find(10, "محمود درويش"), "PERS")
p.ent(p.find(10, "الشعب الفلسطيني"), "NORP")
p.ent(p.find(10, "الفلسطينية", 0), "NORP")
p.ent(p.find(10, "الفلسطينية", 1), "NORP")
p.ent(p.find(10, "غزة"), "GPE")
p.claim(p.between(10, "أهدى خليفة", "إلى الشعب الفلسطيني"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(10, "تعالت الزغاريد"), claimant="author", kind="event", check_worthy=False)
p.claim(p.find(10, "رفعت الكوفية الفلسطينية"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(10, "علت شعارات", "رمز العزة"), claimant="author", kind="event", check_worthy=False)

# ---- ¶11
p.ent(p.find(11, "تعاليم حورية"), "PRODUCT")
p.ent(p.find(11, "محمود درويش"), "PERS")
p.ent(p.inside(p.find(11, "أمه حورية"), "حورية"), "PERS")
p.ent(p.find(11, "مارسيل خليفة"), "PERS")
p.ent(p.find(11, "المغنية"), "OCC")
p.ent(p.find(11, "يولا كرياكوس"), "PERS")
p.claim(p.between(11, "تفاعل الجمهور", "أمه حورية"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(11, "تعاليم حورية", "أمه حورية"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(11, "قدمها مارسيل خليفة", "يولا كرياكوس"), claimant="author", kind="event",
        check_worthy=True)

# ---- ¶12
p.ent(p.find(12, "خليفة"), "PERS")
p.ent(p.find(12, "منتصب القامة أمشي"), "PRODUCT")
p.ent(p.find(12, "ريتا"), "PRODUCT")
p.ent(p.find(12, "ياما موايلي الهواء"), "PRODUCT")
p.ent(p.find(12, "الشاعر"), "OCC")
p.ent(p.find(12, "أدونيس"), "PERS")
p.claim(p.between(12, "قدم فيه خليفة", "توزيع جديد"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(12, "استقبلها الجمهور بحماس كبير"), claimant="author", kind="event", check_worthy=False)

# ---- ¶13
occ_norp(13, "الثائر الأرجنتيني", "الأرجنتيني")
p.ent(p.find(13, "إرنستو تشي جيفارا"), "PERS")
p.claim(p.between(13, "أهدى قطعة موسيقية", "تشي جيفارا"), claimant="author", kind="event", check_worthy=True)

# ---- ¶14
o = p.ent(p.find(14, "وزير الثقافة التونسي"), "OCC")
p.ent(p.inside(o, "الثقافة"), "ORG")
p.ent(p.inside(o, "التونسي"), "NORP")
p.ent(p.find(14, "رؤوف الباسطي"), "PERS")
occ_norp(14, "المغنية اللبنانية", "اللبنانية")
p.ent(p.find(14, "أميمة الخليل"), "PERS")
p.ent(p.find(14, "خليفة"), "PERS")
p.claim(p.between(14, "شاركت في الحفل", "أميمة الخليل"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(14, "حضره أيضا", "رؤوف الباسطي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(14, "رافقت خليفة منذ بدايته"), claimant="author", kind="state", check_worthy=False)

# ---- ¶15
p.ent(p.find(15, "عصفور طل من الشباك"), "PRODUCT")
p.ent(p.find(15, "خليفة"), "PERS")
p.ent(p.find(15, "العرب", 0), "NORP")
p.ent(p.find(15, "الإسرائيلية"), "NORP")
p.ent(p.find(15, "العرب", 1), "NORP")
p.ent(p.find(15, "العربية"), "NORP")
p.claim(p.between(15, "قدمت أغنية", "طل من الشباك"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(15, "يحفظها الجمهور عن ظهر قلب"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(15, "أهداها خليفة", "في السجون العربية"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.find(15, "يعصف المسرح بالتصفيق والهتاف"), claimant="author", kind="event", check_worthy=False)

# ---- ¶16
p.ent(p.find(16, "تكبر"), "PRODUCT")
p.ent(p.find(16, "خليفة"), "PERS")
p.ent(p.find(16, "في البال أغنية"), "PRODUCT")
p.ent(p.find(16, "بشار"), "PERS")
p.ent(p.find(16, "رامي خليفة"), "PERS")
p.claim(p.between(16, "أدت أغنية", "تكبر"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(16, "صاحبت خليفة", "البال أغنية"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(16, "يقدم أعضاء الفرقة", "والبيانو والناي"), claimant="author", kind="event",
        check_worthy=True)

# ---- ¶17
p.ent(p.find(17, "مارسيل خليفة"), "PERS")
p.ent(p.find(17, "59 سنة"), "DATE")             # an age (decision 14)
p.num(p.find(17, "59"), 59, "cardinal", counted=p.find(17, "سنة"))
p.ent(p.find(17, "ثلاثين"), "CARDINAL")
p.num(p.find(17, "ثلاثين"), 30, "cardinal", qualifier="more_than", qualifier_span=p.find(17, "أكثر من"),
      counted=p.find(17, "عملا"))
p.ent(p.find(17, "يا بحرية"), "PRODUCT")
p.claim(p.between(17, "في نهاية الحفل", "يا بحرية"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(17, "59 سنة"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(17, "تحفل مسيرته", "من الألحان"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(17, "عزفت موسيقاه", "أوركسترا عالمية"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(17, "صدر له أكثر", "وأعمال موسيقية"), claimant="author", kind="statistic",
        check_worthy=True)

# ---- ¶18
p.ent(p.find(18, "مارسيل خليفة"), "PERS")
loc = p.ent(p.find(18, "العالم العربي"), "LOC")
p.ent(p.inside(loc, "العربي"), "NORP")
p.ent(p.find(18, "تونس"), "GPE")
p.ent(p.find(18, "مطلع ثمانينات القرن الماضي"), "DATE")
p.num(p.find(18, "ثمانينات"), 1980, "year",
      value_override="the decade 'ثمانينات القرن الماضي' (the 1980s), valued by its first year")
p.claim(p.between(18, "يتمتع مارسيل خليفة", "سيما في تونس"), claimant="author", kind="state",
        check_worthy=False)
p.claim(p.between(18, "أحيا بها", "القرن الماضي"), claimant="author", kind="event", check_worthy=False)

# ---- ¶19
g = p.ent(p.find(19, "العاصمة التونسية"), "GPE")   # uniquely Tunis, as "المطار الدولي" (decision 6)
p.ent(p.inside(g, "التونسية"), "NORP")
p.ent(p.find(19, "صيف 2005"), "DATE")
p.num(p.find(19, "2005"), 2005, "year")
ev = p.ent(p.find(19, "مهرجان قرطاج الدولي"), "EVENT")  # "الدورة ال41": an edition number, nothing
p.ent(p.inside(ev, "قرطاج"), "GPE")
occ_norp(19, "الشاعر الفلسطيني", "الفلسطيني")
p.ent(p.find(19, "محمود درويش"), "PERS")
p.ent(p.inside(p.find(19, "كرمته تونس"), "تونس"), "GPE")
p.claim(p.between(19, "كان آخر حفل", "قرطاج الدولي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(19, "حضره الشاعر", "محمود درويش"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(19, "كرمته تونس آنذاك"), claimant="author", kind="event", check_worthy=True)

p.write()
