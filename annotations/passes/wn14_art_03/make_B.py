"""Pass B of wn14_art_03 (blind: guidelines 1.2 and the raw text only). Offsets computed by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_art_03"
p = Pass(DOC, "B", agent="annotator b13 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)


def after_ll(a: At) -> At:
    """A span whose first word is contracted with "لل" (GUIDELINES §0): start after "لل"."""
    assert p.text[a.start:a.start + 2] == "لل", p.text[a.start:a.end]
    return At(a.start + 2, a.end)


def moscow_fest(par, nth=0):
    f = p.ent(p.find(par, "مهرجان موسكو السينمائي الدولي", nth), "EVENT")
    p.ent(p.inside(f, "موسكو"), "GPE")
    return f


def film_and_director(par):
    p.ent(p.find(par, "ذرة"), "PRODUCT")
    occ = p.ent(after_ll(p.find(par, "للمخرج التركي")), "OCC")
    p.ent(p.inside(occ, "التركي"), "NORP")
    p.ent(p.find(par, "أردم طبغوز"), "PERS")
    moscow_fest(par)


# ---- paragraph 0 (title)
film_and_director(0)
p.claim(p.between(0, "فيلم", "السينمائي الدولي"), claimant="author", kind="event", check_worthy=True)

# ---- paragraph 1
film_and_director(1)
p.ent(p.find(1, "اليوم"), "DATE")
p.claim(p.between(1, "سمي فيلم", "المهرجان اليوم"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(1, "ممثلة الدور الرئيسي"), "OCC")
p.ent(p.find(1, "جاله أريكان"), "PERS")
p.claim(p.between(1, "فازت ممثلة", "ممثلة دور نسائي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "الفيلم دراما", "دراما اجتماعية"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(1, "يروي قصة", "تصرفات غير عادية"), claimant="author", kind="state", check_worthy=False)

# ---- paragraph 2 (the plot)
p.ent(p.find(2, "زينب", 0), "PERS")
one = p.find(2, "إحدى")
p.ent(one, "CARDINAL")
p.num(one, 1, "cardinal", counted=p.find(2, "ضواحي"))
p.ent(p.find(2, "إسطنبول", 0), "GPE")
p.claim(p.between(2, "تدور قصة الفيلم", "وابنتها المريضة"), claimant="author", kind="state", check_worthy=False)
p.ent(p.find(2, "إسطنبول", 1), "GPE")
p.claim(p.between(2, "تدور في إسطنبول", "فرصة عمل"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(2, "لا تلقى", "إلا الذل"), claimant="author", kind="state", check_worthy=False)
p.ent(p.find(2, "زينب", 1), "PERS")
p.claim(p.between(2, "عندها تقرر زينب", "غير معتادة"), claimant="author", kind="state", check_worthy=False)

# ---- paragraph 3
jale = p.ent(p.find(3, "جاله إريكان"), "PERS")
p.claim(p.between(3, "الدور أعجبها", "تستسلم للظروف"), claimant=jale, cue=p.find(3, "قالت"), kind="quote",
        check_worthy=False)

# ---- paragraph 4
p.claim(p.between(4, "أعلن خلال", "جوائز أخرى"), claimant="author", kind="event", check_worthy=False)
p.ent(after_ll(p.find(4, "للروسي")), "NORP")
p.ent(p.find(4, "أليكسي شيفتشينكو"), "PERS")
p.ent(p.find(4, "يهودا"), "PRODUCT")
p.claim(p.between(4, "جائزة أفضل ممثل", "فيلم \"يهودا"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(4, "البولوني"), "NORP")
p.ent(p.find(4, "أب وابن"), "PRODUCT")
p.claim(p.between(4, "حصل الفيلم البولوني", "فيلم وثائقي"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(4, "الكوري"), "NORP")
p.ent(p.find(4, "جيون ينهين"), "PERS")
title = p.ent(p.find(4, "انفعالات لبنانية"), "PRODUCT")
p.ent(p.inside(title, "لبنانية"), "NORP")
p.claim(p.between(4, "أفضل إخراج", "انفعالات لبنانية"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(4, "كوريا"), "GPE")
p.ent(p.find(4, "لبنان", 1), "GPE")
p.claim(p.between(4, "تدور أحداث الفيلم", "لا في لبنان"), claimant="author", kind="state", check_worthy=False)

# ---- paragraph 5
moscow_fest(5)  # the name proper, as "الأوسكار" in "حفل الأوسكار لعام 2013" (decision 17)
ed = p.find(5, "الخامس والثلاثين")  # the edition, an ordinal after the name
p.ent(ed, "ORDINAL")
p.num(ed, 35, "ordinal")
p.ent(p.between(5, "20", "يونيو الجاري"), "DATE")
p.claim(p.between(5, "استمرت فعاليات", "يونيو الجاري"), claimant="author", kind="event", check_worthy=True)
n16 = p.find(5, "16")
p.ent(n16, "CARDINAL")
p.num(n16, 16, "cardinal", counted=p.find(5, "فيلما"))
p.claim(p.between(5, "شارك في مسابقته", "16 فيلما"), claimant="author", kind="statistic", check_worthy=True)

p.write()
