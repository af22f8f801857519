"""Pass A of wn14_art_01 (annotator a13): the machine suggestion reviewed, corrected and completed.

Run from the worktree root: python annotations/passes/wn14_art_01/make_A.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_art_01"
p = Pass(DOC, "A", agent="annotator a13 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/"
              f"{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")


def film_title(par, nth=0):
    """The Arabic title of the film (PRODUCT) with the character's name nested (PERS)."""
    t = p.ent(p.find(par, "هاري بوتر والأمير الهجين", nth), "PRODUCT")
    p.ent(p.inside(t, "هاري بوتر"), "PERS")
    return t


# ¶0 title: the headline's verdict (the review's opinion, unattributed)
film_title(0)
p.claim(p.between(0, "هاري بوتر", "ونهايته"), claimant="author", kind="state", check_worthy=False)

# ¶1
p.ent(p.find(1, "منتصف تموز / يوليو"), "DATE")
p.ent(p.find(1, "هاري بوتر", 0), "PRODUCT")          # the film series ("سلسلة أفلام هاري بوتر")
p.claim(p.between(1, "يعرض في دور السينما", "أفلام هاري بوتر"), claimant="author", kind="event",
        check_worthy=True)
film_title(1)
en = p.ent(p.find(1, "Harry Potter and the Half-Blood Prince"), "PRODUCT")
p.ent(p.inside(en, "Harry Potter"), "PERS")
p.ent(p.find(1, "السادس"), "ORDINAL")
p.num(p.find(1, "السادس"), 6, "ordinal")
p.ent(p.find(1, "الآن"), "DATE")
p.claim(p.between(1, "فيلم \"هاري بوتر", "حتى الآن"), claimant="author", kind="statistic",
        check_worthy=True)
p.ent(p.find(1, "الناقد السينمائي"), "OCC")
ebert = p.ent(p.find(1, "روجر إيبرت"), "PERS")
wrote = p.find(1, "وكتب")
wrote = p.inside(wrote, "كتب")
p.claim(p.between(1, "الناقد السينمائي", "شاهد الفيلم"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(1, "كتب انطباعاته", "الحلقة الجديدة"), claimant="author", kind="event", check_worthy=False)
p.ent(p.find(1, "ملايين"), "CARDINAL")
p.num(p.find(1, "ملايين"), 3000000, "cardinal", qualifier="at_least", counted=p.find(1, "محبي"))
p.claim(p.between(1, "انتظرها ملايين", "الفتى الساحر"), claimant="author", kind="statistic",
        check_worthy=False)

# ¶2: Ebert's review, opened by "وكتب انطباعاته ...:" (claims §4 decision 14)
film_title(2)
p.ent(p.find(2, "واحد"), "CARDINAL")
p.num(p.find(2, "واحد"), 1, "cardinal", counted=p.find(2, "الكهوف"))
p.claim(p.between(2, "مشهد الذروة", "كواسطة للنقل"), claimant=ebert, cue=wrote, kind="state",
        check_worthy=False)
p.ent(p.find(2, "شبح الأوبرا"), "PRODUCT")
p.claim(p.between(2, "اكتسبت شعبيتها", "شبح الأوبرا"), claimant=ebert, cue=wrote, kind="state",
        check_worthy=False)
# "كنت آمل ألا يطل علينا الجندول": a wish, not a claim (claims §10)
p.claim(p.find(2, "جندولا ظهر"), claimant=ebert, cue=wrote, kind="event", check_worthy=False)
p.claim(p.find(2, "كان جندولا مبتلا جسيما"), claimant=ebert, cue=wrote, kind="state", check_worthy=False)
# "في أي فيلم آخر ..." (a counterfactual: a feeling, not a claim)
p.claim(p.between(2, "الفيلم بدأ يشدني", "المشهد تحديدا"), claimant=ebert, cue=wrote, kind="quote",
        check_worthy=False)

p.write()
