"""Pass A of wn14_sports_05 (annotator a5), corrected from the machine suggestion; offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_05"
p = Pass(DOC, "A", agent="annotator a5 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_sports_05.json; built by make_A.py.",
         source="annotations/suggestions/wn14_sports_05.json")
A = "author"
Y = "ألفين واثنين وعشرين"

# ---- paragraph 0 (title): speaker and cue "يعترف" (claims d.9)
bl0 = p.ent(p.find(0, "بلاتر"), "PERS")
p.ent(p.find(0, "قطر"), "GPE")
wc = p.ent(p.find(0, "مونديال 2022"), "EVENT")
p.ent(p.inside(wc, "2022"), "DATE")
p.num(p.find(0, "2022"), 2022, "year")
p.ent(p.find(0, "الصيف"), "DATE")
p.claim(p.between(0, "خطأ اختيار", "في الصيف"), claimant=bl0, cue=p.find(0, "يعترف"),
        kind="quote", check_worthy=False)

# ---- paragraph 1
bl1 = p.ent(p.find(1, "سيب بلاتر"), "PERS")
occ = p.ent(p.find(1, "رئيس الفيفا"), "OCC")
p.ent(p.inside(occ, "الفيفا"), "ORG")
p.ent(p.find(1, "أر تي أس"), "ORG")
p.ent(p.find(1, "السويسرية"), "NORP")
p.ent(p.find(1, "قطر"), "GPE")
p.ent(p.find(1, "كأس العالم"), "EVENT")
p.ent(p.find(1, Y), "DATE")  # entities d.15
p.num(p.find(1, Y), 2022, "year")
p.claim(p.between(1, "اختيار قطر", "كان \"خطأ"), claimant=bl1, cue=p.find(1, "صرح"),
        kind="quote", check_worthy=False)

# ---- paragraph 2
p.ent(p.find(2, "قطر"), "GPE")
p.ent(p.find(2, "المونديال الكروي"), "EVENT")
p.ent(p.find(2, "فصل الصيف"), "DATE")
bl2 = p.ent(p.find(2, "بلاتر"), "PERS")
p.ent(p.find(2, "القطري"), "NORP")
p.ent(p.find(2, "فصل الصيف", 1), "DATE")
p.ent(p.find(2, "اللجنة التنفيذية"), "ORG")
wc = p.ent(p.find(2, "مونديال " + Y), "EVENT")
p.ent(p.inside(wc, Y), "DATE")
p.num(p.find(2, Y), 2022, "year")
p.claim(p.between(2, "جاء التصريح", "في فصل الصيف"), claimant=A, kind="event", check_worthy=False)
explained = p.find(2, "أوضح")
p.claim(p.between(2, "إشارة التقرير", "في فصل الصيف"), claimant=bl2, cue=explained,
        kind="event", check_worthy=True)
p.claim(p.between(2, "اللجنة التنفيذية", "بأغلبية الأصوات"), claimant=bl2, cue=explained,
        kind="event", check_worthy=True)

# ---- paragraph 3
p.ent(p.find(3, "الاتحاد الدولي لكرة القدم"), "ORG")
fifa = p.ent(p.find(3, "فيفا"), "ORG")
p.ent(p.find(3, "بلاتر"), "PERS")
p.ent(p.find(3, "قطر"), "GPE")
p.ent(p.find(3, "الخليجية"), "NORP")
p.ent(p.find(3, "المونديال"), "EVENT")
p.claim(p.between(3, "بعد هذا التصريح", "بيان توضيحي"), claimant=A, kind="event", check_worthy=True)
stated = p.find(3, "أكد")
p.claim(p.between(3, "بلاتر ركز", "في قطر"), claimant=fifa, cue=stated, kind="event", check_worthy=True)
p.claim(p.between(3, "دون أن يشكك", "لاستضافة المونديال"), claimant=fifa, cue=stated,
        kind="event", check_worthy=True)

# ---- paragraph 4
p.ent(p.find(4, "بلاتر"), "PERS")
p.ent(p.find(4, "الفيفا"), "ORG")
wc = p.ent(p.find(4, "المونديال القطري"), "EVENT")
p.ent(p.inside(wc, "القطري"), "NORP")
p.ent(p.find(4, "فصل الشتاء"), "DATE")
p.ent(p.find(4, "الصيف"), "DATE")
p.ent(p.find(4, "أوروبا"), "LOC")
p.claim(p.between(4, "يفكر فيه الفيفا", "بدلا من الصيف"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(4, "اقتراح أعلن", "من قبل"), claimant=A, kind="event", check_worthy=False)
p.claim(p.between(4, "لقي معارضة", "في العالم"), claimant=A, kind="event", check_worthy=True)

p.write()
