"""Pass B of wn14_sports_01 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_01"
p = Pass(DOC, "B", agent="annotator b5 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

# ---- paragraph 0 (title)
p.ent(p.find(0, "السعودي"), "NORP")
p.ent(p.find(0, "الراجحي"), "PERS")
p.ent(p.find(0, "الأول"), "ORDINAL")
p.num(p.find(0, "الأول"), 1, "ordinal", counted=p.find(0, "المركز"))
ev = p.ent(p.find(0, "رالي روسيا"), "EVENT")
p.ent(p.inside(ev, "روسيا"), "GPE")
p.claim(p.between(0, "السعودي", "رالي روسيا"), claimant="author", kind="event", check_worthy=True)

# ---- paragraph 1
occ = p.ent(p.find(1, "سائق الراليات السعودي"), "OCC")
p.ent(p.inside(occ, "السعودي"), "NORP")
p.ent(p.find(1, "يزيد الراجحي"), "PERS")
p.ent(p.find(1, "الأول"), "ORDINAL")
p.num(p.find(1, "الأول"), 1, "ordinal", counted=p.find(1, "المركز"))
p.ent(p.find(1, "بطولة كأس العالم"), "EVENT")
p.ent(p.find(1, "14 إلى 16 فبراير / شباط"), "DATE")  # days of the month: no number (numbers §10)
p.ent(p.find(1, "روسيا"), "GPE")
p.claim(p.between(1, "توج", "كروس كاونتري"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "أقيمت", "في روسيا"), claimant="author", kind="event", check_worthy=True)

# ---- paragraph 2
p.ent(p.find(2, "الراجحي", 0), "PERS")
p.ent(p.find(2, "أول"), "ORDINAL")
p.ent(p.find(2, "عربي"), "NORP")
p.num(p.find(2, "أول"), 1, "ordinal", counted=p.find(2, "عربي"))
p.ent(p.find(2, "20 تحت الصفر"), "QUANTITY")
p.num(p.find(2, "20"), 20, "quantity", qualifier="less_than", qualifier_span=p.find(2, "تقل عن"))
p.claim(p.between(2, "أصبح الراجحي", "هذا الإنجاز"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "تقام جميع", "تحت الصفر"), claimant="author", kind="state", check_worthy=True)

p.ent(p.find(2, "الراجحي", 1), "PERS")
p.ent(p.find(2, "الألماني"), "NORP")
p.ent(p.find(2, "تيمو غوتشالك"), "PERS")
p.ent(p.find(2, "الأول"), "ORDINAL")
p.num(p.find(2, "الأول"), 1, "ordinal", counted=p.find(2, "المركز", 0))
prod = p.ent(p.find(2, "تويوتا هايلوكس أوفردرايف"), "PRODUCT")
p.ent(p.inside(prod, "تويوتا"), "ORG")
p.ent(p.find(2, "الروسي"), "NORP")
p.ent(p.find(2, "فلاديمير فاسيليف"), "PERS")
p.ent(p.find(2, "الراجحي", 2), "PERS")
p.ent(p.find(2, "دقيقة و48 ثانية"), "TIME")
p.num(p.find(2, "48"), 48, "cardinal", counted=p.find(2, "ثانية"))
p.claim(p.between(2, "نجح الراجحي", "أوفردرايف"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "متفوقا", "فلاديمير فاسيليف"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "أنهى السباق", "48 ثانية"), claimant="author", kind="statistic", check_worthy=True)

p.ent(p.find(2, "الراجحي", 3), "PERS")
p.ent(p.find(2, "المملكة العربية السعودية"), "GPE")
ev2 = p.ent(p.find(2, "باها روسيا"), "EVENT")
p.ent(p.inside(ev2, "روسيا"), "GPE")
p.ent(p.find(2, "الرابع"), "ORDINAL")
p.num(p.find(2, "الرابع"), 4, "ordinal", counted=p.find(2, "المركز", 1))
p.claim(p.between(2, "رفع الراجحي", "باها روسيا"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "أصبح في المركز", "الترتيب العام"), claimant="author", kind="event", check_worthy=True)

# ---- paragraph 3
p.ent(p.find(3, "السعودي"), "NORP")
p.claim(p.between(3, "البطل السعودي", "جرت العادة"), claimant="author", kind="event", check_worthy=False)

p.write()
