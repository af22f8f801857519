#!/usr/bin/env python3
"""Pass A of wn14_culture_04 (guidelines 1.2): the machine suggestion reviewed span by span,
corrected and completed. Offsets computed by code from short anchors (scripts/passkit.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_04"
p = Pass(DOC, "A", agent="annotator a7 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_culture_04.json; built by make_A.py.",
         source="annotations/suggestions/wn14_culture_04.json")
F, I, B = p.find, p.inside, p.between


def e(par, surface, label, nth=0):
    return p.ent(F(par, surface, nth), label)


def percent(par, surface, value, nth=0):
    """PERCENT entity "N%" and its number (span the numeral, § 2 decision 6)."""
    a = F(par, surface, nth)
    p.ent(a, "PERCENT")
    return p.num(I(a, surface[:-1]), value, "percent")


# ---- paragraph 0 (title)
e(0, "الخليجيون", "NORP")
e(0, "رمضان", "DATE")
p.claim(B(0, "الخليجيون", "في القمامة"), "author", "statistic", True)

# ---- paragraph 1
occ = B(1, "رئيس جمعية", "المستهلك السعودية")
p.ent(occ, "OCC")
org = I(occ, "جمعية حماية المستهلك السعودية")
p.ent(org, "ORG")
p.ent(I(org, "السعودية"), "NORP")
tuwaim = e(1, "ناصر التويم", "PERS")
e(1, "المملكة", "GPE")                                   # the Kingdom (Saudi Arabia)
g = F(1, "الخليج العربي")
p.ent(g, "LOC")
p.ent(I(g, "العربي"), "NORP")
percent(1, "50%", 50)
percent(1, "70%", 70)
e(1, "رمضان", "DATE")

cue = F(1, "قال")
p.claim(B(1, "المستهلكين في المملكة", "في النفايات"), tuwaim, "statistic", True, cue=cue)
p.claim(F(1, "ذلك نتيجة الشراء العشوائي للسلع الغذائية"), tuwaim, "causal", False, cue=cue)
p.claim(B(1, "يؤدي هذا التصرف", "الأسعار في رمضان"), "author", "causal", False)

# ---- paragraph 2
tw = e(2, "التويم", "PERS")
cue = F(2, "شرح")
p.claim(B(2, "المستهلكين ينساقون", "اقتناء هذه المواد"), tw, "state", False, cue=cue)
p.claim(F(2, "يشترون أكثر من حاجتهم"), tw, "state", False, cue=cue)
p.claim(F(2, "يشكل عبئا على نفقاتهم"), tw, "causal", False, cue=cue)
p.claim(B(2, "يزيد الطلب", "مصيرها في النفايات"), tw, "causal", False, cue=cue)
p.claim(F(2, "يرفع أسعارها"), tw, "causal", False, cue=cue)

# ---- paragraph 3
tw = e(3, "التويم", "PERS")
e(3, "شهر رمضان", "DATE")
p.claim(B(3, "موقف الكثيرين", "مائدة الإفطار"), tw, "quote", False, cue=F(3, "انتقد"))
p.claim(B(3, "لو تعامل الناس", "وهدر الغذاء"), tw, "causal", False, cue=F(3, "أشار"))
cue = F(3, "أضاف")
p.claim(F(3, "حمى الاستهلاك تعطي للتجار فرصة استغلال المستهلك"), tw, "causal", False, cue=cue)
p.claim(B(3, "التقليل من الاستهلاك", "في حل المشكلة"), tw, "quote", False, cue=cue)
cue = F(3, "صرح")
p.claim(F(3, "الغرامات والعقوبات باتت قديمة"), tw, "state", False, cue=cue)
p.claim(F(3, "ليس لها أثر رادع"), tw, "state", False, cue=cue)

# ---- paragraph 4
tw = e(4, "التويم", "PERS")
e(4, "الخليج", "LOC")
e(4, "الولايات المتحدة", "GPE")
percent(4, "30%", 30)
percent(4, "50%", 50)
fao = e(4, "منظمة الأغذية والزراعة", "ORG")
e(4, "الفاو", "ORG")

p.claim(B(4, "مواطني الولايات المتحدة", "المقارنة بين الأصناف"), tw, "state", False, cue=F(4, "أشار"))
p.claim(B(4, "مواطني الولايات المتحدة", "التي يشترونها"), fao, "statistic", True, cue=F(4, "وفق"))

p.write()
