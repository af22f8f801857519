"""Pass B of wn14_sports_03 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_03"
p = Pass(DOC, "B", agent="annotator b5 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

# ---- paragraph 0 (title): speaker and cue (claims §9)
pat0 = p.ent(p.find(0, "باتريسيو"), "PERS")
p.ent(p.find(0, "رونالدو"), "PERS")
p.ent(p.find(0, "الكرة الذهبية"), "EVENT")
cue0 = p.find(0, "يقول")
p.claim(p.between(0, "رونالدو", "استثنائي"), claimant=pat0, cue=cue0, kind="quote", check_worthy=False)
p.claim(p.between(0, "فوزه", "الذهبية"), claimant=pat0, cue=cue0, kind="event", check_worthy=True)

# ---- paragraph 1
occ = p.ent(p.find(1, "حارس مرمى المنتخب البرتغالي"), "OCC")
team = p.ent(p.inside(occ, "المنتخب البرتغالي"), "ORG")
p.ent(p.inside(team, "البرتغالي"), "NORP")
sp1 = p.ent(p.find(1, "سبورتينج لشبونة"), "ORG")
p.ent(p.inside(sp1, "لشبونة"), "GPE")
p.ent(p.find(1, "كريستيانو رونالدو"), "PERS")
p.ent(p.find(1, "جائزة الكرة الذهبية"), "EVENT")
p.ent(p.find(1, "عام 2013"), "DATE")
p.num(p.find(1, "2013"), 2013, "year")
p.ent(p.find(1, "كريستيانو", 1), "PERS")
p.claim(p.between(1, "فوز كريستيانو", "2013"), claimant=occ, cue=p.find(1, "أكد"), kind="event", check_worthy=True)
p.claim(p.between(1, "كريستيانو لاعب", "استثنائي"), claimant=occ, cue=p.find(1, "مشيرا"), kind="quote",
        check_worthy=False)

# ---- paragraph 2
pat2 = p.ent(p.find(2, "باتريسيو"), "PERS")
web = p.ent(p.find(2, "موقع سبورتينج لشبونة الرسمي"), "WEBSITE")
sp2 = p.ent(p.inside(web, "سبورتينج لشبونة"), "ORG")
p.ent(p.inside(sp2, "لشبونة"), "GPE")
p.ent(p.find(2, "كريستيانو", 0), "PERS")
p.ent(p.find(2, "الكرة الذهبية"), "EVENT")
p.ent(p.find(2, "البرتغاليين"), "NORP")
p.ent(p.find(2, "كريستيانو", 1), "PERS")
cue2 = p.find(2, "قال")
p.claim(p.between(2, "كانت فرحة", "البرتغاليين"), claimant=pat2, cue=cue2, kind="quote", check_worthy=False)
p.claim(p.between(2, "كانت مستحقة", "مستحقة"), claimant=pat2, cue=cue2, kind="quote", check_worthy=False)
p.claim(p.between(2, "كريستيانو اجتهد", "عديدة"), claimant=pat2, cue=cue2, kind="quote", check_worthy=False)
p.claim(p.between(2, "عمل بكل", "إلى ذلك"), claimant=pat2, cue=cue2, kind="quote", check_worthy=False)

# ---- paragraph 3 (continuing speech of Patricio, new cue "قال")
cue3 = p.find(3, "قال")
p.ent(p.find(3, "رونالدو"), "PERS")
p.ent(p.find(3, "الكرة الذهبية"), "EVENT")
p.ent(p.find(3, "الإثنين الماضي"), "DATE")
p.ent(p.find(3, "كريستيانو"), "PERS")
p.claim(p.between(3, "رونالدو يفوز", "الإثنين الماضي"), claimant=pat2, cue=cue3, kind="event", check_worthy=True)
p.claim(p.between(3, "كريستيانو لاعب", "ومذهل"), claimant=pat2, cue=cue3, kind="quote", check_worthy=False)

# ---- paragraph 4
pat4 = p.ent(p.find(4, "باتريسيو"), "PERS")
cue4 = p.find(4, "قائلا")
p.ent(p.find(4, "كريستيانو رونالدو"), "PERS")
p.ent(p.find(4, "الكرة الذهبية"), "EVENT")
p.ent(p.find(4, "السنوات المقبلة"), "DATE")
sp4 = p.ent(p.find(4, "سبورتينج لشبونة"), "ORG")
p.ent(p.inside(sp4, "لشبونة"), "GPE")
p.ent(p.find(4, "رونالدو", 1), "PERS")
p.ent(p.find(4, "لويس فيجو"), "PERS")
p.claim(p.between(4, "سبورتينج لشبونة فريق", "وعريق"), claimant=pat4, cue=cue4, kind="quote", check_worthy=False)
p.claim(p.between(4, "شكل لاعبين", "وغيرهم"), claimant=pat4, cue=cue4, kind="state", check_worthy=False)

p.write()
