"""Pass A of wn14_health_03, corrected from the machine suggestion (guidelines 1.2)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_health_03"
p = Pass(DOC, "A", agent="annotator a9 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_health_03.json; built by make_A.py.",
         source="annotations/suggestions/wn14_health_03.json")
f, ent, num, claim, ins, btw = p.find, p.ent, p.num, p.claim, p.inside, p.between

# ¶0 title: an unnamed study -> author, cue "تشير"
claim(btw(0, "الغناء قد يفيد", "علاج الشخير"), "author", "causal", True, cue=f(0, "تشير"))

# ¶1
ent(f(1, "ديفون"), "GPE")
ent(f(1, "إكستر"), "GPE")
ent(f(1, "إنكلترا"), "GPE")
ent(f(1, "ثلاثة أشهر"), "DATE")
n3m1 = num(f(1, "ثلاثة"), 3, "cardinal", counted=f(1, "أشهر"))
claim(btw(1, "أجرى الأطباء", "ثلاثة أشهر"), "author", "event", True)
claim(btw(1, "الفئة التي", "وتكرار الشخير"), "author", "state", True)
claim(btw(1, "شدة الشخير لم", "إلا قليلا"), "author", "state", True)
claim(btw(1, "التمارين الغنائية قد", "مفيدا للشخير"), "author", "causal", True, cue=f(1, "استنتج"))

# ¶2
ent(f(2, "ثلاثة"), "CARDINAL")
ent(f(2, "20 دقيقة"), "TIME")
ent(f(2, "3 أشهر"), "DATE")
ent(f(2, "الثانية"), "ORDINAL")
num(f(2, "مجموعتين"), 2, "cardinal", counted=f(2, "مجموعتين"))
num(f(2, "ثلاثة"), 3, "cardinal", counted=f(2, "أقراص"))
num(f(2, "20"), 20, "cardinal", counted=f(2, "دقيقة"))
n3m2 = num(f(2, "3"), 3, "cardinal", counted=f(2, "أشهر"))
p.rel("equals", n3m1, [n3m2])  # the three months of the trial, restated
num(f(2, "الثانية"), 2, "ordinal", counted=ins(f(2, "المجموعة الثانية"), "المجموعة"))
claim(btw(2, "وزع الباحثون", "إلى مجموعتين"), "author", "event", True)
claim(btw(2, "إحداهما المجموعة", "الكحول والمنومات"), "author", "event", True)
claim(btw(2, "المجموعة الثانية", "العامة فقط"), "author", "event", True)

# ¶3
ent(f(3, "127"), "CARDINAL")
ent(f(3, "93"), "CARDINAL")
n127 = num(f(3, "127"), 127, "cardinal", counted=f(3, "مريضا"))
n93 = num(f(3, "93"), 93, "cardinal")
p.rel("includes", n127, [n93])
claim(btw(3, "بدأت الدراسة", "127 مريضا"), "author", "statistic", True)
claim(btw(3, "أكمل 93", "حتى نهايتها"), "author", "statistic", True)
claim(btw(3, "قام الباحثون", "استمارات خاصة"), "author", "event", True)
claim(btw(3, "أنهم لم يجروا", "أثناء النوم"), "author", "event", True)
claim(btw(3, "لم يكن الباحثون", "أم مجموعة الشواهد"), "author", "state", True)

# ¶4 the researchers (not a named entity) -> author, cue "وجد"
cue4 = f(4, "وجد")
claim(btw(4, "المرضى الذين", "وتكرار الشخير"), "author", "state", True, cue=cue4)
claim(btw(4, "كانت الفروق", "إحصائيا"), "author", "state", True, cue=cue4)
claim(btw(4, "تحسنت شدة الشخير", "مرضى التجربة"), "author", "state", True)
claim(btw(4, "الفرق لم يكن", "مهما إحصائيا"), "author", "state", True)

# ¶5
ent(f(5, "واحدة"), "CARDINAL")
num(f(5, "واحدة"), 1, "cardinal", counted=f(5, "الباحثات"))
claim(btw(5, "استندت هذه الدراسة", "قبل النوم"), "author", "state", False)
claim(btw(5, "الشخير الذي ينجم", "قبل النوم"), "author", "causal", False)
claim(btw(5, "ظهرت الفكرة", "من الباحثات"), "author", "event", False)
claim(f(5, "هي معلمة غناء"), "author", "state", False)
claim(btw(5, "أخبرها بعض طلابها", "عضلات الحنجرة", 0, 0), "author", "event", False)

p.write()
