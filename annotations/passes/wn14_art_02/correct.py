"""Correction of the gold of wn14_art_02 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_art_02"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W8: 'إحدى' ('إحدى ليالي المهرجان', ¶1) means 'one of', not a numeral: its CARDINAL "
                    "entity and its number (1, counted 'ليالي') are dropped; both passes had them.")
c.drop(c.item("entities", 1, "إحدى", label="CARDINAL"))
c.drop(c.item("numbers", 1, "إحدى"))
c.write()
