"""Correction of the gold of wn14_science_05 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_science_05"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="Paragraphs from 0 (the title). W9: a religious title before a name ('نبي الإسلام محمد', ¶6) "
                    "stays outside the PERS and is not OCC: the OCC both passes made is dropped, the NORP "
                    "'الإسلام' inside it and the PERS 'محمد' stay. W22: 'هو أحد القائمين على هذا البحث' (¶7) gives "
                    "Taha Yasseri's current role in the study reported, check-worthy (his former-post counterpart "
                    "about al-Juhani stays not check-worthy).")
# W9
c.drop(c.item("entities", 6, "نبي الإسلام", label="OCC"))
c.item("entities", 6, "الإسلام", label="NORP")   # the inner NORP stays
# W22
c.set(c.item("claims", 7, "هو أحد القائمين على هذا البحث"), check_worthy=True)
c.write()
