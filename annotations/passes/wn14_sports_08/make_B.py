"""Pass B of wn14_sports_08 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_08"
p = Pass(DOC, "B", agent="annotator b6 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
A = "author"

# ---------------------------------------------------------------- paragraph 0 (title)
p.ent(p.find(0, "الأحد القادم"), "DATE")
p.ent(p.find(0, "الأهلي"), "ORG")
p.ent(p.find(0, "اليابان"), "GPE")
p.claim(p.between(0, "الأحد القادم", "باليابان"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 1
P = 1
# sentence 1: the opening match
p.ent(p.find(P, "الكأس الدولية للأندية"), "EVENT")
p.ent(p.find(P, "يوم الأحد المقبل"), "DATE")
p.ent(p.find(P, "اليابان"), "GPE")
p.ent(p.find(P, "الأهلي"), "ORG")
p.ent(p.find(P, "المصري"), "NORP")
p.ent(p.find(P, "الاتحاد"), "ORG")
p.ent(p.find(P, "السعودي"), "NORP")
p.ent(p.find(P, "كأس العالم للأندية"), "EVENT")
p.claim(p.between(P, "تبدأ المنافسة", "اليابان بمباراة"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(P, "تجمع", "كأس العالم للأندية"), claimant=A, kind="event", check_worthy=True)

# sentence 2: the unbeaten record
p.ent(p.find(P, "الأهلي", 1), "ORG")
p.ent(p.find(P, "55"), "CARDINAL")
n55 = p.num(p.find(P, "55"), 55, "cardinal", counted=p.inside(p.find(P, "مباراة متتالية"), "مباراة"))
p.claim(p.between(P, "سيلعب", "بأسلوب عصري"), claimant=A, kind="state", check_worthy=False)
p.claim(p.between(P, "أنجزه", "في أي منها"), claimant=A, kind="statistic", check_worthy=True)

# sentence 3: the next opponent (conditional)
p.ent(p.find(P, "الأهلي", 2), "ORG")
p.ent(p.find(P, "آسيا"), "LOC")
p.ent(p.find(P, "ساو باولو"), "ORG")
p.ent(p.find(P, "البرازيلي"), "NORP")
p.claim(p.between(P, "في حال تمكن", "البرازيلي"), claimant=A, kind="state", check_worthy=False)

# sentences 4-5: the coach's words
occ = p.ent(p.find(P, "المدرب البرتغالي"), "OCC")
p.ent(p.inside(occ, "البرتغالي"), "NORP")
coach = p.ent(p.find(P, "مانويل جوزيه"), "PERS")
p.ent(p.find(P, "مدرب", 1), "OCC")          # its complement "الأهلي" is in quotation marks
p.ent(p.find(P, "الأهلي", 3), "ORG")
p.claim(p.between(P, "نعتقد بالتأكيد", "بكافة المباريات"), claimant=coach, cue=p.find(P, "أضاف"),
        kind="quote", check_worthy=False)

# sentence 6: since July 2004
p.ent(p.find(P, "يوليو 2004"), "DATE")
p.num(p.find(P, "2004"), 2004, "year")
p.ent(p.find(P, "39"), "CARDINAL")
n39 = p.num(p.find(P, "39"), 39, "cardinal", counted=p.inside(p.find(P, "المباريات التي لعبها"), "المباريات"))
p.claim(p.between(P, "منذ يوليو 2004", "التي لعبها"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(P, "فاز ب39", "منها"), claimant=A, kind="statistic", check_worthy=True)

# the 39 wins are matches of the unbeaten run of 55
p.rel("includes", n55, [n39])

p.write()
