"""Pass B of wn14_science_02 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_02"
p = Pass(DOC, "B", agent="annotator b11 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
E, N, C = p.ent, p.num, p.claim
A = "author"


def card(par, surface, value, counted=None, nth=0, qual="exact", qspan=None, numeral=None):
    """CARDINAL entity + cardinal number; `surface` locates, `numeral` (default surface) is the span."""
    at = p.find(par, surface, nth)
    sp = p.inside(at, numeral) if numeral else at
    E(sp, "CARDINAL")
    return N(sp, value, "cardinal", qualifier=qual, qualifier_span=qspan,
             counted=p.inside(at, counted) if counted else None)


# ---- 0 (title)
t6 = card(0, "ستة كواكب", 6, "كواكب", numeral="ستة")
t3 = card(0, "ثلاثة", 3, qual="at_least", qspan=p.find(0, "على الأقل"))
p.rel("includes", t6, [t3])
C(p.between(0, "اكتشاف", "صالحة للسكنى"), claimant=A, kind="event", check_worthy=True)
C(p.between(0, "منها ثلاثة", "صالحة للسكنى"), claimant=A, kind="statistic", check_worthy=True)

# ---- 1
E(p.find(1, "ألمانيا"), "GPE")
E(p.find(1, "مجموعة الشمسية"), "LOC")
E(p.find(1, "كليزه 667 C"), "LOC")
E(p.find(1, "GJ 667 C"), "LOC")
s6 = card(1, "ستة كواكب", 6, "كواكب", numeral="ستة", qual="at_least", qspan=p.find(1, "على الأقل"))
s3 = card(1, "ثلاثة على الأقل", 3, numeral="ثلاثة", qual="at_least", qspan=p.find(1, "على الأقل", 1))
p.rel("includes", s6, [s3])
p.rel("equals", t6, [s6])
cue1 = p.find(1, "أفاد")
C(p.between(1, "نجما مجاورا", "كواكب على الأقل"), claimant=A, cue=cue1, kind="statistic", check_worthy=True)
C(p.between(1, "منها ثلاثة", "صالحة للسكنى"), claimant=A, cue=cue1, kind="statistic", check_worthy=True)
C(p.between(1, "منها ثلاثة", "مياه سائلة"), claimant=A, cue=cue1, kind="causal", check_worthy=True)
C(p.between(1, "هذا شرط", "لوجود حياة"), claimant=A, kind="state", check_worthy=False)
# sentence 2: the ESO researchers
eso = E(p.find(1, "أيسو"), "ORG")
E(p.find(1, "الأوروبي"), "NORP")
E(p.find(1, "جارشينج"), "GPE")
E(p.find(1, "ميونيخ"), "GPE")
south = E(p.find(1, "جنوب ألمانيا"), "LOC")
E(p.inside(south, "ألمانيا"), "GPE")
card(1, "نجم واحد", 1, "نجم", numeral="واحد")
C(p.between(1, "لم يرصدوا", "نجم واحد"), claimant=eso, cue=p.find(1, "قال"), kind="state", check_worthy=True)
# sentence 3
E(p.find(1, "كليزه 667 C", 1), "LOC")
E(p.find(1, "برج العقرب"), "LOC")
card(1, "سبعة كواكب", 7, "كواكب", numeral="سبعة")
C(p.between(1, "عثروا أثناء", "حول هذا النجم"), claimant=eso, cue=p.find(1, "أوضحوا"), kind="statistic",
  check_worthy=True)
C(p.between(1, "النجم \"كليزه", "برج العقرب", nth_first=1), claimant=A, kind="state", check_worthy=False)
# sentence 4: Mikko Tuomi
tuomi = E(p.find(1, "ميكو تومي"), "PERS")
E(p.find(1, "المشارك في الدراسة"), "OCC")
uh = E(p.find(1, "جامعة هيرتفوردشير البريطانية"), "ORG")
E(p.inside(uh, "هيرتفوردشير"), "GPE")
E(p.inside(uh, "البريطانية"), "NORP")
k3 = card(1, "ثلاثة كواكب", 3, "كواكب", numeral="ثلاثة")
k3b = card(1, "الكواكب الثلاثة", 3, "الكواكب", numeral="الثلاثة")
p.rel("equals", k3, [k3b])
cue_t = p.find(1, "أوضح", 1)
C(p.between(1, "كنا نعرف", "ثلاثة كواكب"), claimant=tuomi, cue=cue_t, kind="statistic", check_worthy=True)
C(p.between(1, "تمخضت دراستنا", "الكواكب الثلاثة"), claimant=tuomi, cue=cue_t, kind="state", check_worthy=True)
C(p.between(1, "أثبتنا وجود", "حول هذا النجم"), claimant=tuomi, cue=cue_t, kind="state", check_worthy=True)
# sentence 5
E(p.find(1, "الأرض"), "LOC")
E(p.find(1, "نبتون"), "LOC")
cue_q = p.find(1, "قيل")
C(p.between(1, "تلك الكواكب", "من الأرض"), claimant=A, cue=cue_q, kind="state", check_worthy=True)
C(p.between(1, "لكنها أصغر", "من نبتون"), claimant=A, cue=cue_q, kind="state", check_worthy=True)

# ---- 2
k3c = card(2, "ثلاثة كواكب", 3, "كواكب", numeral="ثلاثة")
p.rel("equals", s3, [t3, k3c])
E(p.find(2, "الأرض"), "LOC")
C(p.between(2, "اكتشاف ثلاثة", "تشبه الأرض"), claimant=A, cue=p.find(2, "قال"), kind="causal", check_worthy=True)
E(p.find(2, "عالم الفلك"), "OCC")
barnes = E(p.find(2, "روري بارنز"), "PERS")
uw = E(p.find(2, "جامعة واشنطن"), "ORG")
E(p.inside(uw, "واشنطن"), "GPE")
card(2, "عشرة نجوم", 10, "نجوم", numeral="عشرة")
card(2, "كوكب واحد", 1, "كوكب", numeral="واحد")
E(p.find(2, "الآن"), "DATE")
card(2, "نجم واحد", 1, "نجم", numeral="واحد")
C(p.between(2, "بدلا من", "على عدة كواكب"), claimant=barnes, cue=p.find(2, "قال", 1), kind="quote",
  check_worthy=False)
E(p.find(2, "أسترونومي آند أستروفيزكس"), "PRODUCT")
E(p.find(2, "علم الفلك والعلوم الفلكية الفيزيائية"), "PRODUCT")
C(p.between(2, "من المقرر", "أسترونومي آند أستروفيزكس"), claimant=A, kind="event", check_worthy=False)

p.write()
