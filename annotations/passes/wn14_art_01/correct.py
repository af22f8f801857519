"""Correction of the gold of wn14_art_01 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_art_01"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W25: 'الآن' ('حتى الآن', ¶1) is TIME, as in Wojood; both passes labelled it DATE.")
c.set(c.item("entities", 1, "الآن", label="DATE"), label="TIME")
c.write()
