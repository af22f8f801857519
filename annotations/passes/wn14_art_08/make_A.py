"""Pass A of wn14_art_08 (annotator a14), corrected from the machine suggestion."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_08"
p = Pass(DOC, "A", agent="annotator a14 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_art_08.json; built by make_A.py.",
         source="annotations/suggestions/wn14_art_08.json")

# ---- ¶0 title
p.ent(p.find(0, "روبن غيب"), "PERS")
occ = p.ent(p.find(0, "مغني فرقة بي جيز"), "OCC")
p.ent(p.inside(occ, "بي جيز"), "ORG")          # "فرقة" outside, as "شركة فيسبوك" -> "فيسبوك"
p.claim(p.find(0, "وفاة روبن غيب مغني فرقة بي جيز"), claimant="author", kind="event", check_worthy=True)

# ---- ¶1
p.ent(p.find(1, "أمس الأحد"), "DATE")
p.ent(p.find(1, "روبن غيب", 0), "PERS")
p.ent(p.find(1, "واحد"), "CARDINAL")
one = p.num(p.find(1, "واحد"), 1, "cardinal", counted=p.find(1, "الإخوة"))
p.ent(p.find(1, "الثلاث"), "CARDINAL")
three = p.num(p.find(1, "الثلاث"), 3, "cardinal", counted=p.find(1, "الإخوة"))
p.rel("includes", three, [one])              # "واحد من الإخوة الثلاث"
p.ent(p.find(1, "بي جيز"), "ORG")
p.ent(p.find(1, "روبن غيب", 1), "PERS")
fac = p.ent(p.find(1, "مشفى تشيلسي"), "FAC")
p.ent(p.inside(fac, "تشيلسي"), "LOC")
p.ent(p.find(1, "لندن"), "GPE")
p.ent(p.find(1, "62 سنة"), "DATE")            # an age: a duration of years with a number (decision 14)
p.num(p.find(1, "62"), 62, "cardinal", counted=p.find(1, "سنة"))
p.claim(p.between(1, "توفي أمس الأحد", "بي جيز الغنائية"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "روبن غيب واحد", "بي جيز الغنائية"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(1, "مات روبن غيب", "بسرطان القولون"), claimant="author", kind="causal", check_worthy=True)
p.claim(p.find(1, "عمر 62 سنة"), claimant="author", kind="statistic", check_worthy=True)

# ---- ¶2
rg = p.ent(p.find(2, "روبن غيب"), "PERS")
p.ent(p.find(2, "السنة الماضية"), "DATE")
p.ent(p.find(2, "مارس 2012"), "DATE")
p.num(p.find(2, "2012"), 2012, "year")
p.claim(p.between(2, "أنه مصاب", "القولون والكبد"), claimant=rg, cue=p.find(2, "صرح"), kind="state",
        check_worthy=True)
p.claim(p.find(2, "عولج بالجراحة والعلاج الكيميائي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(2, "بدا أن المعالجة كانت ناجحة"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(2, "اضطر إلى إجراء", "مارس 2012"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "تدهور وضعه الصحي", "المخطط لها مسبقا"), claimant="author", kind="causal",
        check_worthy=True)

# ---- ¶3
p.ent(p.find(3, "أبريل الماضي"), "DATE")
p.ent(p.find(3, "روبن"), "PERS")
p.ent(p.find(3, "12 يوما"), "DATE")
p.num(p.find(3, "12"), 12, "cardinal", counted=p.find(3, "يوما"))
p.ent(p.find(3, "شهرا"), "DATE")              # "a month": a definite duration, singular noun
p.claim(p.between(3, "في أبريل الماضي", "في غيبوبة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(3, "كان يخشى أن", "بذات الرئة"), claimant="author", kind="causal", check_worthy=False)
p.claim(p.find(3, "بقي في غيبوبة مدة 12 يوما"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.find(3, "أفاق بعدها"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(3, "قضى شهرا يتواصل مع أهله حتى مات"), claimant="author", kind="event", check_worthy=True)

# ---- ¶4
p.ent(p.find(4, "روبن غيب"), "PERS")
p.ent(p.find(4, "واحد"), "CARDINAL")
one = p.num(p.find(4, "واحد"), 1, "cardinal", counted=p.find(4, "إخوة"))
p.ent(p.find(4, "أربعة"), "CARDINAL")
four = p.num(p.find(4, "أربعة"), 4, "cardinal", counted=p.find(4, "إخوة"))
p.rel("includes", four, [one])               # "واحد من أربعة إخوة"
p.ent(p.find(4, "باري"), "PERS")
p.ent(p.find(4, "آندي"), "PERS")
p.ent(p.find(4, "سنة 1988"), "DATE")
p.num(p.find(4, "1988"), 1988, "year")
p.ent(p.find(4, "الثلاثين"), "CARDINAL")
p.num(p.find(4, "الثلاثين"), 30, "cardinal")   # his age: "في الثلاثين من عمره" (aged thirty)
p.ent(p.find(4, "موريس"), "PERS")
p.ent(p.find(4, "سنة 2003"), "DATE")
p.num(p.find(4, "2003"), 2003, "year")
p.claim(p.find(4, "روبن غيب واحد من أربعة إخوة"), claimant="author", kind="statistic", check_worthy=False)
p.claim(p.between(4, "لم يبق منهم", "الأكبر، باري"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(4, "توفي أخوه الأصغر", "سنة 1988"), claimant="author", kind="event", check_worthy=False)
p.claim(p.find(4, "هو في الثلاثين من عمره"), claimant="author", kind="statistic", check_worthy=False)
p.claim(p.find(4, "أخوه التوأم موريس في سنة 2003"), claimant="author", kind="event", check_worthy=False)

p.write()
