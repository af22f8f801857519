#!/usr/bin/env python3
"""Pass A of wn14_science_02 (annotator a11), corrected from the machine suggestion. Offsets by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_02"
p = Pass(DOC, "A", agent="annotator a11 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/"
              f"{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C = p.ent, p.num, p.claim



# ---- 0 (title)
t6 = N(p.find(0, "ستة"), 6, "cardinal", counted=p.find(0, "كواكب"))
t3 = N(p.find(0, "ثلاثة"), 3, "cardinal", qualifier="at_least", qualifier_span=p.find(0, "على الأقل"),
       counted=p.find(0, "كواكب"))      # elliptical "منها ثلاثة": the planets are counted
E(p.find(0, "ستة"), "CARDINAL")
E(p.find(0, "ثلاثة"), "CARDINAL")
C(p.find(0, "اكتشاف ستة كواكب"), claimant="author", kind="event", check_worthy=True)
C(p.between(0, "منها ثلاثة", "صالحة للسكنى"), claimant="author", kind="statistic", check_worthy=True)
p.rel("includes", t6, [t3])

# ---- 1
E(p.find(1, "ألمانيا"), "GPE")
E(p.find(1, "مجموعة الشمسية"), "LOC")          # after the contracted لل (§0)
E(p.find(1, "كليزه 667 C"), "LOC")             # a star (§1 decision 22); 667 is inside a name
E(p.find(1, "GJ 667 C"), "LOC")
E(p.find(1, "ستة"), "CARDINAL")
E(p.find(1, "ثلاثة"), "CARDINAL")
s6 = N(p.find(1, "ستة"), 6, "cardinal", qualifier="at_least", qualifier_span=p.find(1, "على الأقل"),
       counted=p.find(1, "كواكب"))
s3 = N(p.find(1, "ثلاثة"), 3, "cardinal", qualifier="at_least", qualifier_span=p.find(1, "على الأقل", 1),
       counted=p.find(1, "كواكب"))
p.rel("includes", s6, [s3])
p.rel("equals", s6, [t6])
cue1 = p.find(1, "أفاد")          # "علماء الفلك في ألمانيا": no entity mention of the source -> author
C(p.between(1, "نجما مجاورا", "كواكب على الأقل"), claimant="author", cue=cue1, kind="statistic",
  check_worthy=True)
C(p.between(1, "منها ثلاثة", "صالحة للسكنى"), claimant="author", cue=cue1, kind="statistic", check_worthy=True)
C(p.between(1, "أنها تدور على", "مياه سائلة"), claimant="author", cue=cue1, kind="state", check_worthy=True)
C(p.between(1, "هذا شرط أساسي", "لوجود حياة"), claimant="author", cue=cue1, kind="state", check_worthy=False)
# sentence 2: ESO researchers
eso = E(p.find(1, "أيسو"), "ORG")
E(p.find(1, "الأوروبي"), "NORP")
E(p.find(1, "جارشينج"), "GPE")
E(p.find(1, "ميونيخ"), "GPE")
sg = E(p.find(1, "جنوب ألمانيا"), "LOC")
E(p.inside(sg, "ألمانيا"), "GPE")
w1 = p.find(1, "واحد")
E(w1, "CARDINAL")
N(w1, 1, "cardinal", counted=p.inside(p.find(1, "نجم واحد"), "نجم"))
C(p.between(1, "لم يرصدوا", "نجم واحد"), claimant=eso, cue=p.find(1, "قال"), kind="state", check_worthy=True)
# sentence 3
E(p.find(1, "كليزه 667 C", 1), "LOC")
E(p.find(1, "برج العقرب"), "LOC")
E(p.find(1, "سبعة"), "CARDINAL")
N(p.find(1, "سبعة"), 7, "cardinal", counted=p.inside(p.find(1, "سبعة كواكب"), "كواكب"))
cue1c = p.find(1, "أوضحوا")
C(p.between(1, "عثروا أثناء", "حول هذا النجم"), claimant=eso, cue=cue1c, kind="statistic", check_worthy=True)
C(p.between(1, "النجم \"كليزه", "برج العقرب", 1), claimant=eso, cue=cue1c, kind="state", check_worthy=False)
C(p.find(1, "ركزوا عليها"), claimant=eso, cue=cue1c, kind="event", check_worthy=False)
# sentence 4: Mikko Tuomi
tuomi = E(p.find(1, "ميكو تومي"), "PERS")
E(p.find(1, "المشارك في الدراسة"), "OCC")
herts = E(p.find(1, "جامعة هيرتفوردشير البريطانية"), "ORG")
E(p.inside(herts, "هيرتفوردشير"), "GPE")
E(p.inside(herts, "البريطانية"), "NORP")
k3 = p.find(1, "ثلاثة كواكب")
E(p.inside(k3, "ثلاثة"), "CARDINAL")
known3 = N(p.inside(k3, "ثلاثة"), 3, "cardinal", counted=p.inside(k3, "كواكب"))
the3 = p.find(1, "الكواكب الثلاثة")
E(p.inside(the3, "الثلاثة"), "CARDINAL")
conf3 = N(p.inside(the3, "الثلاثة"), 3, "cardinal", counted=p.inside(the3, "الكواكب"))
p.rel("equals", known3, [conf3])
cue1d = p.find(1, "أوضح ميكو")
cue1d = p.inside(cue1d, "أوضح")
C(p.between(1, "كنا نعرف", "ثلاثة كواكب"), claimant=tuomi, cue=cue1d, kind="statistic", check_worthy=True)
C(p.between(1, "تمخضت دراستنا", "الكواكب الثلاثة"), claimant=tuomi, cue=cue1d, kind="state", check_worthy=True)
C(p.between(1, "أثبتنا وجود", "حول هذا النجم"), claimant=tuomi, cue=cue1d, kind="state", check_worthy=True)
E(p.find(1, "الأرض"), "LOC")
E(p.find(1, "نبتون"), "LOC")
cue1e = p.find(1, "قيل")           # passive: no source named -> author
C(p.between(1, "تلك الكواكب أكبر", "من الأرض"), claimant="author", cue=cue1e, kind="state", check_worthy=True)
C(p.find(1, "لكنها أصغر من نبتون"), claimant="author", cue=cue1e, kind="state", check_worthy=True)

# ---- 2
E(p.find(2, "ثلاثة"), "CARDINAL")
u3 = N(p.find(2, "ثلاثة"), 3, "cardinal", counted=p.find(2, "كواكب"))
p.rel("equals", s3, [t3, u3])
E(p.find(2, "الأرض"), "LOC")
C(p.between(2, "اكتشاف ثلاثة", "تشبه الأرض"), claimant="author", cue=p.find(2, "قال"), kind="causal",
  check_worthy=True)
E(p.find(2, "عالم الفلك"), "OCC")
barnes = E(p.find(2, "روري بارنز"), "PERS")
uw = E(p.find(2, "جامعة واشنطن"), "ORG")
E(p.inside(uw, "واشنطن"), "GPE")
E(p.find(2, "عشرة"), "CARDINAL")
N(p.find(2, "عشرة"), 10, "cardinal", counted=p.find(2, "نجوم"))
k1 = p.find(2, "كوكب واحد")
E(p.inside(k1, "واحد"), "CARDINAL")
N(p.inside(k1, "واحد"), 1, "cardinal", counted=p.inside(k1, "كوكب"))
E(p.find(2, "الآن"), "DATE")
n1 = p.find(2, "نجم واحد")
E(p.inside(n1, "واحد"), "CARDINAL")
N(p.inside(n1, "واحد"), 1, "cardinal", counted=p.inside(n1, "نجم"))
C(p.between(2, "بدلا من النظر", "عدة كواكب"), claimant=barnes, cue=p.find(2, "قال", 1), kind="quote",
  check_worthy=False)
E(p.find(2, "أسترونومي آند أستروفيزكس"), "PRODUCT")   # a journal: a named work
E(p.find(2, "علم الفلك والعلوم الفلكية الفيزيائية"), "PRODUCT")
C(p.between(2, "من المقرر نشر", "آند أستروفيزكس"), claimant="author", kind="event", check_worthy=False)

p.write()
