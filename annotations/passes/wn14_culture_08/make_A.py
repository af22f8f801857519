"""Pass A of wn14_culture_08 (Khabar): corrected from the machine suggestion; offsets computed by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_08"
p = Pass(DOC, "A", agent="annotator a8 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C = p.ent, p.num, p.claim
A = "author"

# ---------------------------------------------------------------- paragraph 0 (title)
occ = E(p.find(0, "ناشط حقوقي مغربي"), "OCC")
E(p.inside(occ, "مغربي"), "NORP")
E(p.find(0, "النبي"), "OCC")          # the Prophet's title; the name is the PERS
E(p.find(0, "محمد"), "PERS")
C(p.between(0, "ناشط حقوقي", "بالإرهابية"), A, "event", True)

# ---------------------------------------------------------------- paragraph 1
occ = E(p.find(1, "الباحث الأمازيغي"), "OCC")
E(p.inside(occ, "الأمازيغي"), "NORP")
occ = E(p.find(1, "الناشط الحقوقي المغربي"), "OCC")
E(p.inside(occ, "المغربي"), "NORP")
assid = E(p.find(1, "أحمد عصيد"), "PERS")
E(p.find(1, "مؤتمر حقوق الإنسان"), "EVENT")
C(p.between(1, "أثار الباحث", "مؤتمر حقوق الإنسان"), A, "event", True)
E(p.find(1, "النبي"), "OCC")
E(p.find(1, "محمد"), "PERS")
said = p.find(1, "قال")
C(p.between(1, "تدريس رسائل", "في المدارس غير مقبول"), assid, "quote", False, cue=said)
C(p.between(1, "تعبر عن عصرها", "الدين بالسيف"), assid, "quote", False, cue=said)
C(p.between(1, "في عصرنا", "بالإرهاب"), assid, "quote", False, cue=said)
C(p.between(1, "يجب إزالتها", "المناهج المدرسية"), assid, "quote", False, cue=said)
E(p.inside(p.find(1, "المجتمع المغربي"), "المغربي"), "NORP")
E(p.inside(p.find(1, "للإسلام"), "إسلام"), "NORP")   # after the contracted "لل" (§0)
C(p.between(1, "أثار نقاشات", "من جهة أخرى"), A, "event", True)

# ---------------------------------------------------------------- paragraph 2
assid2 = E(p.find(2, "أحمد عصيد"), "PERS")
ev = E(p.find(2, "المؤتمر العاشر للجمعية المغربية لحقوق الإنسان"), "EVENT")
# the edition ordinal inside the name is neither an entity nor a number (entities 17, numbers 11)
org = E(p.inside(ev, "جمعية المغربية لحقوق الإنسان"), "ORG")   # after the contracted "لل"
E(p.inside(org, "المغربية"), "NORP")
E(p.find(2, "عشرة أيام"), "DATE")
N(p.find(2, "عشرة"), 10, "cardinal", counted=p.find(2, "أيام"))
E(p.find(2, "21 أبريل الماضي"), "DATE")
C(p.between(2, "تحدث أحمد عصيد", "أبريل الماضي"), A, "event", True)
said = p.find(2, "قال")
C(p.between(2, "الرسالة التي تدرس", "رسالة إرهابية"), assid2, "quote", False, cue=said)
C(p.between(2, "تدرس في مقرراتنا", "السادسة عشرة"), assid2, "state", True, cue=said)
E(p.find(2, "السادسة عشرة"), "ORDINAL")
N(p.find(2, "السادسة عشرة"), 16, "ordinal")
C(p.between(2, "ترتبط بزمن", "بالسيف وبالعنف"), assid2, "quote", False, cue=said)
E(p.find(2, "اليوم"), "DATE")
C(p.between(2, "اليوم المعتقد", "حر للأفراد"), assid2, "quote", False, cue=said)
C(p.between(2, "لا يمكن أن تدرس", "أنك ستموت"), assid2, "quote", False, cue=said)
E(p.find(2, "هرقل"), "PERS")
C(p.between(2, "الإشارة إلى عبارة", "الرسالة إلى هرقل"), A, "state", False)

# ---------------------------------------------------------------- paragraph 3
assid3 = E(p.find(3, "عصيد"), "PERS")
C(p.between(3, "وجود هذه الرسائل", "المناهج المدرسية"), assid3, "causal", False, cue=p.find(3, "حسب رأي"))

# ---------------------------------------------------------------- paragraph 4
E(p.find(4, "السبت الماضي"), "DATE")
occ = E(p.find(4, "رئيس الوزراء المغربي"), "OCC")
E(p.inside(occ, "المغربي"), "NORP")
bk = E(p.find(4, "عبد الإله بن كيران"), "PERS")
E(p.find(4, "العدالة والتنمية"), "ORG")
E(p.find(4, "رسول الله"), "OCC")     # the Prophet's title, as "النبي"
C(p.between(4, "ليس من المعقول التعريض", "ولن أقبل هذا"), bk, "quote", False, cue=p.find(4, "قال"))

# ---------------------------------------------------------------- paragraph 5
yaz = E(p.find(5, "إدريس اليزمي"), "PERS")
occ = E(p.find(5, "رئيس المجلس الوطني لحقوق الإنسان"), "OCC")
E(p.inside(occ, "المجلس الوطني لحقوق الإنسان"), "ORG")
E(p.find(5, "الأمس"), "DATE")
o = E(p.find(5, "وكالة فرانس برس"), "ORG")
E(p.inside(o, "فرانس برس"), "ORG")
C(p.between(5, "أهمية", "الفكر والتعبير"), yaz, "quote", False, cue=p.find(5, "أكد"))
E(p.find(5, "أحمد عصيد"), "PERS")
E(p.find(5, "محمد الفزازي"), "PERS")
occ = E(p.find(5, "فقيه مغربي"), "OCC")
E(p.inside(occ, "مغربي"), "NORP")
E(p.find(5, "السلفي"), "NORP")
E(p.find(5, "أحمد عصيد", 1), "PERS")
E(p.find(5, "الإسلام"), "NORP")
C(p.between(5, "دعا محمد الفزازي", "ازدراء الإسلام"), A, "event", True)
C(p.between(5, "هو فقيه مغربي", "التيار السلفي"), A, "state", False)

# ---------------------------------------------------------------- paragraph 6
assid6 = E(p.find(6, "أحمد عصيد"), "PERS")
said = p.find(6, "قال")
E(p.find(6, "النبي"), "OCC")
C(p.between(6, "أنا لم أقل", "النبي إرهابي"), assid6, "event", True, cue=said)
C(p.between(6, "هذا يتناقض", "مع مبادئي"), assid6, "quote", False, cue=said)
E(p.find(6, "36 سنة"), "DATE")
N(p.find(6, "36"), 36, "cardinal", counted=p.find(6, "سنة"))
C(p.between(6, "منذ 36 سنة", "وأنا أناقش"), assid6, "state", False, cue=said)
C(p.between(6, "لم أمس", "أي نبي"), assid6, "quote", False, cue=said)
C(p.between(6, "هناك أناس", "وليس الدين"), assid6, "quote", False, cue=said)

if __name__ == "__main__":
    p.write()
