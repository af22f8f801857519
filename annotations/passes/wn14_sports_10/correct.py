"""Correction of the gold of wn14_sports_10 (what both passes got wrong alike or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_sports_10"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W7: a match minute is TIME 'الدقيقة N' with no CARDINAL inside (¶2 67 and 74, ¶8 59, "
                    "¶9 67); the numbers (ordinal, counted 'الدقيقة') were already right. W2/W5: 'الفريق "
                    "الزائر' (¶6) is the visiting club named just before ('طلائع الجيش'): an ORG, its span "
                    "after the contracted 'لل' (§0). Claims §0: the cause 'انقطاع التيار الكهربائي ...' "
                    "inside the ¶8 causal claim is its own nested event claim (W8: 'أحد' is no number).")
# W7
for par, minute, nth in ((2, "67", 0), (2, "74", 0), (8, "59", 0), (9, "67", 0)):
    whole = c.find(par, f"الدقيقة {minute}", nth)
    card = c.item_at("entities", c.inside(whole, minute), label="CARDINAL")
    c.set(card, label="TIME", start=whole.start, end=whole.end, text=c.text[whole.start:whole.end])
    num = c.numbers[c.item_at("numbers", c.inside(whole, minute)).index]
    assert num["kind"] == "ordinal" and num["counted"]["text"] == "الدقيقة", num
# W2/W5
c.ent(c.inside(c.find(6, "للفريق الزائر"), "فريق الزائر"), "ORG")
# claims §0
c.claim(c.between(8, "انقطاع التيار", "بإستاد السويس"), claimant="author", kind="event", check_worthy=True)
c.write()
