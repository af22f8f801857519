"""Correction of the gold of wn14_art_06 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_art_06"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W22: the ¶3 birth claim ('ولد عمار الشريعي ... 1948') is a personal history, not "
                    "check-worthy (both passes marked it check-worthy).")
birth = c.item_at("claims", c.between(3, "ولد عمار الشريعي", "1948"))
c.set(birth, check_worthy=False)
c.write()
