"""Correction of the gold of wn14_culture_03 (what both passes got wrong alike or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_culture_03"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W22: personal histories are not check-worthy: the poet's birth (¶4 'ولد سليمان العيسى'), "
                    "his leaving the Sanjak in 1939 (¶4 'ترك اللواء'), his part in founding the Baath party "
                    "(¶4) and the Arab Writers Union (¶5 'من مؤسسي اتحاد الكتاب العرب'), as the agreed "
                    "studies and posts of the same biography. W2: 'القرية' (¶4 'درس في القرية') is the village "
                    "named just before ('النعيرية', GPE), a GPE as 'اللواء' in the same sentence.")
# W22
for par, first, last in ((4, "ولد سليمان العيسى", "لواء إسكندرون"), (4, "ترك اللواء", "سنة 1939"),
                         (4, "شارك في تأسيس", "العربي الاشتراكي"), (5, "هو من مؤسسي", "في سوريا")):
    ref = c.item_at("claims", c.between(par, first, last))
    assert c.claims[ref.index]["check_worthy"] is True
    c.set(ref, check_worthy=False)
# W2
c.ent(c.inside(c.find(4, "درس في القرية"), "القرية"), "GPE")
c.write()
