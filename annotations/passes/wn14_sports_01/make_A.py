"""Pass A of wn14_sports_01 (annotator a5), corrected from the machine suggestion; offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_01"
p = Pass(DOC, "A", agent="annotator a5 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_sports_01.json; built by make_A.py.",
         source="annotations/suggestions/wn14_sports_01.json")
A = "author"

# ---- paragraph 0 (title)
p.ent(p.find(0, "السعودي"), "NORP")
p.ent(p.find(0, "الراجحي"), "PERS")
p.ent(p.find(0, "الأول"), "ORDINAL")
p.num(p.find(0, "الأول"), 1, "ordinal", counted=p.find(0, "المركز"))
ev = p.ent(p.find(0, "رالي روسيا"), "EVENT")
p.ent(p.inside(ev, "روسيا"), "GPE")
p.claim(p.between(0, "السعودي", "رالي روسيا"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 1
occ = p.ent(p.find(1, "سائق الراليات السعودي"), "OCC")
p.ent(p.inside(occ, "السعودي"), "NORP")
p.ent(p.find(1, "يزيد الراجحي"), "PERS")
p.ent(p.find(1, "الأول"), "ORDINAL")
p.num(p.find(1, "الأول"), 1, "ordinal", counted=p.find(1, "المركز"))
ev = p.ent(p.find(1, "بطولة كأس العالم"), "EVENT")
p.ent(p.inside(ev, "كأس العالم"), "EVENT")
p.ent(p.between(1, "الفترة من 14", "فبراير / شباط"), "DATE")  # days of the month: no numbers (§2 d.10)
p.ent(p.find(1, "روسيا"), "GPE")
p.claim(p.between(1, "توج سائق", "كروس كاونتري"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(1, "التي أقيمت", "في روسيا"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 2
p.ent(p.find(2, "الراجحي", 0), "PERS")
p.ent(p.find(2, "أول"), "ORDINAL")
p.num(p.find(2, "أول"), 1, "ordinal", counted=p.find(2, "عربي"))
p.ent(p.find(2, "عربي"), "NORP")
p.ent(p.find(2, "20 تحت الصفر"), "QUANTITY")
p.num(p.find(2, "20"), -20, "quantity", qualifier="less_than", qualifier_span=p.find(2, "تقل عن"),
      value_override="below zero: the text reads '20 تحت الصفر' (minus 20 degrees; the unit is implicit)")
p.claim(p.between(2, "أصبح الراجحي", "هذا الإنجاز"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "الذي تقام", "تحت الصفر"), claimant=A, kind="state", check_worthy=False)

p.ent(p.find(2, "الراجحي", 1), "PERS")
occ = p.ent(p.find(2, "ملاحه الألماني"), "OCC")
p.ent(p.inside(occ, "الألماني"), "NORP")
p.ent(p.find(2, "تيمو غوتشالك"), "PERS")
p.ent(p.find(2, "الأول"), "ORDINAL")
p.num(p.find(2, "الأول"), 1, "ordinal", counted=p.inside(p.find(2, "المركز الأول"), "المركز"))
prod = p.ent(p.find(2, "تويوتا هايلوكس أوفردرايف"), "PRODUCT")
p.ent(p.inside(prod, "تويوتا"), "ORG")
p.ent(p.find(2, "الروسي"), "NORP")
p.ent(p.find(2, "فلاديمير فاسيليف"), "PERS")
p.ent(p.find(2, "الراجحي", 2), "PERS")
p.ent(p.find(2, "دقيقة و48 ثانية"), "TIME")
p.num(p.find(2, "48"), 48, "cardinal", counted=p.find(2, "ثانية"))
p.claim(p.between(2, "نجح الراجحي", "فلاديمير فاسيليف"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "الذي أنهى السباق", "و48 ثانية"), claimant=A, kind="statistic", check_worthy=True)

p.ent(p.find(2, "الراجحي", 3), "PERS")
p.ent(p.find(2, "المملكة العربية السعودية"), "GPE")
ev = p.ent(p.find(2, "باها روسيا"), "EVENT")
p.ent(p.inside(ev, "روسيا"), "GPE")
p.ent(p.find(2, "الرابع"), "ORDINAL")
p.num(p.find(2, "الرابع"), 4, "ordinal", counted=p.inside(p.find(2, "المركز الرابع"), "المركز"))
p.claim(p.between(2, "رفع الراجحي", "باها روسيا"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "أصبح في المركز", "الترتيب العام"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 3
p.ent(p.find(3, "السعودي"), "NORP")
p.claim(p.between(3, "البطل السعودي", "جرت العادة"), claimant=A, kind="event", check_worthy=True)

p.write()
