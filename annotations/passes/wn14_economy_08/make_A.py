#!/usr/bin/env python3
"""Pass A of wn14_economy_08 (annotator a2): the machine suggestion reviewed, corrected and completed.

Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_08"
p = Pass(DOC, "A", agent="annotator a2 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C, F, I, B = p.ent, p.num, p.claim, p.find, p.inside, p.between

# ---------------------------------------------------------------- ¶0 (title)
m0 = E(F(0, "70 دولارا"), "MONEY")
E(I(m0, "دولارا"), "CURR")
n70a = N(F(0, "70"), 70, "money", counted=F(0, "دولارا"))
C(B(0, "أسعار النفط", "70 دولارا"), claimant="author", kind="statistic", check_worthy=True)

# ---------------------------------------------------------------- ¶1
m1 = E(F(1, "ال70 دولارا"), "MONEY")  # the article written onto the digits stays inside (§0)
E(I(m1, "دولارا"), "CURR")
E(F(1, "آخر تعاملات الأسبوع"), "DATE")
E(F(1, "الأمريكي"), "NORP")
n70b = N(F(1, "ال70"), 70, "money", counted=F(1, "دولارا"))

C(B(1, "عاودت أسعار", "آخر تعاملات الأسبوع"), claimant="author", kind="statistic", check_worthy=True)
C(B(1, "كشف أحد المؤشرات", "ضعف مستويات الاستهلاك"), claimant="author", kind="state", check_worthy=False)

# ---------------------------------------------------------------- ¶2
E(F(2, "الولايات المتحدة"), "GPE")
E(F(2, "15 عاما"), "DATE")
doc2 = E(F(2, "وزارة التجارة الأمريكية"), "ORG")
E(I(doc2, "الأمريكية"), "NORP")
N(F(2, "15"), 15, "cardinal", qualifier="approximately", qualifier_span=F(2, "نحو"), counted=F(2, "عاما"))
C(B(2, "ارتفاع معدلات الادخار", "نحو 15 عاما"), claimant=doc2, cue=F(2, "وفقا"), kind="statistic",
  check_worthy=True)

# ---------------------------------------------------------------- ¶3
E(F(3, "الأسبوع الأخير"), "DATE")
E(F(3, "0.2%", 0), "PERCENT")
nyse = E(F(3, "بورصة وول ستريت"), "ORG")
E(I(nyse, "وول ستريت"), "LOC")
sp = E(F(3, "ستاندرد آند بورز 500"), "PRODUCT")  # the index; "500" is a numeral inside a name (§2 decision 11)
E(I(sp, "ستاندرد آند بورز"), "ORG")
E(F(3, "أول"), "ORDINAL")
E(F(3, "4 أيام"), "DATE")
E(F(3, "آخر جلسات الأسبوع"), "DATE")
E(F(3, "0.2%", 1), "PERCENT")
E(F(3, "داو جونز"), "PRODUCT")
E(F(3, "0.4%"), "PERCENT")

N(F(3, "0.2", 0), 0.2, "percent", qualifier="approximately", qualifier_span=F(3, "حوالي"))
N(F(3, "أول"), 1, "ordinal", counted=I(F(3, "أول تراجع"), "تراجع"))
N(F(3, "4"), 4, "cardinal", counted=F(3, "أيام"))
N(F(3, "0.2", 1), 0.2, "percent")
N(F(3, "0.4"), 0.4, "percent")

C(B(3, "قد بلغت", "بحوالي 0.2%"), claimant="author", kind="statistic", check_worthy=True)
C(B(3, "في بورصة", "منذ 4 أيام"), claimant="author", kind="statistic", check_worthy=True)
C(B(3, "ينخفض في آخر", "ب0.2%"), claimant="author", kind="statistic", check_worthy=True)
C(B(3, "تراجع مؤشر", "ب0.4%"), claimant="author", kind="statistic", check_worthy=True)

# ---------------------------------------------------------------- ¶4
E(F(4, "يوم الأربعاء"), "DATE")
doe = E(F(4, "وزارة الطاقة الأمريكية"), "ORG")
E(I(doe, "الأمريكية"), "NORP")
E(I(F(4, "السوق الأمريكي"), "الأمريكي"), "NORP")

C(B(4, "كانت أسعار", "لوزارة الطاقة الأمريكية"), claimant="author", kind="event", check_worthy=True)
C(B(4, "ارتفاعا حادا", "السوق الأمريكي"), claimant=doe, cue=F(4, "أظهرت"), kind="event",
  check_worthy=True)
C(B(4, "يعد أكبر", "في العالم"), claimant="author", kind="state", check_worthy=False)

p.rel("equals", n70a, [n70b])

p.write()
