"""Pass B of wn14_culture_08 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_08"
p = Pass(DOC, "B", agent="annotator b8 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

# "النبي" before "محمد" is read as a title (OCC), the name a separate PERS (decision 1).

# ¶0 title
occ = p.ent(p.find(0, "ناشط حقوقي مغربي"), "OCC")
p.ent(p.inside(occ, "مغربي"), "NORP")
p.ent(p.find(0, "النبي"), "OCC")
p.ent(p.find(0, "محمد"), "PERS")
p.claim(p.between(0, "ناشط", "بالإرهابية"), claimant="author", kind="event", check_worthy=True)

# ¶1
occ = p.ent(p.find(1, "الباحث الأمازيغي"), "OCC")
p.ent(p.inside(occ, "الأمازيغي"), "NORP")
occ = p.ent(p.find(1, "الناشط الحقوقي المغربي"), "OCC")
p.ent(p.inside(occ, "المغربي"), "NORP")
asid1 = p.ent(p.find(1, "أحمد عصيد"), "PERS")
p.ent(p.find(1, "مؤتمر حقوق الإنسان"), "EVENT")
p.ent(p.find(1, "النبي"), "OCC")
p.ent(p.find(1, "محمد"), "PERS")
p.ent(p.find(1, "المغربي", 1), "NORP")  # "المجتمع المغربي"
p.ent(p.inside(p.find(1, "للإسلام"), "إسلام"), "NORP")  # ل + الإسلام contracted (§0)
p.claim(p.between(1, "أثار الباحث", "مؤتمر حقوق الإنسان"), claimant="author", kind="event", check_worthy=True)
said = p.find(1, "قال")
p.claim(p.between(1, "تدريس رسائل", "بالسيف"), claimant=asid1, cue=said, kind="quote", check_worthy=False)
p.claim(p.between(1, "في عصرنا", "بالإرهاب"), claimant=asid1, cue=said, kind="quote", check_worthy=False)
p.claim(p.between(1, "يجب إزالتها", "المدرسية"), claimant=asid1, cue=said, kind="quote", check_worthy=False)
p.claim(p.between(1, "أثار نقاشات", "من جهة أخرى"), claimant="author", kind="event", check_worthy=True)

# ¶2
asid2 = p.ent(p.find(2, "أحمد عصيد"), "PERS")
# an edition number inside a named congress is not a number (decisions 17, §2.11)
ev = p.ent(p.find(2, "المؤتمر العاشر للجمعية المغربية لحقوق الإنسان"), "EVENT")
org = p.ent(p.inside(ev, "جمعية المغربية لحقوق الإنسان"), "ORG")  # after the contracted "لل" (§0)
p.ent(p.inside(org, "المغربية"), "NORP")
p.ent(p.find(2, "عشرة أيام"), "DATE")
p.num(p.find(2, "عشرة"), 10, "cardinal", counted=p.find(2, "أيام"))
p.ent(p.find(2, "21 أبريل الماضي"), "DATE")
p.ent(p.find(2, "السادسة عشرة"), "ORDINAL")
p.num(p.find(2, "السادسة عشرة"), 16, "ordinal")
p.ent(p.find(2, "اليوم"), "DATE")
p.ent(p.find(2, "هرقل"), "PERS")
p.claim(p.between(2, "تحدث أحمد عصيد", "أبريل الماضي"), claimant="author", kind="event", check_worthy=True)
said = p.find(2, "قال")
p.claim(p.between(2, "الرسالة التي تدرس", "وبالعنف"), claimant=asid2, cue=said, kind="quote", check_worthy=False)
p.claim(p.between(2, "الرسالة التي تدرس", "السادسة عشرة"), claimant=asid2, cue=said, kind="state",
        check_worthy=True)
p.claim(p.between(2, "اليوم المعتقد", "للأفراد"), claimant=asid2, cue=said, kind="quote", check_worthy=False)
p.claim(p.between(2, "لا يمكن أن تدرس", "ستموت"), claimant=asid2, cue=said, kind="quote", check_worthy=False)

# ¶3
asid3 = p.ent(p.find(3, "عصيد"), "PERS")
p.claim(p.between(3, "وجود هذه الرسائل", "المدرسية"), claimant=asid3, cue=p.find(3, "حسب رأي"), kind="quote",
        check_worthy=False)

# ¶4
p.ent(p.find(4, "السبت الماضي"), "DATE")
occ = p.ent(p.find(4, "رئيس الوزراء المغربي"), "OCC")
p.ent(p.inside(occ, "المغربي"), "NORP")
bk = p.ent(p.find(4, "عبد الإله بن كيران"), "PERS")
p.ent(p.find(4, "العدالة والتنمية"), "ORG")  # the quotation marks after "حزب" keep it outside
p.ent(p.find(4, "رسول الله"), "OCC")
p.claim(p.between(4, "ليس من المعقول", "أقبل هذا"), claimant=bk, cue=p.find(4, "قال"), kind="quote",
        check_worthy=False)

# ¶5
yaz = p.ent(p.find(5, "إدريس اليزمي"), "PERS")
occ = p.ent(p.find(5, "رئيس المجلس الوطني لحقوق الإنسان"), "OCC")
p.ent(p.inside(occ, "المجلس الوطني لحقوق الإنسان"), "ORG")
p.ent(p.find(5, "الأمس"), "DATE")
afp = p.ent(p.find(5, "وكالة فرانس برس"), "ORG")
p.ent(p.inside(afp, "فرانس برس"), "ORG")
p.ent(p.find(5, "أحمد عصيد", 0), "PERS")
p.ent(p.find(5, "محمد الفزازي"), "PERS")
occ = p.ent(p.find(5, "فقيه مغربي"), "OCC")
p.ent(p.inside(occ, "مغربي"), "NORP")
p.ent(p.find(5, "السلفي"), "NORP")
p.ent(p.find(5, "أحمد عصيد", 1), "PERS")
p.ent(p.find(5, "الإسلام"), "NORP")
p.claim(p.between(5, "أهمية", "والتعبير"), claimant=yaz, cue=p.find(5, "أكد"), kind="quote", check_worthy=False)
p.claim(p.between(5, "دعا محمد الفزازي", "ازدراء الإسلام"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(5, "هو فقيه مغربي", "التيار السلفي"), claimant="author", kind="state", check_worthy=False)

# ¶6
asid6 = p.ent(p.find(6, "أحمد عصيد"), "PERS")
p.ent(p.find(6, "النبي"), "OCC")
p.ent(p.find(6, "36 سنة"), "DATE")
p.num(p.find(6, "36"), 36, "cardinal", counted=p.find(6, "سنة"))
said = p.find(6, "قال")
p.claim(p.between(6, "أنا لم أقل", "إرهابي"), claimant=asid6, cue=said, kind="event", check_worthy=True)
p.claim(p.find(6, "هذا يتناقض مع مبادئي"), claimant=asid6, cue=said, kind="quote", check_worthy=False)
p.claim(p.between(6, "منذ 36 سنة", "أي نبي"), claimant=asid6, cue=said, kind="state", check_worthy=False)
p.claim(p.between(6, "هناك أناس", "وليس الدين"), claimant=asid6, cue=said, kind="quote", check_worthy=False)

p.write()
