"""Pass A of wn14_politics_09 (annotator a4): the machine suggestion reviewed, corrected and completed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_politics_09"
p = Pass(DOC, "A", agent="annotator a4 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_politics_09.json; built by make_A.py.",
         source="annotations/suggestions/wn14_politics_09.json")
E, N, C, F, I, B = p.ent, p.num, p.claim, p.find, p.inside, p.between


def W(par, w, nth=0):
    """The nth occurrence of `w` as a whole word (proclitics و ف ب ل ك allowed before it)."""
    k, seen = 0, 0
    while True:
        a = F(par, w, k)
        k += 1
        before = p.text[:a.start]
        stem = before[len(before.rstrip("وفبلك")):] if before else ""
        pre = before[:len(before) - len(stem)]
        ok_start = (not pre or not pre[-1].isalpha()) and len(stem) <= 3
        ok_end = a.end >= len(p.text) or not p.text[a.end].isalpha()
        if ok_start and ok_end:
            if seen == nth:
                return a
            seen += 1


# ---------------------------------------------------------------- ¶0 (title)
E(W(0, "حركة العدل والمساواة"), "ORG")
C(B(0, "حركة العدل", "منظمات الإغاثة الدولية"), "author", "causal", True)

# ---------------------------------------------------------------- ¶1
E(W(1, "حركة العدل والمساواة"), "ORG")
E(W(1, "دارفور"), "LOC")
E(W(1, "السودان"), "GPE")
E(W(1, "الخرطوم"), "GPE")
C(B(1, "اشترطت حركة", "مع الخرطوم"), "author", "event", True)

# ---------------------------------------------------------------- ¶2
occ = E(W(2, "زعيم الحركة"), "OCC")
E(I(occ, "الحركة"), "ORG")
khalil = E(W(2, "خليل إبراهيم"), "PERS")
E(W(2, "الحركة", 1), "ORG")                       # إن الحركة
doha = E(W(2, "محادثات الدوحة"), "EVENT")
E(I(doha, "الدوحة"), "GPE")
gov = E(W(2, "الحكومة السودانية"), "ORG")
E(I(gov, "السودانية"), "NORP")
C(B(2, "الحركة لن تتوجه", "نشاطها بالبلاد"), khalil, "state", False, cue=W(2, "قال"))

# ---------------------------------------------------------------- ¶3
ap = E(W(3, "أسوشيتد برس"), "ORG")
ibr = E(W(3, "إبراهيم"), "PERS")
E(W(3, "الحكومة", 0), "ORG")
E(W(3, "دارفور"), "LOC")
E(W(3, "الحكومة", 1), "ORG")
C(B(3, "الحكومة تسببت", "على الأرض"), ibr, "causal", True, cue=W(3, "نقلت"))
C(B(3, "داعيا سكان", "مقاومة الحكومة"), ap, "event", True, cue=W(3, "نقلت"))
C(B(3, "لن ينتظروا", "الحكومية أو الدولية"), ibr, "quote", False, cue=W(3, "قائلا"))
C(W(3, "سيساعدون أنفسهم"), ibr, "quote", False, cue=W(3, "قائلا"))

p.write()
