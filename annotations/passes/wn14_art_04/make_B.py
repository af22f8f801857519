"""Pass B of wn14_art_04 (blind: guidelines 1.2 and the raw text only). Offsets computed by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_art_04"
p = Pass(DOC, "B", agent="annotator b13 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)


def after_ll(a: At) -> At:
    """A span whose first word is contracted with "لل" (GUIDELINES §0): start after "لل"."""
    assert p.text[a.start:a.start + 2] == "لل", p.text[a.start:a.end]
    return At(a.start + 2, a.end)


def year(par, nth=0):
    d = p.find(par, "عام 2013", nth)
    p.ent(d, "DATE")
    return p.num(p.inside(d, "2013"), 2013, "year")


W = dict(claimant="author", kind="event", check_worthy=True)  # an award won: the author's event claim

# ---- paragraph 0 (title)
p.ent(p.find(0, "آرغو"), "PRODUCT")
p.ent(p.find(0, "الأوسكار"), "EVENT")
y0 = year(0)
p.claim(p.between(0, "فوز فيلم", "لعام 2013"), **W)

# ---- paragraph 1
p.ent(p.find(1, "آرغو"), "PRODUCT")
d1 = p.find(1, "للمخرج بن")
p.ent(At(d1.start + 2, d1.start + len("للمخرج")), "OCC")
p.ent(p.find(1, "بن آفليك"), "PERS")
p.ent(p.find(1, "جائزة أوسكار"), "EVENT")
y1 = year(1)
p.rel("equals", y0, [y1])
p.claim(p.between(1, "فاز فيلم", "لعام 2013"), **W)
acad = p.ent(p.find(1, "الأكاديمية الأمريكية لفنون السينما وعلومها"), "ORG")
p.ent(p.inside(acad, "الأمريكية"), "NORP")
p.claim(p.between(1, "تنظمه الأكاديمية", "السينما وعلومها"), claimant="author", kind="state", check_worthy=False)
p.ent(p.find(1, "هذا العام"), "DATE")
ed = p.find(1, "الخامسة والثمانين")
p.ent(ed, "ORDINAL")
p.num(ed, 85, "ordinal", counted=p.find(1, "دورته"))
p.ent(p.find(1, "لوس أنجلوس"), "GPE")
p.ent(p.find(1, "كاليفورنيا"), "GPE")
p.claim(p.between(1, "أقيم هذا العام", "بولاية كاليفورنيا"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(1, "لينكولن", 0), "PRODUCT")
d2 = p.find(1, "للمخرج ستيفن")
p.ent(At(d2.start + 2, d2.start + len("للمخرج")), "OCC")
p.ent(p.find(1, "ستيفن سبيلبرغ"), "PERS")
p.claim(p.between(1, "قد تفوق الفيلم", "فيلم \"لينكولن"), claimant="author", kind="event", check_worthy=True)
pres = p.ent(p.find(1, "الرئيس الأمريكي السادس عشر"), "OCC")
p.ent(p.inside(pres, "الأمريكي"), "NORP")
o16 = p.inside(pres, "السادس عشر")
p.ent(o16, "ORDINAL")
p.num(o16, 16, "ordinal", counted=p.inside(pres, "الرئيس"))
p.ent(p.find(1, "آبراهام لينكولن"), "PERS")
p.claim(p.between(1, "يتناول حياة", "آبراهام لينكولن"), claimant="author", kind="state", check_worthy=False)

# ---- paragraph 2
p.ent(p.find(2, "آرغو", 0), "PRODUCT")
p.ent(p.find(2, "الأمريكيين"), "NORP")
p.ent(p.find(2, "إيران", 0), "GPE")
p.claim(p.between(2, "يسلط فيلم آرغو", "في إيران"), claimant="author", kind="state", check_worthy=False)
cia = p.ent(p.find(2, "وكالة المخابرات المركزية الأمريكية"), "ORG")
p.ent(p.inside(cia, "الأمريكية"), "NORP")
six = p.find(2, "ستة")
p.ent(six, "CARDINAL")
p.num(six, 6, "cardinal", counted=p.find(2, "دبلوماسيين"))
p.ent(p.inside(p.find(2, "دبلوماسيين أمريكيين"), "أمريكيين"), "NORP")
p.ent(p.find(2, "إيران", 1), "GPE")
rev = p.ent(p.find(2, "الثورة الإسلامية"), "EVENT")
p.ent(p.inside(rev, "الإسلامية"), "NORP")
d79 = p.find(2, "عام 1979")
p.ent(d79, "DATE")
p.num(p.inside(d79, "1979"), 1979, "year")
p.claim(p.between(2, "هو مقتبس", "عام 1979"), claimant="author", kind="state", check_worthy=True)

flotus = p.ent(p.find(2, "الأمريكية الأولى"), "OCC")  # the First Lady: "الأولى" is part of the title
p.ent(p.inside(flotus, "الأمريكية"), "NORP")
michelle = p.ent(p.find(2, "ميشيل أوباما"), "PERS")
p.ent(p.find(2, "البيت الأبيض"), "FAC")
p.claim(p.between(2, "في مبادرة غير مسبوقة", "نتيجة أفضل فيلم"), claimant="author", kind="event",
        check_worthy=True)
p.claim(p.find(2, "خيار جيد"), claimant=michelle, cue=p.find(2, "قالت"), kind="quote", check_worthy=False)
p.ent(p.find(2, "الممثل"), "OCC")
p.ent(p.find(2, "جاك نيكلسون"), "PERS")
p.ent(p.find(2, "جائزة الأوسكار"), "EVENT")
p.ent(p.find(2, "مخرج وبطل الفيلم"), "OCC")
p.ent(p.find(2, "بن آفليك"), "PERS")
p.claim(p.between(2, "قد سلم الممثل", "الفيلم بن آفليك"), **W)
p.claim(p.between(2, "الأخير استبعد", "أفضل مخرج"), **W)
p.ent(p.find(2, "آرغو", 1), "PRODUCT")
two = p.find(2, "جائزتين")
p.num(two, 2, "cardinal", counted=two)
p.claim(p.between(2, "لم يفز فيلم", "وأفضل مونتاج"), claimant="author", kind="statistic", check_worthy=True)

# ---- paragraph 3: an introduction to the list, no claim of its own

# ---- paragraph 4
p.ent(p.find(4, "دانييل دي لويس"), "PERS")
p.ent(p.find(4, "لينكولن"), "PRODUCT")
p.claim(p.between(4, "دانييل دي لويس", "فيلم لينكولن"), **W)
first = p.find(4, "أول")
p.ent(first, "ORDINAL")
p.num(first, 1, "ordinal", counted=p.find(4, "ممثل", 1))
three = p.find(4, "ثلاث")
p.ent(three, "CARDINAL")
p.num(three, 3, "cardinal", counted=p.find(4, "مرات"))
p.ent(p.find(4, "الأوسكار"), "EVENT")
p.claim(p.between(4, "يصبح بذلك", "تاريخ الأوسكار"), claimant="author", kind="statistic", check_worthy=True)

# ---- paragraph 5
p.ent(p.find(5, "جينفر لورانس"), "PERS")
p.ent(p.find(5, "Silver Linings playbook"), "PRODUCT")
p.claim(p.between(5, "جينفر لورانس", "Linings playbook"), **W)

# ---- paragraph 6
p.ent(p.find(6, "آمور"), "PRODUCT")
d6 = p.find(6, "للمخرج النمساوي")
occ6 = p.ent(after_ll(d6), "OCC")
p.ent(p.inside(occ6, "النمساوي"), "NORP")
p.ent(p.find(6, "مايكل هانيكه"), "PERS")
p.claim(p.between(6, "فيلم آمور", "فيلم أجنبي"), **W)

# ---- paragraph 7
p.ent(p.find(7, "آن هاثاوي"), "PERS")
p.ent(p.find(7, "أوسكار"), "EVENT")
p.ent(p.find(7, "فانتين"), "PERS")  # the character
p.ent(p.find(7, "لي ميزيرابل"), "PRODUCT")
p.ent(p.find(7, "البؤساء"), "PRODUCT")
p.claim(p.between(7, "آن هاثاوي", "البؤساء"), **W)
two2 = p.find(7, "جائزتي")
p.num(two2, 2, "cardinal", counted=two2)
p.ent(p.find(7, "سكاي فال"), "PRODUCT")
p.ent(p.find(7, "جيمس بوند"), "PRODUCT")  # the film series
p.claim(p.between(7, "قد فاز الفيلم", "سلسلة جيمس بوند"), **W)
p.claim(p.between(7, "سكاي فال", "سلسلة جيمس بوند"), claimant="author", kind="state", check_worthy=False)

# ---- paragraph 8
p.ent(p.find(8, "برايف"), "PRODUCT")
p.ent(p.find(8, "الشجاع"), "PRODUCT")
p.ent(p.find(8, "استوديوهات بيكسار"), "ORG")
p.ent(p.find(8, "أوسكار"), "EVENT")
p.claim(p.between(8, "فيلم برايف", "رسوم متحركة"), **W)

# ---- paragraph 9
p.ent(p.find(9, "كريستوفر فالتس"), "PERS")
p.ent(p.find(9, "أوسكار"), "EVENT")
p.ent(p.find(9, "دجانغو أنتشايند"), "PRODUCT")
p.claim(p.between(9, "كريستوفر فالتس", "دجانغو أنتشايند"), **W)

# ---- paragraph 10
p.ent(p.find(10, "Searching for sugar man"), "PRODUCT")
p.claim(p.between(10, "فيلم Searching", "فيلم وثائقي"), **W)

# ---- paragraph 11
p.ent(p.find(11, "المخرج"), "OCC")
p.ent(p.find(11, "ستيفن سبيلبرغ"), "PERS")
p.claim(p.between(11, "الخاسر الأكبر", "ستيفن سبيلبرغ"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(11, "أفلتت منه", "أفضل مخرج"), **W)

p.write()
