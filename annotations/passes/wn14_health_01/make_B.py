"""Pass B (blind) of wn14_health_01, built from the raw text under guidelines 1.2."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

p = Pass("wn14_health_01", "B", agent="annotator b9 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, ins, bt = p.find, p.inside, p.between

# ---- 0 (title)
p.ent(f(0, "55"), "CARDINAL")
p.ent(f(0, "السعودية"), "GPE")
p.ent(f(0, "الآن"), "DATE")
n55t = p.num(f(0, "55"), 55, "cardinal", counted=f(0, "حالة"))
p.claim(bt(0, "55", "الآن"), claimant="author", kind="statistic", check_worthy=True)

# ---- 1
moh1 = p.ent(f(1, "وزارة الصحة السعودية"), "ORG")
p.ent(ins(moh1, "السعودية"), "NORP")
p.ent(f(1, "يوم أمس"), "DATE")
p.ent(f(1, "المملكة"), "GPE")
p.ent(f(1, "الشرق الأوسط"), "LOC")
p.ent(f(1, "55"), "CARDINAL")
p.ent(f(1, "130"), "CARDINAL")
p.ent(f(1, "السعودية", 1), "GPE")
moh1b = p.ent(f(1, "الوزارة"), "ORG")
p.ent(ins(f(1, "مواطن سعودي"), "سعودي"), "NORP")
p.ent(f(1, "السابعة والثلاثين"), "ORDINAL")
p.ent(f(1, "الرياض"), "GPE")
n55 = p.num(f(1, "55"), 55, "cardinal", counted=f(1, "حالة"))
n130 = p.num(f(1, "130"), 130, "cardinal", counted=f(1, "حالة", 1))
p.num(f(1, "السابعة والثلاثين"), 37, "ordinal")
p.claim(bt(1, "ارتفاع عدد الوفيات", "في السعودية وحدها"), claimant=moh1, cue=f(1, "أعلنت"),
        kind="statistic", check_worthy=True)
p.claim(bt(1, "فيروس كورونا أو", "الشرق الأوسط التنفسية"), claimant="author",
        kind="state", check_worthy=False)
p.claim(f(1, "وفاة مواطن سعودي بالفيروس"), claimant=moh1b, cue=f(1, "أعلنت", 1),
        kind="event", check_worthy=True)
p.claim(f(1, "يبلغ السابعة والثلاثين من العمر"), claimant=moh1b, cue=f(1, "أعلنت", 1),
        kind="state", check_worthy=True)
p.claim(f(1, "يقيم في منطقة الرياض"), claimant=moh1b, cue=f(1, "أعلنت", 1),
        kind="state", check_worthy=True)
p.rel("equals", n55t, [n55])
p.rel("includes", n130, [n55])

# ---- 2
p.ent(f(2, "السعودية"), "GPE")
p.ent(f(2, "أول"), "ORDINAL")
p.ent(f(2, "أيلول / سبتمبر 2012"), "DATE")
p.ent(f(2, "أول", 1), "ORDINAL")
p.num(f(2, "أول"), 1, "ordinal", counted=f(2, "بؤرة"))
p.num(f(2, "2012"), 2012, "year")
p.num(f(2, "أول", 1), 1, "ordinal", counted=f(2, "ظهور"))
p.claim(bt(2, "تعتبر السعودية", "لفيروس كورونا"), claimant="author", kind="state", check_worthy=True)
p.claim(bt(2, "سجلت أكبر عدد", "ظهور للفيروس"), claimant="author", kind="statistic", check_worthy=True)
p.claim(bt(2, "أيلول / سبتمبر", "ظهور للفيروس"), claimant="author", kind="state", check_worthy=False)

# ---- 3
moh3 = p.ent(f(3, "وزارة الصحة السعودية"), "ORG")
p.ent(ins(moh3, "السعودية"), "NORP")
p.ent(f(3, "أول"), "ORDINAL")
p.ent(f(3, "جدة"), "GPE")
p.ent(f(3, "الآن"), "DATE")
p.ent(f(3, "منظمة الصحة العالمية"), "ORG")
p.num(f(3, "أول"), 1, "ordinal", counted=f(3, "إصابة"))
p.claim(f(3, "اكتشاف أول إصابة حيوانية بالفيروس"), claimant=moh3, cue=f(3, "أعلنت"),
        kind="event", check_worthy=True)
p.claim(f(3, "إصابة جمل بالفيروس في محافظة جدة"), claimant=moh3, cue=f(3, "كشفت"),
        kind="event", check_worthy=True)
p.claim(bt(3, "لم يتم حتى الآن", "إلى البشر"), claimant="author", kind="state", check_worthy=True)
p.claim(bt(3, "أنها النظرية", "منظمة الصحة العالمية"), claimant="author", kind="state", check_worthy=True)

# ---- 4
qa = p.ent(f(4, "قطر"), "GPE")
kw = p.ent(f(4, "الكويت"), "GPE")
p.ent(f(4, "خامس"), "ORDINAL")
p.ent(f(4, "خليجية"), "NORP")
p.num(f(4, "حالتي"), 2, "cardinal", counted=f(4, "حالتي"))
p.num(f(4, "خامس"), 5, "ordinal", counted=f(4, "دولة"))
p.claim(f(4, "حالة وفاة جديدة بالفيروس"), claimant=qa, cue=f(4, "أعلنت"), kind="event", check_worthy=True)
p.claim(f(4, "رصد حالتي إصابة بالفيروس"), claimant=kw, cue=f(4, "أعلنت", 1), kind="statistic",
        check_worthy=True)
p.claim(bt(4, "يجعلها خامس دولة خليجية", "داخل حدودها"), claimant="author", kind="statistic",
        check_worthy=True)

p.write()
