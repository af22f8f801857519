"""Pass A of wn14_health_01, corrected from the machine suggestion (guidelines 1.2)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_health_01"
p = Pass(DOC, "A", agent="annotator a9 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_health_01.json; built by make_A.py.",
         source="annotations/suggestions/wn14_health_01.json")
f, ent, num, claim = p.find, p.ent, p.num, p.claim

# ¶0 title
ent(f(0, "55"), "CARDINAL")
ent(f(0, "السعودية"), "GPE")
ent(f(0, "الآن"), "DATE")
n55a = num(f(0, "55"), 55, "cardinal", counted=f(0, "حالة"))
claim(p.between(0, "55 حالة وفاة", "حتى الآن"), "author", "statistic", True)

# ¶1
moh = ent(f(1, "وزارة الصحة السعودية"), "ORG")
ent(f(1, "السعودية"), "NORP")
ent(f(1, "يوم أمس"), "DATE")
ent(f(1, "المملكة"), "GPE")
ent(f(1, "الشرق الأوسط"), "LOC")
ent(f(1, "55"), "CARDINAL")
ent(f(1, "130"), "CARDINAL")
ent(f(1, "السعودية", 1), "GPE")
wiz = ent(f(1, "الوزارة"), "ORG")
ent(p.inside(f(1, "مواطن سعودي"), "سعودي"), "NORP")
ent(f(1, "السابعة والثلاثين"), "ORDINAL")
ent(f(1, "منطقة الرياض"), "GPE")
ent(f(1, "الرياض"), "GPE")
n55b = num(f(1, "55"), 55, "cardinal", counted=f(1, "حالة"))
n130 = num(f(1, "130"), 130, "cardinal", counted=f(1, "حالة", 1))
num(f(1, "السابعة والثلاثين"), 37, "ordinal")
claim(p.between(1, "ارتفاع عدد الوفيات", "في السعودية وحدها"), moh, "statistic", True, cue=f(1, "أعلنت"))
claim(f(1, "وفاة مواطن سعودي بالفيروس"), wiz, "event", True, cue=f(1, "أعلنت", 1))
claim(f(1, "يبلغ السابعة والثلاثين من العمر"), wiz, "state", True, cue=f(1, "أعلنت", 1))
claim(f(1, "يقيم في منطقة الرياض"), wiz, "state", True, cue=f(1, "أعلنت", 1))
p.rel("includes", n130, [n55b])
p.rel("equals", n55a, [n55b])

# ¶2
ent(f(2, "السعودية"), "GPE")
ent(f(2, "أول"), "ORDINAL")
ent(f(2, "أيلول / سبتمبر 2012"), "DATE")
ent(f(2, "أول", 1), "ORDINAL")
num(f(2, "أول"), 1, "ordinal", counted=f(2, "بؤرة"))
num(f(2, "2012"), 2012, "year")
num(f(2, "أول", 1), 1, "ordinal", counted=f(2, "ظهور"))
claim(f(2, "تعتبر السعودية أول بؤرة لفيروس كورونا"), "author", "state", True)
claim(p.between(2, "سجلت أكبر عدد", "أول ظهور للفيروس"), "author", "statistic", True)
claim(p.between(2, "أيلول / سبتمبر 2012", "أول ظهور للفيروس"), "author", "event", False)

# ¶3
moh3 = ent(f(3, "وزارة الصحة السعودية"), "ORG")
ent(f(3, "السعودية"), "NORP")
ent(f(3, "أول"), "ORDINAL")
ent(f(3, "محافظة جدة"), "GPE")
ent(f(3, "جدة"), "GPE")
ent(f(3, "الآن"), "DATE")
ent(f(3, "منظمة الصحة العالمية"), "ORG")
num(f(3, "أول"), 1, "ordinal", counted=f(3, "إصابة"))
claim(f(3, "اكتشاف أول إصابة حيوانية بالفيروس"), moh3, "event", True, cue=f(3, "أعلنت"))
claim(f(3, "إصابة جمل بالفيروس في محافظة جدة"), moh3, "event", True, cue=f(3, "كشفت"))
claim(p.between(3, "لم يتم حتى الآن", "إلى البشر"), "author", "state", True)
claim(p.between(3, "أنها النظرية", "منظمة الصحة العالمية"), "author", "state", True)

# ¶4
qa = ent(f(4, "قطر"), "GPE")
kw = ent(f(4, "الكويت"), "GPE")
ent(f(4, "خامس"), "ORDINAL")
ent(f(4, "خليجية"), "NORP")
num(f(4, "حالتي"), 2, "cardinal", counted=f(4, "حالتي"))
num(f(4, "خامس"), 5, "ordinal", counted=f(4, "دولة"))
claim(f(4, "حالة وفاة جديدة بالفيروس"), qa, "event", True, cue=f(4, "أعلنت"))
claim(f(4, "رصد حالتي إصابة بالفيروس"), kw, "statistic", True, cue=f(4, "أعلنت", 1))
claim(p.between(4, "يجعلها خامس دولة", "داخل حدودها"), "author", "statistic", True)

p.write()
