"""Correction of the gold of wn14_health_06 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_health_06"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W18: the scientists' claim in ¶2 is hedged by their own 'على ما يبدو' (the strain appears no "
                    "more lethal): a hedged statement of a speaker is kind quote, not check-worthy; both passes "
                    "had state, check-worthy.")
hedged = c.item_at("claims", c.between(2, "هذه السلالة", "على ما يبدو"))
c.set(hedged, kind="quote", check_worthy=False)
c.write()
