"""Pass A of wn14_health_07 (annotator a10), corrected from the machine suggestion."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_health_07"
p = Pass(DOC, "A", agent="annotator a10 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_health_07.json; built by make_A.py.",
         source="annotations/suggestions/wn14_health_07.json")

# ¶0 title
p.ent(p.find(0, "أول"), "ORDINAL")
p.ent(p.find(0, "المملكة المتحدة"), "GPE")
p.num(p.find(0, "أول"), 1, "ordinal", counted=p.find(0, "ضحاياها"))
p.claim(p.between(0, "إنفلونزا الخنازير", "المملكة المتحدة"), claimant="author", kind="event", check_worthy=True)

# ¶1
p.ent(p.find(1, "يوم أمس"), "DATE")
p.ent(p.find(1, "أول"), "ORDINAL")
p.ent(p.find(1, "بريطانيا"), "GPE")
p.ent(p.find(1, "جاكلين فليمينج"), "PERS")
p.ent(p.find(1, "38 عاما"), "DATE")
p.ent(p.find(1, "جلاسكو"), "GPE")
p.ent(p.find(1, "أسكتلندا"), "GPE")
p.ent(p.find(1, "مستشفى رويال ألكسندريا"), "FAC")
p.ent(p.find(1, "بيزلي"), "GPE")
p.ent(p.find(1, "جاكلين", 1), "PERS")
p.ent(p.find(1, "أسبوعين"), "DATE")
p.ent(p.find(1, "جاك", 2), "PERS")   # occurrences 0 and 1 are inside "جاكلين"
p.ent(p.find(1, "جاك", 3), "PERS")
p.num(p.find(1, "أول"), 1, "ordinal", counted=p.find(1, "ضحية"))
p.num(p.find(1, "38"), 38, "cardinal", counted=p.find(1, "عاما"))
p.num(p.find(1, "أسبوعين"), 2, "cardinal", counted=p.find(1, "أسبوعين"))
p.claim(p.between(1, "توفي يوم أمس", "في بريطانيا"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "جاكلين فليمينج", "في بيزلي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "نقلت جاكلين", "الرضيع جاك"), claimant="author", kind="event", check_worthy=True)
reports = p.find(1, "تشير")
p.claim(p.between(1, "عند نقلها", "سكتة دماغية"), claimant="author", cue=reports, kind="state", check_worthy=True)
p.claim(p.between(1, "المزيد من التعقيدات", "بميلاد جاك"), claimant="author", cue=reports, kind="state",
        check_worthy=True)

# ¶2
p.ent(p.find(2, "جاك"), "PERS")
p.ent(p.find(2, "اليوم"), "DATE")
p.ent(p.find(2, "أسبوعين"), "DATE")
p.ent(p.find(2, "11 أسبوعا"), "DATE")
p.ent(p.find(2, "جاك", 1), "PERS")
p.num(p.find(2, "أسبوعين"), 2, "cardinal", counted=p.find(2, "أسبوعين"))
n2_11 = p.num(p.find(2, "11"), 11, "cardinal", counted=p.find(2, "أسبوعا"))
p.claim(p.between(2, "الابن جاك", "عمر أسبوعين"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "المولود قبل", "ولادته المتوقع"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(2, "لم يكن جاك", "H1N1"), claimant="author", kind="state", check_worthy=True)

# ¶3 (the husband is not an entity mention: claimant author, cue "صرح")
p.ent(p.find(3, "جاكلين"), "PERS")
p.ent(p.find(3, "اليوم"), "DATE")
p.ent(p.find(3, "1 يونيو 2009"), "DATE")
p.ent(p.find(3, "11 أسبوعا"), "DATE")
evening = p.ent(p.find(3, "مساء اليوم"), "TIME")
p.ent(p.inside(evening, "اليوم"), "DATE")
p.ent(p.find(3, "مستشفى رويال ألكسندريا"), "FAC")
p.ent(p.find(3, "بيزلي"), "GPE")
p.num(p.find(3, "2009"), 2009, "year")
n3_11 = p.num(p.find(3, "11"), 11, "cardinal", counted=p.find(3, "أسبوعا"))
stated = p.find(3, "صرح")
p.claim(p.between(3, "ابني الجميل", "موعد ولادته"), claimant="author", cue=stated, kind="event", check_worthy=True)
p.claim(p.between(3, "كان يعاني", "من التعقيدات"), claimant="author", cue=stated, kind="state", check_worthy=True)
p.claim(p.find(3, "قاتل بشجاعة"), claimant="author", cue=stated, kind="quote", check_worthy=False)
p.claim(p.between(3, "وافته المنية", "في بيزلي"), claimant="author", cue=stated, kind="event", check_worthy=True)

# ¶4
hpa = p.ent(p.find(4, "وكالة الحماية الصحية البريطانية"), "ORG")
p.ent(p.inside(hpa, "البريطانية"), "NORP")
p.ent(p.find(4, "يوم الجمعة الماضي"), "DATE")
p.ent(p.find(4, "المملكة المتحدة"), "GPE")
p.ent(p.find(4, "1004"), "CARDINAL")
who = p.ent(p.find(4, "منظمة الصحة العالمية"), "ORG")
p.num(p.find(4, "1004"), 1004, "cardinal", counted=p.find(4, "حالات"))
p.claim(p.between(4, "حالات إنفلونزا", "إلى 1004"), claimant=hpa, cue=p.find(4, "أكدت"), kind="statistic",
        check_worthy=True)
announced = p.find(4, "أعلنت")
p.claim(p.between(4, "المرض تفشى", "أنحاء العالم"), claimant=who, cue=announced, kind="event", check_worthy=True)
p.claim(p.find(4, "أصبح وباء"), claimant=who, cue=announced, kind="state", check_worthy=True)

# relations: the 11 weeks of prematurity, restated by the father
p.rel("equals", n2_11, [n3_11])

p.write()
