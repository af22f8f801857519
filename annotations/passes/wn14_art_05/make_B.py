"""Pass B of wn14_art_05 (blind: guidelines 1.2 and the raw text only). Offsets computed by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_art_05"
p = Pass(DOC, "B", agent="annotator b13 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)


def after_ll(a: At) -> At:
    """A span whose first word is contracted with "لل" (GUIDELINES §0): start after "لل"."""
    assert p.text[a.start:a.start + 2] == "لل", p.text[a.start:a.end]
    return At(a.start + 2, a.end)


def berlinale(par):
    f = p.ent(p.find(par, "مهرجان برلين السينمائي"), "EVENT")
    p.ent(p.inside(f, "برلين"), "GPE")


def director(par, surface, nth=0):
    """OCC after the contracted "لل" ("للمخرج ..."), with its nisba nested when there is one."""
    occ = p.ent(after_ll(p.find(par, surface, nth)), "OCC")
    words = surface.split()
    if len(words) > 1:
        p.ent(p.inside(occ, words[-1]), "NORP")
    return occ


W = dict(claimant="author", kind="event", check_worthy=True)  # an award won: the author's event claim

# ---- paragraph 0 (title)
berlinale(0)
p.ent(p.find(0, "الروماني"), "NORP")
p.ent(p.find(0, "وضعية الطفل"), "PRODUCT")
p.claim(p.between(0, "مهرجان برلين", "وضعية الطفل"), **W)

# ---- paragraph 1
berlinale(1)
p.ent(p.find(1, "أمس السبت"), "DATE")
p.claim(p.between(1, "اختتم مهرجان", "أمس السبت"), **W)
p.ent(p.find(1, "الروماني"), "NORP")
p.ent(p.find(1, "وضعية الطفل"), "PRODUCT")
director(1, "للمخرج")
p.ent(p.find(1, "كالين بيتر نيتزر"), "PERS")
p.ent(p.find(1, "جائزة الدب الذهبي"), "EVENT")
p.claim(p.between(1, "فاز الفيلم الروماني", "لأفضل فيلم"), **W)
first = p.find(1, "أول")
p.ent(first, "ORDINAL")
p.num(first, 1, "ordinal", counted=p.find(1, "مرة"))
p.ent(p.find(1, "رومانيا"), "GPE")
p.claim(p.between(1, "هذه أول مرة", "فيلم من رومانيا"), **W)
n19 = p.find(1, "19")
p.ent(n19, "CARDINAL")
p.num(n19, 19, "cardinal", counted=p.find(1, "فيلما"))
p.claim(p.between(1, "تنافس على الجائزة", "بلدان العالم"), claimant="author", kind="statistic", check_worthy=True)
p.ent(p.find(1, "الدب الفضي"), "EVENT")
p.ent(p.find(1, "الستارة المغلقة"), "PRODUCT")
director(1, "للمخرج الإيراني")
p.ent(p.find(1, "جعفر باناخي"), "PERS")
p.claim(p.between(1, "ذهب الدب الفضي", "جعفر باناخي"), **W)

# ---- paragraph 2 (the film's story)
p.ent(p.find(2, "وضعية الطفل"), "PRODUCT")
p.ent(p.find(2, "رومانيا", 0), "GPE")
p.claim(p.between(2, "تتناول أحداث", "حادث سير"), claimant="author", kind="state", check_worthy=False)
p.ent(p.find(2, "رومانيا", 1), "GPE")
p.claim(p.between(2, "يحوي نقدا", "ونظام القضاء"), claimant="author", kind="state", check_worthy=False)

# ---- paragraph 3
p.ent(p.find(3, "الدب الفضي"), "EVENT")
p.ent(p.find(3, "نازيف موجيك"), "PERS")
p.ent(p.find(3, "البوسنة"), "GPE")
p.ent(p.find(3, "لقطة من حياة جامع الحديد"), "PRODUCT")
p.ent(p.find(3, "غجرية"), "NORP")
p.claim(p.between(3, "الدب الفضي", "أسرة غجرية"), **W)
director(3, "للمخرج البوسني")
p.ent(p.find(3, "دانيس تانوفيتش"), "PERS")
p.claim(p.between(3, "هو للمخرج", "دانيس تانوفيتش"), claimant="author", kind="state", check_worthy=True)
p.ent(p.find(3, "الجائزة الكبرى للجنة التحكيم"), "EVENT")
p.claim(p.between(3, "حصل الفيلم أيضا", "للجنة التحكيم"), **W)
second = p.find(3, "الثانية")
p.ent(second, "ORDINAL")
p.num(second, 2, "ordinal", counted=p.find(3, "المرتبة"))
p.ent(p.find(3, "الدب الذهبي"), "EVENT")
p.claim(p.between(3, "هي تأتي", "الدب الذهبي"), claimant="author", kind="state", check_worthy=False)

# ---- paragraph 4
p.ent(p.find(4, "جائزة الجمهور", 0), "EVENT")
p.ent(p.find(4, "البلجيكي"), "NORP")
p.ent(p.find(4, "انهيار الدائرة المكسورة"), "PRODUCT")
director(4, "للمخرج", 0)
p.ent(p.find(4, "فيليكس فان غروتينغن"), "PERS")
p.claim(p.between(4, "حصل على جائزة الجمهور", "فان غروتينغن"), **W)
p.ent(p.find(4, "جائزة الجمهور", 1), "EVENT")
p.ent(p.find(4, "عملية القتل"), "PRODUCT")
director(4, "للمخرج", 1)
p.ent(p.find(4, "الأمريكي"), "NORP")
p.ent(p.find(4, "جوشوا أوبنهايمر"), "PERS")
p.claim(p.between(4, "جائزة الجمهور لأفضل", "جوشوا أوبنهايمر"), **W)
p.ent(p.find(4, "الشيوعيين"), "NORP")
p.ent(p.find(4, "إندونيسيا"), "GPE")
d65 = p.find(4, "سنة 1965")
p.ent(d65, "DATE")
p.num(p.inside(d65, "1965"), 1965, "year")
p.claim(p.between(4, "موضوعه إبادة", "سنة 1965"), claimant="author", kind="state", check_worthy=False)

p.write()
