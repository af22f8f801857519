#!/usr/bin/env python3
"""Pass A of wn14_economy_10 (annotator a2): the machine suggestion reviewed, corrected and completed.

Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_10"
p = Pass(DOC, "A", agent="annotator a2 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C, F, I, B = p.ent, p.num, p.claim, p.find, p.inside, p.between

# ---------------------------------------------------------------- ¶0 (title)
ap0 = E(F(0, "مطار نيروبي"), "FAC")
E(I(ap0, "نيروبي"), "GPE")
E(F(0, "كينيا"), "GPE")
C(B(0, "حريق هائل", "في كينيا"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶1
t1 = E(F(1, "صباح اليوم الأربعاء"), "TIME")
E(I(t1, "اليوم الأربعاء"), "DATE")
ap1 = E(F(1, "مطار نيروبي"), "FAC")
E(I(ap1, "نيروبي"), "GPE")
E(F(1, "كينيا"), "GPE")
E(F(1, "سلطات الطيران"), "ORG")
mom1 = E(F(1, "مطار مومباسا"), "FAC")
E(I(mom1, "مومباسا"), "GPE")

C(B(1, "شب صباح", "في كينيا"), claimant="author", kind="event", check_worthy=True)
C(B(1, "أدى إلى توقف", "الطيران فيه"), claimant="author", kind="causal", check_worthy=True)
C(F(1, "تكافح فرق الإطفاء الحريق"), claimant="author", kind="event", check_worthy=True)
C(B(1, "ألغت سلطات", "أجل غير مسمى"), claimant="author", kind="event", check_worthy=True)
C(B(1, "حولت بعضها", "مطار مومباسا"), claimant="author", kind="event", check_worthy=True)
# "لم تعرف أسباب الحريق" and "لا يوجد حتى الآن معلومات": statements of ignorance, not claims (§4 decision 7)

# ---------------------------------------------------------------- ¶2
t2 = E(F(2, "فجر اليوم"), "TIME")
E(I(t2, "اليوم"), "DATE")
jkia = E(F(2, "مطار جومو كينياتا الدولي"), "FAC")
E(I(jkia, "جومو كينياتا"), "PERS")
E(F(2, "نيروبي"), "GPE")
E(F(2, "المطار"), "FAC")

C(B(2, "اشتعل الحريق", "في نيروبي"), claimant="author", kind="event", check_worthy=True)
C(B(2, "شمل قاعة", "الرحلات الدولية"), claimant="author", kind="event", check_worthy=True)
C(B(2, "نشر شهود عيان", "دخان كثيف"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶3
E(F(3, "عشرات"), "CARDINAL")
E(F(3, "أربع ساعات"), "TIME")
E(F(3, "العاشرة صباحا"), "TIME")
E(F(3, "07:00"), "TIME")
ka = E(F(3, "السلطات الكينية"), "ORG")
E(I(ka, "الكينية"), "NORP")
E(F(3, "المطار"), "FAC")

N(F(3, "عشرات"), 30, "cardinal", qualifier="at_least", counted=F(3, "فرق"))
N(F(3, "أربع"), 4, "cardinal", counted=F(3, "ساعات"))
N(F(3, "العاشرة"), 600, "time", qualifier="approximately", qualifier_span=F(3, "حوالي"))
N(F(3, "07:00"), 420, "time")

C(B(3, "تعمل في المكان", "فرق الإطفاء"), claimant="author", kind="statistic", check_worthy=True)
C(B(3, "استطاعت", "(07:00 ت ع"), claimant="author", kind="event", check_worthy=True)
C(B(3, "لا يزال الدخان", "من الموقع"), claimant="author", kind="state", check_worthy=True)
C(B(3, "نصحت السلطات", "الاقتراب من المطار"), claimant="author", kind="event", check_worthy=True)
C(F(3, "الوضع بالخطير"), claimant=ka, cue=F(3, "واصفة"), kind="quote", check_worthy=False)

# ---------------------------------------------------------------- ¶4
kq = E(F(4, "شركة الطيران الكينية"), "ORG")
E(I(kq, "الكينية"), "NORP")
E(F(4, "خمس"), "CARDINAL")
mom4 = E(F(4, "مطار مومباسا"), "FAC")
E(I(mom4, "مومباسا"), "GPE")
E(F(4, "المحيط الهندي"), "LOC")
auth = E(F(4, "السلطات"), "ORG")
E(F(4, "المطار", 0), "FAC")
E(F(4, "مومباسا", 1), "GPE")
moi = E(F(4, "وزارة الداخلية"), "ORG")
E(I(moi, "الداخلية"), "ORG")
E(F(4, "المطار", 1), "FAC")

N(F(4, "خمس"), 5, "cardinal")

C(B(4, "ألغت شركة", "المحيط الهندي"), claimant="author", kind="event", check_worthy=True)
C(B(4, "مطار مومباسا", "المحيط الهندي"), claimant="author", kind="state", check_worthy=False)
C(B(4, "إغلاق المطار", "إليه إلى مومباسا"), claimant=auth, cue=F(4, "أعلنت"), kind="event", check_worthy=True)
C(B(4, "أغلقت وزارة", "الإطفاء والإسعاف"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶5
E(F(5, "المطار"), "FAC")
E(F(5, "أفريقية"), "NORP")
E(F(5, "أوروبية"), "NORP")
E(F(5, "آسيوية"), "NORP")
E(F(5, "آلاف"), "CARDINAL")

N(F(5, "آلاف"), 3000, "cardinal", qualifier="at_least", counted=F(5, "المسافرين"))

# "لم ترد حتى الآن أنباء" and "لم تعرف أسباب اندلاع الحريق بعد": statements of ignorance, not claims
C(B(5, "لا شيء يشير", "أسباب إجرامية"), claimant="author", kind="state", check_worthy=True)
C(B(5, "سيؤثر إغلاق", "آلاف المسافرين"), claimant="author", kind="statistic", check_worthy=True)
C(B(5, "يخدم رحلات", "أفريقية وأوروبية وآسيوية"), claimant="author", kind="state", check_worthy=False)

p.write()
