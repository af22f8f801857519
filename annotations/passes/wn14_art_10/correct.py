"""Correction of the gold of wn14_art_10 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_art_10"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W18: La Toya's 'أعتقد أن مايكل تعرض للقتل' is a speaker's hedged statement, a claim "
                    "of kind quote, not check-worthy (both passes made it a check-worthy event).")
c.set(c.item("claims", 1, "مايكل تعرض للقتل"), kind="quote", check_worthy=False)
c.write()
