"""Corrections of the gold of wn14_politics_07: what both passes missed (GUIDELINES §5).
Run once, after `khabar adjudicate wn14_politics_07 --passes A B --apply`."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Correction  # noqa: E402

c = Correction(
    "wn14_politics_07", agent="adjudicator (language-model agent)",
    note="§4 decision 0 and W20: two relative clauses with their own proposition, missed by both passes, are "
         "claims of the union with the cue of their sentence: ¶1 'فرضتها ثورة الحرية والكرامة' (background, "
         "not check-worthy) and ¶3 'يتعرض لها الصحفيون مؤخرا' (recent attacks on journalists, check-worthy).")


def cue_of(par: int, first: str, last: str) -> At:
    outer = c.claims[c.item_at("claims", c.between(par, first, last)).index]
    return At(outer["cue"]["start"], outer["cue"]["end"])


union1 = c.item("entities", 1, "نقابة الوطنية للصحفيين التونسيين")
c.claim(c.find(1, "فرضتها ثورة الحرية والكرامة"), claimant=union1, kind="event", check_worthy=False,
        cue=cue_of(1, "وجود", "الحرية والكرامة"))

union3 = c.item("entities", 3, "نقابة الوطنية للصحفيين التونسيين")
c.claim(c.find(3, "يتعرض لها الصحفيون مؤخرا"), claimant=union3, kind="event", check_worthy=True,
        cue=cue_of(3, "الحكومة", "الصحفيون مؤخرا"))
c.write()
