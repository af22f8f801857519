"""Pass B of wn14_science_01 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_01"
p = Pass(DOC, "B", agent="annotator b11 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
E, N, C = p.ent, p.num, p.claim
A = "author"


def money(par, surface, value, curr, nth=0, qual="exact", qspan=None):
    """MONEY entity over numeral + currency, CURR nested; number = numeral, counted = currency."""
    m = E(p.find(par, surface, nth), "MONEY")
    cur = p.inside(m, curr)
    E(cur, "CURR")
    numeral = surface[: surface.index(curr)].strip()
    return N(p.inside(m, numeral), value, "money", qualifier=qual, qualifier_span=qspan, counted=cur)


# ---- 0 (title)
fb0 = E(p.find(0, "فيسبوك"), "ORG")
E(p.find(0, "واتس آب"), "PRODUCT")
m0 = money(0, "19 مليار دولار", 19e9, "دولار")
C(p.between(0, "فيسبوك", "مليار دولار"), claimant=A, kind="event", check_worthy=True)

# ---- 1
fb1 = E(p.find(1, "فيسبوك"), "ORG")
E(p.find(1, "واتس آب"), "PRODUCT")
E(p.find(1, "WhatsApp"), "PRODUCT")
m1 = money(1, "19 مليار دولار أميركي", 19e9, "دولار أميركي")
cue1 = p.find(1, "أعلنت")
C(p.between(1, "استحواذها", "دولار أميركي"), claimant=fb1, cue=cue1, kind="event", check_worthy=True)
C(p.between(1, "صفقة قدرت", "دولار أميركي"), claimant=fb1, cue=cue1, kind="statistic", check_worthy=True)
C(p.between(1, "مقسمة بين", "على الإنترنت"), claimant=fb1, cue=cue1, kind="state", check_worthy=True)
C(p.between(1, "الشركة المالكة", "على الإنترنت"), claimant=A, kind="state", check_worthy=False)

# ---- 2
fb2 = E(p.find(2, "فيسبوك"), "ORG")
m12 = money(2, "12 مليار دولار أميركي", 12e9, "دولار أميركي")
E(p.find(2, "واتس آب"), "ORG")
m4 = money(2, "4 مليارات دولار", 4e9, "دولار")
sec = E(p.find(2, "لجنة الأوراق المالية والبورصات الأميركية"), "ORG")
E(p.inside(sec, "الأميركية"), "NORP")
m3 = money(2, "3 مليارات دولار أميركية", 3e9, "دولار أميركية")
E(p.find(2, "واتس آب", 1), "ORG")
m19b = money(2, "19 مليار دولار أميركي", 19e9, "دولار أميركي")
cue2 = p.find(2, "حسب")
C(p.between(2, "سوف تدفع", "الاستحواذ على \"واتس آب"), claimant=fb2, cue=cue2, kind="statistic", check_worthy=True)
C(p.between(2, "ستدفع 4", "دولار نقدا"), claimant=fb2, cue=cue2, kind="statistic", check_worthy=True)
C(p.between(2, "التقرير الذي", "والبورصات الأميركية"), claimant=A, kind="event", check_worthy=True)
C(p.between(2, "تعتزم الشركة", "وفريق عمل الخدمة"), claimant=A, kind="statistic", check_worthy=True)
C(p.between(2, "هي الأسهم", "بإتمام تلك الشروط"), claimant=A, kind="state", check_worthy=False)
C(p.between(2, "في حال إتمام", "دولار أميركي", nth_last=0), claimant=A, kind="statistic", check_worthy=True)
p.rel("sum", m19b, [m12, m4, m3])
p.rel("equals", m0, [m1, m19b])

# ---- 3
E(p.find(3, "واتس آب"), "PRODUCT")
E(p.find(3, "فيسبوك"), "ORG")
mark = E(p.find(3, "مارك زوكربيرغ"), "PERS")
E(p.find(3, "مؤسس"), "OCC")
E(p.find(3, "فيسبوك", 1), "ORG")
E(p.find(3, "رئيسها التنفيذي"), "OCC")
E(p.find(3, "واتس آب", 1), "ORG")
E(p.find(3, "واتس آب", 2), "ORG")
n450a = N(p.find(3, "450 مليون"), 450e6, "cardinal", counted=p.find(3, "مستخدم"))
E(p.find(3, "450 مليون"), "CARDINAL")
mark2 = E(p.find(3, "مارك", 1), "PERS")
N(p.find(3, "الشركتين"), 2, "cardinal", counted=p.find(3, "الشركتين"))
C(p.between(3, "في إطار الصفقة", "إلى \"فيسبوك"), claimant=A, kind="event", check_worthy=False)
C(p.between(3, "مارك زوكربيرغ", "ورئيسها التنفيذي"), claimant=A, kind="state", check_worthy=False)
C(p.between(3, "واتس آب\" سوف يعمل", "داخل شركته"), claimant=mark, cue=p.find(3, "أوضح"),
  kind="state", check_worthy=False)
cue3b = p.find(3, "وأضاف")
cue3b = p.inside(cue3b, "أضاف")
C(p.between(3, "شركته اشترت", "مستخدم ديناميكي"), claimant=mark, cue=cue3b, kind="causal", check_worthy=False)
C(p.between(3, "الأخيرة تضم", "مستخدم ديناميكي"), claimant=mark, cue=cue3b, kind="statistic", check_worthy=True)
C(p.between(3, "هدف الشركتين", "العالم ببعضه"), claimant=mark2, cue=p.find(3, "أضاف", 1),
  kind="quote", check_worthy=False)

# ---- 4
founder4 = E(p.find(4, "مؤسس"), "OCC")
E(p.find(4, "فيسبوك"), "ORG")
E(p.find(4, "واتس آب"), "ORG")
C(p.between(4, "الاستحواذ على", "التي يختارونها"), claimant=founder4, cue=p.find(4, "أوضح"),
  kind="quote", check_worthy=False)

# ---- 5
zuck5 = E(p.find(5, "زوكربيرغ"), "PERS")
E(p.find(5, "واتس آب"), "ORG")
E(p.find(5, "السنوات القليلة المقبلة"), "DATE")
E(p.find(5, "جان كوم"), "PERS")
E(p.find(5, "مؤسس"), "OCC")
E(p.find(5, "واتس آب", 1), "ORG")
cue5 = p.find(5, "أضاف")
C(p.between(5, "خارطة واتس آب", "لن تتغير"), claimant=zuck5, cue=cue5, kind="state", check_worthy=False)
C(p.between(5, "لكننا سنعمل", "خدمات التطبيق المختلفة"), claimant=zuck5, cue=cue5, kind="quote", check_worthy=False)
cue5b = p.find(5, "تابع")
C(p.between(5, "أعرف جان كوم", "منذ فترة"), claimant=zuck5, cue=cue5b, kind="quote", check_worthy=False)
C(p.between(5, "بانضمامه هو", "انفتاحا وتواصلا"), claimant=zuck5, cue=cue5b, kind="quote", check_worthy=False)

# ---- 6
koum6 = E(p.find(6, "جان كوم"), "PERS")
E(p.find(6, "المؤسس"), "OCC")
E(p.find(6, "الرئيس التنفيذي"), "OCC")
E(p.find(6, "واتس آب"), "ORG")
E(p.find(6, "فيسبوك"), "ORG")
C(p.between(6, "جان كوم", "لشركة \"واتس آب"), claimant=A, kind="state", check_worthy=False)
C(p.between(6, "الصفقة", "مع فيسبوك"), claimant=koum6, cue=p.find(6, "وصف"), kind="quote", check_worthy=False)
C(p.between(6, "تلك الشراكة", "العالم بأكمله"), claimant=koum6, cue=p.find(6, "مؤكدا"), kind="quote",
  check_worthy=False)

# ---- 7
koum7 = E(p.find(7, "كوم"), "PERS")
E(p.find(7, "فيسبوك"), "ORG")
E(p.find(7, "واتس آب"), "ORG")
E(p.find(7, "واتس آب", 1), "PRODUCT")
E(p.find(7, "عام 2009"), "DATE")
N(p.find(7, "2009"), 2009, "year")
E(p.find(7, "السنوات الأخيرة"), "DATE")
E(p.find(7, "الوقت الحالي"), "DATE")
E(p.find(7, "450 مليونا"), "CARDINAL")
n450b = N(p.find(7, "450 مليونا"), 450e6, "cardinal", qualifier="approximately", qualifier_span=p.find(7, "نحو"))
m320 = p.find(7, "320 مليون مستخدم")
E(p.inside(m320, "320 مليون"), "CARDINAL")
N(p.inside(m320, "320 مليون"), 320e6, "cardinal", qualifier="approximately", qualifier_span=p.find(7, "نحو", 1),
  counted=p.inside(m320, "مستخدم"))
mil = p.find(7, "مليون شخص")
E(p.inside(mil, "مليون"), "CARDINAL")
N(p.inside(mil, "مليون"), 1e6, "cardinal", counted=p.inside(mil, "شخص"))
p.rel("equals", n450a, [n450b])
C(p.between(7, "شركته ستظل", "داخل \"فيسبوك"), claimant=koum7, cue=p.find(7, "شدد"), kind="state",
  check_worthy=False)
C(p.between(7, "تلك الشراكة", "إعلانات بالخدمة"), claimant=koum7, cue=p.find(7, "مضيفا"), kind="state",
  check_worthy=False)
C(p.between(7, "خدمة \"واتس آب", "في عام 2009"), claimant=A, kind="event", check_worthy=False)
C(p.between(7, "هي أحد", "الهواتف الذكية"), claimant=A, kind="state", check_worthy=False)
C(p.between(7, "يبلغ عدد مستخدميها", "450 مليونا حول العالم"), claimant=A, kind="statistic", check_worthy=True)
C(p.between(7, "يبلغ عدد مستخدمي", "320 مليون مستخدم", nth_first=1), claimant=A, kind="statistic", check_worthy=True)
C(p.between(7, "مليون شخص", "هواتفهم الذكية"), claimant=A, kind="statistic", check_worthy=True)

# ---- 8
E(p.find(8, "واتس آب"), "PRODUCT")
E(p.find(8, "2009"), "DATE")
N(p.find(8, "2009"), 2009, "year")
E(p.find(8, "جان كوم"), "PERS")
E(p.find(8, "بريان أكتون"), "PERS")
E(p.find(8, "ياهو"), "ORG")
for prod in ("أندرويد", "IOS", "سيمبيان", "بلاك بيري", "ويندوز فون"):
    E(p.find(8, prod), "PRODUCT")
C(p.between(8, "كانت خدمة", "وبريان أكتون"), claimant=A, kind="event", check_worthy=False)
C(p.between(8, "هما من", "السابقين"), claimant=A, kind="state", check_worthy=False)
C(p.between(8, "تقدم الخدمة", "و\"ويندوز فون"), claimant=A, kind="state", check_worthy=False)

p.write()
