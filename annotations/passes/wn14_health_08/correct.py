"""Correction of the gold of wn14_health_08 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_health_08"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W18: the WHO's warnings hedged with 'قد' (the title, ¶0, and the ¶1 warning that the spread "
                    "'قد يتحول إلى وباء عالمي') are hedged statements of a speaker, kind quote, not check-worthy; "
                    "both passes had state.")
title = c.item_at("claims", c.between(0, "إنفلونزا الخنزير", "إلى وباء"))
warning = c.item_at("claims", c.between(1, "انتشار حالات", "وباء عالمي"))
for ref in (title, warning):
    c.set(ref, kind="quote", check_worthy=False)
c.write()
