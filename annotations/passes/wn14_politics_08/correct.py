"""Corrections of the gold of wn14_politics_08: what both passes got wrong alike (GUIDELINES §5).
Run once, after `khabar adjudicate wn14_politics_08 --passes A B --apply`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

c = Correction(
    "wn14_politics_08", agent="adjudicator (language-model agent)",
    note="W1: 'منظمة' stays inside 'منظمة أطباء بلا حدود' (the words after it are not a name on their own); "
         "both passes left it outside in both mentions (¶1, inside the two OCC spans).")

for nth in (0, 1):
    c.drop(c.item("entities", 1, "أطباء بلا حدود", nth=nth, label="ORG"))
    c.ent(c.find(1, "منظمة أطباء بلا حدود", nth=nth), "ORG")
c.write()
