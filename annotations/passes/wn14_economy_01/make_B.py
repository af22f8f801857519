"""Pass B of wn14_economy_01 (blind: guidelines 1.2 and the raw text only). Offsets by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_01"
p = Pass(DOC, "B", agent="annotator b1 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, inside, between, ent, num, claim = p.find, p.inside, p.between, p.ent, p.num, p.claim

# ---------------------------------------------------------------- paragraph 0 (title)
gaza0 = ent(f(0, "قطاع غزة"), "GPE")
ent(f(0, "غزة"), "GPE")
ent(f(0, "مصر"), "GPE")
ent(f(0, "80%"), "PERCENT")
n80_0 = num(f(0, "80"), 80, "percent")
claim(between(0, "إغلاق مصر", "الأنفاق"), "author", "event", True)

# ---------------------------------------------------------------- paragraph 1
serry = ent(f(1, "روبرت سري"), "PERS")
occ = ent(f(1, "مبعوث الأمم المتحدة للسلام في الشرق الأوسط"), "OCC")
ent(inside(occ, "الأمم المتحدة"), "ORG")
ent(inside(occ, "الشرق الأوسط"), "LOC")
ent(f(1, "80%"), "PERCENT")
ent(f(1, "مصر"), "GPE")
n80_1 = num(f(1, "80"), 80, "percent", "approximately", f(1, "تقريبا"))
p.rel("equals", n80_0, [n80_1])
claim(between(1, "80%", "توقفت عن العمل"), serry, "statistic", True, cue=f(1, "أعلن"))
claim(between(1, "كانت مستخدمة", "إلى القطاع"), "author", "state", False)

# ---------------------------------------------------------------- paragraph 2
claim(between(2, "ضاق الخناق", "أهالي القطاع"), "author", "state", False)
claim(between(2, "أصبح القطاع يشكو", "والوقود"), "author", "state", True)
claim(between(2, "الأمر الذي أفضى", "والمستشفيات"), "author", "causal", True)
claim(f(2, "توقف عمل الصيادين"), "author", "event", True)
claim(f(2, "أصبحت قواربهم لا تبرح مكانها"), "author", "state", True)
claim(between(2, "يؤدي ذلك", "محاصيل الصيد"), "author", "causal", True)
akkada = f(2, "أكد")
claim(between(2, "حالتهم تتدهور", "إلى أسوأ"), "author", "state", False, cue=akkada)
claim(between(2, "حتى لو توافر", "في بحر غزة"), "author", "state", False, cue=akkada)
claim(between(2, "تضعها إسرائيل", "في بحر غزة"), "author", "state", True, cue=akkada)
ent(f(2, "إسرائيل"), "GPE")
sea = ent(f(2, "بحر غزة"), "LOC")
ent(inside(sea, "غزة"), "GPE")

# ---------------------------------------------------------------- paragraph 3
claim(between(3, "سبب توقف عمل الأنفاق", "مواد البناء"), "author", "causal", True)
claim(between(3, "عطل عمليات بناء", "في القطاع"), "author", "causal", True)
occ3 = ent(f(3, "وزير الاقتصاد عن حماس"), "OCC")
ent(inside(occ3, "حماس"), "ORG")
rafati3 = ent(f(3, "علاء الرفاتي"), "PERS")
ent(f(3, "القطرية"), "NORP")
ent(f(3, "التركية"), "NORP")
ent(f(3, "الأولى"), "ORDINAL")
num(f(3, "الأولى"), 1, "ordinal", counted=f(3, "المراحل"))
claim(between(3, "معظم المشاريع القطرية", "قد توقفت"), rafati3, "event", True, cue=f(3, "شدد"))
fac = ent(f(3, "معبر كرم أبو سالم"), "FAC")
ent(inside(fac, "كرم أبو سالم"), "LOC")
ent(f(3, "الإسرائيلية"), "NORP")
ent(f(3, "30%"), "PERCENT")
num(f(3, "30"), 30, "percent", "at_most", f(3, "لا يغطي أكثر من"))
claim(between(3, "المواد التي تدخل", "حاجة القطاع"), rafati3, "statistic", True, cue=f(3, "مشددا"))
claim(f(3, "الخاضع للسيطرة الإسرائيلية"), "author", "state", False)

# ---------------------------------------------------------------- paragraph 4
ent(f(4, "حماس"), "ORG")
ent(f(4, "مصر"), "GPE")
claim(between(4, "حثت حماس", "إغلاق الأنفاق"), "author", "event", True)
claim(between(4, "النقص الحاصل", "إغلاق الأنفاق"), "author", "causal", True)
ent(f(4, "الوزير"), "OCC")
rafati4 = ent(f(4, "الرفاتي"), "PERS")
gov = ent(f(4, "حكومة حماس"), "ORG")
ent(inside(gov, "حماس"), "ORG")
rafah = ent(f(4, "معبر رفح"), "FAC")
ent(inside(rafah, "رفح"), "GPE")
claim(between(4, "حكومة حماس تقوم", "معبر رفح"), rafati4, "event", True, cue=f(4, "أشار"))
claim(between(4, "الأولوية ما زالت", "لحركة الأفراد"), rafati4, "state", True, cue=f(4, "منبها"))
claim(between(4, "لسنا ضد", "لإدخال البضائع"), rafati4, "quote", False, cue=f(4, "قال"))

# ---------------------------------------------------------------- paragraph 5
ent(f(5, "مصر"), "GPE")
claim(between(5, "قرار مصر", "لا رجوع عنه"), "author", "state", False)

p.write()
