"""Pass B of wn14_politics_01 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_01"
p = Pass(DOC, "B", agent="annotator b3 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

# ---- paragraph 0 (title)
qaeda0 = p.ent(p.find(0, "القاعدة"), "ORG")
branch0 = p.ent(p.find(0, "تنظيم القاعدة الإلكتروني"), "ORG")
p.ent(p.inside(branch0, "القاعدة"), "ORG")
p.claim(p.between(0, "تشكيل فرع", "القاعدة الإلكتروني"), claimant=qaeda0, cue=p.find(0, "تعلن"),
        kind="event", check_worthy=True)

# ---- paragraph 1
cmd = p.ent(p.find(1, "القيادة العامة في تنظيم القاعدة"), "ORG")
p.ent(p.inside(cmd, "تنظيم القاعدة"), "ORG")
b1 = p.ent(p.find(1, "قاعدة الجهاد الإلكترونية"), "ORG")
p.ent(p.inside(b1, "قاعدة الجهاد"), "ORG")
b2 = p.ent(p.find(1, "تنظيم قاعدة الجهاد الإلكترونية"), "ORG")
p.ent(p.inside(b2, "قاعدة الجهاد"), "ORG")
p.ent(p.find(1, "تنظيم القاعدة", 1), "ORG")            # مخابرات تنظيم القاعدة
p.ent(p.find(1, "جماعة قاعدة الجهاد"), "ORG")         # لجماعة قاعدة الجهاد
b3 = p.ent(p.find(1, "جماعة قاعدة الجهاد الإلكترونية"), "ORG")
p.ent(p.inside(b3, "قاعدة الجهاد"), "ORG")

p.claim(p.between(1, "تشكيل قاعدة الجهاد", "كفرع لها"), claimant=cmd, cue=p.find(1, "أعلنت"),
        kind="event", check_worthy=True)
p.claim(p.between(1, "تنظيم قاعدة الجهاد الإلكترونية", "مخابرات تنظيم القاعدة"), claimant="author",
        kind="state", check_worthy=True)
p.claim(p.find(1, "تسجيل مرئي بث على الإنترنت"), claimant="author", kind="event", check_worthy=True)
# the recording continues the General Command's announcement (claims §4): its cue is "جاء"
p.claim(p.between(1, "تشكيل فرع جديد", "قاعدة الجهاد الإلكترونية"), claimant=cmd,
        cue=p.find(1, "جاء"), kind="event", check_worthy=True)

# ---- paragraph 2
p.ent(p.find(2, "القاعدة"), "ORG")
p.ent(p.find(2, "المسلمين"), "NORP")
p.ent(p.find(2, "الإسلامية"), "NORP")
p.ent(p.find(2, "الولايات المتحدة"), "GPE")
p.claim(p.find(2, "القاعدة تنظيم عالمي"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(2, "يتبنى فكرة الجهاد", "وإقامة الخلافة الإسلامية"), claimant="author", kind="state",
        check_worthy=False)
p.claim(p.between(2, "تصنفه الولايات المتحدة", "تنظيم إرهابي عالمي"), claimant="author", kind="state",
        check_worthy=True)

p.write()
