"""Pass B of wn14_economy_08 (blind, from the raw text), guidelines 1.2."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_08"
p = Pass(DOC, "B", agent="annotator b2 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
E, N, C = p.ent, p.num, p.claim

# ---------------------------------------------------------------- paragraph 0 (title)
m0 = E(p.find(0, "70 دولارا"), "MONEY")
E(p.inside(m0, "دولارا"), "CURR")
n70a = N(p.find(0, "70"), 70, "money", counted=p.find(0, "دولارا"))
C(p.between(0, "أسعار النفط", "70 دولارا"), "author", "statistic", True)

# ---------------------------------------------------------------- paragraph 1
m1 = E(p.find(1, "ال70 دولارا"), "MONEY")      # the article stays inside (GUIDELINES §0)
E(p.inside(m1, "دولارا"), "CURR")
n70b = N(p.find(1, "ال70"), 70, "money", counted=p.find(1, "دولارا"))
E(p.find(1, "آخر تعاملات الأسبوع"), "DATE")
E(p.find(1, "الأمريكي"), "NORP")
C(p.between(1, "عاودت أسعار", "آخر تعاملات الأسبوع"), "author", "statistic", True)
C(p.between(1, "كشف أحد المؤشرات", "مستويات الاستهلاك"), "author", "state", False)

# ---------------------------------------------------------------- paragraph 2
E(p.find(2, "الولايات المتحدة"), "GPE")
E(p.find(2, "15 عاما"), "DATE")
N(p.find(2, "15"), 15, "cardinal", qualifier="approximately", qualifier_span=p.find(2, "نحو"),
  counted=p.find(2, "عاما"))
moc = E(p.find(2, "وزارة التجارة الأمريكية"), "ORG")
E(p.inside(moc, "الأمريكية"), "NORP")
C(p.between(2, "قد تمثلت", "نحو 15 عاما"), moc, "statistic", True, cue=p.find(2, "وفقا"))

# ---------------------------------------------------------------- paragraph 3
E(p.find(3, "الأسبوع الأخير"), "DATE")
E(p.find(3, "0.2%"), "PERCENT")
N(p.find(3, "0.2"), 0.2, "percent", qualifier="approximately", qualifier_span=p.find(3, "حوالي"))
ex = E(p.find(3, "بورصة وول ستريت"), "ORG")
E(p.inside(ex, "وول ستريت"), "FAC")
sp = E(p.find(3, "ستاندرد آند بورز 500"), "PRODUCT")
E(p.inside(sp, "ستاندرد آند بورز"), "ORG")
E(p.find(3, "أول"), "ORDINAL")
N(p.find(3, "أول"), 1, "ordinal", counted=p.find(3, "تراجع", 1))
E(p.find(3, "4 أيام"), "DATE")
N(p.find(3, "4"), 4, "cardinal", counted=p.find(3, "أيام"))
E(p.find(3, "آخر جلسات الأسبوع"), "DATE")
E(p.find(3, "0.2%", 1), "PERCENT")
N(p.find(3, "0.2", 1), 0.2, "percent")
E(p.find(3, "داو جونز"), "PRODUCT")
E(p.find(3, "0.4%"), "PERCENT")
N(p.find(3, "0.4"), 0.4, "percent")

C(p.between(3, "قد بلغت", "0.2%"), "author", "statistic", True)
C(p.between(3, "في بورصة", "منذ 4 أيام"), "author", "statistic", True)
C(p.between(3, "ينخفض", "0.2%", 0, 0), "author", "statistic", True)
C(p.between(3, "تراجع مؤشر", "0.4%"), "author", "statistic", True)

# ---------------------------------------------------------------- paragraph 4
E(p.find(4, "يوم الأربعاء"), "DATE")
moe = E(p.find(4, "وزارة الطاقة الأمريكية"), "ORG")
E(p.inside(moe, "الأمريكية"), "NORP")
E(p.inside(p.find(4, "السوق الأمريكي"), "الأمريكي"), "NORP")
C(p.between(4, "كانت أسعار", "الطاقة الأمريكية"), "author", "event", True)
C(p.between(4, "ارتفاعا حادا", "السوق الأمريكي"), moe, "statistic", True, cue=p.find(4, "أظهرت"))
C(p.between(4, "يعد أكبر", "في العالم"), "author", "state", False)

p.rel("equals", n70a, [n70b])

p.write()
