#!/usr/bin/env python3
"""Pass A of wn14_science_06 (Khabar, guidelines 1.2): the machine suggestion corrected and completed.

Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_06"
p = Pass(DOC, "A", agent="annotator a12 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_science_06.json; built by make_A.py.",
         source="annotations/suggestions/wn14_science_06.json")
A = "author"

# ---------------------------------------------------------------- ¶0 title
p.ent(p.find(0, "فايبر"), "ORG")          # "شركة فايبر": the head noun stays outside (decision 18)
p.claim(p.between(0, "شركة فايبر", "للحواسيب الشخصية"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶1
p.ent(p.find(1, "فايبر", 0), "ORG")       # شركة فايبر
p.ent(p.find(1, "أمس الثلاثاء"), "DATE")
p.ent(p.find(1, "فايبر", 1), "PRODUCT")   # تطبيق فايبر (the application)
p.ent(p.find(1, "ويندوز"), "PRODUCT")
p.ent(p.find(1, "ماك"), "PRODUCT")
p.ent(p.find(1, "فايبر", 2), "PRODUCT")   # المنافسة بين فايبر وبرنامج سكايب
p.ent(p.find(1, "سكايب"), "PRODUCT")
p.num(p.find(1, "نظامي"), 2, "cardinal", counted=p.find(1, "نظامي"))   # لنظامي تشغيل: dual count
p.claim(p.between(1, "أطلقت شركة فايبر", "لنظامي تشغيل ويندوز وماك"), claimant=A, kind="event",
        check_worthy=True)
p.claim(p.between(1, "بعد أن كان", "المحمولة فقط"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(1, "بذلك تشتد", "وبرنامج سكايب"), claimant=A, kind="causal", check_worthy=False)
p.claim(p.find(1, "يقدم خدمات مماثلة"), claimant=A, kind="state", check_worthy=False)

# ---------------------------------------------------------------- ¶2
p.ent(p.find(2, "فايبر", 0), "PRODUCT")
p.ent(p.find(2, "فايبر", 1), "PRODUCT")
p.claim(p.between(2, "تعمل نسخة أجهزة", "لنسخة الهواتف"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(2, "تعتمد على رقم", "لتسجيل الدخول"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(2, "تحتاج إلى تفعيل", "برنامج فايبر عامل"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(2, "تقوم بتبادل", "الهواتف والأسماء"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(2, "تتيح نسخة الحواسيب", "عليها برنامج فايبر"), claimant=A, kind="state",
        check_worthy=True)
# a forecast without a figure or date (claims decision 11): not check-worthy
p.claim(p.between(2, "قبل أن تتاح", "أجهزة الهاتف"), claimant=A, kind="state", check_worthy=False)

# ---------------------------------------------------------------- ¶3
p.ent(p.find(3, "لينكس"), "PRODUCT")
p.ent(p.find(3, "بلاك بيري 10"), "PRODUCT")   # the 10 is part of the name (numbers decision 11)
p.ent(p.find(3, "المستقبل المنظور"), "DATE")
p.claim(p.between(3, "وعدت الشركة", "المستقبل المنظور"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶4
p.ent(p.find(4, "فايبر"), "ORG")          # فايبر استطاعت (the company)
p.ent(p.find(4, "200 مليون"), "CARDINAL")
p.ent(p.find(4, "السنتين"), "DATE")       # a duration of two years (decision 14)
p.ent(p.find(4, "أول"), "ORDINAL")
p.num(p.find(4, "200 مليون"), 200000000, "cardinal", counted=p.find(4, "مستخدم"))
p.num(p.find(4, "السنتين"), 2, "cardinal", counted=p.find(4, "السنتين"))
p.num(p.find(4, "أول"), 1, "ordinal", counted=p.find(4, "مرة"))
p.claim(p.between(4, "فايبر استطاعت", "لأول مرة"), claimant=A, kind="statistic", check_worthy=True)

p.write()
