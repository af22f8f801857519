#!/usr/bin/env python3
"""Corrections to the gold of wn14_science_10 after `khabar adjudicate --apply` (GUIDELINES §5):
what both passes got wrong alike or missed. Run once, after --apply."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_science_10"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="Claims §0 and decision 14: each clause of the expert's quotation is its own claim "
                    "('فليم بمثابة سيف ...' and 'ميني فليم بمثابة المشرط ...', 'في حين أن' outside), "
                    "both with W17's claimant author and the cue 'قال' (d11: pass A's claimant, pass B's split).")

# ¶2: pass A's single claim (claimant author, W17) is cut at "في حين أن" and the second clause added
whole = c.item_at("claims", c.between(2, "فليم بمثابة سيف", "عملية جراحية دقيقة"))
c.set(whole, end=c.find(2, "الهجمات الواسعة النطاق").end)
c.claim(c.between(2, "ميني فليم بمثابة", "عملية جراحية دقيقة"), claimant="author", cue=c.find(2, "قال"),
        kind="quote", check_worthy=False)

c.write()
