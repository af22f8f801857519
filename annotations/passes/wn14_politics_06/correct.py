"""Corrections of the gold of wn14_politics_06: what both passes missed (GUIDELINES §5).
Run once, after `khabar adjudicate wn14_politics_06 --passes A B --apply`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Correction  # noqa: E402

c = Correction(
    "wn14_politics_06", agent="adjudicator (language-model agent)",
    note="W20: the relative clause 'شكلناها' (the committees we formed) is its own event claim of Sida, "
         "check-worthy as the committees of ¶3 (d5 decided neither: B's span took the head noun and 'التي'); "
         "§1 nesting: 'Sky News عربية' holds ORG 'Sky News', an entity on its own.")

# ¶1: "قناة Sky News عربية": the inner name is an entity on its own (§1 nesting)
c.ent(c.find(1, "Sky News"), "ORG")

# ¶2: "اللجان التي شكلناها وضعنا لها جدولا زمنيا": the relative clause is its own claim (W20),
# with the speaker and cue of the sentence
outer = c.claims[c.item_at("claims", c.between(2, "اللجان التي شكلناها", "جدولا زمنيا")).index]
c.claim(c.find(2, "شكلناها"), claimant=c.item("entities", 2, "سيدا"), kind="event", check_worthy=True,
        cue=At(outer["cue"]["start"], outer["cue"]["end"]))
c.write()
