"""Correction of the gold of wn14_economy_01 (what both passes got wrong alike, or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_economy_01"
c = Correction(DOC, agent="second adjudicator (language-model agent)",
               note="§4 decision 9 with decision 0: the title holds, beside the event claim of the closure, the "
                    "clause 'قطاع غزة يترنح', the author's evaluation: a state claim by author, not check-worthy "
                    "(§4 decision 7, rhetoric; W24; as 'ضاق الخناق' in ¶2). W20: the causal claim of ¶2 is the "
                    "clause after 'الذي', from 'أفضى'. W18: '... ويبدو أن قرار مصر ...' (¶5) is the author's own "
                    "hedge, not a claim: dropped.")

# ¶0: the title's first clause (the closure clause after "بعد" is already an event claim)
c.claim(c.find(0, "قطاع غزة يترنح"), claimant="author", kind="state", check_worthy=False)

# ¶2: the relative clause starts at its verb (W20)
old = c.item_at("claims", c.between(2, "الأمر الذي أفضى", "سيارات الإسعاف والمستشفيات"))
o = c.claims[old.index]
assert (o["claimant"], o["cue"], o["kind"], o["check_worthy"]) == ("author", None, "causal", True), o
c.drop(old)
c.claim(c.between(2, "أفضى إلى", "سيارات الإسعاف والمستشفيات"), claimant="author", kind="causal",
        check_worthy=True)

# ¶5: the author's hedge is not a claim (W18)
c.drop(c.item("claims", 5, "قرار مصر بإغلاق الأنفاق لا رجوع عنه"))
c.write()
