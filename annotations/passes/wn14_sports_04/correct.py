"""Correction of the gold of wn14_sports_04 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_sports_04"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W7: a scorer's match minute in parentheses ('(8)', '(12)', '(16 ... و47)', '(87)') is a "
                    "TIME entity, not CARDINAL, and in the numbers layer an ordinal with counted null (the word "
                    "'الدقيقة' is left out); both passes had CARDINAL entities and cardinal numbers.")
for par, minute, nth in ((2, "8", 0), (3, "12", 0), (6, "16", 0), (6, "47", 0), (6, "87", 0)):
    inside = c.find(par, f"({minute}") if minute != "47" else c.find(par, "و47)")
    at = c.inside(inside, minute)
    c.set(c.item_at("entities", at, label="CARDINAL"), label="TIME")
    c.set(c.item_at("numbers", at), kind="ordinal", counted=None)
c.write()
