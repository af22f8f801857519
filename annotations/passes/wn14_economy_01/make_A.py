#!/usr/bin/env python3
"""Pass A of wn14_economy_01 (annotator a1): the machine suggestion reviewed, corrected and completed.
Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_01"
p = Pass(DOC, "A", agent="annotator a1 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_economy_01.json; built by make_A.py.",
         source="annotations/suggestions/wn14_economy_01.json")
f, ent, num, claim = p.find, p.ent, p.num, p.claim

# ¶0 title
g = ent(f(0, "قطاع غزة"), "GPE")
ent(p.inside(g, "غزة"), "GPE")
ent(f(0, "مصر"), "GPE")
ent(f(0, "80%"), "PERCENT")
n80a = num(f(0, "80"), 80, "percent")
claim(p.between(0, "قطاع غزة", "من الأنفاق"), "author", kind="event", check_worthy=True)
claim(p.between(0, "إغلاق مصر", "من الأنفاق"), "author", kind="statistic", check_worthy=True)

# ¶1
serry = ent(f(1, "روبرت سري"), "PERS")
occ = ent(p.between(1, "مبعوث الأمم", "الشرق الأوسط"), "OCC")
ent(p.inside(occ, "الأمم المتحدة"), "ORG")
ent(p.inside(occ, "الشرق الأوسط"), "LOC")
ent(f(1, "80%"), "PERCENT")
n80b = num(f(1, "80"), 80, "percent", qualifier="approximately", qualifier_span=f(1, "تقريبا"))
ent(f(1, "مصر"), "GPE")
ent(f(1, "القطاع"), "GPE")
claim(p.between(1, "80%", "توقفت عن العمل"), serry, cue=f(1, "أعلن"), kind="statistic", check_worthy=True)
claim(p.between(1, "كانت مستخدمة", "إلى القطاع"), serry, cue=f(1, "أعلن"), kind="state", check_worthy=False)
p.rel("equals", n80a, [n80b])

# ¶2
ent(f(2, "القطاع", 0), "GPE")
ent(f(2, "القطاع", 1), "GPE")
ent(f(2, "إسرائيل"), "GPE")
sea = ent(f(2, "بحر غزة"), "LOC")
ent(p.inside(sea, "غزة"), "GPE")
claim(p.between(2, "ضاق الخناق", "أهالي القطاع"), "author", kind="event", check_worthy=False)
claim(p.between(2, "أصبح القطاع", "الغذائية والتموينية والوقود"), "author", kind="state", check_worthy=True)
claim(p.between(2, "الأمر الذي أفضى", "سيارات الإسعاف والمستشفيات"), "author", kind="causal", check_worthy=True)
claim(f(2, "توقف عمل الصيادين"), "author", kind="event", check_worthy=True)
claim(f(2, "أصبحت قواربهم لا تبرح مكانها"), "author", kind="state", check_worthy=True)
claim(p.between(2, "يؤدي ذلك", "محاصيل الصيد"), "author", kind="causal", check_worthy=True)
# the fishermen are a generic class, not an entity (decision 23): claimant author, cue kept
cue_f = f(2, "أكد")
claim(p.between(2, "حالتهم تتدهور", "إلى أسوأ"), "author", cue=cue_f, kind="state", check_worthy=False)
claim(p.between(2, "حتى لو توافر", "في بحر غزة"), "author", cue=cue_f, kind="state", check_worthy=False)
claim(p.between(2, "العقبات التي تضعها", "في بحر غزة"), "author", cue=cue_f, kind="state", check_worthy=True)

# ¶3
ent(f(3, "القطاع", 0), "GPE")
occ = ent(f(3, "وزير الاقتصاد عن حماس"), "OCC")
ent(p.inside(occ, "حماس"), "ORG")
rif = ent(f(3, "علاء الرفاتي"), "PERS")
ent(f(3, "القطرية"), "NORP")
ent(f(3, "التركية"), "NORP")
ent(f(3, "الأولى"), "ORDINAL")
num(f(3, "الأولى"), 1, "ordinal", counted=f(3, "المراحل"))
fac = ent(f(3, "معبر كرم أبو سالم"), "FAC")
ent(p.inside(fac, "كرم أبو سالم"), "GPE")
ent(f(3, "الإسرائيلية"), "NORP")
ent(f(3, "30%"), "PERCENT")
num(f(3, "30"), 30, "percent", qualifier="more_than", qualifier_span=f(3, "أكثر من"))
ent(f(3, "القطاع", 1), "GPE")
claim(p.between(3, "سبب توقف", "في مواد البناء"), "author", kind="causal", check_worthy=True)
claim(p.between(3, "عطل عمليات", "أخرى في القطاع"), "author", kind="causal", check_worthy=True)
claim(p.between(3, "معظم المشاريع", "قد توقفت"), rif, cue=f(3, "شدد"), kind="event", check_worthy=True)
claim(p.between(3, "المواد التي تدخل", "من حاجة القطاع"), rif, cue=f(3, "مشددا"), kind="statistic",
      check_worthy=True)
claim(p.between(3, "معبر كرم", "للسيطرة الإسرائيلية"), rif, cue=f(3, "مشددا"), kind="state", check_worthy=False)

# ¶4
hamas = ent(f(4, "حماس", 0), "ORG")
ent(f(4, "مصر"), "GPE")
ent(f(4, "الوزير"), "OCC")
rif4 = ent(f(4, "الرفاتي"), "PERS")
gov = ent(f(4, "حكومة حماس"), "ORG")
ent(p.inside(gov, "حماس"), "ORG")
fac = ent(f(4, "معبر رفح"), "FAC")
ent(p.inside(fac, "رفح"), "GPE")
ent(f(4, "المعبر"), "FAC")
claim(p.between(4, "حثت حماس", "نتيجة إغلاق الأنفاق"), "author", kind="event", check_worthy=True)
claim(p.between(4, "النقص الحاصل", "نتيجة إغلاق الأنفاق"), "author", kind="causal", check_worthy=True)
claim(p.between(4, "حكومة حماس", "عبر معبر رفح"), rif4, cue=f(4, "أشار"), kind="event", check_worthy=True)
claim(p.between(4, "الأولوية", "لحركة الأفراد"), rif4, cue=f(4, "منبها"), kind="state", check_worthy=True)
claim(p.between(4, "لسنا ضد", "لإدخال البضائع"), rif4, cue=f(4, "قال"), kind="quote", check_worthy=False)

# ¶5
ent(f(5, "مصر"), "GPE")
ent(f(5, "القطاع", 0), "GPE")
ent(f(5, "القطاع", 1), "GPE")
claim(p.between(5, "قرار مصر", "لا رجوع عنه"), "author", kind="state", check_worthy=False)

p.write()
