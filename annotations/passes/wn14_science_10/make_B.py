"""Pass B of wn14_science_10 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_10"
p = Pass(DOC, "B", agent="annotator b12 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
A = "author"

# ---- paragraph 0 (title); a computer virus is software: PRODUCT (decision 18), not decision 22
p.ent(p.find(0, "ميني فليم"), "PRODUCT")
p.ent(p.find(0, "إيران"), "GPE")
p.ent(p.find(0, "لبنان"), "GPE")
p.claim(p.between(0, "اكتشاف فيروس", "إيران ولبنان"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(0, "يصيب الحواسيب", "إيران ولبنان"), claimant=A, kind="state", check_worthy=True)

# ---- paragraph 1
kl = p.ent(p.find(1, "كاسبرسكي لاب", 0), "ORG")
p.ent(p.find(1, "أمس الإثنين"), "DATE")
p.ent(p.find(1, "فليم", 0), "PRODUCT")
p.claim(p.between(1, "اكتشاف فيروس جديد", "المكتشف سابقا"), claimant=kl, cue=p.find(1, "أعلنت"),
        kind="event", check_worthy=True)
p.claim(p.between(1, "هو برنامج", "غاية التعقيد"), claimant=A, kind="state", check_worthy=False)
o = p.ent(p.find(1, "مخابرات الولايات المتحدة"), "ORG")
p.ent(p.inside(o, "الولايات المتحدة"), "GPE")
p.ent(p.inside(p.find(1, "وإسرائيل صممته"), "إسرائيل"), "GPE")
p.ent(p.inside(p.find(1, "برنامج إيران"), "إيران"), "GPE")
p.claim(p.between(1, "مخابرات الولايات المتحدة", "إيران النووي"), claimant=A, cue=p.find(1, "يشتبه"),
        kind="event", check_worthy=True)
p.ent(p.inside(p.find(1, "فيروس فليم الأصلي"), "فليم"), "PRODUCT")
p.claim(p.between(1, "تختلف النسخة الجديدة", "نوعي للغاية"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(1, "يستطيع العمل منفردا", "الفيروس الأصلي"), claimant=A, kind="state", check_worthy=True)
p.ent(p.find(1, "كاسبرسكي لاب", 1), "ORG")
p.ent(p.find(1, "ميني فليم"), "PRODUCT")
p.ent(p.inside(p.find(1, "حواسيب في إيران"), "إيران"), "GPE")
p.ent(p.find(1, "لبنان"), "GPE")
p.ent(p.find(1, "فرنسا"), "GPE")
p.claim(p.between(1, "اكتشف في حواسيب", "ولبنان وفرنسا"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 2
kl = p.ent(p.find(2, "كاسبرسكي لاب"), "ORG")
described = p.find(2, "وصفت")
p.ent(p.find(2, "ميني فليم", 0), "PRODUCT")
p.claim(p.between(2, "برنامج مؤذ صغير", "محددة الأهداف"), claimant=kl, cue=described, kind="state",
        check_worthy=True)
p.claim(p.between(2, "يستند إلى الأساس", "لفيروس فليم"), claimant=kl, cue=described, kind="state",
        check_worthy=True)
p.ent(p.inside(p.find(2, "لفيروس فليم"), "فليم"), "PRODUCT")
p.ent(p.inside(p.find(2, "فيروس فليم الأصلي"), "فليم"), "PRODUCT")
p.ent(p.inside(p.find(2, "الأصلي وميني فليم"), "ميني فليم"), "PRODUCT")
company = p.ent(p.find(2, "الشركة"), "ORG")
said = p.find(2, "قال")
p.ent(p.inside(p.find(2, "\"فليم بمثابة"), "فليم"), "PRODUCT")
p.claim(p.between(2, "فليم بمثابة سيف", "الواسعة النطاق"), claimant=company, cue=said, kind="quote",
        check_worthy=False)
p.ent(p.inside(p.find(2, "أن ميني فليم"), "ميني فليم"), "PRODUCT")
p.claim(p.between(2, "ميني فليم بمثابة المشرط", "جراحية دقيقة"), claimant=company, cue=said, kind="quote",
        check_worthy=False)

# ---- paragraph 3
p.ent(p.find(3, "ميني فليم"), "PRODUCT")
p.ent(p.inside(p.find(3, "فيروس فليم"), "فليم"), "PRODUCT")
p.ent(p.find(3, "غاوس"), "PRODUCT")
p.claim(p.between(3, "يستطيع ميني فليم", "فليم أو غاوس"), claimant=A, kind="state", check_worthy=True)
p.num(p.find(3, "الفيروسين"), 2, "cardinal", counted=p.find(3, "الفيروسين"))
p.claim(p.between(3, "يتلقى الأوامر", "هذين الفيروسين"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(3, "يوحي تصميمه", "مرتبط بهما"), claimant=A, kind="state", check_worthy=True)
p.ent(p.find(3, "الشركة"), "ORG")
p.claim(p.between(3, "الشركة لم تتهم", "هذه الفيروسات"), claimant=A, kind="event", check_worthy=True)

p.write()
