"""Pass A of wn14_health_10 (annotator a10), corrected from the machine suggestion."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_health_10"
p = Pass(DOC, "A", agent="annotator a10 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_health_10.json; built by make_A.py.",
         source="annotations/suggestions/wn14_health_10.json")

# ¶0 title ("مصالح الصحة في مصر": Egypt's health authorities, uniquely identified)
p.ent(p.find(0, "مصالح الصحة"), "ORG")
p.ent(p.find(0, "مصر"), "GPE")
p.claim(p.between(0, "مصالح الصحة", "رؤوس الخنازير"), claimant="author", kind="event", check_worthy=True)

# ¶1
minister = p.ent(p.find(1, "وزير الصحة المصري"), "OCC")
p.ent(p.inside(minister, "الصحة"), "ORG")
p.ent(p.inside(minister, "المصري"), "NORP")
gabali = p.ent(p.find(1, "حاتم الجبالي"), "PERS")
gov = p.ent(p.find(1, "الحكومة المصرية"), "ORG")
p.ent(p.inside(gov, "المصرية"), "NORP")
p.ent(p.find(1, "مصر", 2), "GPE")   # "في مصر" (0 and 1 inside "المصري", "المصرية")
p.ent(p.find(1, "مصر", 3), "GPE")   # "إلى مصر"
announced = p.find(1, "أعلن")
p.claim(p.between(1, "الحكومة المصرية", "الخنازير إلى مصر"), claimant=gabali, cue=announced, kind="event",
        check_worthy=True)
p.claim(p.between(1, "تعاني بالأصل", "إنفلوانزا الطيور"), claimant=gabali, cue=announced, kind="state",
        check_worthy=False)

# ¶2
parl = p.ent(p.find(2, "مجلس الشعب المصري"), "ORG")
p.ent(p.inside(parl, "المصري"), "NORP")
p.ent(p.find(2, "الحكومة"), "ORG")
p.ent(p.find(2, "مصر", 1), "GPE")   # "في مصر" (0 inside "المصري")
mena = p.ent(p.find(2, "وكالة أنباء الشرق الأوسط المصرية"), "ORG")
p.ent(p.inside(mena, "الشرق الأوسط"), "LOC")
p.ent(p.inside(mena, "المصرية"), "NORP")
p.ent(p.inside(p.find(2, "للمجلس"), "مجلس"), "ORG")   # after the contracted "لل" (§0)
p.claim(p.between(2, "كان مجلس الشعب", "العامة في مصر"), claimant=mena, cue=p.find(2, "حسبما نقلت"),
        kind="event", check_worthy=True)

# ¶3
p.ent(p.find(3, "مصر"), "GPE")
p.ent(p.find(3, "مصر", 1), "GPE")
p.ent(p.find(3, "80 مليون"), "CARDINAL")
nile = p.ent(p.find(3, "وادي النيل"), "LOC")
p.ent(p.inside(nile, "النيل"), "LOC")
p.ent(p.find(3, "ملايين"), "CARDINAL")
p.ent(p.find(3, "القاهرة"), "GPE")
p.num(p.find(3, "80 مليون"), 80000000, "cardinal", counted=p.find(3, "نسمة"))
p.num(p.find(3, "ملايين"), 3000000, "cardinal", qualifier="at_least")
p.claim(p.between(3, "يخشى المعنيون", "العالية في مصر"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(3, "يقطن غالبية", "وادي النيل"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(3, "السكان البالغ", "مليون نسمة"), claimant="author", kind="statistic", check_worthy=False)
p.claim(p.between(3, "يقطن عدة ملايين", "العاصمة القاهرة"), claimant="author", kind="statistic",
        check_worthy=False)

# ¶4 (a range with a shared scale word: 300 is 300 thousand)
p.ent(p.find(4, "مصر"), "GPE")
p.ent(p.find(4, "300"), "CARDINAL")
p.ent(p.find(4, "400 ألف"), "CARDINAL")
p.ent(p.find(4, "الأقباط"), "NORP")
p.ent(p.find(4, "القاهرة"), "GPE")
p.ent(p.find(4, "القبطية"), "NORP")
pigs = p.find(4, "الخنازير")
p.num(p.find(4, "300"), 300000, "cardinal", counted=pigs,
      value_override="range 'ما بين 300 إلى 400 ألف': the scale word ألف is shared, 300 = 300 thousand (§2 d9)")
p.num(p.find(4, "400 ألف"), 400000, "cardinal", counted=pigs)
p.claim(p.between(4, "تتراوح أعداد", "400 ألف"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(4, "يقوم بتربيتها", "الأقباط"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(4, "يمكن مشاهدة", "الغالبية القبطية"), claimant="author", kind="state", check_worthy=False)

p.write()
