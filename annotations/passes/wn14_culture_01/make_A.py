#!/usr/bin/env python3
"""Pass A of wn14_culture_01 (guidelines 1.2): the machine suggestion reviewed span by span,
corrected and completed. Offsets computed by code from short anchors (scripts/passkit.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_01"
p = Pass(DOC, "A", agent="annotator a7 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_culture_01.json; built by make_A.py.",
         source="annotations/suggestions/wn14_culture_01.json")
F, I, B = p.find, p.inside, p.between
ACAD = "الأكاديمية البريطانية لفنون الفيلم والتلفزيون"


def academy(par, nth=0):
    """ORG the British Academy (BAFTA) with its nested NORP."""
    a = B(par, "الأكاديمية البريطانية", "والتلفزيون", nth, 0)
    org = p.ent(a, "ORG")
    p.ent(I(a, "البريطانية"), "NORP")
    return org


# ---- paragraph 0 (title)
p.ent(F(0, "جاذبية"), "PRODUCT")                       # the film Gravity
aw = B(0, "جوائز الأكاديمية", "والتلفزيون")             # the BAFTA awards (named award)
p.ent(aw, "EVENT")
academy(0)
p.claim(B(0, "فيلم جاذبية", "والتلفزيون"), "author", "event", True)

# ---- paragraph 1
bafta = academy(1)
ord67 = F(1, "السابع والستين")
p.ent(ord67, "ORDINAL")
n67 = p.num(ord67, 67, "ordinal", counted=F(1, "حفلها"))
p.ent(F(1, "جاذبية"), "PRODUCT")
eleven = F(1, "11 ترشيحا")
p.ent(I(eleven, "11"), "CARDINAL")
p.num(I(eleven, "11"), 11, "cardinal", counted=I(eleven, "ترشيحا"))
p.ent(F(1, "12 سنة عبدا"), "PRODUCT")                  # 12 Years a Slave: a numeral inside a title, no number
km = F(1, "الكفاح الأمريكي")                             # American Hustle
p.ent(km, "PRODUCT")
p.ent(I(km, "الأمريكي"), "NORP")
ten = F(1, "10 ترشيحات")
p.ent(I(ten, "10"), "CARDINAL")
p.num(I(ten, "10"), 10, "cardinal", counted=I(ten, "ترشيحات"))
d = F(1, "16 فبراير 2014")
p.ent(d, "DATE")
p.num(I(d, "2014"), 2014, "year")
p.ent(F(1, "دار الأوبرا الملكية"), "FAC")
p.ent(F(1, "لندن"), "GPE")

p.claim(B(1, "أعلنت الأكاديمية", "السابع والستين"), "author", "event", True)
p.claim(F(1, "تصدر هذه الترشيحات فيلم جاذبية"), "author", "event", True)
p.claim(F(1, "حصل على 11 ترشيحا"), "author", "statistic", True)
p.claim(B(1, "جاء بعده فيلم", "لكل منهما"), "author", "statistic", True)
p.claim(B(1, "سيقام حفل توزيع الجوائز", "في لندن"), "author", "event", True)

p.write()
