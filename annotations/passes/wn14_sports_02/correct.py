"""Correction of the gold of wn14_sports_02 (what both passes missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_sports_02"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="W18 (with claims §4 decision 14): the agent's hedged statements in the ¶3 quotation "
                    "('أعتقد أن ...', 'من الممكن ...') are claims of kind quote, not check-worthy, "
                    "claimant the speaker 'كرستيان أولجادي' with the cue 'صرح' that opens the quotation; "
                    "both passes missed them.")
speaker = c.item("entities", 3, "كرستيان أولجادي", label="PERS")
cue = c.find(3, "صرح")
c.claim(c.find(3, "الاتفاق وصل إلى مراحله الأخيرة"), claimant=speaker, kind="quote", check_worthy=False, cue=cue)
c.claim(c.find(3, "من الممكن التوصل لاتفاق هذا الأسبوع"), claimant=speaker, kind="quote", check_worthy=False,
        cue=cue)
c.write()
