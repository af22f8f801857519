"""Pass B of wn14_politics_02 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_02"
p = Pass(DOC, "B", agent="annotator b3 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

# ---- paragraph 0 (title)
p.ent(p.find(0, "ستافان دي ميستورا"), "PERS")
p.ent(p.find(0, "إبراهيمي"), "PERS")                       # للإبراهيمي: span after "لل" (§0)
occ = p.ent(p.find(0, "مبعوث للأمم المتحدة لسوريا"), "OCC")
p.ent(p.inside(occ, "أمم المتحدة"), "ORG")
p.ent(p.inside(occ, "سوريا"), "GPE")
p.claim(p.between(0, "ستافان دي ميستورا", "المتحدة لسوريا"), claimant="author", kind="event",
        check_worthy=True)

# ---- paragraph 1
# S1: unnamed diplomats (not an entity): claimant author, cue "صرح"
p.ent(p.find(1, "الأربعاء"), "DATE")
occ = p.ent(p.find(1, "نائب وزير الخارجية الإيطالي السابق"), "OCC")
p.ent(p.inside(occ, "الخارجية"), "ORG")
p.ent(p.inside(occ, "الإيطالي"), "NORP")
p.ent(p.find(1, "ستافان دي ميستورا"), "PERS")
p.ent(p.find(1, "الأخضر الإبراهيمي"), "PERS")
occ = p.ent(p.find(1, "مبعوث للأمم المتحدة إلى سوريا"), "OCC")
p.ent(p.inside(occ, "أمم المتحدة"), "ORG")
p.ent(p.inside(occ, "سوريا"), "GPE")
p.claim(p.between(1, "نائب وزير الخارجية", "المتحدة إلى سوريا"), claimant="author", cue=p.find(1, "صرح"),
        kind="event", check_worthy=True)

# S2
p.ent(p.find(1, "مجلس الأمن الدولي"), "ORG")
p.ent(p.find(1, "الأمم المتحدة", 0), "ORG")
p.claim(p.between(1, "تم تأكيد هذا التعيين", "مجلس الأمن الدولي"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.between(1, "الأمم المتحدة لم تعلنه", "رسميا بعد"), claimant="author", kind="event",
        check_worthy=True)

# S3: an unnamed diplomat of the Council: claimant author, cue "قال"
said = p.find(1, "قال")
p.ent(p.find(1, "المجلس"), "ORG")                           # دبلوماسي في المجلس
p.ent(p.find(1, "دي ميستورا", 1), "PERS")
p.ent(p.find(1, "الأمم المتحدة", 1), "ORG")
p.ent(p.find(1, "الإبراهيمي", 1), "PERS")
occ = p.ent(p.between(1, "موفدا خاصا", "وجامعة الدول العربية"), "OCC")
p.ent(p.inside(occ, "أمم المتحدة"), "ORG")
arab = p.ent(p.inside(occ, "جامعة الدول العربية"), "ORG")
p.ent(p.inside(arab, "العربية"), "NORP")
p.ent(p.find(1, "عربي", 1), "NORP")                            # "مساعد عربي"
p.claim(p.find(1, "دي ميستورا سيمثل الأمم المتحدة"), claimant="author", cue=said, kind="event",
        check_worthy=True)
p.claim(p.between(1, "كان الإبراهيمي موفدا", "وجامعة الدول العربية"), claimant="author", cue=said,
        kind="state", check_worthy=False)
p.claim(p.between(1, "سيكون له", "مساعد عربي"), claimant="author", cue=said, kind="state",
        check_worthy=True)

# S4: an unnamed UN official: claimant author, cue "قال"
said2 = p.find(1, "قال", 1)
p.ent(p.find(1, "الأمم المتحدة", 2), "ORG")                 # مسؤول في الأمم المتحدة
occ = p.ent(p.find(1, "الأمين العام للأمم المتحدة"), "OCC")
p.ent(p.inside(occ, "أمم المتحدة"), "ORG")
p.ent(p.find(1, "بان كي مون"), "PERS")
p.claim(p.between(1, "الأمين العام للأمم المتحدة", "مهامه رسميا لاحقا"), claimant="author", cue=said2,
        kind="event", check_worthy=False)

# S5
p.claim(p.find(1, "لم يعين بعد مساعد له"), claimant="author", kind="state", check_worthy=True)

# S6
p.ent(p.find(1, "الإبراهيمي", 2), "PERS")
p.ent(p.find(1, "منتصف أيار / مايو"), "DATE")
two = p.ent(p.find(1, "عامين"), "DATE")
p.num(p.find(1, "عامين"), 2, "cardinal", qualifier="less_than", qualifier_span=p.find(1, "أقل من"),
      counted=p.find(1, "عامين"))
p.ent(p.find(1, "سوريا", 1), "GPE")
p.claim(p.between(1, "كان الإبراهيمي استقال", "عامين من الجهود"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.between(1, "لم تنجح في إنهاء", "النزاع في سوريا"), claimant="author", kind="state",
        check_worthy=False)

# S7
p.ent(p.find(1, "جنيف"), "GPE")
gov = p.ent(p.find(1, "الحكومة السورية"), "ORG")
p.ent(p.inside(gov, "السورية"), "NORP")
p.claim(p.between(1, "كان نظم مفاوضات مباشرة", "السورية والمعارضة"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.find(1, "باءت بالفشل"), claimant="author", kind="event", check_worthy=True)

# S8
p.ent(p.find(1, "دو ميستورا"), "PERS")
p.ent(p.find(1, "67 عاما"), "DATE")                         # an age: a duration with a number (§1 d.14)
p.num(p.find(1, "67"), 67, "cardinal", counted=p.find(1, "عاما"))
p.ent(p.find(1, "ستوكهولم"), "GPE")
p.num(p.find(1, "الجنسيتين"), 2, "cardinal", counted=p.find(1, "الجنسيتين"))
p.ent(p.find(1, "الإيطالية"), "NORP")
p.ent(p.find(1, "السويدية"), "NORP")
p.claim(p.between(1, "دو ميستورا (67", "الإيطالية والسويدية"), claimant="author", kind="state",
        check_worthy=False)
p.claim(p.find(1, "المولود في ستوكهولم"), claimant="author", kind="state", check_worthy=False)

# S9
p.ent(p.find(1, "الأمم المتحدة", 3), "ORG")
occ = p.ent(p.find(1, "ممثل خاص للوكالة الدولية في أفغانستان"), "OCC")
p.ent(p.inside(occ, "وكالة الدولية"), "ORG")               # للوكالة: span after "لل" (§0)
p.ent(p.inside(occ, "أفغانستان"), "GPE")
p.claim(p.between(1, "تولى مناصب عدة", "الدولية في أفغانستان"), claimant="author", kind="state",
        check_worthy=False)

# S10
occ = p.ent(p.find(1, "مساعد مدير برنامج الأغذية العالمي"), "OCC")
p.ent(p.inside(occ, "برنامج الأغذية العالمي"), "ORG")
occ = p.ent(p.find(1, "الممثل الخاص للأمم المتحدة في العراق"), "OCC")
p.ent(p.inside(occ, "أمم المتحدة"), "ORG")
p.ent(p.inside(occ, "العراق"), "GPE")
p.claim(p.between(1, "كان مساعد مدير", "المتحدة في العراق"), claimant="author", kind="state",
        check_worthy=False)

p.write()
