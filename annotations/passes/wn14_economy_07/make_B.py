"""Pass B of wn14_economy_07 (blind, from the raw text), guidelines 1.2."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_07"
p = Pass(DOC, "B", agent="annotator b2 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
E, N, C = p.ent, p.num, p.claim

# ---------------------------------------------------------------- paragraph 0 (title)
E(p.find(0, "الصين"), "GPE")
E(p.find(0, "الأمريكية"), "NORP")
E(p.find(0, "الإيراني"), "NORP")
C(p.between(0, "الصين ترفض", "النفط الإيراني"), "author", "event", True)

# ---------------------------------------------------------------- paragraph 1
liu = E(p.find(1, "ليو وي مين"), "PERS")
occ1 = E(p.find(1, "المتحدث باسم وزارة الخارجية الصينية"), "OCC")
mofa1 = E(p.inside(occ1, "وزارة الخارجية الصينية"), "ORG")
E(p.inside(occ1, "الصينية"), "NORP")
E(p.find(1, "ثالثة"), "ORDINAL")
N(p.find(1, "ثالثة"), 3, "ordinal", counted=p.find(1, "دولة", 1))
E(p.find(1, "الولايات المتحدة"), "GPE")
E(p.find(1, "الأمريكية"), "NORP")
E(p.find(1, "الإيراني"), "NORP")
E(p.find(1, "28 يونيو الجاري"), "DATE")
occ2 = E(p.find(1, "المتحدث باسم الخارجية الصينية"), "OCC")
E(p.inside(occ2, "الخارجية الصينية"), "ORG")
E(p.inside(occ2, "الصينية"), "NORP")
E(p.find(1, "الإيراني", 1), "NORP")

C(p.between(1, "بلاده ترفض", "على دولة ثالثة"), liu, "state", True, cue=p.find(1, "صرح"))
C(p.between(1, "القانون الصادر", "يونيو الجاري"), "author", "state", True)
C(p.between(1, "واردات بلاده", "طبيعية وشفافة"), occ2, "quote", False, cue=p.find(1, "أكد"))
C(p.between(1, "لا تخالف", "القوانين الدولية"), occ2, "state", True, cue=p.find(1, "أكد"))

# ---------------------------------------------------------------- paragraph 2
E(p.find(2, "الولايات المتحدة"), "GPE")
E(p.find(2, "سبع"), "CARDINAL")
N(p.find(2, "سبع"), 7, "cardinal", counted=p.find(2, "دول"))
E(p.find(2, "قانون إقرار الدفاع الوطني"), "LAW")
E(p.find(2, "سنة 2012"), "DATE")
N(p.find(2, "2012"), 2012, "year")
E(p.find(2, "ديسمبر الماضي"), "DATE")
E(p.find(2, "الإيراني"), "NORP")
E(p.find(2, "28 يونيو الجاري"), "DATE")
E(p.find(2, "الصين"), "GPE")

C(p.between(2, "كانت الولايات المتحدة", "يونيو الجاري"), "author", "event", True)
C(p.between(2, "يفرضها", "يونيو الجاري"), "author", "state", True)
C(p.between(2, "هذا الاستثناء", "يشمل الصين"), "author", "state", True)

# ---------------------------------------------------------------- paragraph 3
occ3 = E(p.find(3, "المتحدث باسم وزارة الخارجية الصينية"), "OCC")
E(p.inside(occ3, "وزارة الخارجية الصينية"), "ORG")
E(p.inside(occ3, "الصينية"), "NORP")
E(p.find(3, "إيران"), "GPE")
E(p.find(3, "ولايات المتحدة"), "GPE")          # after the contracted "لل"
E(p.inside(p.find(3, "تستورد الصين"), "الصين"), "GPE")
E(p.find(3, "إيران", 1), "GPE")
unsc = E(p.find(3, "مجلس الأمن للأمم المتحدة"), "ORG")
E(p.inside(unsc, "أمم المتحدة"), "ORG")          # after the contracted "لل"
E(p.find(3, "ثالث"), "ORDINAL")
N(p.find(3, "ثالث"), 3, "ordinal", counted=p.find(3, "طرف"))

C(p.between(3, "رفض بلاده", "للولايات المتحدة"), occ3, "state", True, cue=p.find(3, "أكد"))
said = p.find(3, "قال")
C(p.between(3, "تستورد الصين", "لتنمية اقتصادها"), occ3, "state", True, cue=said)
C(p.between(3, "إنه مفتوح", "وشفاف"), occ3, "quote", False, cue=said)
C(p.between(3, "لا يخالف", "للأمم المتحدة"), occ3, "state", True, cue=said)
C(p.between(3, "لا يؤذي", "والمجتمع الدولي"), occ3, "quote", False, cue=said)
C(p.between(3, "هو طبقا", "للقانون"), occ3, "state", False, cue=said)

# ---------------------------------------------------------------- paragraph 4
gov = E(p.find(4, "حكومة الصينية"), "ORG")      # after the contracted "لل"
E(p.inside(gov, "الصينية"), "NORP")
E(p.find(4, "سينوبك"), "ORG")
E(p.find(4, "الصينية", 1), "NORP")
E(p.find(4, "إيران"), "GPE")
reuters = E(p.find(4, "وكالة رويترز"), "ORG")
E(p.inside(reuters, "رويترز"), "ORG")
E(p.inside(p.find(4, "قطاع النفط الصيني"), "الصيني"), "NORP")
E(p.find(4, "الولايات المتحدة الأمريكية"), "GPE")

C(p.between(4, "رفضت", "نفط رخيص من إيران"), "author", "event", True)
C(p.between(4, "نشرت وكالة رويترز", "تذكر اسمه"), "author", "event", False)
C(p.between(4, "العلاقات مع", "النفط الرخيص"), reuters, "quote", False, cue=p.find(4, "نشرت"))

# ---------------------------------------------------------------- paragraph 5
E(p.find(5, "قانون إقرار الدفاع الوطني"), "LAW")
E(p.find(5, "الأمريكي"), "NORP")
E(p.find(5, "سنة 2012"), "DATE")
N(p.find(5, "2012"), 2012, "year")
E(p.find(5, "إيران"), "GPE")
us5 = E(p.find(5, "الولايات المتحدة"), "GPE")
iran5 = E(p.find(5, "إيران", 1), "GPE")

C(p.between(5, "يهدف", "برنامجها النووي"), "author", "state", False)
C(p.between(5, "يهدف", "أسلحة نووية", 1), us5, "state", True, cue=p.find(5, "تشك"))
C(p.between(5, "أغراض البرنامج", "سلمية بحتة"), iran5, "state", True, cue=p.find(5, "تصر"))

p.write()
