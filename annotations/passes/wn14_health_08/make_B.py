"""Pass B of wn14_health_08 (annotator b10, blind: guidelines 1.2 and the raw text only).

Every span is located by a short anchor with scripts/passkit.py; offsets are computed by code.
Run from the repository root: python annotations/passes/wn14_health_08/make_B.py
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_health_08"
p = Pass(DOC, "B", agent="annotator b10 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

LETTER = re.compile(r"\w")


def W(par, surface, nth=0):
    """nth whole-word occurrence of `surface` in paragraph `par` (proclitics و ف ب ل ك allowed before)."""
    k, hits = 0, -1
    while True:
        a = p.find(par, surface, k)
        k += 1
        after = p.text[a.end:a.end + 1]
        j = a.start
        while j > 0 and LETTER.match(p.text[j - 1]):
            j -= 1
        prefix = p.text[j:a.start]
        if (not after or not LETTER.match(after)) and len(prefix) <= 3 and all(c in "وفبلك" for c in prefix):
            hits += 1
            if hits == nth:
                return a



def NC(par, surface, nth=0):
    """Whole-word occurrence without its proclitic و (for cues)."""
    a = W(par, surface, nth)
    return At(a.start + 1, a.end) if surface.startswith("و") else a


# A hedged possibility ("قد يتحول", "يمكن أن يتحول إلى وباء") is kept as a state claim of its
# source, not check-worthy: a forecast without a figure or a date (§4 d.11).

# ---------------------------------------------------------------- ¶0 (title)
who0 = p.ent(W(0, "منظمة الصحة العالمية"), "ORG")
p.claim(p.between(0, "إنفلونزا الخنزير", "إلى وباء"), claimant=who0, cue=W(0, "تقول"), kind="state",
        check_worthy=False)

# ---------------------------------------------------------------- ¶1
who1 = p.ent(W(1, "منظمة الصحة العالمية"), "ORG")
p.ent(W(1, "المكسيك", 0), "GPE")
p.ent(W(1, "الولايات المتحدة"), "GPE")
p.ent(W(1, "المكسيك", 1), "GPE")
c81 = W(1, "81")
p.ent(c81, "CARDINAL")
p.num(c81, 81, "cardinal", counted=W(1, "شخصا"))
p.ent(W(1, "شهر أبريل / نيسان الجاري"), "DATE")
p.claim(p.between(1, "انتشار حالات", "وباء عالمي"), claimant=who1, cue=W(1, "حذرت"), kind="state",
        check_worthy=False)
# the relative clause inside the warning: the author's description of where the cases are
p.claim(p.between(1, "تضرب المكسيك", "والولايات المتحدة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "تفشي الفيروس", "العالم بأسره"), claimant=who1, cue=W(1, "واصفة"), kind="state",
        check_worthy=True)
p.claim(p.between(1, "بلغ عدد", "نيسان الجاري"), claimant="author", kind="statistic", check_worthy=True)

# ---------------------------------------------------------------- ¶2
p.ent(W(2, "الولايات المتحدة"), "GPE")
c20 = W(2, "20")
p.ent(c20, "CARDINAL")
p.num(c20, 20, "cardinal", qualifier="at_least", qualifier_span=W(2, "على الأقل"), counted=W(2, "حالة"))
p.claim(p.between(2, "بلغ عدد", "على الأقل"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(2, "كل تلك", "غير خطيرة"), claimant="author", kind="state", check_worthy=True)

# ---------------------------------------------------------------- ¶3
chan = p.ent(W(3, "مارجريت تشان"), "PERS")
occ = p.ent(W(3, "مدير عام منظمة الصحة العالمية"), "OCC")
p.ent(p.inside(occ, "منظمة الصحة العالمية"), "ORG")
cue3 = NC(3, "وقالت")
# ends at H1N1 inside its quotation marks (a claim span never ends on a quotation mark)
p.claim(p.between(3, "إنفلونزا الخنازير", "H1N1"), claimant=chan, cue=cue3, kind="state", check_worthy=True)
p.claim(p.between(3, "يمكن أن", "وباء متفش"), claimant=chan, cue=cue3, kind="state", check_worthy=False)

# ---------------------------------------------------------------- ¶4
cue4 = NC(4, "وأردفت")
p.claim(p.between(4, "المعلومات المتوافرة", "غير كافية"), claimant=chan, cue=cue4, kind="quote", check_worthy=False)
p.claim(p.between(4, "طبيعة المرض", "يوما بعد يوم"), claimant=chan, cue=cue4, kind="quote", check_worthy=False)
p.ent(W(4, "المنظمة"), "ORG")
p.ent(W(4, "المكسيك"), "GPE")
p.ent(W(4, "الولايات المتحدة"), "GPE")
p.claim(p.between(4, "دعت المنظمة", "فيروسات مشابهة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(4, "اكتشاف سلالات", "والولايات المتحدة"), claimant="author", kind="event", check_worthy=True)

p.write()
