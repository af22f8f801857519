"""Pass B of wn14_art_02 (blind: guidelines 1.2 and the raw text only). Offsets computed by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_02"
p = Pass(DOC, "B", agent="annotator b13 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

# ---- paragraph 0 (title)
p.ent(p.find(0, "كارول سماحة"), "PERS")
p.ent(p.find(0, "المغرب"), "GPE")
p.ent(p.find(0, "مصر"), "GPE")
p.ent(p.find(0, "لبنان"), "GPE")
p.claim(p.between(0, "كارول سماحة", "ولبنان"), claimant="author", kind="state", check_worthy=False)

# ---- paragraph 1
p.ent(p.find(1, "الفنانة"), "OCC")
p.ent(p.find(1, "كارول سماحة", 0), "PERS")
fest = p.ent(p.find(1, "مهرجان الدار البيضاء"), "EVENT")
p.ent(p.inside(fest, "الدار البيضاء"), "GPE")
p.ent(p.find(1, "المغرب"), "GPE")
p.claim(p.between(1, "شاركت الفنانة", "في المغرب"), claimant="author", kind="event", check_worthy=True)

two = p.num(p.find(1, "حفلين"), 2, "cardinal", counted=p.find(1, "حفلين"))
p.claim(p.find(1, "أحيت حفلين"), claimant="author", kind="event", check_worthy=True)
p.ent(p.find(1, "ابن أمسيك"), "FAC")
p.ent(p.find(1, "سيدي البرنوصي"), "FAC")
p.claim(p.between(1, "وقفت خلالها", "سيدي البرنوصي"), claimant="author", kind="event", check_worthy=True)

k80 = p.find(1, "ثمانين ألف")
p.ent(k80, "CARDINAL")
p.num(k80, 80000, "cardinal", counted=p.find(1, "معجب"))
p.claim(p.between(1, "ثمانين ألف", "في كل ليلة"), claimant="author", kind="statistic", check_worthy=True)

two2 = p.num(p.find(1, "الحفلين"), 2, "cardinal", counted=p.find(1, "الحفلين"))
p.rel("equals", two, [two2])
p.claim(p.between(1, "أجواء راقصة", "طبعت الحفلين"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(1, "غنت خلالهما", "جديدها وقديمها"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(1, "يشكل صوت الجمهور", "صدى لصوتها"), claimant="author", kind="event", check_worthy=False)

p.ent(p.find(1, "كارول سماحة", 1), "PERS")
occ = p.ent(p.between(1, "نجم الR&B", "في العالم"), "OCC")
first = p.inside(occ, "الأول")
p.ent(first, "ORDINAL")
p.num(first, 1, "ordinal")
p.ent(p.find(1, "Craig David"), "PERS")
p.claim(p.between(1, "كارول سماحة التقت", "Craig David"), claimant="author", kind="event", check_worthy=True)
one = p.find(1, "إحدى")
p.ent(one, "CARDINAL")
p.num(one, 1, "cardinal", counted=p.find(1, "ليالي"))
p.claim(p.between(1, "شارك في إحياء", "ليالي المهرجان"), claimant="author", kind="event", check_worthy=True)

p.write()
