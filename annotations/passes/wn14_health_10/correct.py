"""Correction of the gold of wn14_health_10 (what both passes missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_health_10"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W20: the claim of the relative clause in ¶2 is the clause after 'الذي' ('تشكله على الصحة العامة "
                    "في مصر', as 'شكلت معقلا' in the seed); pass B's claim (taken at adjudication, d3) began at its "
                    "antecedent 'الخطر الذي' and pass A had none: the span is moved, claimant, cue, kind and "
                    "check-worthiness kept.")
old = c.item_at("claims", c.between(2, "الخطر الذي", "الصحة العامة في مصر"))
kept = {k: c.claims[old.index][k] for k in ("claimant", "kind", "check_worthy")}
c.drop(old)
c.claim(c.between(2, "تشكله", "الصحة العامة في مصر"), claimant=kept["claimant"], kind=kept["kind"],
        check_worthy=kept["check_worthy"], cue=c.find(2, "نقلت"))
c.write()
