"""Adjudicator's corrections of the gold of wn14_culture_06 (GUIDELINES §5): what both passes got
wrong alike. Run once, after `khabar adjudicate --apply`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

c = Correction("wn14_culture_06", agent="adjudicator (language-model agent)",
               note="W22: the years al-Sumait spent travelling in Africa and Asia preaching are a "
                    "personal history, not check-worthy (as his devoting his life to preaching, d2)")
c.set(c.item_at("claims", c.between(1, "أمضى الكثير من السنوات", "في الأعمال الخيرية")), check_worthy=False)
c.write()
