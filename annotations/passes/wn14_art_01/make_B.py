"""Pass B of wn14_art_01 (blind: guidelines 1.2 and the raw text only). Offsets computed by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import At, Pass  # noqa: E402

DOC = "wn14_art_01"
p = Pass(DOC, "B", agent="annotator b13 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)

TITLE_AR = "هاري بوتر والأمير الهجين"


def film_title(par, nth=0):
    t = p.ent(p.find(par, TITLE_AR, nth), "PRODUCT")
    p.ent(p.inside(t, "هاري بوتر"), "PERS")  # the character inside the film's title
    return t


# ---- paragraph 0 (title)
film_title(0)
p.claim(p.between(0, "هاري بوتر", "بدايته ونهايته"), claimant="author", kind="state", check_worthy=False)

# ---- paragraph 1
p.ent(p.find(1, "منتصف تموز / يوليو"), "DATE")
p.ent(p.find(1, "هاري بوتر", 0), "PRODUCT")  # the film series
p.claim(p.between(1, "يعرض في دور السينما", "سلسلة أفلام هاري بوتر"), claimant="author",
        kind="event", check_worthy=True)
film_title(1)
en = p.ent(p.find(1, "Harry Potter and the Half-Blood Prince"), "PRODUCT")
p.ent(p.inside(en, "Harry Potter"), "PERS")
sixth = p.find(1, "السادس")
p.ent(sixth, "ORDINAL")
p.num(sixth, 6, "ordinal")
p.ent(p.find(1, "الآن"), "DATE")
p.claim(p.between(1, "فيلم \"هاري بوتر", "السادس حتى الآن"), claimant="author", kind="state",
        check_worthy=True)
p.ent(p.find(1, "الناقد السينمائي"), "OCC")
ebert = p.ent(p.find(1, "روجر إيبرت"), "PERS")
p.claim(p.between(1, "الناقد السينمائي", "شاهد الفيلم"), claimant="author", kind="event", check_worthy=False)
wrote = p.find(1, "كتب انطباعاته")
wrote = At(wrote.start, wrote.start + len("كتب"))
p.claim(p.between(1, "كتب انطباعاته", "الحلقة الجديدة"), claimant="author", kind="event", check_worthy=True)
mil = p.find(1, "ملايين")
p.ent(mil, "CARDINAL")
p.num(mil, 3000000, "cardinal", qualifier="at_least", counted=p.find(1, "محبي"))
p.claim(p.between(1, "انتظرها", "الفتى الساحر"), claimant="author", kind="statistic", check_worthy=False)

# ---- paragraph 2: Ebert's review (continuing the words introduced by "كتب", paragraph 1)
film_title(2)
one = p.find(2, "واحد")
p.ent(one, "CARDINAL")
p.num(one, 1, "cardinal", counted=p.find(2, "الكهوف"))
p.ent(p.find(2, "شبح الأوبرا"), "PRODUCT")
p.claim(p.between(2, "مشهد الذروة", "كواسطة للنقل"), claimant=ebert, cue=wrote, kind="state",
        check_worthy=False)
p.claim(p.between(2, "اكتسبت شعبيتها", "شبح الأوبرا"), claimant=ebert, cue=wrote, kind="state",
        check_worthy=False)
p.claim(p.find(2, "جندولا ظهر"), claimant=ebert, cue=wrote, kind="event", check_worthy=False)
p.claim(p.between(2, "كان جندولا", "مبتلا جسيما"), claimant=ebert, cue=wrote, kind="quote",
        check_worthy=False)
p.claim(p.between(2, "الفيلم بدأ يشدني", "المشهد تحديدا"), claimant=ebert, cue=wrote, kind="quote",
        check_worthy=False)

p.write()
