"""Pass A of wn14_sports_03 (annotator a5), corrected from the machine suggestion; offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_03"
p = Pass(DOC, "A", agent="annotator a5 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_sports_03.json; built by make_A.py.",
         source="annotations/suggestions/wn14_sports_03.json")

# ---- paragraph 0 (title): speaker and cue "يقول" (claims d.9)
pat0 = p.ent(p.find(0, "باتريسيو"), "PERS")
says0 = p.find(0, "يقول")
p.ent(p.find(0, "رونالدو"), "PERS")
p.ent(p.find(0, "الكرة الذهبية"), "EVENT")
p.claim(p.between(0, "رونالدو", "لاعب استثنائي"), claimant=pat0, cue=says0, kind="quote", check_worthy=False)
# "وسعيد ب..." is a feeling (claims d.10); the win it presupposes is an event claim
p.claim(p.between(0, "فوزه", "بالكرة الذهبية"), claimant=pat0, cue=says0, kind="event", check_worthy=True)

# ---- paragraph 1
occ = p.ent(p.find(1, "حارس مرمى المنتخب البرتغالي"), "OCC")
team = p.ent(p.inside(occ, "المنتخب البرتغالي"), "ORG")
p.ent(p.inside(team, "البرتغالي"), "NORP")
scp = p.ent(p.find(1, "سبورتينج لشبونة"), "ORG")
p.ent(p.inside(scp, "لشبونة"), "GPE")
p.ent(p.find(1, "كريستيانو رونالدو"), "PERS")
aw = p.ent(p.find(1, "جائزة الكرة الذهبية"), "EVENT")
p.ent(p.inside(aw, "الكرة الذهبية"), "EVENT")
p.ent(p.find(1, "عام 2013"), "DATE")
p.num(p.find(1, "2013"), 2013, "year")
p.ent(p.find(1, "كريستيانو", 1), "PERS")
# "... كانت خاصة جدا بالنسبة له" is a feeling (claims d.10); the win itself is an event claim
p.claim(p.between(1, "فوز كريستيانو", "لعام 2013"), claimant=occ, cue=p.find(1, "أكد"),
        kind="event", check_worthy=True)
p.claim(p.between(1, "كريستيانو لاعب", "استثنائي"), claimant=occ, cue=p.find(1, "مشيرا"),
        kind="quote", check_worthy=False)

# ---- paragraph 2
pat2 = p.ent(p.find(2, "باتريسيو"), "PERS")
said2 = p.find(2, "قال")
web = p.ent(p.find(2, "موقع سبورتينج لشبونة الرسمي"), "WEBSITE")
scp = p.ent(p.inside(web, "سبورتينج لشبونة"), "ORG")
p.ent(p.inside(scp, "لشبونة"), "GPE")
p.ent(p.find(2, "كريستيانو"), "PERS")
p.ent(p.find(2, "الكرة الذهبية"), "EVENT")
p.ent(p.find(2, "البرتغاليين"), "NORP")
p.ent(p.find(2, "كريستيانو", 1), "PERS")
# the question and "فرحة كبيرة ... لجميع البرتغاليين" (a feeling) are not claims
p.claim(p.between(2, "كانت مستحقة", "إلى ذلك"), claimant=pat2, cue=said2, kind="quote", check_worthy=False)

# ---- paragraph 3 (Patricio again, new cue "قال")
said3 = p.find(3, "قال")
p.ent(p.find(3, "رونالدو"), "PERS")
p.ent(p.find(3, "الكرة الذهبية"), "EVENT")
p.ent(p.find(3, "الإثنين الماضي"), "DATE")
p.ent(p.find(3, "كريستيانو"), "PERS")
p.claim(p.between(3, "رونالدو يفوز", "الإثنين الماضي"), claimant=pat2, cue=said3, kind="event", check_worthy=True)
p.claim(p.between(3, "كريستيانو لاعب", "متواضع ومذهل"), claimant=pat2, cue=said3, kind="quote", check_worthy=False)

# ---- paragraph 4
pat4 = p.ent(p.find(4, "باتريسيو"), "PERS")
cue4 = p.find(4, "اختتم")
p.ent(p.find(4, "كريستيانو رونالدو"), "PERS")
p.ent(p.find(4, "الكرة الذهبية"), "EVENT")
p.ent(p.find(4, "السنوات المقبلة"), "DATE")
scp = p.ent(p.find(4, "سبورتينج لشبونة"), "ORG")
p.ent(p.inside(scp, "لشبونة"), "GPE")
p.ent(p.find(4, "رونالدو", 1), "PERS")
p.ent(p.find(4, "لويس فيجو"), "PERS")
# congratulations, the wish and "يجب علينا أن نفخر" are not claims (claims d.10)
p.claim(p.between(4, "سبورتينج لشبونة", "كبير وعريق"), claimant=pat4, cue=cue4, kind="quote", check_worthy=False)
p.claim(p.between(4, "شكل لاعبين", "فيجو وغيرهم"), claimant=pat4, cue=cue4, kind="state", check_worthy=False)

p.write()
