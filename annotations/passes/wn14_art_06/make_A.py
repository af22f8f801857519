"""Pass A of wn14_art_06 (annotator a14), corrected from the machine suggestion."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_06"
p = Pass(DOC, "A", agent="annotator a14 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_art_06.json; built by make_A.py.",
         source="annotations/suggestions/wn14_art_06.json")

# ---- ¶0 title
occ = p.ent(p.find(0, "الموسيقار المصري"), "OCC")
p.ent(p.inside(occ, "المصري"), "NORP")
p.ent(p.find(0, "عمار الشريعي"), "PERS")
p.claim(p.find(0, "وفاة الموسيقار المصري عمار الشريعي"), claimant="author", kind="event", check_worthy=True)

# ---- ¶1
p.ent(p.find(1, "اليوم الجمعة"), "DATE")
p.ent(p.find(1, "القاهرة"), "GPE")
occ = p.ent(p.find(1, "الموسيقار المصري"), "OCC")
p.ent(p.inside(occ, "المصري"), "NORP")
p.ent(p.find(1, "عمار الشريعي"), "PERS")
p.ent(p.find(1, "64 سنة"), "DATE")  # an age: a duration of years with a number (decision 14)
p.num(p.find(1, "64"), 64, "cardinal", counted=p.find(1, "سنة"))
p.ent(p.find(1, "الفترة الأخيرة"), "DATE")
p.ent(p.find(1, "لندن"), "GPE")
p.claim(p.between(1, "توفي اليوم الجمعة", "الكبير عمار الشريعي"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.find(1, "عمر 64 سنة"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(1, "إصابته بالسرطان", "قلبية وكلوية"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(1, "صحته كانت قد تراجعت", "الفترة الأخيرة"), claimant="author", kind="state",
        check_worthy=False)
p.claim(p.between(1, "كان قد عاد مؤخرا", "إلى لندن"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "كان من المفترض", "المزيد من العلاج"), claimant="author", kind="state",
        check_worthy=False)

# ---- ¶2
tm = p.ent(p.find(2, "طارق مرتضى"), "PERS")
occ = p.ent(p.find(2, "الناطق باسم نقابة المهن الموسيقية"), "OCC")
p.ent(p.inside(occ, "نقابة المهن الموسيقية"), "ORG")
p.ent(p.find(2, "المصرية"), "NORP")
p.ent(p.find(2, "النقابة", 0), "ORG")          # إن النقابة
occ = p.ent(p.find(2, "القائم بأعمال النقيب"), "OCC")
p.ent(p.inside(occ, "النقيب"), "OCC")
occ = p.ent(p.find(2, "وكيل النقابة"), "OCC")
p.ent(p.inside(occ, "النقابة"), "ORG")
p.ent(p.find(2, "النقابة", 2), "ORG")          # باسم النقابة (end)
p.claim(p.between(2, "أهمية الفقيد", "الموسيقا المصرية"), claimant=tm, cue=p.find(2, "أشاد"),
        kind="quote", check_worthy=False)
p.claim(p.between(2, "النقابة سوف ترتب", "ووكيل النقابة"), claimant=tm, cue=p.find(2, "قال"),
        kind="event", check_worthy=False)
p.claim(p.find(2, "نعى المرحوم باسم النقابة"), claimant="author", kind="event", check_worthy=False)

# ---- ¶3
p.ent(p.find(3, "عمار الشريعي"), "PERS")
p.ent(p.find(3, "سمالوط"), "GPE")
p.ent(p.find(3, "المنيا"), "GPE")              # "محافظة" outside, as "مدينة" (decision 4)
loc = p.ent(p.find(3, "صعيد مصر"), "LOC")
p.ent(p.inside(loc, "مصر"), "GPE")
p.ent(p.find(3, "16 أبريل 1948"), "DATE")
p.num(p.find(3, "1948"), 1948, "year")
p.ent(p.find(3, "عشرات"), "CARDINAL")
p.num(p.find(3, "عشرات"), 30, "cardinal", qualifier="at_least", counted=p.find(3, "الأفلام"))
p.ent(p.find(3, "المصرية"), "NORP")
p.ent(p.find(3, "المئة والخمسين"), "CARDINAL")
p.num(p.find(3, "المئة والخمسين"), 150, "cardinal", qualifier="more_than", qualifier_span=p.find(3, "تجاوز"),
      counted=p.find(3, "ألحانه"))
p.ent(p.find(3, "مصريين"), "NORP")
loc = p.ent(p.find(3, "الوطن العربي"), "LOC")
p.ent(p.inside(loc, "العربي"), "NORP")
p.ent(p.inside(p.find(3, "أكثر من خمسين"), "خمسين"), "CARDINAL")
p.num(p.inside(p.find(3, "أكثر من خمسين"), "خمسين"), 50, "cardinal", qualifier="more_than", qualifier_span=p.find(3, "أكثر من"),
      counted=p.find(3, "فيلما"))
p.ent(p.find(3, "150"), "CARDINAL")
# "أكثر من خمسين فيلما و150 مسلسلا": 150 is coordinated under the same "أكثر من"
p.num(p.find(3, "150"), 150, "cardinal", qualifier="more_than", qualifier_span=p.find(3, "أكثر من"),
      counted=p.find(3, "مسلسلا"))
p.claim(p.between(3, "ولد عمار الشريعي", "أبريل 1948"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(3, "درس الموسيقا في ثانوية"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(3, "تقدم برامج خاصة", "للمكفوفين"), claimant="author", kind="state", check_worthy=False)
p.claim(p.find(3, "لحن عددا من الأغاني"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(3, "كتب الموسيقا التصويرية", "الأفلام المصرية"), claimant="author", kind="statistic",
        check_worthy=True)
p.claim(p.between(3, "تجاوز عدد ألحانه", "الوطن العربي"), claimant="author", kind="statistic",
        check_worthy=True)
p.claim(p.between(3, "شارك في أكثر", "و150 مسلسلا"), claimant="author", kind="statistic", check_worthy=True)

p.write()
