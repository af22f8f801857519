"""Pass B of wn14_politics_09 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_09"
p = Pass(DOC, "B", agent="annotator b4 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
E, N, C, F, I, B = p.ent, p.num, p.claim, p.find, p.inside, p.between


def W(par, surface, nth=0):
    """The nth occurrence of `surface` as a whole word (only proclitics و ف ب ل ك before it)."""
    k, seen = 0, -1
    while True:
        a = F(par, surface, k)
        k += 1
        j = a.start
        while j > 0 and not p.text[j - 1].isspace() and p.text[j - 1] not in "\"«(:،,.":
            j -= 1
        pre, nxt = p.text[j:a.start], p.text[a.end:a.end + 1]
        if all(c in "وفبلك" for c in pre) and len(pre) <= 3 and not nxt.isalnum():
            seen += 1
            if seen == nth:
                return a

# ---------------------------------------------------------------- paragraph 0 (title)
E(W(0, "حركة العدل والمساواة"), "ORG")
C(B(0, "حركة العدل والمساواة", "منظمات الإغاثة الدولية"), claimant="author", kind="causal",
  check_worthy=True)

# ---------------------------------------------------------------- paragraph 1
E(W(1, "حركة العدل والمساواة"), "ORG")
E(W(1, "دارفور"), "LOC")
E(W(1, "السودان"), "GPE")
E(W(1, "الخرطوم"), "GPE")
C(B(1, "اشترطت حركة", "مع الخرطوم"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 2
occ = E(W(2, "زعيم الحركة"), "OCC")
E(I(occ, "الحركة"), "ORG")
khalil = E(W(2, "خليل إبراهيم"), "PERS")
E(W(2, "الحركة", 1), "ORG")                        # إن الحركة لن تتوجه
ev = E(W(2, "محادثات الدوحة"), "EVENT")
E(I(ev, "الدوحة"), "GPE")
gov = E(W(2, "الحكومة السودانية"), "ORG")
E(I(gov, "السودانية"), "NORP")
C(B(2, "الحركة لن تتوجه", "نشاطها بالبلاد"), claimant=khalil, cue=W(2, "قال"), kind="event",
  check_worthy=False)

# ---------------------------------------------------------------- paragraph 3
ap = E(W(3, "أسوشيتد برس"), "ORG")
ibr = E(W(3, "إبراهيم"), "PERS")
E(W(3, "الحكومة"), "ORG")
E(W(3, "دارفور"), "LOC")
E(W(3, "الحكومة", 1), "ORG")
C(B(3, "الحكومة تسببت", "على الأرض"), claimant=ibr, cue=W(3, "نقلت"), kind="causal",
  check_worthy=False)
C(B(3, "داعيا سكان دارفور", "مقاومة الحكومة"), claimant=ap, cue=W(3, "نقلت"), kind="event",
  check_worthy=True)
C(B(3, "لن ينتظروا", "الحكومية أو الدولية"), claimant=ibr, cue=W(3, "قائلا"), kind="quote",
  check_worthy=False)
C(W(3, "سيساعدون أنفسهم"), claimant=ibr, cue=W(3, "قائلا"), kind="quote", check_worthy=False)

p.write()
