"""Pass A of wn14_health_05, corrected from the machine suggestion (guidelines 1.2)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_health_05"
p = Pass(DOC, "A", agent="annotator a9 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_health_05.json; built by make_A.py.",
         source="annotations/suggestions/wn14_health_05.json")
f, ent, num, claim, ins, btw = p.find, p.ent, p.num, p.claim, p.inside, p.between


def titled(par, title, name, nth=0):
    """A royal title (OCC) followed by a name (PERS), as separate spans (decision 1)."""
    a = f(par, f"{title} {name}", nth)
    ent(ins(a, title), "OCC")
    return ent(ins(a, name), "PERS")


# ¶0
titled(0, "الأمير", "ويليام")
titled(0, "الأميرة", "كيت")
claim(btw(0, "الأمير ويليام", "بمولود ذكر"), "author", "event", True)

# ¶1
o = ent(f(1, "دوقة كامبريدج"), "OCC")
ent(ins(o, "كامبريدج"), "GPE")
titled(1, "الأميرة", "كيت ميدلتون")
ent(f(1, "مستشفى سانت ماري"), "FAC")
ent(f(1, "بادينغتون"), "LOC")
w = ent(f(1, "غرب العاصمة لندن"), "LOC")
ent(ins(w, "لندن"), "GPE")
q = ent(f(1, "3.8 كيلوغرامات"), "QUANTITY")
ent(ins(q, "كيلوغرامات"), "UNIT")
ent(f(1, "الثالث"), "ORDINAL")
ent(ins(f(1, "العرش البريطاني"), "البريطاني"), "NORP")
titled(1, "الأمير", "ويليام")
num(f(1, "3.8"), 3.8, "quantity", counted=f(1, "كيلوغرامات"))
num(f(1, "الثالث"), 3, "ordinal")
claim(btw(1, "وضعت دوقة", "العاصمة لندن"), "author", "event", True)
claim(btw(1, "بادينغتون الواقعة", "العاصمة لندن"), "author", "state", False)
claim(btw(1, "بلغ وزنه", "3.8 كيلوغرامات"), "author", "statistic", True)
claim(f(1, "يتمتع بصحة جيدة"), "author", "state", True)
claim(btw(1, "هو الثالث", "الأمير ويليام"), "author", "state", True)

# ¶2
ent(f(2, "المستشفى"), "FAC")
ent(f(2, "أسبوعين"), "DATE")
h = ent(f(2, "ولي عهد بريطانيا"), "OCC")
ent(ins(h, "بريطانيا"), "GPE")
ent(f(2, "آلاف"), "CARDINAL")
ent(f(2, "اللندنيين"), "NORP")
ent(f(2, "البريطانيين"), "NORP")
ent(f(2, "قصر باكنغهام"), "FAC")
ent(f(2, "الأسرة الحاكمة"), "ORG")
titled(2, "الأمير", "ويليام")
num(f(2, "أسبوعين"), 2, "cardinal", qualifier="more_than", qualifier_span=f(2, "أكثر من"), counted=f(2, "أسبوعين"))
num(f(2, "آلاف"), 3000, "cardinal", qualifier="at_least", counted=f(2, "اللندنيين"))
claim(btw(2, "كانت جمهرة", "أكثر من أسبوعين"), "author", "event", False)
claim(btw(2, "بعد إعلان الخبر", "فرحتهم بالخبر"), "author", "event", True)
claim(btw(2, "قصر باكنغهام", "الأسرة الحاكمة"), "author", "state", False)
claim(btw(2, "المولود، الذي", "ولادته بنفسه"), "author", "event", True)

# ¶3
ent(f(3, "العائلة الملكية"), "ORG")
kp = ent(f(3, "قصر كينسنغتون"), "FAC")
ent(ins(kp, "كينسنغتون"), "LOC")
ent(ins(f(3, "إقامة ويليام"), "ويليام"), "PERS")
ent(ins(f(3, "وكيت"), "كيت"), "PERS")
ent(f(3, "الملكة"), "OCC")
o = ent(f(3, "دوق أدنبرة"), "OCC")
ent(ins(o, "أدنبرة"), "GPE")
o = ent(f(3, "أمير ويلز"), "OCC")
ent(ins(o, "ويلز"), "GPE")
o = ent(f(3, "دوقة كورنوول"), "OCC")
ent(ins(o, "كورنوول"), "GPE")
titled(3, "الأمير", "هاري")
ent(f(3, "العائلة المالكة"), "ORG")
charles = titled(3, "الأمير", "تشارلز")
o = ent(f(3, "دوقة كورنوول", 1), "OCC")
ent(ins(o, "كورنوول"), "GPE")
ent(f(3, "أول"), "ORDINAL")
o = ent(f(3, "رئيس الوزراء البريطاني"), "OCC")
ent(ins(o, "البريطاني"), "NORP")
cam = ent(f(3, "ديفيد كاميرون"), "PERS")
ent(ins(f(3, "الأمة البريطانية"), "البريطانية"), "NORP")
num(f(3, "أول"), 1, "ordinal", counted=f(3, "حفيد"))
claim(btw(3, "انهالت رسائل", "العائلة الملكية"), "author", "event", False)
claim(btw(3, "أصدر قصر كينسنغتون", "وكيت، بيانا"), "author", "event", True)
claim(btw(3, "قصر كينسنغتون", "ويليام وكيت"), "author", "state", False)
claim(btw(3, "الملكة ودوق", "بلغهم الأنباء"), kp, "event", False, cue=f(3, "جاء فيه"))
claim(f(3, "مولد أول حفيد لهما"), charles, "state", True, cue=f(3, "قال"))
claim(btw(3, "هذه لحظة", "الأمة البريطانية"), cam, "quote", False, cue=f(3, "أشار"))

# ¶4
ent(ins(f(4, "الاقتصاد البريطاني"), "البريطاني"), "NORP")
m = ent(f(4, "304 ملايين يورو"), "MONEY")
ent(ins(m, "يورو"), "CURR")
d = ent(f(4, "شهري يوليو وأغسطس"), "DATE")
ent(ins(d, "يوليو"), "DATE")
ent(ins(d, "أغسطس"), "DATE")
m = ent(f(4, "283 مليون يورو"), "MONEY")
ent(ins(m, "يورو"), "CURR")
ent(f(4, "182 مليون"), "MONEY")
m = ent(f(4, "29 مليون يورو"), "MONEY")
ent(ins(m, "يورو"), "CURR")
num(f(4, "304 ملايين"), 304000000, "money", qualifier="approximately", qualifier_span=f(4, "حوالي"),
    counted=ins(f(4, "304 ملايين يورو"), "يورو"))
num(f(4, "شهري"), 2, "cardinal", counted=f(4, "شهري"))
n283 = num(f(4, "283 مليون"), 283000000, "money", qualifier="approximately", qualifier_span=f(4, "تقارب"),
           counted=ins(f(4, "283 مليون يورو"), "يورو"))
n182 = num(f(4, "182 مليون"), 182000000, "money")
num(f(4, "29 مليون"), 29000000, "money", counted=ins(f(4, "29 مليون يورو"), "يورو"))
p.rel("includes", n283, [n182])
claim(btw(4, "عزز حادث الولادة", "بشكل ملحوظ"), "author", "causal", True)
claim(btw(4, "بلغت عائداته", "ملايين يورو"), "author", "statistic", True)
claim(btw(4, "من المتوقع أن يمتد", "يوليو وأغسطس"), "author", "state", True)
claim(btw(4, "تقارب عائداته", "والتذكارات"), "author", "statistic", True)
claim(btw(4, "منها 182 مليون", "والتذكارات"), "author", "statistic", True)
claim(btw(4, "من المتوقع إنفاق", "وجبات الطعام"), "author", "statistic", True)

p.write()
