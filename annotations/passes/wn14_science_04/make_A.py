#!/usr/bin/env python3
"""Pass A of wn14_science_04 (annotator a11), corrected from the machine suggestion. Offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_04"
p = Pass(DOC, "A", agent="annotator a11 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/"
              f"{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C = p.ent, p.num, p.claim



# ---- 0 (title)
E(p.find(0, "اليابان"), "GPE")
E(p.find(0, "أول"), "ORDINAL")
N(p.find(0, "أول"), 1, "ordinal", counted=p.find(0, "روبوت"))
C(p.between(0, "اليابان", "إلى الفضاء"), claimant="author", kind="event", check_worthy=True)

# ---- 1
E(p.find(1, "اليابان"), "GPE")
E(p.find(1, "اليوم الأحد"), "DATE")
E(p.find(1, "المحطة الفضائية الدولية"), "FAC")    # the ISS, a man-made structure
E(p.find(1, "المحطة", 1), "FAC")                  # its short form
o1 = p.find(1, "أول مرة")
E(p.inside(o1, "أول"), "ORDINAL")
N(p.inside(o1, "أول"), 1, "ordinal", counted=p.inside(o1, "مرة"))
E(p.find(1, "اليابانية"), "LANGUAGE")
occ1 = E(p.find(1, "رائد الفضاء الياباني"), "OCC")
E(p.inside(occ1, "الياباني"), "NORP")
E(p.find(1, "كوئيتشي واكاتا"), "PERS")
E(p.find(1, "نوفمبر القادم"), "DATE")
C(p.between(1, "أطلقت اليابان", "الفضائية الدولية"), claimant="author", kind="event", check_worthy=True)
C(p.between(1, "تحمل الإمدادات", "في المحطة"), claimant="author", kind="state", check_worthy=True)
C(p.between(1, "تنقل المركبة", "متكلما باليابانية"), claimant="author", kind="event", check_worthy=True)
C(p.between(1, "سفر رائد الفضاء", "نوفمبر القادم"), claimant="author", kind="event", check_worthy=True)

# ---- 2
E(p.find(2, "كوونوتوري"), "PRODUCT")            # the cargo spacecraft
E(p.find(2, "H2B"), "PRODUCT")                   # the rocket; "2" is inside a name
t5 = E(p.find(2, "الخامسة من صباح اليوم"), "TIME")
E(p.inside(t5, "اليوم"), "DATE")
N(p.find(2, "الخامسة"), 300, "time", qualifier="approximately", qualifier_span=p.find(2, "حوالي"))
E(p.find(2, "اليابان"), "GPE")
t1948 = E(p.find(2, "19:48 من مساء أمس"), "TIME")
E(p.inside(t1948, "أمس"), "DATE")
N(p.find(2, "19:48"), 1188, "time")
tq = E(p.find(2, "ربع ساعة"), "TIME")
N(p.find(2, "ربع"), 0.25, "fraction", qualifier="approximately", qualifier_span=p.find(2, "نحو"),
  counted=p.inside(tq, "ساعة"))
E(p.find(2, "المحطة الفضائية الدولية"), "FAC")
C(p.between(2, "انطلقت مركبة", "بالتوقيت العالمي"), claimant="author", kind="event", check_worthy=True)
C(p.between(2, "تم الانفصال", "الوقت المحدد"), claimant="author", kind="event", check_worthy=True)
C(p.between(2, "استغرق نقلها", "ربع ساعة"), claimant="author", kind="statistic", check_worthy=True)
C(p.between(2, "تحتاج إلى عدة أيام", "الفضائية الدولية"), claimant="author", kind="state", check_worthy=False)

# ---- 3
q5 = E(p.find(3, "خمسة أطنان"), "QUANTITY")
E(p.inside(q5, "أطنان"), "UNIT")
N(p.inside(q5, "خمسة"), 5, "quantity", qualifier="approximately", qualifier_span=p.find(3, "ما يقارب"),
  counted=p.inside(q5, "أطنان"))
E(p.find(3, "اليابانية"), "LANGUAGE")
kg = p.find(3, "كيلوغرام")                       # "حوالي كيلوغرام": one kilogram, the unit alone
E(kg, "QUANTITY")
E(kg, "UNIT")
N(kg, 1, "quantity", qualifier="approximately", qualifier_span=p.find(3, "حوالي"), counted=kg,
  value_override="a singular unit noun with no numeral states one unit (حوالي كيلوغرام = about 1 kg); "
                 "the noun is both the number and its unit, as a dual noun is (§2 fields)")
q30 = E(p.find(3, "30 سم"), "QUANTITY")
E(p.inside(q30, "سم"), "UNIT")
N(p.inside(q30, "30"), 30, "quantity", qualifier="approximately", qualifier_span=p.find(3, "حوالي", 1),
  counted=p.inside(q30, "سم"))
occ3 = E(p.find(3, "رائد الفضاء الياباني"), "OCC")
E(p.inside(occ3, "الياباني"), "NORP")
E(p.find(3, "كوئيتشي واكاتا"), "PERS")
E(p.find(3, "المحطة"), "FAC")
E(p.find(3, "نوفمبر القادم"), "DATE")
half = E(p.find(3, "نصف سنة"), "DATE")
N(p.inside(half, "نصف"), 0.5, "fraction", qualifier="approximately", qualifier_span=p.find(3, "حوالي", 2),
  counted=p.inside(half, "سنة"))
C(p.between(3, "تحمل المركبة", "والماء والملابس"), claimant="author", kind="statistic", check_worthy=True)
C(p.between(3, "روبوت يتكلم", "حوالي كيلوغرام"), claimant="author", kind="statistic", check_worthy=True)
C(p.between(3, "طوله حوالي", "30 سم"), claimant="author", kind="statistic", check_worthy=True)
C(p.between(3, "هذا الروبوت مخصص", "كوئيتشي واكاتا"), claimant="author", kind="state", check_worthy=True)
C(p.between(3, "من المقرر أن ينضم", "نوفمبر القادم"), claimant="author", kind="event", check_worthy=True)
C(p.between(3, "يعمل فيها", "نصف سنة"), claimant="author", kind="statistic", check_worthy=True)

# ---- 4
C(p.between(4, "يهدف إرسال", "لرواد الفضاء"), claimant="author", kind="state", check_worthy=False)

p.write()
