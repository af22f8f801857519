"""Correction of the gold of wn14_politics_03 (what both passes got wrong alike); offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Correction  # noqa: E402

DOC = "wn14_politics_03"
c = Correction(DOC, agent="adjudicator (language-model agent)",
               note="W22: a former post is personal history, not check-worthy: ¶6 'كان رئيس وفد المعارضة إلى "
                    "مفاوضات جنيف - 2' (al-Bahra headed the delegation earlier in the year) is kept as a state claim "
                    "with check_worthy false (both passes had true).")
post = c.item_at("claims", c.between(6, "كان رئيس وفد", "مفاوضات جنيف - 2"))
assert c.claims[post.index]["kind"] == "state" and c.claims[post.index]["check_worthy"] is True
c.set(post, check_worthy=False)
c.write()
