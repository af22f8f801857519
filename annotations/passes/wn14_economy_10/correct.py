"""Correction of the gold of wn14_economy_10 (what both passes got wrong alike or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_economy_10"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W18: 'استطاعت على ما يبدو السيطرة على النار ...' (¶3) is hedged by the author ('على ما "
                    "يبدو'), not a speaker: not a claim, dropped (its numbers stay). W25: 'الآن' is TIME "
                    "('حتى الآن' ¶1 and ¶5).")
c.drop(c.item_at("claims", c.between(3, "استطاعت على ما يبدو", "(07:00 ت ع")))
c.ent(c.inside(c.find(1, "حتى الآن"), "الآن"), "TIME")
c.ent(c.inside(c.find(5, "حتى الآن"), "الآن"), "TIME")
c.write()
