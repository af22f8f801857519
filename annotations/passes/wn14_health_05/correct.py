"""Correction of the gold of wn14_health_05 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_health_05"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W31: under one dual designator ('شهري يوليو وأغسطس', ¶4) the dates are one DATE and the "
                    "dual designator is not a number: the number 2 counted 'شهري' that both passes gave is dropped.")
n = c.item("numbers", 4, "شهري")
assert c.numbers[n.index]["value"] == 2
c.drop(n)
c.write()
