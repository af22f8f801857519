"""Pass B of wn14_health_09 (annotator b10, blind: guidelines 1.2 and the raw text only).

Every span is located by a short anchor with scripts/passkit.py; offsets are computed by code.
Run from the repository root: python annotations/passes/wn14_health_09/make_B.py
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_health_09"
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


# ---------------------------------------------------------------- ¶0 (title)
p.ent(W(0, "مصر"), "GPE")
o0 = W(0, "أول")
p.ent(o0, "ORDINAL")
p.num(o0, 1, "ordinal", counted=W(0, "حالة"))
p.claim(p.between(0, "مصر تسجل", "إنفلونزا الخنازير"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶1
moh = p.ent(W(1, "وزارة الصحة المصرية"), "ORG")
p.ent(p.inside(moh, "المصرية"), "NORP")
p.ent(W(1, "أمس"), "DATE")
p.ent(W(1, "مصرية"), "NORP")                  # "امرأة مصرية": the nisba names the nationality
age = W(1, "25 عاما")
p.ent(age, "DATE")                            # an age: a duration of years with a number (§1 d.14)
p.num(p.inside(age, "25"), 25, "cardinal", counted=p.inside(age, "عاما"))
# "أتش 1 أن 1" is a virus name: no entity, and its digits are not numbers (§2 d.11)
o1 = W(1, "أول")
p.ent(o1, "ORDINAL")
p.num(o1, 1, "ordinal", counted=W(1, "شخص"))
p.ent(W(1, "مصر"), "GPE")
aw = p.ent(W(1, "العالم العربي"), "LOC")
p.ent(p.inside(aw, "العربي"), "NORP")
cue1 = W(1, "أعلنت")
p.claim(p.between(1, "امرأة مصرية", "إنفلونزا الخنازير"), claimant=moh, cue=cue1, kind="event", check_worthy=True)
p.claim(p.between(1, "فيروس (أتش", "إنفلونزا الخنازير"), claimant=moh, cue=cue1, kind="causal", check_worthy=False)
p.claim(p.between(1, "عودتها من", "مناسك العمرة"), claimant=moh, cue=cue1, kind="event", check_worthy=True)
# "لتكون بذلك ...": the author's conclusion (ل of consequence outside)
p.claim(p.between(1, "تكون بذلك", "والعالم العربي"), claimant="author", kind="state", check_worthy=True)

# ---------------------------------------------------------------- ¶2 (the author's narrative)
p.ent(W(2, "المصرية"), "NORP")
p.ent(W(2, "سماح السيد سليم"), "PERS")
cai = p.ent(W(2, "مطار القاهرة"), "FAC")
p.ent(p.inside(cai, "القاهرة"), "GPE")
p.ent(W(2, "الخميس الماضي"), "DATE")
p.ent(W(2, "السعودية"), "GPE")
p.ent(W(2, "طنطا"), "GPE")                     # "مدينة" outside (§1 d.4)
p.ent(W(2, "الغربية"), "GPE")                  # governorate; "محافظة" outside as "مدينة"
p.ent(W(2, "أول أمس السبت"), "DATE")           # "أول أمس" is an idiom (the day before yesterday), no ordinal
p.claim(p.between(2, "كانت السيدة", "برفقة زوجها"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "تدعى سماح", "السيد سليم"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(2, "قد نقلت", "بمحافظة الغربية"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "تأكدت إصابتها", "إنفلونزا الخنازير"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "لم تستجب", "للعلاج", 0, 0), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(2, "توفيت أول", "أمس السبت"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶3
occ = p.ent(W(3, "وزير الصحة المصري"), "OCC")
p.ent(p.inside(occ, "الصحة"), "ORG")
p.ent(p.inside(occ, "المصري"), "NORP")
cai3 = p.ent(W(3, "مطار القاهرة"), "FAC")
p.ent(p.inside(cai3, "القاهرة"), "GPE")
p.ent(W(3, "المنوفية"), "GPE")
p.ent(W(3, "الغربية"), "GPE")
cue3 = NC(3, "وأشار")
p.claim(p.between(3, "المسح الحراري", "درجة حرارتها"), claimant=occ, cue=cue3, kind="causal", check_worthy=True)
p.claim(p.between(3, "المسح الحراري", "يكشف الحالة"), claimant=occ, cue=cue3, kind="event", check_worthy=True)
p.claim(p.between(3, "كانت جالسة", "كرسي متحرك"), claimant=occ, cue=cue3, kind="state", check_worthy=True)
p.claim(p.between(3, "عند عودتها", "ساءت حالتها"), claimant=occ, cue=cue3, kind="event", check_worthy=True)
p.claim(p.between(3, "اضطر أهلها", "بمحافظة الغربية"), claimant=occ, cue=cue3, kind="event", check_worthy=True)

p.write()
