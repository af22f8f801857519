"""Pass B of wn14_culture_04 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_04"
p = Pass(DOC, "B", agent="annotator b7 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)


def E(par, surface, label, nth=0):
    return p.ent(p.find(par, surface, nth), label)


def Ein(outer, surface, label, nth=0):
    return p.ent(p.inside(outer, surface, nth), label)


def percent(par, digits):
    """PERCENT entity "N%" and the percent number "N"."""
    e = E(par, digits + "%", "PERCENT")
    return p.num(p.inside(e, digits), int(digits), "percent")


# ---------------------------------------------------------------- paragraph 0 (title)
E(0, "الخليجيون", "NORP")
E(0, "رمضان", "DATE")
p.claim(p.between(0, "الخليجيون", "في القمامة"), claimant="author", kind="statistic", check_worthy=True)

# ---------------------------------------------------------------- paragraph 1
occ = E(1, "رئيس جمعية حماية المستهلك السعودية", "OCC")
o = Ein(occ, "جمعية حماية المستهلك السعودية", "ORG")
Ein(o, "السعودية", "NORP")
tuwaim1 = E(1, "ناصر التويم", "PERS")
E(1, "المملكة", "GPE")                  # the Kingdom (Saudi Arabia), identified by the title
g = E(1, "الخليج العربي", "LOC")
Ein(g, "العربي", "NORP")
percent(1, "50")
percent(1, "70")
E(1, "رمضان", "DATE")

cue1 = p.find(1, "قال")
p.claim(p.between(1, "المستهلكين في المملكة", "يشترونها في النفايات"), claimant=tuwaim1, cue=cue1,
        kind="statistic", check_worthy=True)
p.claim(p.between(1, "ذلك نتيجة", "للسلع الغذائية"), claimant=tuwaim1, cue=cue1, kind="causal",
        check_worthy=False)
p.claim(p.between(1, "يؤدي هذا التصرف", "الأسعار في رمضان"), claimant="author", kind="causal",
        check_worthy=False)

# ---------------------------------------------------------------- paragraph 2
t2 = E(2, "التويم", "PERS")
cue2 = p.find(2, "شرح")
p.claim(p.between(2, "المستهلكين ينساقون", "هذه المواد"), claimant=t2, cue=cue2, kind="state", check_worthy=False)
p.claim(p.between(2, "يشترون أكثر", "من حاجتهم"), claimant=t2, cue=cue2, kind="state", check_worthy=False)
p.claim(p.between(2, "يشكل عبئا", "على نفقاتهم"), claimant=t2, cue=cue2, kind="causal", check_worthy=False)
p.claim(p.between(2, "يزيد الطلب", "مصيرها في النفايات"), claimant=t2, cue=cue2, kind="causal",
        check_worthy=False)
p.claim(p.find(2, "يرفع أسعارها"), claimant=t2, cue=cue2, kind="causal", check_worthy=False)

# ---------------------------------------------------------------- paragraph 3
t3 = E(3, "التويم", "PERS")
E(3, "شهر رمضان", "DATE")
p.claim(p.between(3, "موقف الكثيرين", "مائدة الإفطار"), claimant=t3, cue=p.find(3, "انتقد"), kind="quote",
        check_worthy=False)
p.claim(p.between(3, "لو تعامل", "وهدر الغذاء"), claimant=t3, cue=p.find(3, "أشار"), kind="causal",
        check_worthy=False)
cue3 = p.find(3, "أضاف")
p.claim(p.between(3, "حمى الاستهلاك", "استغلال المستهلك"), claimant=t3, cue=cue3, kind="causal",
        check_worthy=False)
p.claim(p.between(3, "التقليل من", "حل المشكلة"), claimant=t3, cue=cue3, kind="causal", check_worthy=False)
cue3b = p.find(3, "صرح")
p.claim(p.between(3, "الغرامات والعقوبات", "باتت قديمة"), claimant=t3, cue=cue3b, kind="state",
        check_worthy=False)
p.claim(p.find(3, "ليس لها أثر رادع"), claimant=t3, cue=cue3b, kind="state", check_worthy=False)

# ---------------------------------------------------------------- paragraph 4
t4 = E(4, "التويم", "PERS")
E(4, "الخليج", "LOC")
E(4, "الغربية", "NORP")
E(4, "الولايات المتحدة", "GPE")
percent(4, "30")
percent(4, "50")
fao = E(4, "منظمة الأغذية والزراعة", "ORG")
E(4, "الفاو", "ORG")

p.claim(p.between(4, "قارن التويم", "والدول الغربية"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(4, "مواطني الولايات المتحدة", "بين الأصناف"), claimant=t4, cue=p.find(4, "أشار"),
        kind="state", check_worthy=False)
p.claim(p.between(4, "مواطني الولايات المتحدة", "التي يشترونها"), claimant=fao, cue=p.find(4, "وفق"),
        kind="statistic", check_worthy=True)

p.write()
