"""Pass B (blind) of wn14_health_02, built from the raw text under guidelines 1.2."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

p = Pass("wn14_health_02", "B", agent="annotator b9 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, ins, bt = p.find, p.inside, p.between
DECADE = "the decade 'the seventies' (1970s), recorded as a year with the decade's first year"

# ---- 0 (title)
p.claim(bt(0, "الرجال أكثر عرضة", "بمرض سرطان الجلد"), claimant="author", cue=f(0, "تؤكد"),
        kind="state", check_worthy=True)

# ---- 1
p.ent(f(1, "70%"), "PERCENT")
p.num(f(1, "70"), 70, "percent")
cue1 = f(1, "قال")
p.claim(bt(1, "الرجال أكثر عرضة", "بالمقارنة بالسيدات"), claimant="author", cue=cue1,
        kind="statistic", check_worthy=True)
p.claim(bt(1, "سرطان الجلد", "أنواع الأورام السرطانية"), claimant="author", cue=cue1,
        kind="state", check_worthy=False)
p.claim(bt(1, "الأعداد التي يتم", "بالمرض متقاربة"), claimant="author", cue=cue1,
        kind="statistic", check_worthy=True)

# ---- 2
inst = p.ent(f(2, "معهد بحوث السرطان في بريطانيا"), "ORG")
p.ent(ins(inst, "بريطانيا"), "GPE")
a34 = f(2, "3.4 بريطاني")
p.ent(ins(a34, "3.4"), "CARDINAL")
p.ent(ins(a34, "بريطاني"), "NORP")
p.ent(f(2, "100 ألف"), "CARDINAL")
p.ent(f(2, "بريطانيتين"), "NORP")
w1 = f(2, "100 ألف سيدة بريطانية")
p.ent(ins(w1, "100 ألف"), "CARDINAL")
p.ent(ins(w1, "بريطانية"), "NORP")
a62 = f(2, "6200 ألف بريطاني")
p.ent(ins(a62, "6200 ألف"), "CARDINAL")
p.ent(ins(a62, "بريطاني"), "NORP")
p.ent(f(2, "1300 ألف"), "CARDINAL")
w9 = f(2, "900 سيدة بريطانية")
p.ent(ins(w9, "900"), "CARDINAL")
p.ent(ins(w9, "بريطانية"), "NORP")
p.ent(f(2, "6600 ألف"), "CARDINAL")

n34 = p.num(ins(a34, "3.4"), 3.4, "cardinal", counted=ins(a34, "بريطاني"))
n100a = p.num(f(2, "100 ألف"), 100000, "cardinal")
n2 = p.num(f(2, "بريطانيتين"), 2, "cardinal", qualifier="approximately", qualifier_span=f(2, "نحو"),
           counted=f(2, "بريطانيتين"))
n100b = p.num(ins(w1, "100 ألف"), 100000, "cardinal", counted=ins(w1, "سيدة"))
n6200 = p.num(ins(a62, "6200 ألف"), 6200000, "cardinal", counted=ins(a62, "بريطاني"))
n1300 = p.num(f(2, "1300 ألف"), 1300000, "cardinal", qualifier="approximately", qualifier_span=f(2, "نحو", 1))
n900 = p.num(ins(w9, "900"), 900, "cardinal", counted=ins(w9, "سيدة"))
n6600 = p.num(f(2, "6600 ألف"), 6600000, "cardinal")
p.rel("includes", n100a, [n34])
p.rel("includes", n100b, [n2])
p.rel("includes", n6200, [n1300])
p.rel("includes", n6600, [n900])

cue2 = f(2, "قال")
p.claim(bt(2, "3.4 بريطاني", "100 ألف سيدة بريطانية"), claimant=inst, cue=cue2, kind="statistic",
        check_worthy=True)
p.claim(bt(2, "أخطر أنواع سرطان الجلد", "باسم السرطان الأسود"), claimant=inst, cue=cue2, kind="state",
        check_worthy=False)
p.claim(bt(2, "من بين 6200 ألف", "حتفه متأثرا بالمرض"), claimant=inst, cue=cue2, kind="statistic",
        check_worthy=True)
p.claim(bt(2, "6200 ألف بريطاني", "الجلد سنويا"), claimant=inst, cue=cue2, kind="statistic",
        check_worthy=True)
p.claim(bt(2, "إصابة 900 سيدة", "من بين 6600 ألف"), claimant=inst, cue=cue2, kind="statistic",
        check_worthy=True)
p.claim(f(2, "من المتوقع أن تتسع هذه الفجوة أكثر"), claimant=inst, cue=cue2, kind="state",
        check_worthy=False)

# ---- 3
p.ent(f(3, "17.2"), "CARDINAL")
p.ent(f(3, "100 ألف"), "CARDINAL")
p.ent(f(3, "17.3"), "CARDINAL")
p.ent(f(3, "السبعينيات"), "DATE")
p.ent(f(3, "185%"), "PERCENT")
p.ent(f(3, "55%"), "PERCENT")
p.ent(f(3, "2.7"), "CARDINAL")
p.ent(f(3, "100 ألف", 1), "CARDINAL")
p.ent(f(3, "17.2", 1), "CARDINAL")
n172a = p.num(f(3, "17.2"), 17.2, "cardinal", counted=f(3, "رجلا"))
n100c = p.num(f(3, "100 ألف"), 100000, "cardinal")
p.num(f(3, "17.3"), 17.3, "cardinal", qualifier="approximately", qualifier_span=f(3, "نحو"),
      counted=ins(f(3, "17.3 سيدة"), "سيدة"))
p.num(f(3, "السبعينيات"), 1970, "year", value_override=DECADE)
p.num(f(3, "185"), 185, "percent")
p.num(f(3, "55"), 55, "percent", qualifier="approximately", qualifier_span=f(3, "نحو", 1))
p.num(f(3, "2.7"), 2.7, "cardinal")
p.num(f(3, "100 ألف", 1), 100000, "cardinal", counted=f(3, "شخص"))
n172b = p.num(f(3, "17.2", 1), 17.2, "cardinal")
p.rel("includes", n100c, [n172a])
p.rel("equals", n172a, [n172b])
cue3 = f(3, "تشير")
p.claim(bt(3, "احتمالية إصابة 17.2", "بنحو 17.3 سيدة"), claimant="author", cue=cue3, kind="statistic",
        check_worthy=True)
p.claim(bt(3, "شهدت معدلات الإصابة", "55% للسيدات"), claimant="author", cue=cue3, kind="statistic",
        check_worthy=True)
p.claim(bt(3, "ارتفعت معدلات الإصابة", "نفس العدد من الأشخاص"), claimant="author", cue=cue3,
        kind="statistic", check_worthy=True)

# ---- 4
p.claim(bt(4, "قد يكون أحد الأسباب", "طلب المساعدة"), claimant="author", kind="causal", check_worthy=False)
p.claim(bt(4, "يكون للناحية البيولوجية", "في هذا الشأن"), claimant="author", cue=f(4, "يتوقع"),
        kind="causal", check_worthy=False)

# ---- 5
jnb = p.ent(f(5, "جوليا نيوتون - بيشوب"), "PERS")
occ = p.ent(bt(5, "مستشارة أمراض الجلد", "في بريطانيا"), "OCC")
inst5 = p.ent(ins(occ, "معهد بحوث السرطان في بريطانيا"), "ORG")
p.ent(ins(inst5, "بريطانيا"), "GPE")
occ2 = p.ent(f(5, "الأستاذ بجامعة ليدز"), "OCC")
uni = p.ent(ins(occ2, "جامعة ليدز"), "ORG")
p.ent(ins(uni, "ليدز"), "GPE")
p.claim(f(5, "النساء لديهن جهاز مناعي أقوى من الرجل"), claimant=jnb, cue=f(5, "تقول"), kind="state",
        check_worthy=True)

# ---- 6
p.ent(f(6, "ألمان"), "NORP")
p.claim(f(6, "تعرف باحثون ألمان بالفعل على أحد الجينات"), claimant="author", kind="event", check_worthy=True)
p.claim(bt(6, "يبدو أنها تجعل الرجل", "من سرطان الجلد"), claimant="author", kind="causal", check_worthy=True)

# ---- 7
nb7 = p.ent(f(7, "نيوتون - بيشوب"), "PERS")
cue7 = f(7, "قالت")
p.claim(bt(7, "الفرق بين الجنسين", "مراحل أكثر تقدما"), claimant=nb7, cue=cue7, kind="causal",
        check_worthy=True)
p.claim(bt(7, "الرجال لديهم احتمالات أكبر", "مراحل أكثر تقدما"), claimant=nb7, cue=cue7, kind="state",
        check_worthy=True)

# ---- 8 (continuing speech of paragraph 7's speaker)
cue8 = f(8, "أضافت")
p.claim(bt(8, "يبدو أيضا أن هناك", "هذه الاختلافات"), claimant=nb7, cue=cue8, kind="causal",
        check_worthy=False)
p.claim(bt(8, "نحن نعمل على بحوث", "هذا النوع من المرض"), claimant=nb7, cue=cue8, kind="state",
        check_worthy=False)

# ---- 9
cue9 = f(9, "تابعت")
p.claim(bt(9, "هناك شيئا له علاقة", "أكثر من الهرمونات"), claimant=nb7, cue=cue9, kind="causal",
        check_worthy=False)
p.claim(bt(9, "الأمر لم يتغير", "انقطاع الطمث عند النساء"), claimant=nb7, cue=cue9, kind="state",
        check_worthy=True)

# ---- 10
p.claim(bt(10, "في أغلب الحالات", "أو الأرجل"), claimant="author", kind="state", check_worthy=True)
p.claim(f(10, "يزيد من صعوبة اكتشاف المرض"), claimant="author", kind="causal", check_worthy=False)

# ---- 11
nb11 = p.ent(f(11, "نيوتون - بيشوب"), "PERS")
p.claim(bt(11, "فكرة أن تسأل", "هي فكرة جيدة"), claimant=nb11, cue=f(11, "قالت"), kind="quote",
        check_worthy=False)

# ---- 12
p.ent(f(12, "بريطانيا"), "GPE")
p.ent(f(12, "أوائل السبعينيات"), "DATE")
p.num(f(12, "السبعينيات"), 1970, "year", value_override=DECADE)
p.claim(bt(12, "تتزايد حالات الوفاة", "أوائل السبعينيات"), claimant="author", kind="statistic",
        check_worthy=True)
p.claim(bt(12, "التعرض للشمس كثيرا", "بهذا المرض"), claimant="author", cue=f(12, "تشير"), kind="causal",
        check_worthy=True)
p.claim(f(12, "يمكن تجنبه"), claimant="author", kind="state", check_worthy=False)

# ---- 13
p.ent(f(13, "15"), "CARDINAL")
p.num(f(13, "15"), 15, "cardinal", qualifier="at_least", qualifier_span=f(13, "على الأقل"))
p.claim(bt(13, "طالبت الدراسة", "بين المرضى"), claimant="author", kind="event", check_worthy=False)
p.claim(bt(13, "تنصح الناس", "الأشعة فوق البنفسجية"), claimant="author", kind="event", check_worthy=False)

# ---- 14
p.claim(bt(14, "من المرجح أن ينجح العلاج", "في فترة مبكرة"), claimant="author", kind="causal",
        check_worthy=False)

p.write()
