"""Pass B of wn14_sports_07 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_07"
p = Pass(DOC, "B", agent="annotator b6 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
A = "author"

# ---------------------------------------------------------------- paragraph 0 (title)
kora0 = p.ent(p.find(0, "كورة"), "WEBSITE")
for name in ("إبراهيم", "الخالدي", "الجلاهمة", "جمعة"):
    p.ent(p.find(0, name), "PERS")
p.ent(p.find(0, "2013"), "DATE")
p.num(p.find(0, "2013"), 2013, "year")
# "كورة: ..." a headline with its source and a colon, no cue word (claims §9)
p.claim(p.between(0, "إبراهيم", "نجوم 2013"), claimant=kora0, kind="state", check_worthy=True)

# ---------------------------------------------------------------- paragraph 1
P = 1
p.ent(p.find(P, "كورة"), "WEBSITE")
loc = p.ent(p.find(P, "الوطن العربي"), "LOC")
p.ent(p.inside(loc, "العربي"), "NORP")
p.ent(p.find(P, "العام الماضي 2013"), "DATE")
p.num(p.find(P, "2013"), 2013, "year")
p.claim(p.between(P, "أعلن موقع كورة", "الماضي 2013"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "فضل الموقع", "على حدة"), claimant=A, kind="event", check_worthy=False)
p.ent(p.find(P, "الكويت"), "GPE")
p.claim(p.between(P, "كانت الانطلاقة", "من الكويت"), claimant=A, kind="event", check_worthy=False)

# al-Khalidi
p.ent(p.find(P, "الحارس"), "OCC")
p.ent(p.find(P, "نواف الخالدي"), "PERS")
p.ent(p.find(P, "القادسية"), "ORG")
p.ent(p.find(P, "عام 2013"), "DATE")
p.num(p.find(P, "2013", 1), 2013, "year")
p.claim(p.between(P, "حصل الحارس", "عام 2013"), claimant=A, kind="event", check_worthy=True)

# Issam Jemaa
occ = p.ent(p.find(P, "اللاعب التونسي"), "OCC")
p.ent(p.inside(occ, "التونسي"), "NORP")
p.ent(p.find(P, "عصام جمعة"), "PERS")
occ = p.ent(p.find(P, "لاعب نادي الكويت"), "OCC")
club = p.ent(p.inside(occ, "نادي الكويت"), "ORG")
p.ent(p.inside(club, "الكويت"), "GPE")
p.ent(p.find(P, "العميد"), "ORG")
ev = p.ent(p.find(P, "كأس الاتحاد الآسيوي"), "EVENT")
org = p.ent(p.inside(ev, "الاتحاد الآسيوي"), "ORG")
p.ent(p.inside(org, "الآسيوي"), "NORP")
p.claim(p.between(P, "حصل اللاعب التونسي", "لاعب محترف"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "فوز العميد", "النسخة السابقة"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "حصوله على لقب", "هداف البطولة"), claimant=A, kind="event", check_worthy=True)

# Jarrah al-Otaiqi
p.ent(p.find(P, "جراح العتيقي"), "PERS")
p.claim(p.between(P, "جاء زميله", "روح رياضية"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "يتميز به اللاعب", "يحسد عليه"), claimant=A, kind="state", check_worthy=False)

# Mohammed Ibrahim
p.ent(p.find(P, "المدرب"), "OCC")
p.ent(p.find(P, "محمد إبراهيم"), "PERS")
p.ent(p.find(P, "القادسية", 1), "ORG")
p.ent(p.find(P, "القادسية", 2), "ORG")
p.ent(p.find(P, "عام 2013", 1), "DATE")
p.num(p.find(P, "2013", 2), 2013, "year")
p.claim(p.between(P, "نال المدرب", "مدرب محلي"), claimant=A, kind="event", check_worthy=True)

# Tariq al-Jalahma
p.ent(p.find(P, "المحلل"), "OCC")
p.ent(p.find(P, "طارق الجلاهمة"), "PERS")
p.ent(p.find(P, "عام 2013", 2), "DATE")
p.num(p.find(P, "2013", 3), 2013, "year")
p.ent(p.find(P, "الجزيرة الرياضية"), "ORG")
p.ent(p.find(P, "بي إن سبورت"), "ORG")
p.claim(p.between(P, "حسم المحلل", "خلال عام 2013"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "قنوات الجزيرة الرياضية", "سبورت حاليا"), claimant=A, kind="state", check_worthy=False)

# the ceremony (future, attributed to the site)
kora1 = p.ent(p.find(P, "كورة", 1), "WEBSITE")
p.ent(p.find(P, "الحادي والثلاثين من الشهر الحالي"), "DATE")
p.ent(p.find(P, "ملاعب جول"), "FAC")
p.ent(p.find(P, "نادي الشعب البحري"), "ORG")
p.ent(p.find(P, "الأولى"), "ORDINAL")
p.num(p.find(P, "الأولى"), 1, "ordinal", counted=p.find(P, "البطولة", 1))
cue = p.find(P, "حسب ما أعلن")
p.claim(p.between(P, "سيقوم فريق عمل", "البطولة الأولى"), claimant=kora1, cue=cue, kind="event",
        check_worthy=True)
p.claim(p.between(P, "يقيمها الموقع", "يوم التكريم"), claimant=kora1, cue=cue, kind="event",
        check_worthy=True)

p.write()
