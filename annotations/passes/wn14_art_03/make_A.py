"""Pass A of wn14_art_03 (annotator a13): the machine suggestion reviewed, corrected and completed.

Run from the worktree root: python annotations/passes/wn14_art_03/make_A.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_03"
p = Pass(DOC, "A", agent="annotator a13 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/"
              f"{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")


def film_director_festival(par):
    """'فيلم "ذرة" للمخرج التركي أردم طبغوز ... مهرجان موسكو السينمائي الدولي' (¶0 and ¶1)."""
    p.ent(p.find(par, "ذرة"), "PRODUCT")
    occ = p.ent(p.find(par, "مخرج التركي"), "OCC")          # after the contracted "لل" (§0)
    p.ent(p.inside(occ, "التركي"), "NORP")
    p.ent(p.find(par, "أردم طبغوز"), "PERS")
    fest = p.ent(p.find(par, "مهرجان موسكو السينمائي الدولي"), "EVENT")
    p.ent(p.inside(fest, "موسكو"), "GPE")


# ¶0 title
film_director_festival(0)
p.claim(p.between(0, "فيلم", "السينمائي الدولي"), claimant="author", kind="event", check_worthy=True)

# ¶1
film_director_festival(1)
p.ent(p.find(1, "اليوم"), "DATE")
p.claim(p.between(1, "سمي فيلم", "المهرجان اليوم"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(1, "ممثلة الدور الرئيسي"), "OCC")
p.ent(p.find(1, "جاله أريكان"), "PERS")
p.claim(p.between(1, "فازت ممثلة", "دور نسائي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(1, "الفيلم دراما اجتماعية"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(1, "يروي قصة امرأة", "غير عادية"), claimant="author", kind="state", check_worthy=False)

# ¶2: the plot (facts about the film's content, not check-worthy)
p.ent(p.find(2, "زينب", 0), "PERS")
p.claim(p.between(2, "تدور قصة الفيلم", "اسمها زينب"), claimant="author", kind="state", check_worthy=False)
p.ent(p.find(2, "إحدى"), "CARDINAL")
p.num(p.find(2, "إحدى"), 1, "cardinal", counted=p.find(2, "ضواحي"))
p.ent(p.find(2, "إسطنبول", 0), "GPE")
p.claim(p.between(2, "تعيش حياة صعبة", "وابنتها المريضة"), claimant="author", kind="state", check_worthy=False)
p.ent(p.find(2, "إسطنبول", 1), "GPE")
p.claim(p.between(2, "تدور في إسطنبول", "فرصة عمل"), claimant="author", kind="state", check_worthy=False)
p.claim(p.find(2, "لا تلقى إلا الذل"), claimant="author", kind="state", check_worthy=False)
p.ent(p.find(2, "زينب", 1), "PERS")
p.claim(p.between(2, "تقرر زينب", "غير معتادة"), claimant="author", kind="state", check_worthy=False)

# ¶3
actress = p.ent(p.find(3, "جاله إريكان"), "PERS")
p.claim(p.between(3, "الدور أعجبها", "تستسلم للظروف"), claimant=actress, cue=p.find(3, "قالت"),
        kind="quote", check_worthy=False)

# ¶4
p.claim(p.between(4, "أعلن خلال حفل", "جوائز أخرى"), claimant="author", kind="event", check_worthy=False)
p.ent(p.find(4, "روسي"), "NORP")                          # "للروسي", after the contracted "لل"
p.ent(p.find(4, "أليكسي شيفتشينكو"), "PERS")
p.ent(p.find(4, "يهودا"), "PRODUCT")
p.claim(p.between(4, "جائزة أفضل ممثل", "يهودا"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(4, "البولوني"), "NORP")
p.ent(p.find(4, "أب وابن"), "PRODUCT")
p.claim(p.between(4, "حصل الفيلم البولوني", "فيلم وثائقي"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(4, "الكوري"), "NORP")
p.ent(p.find(4, "جيون ينهين"), "PERS")
title = p.ent(p.find(4, "انفعالات لبنانية"), "PRODUCT")
p.ent(p.inside(title, "لبنانية"), "NORP")
p.claim(p.between(4, "أفضل إخراج", "انفعالات لبنانية"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(4, "كوريا"), "GPE")
p.ent(p.find(4, "لبنان", 1), "GPE")                       # occurrence 0 is inside "لبنانية"
p.claim(p.between(4, "تدور أحداث الفيلم", "في لبنان"), claimant="author", kind="state", check_worthy=False)

# ¶5: the edition ordinal is part of the festival's name (entities §17, numbers §11: "الدورة 66")
fest = p.ent(p.find(5, "مهرجان موسكو السينمائي الدولي الخامس والثلاثين"), "EVENT")
p.ent(p.inside(fest, "موسكو"), "GPE")
p.ent(p.find(5, "20 حتى 29 يونيو الجاري"), "DATE")
p.claim(p.between(5, "استمرت فعاليات", "يونيو الجاري"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(5, "16"), "CARDINAL")
p.num(p.find(5, "16"), 16, "cardinal", counted=p.find(5, "فيلما"))
p.claim(p.between(5, "شارك في مسابقته", "16 فيلما"), claimant="author", kind="statistic", check_worthy=True)

p.write()
