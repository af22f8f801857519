"""Pass A of wn14_health_02, corrected from the machine suggestion (guidelines 1.2)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_health_02"
p = Pass(DOC, "A", agent="annotator a9 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_health_02.json; built by make_A.py.",
         source="annotations/suggestions/wn14_health_02.json")
f, ent, num, claim, ins, btw = p.find, p.ent, p.num, p.claim, p.inside, p.between

# ¶0 title: the study is not a named entity -> author, with its cue
claim(btw(0, "الرجال أكثر عرضة", "سرطان الجلد"), "author", "state", True, cue=f(0, "تؤكد"))

# ¶1 a medical report (unnamed) -> author, cue "قال"
ent(f(1, "70%"), "PERCENT")
num(f(1, "70"), 70, "percent")
claim(btw(1, "الرجال أكثر عرضة", "بالمقارنة بالسيدات"), "author", "statistic", True, cue=f(1, "قال"))
claim(btw(1, "سرطان الجلد -", "الأورام السرطانية"), "author", "state", False, cue=f(1, "قال"))
claim(btw(1, "الأعداد التي", "متقاربة"), "author", "statistic", True, cue=f(1, "قال"))

# ¶2
cr = ent(f(2, "معهد بحوث السرطان في بريطانيا"), "ORG")
ent(f(2, "بريطانيا"), "GPE")
ent(f(2, "3.4"), "CARDINAL")
ent(ins(f(2, "3.4 بريطاني"), "بريطاني"), "NORP")
ent(f(2, "100 ألف"), "CARDINAL")
ent(f(2, "بريطانيتين"), "NORP")
ent(f(2, "100 ألف", 1), "CARDINAL")
ent(ins(f(2, "سيدة بريطانية"), "بريطانية"), "NORP")
ent(f(2, "6200 ألف"), "CARDINAL")
ent(ins(f(2, "6200 ألف بريطاني"), "بريطاني"), "NORP")
ent(f(2, "1300 ألف"), "CARDINAL")
ent(f(2, "900"), "CARDINAL")
ent(ins(f(2, "900 سيدة بريطانية"), "بريطانية"), "NORP")
ent(f(2, "6600 ألف"), "CARDINAL")
n34 = num(f(2, "3.4"), 3.4, "cardinal", counted=ins(f(2, "3.4 بريطاني"), "بريطاني"))
n100a = num(f(2, "100 ألف"), 100000, "cardinal")
n2w = num(f(2, "بريطانيتين"), 2, "cardinal", qualifier="approximately",
          qualifier_span=ins(f(2, "بنحو بريطانيتين"), "نحو"), counted=f(2, "بريطانيتين"))
n100b = num(f(2, "100 ألف", 1), 100000, "cardinal", counted=f(2, "سيدة"))
n6200 = num(f(2, "6200 ألف"), 6200000, "cardinal", counted=ins(f(2, "6200 ألف بريطاني"), "بريطاني"))
n1300 = num(f(2, "1300 ألف"), 1300000, "cardinal", qualifier="approximately",
            qualifier_span=ins(f(2, "نحو 1300"), "نحو"))
n900 = num(f(2, "900"), 900, "cardinal", counted=ins(f(2, "900 سيدة"), "سيدة"))
n6600 = num(f(2, "6600 ألف"), 6600000, "cardinal")
p.rel("includes", n100a, [n34])
p.rel("includes", n100b, [n2w])
p.rel("includes", n6200, [n1300])
p.rel("includes", n6600, [n900])
cue2 = f(2, "قال")
claim(btw(2, "3.4 بريطاني", "100 ألف سيدة بريطانية"), cr, "statistic", True, cue=cue2)
claim(btw(2, "أخطر أنواع سرطان الجلد", "السرطان الأسود"), cr, "state", False, cue=cue2)
claim(btw(2, "من بين 6200 ألف", "من بين 6600 ألف"), cr, "statistic", True, cue=cue2)
claim(btw(2, "6200 ألف بريطاني", "سنويا"), cr, "statistic", True, cue=cue2)
claim(btw(2, "من المتوقع", "الفجوة أكثر"), cr, "state", False, cue=cue2)

# ¶3 research (unnamed) -> author
ent(f(3, "17.2"), "CARDINAL")
ent(f(3, "100 ألف"), "CARDINAL")
ent(f(3, "17.3"), "CARDINAL")
ent(f(3, "السبعينيات"), "DATE")
ent(f(3, "185%"), "PERCENT")
ent(f(3, "55%"), "PERCENT")
ent(f(3, "2.7"), "CARDINAL")
ent(f(3, "100 ألف", 1), "CARDINAL")
ent(f(3, "17.2", 1), "CARDINAL")
n172 = num(f(3, "17.2"), 17.2, "cardinal", counted=f(3, "رجلا"))
n100c = num(f(3, "100 ألف"), 100000, "cardinal")
num(f(3, "17.3"), 17.3, "cardinal", qualifier="approximately", qualifier_span=ins(f(3, "بنحو 17.3"), "نحو"),
    counted=f(3, "سيدة"))
num(f(3, "السبعينيات"), 1970, "year", value_override="the decade 'the seventies' (1970s), recorded by its first year")
num(f(3, "185"), 185, "percent")
num(f(3, "55"), 55, "percent", qualifier="approximately", qualifier_span=ins(f(3, "بنحو 55"), "نحو"))
num(f(3, "2.7"), 2.7, "cardinal")
num(f(3, "100 ألف", 1), 100000, "cardinal", counted=f(3, "شخص"))
num(f(3, "17.2", 1), 17.2, "cardinal")
p.rel("includes", n100c, [n172])
claim(btw(3, "احتمالية إصابة", "17.3 سيدة"), "author", "statistic", True, cue=f(3, "تشير"))
claim(btw(3, "شهدت معدلات الإصابة", "55% للسيدات"), "author", "statistic", True)
claim(btw(3, "ارتفعت معدلات الإصابة", "نفس العدد من الأشخاص"), "author", "statistic", True)

# ¶4
claim(btw(4, "قد يكون أحد الأسباب", "طلب المساعدة"), "author", "causal", False)
claim(btw(4, "يكون للناحية البيولوجية", "في هذا الشأن"), "author", "causal", False, cue=f(4, "يتوقع"))

# ¶5
jnb = ent(f(5, "جوليا نيوتون - بيشوب"), "PERS")
o1 = ent(btw(5, "مستشارة أمراض الجلد", "السرطان في بريطانيا"), "OCC")
ent(ins(o1, "معهد بحوث السرطان في بريطانيا"), "ORG")
ent(ins(o1, "بريطانيا"), "GPE")
o2 = ent(f(5, "الأستاذ بجامعة ليدز"), "OCC")
ent(ins(o2, "جامعة ليدز"), "ORG")
ent(ins(o2, "ليدز"), "GPE")
claim(btw(5, "النساء لديهن", "أقوى من الرجل"), jnb, "state", True, cue=f(5, "تقول"))

# ¶6
ent(f(6, "ألمان"), "NORP")
claim(btw(6, "تعرف باحثون ألمان", "أحد الجينات"), "author", "event", True)
claim(btw(6, "يبدو أنها", "من سرطان الجلد"), "author", "causal", True)

# ¶7
nb7 = ent(f(7, "نيوتون - بيشوب"), "PERS")
cue7 = f(7, "قالت")
claim(btw(7, "الفرق بين الجنسين", "أكثر تقدما"), nb7, "causal", True, cue=cue7)
claim(btw(7, "الرجال لديهم", "أكثر تقدما"), nb7, "state", True, cue=cue7)

# ¶8-9 continuing speech of Newton-Bishop (¶7)
claim(btw(8, "يبدو أيضا", "هذه الاختلافات"), nb7, "causal", True, cue=f(8, "أضافت"))
claim(btw(8, "نحن نعمل", "من المرض"), nb7, "state", False, cue=f(8, "أضافت"))
claim(btw(9, "هناك شيئا", "من الهرمونات"), nb7, "causal", True, cue=f(9, "تابعت"))
claim(btw(9, "الأمر لم يتغير", "عند النساء"), nb7, "state", True, cue=f(9, "تابعت"))

# ¶10
claim(btw(10, "في أغلب الحالات", "أو الأرجل"), "author", "state", True)
claim(btw(10, "يزيد من صعوبة", "اكتشاف المرض"), "author", "causal", True)

# ¶11
nb11 = ent(f(11, "نيوتون - بيشوب"), "PERS")
claim(btw(11, "فكرة أن تسأل", "فكرة جيدة"), nb11, "quote", False, cue=f(11, "قالت"))

# ¶12
ent(f(12, "بريطانيا"), "GPE")
ent(f(12, "أوائل السبعينيات"), "DATE")
num(f(12, "السبعينيات"), 1970, "year", value_override="the decade 'the seventies' (1970s), recorded by its first year")
claim(btw(12, "تتزايد حالات الوفاة", "أوائل السبعينيات"), "author", "statistic", True)
claim(btw(12, "التعرض للشمس", "يمكن تجنبه"), "author", "causal", True, cue=f(12, "تشير"))
claim(btw(12, "هذا المرض", "يمكن تجنبه"), "author", "state", False)

# ¶13
ent(f(13, "15"), "CARDINAL")
num(f(13, "15"), 15, "cardinal", qualifier="at_least", qualifier_span=f(13, "على الأقل"))
claim(btw(13, "طالبت الدراسة", "بين المرضى"), "author", "event", False)
claim(btw(13, "تنصح الناس", "الأشعة فوق البنفسجية"), "author", "event", True)

# ¶14
claim(btw(14, "من المرجح", "في فترة مبكرة"), "author", "causal", False)

p.write()
