"""Pass A of wn14_art_02 (annotator a13): the machine suggestion reviewed, corrected and completed.

Run from the worktree root: python annotations/passes/wn14_art_02/make_A.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_02"
p = Pass(DOC, "A", agent="annotator a13 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/"
              f"{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")

# ¶0 title
p.ent(p.find(0, "كارول سماحة"), "PERS")
p.ent(p.find(0, "المغرب"), "GPE")
p.ent(p.find(0, "مصر"), "GPE")
p.ent(p.find(0, "لبنان"), "GPE")
p.claim(p.between(0, "كارول سماحة", "ولبنان"), claimant="author", kind="event", check_worthy=True)

# ¶1
p.ent(p.find(1, "الفنانة"), "OCC")
p.ent(p.find(1, "كارول سماحة", 0), "PERS")
fest = p.ent(p.find(1, "مهرجان الدار البيضاء"), "EVENT")
p.ent(p.inside(fest, "الدار البيضاء"), "GPE")
p.ent(p.find(1, "المغرب"), "GPE")
p.claim(p.between(1, "شاركت الفنانة", "في المغرب"), claimant="author", kind="event", check_worthy=True)

two = p.num(p.find(1, "حفلين", 0), 2, "cardinal", counted=p.find(1, "حفلين", 0))
p.claim(p.find(1, "أحيت حفلين"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(1, "ابن أمسيك"), "FAC")
p.ent(p.find(1, "سيدي البرنوصي"), "FAC")
p.claim(p.between(1, "وقفت خلالها", "سيدي البرنوصي"), claimant="author", kind="event", check_worthy=True)

p.ent(p.find(1, "ثمانين ألف"), "CARDINAL")
p.num(p.find(1, "ثمانين ألف"), 80000, "cardinal", counted=p.find(1, "معجب"))
p.claim(p.between(1, "ثمانين ألف", "في كل ليلة"), claimant="author", kind="statistic", check_worthy=True)

p.claim(p.between(1, "أجواء راقصة", "طبعت الحفلين"), claimant="author", kind="state", check_worthy=False)
two_again = p.num(p.find(1, "الحفلين", 0), 2, "cardinal", counted=p.find(1, "الحفلين", 0))
p.rel("equals", two, [two_again])
p.claim(p.find(1, "غنت خلالهما جديدها وقديمها"), claimant="author", kind="event", check_worthy=False)
p.claim(p.find(1, "يشكل صوت الجمهور صدى لصوتها"), claimant="author", kind="event", check_worthy=False)

p.ent(p.find(1, "كارول سماحة", 1), "PERS")
p.ent(p.find(1, "نجم الR&B"), "OCC")
p.ent(p.find(1, "الأول"), "ORDINAL")
p.num(p.find(1, "الأول"), 1, "ordinal", counted=p.find(1, "نجم"))
p.ent(p.find(1, "Craig David"), "PERS")
p.claim(p.between(1, "كارول سماحة التقت", "Craig David"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(1, "إحدى"), "CARDINAL")
p.num(p.find(1, "إحدى"), 1, "cardinal", counted=p.find(1, "ليالي"))
p.claim(p.between(1, "شارك في إحياء", "ليالي المهرجان"), claimant="author", kind="event", check_worthy=True)

p.write()
