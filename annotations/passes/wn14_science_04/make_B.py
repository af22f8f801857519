"""Pass B of wn14_science_04 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_04"
p = Pass(DOC, "B", agent="annotator b11 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
E, N, C = p.ent, p.num, p.claim
A = "author"

# ---- 0 (title)
E(p.find(0, "اليابان"), "GPE")
E(p.find(0, "أول"), "ORDINAL")
N(p.find(0, "أول"), 1, "ordinal", counted=p.find(0, "روبوت"))
C(p.between(0, "اليابان", "إلى الفضاء"), claimant=A, kind="event", check_worthy=True)

# ---- 1
E(p.find(1, "اليابان"), "GPE")
E(p.find(1, "اليوم الأحد"), "DATE")
E(p.find(1, "المحطة الفضائية الدولية"), "FAC")
E(p.find(1, "المحطة", 1), "FAC")
first = p.find(1, "أول مرة")
E(p.inside(first, "أول"), "ORDINAL")
N(p.inside(first, "أول"), 1, "ordinal", counted=p.inside(first, "مرة"))
E(p.find(1, "اليابانية"), "LANGUAGE")
occ = E(p.find(1, "رائد الفضاء الياباني"), "OCC")
E(p.inside(occ, "الياباني"), "NORP")
E(p.find(1, "كوئيتشي واكاتا"), "PERS")
E(p.find(1, "نوفمبر القادم"), "DATE")
C(p.between(1, "أطلقت اليابان", "الفضائية الدولية"), claimant=A, kind="event", check_worthy=True)
C(p.between(1, "تحمل الإمدادات", "في المحطة"), claimant=A, kind="state", check_worthy=True)
C(p.between(1, "تنقل المركبة", "متكلما باليابانية"), claimant=A, kind="event", check_worthy=True)
C(p.between(1, "سفر رائد", "نوفمبر القادم"), claimant=A, kind="event", check_worthy=True)

# ---- 2
E(p.find(2, "كوونوتوري"), "PRODUCT")
E(p.find(2, "H2B"), "PRODUCT")
t5 = E(p.find(2, "الخامسة من صباح اليوم"), "TIME")
E(p.inside(t5, "اليوم"), "DATE")
N(p.inside(t5, "الخامسة"), 300, "time", qualifier="approximately", qualifier_span=p.find(2, "حوالي"),
  value_override="clock time: the fifth hour of the morning, 05:00 = 300 minutes after midnight (GUIDELINES §2 decision 10)")
E(p.find(2, "اليابان"), "GPE")
t19 = E(p.find(2, "19:48 من مساء أمس"), "TIME")
E(p.inside(t19, "أمس"), "DATE")
N(p.inside(t19, "19:48"), 1188, "time")
q = E(p.find(2, "ربع ساعة"), "TIME")
N(p.inside(q, "ربع"), 0.25, "fraction", qualifier="approximately", qualifier_span=p.find(2, "نحو"),
  counted=p.inside(q, "ساعة"))
E(p.find(2, "المحطة الفضائية الدولية"), "FAC")
C(p.between(2, "انطلقت مركبة", "بتوقيت اليابان"), claimant=A, kind="event", check_worthy=True)
C(p.between(2, "تم الانفصال", "الوقت المحدد"), claimant=A, kind="event", check_worthy=True)
C(p.between(2, "استغرق نقلها", "ربع ساعة"), claimant=A, kind="statistic", check_worthy=True)
C(p.between(2, "تحتاج إلى", "الفضائية الدولية"), claimant=A, kind="state", check_worthy=False)

# ---- 3
q5 = E(p.find(3, "خمسة أطنان"), "QUANTITY")
E(p.inside(q5, "أطنان"), "UNIT")
N(p.inside(q5, "خمسة"), 5, "quantity", qualifier="approximately", qualifier_span=p.find(3, "ما يقارب"),
  counted=p.inside(q5, "أطنان"))
E(p.find(3, "اليابانية"), "LANGUAGE")
E(p.find(3, "كيلوغرام"), "UNIT")
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
C(p.between(3, "تحمل المركبة", "والماء والملابس"), claimant=A, kind="statistic", check_worthy=True)
C(p.between(3, "روبوت يتكلم", "حوالي 30 سم"), claimant=A, kind="statistic", check_worthy=True)
C(p.between(3, "هذا الروبوت", "كوئيتشي واكاتا"), claimant=A, kind="state", check_worthy=True)
C(p.between(3, "من المقرر", "نصف سنة"), claimant=A, kind="event", check_worthy=True)

# ---- 4
C(p.between(4, "يهدف إرسال", "لرواد الفضاء"), claimant=A, kind="state", check_worthy=False)

p.write()
