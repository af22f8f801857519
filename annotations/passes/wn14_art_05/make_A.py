"""Pass A of wn14_art_05 (annotator a13): the machine suggestion reviewed, corrected and completed.

Run from the worktree root: python annotations/passes/wn14_art_05/make_A.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_05"
p = Pass(DOC, "A", agent="annotator a13 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/"
              f"{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
A = "author"


def berlinale(par):
    fest = p.ent(p.find(par, "مهرجان برلين السينمائي"), "EVENT")
    p.ent(p.inside(fest, "برلين"), "GPE")


# ¶0 title
berlinale(0)
p.ent(p.find(0, "الروماني"), "NORP")
p.ent(p.find(0, "وضعية الطفل"), "PRODUCT")
p.claim(p.between(0, "مهرجان برلين", "وضعية الطفل"), claimant=A, kind="event", check_worthy=True)

# ¶1
berlinale(1)
p.ent(p.find(1, "أمس السبت"), "DATE")
p.claim(p.between(1, "اختتم مهرجان", "أمس السبت"), claimant=A, kind="event", check_worthy=True)
p.ent(p.find(1, "الروماني"), "NORP")
p.ent(p.find(1, "وضعية الطفل"), "PRODUCT")
p.ent(p.find(1, "مخرج", 0), "OCC")                        # "للمخرج", after the contracted "لل"
p.ent(p.find(1, "كالين بيتر نيتزر"), "PERS")
p.ent(p.find(1, "جائزة الدب الذهبي"), "EVENT")
p.claim(p.between(1, "فاز الفيلم الروماني", "لأفضل فيلم"), claimant=A, kind="event", check_worthy=True)
p.ent(p.find(1, "أول"), "ORDINAL")
p.num(p.find(1, "أول"), 1, "ordinal", counted=p.find(1, "مرة"))
p.ent(p.find(1, "رومانيا"), "GPE")
p.claim(p.between(1, "هذه أول مرة", "من رومانيا"), claimant=A, kind="statistic", check_worthy=True)
p.ent(p.find(1, "19"), "CARDINAL")
p.num(p.find(1, "19"), 19, "cardinal", counted=p.find(1, "فيلما"))
p.claim(p.between(1, "تنافس على الجائزة", "بلدان العالم"), claimant=A, kind="statistic", check_worthy=True)
p.ent(p.find(1, "الدب الفضي"), "EVENT")
p.ent(p.find(1, "الستارة المغلقة"), "PRODUCT")
occ = p.ent(p.find(1, "مخرج الإيراني"), "OCC")
p.ent(p.inside(occ, "الإيراني"), "NORP")
p.ent(p.find(1, "جعفر باناخي"), "PERS")
p.claim(p.between(1, "ذهب الدب الفضي", "جعفر باناخي"), claimant=A, kind="event", check_worthy=True)

# ¶2: the plot and theme of the film (facts about its content, not check-worthy)
p.ent(p.find(2, "وضعية الطفل"), "PRODUCT")
p.ent(p.find(2, "رومانيا", 0), "GPE")
p.claim(p.between(2, "تتناول أحداث", "في رومانيا"), claimant=A, kind="state", check_worthy=False)
p.claim(p.find(2, "تحاول أن تخلصه من السجن"), claimant=A, kind="state", check_worthy=False)
p.claim(p.find(2, "قتل طفلا في حادث سير"), claimant=A, kind="state", check_worthy=False)
p.ent(p.find(2, "رومانيا", 1), "GPE")
p.ent(p.find(2, "الشرطة"), "ORG")
p.claim(p.between(2, "يحوي نقدا", "ونظام القضاء"), claimant=A, kind="state", check_worthy=False)

# ¶3
p.ent(p.find(3, "الدب الفضي"), "EVENT")
p.ent(p.find(3, "نازيف موجيك"), "PERS")
p.ent(p.find(3, "البوسنة"), "GPE")
p.ent(p.find(3, "لقطة من حياة جامع الحديد"), "PRODUCT")
p.ent(p.find(3, "غجرية"), "NORP")
p.claim(p.between(3, "الدب الفضي", "أسرة غجرية"), claimant=A, kind="event", check_worthy=True)
occ = p.ent(p.find(3, "مخرج البوسني"), "OCC")
p.ent(p.inside(occ, "البوسني"), "NORP")
p.ent(p.find(3, "دانيس تانوفيتش"), "PERS")
p.claim(p.between(3, "هو للمخرج", "دانيس تانوفيتش"), claimant=A, kind="state", check_worthy=False)
prize = p.ent(p.find(3, "الجائزة الكبرى للجنة التحكيم"), "EVENT")
p.ent(p.inside(prize, "لجنة التحكيم"), "ORG")              # "للجنة" = ل + لجنة
p.claim(p.between(3, "حصل الفيلم أيضا", "للجنة التحكيم"), claimant=A, kind="event", check_worthy=True)
p.ent(p.find(3, "الثانية"), "ORDINAL")
p.num(p.find(3, "الثانية"), 2, "ordinal", counted=p.find(3, "المرتبة"))
p.ent(p.find(3, "الدب الذهبي"), "EVENT")
p.claim(p.between(3, "هي تأتي", "الدب الذهبي"), claimant=A, kind="state", check_worthy=False)

# ¶4
p.ent(p.find(4, "جائزة الجمهور", 0), "EVENT")
p.ent(p.find(4, "البلجيكي"), "NORP")
p.ent(p.find(4, "انهيار الدائرة المكسورة"), "PRODUCT")
p.ent(p.find(4, "مخرج", 0), "OCC")
p.ent(p.find(4, "فيليكس فان غروتينغن"), "PERS")
p.claim(p.between(4, "حصل على جائزة", "فان غروتينغن"), claimant=A, kind="event", check_worthy=True)
p.ent(p.find(4, "جائزة الجمهور", 1), "EVENT")
p.ent(p.find(4, "عملية القتل"), "PRODUCT")
p.ent(p.find(4, "مخرج", 1), "OCC")
p.ent(p.find(4, "الأمريكي"), "NORP")
p.ent(p.find(4, "جوشوا أوبنهايمر"), "PERS")
p.claim(p.between(4, "جائزة الجمهور لأفضل", "جوشوا أوبنهايمر"), claimant=A, kind="event", check_worthy=True)
p.ent(p.find(4, "الشيوعيين"), "NORP")
p.ent(p.find(4, "إندونيسيا"), "GPE")
p.ent(p.find(4, "سنة 1965"), "DATE")
p.num(p.find(4, "1965"), 1965, "year")
p.claim(p.between(4, "موضوعه إبادة", "سنة 1965"), claimant=A, kind="state", check_worthy=False)

p.write()
