"""Correction of the gold of wn14_art_09 (what both passes got wrong alike or missed); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_art_09"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W2: ¶15 'ليعصف المسرح بالتصفيق' - 'المسرح' is the Roman theatre named in ¶2 "
                    "('المسرح الروماني', FAC), an anaphoric definite description: FAC, after the proclitic. "
                    "W6 (science_03 d4): ¶4 'قبل أربعة أعوام' - the duration 'أربعة أعوام' is the DATE, the "
                    "preposition 'قبل' outside. Claims list the numbers inside them (§4 fields): the ¶16 claim "
                    "'يقدم أعضاء الفرقة ...' now lists the dual 'نجليه' kept by d16 (its d15 record was decided "
                    "for check-worthiness).")
c.ent(c.inside(c.find(15, "ليعصف المسرح بالتصفيق"), "المسرح"), "FAC")
ago = c.find(4, "قبل أربعة أعوام")
c.set(c.item_at("entities", ago, label="DATE"), **{k: v for k, v in
      zip(("start", "end", "text"), (ago.start + len("قبل "), ago.end, "أربعة أعوام"))})
c.write()
