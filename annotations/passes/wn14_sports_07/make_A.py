"""Pass A of wn14_sports_07 (annotator a6): the machine suggestion reviewed span by span, corrected and completed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_07"
p = Pass(DOC, "A", agent="annotator a6 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_sports_07.json; built by make_A.py.",
         source="annotations/suggestions/wn14_sports_07.json")
E, N, C = p.ent, p.num, p.claim

# ---- paragraph 0 (title): "كورة:" is the source of the headline, without a verb cue
koora0 = E(p.find(0, "كورة"), "WEBSITE")
E(p.find(0, "إبراهيم"), "PERS")
E(p.find(0, "الخالدي"), "PERS")
E(p.find(0, "الجلاهمة"), "PERS")
E(p.find(0, "جمعة"), "PERS")
y = p.find(0, "2013")
E(y, "DATE")
N(y, 2013, "year")
C(p.between(0, "إبراهيم", "2013"), koora0, "event", True)

# ---- paragraph 1, sentence 1: the awards
E(p.find(1, "كورة", 0), "WEBSITE")                      # "موقع كورة": the site's name
loc = E(p.find(1, "الوطن العربي"), "LOC")
E(p.inside(loc, "العربي"), "NORP")
d = E(p.find(1, "العام الماضي 2013"), "DATE")
N(p.inside(d, "2013"), 2013, "year")
C(p.between(1, "أعلن موقع كورة", "العام الماضي 2013"), "author", "event", True)
C(p.between(1, "فضل الموقع", "على حدة"), "author", "event", False)
E(p.find(1, "الكويت", 0), "GPE")
C(p.between(1, "كانت الانطلاقة", "من الكويت"), "author", "event", False)

# the goalkeeper
E(p.find(1, "الحارس", 0), "OCC")
E(p.find(1, "نواف الخالدي"), "PERS")
E(p.find(1, "القادسية", 0), "ORG")
d = E(p.find(1, "عام 2013", 0), "DATE")
N(p.inside(d, "2013"), 2013, "year")
C(p.between(1, "حصل الحارس", "في عام 2013"), "author", "event", True)

# the professional player
occ = E(p.find(1, "اللاعب التونسي"), "OCC")
E(p.inside(occ, "التونسي"), "NORP")
E(p.find(1, "عصام جمعة"), "PERS")
occ = E(p.find(1, "لاعب نادي الكويت"), "OCC")
org = E(p.inside(occ, "نادي الكويت"), "ORG")
E(p.inside(org, "الكويت"), "GPE")
C(p.between(1, "حصل اللاعب التونسي", "أفضل لاعب محترف"), "author", "event", True)
E(p.find(1, "العميد"), "ORG")                           # nickname of Kuwait SC
ev = E(p.find(1, "كأس الاتحاد الآسيوي"), "EVENT")
org = E(p.inside(ev, "الاتحاد الآسيوي"), "ORG")
E(p.inside(org, "الآسيوي"), "NORP")
C(p.between(1, "فوز العميد", "النسخة السابقة"), "author", "event", True)
C(p.find(1, "حصوله على لقب هداف البطولة"), "author", "event", True)

# the fair-play player
E(p.find(1, "جراح العتيقي"), "PERS")
C(p.between(1, "جاء زميله", "صاحب روح رياضية"), "author", "event", True)
C(p.between(1, "يتميز به اللاعب", "يحسد عليه"), "author", "state", False)

# the coach
E(p.find(1, "المدرب"), "OCC")
E(p.find(1, "محمد إبراهيم"), "PERS")
E(p.find(1, "القادسية", 1), "ORG")
E(p.find(1, "القادسية", 2), "ORG")
d = E(p.find(1, "عام 2013", 1), "DATE")
N(p.inside(d, "2013"), 2013, "year")
C(p.between(1, "نال المدرب", "أفضل مدرب محلي"), "author", "event", True)
C(p.between(1, "نجاحه مع القادسية", "بشكل ملحوظ"), "author", "state", False)

# the analyst
E(p.find(1, "المحلل"), "OCC")
E(p.find(1, "طارق الجلاهمة"), "PERS")
d = E(p.find(1, "عام 2013", 2), "DATE")
N(p.inside(d, "2013"), 2013, "year")
E(p.find(1, "الجزيرة الرياضية"), "ORG")
E(p.find(1, "بي إن سبورت"), "ORG")
C(p.between(1, "حسم المحلل", "خلال عام 2013"), "author", "event", True)
C(p.between(1, "أدائه المتميز", "سبورت حاليا"), "author", "state", False)
C(p.between(1, "قنوات الجزيرة الرياضية", "سبورت حاليا"), "author", "state", False)

# ---- paragraph 1, sentence 2: the ceremony (a plan the site announced)
koora = E(p.find(1, "كورة", 1), "ORG")                  # "فريق عمل كورة": the company's staff
cue = p.find(1, "بحسب ما أعلن")
E(p.find(1, "الحادي والثلاثين من الشهر الحالي"), "DATE")  # day of the month: no number (§2 d10)
E(p.find(1, "ملاعب جول"), "FAC")
E(p.find(1, "نادي الشعب البحري"), "ORG")
first = p.find(1, "الأولى")
E(first, "ORDINAL")
N(first, 1, "ordinal", counted=p.find(1, "البطولة", 1))
C(p.between(1, "سيقوم فريق عمل كورة", "نفس يوم التكريم"), koora, "event", True, cue=cue)
C(p.between(1, "يقيمها الموقع", "نفس يوم التكريم"), koora, "event", True, cue=cue)

p.write()
