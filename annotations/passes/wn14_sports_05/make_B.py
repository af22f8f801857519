"""Pass B of wn14_sports_05 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_05"
p = Pass(DOC, "B", agent="annotator b5 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

# ---- paragraph 0 (title): speaker and cue (claims §9)
bl0 = p.ent(p.find(0, "بلاتر"), "PERS")
p.ent(p.find(0, "قطر"), "GPE")
ev0 = p.ent(p.find(0, "مونديال 2022"), "EVENT")
p.ent(p.inside(ev0, "2022"), "DATE")
y0 = p.num(p.find(0, "2022"), 2022, "year")
p.ent(p.find(0, "الصيف"), "DATE")
p.claim(p.between(0, "خطأ", "في الصيف"), claimant=bl0, cue=p.find(0, "يعترف"), kind="quote",
        check_worthy=False)

# ---- paragraph 1
bl1 = p.ent(p.find(1, "سيب بلاتر"), "PERS")
occ = p.ent(p.find(1, "رئيس الفيفا"), "OCC")
p.ent(p.inside(occ, "الفيفا"), "ORG")
p.ent(p.find(1, "أر تي أس"), "ORG")
p.ent(p.find(1, "السويسرية"), "NORP")
p.ent(p.find(1, "قطر"), "GPE")
ev1 = p.ent(p.find(1, "كأس العالم لألفين واثنين وعشرين"), "EVENT")
p.ent(p.inside(ev1, "ألفين واثنين وعشرين"), "DATE")
y1 = p.num(p.find(1, "ألفين واثنين وعشرين"), 2022, "year")
p.claim(p.between(1, "اختيار قطر", "خطأ"), claimant=bl1, cue=p.find(1, "صرح"), kind="quote", check_worthy=False)

# ---- paragraph 2
p.ent(p.find(2, "قطر"), "GPE")
p.ent(p.find(2, "المونديال الكروي"), "EVENT")
p.ent(p.find(2, "فصل الصيف", 0), "DATE")
bl2 = p.ent(p.find(2, "بلاتر"), "PERS")
p.ent(p.find(2, "القطري"), "NORP")
p.ent(p.find(2, "فصل الصيف", 1), "DATE")
p.ent(p.find(2, "اللجنة التنفيذية"), "ORG")
ev2 = p.ent(p.find(2, "مونديال ألفين واثنين وعشرين"), "EVENT")
p.ent(p.inside(ev2, "ألفين واثنين وعشرين"), "DATE")
y2 = p.num(p.find(2, "ألفين واثنين وعشرين"), 2022, "year")
p.claim(p.between(2, "جاء التصريح", "فصل الصيف"), claimant="author", kind="event", check_worthy=True)
cue2 = p.find(2, "أوضح")
p.claim(p.between(2, "إشارة التقرير", "فصل الصيف", 0, 0), claimant=bl2, cue=cue2, kind="event", check_worthy=True)
p.claim(p.between(2, "اللجنة التنفيذية", "الأصوات"), claimant=bl2, cue=cue2, kind="event", check_worthy=True)

# ---- paragraph 3
p.ent(p.find(3, "الاتحاد الدولي لكرة القدم"), "ORG")
fifa3 = p.ent(p.find(3, "فيفا"), "ORG")
p.ent(p.find(3, "بلاتر"), "PERS")
p.ent(p.find(3, "قطر"), "GPE")
p.ent(p.find(3, "الخليجية"), "NORP")
p.ent(p.find(3, "المونديال"), "EVENT")
p.claim(p.between(3, "بعد هذا التصريح", "بيان توضيحي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(3, "بلاتر ركز", "لاستضافة المونديال"), claimant=fifa3, cue=p.find(3, "أكد"),
        kind="event", check_worthy=True)

# ---- paragraph 4
p.ent(p.find(4, "بلاتر"), "PERS")
p.ent(p.find(4, "الفيفا"), "ORG")
ev4 = p.ent(p.find(4, "المونديال القطري"), "EVENT")
p.ent(p.inside(ev4, "القطري"), "NORP")
p.ent(p.find(4, "فصل الشتاء"), "DATE")
p.ent(p.find(4, "الصيف"), "DATE")
p.ent(p.find(4, "أوروبا"), "LOC")
p.claim(p.between(4, "يفكر فيه", "من الصيف"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(4, "أعلن عنه", "من قبل"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(4, "لقي معارضة", "في العالم"), claimant="author", kind="event", check_worthy=True)

# the year of the Qatar World Cup, restated
p.rel("equals", y0, [y1, y2])

p.write()
