#!/usr/bin/env python3
"""Pass A of wn14_science_09 (Khabar, guidelines 1.2): the machine suggestion corrected and completed.

Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_09"
p = Pass(DOC, "A", agent="annotator a12 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_science_09.json; built by make_A.py.",
         source="annotations/suggestions/wn14_science_09.json")
A = "author"

# ---------------------------------------------------------------- ¶0 title
p.ent(p.find(0, "سامسونج"), "ORG")
p.ent(p.find(0, "جالكسي إس 4"), "PRODUCT")      # the 4 is part of the name (numbers decision 11)
p.claim(p.between(0, "سامسونج تعلن", "جالكسي إس 4"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶1
p.ent(p.find(1, "سامسونج"), "ORG")              # "شركة" outside (decision 18)
p.ent(p.find(1, "أمس الخميس"), "DATE")
p.ent(p.find(1, "نيويورك"), "GPE")
p.ent(p.find(1, "جالكسي إس 4"), "PRODUCT")
occ = p.ent(p.find(1, "رئيس قسم الهواتف النقالة في الشركة"), "OCC")
p.ent(p.inside(occ, "قسم الهواتف النقالة"), "ORG")
shin = p.ent(p.find(1, "شين جي كاي"), "PERS")
# "رباعي" is a numeric adjective, not a cardinal word: numbers layer only (entities decision 9)
p.num(p.find(1, "رباعي"), 4, "cardinal", counted=p.find(1, "النوى"))
p.ent(p.find(1, "ثماني"), "CARDINAL")
p.num(p.find(1, "ثماني"), 8, "cardinal", counted=p.find(1, "النوى"))
p.claim(p.between(1, "قدمت شركة سامسونج", "جالكسي إس 4"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(1, "تم بثه", "في نيويورك"), claimant=A, kind="event", check_worthy=False)
cue = p.find(1, "قال")
p.claim(p.between(1, "الجهاز الجديد", "الهواتف السابقة"), claimant=shin, cue=cue, kind="state",
        check_worthy=True)
p.claim(p.between(1, "هو مزود بشاشة", "ثماني النوى"), claimant=shin, cue=cue, kind="state",
        check_worthy=True)

# ---------------------------------------------------------------- ¶2
p.ent(p.find(2, "الوقت الحاضر"), "DATE")
q = p.ent(p.find(2, "1.8 غيغاهرتز"), "QUANTITY")
p.ent(p.inside(q, "غيغاهرتز"), "UNIT")
p.num(p.find(2, "1.8"), 1.8, "quantity", counted=p.find(2, "غيغاهرتز"))
q = p.ent(p.find(2, "5 بوصة"), "QUANTITY")
p.ent(p.inside(q, "بوصة"), "UNIT")
p.num(p.find(2, "5"), 5, "quantity", counted=p.find(2, "بوصة"))
p.ent(p.find(2, "1920"), "CARDINAL")                # a resolution in pixels, the unit unstated
p.num(p.find(2, "1920"), 1920, "cardinal")
p.ent(p.find(2, "1080"), "CARDINAL")
p.num(p.find(2, "1080"), 1080, "cardinal")
p.num(p.find(2, "العينين"), 2, "cardinal", counted=p.find(2, "العينين"))   # dual
q = p.ent(p.find(2, "13 ميغابكسل"), "QUANTITY")
p.ent(p.inside(q, "ميغابكسل"), "UNIT")
p.num(p.find(2, "13"), 13, "quantity", counted=p.find(2, "ميغابكسل"))
p.ent(p.find(2, "360"), "CARDINAL")                 # degrees, the unit unstated
p.num(p.find(2, "360"), 360, "cardinal")
p.claim(p.between(2, "الهاتف الجديد فيه", "عودة اتجاه البصر إليها"), claimant=A, kind="state",
        check_worthy=True)
p.claim(p.between(2, "أسرع معالج", "الوقت الحاضر"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(2, "يوجد في الجهاز", "13 ميغابكسل"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(2, "تستطيع تصوير", "دائرية 360"), claimant=A, kind="state", check_worthy=True)

# ---------------------------------------------------------------- ¶3
p.ent(p.find(3, "أندرويد"), "PRODUCT")
p.ent(p.find(3, "تسع"), "CARDINAL")
p.num(p.find(3, "تسع"), 9, "cardinal", counted=p.find(3, "لغات"))
p.ent(p.find(3, "اللغة العربية"), "LANGUAGE")
p.claim(p.between(3, "يعمل الهاتف", "تشغيل أندرويد"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(3, "أضيف إليه", "تسع لغات"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(3, "يمكن أن يعمل", "اتصال بالإنترنت"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(3, "اللغة العربية ليست", "لغات الترجمة"), claimant=A, kind="state", check_worthy=True)

# ---------------------------------------------------------------- ¶4
p.ent(p.find(4, "الربع الثاني من السنة الجارية"), "DATE")   # no ORDINAL nested (as decision 16)
p.num(p.find(4, "الثاني"), 2, "ordinal", counted=p.find(4, "الربع"))
p.ent(p.find(4, "155"), "CARDINAL")
p.num(p.find(4, "155"), 155, "cardinal", counted=p.find(4, "بلدا"))
p.num(p.find(4, "الجيلين"), 2, "cardinal", counted=p.find(4, "الجيلين"))   # dual
p.ent(p.find(4, "الرابع"), "ORDINAL")
p.num(p.find(4, "الرابع"), 4, "ordinal", counted=p.find(4, "الجيلين"))
p.ent(p.find(4, "الثالث"), "ORDINAL")
p.num(p.find(4, "الثالث"), 3, "ordinal", counted=p.find(4, "الجيلين"))
p.num(p.find(4, "لونين"), 2, "cardinal", counted=p.find(4, "لونين"))      # بلونين: dual
# plans stated as facts with a date or a figure (claims decision 11)
p.claim(p.between(4, "من المخطط", "155 بلدا"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(4, "هو يعمل", "الرابع والثالث"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(4, "سوف يتاح", "الأبيض والأسود"), claimant=A, kind="state", check_worthy=True)

# ---------------------------------------------------------------- ¶5
p.ent(p.find(5, "سامسونج"), "ORG")
p.ent(p.find(5, "30%"), "PERCENT")
p.num(p.find(5, "30"), 30, "percent", qualifier="more_than", qualifier_span=p.find(5, "تجاوزت"))
p.ent(p.find(5, "السنة الفائتة"), "DATE")
p.ent(p.find(5, "نوكيا"), "ORG")
p.claim(p.between(5, "سامسونج أكبر", "في العالم"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(5, "تجاوزت حصتها", "السنة الفائتة"), claimant=A, kind="statistic", check_worthy=True)
p.claim(p.between(5, "هي من أكبر", "بشكل عام"), claimant=A, kind="state", check_worthy=True)
p.claim(p.find(5, "تفوقها على نوكيا"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(5, "حافظت على الريادة", "لسنوات طويلة"), claimant=A, kind="state", check_worthy=False)

p.write()
