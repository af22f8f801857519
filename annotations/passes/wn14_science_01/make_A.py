#!/usr/bin/env python3
"""Pass A of wn14_science_01 (annotator a11), corrected from the machine suggestion. Offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_01"
p = Pass(DOC, "A", agent="annotator a11 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/"
              f"{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C = p.ent, p.num, p.claim


def money(par, surface, numeral, value, curr, nth=0):
    """MONEY entity with its CURR nested, and the money number (currency = counted)."""
    m = p.find(par, surface, nth)
    E(m, "MONEY")
    c = p.inside(m, curr)
    E(c, "CURR")
    return N(p.inside(m, numeral), value, "money", counted=c)


# ---- 0 (title)
E(p.find(0, "فيسبوك"), "ORG")
E(p.find(0, "واتس آب"), "WEBSITE")           # the application (تطبيق)
m0 = money(0, "19 مليار دولار", "19 مليار", 19_000_000_000, "دولار")
C(p.between(0, "فيسبوك", "مليار دولار"), claimant="author", kind="event", check_worthy=True)

# ---- 1
fb1 = E(p.find(1, "فيسبوك"), "ORG")
E(p.find(1, "واتس آب"), "WEBSITE")
E(p.find(1, "WhatsApp"), "WEBSITE")
m1 = money(1, "19 مليار دولار أميركي", "19 مليار", 19_000_000_000, "دولار أميركي")
cue1 = p.find(1, "أعلنت")
C(p.between(1, "استحواذها", "WhatsApp"), claimant=fb1, cue=cue1, kind="event", check_worthy=True)
C(p.between(1, "صفقة قدرت", "على الإنترنت"), claimant=fb1, cue=cue1, kind="statistic", check_worthy=True)
C(p.between(1, "الشركة المالكة", "على الإنترنت"), claimant="author", kind="state", check_worthy=False)

# ---- 2
fb2 = E(p.find(2, "فيسبوك"), "ORG")
m12 = money(2, "12 مليار دولار أميركي", "12 مليار", 12_000_000_000, "دولار أميركي")
E(p.find(2, "واتس آب"), "ORG")               # the company acquired
m4 = money(2, "4 مليارات دولار", "4 مليارات", 4_000_000_000, "دولار")
sec = E(p.find(2, "لجنة الأوراق المالية والبورصات الأميركية"), "ORG")
E(p.inside(sec, "الأميركية"), "NORP")
m3 = money(2, "3 مليارات دولار أميركية", "3 مليارات", 3_000_000_000, "دولار أميركية")
E(p.find(2, "واتس آب", 1), "ORG")            # its owners (ملاك)
m19b = money(2, "19 مليار دولار أميركي", "19 مليار", 19_000_000_000, "دولار أميركي")
cue2 = p.find(2, "حسب")
C(p.between(2, "سوف تدفع", "على \"واتس آب"), claimant=fb2, cue=cue2, kind="statistic", check_worthy=True)
C(p.between(2, "ستدفع 4", "دولار نقدا"), claimant=fb2, cue=cue2, kind="statistic", check_worthy=True)
C(p.between(2, "التقرير الذي قدمته", "والبورصات الأميركية"), claimant="author", kind="event", check_worthy=True)
C(p.between(2, "تعتزم الشركة", "وفريق عمل الخدمة"), claimant="author", kind="statistic", check_worthy=True)
C(p.between(2, "هي الأسهم التي", "بإتمام تلك الشروط"), claimant="author", kind="state", check_worthy=False)
C(p.between(2, "في حال إتمام", "مليار دولار أميركي"), claimant="author", kind="statistic",
  check_worthy=True)
p.rel("sum", m19b, [m12, m4, m3])
p.rel("equals", m1, [m0, m19b])

# ---- 3
E(p.find(3, "واتس آب"), "WEBSITE")           # the team working on the application
E(p.find(3, "فيسبوك"), "ORG")
zk3 = E(p.find(3, "مارك زوكربيرغ"), "PERS")
E(p.find(3, "مؤسس"), "OCC")
E(p.find(3, "فيسبوك", 1), "ORG")
E(p.find(3, "رئيسها التنفيذي"), "OCC")
E(p.find(3, "واتس آب", 1), "ORG")            # runs independently inside the company
E(p.find(3, "واتس آب", 2), "ORG")            # bought
E(p.find(3, "450 مليون"), "CARDINAL")
mark3 = E(p.find(3, "مارك", 1), "PERS")
n450a = N(p.find(3, "450 مليون"), 450_000_000, "cardinal", counted=p.find(3, "مستخدم"))
N(p.find(3, "الشركتين"), 2, "cardinal", counted=p.find(3, "الشركتين"))
C(p.between(3, "في إطار الصفقة", "إلى \"فيسبوك"), claimant="author", kind="event", check_worthy=True)
C(p.between(3, "واتس آب\" سوف يعمل", "داخل شركته"), claimant=zk3, cue=p.find(3, "أوضح"), kind="state",
  check_worthy=False)
add3 = p.find(3, "أضاف")
C(p.find(3, "شركته اشترت واتس آب"), claimant=zk3, cue=add3, kind="event", check_worthy=True)
C(p.between(3, "الأخيرة تضم", "مستخدم ديناميكي"), claimant=zk3, cue=add3, kind="statistic", check_worthy=True)
C(p.find(3, "العدد مرشح للزيادة"), claimant=zk3, cue=add3, kind="state", check_worthy=False)
C(p.find(3, "هدف الشركتين وصل العالم ببعضه"), claimant=mark3, cue=p.find(3, "أضاف", 1), kind="quote",
  check_worthy=False)

# ---- 4
occ4 = E(p.find(4, "مؤسس"), "OCC")
E(p.find(4, "فيسبوك"), "ORG")
E(p.find(4, "واتس آب"), "ORG")               # the acquisition of the company
C(p.between(4, "الاستحواذ على", "التي يختارونها"), claimant=occ4, cue=p.find(4, "أوضح"), kind="causal",
  check_worthy=False)

# ---- 5
zk5 = E(p.find(5, "زوكربيرغ"), "PERS")
E(p.find(5, "واتس آب"), "WEBSITE")           # the application's map
E(p.find(5, "السنوات القليلة المقبلة"), "DATE")
E(p.find(5, "جان كوم"), "PERS")
E(p.find(5, "مؤسس"), "OCC")
E(p.find(5, "واتس آب", 1), "ORG")
cue5 = p.find(5, "أضاف")
C(p.find(5, "خارطة واتس آب لن تتغير"), claimant=zk5, cue=cue5, kind="state", check_worthy=False)
C(p.between(5, "لكننا سنعمل", "التطبيق المختلفة"), claimant=zk5, cue=cue5, kind="quote", check_worthy=False)
cue5b = p.find(5, "تابع")
C(p.between(5, "أعرف جان كوم", "منذ فترة"), claimant=zk5, cue=cue5b, kind="state", check_worthy=False)
C(p.between(5, "بانضمامه هو وفريقه", "انفتاحا وتواصلا"), claimant=zk5, cue=cue5b, kind="quote",
  check_worthy=False)

# ---- 6
jk6 = E(p.find(6, "جان كوم"), "PERS")
E(p.find(6, "المؤسس"), "OCC")
E(p.find(6, "الرئيس التنفيذي"), "OCC")
E(p.find(6, "واتس آب"), "ORG")
E(p.find(6, "فيسبوك"), "ORG")
C(p.between(6, "الصفقة ب", "مع فيسبوك"), claimant=jk6, cue=p.find(6, "وصف"), kind="quote", check_worthy=False)
C(p.between(6, "تلك الشراكة", "العالم بأكمله"), claimant=jk6, cue=p.find(6, "مؤكدا"), kind="quote",
  check_worthy=False)

# ---- 7
km7 = E(p.find(7, "كوم"), "PERS")
E(p.find(7, "فيسبوك"), "ORG")
E(p.find(7, "واتس آب"), "ORG")               # its blog (مدونة "واتس آب"; the quotes keep مدونة out)
E(p.find(7, "واتس آب", 1), "WEBSITE")        # the service (خدمة)
E(p.find(7, "عام 2009"), "DATE")
E(p.find(7, "السنوات الأخيرة"), "DATE")
E(p.find(7, "الوقت الحالي"), "DATE")
E(p.find(7, "450 مليونا"), "CARDINAL")
E(p.find(7, "320 مليون"), "CARDINAL")
mil = p.find(7, "مليون", 2)
assert p.text[mil.end:mil.end + 4] == " شخص"
E(mil, "CARDINAL")
N(p.find(7, "2009"), 2009, "year")
n450b = N(p.find(7, "450 مليونا"), 450_000_000, "cardinal", qualifier="approximately",
          qualifier_span=p.find(7, "نحو"), counted=p.find(7, "مستخدميها"))
n320 = N(p.find(7, "320 مليون"), 320_000_000, "cardinal", qualifier="approximately",
         qualifier_span=p.find(7, "نحو", 1), counted=p.inside(p.find(7, "320 مليون مستخدم"), "مستخدم"))
N(mil, 1_000_000, "cardinal", counted=p.find(7, "شخص"))
C(p.between(7, "شركته ستظل مستقلة", "داخل \"فيسبوك"), claimant=km7, cue=p.find(7, "شدد"), kind="state",
  check_worthy=False)
C(p.between(7, "تلك الشراكة", "إعلانات بالخدمة"), claimant=km7, cue=p.find(7, "مضيفا"), kind="state",
  check_worthy=False)
C(p.between(7, "خدمة \"واتس آب\" تأسست", "عام 2009"), claimant="author", kind="event", check_worthy=True)
C(p.between(7, "هي أحد الخدمات", "الهواتف الذكية"), claimant="author", kind="state", check_worthy=False)
C(p.between(7, "يبلغ عدد مستخدميها", "حول العالم"), claimant="author", kind="statistic", check_worthy=True)
C(p.between(7, "يبلغ عدد مستخدمي الخدمة", "مليون مستخدم"), claimant="author", kind="statistic",
  check_worthy=True)
C(p.between(7, "مليون شخص يوميا", "هواتفهم الذكية"), claimant="author", kind="statistic", check_worthy=True)
p.rel("includes", n450b, [n320])
p.rel("equals", n450a, [n450b])

# ---- 8
E(p.find(8, "واتس آب"), "WEBSITE")
E(p.find(8, "2009"), "DATE")
E(p.find(8, "جان كوم"), "PERS")
E(p.find(8, "بريان أكتون"), "PERS")
E(p.find(8, "ياهو"), "ORG")
for os_name in ("أندرويد", "IOS", "سيمبيان", "بلاك بيري", "ويندوز فون"):
    E(p.find(8, os_name), "PRODUCT")
N(p.find(8, "2009"), 2009, "year")
C(p.between(8, "كانت خدمة", "وبريان أكتون"), claimant="author", kind="event", check_worthy=True)
C(p.between(8, "هما من موظفي", "السابقين"), claimant="author", kind="state", check_worthy=False)
C(p.between(8, "تقدم الخدمة", "ويندوز فون"), claimant="author", kind="state", check_worthy=False)

p.write()
