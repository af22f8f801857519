#!/usr/bin/env python3
"""Pass A of wn14_economy_06 (annotator a2): the machine suggestion reviewed, corrected and completed.

Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_06"
p = Pass(DOC, "A", agent="annotator a2 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C, F, I, B = p.ent, p.num, p.claim, p.find, p.inside, p.between

# ---------------------------------------------------------------- ¶0 (title)
E(F(0, "اليسار الديمقراطي"), "ORG")
E(F(0, "الائتلاف الحكومي"), "ORG")
ert0 = E(F(0, "الراديو والتلفزيون الوطني اليوناني"), "ORG")
E(I(ert0, "اليوناني"), "NORP")
C(B(0, "اليسار الديمقراطي", "الوطني اليوناني"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶1
party = E(F(1, "حزب اليسار الديمقراطي"), "ORG")
E(I(party, "اليسار الديمقراطي"), "ORG")
E(F(1, "ديمار"), "ORG")
E(F(1, "اليونان"), "GPE")
E(F(1, "اليوم"), "DATE")
E(F(1, "الائتلاف الحكومي"), "ORG")
E(F(1, "رئيس الوزراء"), "OCC")
E(F(1, "أنتونيس ساماراس"), "PERS")
ert1 = E(F(1, "مؤسسة الإذاعة والتلفزيون اليونانية"), "ORG")
E(I(ert1, "اليونانية"), "NORP")
E(F(1, "عشرة أيام"), "DATE")
E(F(1, "الديمقراطية الجديدة"), "ORG")
E(F(1, "باسوك"), "ORG")
E(F(1, "البرلمان"), "ORG")
E(F(1, "14"), "CARDINAL")

N(F(1, "عشرة"), 10, "cardinal", counted=F(1, "أيام"))
N(F(1, "الحزبين"), 2, "cardinal", counted=F(1, "الحزبين"))
n14a = N(F(1, "14"), 14, "cardinal", counted=F(1, "نائبا"))

C(B(1, "قرر حزب", "أنتونيس ساماراس"), claimant="author", kind="event", check_worthy=True)
C(B(1, "فشل عدة جولات", "منذ عشرة أيام"), claimant="author", kind="event", check_worthy=True)
C(B(1, "الإغلاق المفاجئ", "منذ عشرة أيام"), claimant="author", kind="event", check_worthy=True)
C(B(1, "يحافظ الائتلاف", "المطلقة في البرلمان"), claimant="author", kind="state", check_worthy=True)
C(B(1, "تصبح هامشية", "نائبا من الائتلاف"), claimant="author", kind="state", check_worthy=False)
C(B(1, "انسحاب 14", "نائبا من الائتلاف"), claimant="author", kind="statistic", check_worthy=True)

# ---------------------------------------------------------------- ¶2
E(F(2, "اليوم"), "DATE")
E(F(2, "اليسار الديمقراطي", 0), "ORG")
minister = E(F(2, "وزير الإصلاح الإداري اليوناني"), "OCC")
E(I(minister, "اليوناني"), "NORP")
manitakis = E(F(2, "أنتونيس مانيتاكيس"), "PERS")
E(F(2, "رئيس الوزراء", 0), "OCC")
E(F(2, "رئيس الوزراء", 1), "OCC")
E(F(2, "زعيم"), "OCC")  # its complement is in quotation marks, which an entity span may not contain
E(F(2, "الديمقراطية الجديدة"), "ORG")
E(F(2, "أنتونيس ساماراس"), "PERS")
E(F(2, "رئيسي الحزبين الآخرين في الائتلاف"), "OCC")
E(F(2, "إيفانغيلينوس فينيزيلوس"), "PERS")
E(I(F(2, "رئيس \"الحركة"), "رئيس"), "OCC")  # complement in quotation marks, outside
pasok = E(F(2, "الحركة الاشتراكية اليونانية"), "ORG")
E(I(pasok, "اليونانية"), "NORP")
E(F(2, "باسوك"), "ORG")
E(F(2, "فوتيس كوفيليس"), "PERS")
E(I(F(2, "رئيس \"اليسار"), "رئيس"), "OCC")  # complement in quotation marks, outside
E(F(2, "اليسار الديمقراطي", 1), "ORG")
E(F(2, "ديمار"), "ORG")

N(F(2, "رئيسي"), 2, "cardinal", counted=F(2, "رئيسي"))
N(F(2, "الحزبين"), 2, "cardinal", counted=F(2, "الحزبين"))

C(B(2, "تقرر الانسحاب", "نواب \"اليسار الديمقراطي"), claimant="author", kind="event", check_worthy=True)
C(B(2, "الحزب سيبقى", "يدعم الأغلبية"), claimant="author", kind="state", check_worthy=False)
C(B(2, "سيقدم استقالته", "إلى رئيس الوزراء"), claimant=manitakis, cue=F(2, "قال"), kind="event",
  check_worthy=False)
C(B(2, "يأتي القرار", "(ديمار"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶3
ert3 = E(F(3, "مؤسسة الإذاعة والتلفزيون العامة"), "ORG")
E(F(3, "اليونان"), "GPE")
E(F(3, "سنة"), "DATE")

C(B(3, "أثار الخلاف", "في أنحاء اليونان"), claimant="author", kind="causal", check_worthy=True)
C(B(3, "وضع مصير", "بصعوبة بالغة"), claimant="author", kind="state", check_worthy=False)
C(B(3, "تفككه يعني", "انتخابات مبكرة"), claimant="author", kind="causal", check_worthy=False)

# ---------------------------------------------------------------- ¶4
E(F(4, "الديمقراطية الجديدة"), "ORG")
E(F(4, "باسوك"), "ORG")
E(F(4, "153"), "CARDINAL")
E(F(4, "300"), "CARDINAL")
E(F(4, "البرلمان"), "ORG")
E(F(4, "14"), "CARDINAL")
E(F(4, "ديمار"), "ORG")

n153 = N(F(4, "153"), 153, "cardinal", counted=F(4, "مقعد"))
n300 = N(F(4, "300"), 300, "cardinal", counted=F(4, "مقعد"))
n14b = N(F(4, "14"), 14, "cardinal", counted=F(4, "عضوا"))

C(B(4, "يبقى عند", "ديمار منه"), claimant="author", kind="statistic", check_worthy=True)
C(B(4, "انسحاب 14", "ديمار منه"), claimant="author", kind="statistic", check_worthy=True)
C(B(4, "هي أغلبية ضئيلة", "المضادة للأزمة المالية"), claimant="author", kind="state", check_worthy=False)

p.rel("includes", n300, [n153, n14b])
p.rel("equals", n14a, [n14b])

p.write()
