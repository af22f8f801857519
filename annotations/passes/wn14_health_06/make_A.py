"""Pass A of wn14_health_06 (annotator a10), corrected from the machine suggestion."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_health_06"
p = Pass(DOC, "A", agent="annotator a10 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_health_06.json; built by make_A.py.",
         source="annotations/suggestions/wn14_health_06.json")

# ¶0 title
p.ent(p.find(0, "أول"), "ORDINAL")
p.ent(p.find(0, "ثلاث"), "CARDINAL")
p.ent(p.find(0, "اليابان"), "GPE")
n0_first = p.num(p.find(0, "أول"), 1, "ordinal", counted=p.find(0, "حالات"))
n0_three = p.num(p.find(0, "ثلاث"), 3, "cardinal", counted=p.find(0, "حالات"))
p.claim(p.between(0, "أول", "في اليابان"), claimant="author", kind="statistic", check_worthy=True)

# ¶1
japan1 = p.ent(p.find(1, "اليابان"), "GPE")
p.ent(p.find(1, "يوم السبت"), "DATE")
p.ent(p.find(1, "أول"), "ORDINAL")
p.ent(p.find(1, "الأربعينيات"), "DATE")
p.ent(p.find(1, "كندا"), "GPE")
p.num(p.find(1, "أول"), 1, "ordinal", counted=p.find(1, "حالات"))
p.num(p.find(1, "الأربعينيات"), 40, "cardinal", qualifier="at_least")
n1_teens = p.num(p.find(1, "مراهقان"), 2, "cardinal", counted=p.find(1, "مراهقان"))
announced = p.find(1, "أعلنت")
p.claim(p.between(1, "أول حالات", "الجديدة للإنفلونزا"), claimant=japan1, cue=announced,
        kind="event", check_worthy=True)
p.claim(p.between(1, "هم مدرس", "ومراهقان"), claimant=japan1, cue=announced, kind="state", check_worthy=True)
p.claim(p.between(1, "كانوا قد", "في كندا"), claimant=japan1, cue=announced, kind="event", check_worthy=True)

# ¶2
p.claim(p.between(2, "يشعل الانتشار", "وباء عالمي"), claimant="author", kind="causal", check_worthy=False)
p.claim(p.between(2, "هذه السلالة", "على ما يبدو"), claimant="author", cue=p.find(2, "قول"),
        kind="state", check_worthy=True)

# ¶3
masuzoe = p.ent(p.find(3, "يوتشي ماسوزوي"), "PERS")
occ = p.ent(p.find(3, "وزير الصحة الياباني"), "OCC")
p.ent(p.inside(occ, "الصحة"), "ORG")
p.ent(p.inside(occ, "الياباني"), "NORP")
p.ent(p.find(3, "الثلاثة"), "CARDINAL")
p.ent(p.inside(p.find(3, "إلى اليابان"), "اليابان"), "GPE")
p.ent(p.find(3, "ديترويت"), "GPE")
p.ent(p.find(3, "يوم الجمعة"), "DATE")
p.ent(p.find(3, "كندا"), "GPE")
n3_three = p.num(p.find(3, "الثلاثة"), 3, "cardinal", counted=p.find(3, "المصابين"))
said = p.find(3, "قال")
p.claim(p.between(3, "المصابين الثلاثة", "يوم الجمعة"), claimant=masuzoe, cue=said, kind="event", check_worthy=True)
p.claim(p.between(3, "قضوا وقتا", "في كندا"), claimant=masuzoe, cue=said, kind="event", check_worthy=True)

# ¶4 (continuing speech of the minister, new cue "أضاف")
p.ent(p.find(4, "الثلاثة"), "CARDINAL")
p.ent(p.find(4, "تاميفلو"), "PRODUCT")
n4_three = p.num(p.find(4, "الثلاثة"), 3, "cardinal")
n4_students = p.num(p.find(4, "الطالبين"), 2, "cardinal", counted=p.find(4, "الطالبين"))
added = p.find(4, "أضاف")
p.claim(p.between(4, "تم نقل", "المستشفى"), claimant=masuzoe, cue=added, kind="event", check_worthy=True)
p.claim(p.between(4, "يتم إعطاء", "تاميفلو"), claimant=masuzoe, cue=added, kind="event", check_worthy=True)
p.claim(p.between(4, "خفت الحرارة", "الطالبين"), claimant=masuzoe, cue=added, kind="event", check_worthy=True)

# relations: the three cases restated; the two teenagers are the two students, among the three
p.rel("equals", n0_three, [n3_three, n4_three])
p.rel("equals", n1_teens, [n4_students])
p.rel("includes", n0_three, [n1_teens])

p.write()
