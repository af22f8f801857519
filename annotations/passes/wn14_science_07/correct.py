#!/usr/bin/env python3
"""Corrections to the gold of wn14_science_07 after `khabar adjudicate --apply` (GUIDELINES §5):
what both passes got wrong alike or missed. Run once, after --apply."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_science_07"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W1: the class noun 'مؤتمر' stays outside the EVENT 'هاك إن ذا بوكس' (a name on its own); "
                    "W22: the former post 'كان طيارا مدنيا مدة 12 سنة' is a personal history, not check-worthy.")

# ¶1: W1, "مؤتمر هاك إن ذا بوكس" -> EVENT "هاك إن ذا بوكس"
ev = c.item("entities", 1, "مؤتمر هاك إن ذا بوكس", label="EVENT")
c.set(ev, start=c.find(1, "هاك إن ذا بوكس").start)

# ¶5: W22, a former post is not check-worthy
cl = c.item_at("claims", c.between(5, "قبلها كان", "مدة 12 سنة"))
c.set(cl, check_worthy=False)

c.write()
