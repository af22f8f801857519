"""Correction of the gold of wn14_economy_06 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_economy_06"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W1 names 'حزب اليسار الديمقراطي' as a phrase whose class noun stays inside the ORG (the words "
                    "after it are not taken as a name on their own): the ¶1 outer ORG stays and the inner ORG "
                    "over the same party is dropped (no claim refers to it).")
outer = c.item("entities", 1, "حزب اليسار الديمقراطي", label="ORG")
inner = c.item_at("entities", c.inside(outer, "اليسار الديمقراطي"), label="ORG")
c.drop(inner)
c.write()
