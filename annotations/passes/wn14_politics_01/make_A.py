#!/usr/bin/env python3
"""Pass A of wn14_politics_01 (Khabar): the machine suggestion reviewed and completed by annotator a3.

Every span is located by a short anchor (scripts/passkit.py computes the offsets)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_01"
p = Pass(DOC, "A", agent="annotator a3 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")

# ---- ¶0 title
qaeda0 = p.ent(p.find(0, "القاعدة"), "ORG")
branch0 = p.ent(p.find(0, "تنظيم القاعدة الإلكتروني"), "ORG")
p.ent(p.inside(branch0, "القاعدة"), "ORG")
p.claim(p.between(0, "تشكيل فرع", "القاعدة الإلكتروني"), claimant=qaeda0, cue=p.find(0, "تعلن"),
        kind="event", check_worthy=True)

# ---- ¶1
cmd = p.ent(p.find(1, "القيادة العامة في تنظيم القاعدة"), "ORG")
p.ent(p.inside(cmd, "تنظيم القاعدة"), "ORG")
b1 = p.ent(p.find(1, "قاعدة الجهاد الإلكترونية"), "ORG")
p.ent(p.inside(b1, "قاعدة الجهاد"), "ORG")
b2 = p.ent(p.find(1, "تنظيم قاعدة الجهاد الإلكترونية"), "ORG")
p.ent(p.inside(b2, "قاعدة الجهاد"), "ORG")
intel = p.ent(p.find(1, "مخابرات تنظيم القاعدة"), "ORG")
p.ent(p.inside(intel, "تنظيم القاعدة"), "ORG")
p.ent(p.find(1, "جماعة قاعدة الجهاد"), "ORG")  # after the proclitic ل
b3 = p.ent(p.find(1, "جماعة قاعدة الجهاد الإلكترونية"), "ORG")
p.ent(p.inside(b3, "قاعدة الجهاد"), "ORG")

announced = p.find(1, "أعلنت")
p.claim(p.between(1, "تشكيل قاعدة الجهاد", "كفرع لها"), claimant=cmd, cue=announced,
        kind="event", check_worthy=True)
p.claim(p.between(1, "تنظيم قاعدة الجهاد", "مخابرات تنظيم القاعدة"), claimant=cmd, cue=announced,
        kind="state", check_worthy=True)
p.claim(p.between(1, "تسجيل مرئي", "على الإنترنت"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "نعلن عن تشكيل", "قاعدة الجهاد الإلكترونية"), claimant=cmd,
        cue=p.find(1, "جاء"), kind="event", check_worthy=True)

# ---- ¶2
p.ent(p.find(2, "القاعدة"), "ORG")  # after the proclitic و
p.ent(p.find(2, "المسلمين"), "NORP")
p.ent(p.find(2, "الإسلامية"), "NORP")
p.ent(p.find(2, "الولايات المتحدة"), "GPE")
p.claim(p.between(2, "القاعدة", "تنظيم عالمي"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(2, "يتبنى فكرة", "الخلافة الإسلامية"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(2, "تصنفه الولايات", "تنظيم إرهابي عالمي"), claimant="author", kind="state",
        check_worthy=True)

p.write()
