"""Pass B of wn14_art_06 (blind: guidelines 1.2 and the raw text only). Offsets computed by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_06"
p = Pass(DOC, "B", agent="annotator b14 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, ent, num = p.find, p.ent, p.num

# ---------------------------------------------------------------- P0 (title)
occ = ent(f(0, "الموسيقار المصري"), "OCC")
ent(p.inside(occ, "المصري"), "NORP")
ent(f(0, "عمار الشريعي"), "PERS")
p.claim(f(0, "وفاة الموسيقار المصري عمار الشريعي"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- P1
ent(f(1, "اليوم الجمعة"), "DATE")
one = num(f(1, "إحدى"), 1, "cardinal", counted=f(1, "مستشفيات"))
ent(f(1, "إحدى"), "CARDINAL")
ent(f(1, "القاهرة"), "GPE")
occ = ent(f(1, "الموسيقار المصري"), "OCC")
ent(p.inside(occ, "المصري"), "NORP")
ent(f(1, "عمار الشريعي"), "PERS")
ent(f(1, "64 سنة"), "DATE")
num(f(1, "64"), 64, "cardinal", counted=f(1, "سنة"))
ent(f(1, "الفترة الأخيرة"), "DATE")
ent(f(1, "لندن"), "GPE")
p.claim(p.between(1, "توفي اليوم", "قلبية وكلوية"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "صحته كانت", "الفترة الأخيرة"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(1, "كان قد عاد", "إلى لندن"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "كان من المفترض", "المزيد من العلاج"), claimant="author", kind="state",
        check_worthy=False)

# ---------------------------------------------------------------- P2
tarek = ent(f(2, "طارق مرتضى"), "PERS")
occ = ent(f(2, "الناطق باسم نقابة المهن الموسيقية"), "OCC")
ent(p.inside(occ, "نقابة المهن الموسيقية"), "ORG")
ent(f(2, "المصرية"), "NORP")
ent(f(2, "النقابة", 0), "ORG")
occ = ent(f(2, "القائم بأعمال النقيب"), "OCC")
ent(p.inside(occ, "النقيب"), "OCC")
occ = ent(f(2, "وكيل النقابة"), "OCC")
ent(p.inside(occ, "النقابة"), "ORG")
ent(f(2, "النقابة", 2), "ORG")
p.claim(p.between(2, "أهمية الفقيد", "الموسيقا المصرية"), claimant=tarek, cue=f(2, "أشاد"), kind="quote",
        check_worthy=False)
p.claim(p.between(2, "النقابة سوف ترتب", "ووكيل النقابة"), claimant=tarek, cue=f(2, "قال"), kind="event",
        check_worthy=False)
p.claim(p.between(2, "نعى المرحوم", "باسم النقابة"), claimant="author", kind="event", check_worthy=False)

# ---------------------------------------------------------------- P3
ent(f(3, "عمار الشريعي"), "PERS")
ent(f(3, "سمالوط"), "GPE")
ent(f(3, "المنيا"), "GPE")
loc = ent(f(3, "صعيد مصر"), "LOC")
ent(p.inside(loc, "مصر"), "GPE")
ent(f(3, "16 أبريل 1948"), "DATE")
num(f(3, "1948"), 1948, "year")
ent(f(3, "عشرات"), "CARDINAL")
num(f(3, "عشرات"), 30, "cardinal", qualifier="at_least", counted=f(3, "الأفلام"))
ent(f(3, "المصرية"), "NORP")
ent(f(3, "المئة والخمسين"), "CARDINAL")
num(f(3, "المئة والخمسين"), 150, "cardinal", qualifier="more_than", qualifier_span=f(3, "تجاوز"),
    counted=f(3, "ألحانه"))
ent(f(3, "مصريين"), "NORP")
loc = ent(f(3, "الوطن العربي"), "LOC")
ent(p.inside(loc, "العربي"), "NORP")
more = f(3, "أكثر من")
ent(f(3, "خمسين", 1), "CARDINAL")
num(f(3, "خمسين", 1), 50, "cardinal", qualifier="more_than", qualifier_span=more, counted=f(3, "فيلما"))
ent(f(3, "150"), "CARDINAL")
num(f(3, "150"), 150, "cardinal", qualifier="more_than", qualifier_span=more, counted=f(3, "مسلسلا"))
p.claim(p.between(3, "ولد عمار", "1948"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(3, "درس الموسيقا", "في ثانوية"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(3, "تقدم برامج", "للمكفوفين"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(3, "لحن عددا", "من الأغاني"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(3, "كتب الموسيقا", "الأفلام المصرية"), claimant="author", kind="statistic",
        check_worthy=True)
p.claim(p.between(3, "تجاوز عدد", "الوطن العربي"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(3, "شارك في", "150 مسلسلا"), claimant="author", kind="statistic", check_worthy=True)

p.write()
