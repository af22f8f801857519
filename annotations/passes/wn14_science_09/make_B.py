"""Pass B of wn14_science_09 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_09"
p = Pass(DOC, "B", agent="annotator b12 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
A = "author"

# ---- paragraph 0 (title)
p.ent(p.find(0, "سامسونج"), "ORG")
p.ent(p.find(0, "جالكسي إس 4"), "PRODUCT")
p.claim(p.between(0, "سامسونج تعلن", "جالكسي إس 4"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 1
p.ent(p.find(1, "سامسونج"), "ORG")
p.ent(p.find(1, "أمس الخميس"), "DATE")
p.ent(p.find(1, "نيويورك"), "GPE")
p.ent(p.find(1, "جالكسي إس 4"), "PRODUCT")
p.claim(p.between(1, "قدمت شركة سامسونج", "جالكسي إس 4"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(1, "حفل تم بثه", "في نيويورك"), claimant=A, kind="event", check_worthy=False)
occ = p.ent(p.between(1, "رئيس قسم الهواتف", "في الشركة"), "OCC")
p.ent(p.inside(occ, "الشركة"), "ORG")
shin = p.ent(p.find(1, "شين جي كاي"), "PERS")
said = p.find(1, "قال")
p.claim(p.between(1, "الجهاز الجديد أصغر", "الهواتف السابقة"), claimant=shin, cue=said, kind="state",
        check_worthy=True)
p.num(p.find(1, "رباعي"), 4, "cardinal", counted=p.find(1, "النوى"))
p.num(p.find(1, "ثماني"), 8, "cardinal", counted=p.find(1, "النوى"))
p.claim(p.between(1, "هو مزود بشاشة", "ثماني النوى"), claimant=shin, cue=said, kind="state", check_worthy=True)

# ---- paragraph 2
p.ent(p.find(2, "الوقت الحاضر"), "DATE")
q = p.ent(p.find(2, "1.8 غيغاهرتز"), "QUANTITY")
p.ent(p.inside(q, "غيغاهرتز"), "UNIT")
p.num(p.find(2, "1.8"), 1.8, "quantity", counted=p.find(2, "غيغاهرتز"))
q = p.ent(p.find(2, "5 بوصة"), "QUANTITY")
p.ent(p.inside(q, "بوصة"), "UNIT")
p.num(p.find(2, "5"), 5, "quantity", counted=p.find(2, "بوصة"))
p.ent(p.find(2, "1920"), "CARDINAL")
p.num(p.find(2, "1920"), 1920, "cardinal")
p.ent(p.find(2, "1080"), "CARDINAL")
p.num(p.find(2, "1080"), 1080, "cardinal")
p.claim(p.between(2, "الهاتف الجديد فيه", "اتجاه البصر إليها"), claimant=A, kind="state", check_worthy=True)
q = p.ent(p.find(2, "13 ميغابكسل"), "QUANTITY")
p.ent(p.inside(q, "ميغابكسل"), "UNIT")
p.num(p.find(2, "13"), 13, "quantity", counted=p.find(2, "ميغابكسل"))
p.ent(p.find(2, "360"), "CARDINAL")
p.num(p.find(2, "360"), 360, "cardinal")
p.claim(p.between(2, "يوجد في الجهاز", "بانوراما دائرية 360"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(2, "تستطيع تصوير", "بانوراما دائرية 360"), claimant=A, kind="state", check_worthy=True)

# ---- paragraph 3
p.ent(p.find(3, "أندرويد"), "PRODUCT")
p.claim(p.between(3, "يعمل الهاتف", "أندرويد"), claimant=A, kind="state", check_worthy=True)
p.ent(p.find(3, "تسع"), "CARDINAL")
p.num(p.find(3, "تسع"), 9, "cardinal", counted=p.find(3, "لغات", 0))
p.claim(p.between(3, "أضيف إليه برنامج", "تسع لغات"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(3, "يمكن أن يعمل", "اتصال بالإنترنت"), claimant=A, kind="state", check_worthy=True)
p.ent(p.find(3, "اللغة العربية"), "LANGUAGE")
p.claim(p.between(3, "اللغة العربية ليست", "لغات الترجمة"), claimant=A, kind="state", check_worthy=True)

# ---- paragraph 4
p.ent(p.find(4, "الربع الثاني من السنة الجارية"), "DATE")
p.num(p.find(4, "الثاني"), 2, "ordinal", counted=p.find(4, "الربع"))
p.ent(p.find(4, "155"), "CARDINAL")
p.num(p.find(4, "155"), 155, "cardinal", counted=p.find(4, "بلدا"))
p.claim(p.between(4, "من المخطط", "155 بلدا"), claimant=A, kind="event", check_worthy=True)
p.num(p.find(4, "الجيلين"), 2, "cardinal", counted=p.find(4, "الجيلين"))
p.ent(p.find(4, "الرابع"), "ORDINAL")
p.num(p.find(4, "الرابع"), 4, "ordinal", counted=p.find(4, "الجيلين"))
p.ent(p.find(4, "الثالث"), "ORDINAL")
p.num(p.find(4, "الثالث"), 3, "ordinal", counted=p.find(4, "الجيلين"))
p.claim(p.between(4, "هو يعمل على", "الرابع والثالث"), claimant=A, kind="state", check_worthy=True)
p.num(p.find(4, "لونين"), 2, "cardinal", counted=p.find(4, "لونين"))
p.claim(p.between(4, "سوف يتاح", "الأبيض والأسود"), claimant=A, kind="state", check_worthy=True)

# ---- paragraph 5
p.ent(p.find(5, "سامسونج"), "ORG")
p.claim(p.between(5, "سامسونج أكبر منتج", "في العالم"), claimant=A, kind="state", check_worthy=True)
p.ent(p.find(5, "30%"), "PERCENT")
p.num(p.find(5, "30"), 30, "percent", qualifier="more_than", qualifier_span=p.find(5, "تجاوزت"))
p.ent(p.find(5, "السنة الفائتة"), "DATE")
p.claim(p.between(5, "تجاوزت حصتها", "السنة الفائتة"), claimant=A, kind="statistic", check_worthy=True)
p.claim(p.between(5, "هي من أكبر", "بشكل عام"), claimant=A, kind="state", check_worthy=True)
p.ent(p.find(5, "نوكيا"), "ORG")
p.claim(p.find(5, "تفوقها على نوكيا"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(5, "حافظت على الريادة", "لسنوات طويلة"), claimant=A, kind="state", check_worthy=False)

p.write()
