"""Pass B of wn14_art_08 (blind: guidelines 1.2 and the raw text only). Offsets computed by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_08"
p = Pass(DOC, "B", agent="annotator b14 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, ent, num = p.find, p.ent, p.num

# ---------------------------------------------------------------- P0 (title)
ent(f(0, "روبن غيب"), "PERS")
occ = ent(f(0, "مغني فرقة بي جيز"), "OCC")
ent(p.inside(occ, "بي جيز"), "ORG")     # the band's name; the head noun "فرقة" outside
p.claim(f(0, "وفاة روبن غيب مغني فرقة بي جيز"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- P1
ent(f(1, "أمس الأحد"), "DATE")
ent(f(1, "روبن غيب", 0), "PERS")
brothers = f(1, "الإخوة")
ent(f(1, "واحد"), "CARDINAL")
one = num(f(1, "واحد"), 1, "cardinal", counted=brothers)
ent(f(1, "الثلاث"), "CARDINAL")
three = num(f(1, "الثلاث"), 3, "cardinal", counted=brothers)
p.rel("includes", three, [one])
ent(f(1, "بي جيز"), "ORG")
ent(f(1, "روبن غيب", 1), "PERS")
fac = ent(f(1, "مشفى تشيلسي"), "FAC")
ent(p.inside(fac, "تشيلسي"), "LOC")
ent(f(1, "لندن"), "GPE")
ent(f(1, "62 سنة"), "DATE")
num(f(1, "62"), 62, "cardinal", counted=f(1, "سنة"))
p.claim(p.between(1, "توفي أمس", "بي جيز الغنائية"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "روبن غيب واحد", "بي جيز الغنائية"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(1, "مات روبن", "مع المرض"), claimant="author", kind="causal", check_worthy=True)

# ---------------------------------------------------------------- P2
robin = ent(f(2, "روبن غيب"), "PERS")
ent(f(2, "السنة الماضية"), "DATE")
ent(f(2, "مارس 2012"), "DATE")
num(f(2, "2012"), 2012, "year")
p.claim(p.between(2, "أنه مصاب", "القولون والكبد"), claimant=robin, cue=f(2, "صرح"), kind="state",
        check_worthy=True)
p.claim(p.between(2, "عولج", "والعلاج الكيميائي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "بدا أن", "كانت ناجحة"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(2, "اضطر إلى", "مارس 2012"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "تدهور وضعه", "المخطط لها مسبقا"), claimant="author", kind="causal", check_worthy=True)

# ---------------------------------------------------------------- P3
ent(f(3, "أبريل الماضي"), "DATE")
ent(f(3, "روبن"), "PERS")
ent(f(3, "12 يوما"), "DATE")
num(f(3, "12"), 12, "cardinal", counted=f(3, "يوما"))
p.claim(p.between(3, "في أبريل", "في غيبوبة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(3, "كان يخشى", "بذات الرئة"), claimant="author", kind="causal", check_worthy=False)
p.claim(p.between(3, "بقي في غيبوبة", "12 يوما"), claimant="author", kind="statistic", check_worthy=True)
p.claim(f(3, "أفاق بعدها"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(3, "قضى شهرا", "حتى مات"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- P4
ent(f(4, "روبن غيب"), "PERS")
ent(f(4, "واحد"), "CARDINAL")
brothers = f(4, "إخوة")
one = num(f(4, "واحد"), 1, "cardinal", counted=brothers)
ent(f(4, "أربعة"), "CARDINAL")
four = num(f(4, "أربعة"), 4, "cardinal", counted=brothers)
p.rel("includes", four, [one])
ent(f(4, "باري"), "PERS")
ent(f(4, "آندي"), "PERS")
ent(f(4, "سنة 1988"), "DATE")
num(f(4, "1988"), 1988, "year")
ent(f(4, "الثلاثين"), "CARDINAL")
num(f(4, "الثلاثين"), 30, "cardinal")
ent(f(4, "موريس"), "PERS")
ent(f(4, "سنة 2003"), "DATE")
num(f(4, "2003"), 2003, "year")
p.claim(p.between(4, "روبن غيب", "أربعة إخوة"), claimant="author", kind="statistic", check_worthy=False)
p.claim(p.between(4, "لم يبق", "الأكبر، باري"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(4, "توفي أخوه", "سنة 1988"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(4, "هو في الثلاثين", "من عمره"), claimant="author", kind="statistic", check_worthy=False)
p.claim(p.between(4, "أخوه التوأم", "سنة 2003"), claimant="author", kind="event", check_worthy=False)

p.write()
