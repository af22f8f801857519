"""Correction of the gold of wn14_politics_05 (what both passes missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_politics_05"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W18: both passes annotated only the relative clause of ¶2 'كما لمح إلى إمكانية ...' and missed "
                    "the hedged proposition it reports, 'إمكانية قيام الولايات المتحدة بتخفيف العقوبات' (Fabius "
                    "hints at a possibility): added as a claim of kind quote, not check-worthy, claimant 'لوران "
                    "فابيوس' (as the other ¶2 claims), cue 'لمح'; it ends at the antecedent 'العقوبات', the relative "
                    "clause staying its own claim (seed D8, W20).")
fabius = c.item("entities", 1, "لوران فابيوس", label="PERS")
c.claim(c.between(2, "إمكانية قيام", "بتخفيف العقوبات"), claimant=fabius, kind="quote", check_worthy=False,
        cue=c.find(2, "لمح"))
c.write()
