"""Correction of the gold of wn14_economy_09 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_economy_09"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W1: the class noun 'شركة' before a name that stands on its own stays outside (as 'شركة "
                    "فيسبوك' -> 'فيسبوك'): the ¶2 outer ORG 'شركة بهوجا للطيران' is dropped, the ORG 'بهوجا "
                    "للطيران' stays.")
c.drop(c.item("entities", 2, "شركة بهوجا للطيران", label="ORG"))
c.item("entities", 2, "بهوجا للطيران", label="ORG")   # the inner ORG is there
c.write()
