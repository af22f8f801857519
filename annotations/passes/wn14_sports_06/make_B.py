"""Pass B of wn14_sports_06 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_06"
p = Pass(DOC, "B", agent="annotator b6 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
A = "author"

# ---------------------------------------------------------------- paragraph 0 (title)
p.ent(p.find(0, "إشبيلية"), "ORG")
p.ent(p.find(0, "الأسباني"), "NORP")
ev = p.ent(p.find(0, "دوري الأوروبي"), "EVENT")          # after the contracted "لل"
p.ent(p.inside(ev, "الأوروبي"), "NORP")
p.claim(p.between(0, "إشبيلية", "الأوروبي"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 1
p.ent(p.find(1, "إشبيلية"), "ORG")
p.ent(p.find(1, "الأسباني"), "NORP")
ev = p.ent(p.find(1, "الدوري الأوروبي"), "EVENT")
p.ent(p.inside(ev, "الأوروبي"), "NORP")
p.ent(p.find(1, "الثالثة"), "ORDINAL")
p.num(p.find(1, "الثالثة"), 3, "ordinal")                  # "للمرة": counted noun not spannable
p.ent(p.find(1, "بنفيكا"), "ORG")
p.ent(p.find(1, "البرتغالي"), "NORP")
fac = p.ent(p.find(1, "ملعب نادي اليوفنتوس"), "FAC")
p.ent(p.inside(fac, "نادي اليوفنتوس"), "ORG")
p.ent(p.find(1, "تورينو"), "GPE")
p.ent(p.find(1, "الإيطالية"), "NORP")
p.claim(p.between(1, "توج فريق", "في تاريخه"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(1, "الفوز على", "بركلات الترجيح"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(1, "جمعت بينهما", "تورينو الإيطالية"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 2
p.ent(p.find(2, "بنفيكا"), "ORG")
p.ent(p.find(2, "إشبيلية"), "ORG")
p.num(p.find(2, "الجانبين"), 2, "cardinal", counted=p.find(2, "الجانبين"))
p.claim(p.between(2, "فريق بنفيكا", "خلال المباراة"), claimant=A, kind="state", check_worthy=False)
p.claim(p.between(2, "أضاع لاعبوه", "من الفرص"), claimant=A, kind="event", check_worthy=False)
p.claim(p.between(2, "نجح إشبيلية", "الهجمات المرتدة"), claimant=A, kind="state", check_worthy=False)

# sentence 2: the penalties refused
p.num(p.find(2, "ركلتي"), 2, "cardinal", qualifier="at_least", qualifier_span=p.find(2, "على الأقل"),
      counted=p.find(2, "ركلتي"))
p.ent(p.find(2, "بنفيكا", 1), "ORG")
p.ent(p.find(2, "الأول"), "ORDINAL")
p.num(p.find(2, "الأول"), 1, "ordinal", counted=p.find(2, "شوط"))
p.ent(p.find(2, "المدير الفني للفريق"), "OCC")
p.ent(p.find(2, "خورخي خيسوس"), "PERS")
p.claim(p.between(2, "رفض الحكم", "المباراة الأول"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "أثار احتجاج", "خورخي خيسوس"), claimant=A, kind="causal", check_worthy=True)

# sentence 3: extra time and shoot-out
p.num(p.find(2, "الفريقان"), 2, "cardinal", counted=p.find(2, "الفريقان"))
p.num(p.find(2, "شوطين"), 2, "cardinal", counted=p.find(2, "شوطين"))
p.ent(p.find(2, "4"), "CARDINAL")
p.num(p.find(2, "4"), 4, "cardinal")
p.ent(p.find(2, "2"), "CARDINAL")
p.num(p.find(2, "2"), 2, "cardinal")
p.ent(p.find(2, "إشبيلية", 1), "ORG")
p.claim(p.between(2, "انتهى الوقت", "بالتعادل السلبي"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "لعب الفريقان", "شوطين إضافيين"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "لم ينجح أي", "المباراة خلالهما"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "يحتكما", "ركلات الترجيح"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "انتهت 4", "لصالح إشبيلية"), claimant=A, kind="event", check_worthy=True)

# sentence 4: the missed kicks
p.num(p.find(2, "نجما"), 2, "cardinal", counted=p.find(2, "نجما"))
fb = p.ent(p.find(2, "الفريق البرتغالي"), "ORG")
p.ent(p.inside(fb, "البرتغالي"), "NORP")
p.ent(p.find(2, "كاردوسو"), "PERS")
p.ent(p.find(2, "رودريغو"), "PERS")
p.num(p.find(2, "ركلتين"), 2, "cardinal", counted=p.find(2, "ركلتين"))
p.ent(p.find(2, "إشبيلية", 2), "ORG")
p.ent(p.find(2, "الخامسة"), "ORDINAL")
p.num(p.find(2, "الخامسة"), 5, "ordinal", counted=p.find(2, "الركلة"))
p.num(p.find(2, "فريقين"), 2, "cardinal", counted=p.find(2, "فريقين"))   # "للفريقين", after "لل"
p.claim(p.between(2, "أضاع نجما", "ركلتين"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "نجح لاعبو", "كل الركلات"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(2, "تنتهي المباراة", "للفريقين"), claimant=A, kind="event", check_worthy=True)

p.write()
