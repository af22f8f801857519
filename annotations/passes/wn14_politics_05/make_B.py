"""Pass B of wn14_politics_05 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_05"
p = Pass(DOC, "B", agent="annotator b3 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)


def eu(par, nth=0):
    o = p.ent(p.find(par, "الاتحاد الأوروبي", nth), "ORG")
    p.ent(p.inside(o, "الأوروبي"), "NORP")
    return o


# ---- paragraph 0 (title)
eu(0)
p.ent(p.find(0, "إيران"), "GPE")
p.claim(p.between(0, "الاتحاد الأوروبي", "على إيران"), claimant="author", kind="event", check_worthy=True)

# ---- paragraph 1
p.ent(p.find(1, "اليوم الإثنين"), "DATE")
fabius = p.ent(p.find(1, "لوران فابيوس"), "PERS")
occ = p.ent(p.find(1, "وزير الخارجية الفرنسي"), "OCC")
p.ent(p.inside(occ, "الخارجية"), "ORG")
p.ent(p.inside(occ, "الفرنسي"), "NORP")
radio = p.ent(p.find(1, "إذاعة أوروبا - 1"), "ORG")        # "1" is inside a name: no number (§2 d.11)
p.ent(p.inside(radio, "أوروبا"), "LOC")
eu(1)
p.ent(p.find(1, "الأوروبية"), "NORP")
p.ent(p.find(1, "إيران"), "GPE")
p.ent(p.find(1, "كانون الأول / ديسمبر المقبل"), "DATE")
p.ent(p.find(1, "إيران", 1), "GPE")
p.ent(p.find(1, "مجموعة الدول 5 + 1"), "ORG")               # P5+1: no numbers inside the name
for g in ("الولايات المتحدة", "بريطانيا", "فرنسا", "روسيا", "الصين", "ألمانيا"):
    p.ent(p.find(1, g), "GPE")
p.ent(p.find(1, "إيران", 2), "GPE")
announced = p.find(1, "أعلن")
p.claim(p.between(1, "الاتحاد الأوروبي سيقوم", "مجموعة الدول 5 + 1"), claimant=fabius, cue=announced,
        kind="event", check_worthy=True)
p.claim(p.between(1, "أبرمتها إيران", "مجموعة الدول 5 + 1"), claimant=fabius, cue=announced,
        kind="event", check_worthy=True)
p.claim(p.between(1, "المكونة من", "الصين وألمانيا"), claimant="author", kind="state", check_worthy=False)
said = p.find(1, "قال")
p.claim(p.between(1, "إيران ملتزمة", "أسلحة نووية"), claimant=fabius, cue=said, kind="state",
        check_worthy=True)
p.claim(p.find(1, "هذا أمر واضح كل الوضوح"), claimant=fabius, cue=said, kind="quote", check_worthy=False)
# "لم يكشف عن المجالات ..." is a statement of ignorance, not a claim (claims §7)

# ---- paragraph 2: Fabius continues (claims §4), his mention of paragraph 1
eu(2)
p.ent(p.find(2, "الولايات المتحدة"), "GPE")
p.ent(p.find(2, "إيران"), "GPE")
p.claim(p.between(2, "سيتم عقد اجتماع", "خلال أسابيع"), claimant=fabius, cue=p.find(2, "أكد"), kind="event",
        check_worthy=False)
p.claim(p.between(2, "رفع العقوبات هذا", "وقابلا للتراجع"), claimant=fabius, cue=p.find(2, "قال"),
        kind="state", check_worthy=False)
said2 = p.find(2, "قال", 1)
p.claim(p.between(2, "طالما لا تزال", "تحتاج إلى تسوية"), claimant=fabius, cue=said2, kind="state",
        check_worthy=False)
p.claim(p.between(2, "لم يتم التوصل", "نهائية"), claimant=fabius, cue=said2, kind="state", check_worthy=True)
# "لمح إلى إمكانية ..." is a hedged possibility (claims §11): only its relative clause is a claim
p.claim(p.find(2, "تفرضها على إيران"), claimant="author", kind="state", check_worthy=False)

# ---- paragraph 3
minister = p.ent(p.find(3, "الوزير الفرنسي"), "OCC")
p.ent(p.inside(minister, "الفرنسي"), "NORP")
p.ent(p.find(3, "إسرائيل"), "GPE")
p.ent(p.find(3, "إيران"), "GPE")
p.claim(p.between(3, "في هذه المرحلة", "سيتفهم ذلك"), claimant=minister, cue=p.find(3, "قال"), kind="quote",
        check_worthy=False)

# ---- paragraph 4
p.ent(p.find(4, "السعودية"), "GPE")
law = p.ent(p.find(4, "اتفاقية جنيف"), "LAW")
p.ent(p.inside(law, "جنيف"), "GPE")
p.ent(p.find(4, "إيران"), "GPE")
gov = p.ent(p.find(4, "الحكومة السعودية"), "ORG")
p.ent(p.inside(gov, "السعودية"), "NORP")
p.ent(p.find(4, "أولى"), "ORDINAL")
p.num(p.find(4, "أولى"), 1, "ordinal", counted=p.find(4, "خطوة"))
p.ent(p.find(4, "الإيراني"), "NORP")
p.claim(p.between(4, "أبدت السعودية", "من التحفظ"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(4, "ترحيبها باتفاقية جنيف"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(4, "توصلت إليها إيران", "القوى العظمى"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.between(4, "يمكن لهذه الاتفاقية", "النوايا الحسنة"), claimant=gov, cue=p.find(4, "ورد"),
        kind="quote", check_worthy=False)

p.write()
