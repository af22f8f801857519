"""Pass B of wn14_culture_07 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_07"
p = Pass(DOC, "B", agent="annotator b8 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

# ¶0 title. The law is described, not named: no LAW (decision 19).
p.ent(p.find(0, "28"), "CARDINAL")
p.ent(p.find(0, "بنغلاديش"), "GPE")
n28_title = p.num(p.find(0, "28"), 28, "cardinal", counted=p.find(0, "شخصا"))
# the claim ends before the closing quotation mark (a claim span never ends with one)
p.claim(p.between(0, "مقتل", "الكفر"), claimant="author", kind="statistic", check_worthy=True)

# ¶1 s1
p.ent(p.find(1, "دكا"), "GPE")
p.ent(p.find(1, "بنغلاديش"), "GPE")
t = p.ent(p.find(1, "بعد ظهر أمس الأحد"), "TIME")
p.ent(p.inside(t, "أمس الأحد"), "DATE")
p.ent(p.find(1, "الحكومة"), "ORG")
p.ent(p.find(1, "مئة"), "CARDINAL")
p.ent(p.find(1, "مئتي ألف"), "CARDINAL")
p.num(p.find(1, "مئة"), 100000, "cardinal", counted=p.find(1, "متظاهر"),
      value_override="range 'ما بين مئة ومئتي ألف': the scale word ألف distributes over both bounds (100 thousand)")
p.num(p.find(1, "مئتي ألف"), 200000, "cardinal", counted=p.find(1, "متظاهر"))
p.ent(p.find(1, "الشرطة", 0), "ORG")
t = p.ent(p.find(1, "صباح اليوم الإثنين"), "TIME")
p.ent(p.inside(t, "اليوم الإثنين"), "DATE")
f = p.ent(p.find(1, "قوات الشرطة والجيش"), "ORG")  # as "قوات النظام" (decision 2)
p.ent(p.inside(f, "الشرطة"), "ORG")
p.ent(p.inside(f, "الجيش"), "ORG")
p.ent(p.find(1, "70 ألف"), "CARDINAL")
p.num(p.find(1, "70 ألف"), 70000, "cardinal", qualifier="more_than", qualifier_span=p.find(1, "أكثر من"),
      counted=p.find(1, "متظاهر", 1))
p.claim(p.between(1, "انطلقت", "الكفر"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "أغلق ما بين", "الطرقات السريعة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(1, "تصادموا مع الشرطة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "استمرت الاضطرابات", "اليوم الإثنين"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "بدأت قوات الشرطة", "الرصاص المطاطي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "احتلوا حيا تجاريا", "وسط العاصمة"), claimant="author", kind="event", check_worthy=True)

# ¶1 s2: toll
p.ent(p.find(1, "28"), "CARDINAL")
n28 = p.num(p.find(1, "28"), 28, "cardinal", qualifier="at_least", qualifier_span=p.find(1, "على الأقل"),
            counted=p.find(1, "شخصا"))
p.ent(p.find(1, "واحد"), "CARDINAL")
n1 = p.num(p.find(1, "واحد"), 1, "cardinal", counted=p.find(1, "شرطي"))
p.ent(p.find(1, "العشرات"), "CARDINAL")
p.num(p.find(1, "العشرات"), 30, "cardinal", qualifier="at_least")
p.ent(p.find(1, "وزارة الداخلية"), "ORG")
p.claim(p.between(1, "أدت المواجهات", "شرطي واحد"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.find(1, "جرح العشرات"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(1, "منعت وزارة الداخلية", "داخل العاصمة"), claimant="author", kind="event", check_worthy=True)

# ¶2
org = p.ent(p.find(2, "حفظة الإسلام"), "ORG")  # the quotation marks around the name stay outside
p.ent(p.inside(org, "الإسلام"), "NORP")
rauf = p.ent(p.find(2, "عبد الرؤوف"), "PERS")
p.ent(p.find(2, "أحد زعماء الحركة"), "OCC")
p.ent(p.find(2, "الشرطة"), "ORG")
t = p.ent(p.find(2, "عصر الأمس"), "TIME")
p.ent(p.inside(t, "الأمس"), "DATE")
p.ent(p.find(2, "الأمس", 1), "DATE")  # "مواجهات الأمس"
p.ent(p.find(2, "عشرة"), "CARDINAL")
n10 = p.num(p.find(2, "عشرة"), 10, "cardinal", counted=p.find(2, "قتلى"))
p.claim(p.between(2, "طالب المتظاهرون", "بالإعدام"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "احتلوا حيا", "وسط العاصمة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "المتظاهرين سيبقون", "مطالبهم"), claimant=rauf, cue=p.find(2, "قال"),
        kind="state", check_worthy=False)
p.claim(p.between(2, "قطع المتظاهرون", "والسريعة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "عرقلوا المواصلات", "عصر الأمس"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "هاجموا الشرطة", "والحجارة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "أسفرت مواجهات", "عشرة قتلى"), claimant="author", kind="statistic", check_worthy=True)

# ¶3
occ = p.ent(p.find(3, "رئيسة وزراء بنغلاديش"), "OCC")
p.ent(p.inside(occ, "بنغلاديش"), "GPE")
pm = p.ent(p.find(3, "شيخة حسينة واجد"), "PERS")
p.ent(p.find(3, "الحكومة"), "ORG")
p.ent(p.find(3, "الإسلام"), "NORP")
p.claim(p.between(3, "القوانين الموجودة", "من مطالب"), claimant=pm, cue=p.find(3, "أكدت"), kind="state",
        check_worthy=False)
p.claim(p.between(3, "الحكومة", "دين السلام"), claimant=pm, cue=p.find(3, "شددت"), kind="quote",
        check_worthy=False)

# ¶4
for k in range(3):
    p.ent(p.find(4, "الشرطة", k), "ORG")
p.claim(p.between(4, "ظهرت في وسائل", "والسيارات"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(4, "الشرطة وهي تطلق", "على المتظاهرين"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(4, "المتظاهرين الذين يرمون", "بالحجارة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(4, "يضربون رجال الشرطة", "بالعصي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(4, "يشعلون النيران", "والسيارات"), claimant="author", kind="event", check_worthy=True)

# ¶5: "للإسلام" is ل + الإسلام contracted: the span starts after "لل" (§0)
p.ent(p.inside(p.find(5, "للإسلام"), "إسلام"), "NORP")
p.claim(p.between(5, "من المطالب الرئيسية", "بين الجنسين"), claimant="author", kind="state", check_worthy=True)

# relations
p.rel("equals", n28_title, [n28])
p.rel("includes", n28, [n1])
p.rel("includes", n28, [n10])

p.write()
