"""Pass B of wn14_science_06 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_06"
p = Pass(DOC, "B", agent="annotator b12 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
A = "author"

# ---- paragraph 0 (title)
p.ent(p.find(0, "فايبر"), "ORG")
p.claim(p.between(0, "شركة فايبر", "للحواسيب الشخصية"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 1
p.ent(p.find(1, "فايبر", 0), "ORG")
p.ent(p.find(1, "أمس الثلاثاء"), "DATE")
p.ent(p.find(1, "فايبر", 1), "PRODUCT")
p.num(p.find(1, "نظامي"), 2, "cardinal", counted=p.find(1, "نظامي"))
p.ent(p.find(1, "ويندوز"), "PRODUCT")
p.ent(p.find(1, "ماك"), "PRODUCT")
p.claim(p.between(1, "أطلقت شركة فايبر", "ويندوز وماك"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(1, "كان متوفرا", "المحمولة فقط"), claimant=A, kind="state", check_worthy=True)
p.ent(p.find(1, "فايبر", 2), "PRODUCT")
p.ent(p.find(1, "سكايب"), "PRODUCT")
p.claim(p.between(1, "تشتد المنافسة", "وبرنامج سكايب"), claimant=A, kind="state", check_worthy=False)
p.claim(p.find(1, "يقدم خدمات مماثلة"), claimant=A, kind="state", check_worthy=False)

# ---- paragraph 2
p.claim(p.between(2, "تعمل نسخة أجهزة", "لنسخة الهواتف"), claimant=A, kind="state", check_worthy=False)
p.claim(p.between(2, "تعتمد على رقم", "لتسجيل الدخول"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(2, "تحتاج إلى تفعيل", "فايبر عامل"), claimant=A, kind="state", check_worthy=True)
p.ent(p.find(2, "فايبر", 0), "PRODUCT")
p.claim(p.between(2, "تقوم بتبادل", "والأسماء"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(2, "تتيح نسخة الحواسيب", "على أجهزة الهاتف"), claimant=A, kind="state", check_worthy=True)
p.ent(p.find(2, "فايبر", 1), "PRODUCT")

# ---- paragraph 3
company = p.ent(p.find(3, "الشركة"), "ORG")
p.ent(p.find(3, "لينكس"), "PRODUCT")
p.ent(p.find(3, "بلاك بيري 10"), "PRODUCT")
p.ent(p.find(3, "المستقبل المنظور"), "DATE")
p.claim(p.between(3, "تطوير نسخة", "المستقبل المنظور"), claimant=company, cue=p.find(3, "وعدت"),
        kind="event", check_worthy=False)

# ---- paragraph 4
p.ent(p.find(4, "فايبر"), "ORG")
p.ent(p.find(4, "200 مليون"), "CARDINAL")
p.num(p.find(4, "200 مليون"), 200000000, "cardinal", counted=p.find(4, "مستخدم"))
p.ent(p.find(4, "السنتين"), "DATE")
p.num(p.find(4, "السنتين"), 2, "cardinal", counted=p.find(4, "السنتين"))
p.ent(p.find(4, "أول"), "ORDINAL")
p.num(p.find(4, "أول"), 1, "ordinal", counted=p.find(4, "مرة"))
p.claim(p.between(4, "فايبر استطاعت", "لأول مرة"), claimant=A, kind="statistic", check_worthy=True)

p.write()
