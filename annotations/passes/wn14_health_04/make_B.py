"""Pass B (blind) of wn14_health_04, built from the raw text under guidelines 1.2."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

p = Pass("wn14_health_04", "B", agent="annotator b9 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, ins, bt = p.find, p.inside, p.between

# ---- 0 (title)
p.ent(f(0, "بنيامين نتنياهو"), "PERS")
p.claim(bt(0, "بنيامين نتنياهو", "فتق سري"), claimant="author", kind="event", check_worthy=True)

# ---- 1
occ = p.ent(f(1, "رئيس وزراء إسرائيل"), "OCC")
p.ent(ins(occ, "إسرائيل"), "GPE")
p.ent(f(1, "بنيامين نتنياهو"), "PERS")
tm = p.ent(f(1, "ليلة أمس السبت"), "TIME")
p.ent(ins(tm, "أمس السبت"), "DATE")
p.ent(f(1, "نتنياهو", 1), "PERS")
md = p.ent(f(1, "وزير الدفاع"), "OCC")
p.ent(ins(md, "الدفاع"), "ORG")
p.ent(f(1, "رئيس الوزراء"), "OCC")
p.ent(f(1, "الحكومة"), "ORG")
p.ent(f(1, "اليوم"), "DATE")
p.claim(bt(1, "أجري لرئيس وزراء", "فتق في السرة"), claimant="author", kind="event", check_worthy=True)
p.claim(f(1, "جرت العملية بنجاح"), claimant="author", kind="event", check_worthy=True)
p.claim(f(1, "يحتاج نتنياهو إلى فترة راحة بعدها"), claimant="author", kind="state", check_worthy=False)
p.claim(bt(1, "تم تكليف وزير الدفاع", "في هذه الأثناء"), claimant="author", kind="event", check_worthy=True)
p.claim(f(1, "ستؤجل جلسة الحكومة الأسبوعية"), claimant="author", kind="event", check_worthy=True)
p.claim(f(1, "كان من المفترض أن تجري اليوم"), claimant="author", kind="state", check_worthy=True)

# ---- 2
p.ent(f(2, "نتنياهو"), "PERS")
p.ent(f(2, "أمس"), "DATE")
p.ent(f(2, "مشفى هداسا"), "FAC")
p.ent(f(2, "القدس"), "GPE")
radio = p.ent(f(2, "إذاعة صوت إسرائيل"), "ORG")
p.ent(ins(radio, "إسرائيل"), "GPE")
t1 = p.ent(f(2, "صباح اليوم"), "TIME")
p.ent(ins(t1, "اليوم"), "DATE")
p.ent(f(2, "رئيس الوزراء"), "OCC")
p.ent(f(2, "المستشفى"), "FAC")
t2 = p.ent(f(2, "بعد ظهر اليوم"), "TIME")
p.ent(ins(t2, "اليوم"), "DATE")
p.claim(f(2, "كان قد شعر نتنياهو بألم حاد أمس"), claimant="author", kind="event", check_worthy=True)
p.claim(f(2, "نقل إلى مشفى هداسا في القدس"), claimant="author", kind="event", check_worthy=True)
p.claim(f(2, "شخص له فتق سري"), claimant="author", kind="event", check_worthy=True)
p.claim(f(2, "أجري له عمل جراحي"), claimant="author", kind="event", check_worthy=True)
cue2 = f(2, "حسب")
p.claim(f(2, "كانت الجراحة ناجحة"), claimant=radio, cue=cue2, kind="event", check_worthy=True)
p.claim(bt(2, "كان من المتوقع أن يخرج", "بعد ظهر اليوم"), claimant=radio, cue=cue2, kind="event",
        check_worthy=True)

# ---- 3
p.ent(f(3, "رئاسة الوزراء"), "ORG")
p.ent(f(3, "الأحد"), "DATE")
p.ent(f(3, "نتنياهو"), "PERS")
p.ent(f(3, "الأولى"), "ORDINAL")
p.ent(f(3, "الفلسطينيين"), "NORP")
md3 = p.ent(f(3, "وزير الدفاع"), "OCC")
p.ent(ins(md3, "الدفاع"), "ORG")
p.ent(f(3, "موشيه يعلون"), "PERS")
p.ent(f(3, "اللجنة الوزارية المكلفة بتقرير أمر السجناء"), "ORG")
p.num(f(3, "الأولى"), 1, "ordinal", counted=f(3, "الدفعة"))
p.claim(bt(3, "تأجل اجتماع رئاسة الوزراء", "حتى يتعافى نتنياهو"), claimant="author", kind="event",
        check_worthy=True)
p.claim(bt(3, "كان مقررا أن يناقش", "السجناء الفلسطينيين"), claimant="author", kind="state",
        check_worthy=True)
p.claim(bt(3, "تأجيل الاجتماع لن يؤثر", "سير العملية"), claimant="author", kind="causal", check_worthy=False)
p.claim(bt(3, "يرأس وزير الدفاع", "بتقرير أمر السجناء"), claimant="author", kind="state", check_worthy=True)

p.write()
