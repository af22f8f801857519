#!/usr/bin/env python3
"""Pass A of wn14_economy_07 (annotator a2): the machine suggestion reviewed, corrected and completed.

Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_07"
p = Pass(DOC, "A", agent="annotator a2 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C, F, I, B = p.ent, p.num, p.claim, p.find, p.inside, p.between

# ---------------------------------------------------------------- ¶0 (title)
E(F(0, "الصين"), "GPE")
E(F(0, "الأمريكية"), "NORP")
E(F(0, "الإيراني"), "NORP")
C(B(0, "الصين ترفض", "النفط الإيراني"), claimant="author", kind="state", check_worthy=True)

# ---------------------------------------------------------------- ¶1
liu = E(F(1, "ليو وي مين"), "PERS")
spk1 = E(F(1, "المتحدث باسم وزارة الخارجية الصينية"), "OCC")
mfa1 = E(I(spk1, "وزارة الخارجية الصينية"), "ORG")
E(I(mfa1, "الخارجية"), "ORG")
E(I(mfa1, "الصينية"), "NORP")
E(F(1, "ثالثة"), "ORDINAL")
E(F(1, "الولايات المتحدة"), "GPE")
E(F(1, "الأمريكية"), "NORP")
E(F(1, "الإيراني", 0), "NORP")
E(F(1, "28 يونيو الجاري"), "DATE")
spk2 = E(F(1, "المتحدث باسم الخارجية الصينية"), "OCC")
mfa2 = E(I(spk2, "الخارجية الصينية"), "ORG")
E(I(mfa2, "الخارجية"), "ORG")
E(I(mfa2, "الصينية"), "NORP")
E(F(1, "الإيراني", 1), "NORP")

N(F(1, "ثالثة"), 3, "ordinal", counted=I(F(1, "دولة ثالثة"), "دولة"))

C(B(1, "بلاده ترفض", "على دولة ثالثة"), claimant=liu, cue=F(1, "صرح"), kind="state", check_worthy=True)
C(B(1, "القانون الصادر", "28 يونيو الجاري"), claimant="author", kind="state", check_worthy=True)
C(B(1, "واردات بلاده", "طبيعية وشفافة"), claimant=spk2, cue=F(1, "أكد"), kind="state", check_worthy=False)
C(F(1, "لا تخالف القوانين الدولية"), claimant=spk2, cue=F(1, "أكد"), kind="state", check_worthy=True)

# ---------------------------------------------------------------- ¶2
us2 = E(F(2, "الولايات المتحدة"), "GPE")
E(F(2, "سبع"), "CARDINAL")
E(F(2, "قانون إقرار الدفاع الوطني"), "LAW")
E(F(2, "سنة 2012"), "DATE")
E(F(2, "ديسمبر الماضي"), "DATE")
E(F(2, "الإيراني"), "NORP")
E(F(2, "28 يونيو الجاري"), "DATE")
E(F(2, "الصين"), "GPE")

N(F(2, "سبع"), 7, "cardinal", counted=F(2, "دول"))
N(F(2, "2012"), 2012, "year")

C(B(2, "استثنائها لسبع", "28 يونيو الجاري"), claimant=us2, cue=F(2, "أعلنت"), kind="event", check_worthy=True)
C(B(2, "يفرضها", "28 يونيو الجاري"), claimant="author", kind="state", check_worthy=True)
C(B(2, "هذا الاستثناء", "يشمل الصين"), claimant="author", kind="state", check_worthy=True)

# ---------------------------------------------------------------- ¶3
spk3 = E(F(3, "المتحدث باسم وزارة الخارجية الصينية"), "OCC")
mfa3 = E(I(spk3, "وزارة الخارجية الصينية"), "ORG")
E(I(mfa3, "الخارجية"), "ORG")
E(I(mfa3, "الصينية"), "NORP")
E(F(3, "إيران", 0), "GPE")
E(F(3, "ولايات المتحدة"), "GPE")  # after the contracted "لل" of "للولايات" (§0)
E(I(F(3, "تستورد الصين"), "الصين"), "GPE")
E(F(3, "إيران", 1), "GPE")
unsc = E(F(3, "مجلس الأمن للأمم المتحدة"), "ORG")
E(I(unsc, "مجلس الأمن"), "ORG")
E(I(unsc, "أمم المتحدة"), "ORG")  # after the contracted "لل" of "للأمم" (§0)
E(F(3, "ثالث"), "ORDINAL")

N(F(3, "ثالث"), 3, "ordinal", counted=F(3, "طرف"))

C(B(3, "رفض بلاده", "قانون للولايات المتحدة"), claimant=spk3, cue=F(3, "أكد"), kind="state", check_worthy=True)
said = F(3, "قال")
C(B(3, "تستورد الصين", "لتنمية اقتصادها"), claimant=spk3, cue=said, kind="state", check_worthy=True)
C(F(3, "إنه مفتوح وشفاف"), claimant=spk3, cue=said, kind="state", check_worthy=False)
C(B(3, "لا يخالف", "للأمم المتحدة"), claimant=spk3, cue=said, kind="state", check_worthy=True)
C(B(3, "لا يؤذي", "والمجتمع الدولي"), claimant=spk3, cue=said, kind="state", check_worthy=False)
C(F(3, "هو طبقا للقانون"), claimant=spk3, cue=said, kind="state", check_worthy=False)

# ---------------------------------------------------------------- ¶4
gov = E(F(4, "حكومة الصينية"), "ORG")  # after the contracted "لل" of "للحكومة" (§0)
E(I(gov, "الصينية"), "NORP")
E(F(4, "سينوبك"), "ORG")
E(F(4, "الصينية", 1), "NORP")
E(F(4, "إيران"), "GPE")
reu = E(F(4, "وكالة رويترز"), "ORG")
E(I(reu, "رويترز"), "ORG")
E(I(F(4, "قطاع النفط الصيني"), "الصيني"), "NORP")
E(F(4, "الولايات المتحدة الأمريكية"), "GPE")

C(B(4, "رفضت \"سينوبك", "رخيص من إيران"), claimant="author", kind="event", check_worthy=True)
C(B(4, "نشرت وكالة رويترز", "أن تذكر اسمه"), claimant="author", kind="event", check_worthy=True)
C(B(4, "العلاقات مع", "من النفط الرخيص"), claimant=reu, cue=F(4, "نشرت"), kind="quote", check_worthy=False)

# ---------------------------------------------------------------- ¶5
E(F(5, "قانون إقرار الدفاع الوطني"), "LAW")
E(F(5, "الأمريكي"), "NORP")
E(F(5, "سنة 2012"), "DATE")
E(F(5, "إيران", 0), "GPE")
us5 = E(F(5, "الولايات المتحدة"), "GPE")
iran5 = E(F(5, "إيران", 1), "GPE")

N(F(5, "2012"), 2012, "year")

C(B(5, "يهدف \"قانون", "برنامجها النووي"), claimant="author", kind="state", check_worthy=False)
C(B(5, "يهدف إلى إنتاج", "أسلحة نووية"), claimant=us5, cue=F(5, "تشك"), kind="state", check_worthy=True)
C(B(5, "أغراض البرنامج", "سلمية بحتة"), claimant=iran5, cue=F(5, "تصر"), kind="state", check_worthy=True)

p.write()
