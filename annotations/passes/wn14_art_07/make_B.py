"""Pass B of wn14_art_07 (blind: guidelines 1.2 and the raw text only). Offsets computed by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_07"
p = Pass(DOC, "B", agent="annotator b14 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, ent, num = p.find, p.ent, p.num

# ---------------------------------------------------------------- P0 (title)
ent(f(0, "وردة الجزائرية"), "PERS")
fac = ent(f(0, "أوبرا دمشق"), "FAC")
ent(p.inside(fac, "دمشق"), "GPE")
p.claim(f(0, "حفل تكريم وردة الجزائرية في أوبرا دمشق"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- P1
band = ent(f(1, "فرقة التخت الشرقي النسائي السوري"), "ORG")
ent(p.inside(band, "السوري"), "NORP")
ent(f(1, "وفاء سفر"), "PERS")
ent(f(1, "أول أمس الأربعاء"), "DATE")
ent(f(1, "فنانة", 0), "OCC")            # "للفنانة": span after the contracted "لل" (§0)
ent(f(1, "وردة الجزائرية", 0), "PERS")
fac = ent(f(1, "مسرح دار الأوبرا"), "FAC")
ent(p.inside(fac, "دار الأوبرا"), "FAC")
ent(f(1, "دمشق"), "GPE")
ent(f(1, "الفنانة", 0), "OCC")          # "سيرة الفنانة الراحلة"
ent(f(1, "الفرقة", 0), "ORG")           # "قدمت الفرقة"
five = num(f(1, "خمس"), 5, "cardinal", counted=f(1, "أغان"))
ent(f(1, "خمس"), "CARDINAL")
ent(f(1, "وردة الجزائرية", 1), "PERS")
p.claim(p.between(1, "قدمت فرقة", "الأوبرا بدمشق"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "سردت في", "الفنانة الراحلة"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(1, "قدمت الفرقة", "لوردة الجزائرية"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "الحضور كانوا", "في البلاد"), claimant="author", kind="state", check_worthy=False)

# ---------------------------------------------------------------- P2
ent(f(2, "أكذب عليك"), "PRODUCT")
ent(f(2, "محمد الموجي"), "PERS")
three_at = p.inside(p.find(2, "ثلاث أغان"), "ثلاث")
three = num(three_at, 3, "cardinal", counted=p.inside(p.find(2, "ثلاث أغان"), "أغان"))
ent(three_at, "CARDINAL")
ent(f(2, "محمد عبد الوهاب"), "PERS")
occ = ent(f(2, "مشرفة الفرقة"), "OCC")
ent(p.inside(occ, "الفرقة"), "ORG")
wafa = ent(f(2, "وفاء سفر"), "PERS")
ent(f(2, "وردة", 0), "PERS")             # "لوردة" in the quotation
ent(f(2, "الفرقة", 1), "ORG")            # "ويؤخذ على الفرقة"
ent(f(2, "السورية"), "NORP")
ent(f(2, "وردة الجزائرية"), "PERS")
p.claim(p.between(2, "كان بين", "محمد عبد الوهاب"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "إنها", "المتداولة جدا لوردة"), claimant=wafa, cue=f(2, "قالت"), kind="quote",
        check_worthy=False)
p.claim(p.between(2, "أنها لم تقدم", "لوردة الجزائرية"), claimant="author", kind="event", check_worthy=True)
p.rel("includes", five, [three])

# ---------------------------------------------------------------- P3
band = ent(f(3, "فرقة التخت الشرقي النسائي السوري"), "ORG")
ent(p.inside(band, "السوري"), "NORP")
ent(f(3, "ثماني"), "CARDINAL")
num(f(3, "ثماني"), 8, "cardinal", counted=f(3, "خريجات"))
ent(f(3, "معهد العالي للموسيقا"), "ORG")   # "للمعهد": span after the contracted "لل" (§0)
ent(f(3, "دمشق"), "GPE")
ent(f(3, "الفرقة", 0), "ORG")            # "هذه الفرقة"
ent(f(3, "سوريا"), "GPE")
ent(f(3, "العربية"), "NORP")
p.claim(p.between(3, "تتألف", "للموسيقا بدمشق"), claimant="author", kind="statistic", check_worthy=False)
p.claim(p.between(3, "نالت", "الدول الأجنبية"), claimant="author", kind="state", check_worthy=False)

p.write()
