"""Corrections of the gold of wn14_politics_10: what both passes missed (GUIDELINES §5).
Run once, after `khabar adjudicate wn14_politics_10 --passes A B --apply`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

c = Correction(
    "wn14_politics_10", agent="adjudicator (language-model agent)",
    note="§4 decision 0 and W20: the relative clause 'شهدتها المعاملات الآسيوية' (the wide selling seen in "
         "Asian trading) has its own proposition and is its own event claim of the author, check-worthy; "
         "both passes left it inside the larger clause only.")

c.claim(c.find(1, "شهدتها المعاملات الآسيوية"), claimant="author", kind="event", check_worthy=True)
c.write()
