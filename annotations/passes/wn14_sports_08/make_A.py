"""Pass A of wn14_sports_08 (annotator a6): the machine suggestion reviewed span by span, corrected and completed."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_sports_08"
p = Pass(DOC, "A", agent="annotator a6 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/wn14_sports_08.json; built by make_A.py.",
         source="annotations/suggestions/wn14_sports_08.json")
E, N, C = p.ent, p.num, p.claim

# ---- paragraph 0 (title)
E(p.find(0, "الأحد القادم"), "DATE")
E(p.find(0, "الأهلي"), "ORG")
E(p.find(0, "اليابان"), "GPE")
C(p.between(0, "الأحد القادم", "باليابان"), "author", "event", True)

# ---- paragraph 1, sentence 1: the opening match
E(p.find(1, "الكأس الدولية للأندية"), "EVENT")
E(p.find(1, "يوم الأحد المقبل"), "DATE")
E(p.find(1, "اليابان"), "GPE")
E(p.find(1, "الأهلي", 0), "ORG")
E(p.find(1, "المصري"), "NORP")
E(p.find(1, "الاتحاد"), "ORG")
E(p.find(1, "السعودي"), "NORP")
E(p.find(1, "كأس العالم للأندية"), "EVENT")
C(p.between(1, "تبدأ المنافسة", "في اليابان"), "author", "event", True)
C(p.between(1, "تجمع", "كأس العالم للأندية"), "author", "event", True)

# sentence 2: the record
E(p.find(1, "الأهلي", 1), "ORG")
C(p.between(1, "سيلعب", "بأسلوب عصري"), "author", "event", False)
fifty5 = p.find(1, "55")
E(fifty5, "CARDINAL")
n55 = N(fifty5, 55, "cardinal", counted=p.find(1, "مباراة", 1))
C(p.between(1, "أنجزه عبر لعب", "في أي منها"), "author", "statistic", True)

# sentence 3: the next opponent
E(p.find(1, "الأهلي", 2), "ORG")
E(p.find(1, "آسيا"), "LOC")
E(p.find(1, "ساو باولو"), "ORG")
E(p.find(1, "البرازيلي"), "NORP")
C(p.between(1, "ستجمعه", "البرازيلي"), "author", "event", True)

# sentences 4-5: the coach's words
occ = E(p.find(1, "المدرب البرتغالي"), "OCC")
E(p.inside(occ, "البرتغالي"), "NORP")
coach = E(p.find(1, "مانويل جوزيه"), "PERS")
E(p.find(1, "مدرب", 1), "OCC")                           # 'مدرب "الأهلي"': the quotation marks keep the club outside
E(p.find(1, "الأهلي", 3), "ORG")
said, added = p.find(1, "قال"), p.find(1, "أضاف")
C(p.between(1, "نريد أن", "كالتي نجيدها"), coach, "quote", False, cue=said)
C(p.between(1, "نعتقد بالتأكيد", "بكافة المباريات"), coach, "quote", False, cue=added)
C(p.between(1, "هذا ما سنحاول", "خسارة أي مباراة"), coach, "quote", False, cue=added)

# sentence 6: the streak since July 2004 (the author's again)
d = E(p.find(1, "يوليو 2004"), "DATE")
N(p.inside(d, "2004"), 2004, "year")
t39 = p.find(1, "39")
E(t39, "CARDINAL")
n39 = N(t39, 39, "cardinal", counted=p.find(1, "المباريات", 1))   # "ب39 منها": منها = المباريات
C(p.between(1, "منذ يوليو 2004", "التي لعبها"), "author", "state", True)
C(p.between(1, "فاز ب39", "منها"), "author", "statistic", True)
p.rel("includes", n55, [n39])

p.write()
