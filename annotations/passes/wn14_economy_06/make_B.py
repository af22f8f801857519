"""Pass B of wn14_economy_06 (blind, from the raw text), guidelines 1.2."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_06"
p = Pass(DOC, "B", agent="annotator b2 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
E, N, C = p.ent, p.num, p.claim

# ---------------------------------------------------------------- paragraph 0 (title)
E(p.find(0, "اليسار الديمقراطي"), "ORG")
E(p.find(0, "الائتلاف الحكومي"), "ORG")
ert0 = E(p.find(0, "الراديو والتلفزيون الوطني اليوناني"), "ORG")
E(p.inside(ert0, "اليوناني"), "NORP")
C(p.between(0, "اليسار الديمقراطي", "الائتلاف الحكومي"), "author", "event", True)
C(p.between(0, "فشل المحادثات", "الوطني اليوناني"), "author", "event", True)

# ---------------------------------------------------------------- paragraph 1
dimar = E(p.find(1, "حزب اليسار الديمقراطي"), "ORG")
E(p.inside(dimar, "اليسار الديمقراطي"), "ORG")
E(p.find(1, "ديمار"), "ORG")
E(p.find(1, "اليونان"), "GPE")
E(p.find(1, "اليوم"), "DATE")
E(p.find(1, "الائتلاف الحكومي"), "ORG")
E(p.find(1, "رئيس الوزراء"), "OCC")
E(p.find(1, "أنتونيس ساماراس"), "PERS")
ert1 = E(p.find(1, "مؤسسة الإذاعة والتلفزيون اليونانية"), "ORG")
E(p.inside(ert1, "اليونانية"), "NORP")
E(p.find(1, "عشرة أيام"), "DATE")
N(p.find(1, "عشرة"), 10, "cardinal", counted=p.find(1, "أيام"))
E(p.find(1, "الائتلاف", 1), "ORG")
N(p.find(1, "الحزبين"), 2, "cardinal", counted=p.find(1, "الحزبين"))
E(p.find(1, "الديمقراطية الجديدة"), "ORG")
E(p.find(1, "باسوك"), "ORG")
E(p.find(1, "البرلمان"), "ORG")
E(p.find(1, "14"), "CARDINAL")
n14a = N(p.find(1, "14"), 14, "cardinal", counted=p.find(1, "نائبا"))
E(p.find(1, "الائتلاف", 2), "ORG")

C(p.between(1, "قرر حزب", "أنتونيس ساماراس"), "author", "event", True)
C(p.between(1, "فشل عدة جولات", "عشرة أيام"), "author", "event", True)
C(p.between(1, "الإغلاق المفاجئ", "عشرة أيام"), "author", "event", True)
C(p.between(1, "يحافظ الائتلاف", "في البرلمان"), "author", "state", True)
C(p.between(1, "لكنها تصبح هامشية", "من الائتلاف"), "author", "state", True)
C(p.between(1, "انسحاب 14 نائبا", "من الائتلاف"), "author", "statistic", True)

# ---------------------------------------------------------------- paragraph 2
E(p.find(2, "اليوم"), "DATE")
E(p.find(2, "اليسار الديمقراطي"), "ORG")
E(p.find(2, "الحزب"), "ORG")
occ = E(p.find(2, "وزير الإصلاح الإداري اليوناني"), "OCC")
E(p.inside(occ, "الإصلاح الإداري"), "ORG")
E(p.inside(occ, "اليوناني"), "NORP")
minister = E(p.find(2, "أنتونيس مانيتاكيس"), "PERS")
E(p.find(2, "رئيس الوزراء"), "OCC")
E(p.find(2, "رئيس الوزراء", 1), "OCC")
E(p.find(2, "زعيم"), "OCC")
E(p.find(2, "الديمقراطية الجديدة"), "ORG")
E(p.find(2, "أنتونيس ساماراس"), "PERS")
heads = E(p.find(2, "رئيسي الحزبين الآخرين في الائتلاف"), "OCC")
E(p.inside(heads, "الائتلاف"), "ORG")
N(p.inside(heads, "رئيسي"), 2, "cardinal", counted=p.inside(heads, "رئيسي"))
N(p.inside(heads, "الحزبين"), 2, "cardinal", counted=p.inside(heads, "الحزبين"))
E(p.find(2, "إيفانغيلينوس فينيزيلوس"), "PERS")
E(p.inside(p.find(2, "فينيزيلوس رئيس"), "رئيس"), "OCC")
pasok = E(p.find(2, "الحركة الاشتراكية اليونانية"), "ORG")
E(p.inside(pasok, "اليونانية"), "NORP")
E(p.find(2, "باسوك"), "ORG")
E(p.find(2, "فوتيس كوفيليس"), "PERS")
E(p.inside(p.find(2, "كوفيليس رئيس"), "رئيس"), "OCC")
E(p.find(2, "اليسار الديمقراطي", 1), "ORG")
E(p.find(2, "ديمار"), "ORG")

C(p.between(2, "تقرر الانسحاب", "اليسار الديمقراطي"), "author", "event", True)
C(p.between(2, "الحزب سيبقى", "يدعم الأغلبية"), "author", "state", False)
C(p.between(2, "سيقدم استقالته", "إلى رئيس الوزراء"), minister, "event", False, cue=p.find(2, "قال"))
C(p.between(2, "يأتي القرار", "(ديمار"), "author", "event", True)

# ---------------------------------------------------------------- paragraph 3
E(p.find(3, "مؤسسة الإذاعة والتلفزيون العامة"), "ORG")
E(p.find(3, "اليونان"), "GPE")
E(p.find(3, "الائتلاف اليميني اليساري"), "ORG")
E(p.find(3, "سنة"), "DATE")
C(p.between(3, "أثار الخلاف", "أنحاء اليونان"), "author", "causal", True)
C(p.between(3, "وضع مصير", "بصعوبة بالغة"), "author", "causal", False)
C(p.between(3, "سنة من تشكله", "بصعوبة بالغة"), "author", "event", False)
C(p.between(3, "تفككه يعني", "انتخابات مبكرة"), "author", "causal", False)

# ---------------------------------------------------------------- paragraph 4
E(p.find(4, "الديمقراطية الجديدة"), "ORG")
E(p.find(4, "باسوك"), "ORG")
E(p.find(4, "153"), "CARDINAL")
E(p.find(4, "300"), "CARDINAL")
seat = p.find(4, "مقعد")
n153 = N(p.find(4, "153"), 153, "cardinal", counted=seat)
n300 = N(p.find(4, "300"), 300, "cardinal", counted=seat)
E(p.find(4, "البرلمان"), "ORG")
E(p.find(4, "14"), "CARDINAL")
n14b = N(p.find(4, "14"), 14, "cardinal", counted=p.find(4, "عضوا"))
E(p.find(4, "ديمار"), "ORG")
C(p.between(4, "يبقى عند", "ديمار منه"), "author", "statistic", True)
C(p.between(4, "انسحاب 14", "ديمار منه"), "author", "statistic", True)
C(p.between(4, "هي أغلبية ضئيلة", "للأزمة المالية"), "author", "state", False)

p.rel("includes", n300, [n153])
p.rel("equals", n14a, [n14b])

p.write()
