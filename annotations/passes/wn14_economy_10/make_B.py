"""Pass B of wn14_economy_10 (blind, from the raw text), guidelines 1.2."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_10"
p = Pass(DOC, "B", agent="annotator b2 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
E, N, C = p.ent, p.num, p.claim

# ---------------------------------------------------------------- paragraph 0 (title)
ap0 = E(p.find(0, "مطار نيروبي"), "FAC")
E(p.inside(ap0, "نيروبي"), "GPE")
E(p.find(0, "كينيا"), "GPE")
C(p.between(0, "حريق هائل", "في كينيا"), "author", "event", True)

# ---------------------------------------------------------------- paragraph 1
t1 = E(p.find(1, "صباح اليوم الأربعاء"), "TIME")
E(p.inside(t1, "اليوم الأربعاء"), "DATE")
ap1 = E(p.find(1, "مطار نيروبي"), "FAC")
E(p.inside(ap1, "نيروبي"), "GPE")
E(p.find(1, "كينيا"), "GPE")
E(p.find(1, "سلطات الطيران"), "ORG")
mb1 = E(p.find(1, "مطار مومباسا"), "FAC")
E(p.inside(mb1, "مومباسا"), "GPE")

C(p.between(1, "شب صباح", "في كينيا"), "author", "event", True)
C(p.between(1, "أدى إلى توقف", "الطيران فيه"), "author", "causal", True)
C(p.between(1, "تكافح فرق", "الإطفاء الحريق"), "author", "event", False)
C(p.between(1, "ألغت سلطات", "غير مسمى"), "author", "event", True)
C(p.between(1, "حولت بعضها", "مطار مومباسا"), "author", "event", True)
# "لم تعرف أسباب الحريق ..." and "لا يوجد ... معلومات": statements of ignorance, no claim (claims §7)

# ---------------------------------------------------------------- paragraph 2
t2 = E(p.find(2, "فجر اليوم"), "TIME")
E(p.inside(t2, "اليوم"), "DATE")
jk = E(p.find(2, "مطار جومو كينياتا الدولي"), "FAC")
E(p.inside(jk, "جومو كينياتا"), "PERS")
E(p.find(2, "نيروبي"), "GPE")
E(p.find(2, "المطار"), "FAC")

C(p.between(2, "اشتعل الحريق", "في نيروبي"), "author", "event", True)
C(p.between(2, "شمل قاعة", "الرحلات الدولية"), "author", "event", True)
C(p.between(2, "نشر شهود", "دخان كثيف"), "author", "event", False)

# ---------------------------------------------------------------- paragraph 3
E(p.find(3, "عشرات"), "CARDINAL")
N(p.find(3, "عشرات"), 30, "cardinal", qualifier="at_least", counted=p.find(3, "فرق"))
E(p.find(3, "أربع ساعات"), "TIME")
N(p.find(3, "أربع"), 4, "cardinal", counted=p.find(3, "ساعات"))
E(p.find(3, "العاشرة صباحا"), "TIME")
N(p.find(3, "العاشرة"), 600, "time", qualifier="approximately", qualifier_span=p.find(3, "حوالي"),
  value_override="clock time: ten in the morning = 600 minutes after midnight (numbers §10)")
E(p.find(3, "07:00"), "TIME")
N(p.find(3, "07:00"), 420, "time")
auth = E(p.find(3, "السلطات الكينية"), "ORG")
E(p.inside(auth, "الكينية"), "NORP")
E(p.find(3, "المطار"), "FAC")

C(p.between(3, "تعمل في المكان", "فرق الإطفاء"), "author", "event", True)
C(p.between(3, "استطاعت", "07:00 ت ع"), "author", "event", True)
C(p.between(3, "لا يزال الدخان", "من الموقع"), "author", "state", False)
C(p.between(3, "نصحت السلطات", "من المطار"), "author", "event", True)
C(p.between(3, "الوضع", "بالخطير"), auth, "quote", False, cue=p.find(3, "واصفة"))

# ---------------------------------------------------------------- paragraph 4
ka = E(p.find(4, "شركة الطيران الكينية"), "ORG")
E(p.inside(ka, "الكينية"), "NORP")
E(p.find(4, "خمس"), "CARDINAL")
N(p.find(4, "خمس"), 5, "cardinal", counted=p.find(4, "رحلاتها"))
mb4 = E(p.find(4, "مطار مومباسا"), "FAC")
E(p.inside(mb4, "مومباسا"), "GPE")
E(p.find(4, "المحيط الهندي"), "LOC")
auth4 = E(p.find(4, "السلطات"), "ORG")
E(p.find(4, "المطار", 0), "FAC")
E(p.find(4, "مومباسا", 1), "GPE")
E(p.find(4, "وزارة الداخلية"), "ORG")
E(p.find(4, "المطار", 1), "FAC")

C(p.between(4, "ألغت شركة", "المحيط الهندي"), "author", "event", True)
C(p.between(4, "مطار مومباسا", "المحيط الهندي"), "author", "state", False)
announced = p.find(4, "أعلنت")
C(p.between(4, "إغلاق المطار", "غير مسمى"), auth4, "event", True, cue=announced)
C(p.between(4, "تحويل الرحلات", "إلى مومباسا"), auth4, "event", True, cue=announced)
C(p.between(4, "أغلقت وزارة", "الإطفاء والإسعاف"), "author", "event", True)

# ---------------------------------------------------------------- paragraph 5
# "لم ترد ... أنباء" and "لم تعرف أسباب ...": statements of ignorance, no claim (claims §7)
E(p.find(5, "المطار"), "FAC")
E(p.find(5, "أفريقية"), "NORP")
E(p.find(5, "أوروبية"), "NORP")
E(p.find(5, "آسيوية"), "NORP")
E(p.find(5, "آلاف"), "CARDINAL")
N(p.find(5, "آلاف"), 3000, "cardinal", qualifier="at_least", counted=p.find(5, "المسافرين"))

C(p.between(5, "لا شيء يشير", "أسباب إجرامية"), "author", "state", False)
C(p.between(5, "سيؤثر", "آلاف المسافرين"), "author", "causal", True)
C(p.between(5, "يخدم رحلات", "وأوروبية وآسيوية"), "author", "state", False)

p.write()
