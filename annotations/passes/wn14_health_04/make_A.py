"""Pass A of wn14_health_04, corrected from the machine suggestion (guidelines 1.2)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_health_04"
p = Pass(DOC, "A", agent="annotator a9 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_health_04.json; built by make_A.py.",
         source="annotations/suggestions/wn14_health_04.json")
f, ent, num, claim, ins, btw = p.find, p.ent, p.num, p.claim, p.inside, p.between

# ¶0
ent(f(0, "بنيامين نتنياهو"), "PERS")
claim(btw(0, "بنيامين نتنياهو", "فتق سري"), "author", "event", True)

# ¶1
o = ent(f(1, "رئيس وزراء إسرائيل"), "OCC")
ent(ins(o, "إسرائيل"), "GPE")
ent(f(1, "بنيامين نتنياهو"), "PERS")
t = ent(f(1, "ليلة أمس السبت"), "TIME")
ent(ins(t, "أمس السبت"), "DATE")
ent(f(1, "نتنياهو", 1), "PERS")
d = ent(f(1, "وزير الدفاع"), "OCC")
ent(ins(d, "الدفاع"), "ORG")
ent(f(1, "رئيس الوزراء"), "OCC")
ent(f(1, "الحكومة"), "ORG")
ent(f(1, "اليوم"), "DATE")
claim(btw(1, "أجري لرئيس", "فتق في السرة"), "author", "event", True)
claim(f(1, "جرت العملية بنجاح"), "author", "event", True)
claim(btw(1, "يحتاج نتنياهو", "راحة بعدها"), "author", "state", False)
claim(btw(1, "تم تكليف وزير الدفاع", "في هذه الأثناء"), "author", "event", True)
claim(btw(1, "ستؤجل جلسة", "تجري اليوم"), "author", "event", True)
claim(btw(1, "جلسة الحكومة", "تجري اليوم"), "author", "state", True)

# ¶2
ent(f(2, "نتنياهو"), "PERS")
ent(f(2, "أمس"), "DATE")
ent(f(2, "مشفى هداسا"), "FAC")
ent(f(2, "القدس"), "GPE")
radio = ent(f(2, "إذاعة صوت إسرائيل"), "ORG")
ent(ins(radio, "إسرائيل"), "GPE")
t2 = ent(f(2, "صباح اليوم"), "TIME")
ent(ins(t2, "اليوم"), "DATE")
ent(f(2, "رئيس الوزراء"), "OCC")
ent(f(2, "المستشفى"), "FAC")
t3 = ent(f(2, "بعد ظهر اليوم"), "TIME")
ent(ins(t3, "اليوم"), "DATE")
claim(btw(2, "شعر نتنياهو", "حاد أمس"), "author", "event", True)
claim(btw(2, "نقل إلى مشفى", "في القدس"), "author", "event", True)
claim(f(2, "شخص له فتق سري"), "author", "event", True)
claim(f(2, "أجري له عمل جراحي"), "author", "event", True)
cue2 = f(2, "حسب")
claim(f(2, "كانت الجراحة ناجحة"), radio, "event", True, cue=cue2)
claim(btw(2, "من المتوقع أن يخرج", "بعد ظهر اليوم"), radio, "event", True, cue=cue2)

# ¶3
ent(f(3, "رئاسة الوزراء"), "ORG")
ent(f(3, "الأحد"), "DATE")
ent(f(3, "نتنياهو"), "PERS")
ent(f(3, "الأولى"), "ORDINAL")
ent(f(3, "الفلسطينيين"), "NORP")
d3 = ent(f(3, "وزير الدفاع"), "OCC")
ent(ins(d3, "الدفاع"), "ORG")
ent(f(3, "موشيه يعلون"), "PERS")
ent(f(3, "اللجنة الوزارية"), "ORG")
num(f(3, "الأولى"), 1, "ordinal", counted=f(3, "الدفعة"))
claim(btw(3, "تأجل اجتماع", "يتعافى نتنياهو"), "author", "event", True)
claim(btw(3, "كان مقررا", "السجناء الفلسطينيين"), "author", "state", True)
claim(btw(3, "تأجيل الاجتماع لن", "سير العملية"), "author", "causal", False)
claim(btw(3, "يرأس وزير الدفاع", "أمر السجناء"), "author", "state", True)

p.write()
