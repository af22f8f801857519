"""Pass A of wn14_art_07 (annotator a14), corrected from the machine suggestion."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_07"
p = Pass(DOC, "A", agent="annotator a14 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_art_07.json; built by make_A.py.",
         source="annotations/suggestions/wn14_art_07.json")

BAND = "فرقة التخت الشرقي النسائي السوري"

# ---- ¶0 title
p.ent(p.find(0, "وردة الجزائرية"), "PERS")
fac = p.ent(p.find(0, "أوبرا دمشق"), "FAC")
p.ent(p.inside(fac, "دمشق"), "GPE")
p.claim(p.find(0, "حفل تكريم وردة الجزائرية في أوبرا دمشق"), claimant="author", kind="event",
        check_worthy=True)

# ---- ¶1
org = p.ent(p.find(1, BAND), "ORG")
p.ent(p.inside(org, "السوري"), "NORP")
p.ent(p.find(1, "وفاء سفر"), "PERS")
p.ent(p.find(1, "أول أمس الأربعاء"), "DATE")
p.ent(p.inside(p.find(1, "للفنانة الراحلة"), "فنانة"), "OCC")   # after the contracted "لل" (§0)
p.ent(p.find(1, "وردة الجزائرية", 0), "PERS")
p.ent(p.find(1, "دار الأوبرا"), "FAC")
p.ent(p.find(1, "دمشق"), "GPE")
p.ent(p.inside(p.find(1, "سيرة الفنانة"), "الفنانة"), "OCC")
p.ent(p.inside(p.find(1, "قدمت الفرقة"), "الفرقة"), "ORG")
p.ent(p.find(1, "خمس"), "CARDINAL")
five = p.num(p.find(1, "خمس"), 5, "cardinal", counted=p.find(1, "أغان"))
p.ent(p.find(1, "وردة الجزائرية", 1), "PERS")
p.claim(p.between(1, "قدمت فرقة التخت", "دار الأوبرا بدمشق"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.between(1, "سردت في دليل", "الفنانة الراحلة"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(1, "قدمت الفرقة خمس", "لوردة الجزائرية"), claimant="author", kind="statistic",
        check_worthy=True)
p.claim(p.between(1, "الحضور كانوا كثيرين", "في البلاد"), claimant="author", kind="state",
        check_worthy=False)

# ---- ¶2
p.ent(p.find(2, "أكذب عليك"), "PRODUCT")
p.ent(p.find(2, "محمد الموجي"), "PERS")
p.ent(p.find(2, "ثلاث"), "CARDINAL")
three = p.num(p.find(2, "ثلاث"), 3, "cardinal", counted=p.inside(p.find(2, "وثلاث أغان"), "أغان"))
p.ent(p.find(2, "محمد عبد الوهاب"), "PERS")
occ = p.ent(p.find(2, "مشرفة الفرقة"), "OCC")
p.ent(p.inside(occ, "الفرقة"), "ORG")
ws = p.ent(p.find(2, "وفاء سفر"), "PERS")
p.ent(p.inside(p.find(2, "جدا لوردة"), "وردة"), "PERS")
p.ent(p.inside(p.find(2, "على الفرقة"), "الفرقة"), "ORG")
p.ent(p.find(2, "السورية"), "NORP")
p.ent(p.find(2, "وردة الجزائرية"), "PERS")
p.claim(p.between(2, "كان بين الأغاني", "لمحمد عبد الوهاب"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.between(2, "إنها", "جدا لوردة"), claimant=ws, cue=p.find(2, "قالت"), kind="quote",
        check_worthy=False)
p.claim(p.between(2, "لم تقدم أيا", "لوردة الجزائرية"), claimant="author", kind="event", check_worthy=True)
p.rel("includes", five, [three])   # the three songs of ¶2 are among the five of ¶1

# ---- ¶3
org = p.ent(p.find(3, BAND), "ORG")
p.ent(p.inside(org, "السوري"), "NORP")
p.ent(p.find(3, "ثماني"), "CARDINAL")
p.num(p.find(3, "ثماني"), 8, "cardinal", counted=p.find(3, "خريجات"))
p.ent(p.inside(p.find(3, "للمعهد العالي للموسيقا"), "معهد العالي للموسيقا"), "ORG")  # after "لل" (§0)
p.ent(p.find(3, "دمشق"), "GPE")
p.ent(p.inside(p.find(3, "هذه الفرقة"), "الفرقة"), "ORG")
p.ent(p.find(3, "سوريا"), "GPE")
p.ent(p.find(3, "العربية"), "NORP")
p.claim(p.between(3, "تتألف فرقة", "للموسيقا بدمشق"), claimant="author", kind="statistic",
        check_worthy=False)
p.claim(p.between(3, "نالت هذه الفرقة", "الدول الأجنبية"), claimant="author", kind="state",
        check_worthy=False)

p.write()
