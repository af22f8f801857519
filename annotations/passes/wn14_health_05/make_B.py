"""Pass B (blind) of wn14_health_05, built from the raw text under guidelines 1.2."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

p = Pass("wn14_health_05", "B", agent="annotator b9 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, ins, bt = p.find, p.inside, p.between


def title_person(par, title, name, nth=0):
    """A royal title (OCC) and the name after it (PERS), as separate mentions (entities decision 1)."""
    both = f(par, f"{title} {name}", nth)
    p.ent(ins(both, title), "OCC")
    return p.ent(ins(both, name), "PERS")


# ---- 0 (title)
title_person(0, "الأمير", "ويليام")
title_person(0, "الأميرة", "كيت")
p.claim(bt(0, "الأمير ويليام", "بمولود ذكر"), claimant="author", kind="event", check_worthy=True)

# ---- 1
duch = p.ent(f(1, "دوقة كامبريدج"), "OCC")
p.ent(ins(duch, "كامبريدج"), "GPE")
title_person(1, "الأميرة", "كيت ميدلتون")
hosp = p.ent(f(1, "مستشفى سانت ماري"), "FAC")
p.ent(ins(hosp, "سانت ماري"), "PERS")
p.ent(f(1, "بادينغتون"), "LOC")
west = p.ent(f(1, "غرب العاصمة لندن"), "LOC")
p.ent(ins(west, "لندن"), "GPE")
q = p.ent(f(1, "3.8 كيلوغرامات"), "QUANTITY")
p.ent(ins(q, "كيلوغرامات"), "UNIT")
p.ent(f(1, "الثالث"), "ORDINAL")
p.ent(f(1, "البريطاني"), "NORP")
title_person(1, "الأمير", "ويليام")
p.num(f(1, "3.8"), 3.8, "quantity", counted=f(1, "كيلوغرامات"))
p.num(f(1, "الثالث"), 3, "ordinal")
p.claim(bt(1, "وضعت دوقة كامبريدج", "في بادينغتون"), claimant="author", kind="event", check_worthy=True)
p.claim(f(1, "الواقعة غرب العاصمة لندن"), claimant="author", kind="state", check_worthy=False)
p.claim(bt(1, "بلغ وزنه", "3.8 كيلوغرامات"), claimant="author", kind="statistic", check_worthy=True)
p.claim(f(1, "يتمتع بصحة جيدة"), claimant="author", kind="state", check_worthy=True)
p.claim(bt(1, "هو الثالث ترتيبا", "الأمير ويليام"), claimant="author", kind="state", check_worthy=True)

# ---- 2
p.ent(f(2, "المستشفى"), "FAC")
p.ent(f(2, "أسبوعين"), "DATE")
crown = p.ent(f(2, "ولي عهد بريطانيا"), "OCC")
p.ent(ins(crown, "بريطانيا"), "GPE")
p.ent(f(2, "آلاف"), "CARDINAL")
p.ent(f(2, "اللندنيين"), "NORP")
p.ent(f(2, "البريطانيين"), "NORP")
p.ent(f(2, "قصر باكنغهام"), "FAC")
p.ent(f(2, "الأسرة الحاكمة"), "ORG")
title_person(2, "الأمير", "ويليام")
p.num(f(2, "أسبوعين"), 2, "cardinal", qualifier="more_than", qualifier_span=f(2, "أكثر من"),
      counted=f(2, "أسبوعين"))
p.num(f(2, "آلاف"), 3000, "cardinal", qualifier="at_least", counted=f(2, "اللندنيين خصوصا والبريطانيين"))
p.claim(bt(2, "كانت جمهرة كبيرة", "أكثر من أسبوعين"), claimant="author", kind="event", check_worthy=True)
p.claim(bt(2, "بعد إعلان الخبر", "فرحتهم بالخبر"), claimant="author", kind="event", check_worthy=True)
p.claim(bt(2, "قصر باكنغهام", "الأسرة الحاكمة"), claimant="author", kind="state", check_worthy=False)
p.claim(f(2, "شهد ولادته بنفسه"), claimant="author", kind="event", check_worthy=True)

# ---- 3
p.ent(f(3, "العائلة الملكية"), "ORG")
palace = p.ent(f(3, "قصر كينسنغتون"), "ORG")  # the palace as the office that issues a statement
wk = f(3, "ويليام وكيت")
p.ent(ins(wk, "ويليام"), "PERS")
p.ent(ins(wk, "كيت"), "PERS")
p.ent(f(3, "الملكة"), "OCC")
ed = p.ent(f(3, "دوق أدنبرة"), "OCC")
p.ent(ins(ed, "أدنبرة"), "GPE")
pw = p.ent(f(3, "أمير ويلز"), "OCC")
p.ent(ins(pw, "ويلز"), "GPE")
for k in (0, 1):
    dc = p.ent(f(3, "دوقة كورنوول", k), "OCC")
    p.ent(ins(dc, "كورنوول"), "GPE")
title_person(3, "الأمير", "هاري")
p.ent(f(3, "العائلة المالكة"), "ORG")
charles = title_person(3, "الأمير", "تشارلز")
p.ent(f(3, "أول"), "ORDINAL")
pm = p.ent(f(3, "رئيس الوزراء البريطاني"), "OCC")
p.ent(ins(pm, "البريطاني"), "NORP")
cam = p.ent(f(3, "ديفيد كاميرون"), "PERS")
p.ent(f(3, "البريطانية"), "NORP")
p.num(f(3, "أول"), 1, "ordinal", counted=f(3, "حفيد"))
p.claim(bt(3, "انهالت رسائل التهنئة", "العائلة الملكية"), claimant="author", kind="event", check_worthy=False)
p.claim(bt(3, "أصدر قصر كينسنغتون", "بيانا"), claimant="author", kind="event", check_worthy=True)
p.claim(bt(3, "قصر كينسنغتون", "ويليام وكيت"), claimant="author", kind="state", check_worthy=False)
p.claim(bt(3, "الملكة ودوق أدنبرة", "بلغهم الأنباء"), claimant=palace, cue=f(3, "جاء فيه"), kind="event",
        check_worthy=False)
p.claim(f(3, "مولد أول حفيد لهما"), claimant=charles, cue=f(3, "قال"), kind="state", check_worthy=True)
p.claim(bt(3, "هذه لحظة مهمة", "الأمة البريطانية"), claimant=cam, cue=f(3, "أشار"), kind="quote",
        check_worthy=False)

# ---- 4
p.ent(f(4, "البريطاني"), "NORP")
for s in ("304 ملايين يورو", "283 مليون يورو", "29 مليون يورو"):
    m = p.ent(f(4, s), "MONEY")
    p.ent(ins(m, "يورو"), "CURR")
p.ent(f(4, "182 مليون"), "MONEY")
p.ent(f(4, "شهري يوليو وأغسطس"), "DATE")
p.num(f(4, "304 ملايين"), 304000000, "money", qualifier="approximately", qualifier_span=f(4, "حوالي"),
      counted=f(4, "يورو"))
p.num(f(4, "شهري"), 2, "cardinal", counted=f(4, "شهري"))
n283 = p.num(f(4, "283 مليون"), 283000000, "money", qualifier="approximately", qualifier_span=f(4, "تقارب"),
             counted=f(4, "يورو", 1))
n182 = p.num(f(4, "182 مليون"), 182000000, "money")
p.num(f(4, "29 مليون"), 29000000, "money", counted=f(4, "يورو", 2))
p.rel("includes", n283, [n182])
p.claim(bt(4, "عزز حادث الولادة", "بشكل ملحوظ"), claimant="author", kind="causal", check_worthy=True)
p.claim(bt(4, "بلغت عائداته", "304 ملايين يورو"), claimant="author", kind="statistic", check_worthy=True)
p.claim(bt(4, "من المتوقع أن يمتد", "يوليو وأغسطس"), claimant="author", kind="state", check_worthy=True)
p.claim(bt(4, "تقارب عائداته المالية", "والحلي والتذكارات"), claimant="author", kind="statistic",
        check_worthy=True)
p.claim(bt(4, "من المتوقع إنفاق", "وجبات الطعام"), claimant="author", kind="statistic", check_worthy=True)

p.write()
