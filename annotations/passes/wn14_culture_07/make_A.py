"""Pass A of wn14_culture_07 (Khabar): corrected from the machine suggestion; offsets computed by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_07"
p = Pass(DOC, "A", agent="annotator a8 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C = p.ent, p.num, p.claim
A = "author"

# ---------------------------------------------------------------- paragraph 0 (title)
E(p.find(0, "28"), "CARDINAL")
n28_t = N(p.find(0, "28"), 28, "cardinal", counted=p.find(0, "شخصا"))
E(p.find(0, "بنغلاديش"), "GPE")
# "قانون يجرم الكفر" is a law described, not named (entities decision 19)
C(p.between(0, "مقتل 28", "يجرم \"الكفر"), A, "statistic", True)

# ---------------------------------------------------------------- paragraph 1
E(p.find(1, "دكا"), "GPE")
E(p.find(1, "بنغلاديش"), "GPE")
t = E(p.find(1, "بعد ظهر أمس الأحد"), "TIME")
E(p.inside(t, "أمس الأحد"), "DATE")
E(p.find(1, "الحكومة"), "ORG")
C(p.between(1, "انطلقت في دكا", "يجرم \"الكفر"), A, "event", True)
C(p.find(1, "دكا عاصمة بنغلاديش"), A, "state", False)
E(p.find(1, "مئة"), "CARDINAL")
E(p.find(1, "مئتي ألف"), "CARDINAL")
N(p.find(1, "مئة"), 100000, "cardinal", counted=p.find(1, "متظاهر"),
  value_override="range with a shared scale word: 'ما بين مئة ومئتي ألف' is 100000 to 200000")
N(p.find(1, "مئتي ألف"), 200000, "cardinal", counted=p.find(1, "متظاهر"))
C(p.between(1, "أغلق ما بين", "الطرقات السريعة"), A, "event", True)
E(p.find(1, "الشرطة"), "ORG")
C(p.between(1, "تصادموا", "مع الشرطة"), A, "event", True)

t = E(p.find(1, "صباح اليوم الإثنين"), "TIME")
E(p.inside(t, "اليوم الإثنين"), "DATE")
C(p.between(1, "استمرت الاضطرابات", "اليوم الإثنين"), A, "event", True)
o = E(p.find(1, "قوات الشرطة"), "ORG")
E(p.inside(o, "الشرطة"), "ORG")
E(p.find(1, "الجيش"), "ORG")
E(p.find(1, "70 ألف"), "CARDINAL")
n70 = N(p.find(1, "70 ألف"), 70000, "cardinal", "more_than", qualifier_span=p.find(1, "أكثر من"),
        counted=p.find(1, "متظاهر", 1))
C(p.between(1, "بدأت قوات الشرطة", "والرصاص المطاطي"), A, "event", True)
C(p.between(1, "احتلوا حيا", "وسط العاصمة"), A, "event", True)

E(p.find(1, "28"), "CARDINAL")
n28 = N(p.find(1, "28"), 28, "cardinal", "at_least", qualifier_span=p.find(1, "على الأقل"),
        counted=p.find(1, "شخصا"))
E(p.find(1, "واحد"), "CARDINAL")
n1 = N(p.find(1, "واحد"), 1, "cardinal", counted=p.find(1, "شرطي"))
C(p.between(1, "أدت المواجهات", "شرطي واحد"), A, "statistic", True)
E(p.find(1, "العشرات"), "CARDINAL")
N(p.find(1, "العشرات"), 30, "cardinal", "at_least")
C(p.find(1, "جرح العشرات"), A, "statistic", True)
E(p.find(1, "وزارة الداخلية"), "ORG")
C(p.between(1, "منعت وزارة الداخلية", "داخل العاصمة"), A, "event", True)

# ---------------------------------------------------------------- paragraph 2
o = E(p.find(2, "حفظة الإسلام"), "ORG")   # the name inside the quotation marks
E(p.inside(o, "الإسلام"), "NORP")
C(p.between(2, "طالب المتظاهرون", "بالإعدام"), A, "event", True)
C(p.between(2, "احتلوا حيا", "وسط العاصمة"), A, "event", True)
rauf = E(p.find(2, "عبد الرؤوف"), "PERS")
E(p.find(2, "زعماء الحركة"), "OCC")
C(p.between(2, "المتظاهرين سيبقون", "تتحقق مطالبهم"), rauf, "state", False, cue=p.find(2, "قال"))
C(p.between(2, "قطع المتظاهرون", "العامة والسريعة"), A, "event", True)
t = E(p.find(2, "عصر الأمس"), "TIME")
E(p.inside(t, "الأمس"), "DATE")
C(p.between(2, "عرقلوا المواصلات", "عصر الأمس"), A, "event", True)
E(p.find(2, "الشرطة"), "ORG")
C(p.between(2, "هاجموا الشرطة", "والحجارة"), A, "event", True)
E(p.find(2, "الأمس", 1), "DATE")
E(p.find(2, "عشرة"), "CARDINAL")
n10 = N(p.find(2, "عشرة"), 10, "cardinal", counted=p.find(2, "قتلى"))
C(p.between(2, "أسفرت مواجهات", "عشرة قتلى"), A, "statistic", True)

# ---------------------------------------------------------------- paragraph 3
occ = E(p.find(3, "رئيسة وزراء بنغلاديش"), "OCC")
E(p.inside(occ, "بنغلاديش"), "GPE")
pm = E(p.find(3, "شيخة حسينة واجد"), "PERS")
C(p.between(3, "القوانين الموجودة", "المتظاهرون من مطالب"), pm, "state", False, cue=p.find(3, "أكدت"))
E(p.find(3, "الحكومة"), "ORG")
E(p.find(3, "الإسلام"), "NORP")
C(p.between(3, "الحكومة", "دين السلام"), pm, "quote", False, cue=p.find(3, "شددت"))

# ---------------------------------------------------------------- paragraph 4
E(p.find(4, "الشرطة"), "ORG")
E(p.find(4, "الشرطة", 1), "ORG")
E(p.find(4, "الشرطة", 2), "ORG")
C(p.between(4, "ظهرت في وسائل", "في المتاجر والسيارات"), A, "event", True)

# ---------------------------------------------------------------- paragraph 5
E(p.inside(p.find(5, "للإسلام"), "إسلام"), "NORP")   # after the contracted "لل" (§0)
C(p.between(5, "من المطالب الرئيسية", "بين الجنسين"), A, "state", True)

# ---------------------------------------------------------------- relations
p.rel("includes", n28, [n1])
p.rel("includes", n28, [n10])     # the 28 killed in the clashes include yesterday's ten
p.rel("equals", n28, [n28_t])     # the title's toll restated

if __name__ == "__main__":
    p.write()
