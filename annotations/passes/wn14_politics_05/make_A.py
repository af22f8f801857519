#!/usr/bin/env python3
"""Pass A of wn14_politics_05 (Khabar): the machine suggestion reviewed and completed by annotator a3.

Every span is located by a short anchor (scripts/passkit.py computes the offsets)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_05"
p = Pass(DOC, "A", agent="annotator a3 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")


def eu(span):
    """ORG "الاتحاد الأوروبي" with its NORP."""
    o = p.ent(span, "ORG")
    p.ent(p.inside(o, "الأوروبي"), "NORP")
    return o


# ---- ¶0 title
eu(p.find(0, "الاتحاد الأوروبي"))
p.ent(p.find(0, "إيران"), "GPE")
p.claim(p.between(0, "الاتحاد الأوروبي", "على إيران"), claimant="author", kind="event", check_worthy=True)

# ---- ¶1
P = 1
p.ent(p.find(P, "اليوم الإثنين"), "DATE")
fabius = p.ent(p.find(P, "لوران فابيوس"), "PERS")
occ = p.ent(p.find(P, "وزير الخارجية الفرنسي"), "OCC")
p.ent(p.inside(occ, "الخارجية"), "ORG")
p.ent(p.inside(occ, "الفرنسي"), "NORP")
radio = p.ent(p.find(P, "إذاعة أوروبا - 1"), "ORG")  # after the proclitic ل; "1" is part of the name
p.ent(p.inside(radio, "أوروبا"), "LOC")
eu(p.find(P, "الاتحاد الأوروبي"))
p.ent(p.find(P, "الأوروبية"), "NORP")
p.ent(p.find(P, "إيران"), "GPE")
p.ent(p.find(P, "كانون الأول / ديسمبر المقبل"), "DATE")
p.ent(p.find(P, "إيران", 1), "GPE")
p5 = p.ent(p.find(P, "مجموعة الدول 5 + 1"), "ORG")  # numerals inside the name: no number
p.ent(p.find(P, "الولايات المتحدة"), "GPE")
p.ent(p.find(P, "بريطانيا"), "GPE")
p.ent(p.find(P, "فرنسا"), "GPE")
p.ent(p.find(P, "روسيا"), "GPE")
p.ent(p.find(P, "الصين"), "GPE")
p.ent(p.find(P, "ألمانيا"), "GPE")
p.ent(p.find(P, "إيران", 2), "GPE")
announced = p.find(P, "أعلن")
p.claim(p.between(P, "الاتحاد الأوروبي سيقوم", "كجزء من الاتفاقية"), claimant=fabius, cue=announced,
        kind="event", check_worthy=True)
p.claim(p.between(P, "أبرمتها إيران", "5 + 1"), claimant=fabius, cue=announced, kind="event",
        check_worthy=True)
p.claim(p.between(P, "المكونة من", "الصين وألمانيا"), claimant="author", kind="state", check_worthy=False)
said1 = p.find(P, "قال")
p.claim(p.between(P, "إيران ملتزمة", "أسلحة نووية"), claimant=fabius, cue=said1, kind="state",
        check_worthy=True)
p.claim(p.find(P, "هذا أمر واضح كل الوضوح"), claimant=fabius, cue=said1, kind="quote", check_worthy=False)

# ---- ¶2 (Fabius continues: claimant the ¶1 mention, each clause with its own cue)
P = 2
eu(p.find(P, "الاتحاد الأوروبي"))
p.ent(p.find(P, "الولايات المتحدة"), "GPE")
p.ent(p.find(P, "إيران"), "GPE")
p.claim(p.between(P, "سيتم عقد", "خلال أسابيع"), claimant=fabius, cue=p.find(P, "أكد"), kind="event",
        check_worthy=False)
p.claim(p.between(P, "رفع العقوبات", "وقابلا للتراجع"), claimant=fabius, cue=p.find(P, "قال"), kind="state",
        check_worthy=False)
said3 = p.find(P, "قال", 1)
p.claim(p.between(P, "لا تزال هناك", "تحتاج إلى تسوية"), claimant=fabius, cue=said3, kind="state",
        check_worthy=False)
p.claim(p.between(P, "لم يتم التوصل", "نهائية"), claimant=fabius, cue=said3, kind="state", check_worthy=True)
p.claim(p.find(P, "تفرضها على إيران"), claimant=fabius, cue=p.find(P, "لمح"), kind="state",
        check_worthy=False)

# ---- ¶3
P = 3
minister = p.ent(p.find(P, "الوزير الفرنسي"), "OCC")
p.ent(p.inside(minister, "الفرنسي"), "NORP")
p.ent(p.find(P, "إسرائيل"), "GPE")
p.ent(p.find(P, "إيران"), "GPE")
said = p.find(P, "قال")
p.claim(p.find(P, "في هذه المرحلة لا"), claimant=minister, cue=said, kind="state", check_worthy=False)
p.claim(p.find(P, "لا أحد سيتفهم ذلك"), claimant=minister, cue=said, kind="quote", check_worthy=False)

# ---- ¶4
P = 4
p.ent(p.find(P, "السعودية"), "GPE")
law = p.ent(p.find(P, "اتفاقية جنيف"), "LAW")  # after the proclitic ب
p.ent(p.inside(law, "جنيف"), "GPE")
p.ent(p.find(P, "إيران"), "GPE")
gov = p.ent(p.find(P, "الحكومة السعودية"), "ORG")
p.ent(p.inside(gov, "السعودية"), "NORP")
first = p.find(P, "أولى")
p.ent(first, "ORDINAL")
p.num(first, 1, "ordinal", counted=p.find(P, "خطوة"))
p.ent(p.find(P, "الإيراني"), "NORP")
p.claim(p.between(P, "أبدت السعودية", "من التحفظ"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(P, "ترحيبها", "اتفاقية جنيف"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(P, "توصلت إليها", "القوى العظمى"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(P, "يمكن لهذه", "النوايا الحسنة"), claimant=gov, cue=p.find(P, "ورد"), kind="quote",
        check_worthy=False)

p.write()
