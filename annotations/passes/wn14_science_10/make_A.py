#!/usr/bin/env python3
"""Pass A of wn14_science_10 (Khabar, guidelines 1.2): the machine suggestion corrected and completed.

Every span is located by a short anchor with scripts/passkit.py (offsets computed by code).
Flame, Mini Flame and Gauss are malware, named man-made software: PRODUCT (decision 18), not the
biological viruses of decision 22; the head noun "فيروس" stays outside, as "برنامج", "شركة"."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_10"
p = Pass(DOC, "A", agent="annotator a12 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_science_10.json; built by make_A.py.",
         source="annotations/suggestions/wn14_science_10.json")
A = "author"


def mini(par, nth=0):
    """"ميني فليم" (PRODUCT) with the name of Flame nested in it (PRODUCT)."""
    m = p.ent(p.find(par, "ميني فليم", nth), "PRODUCT")
    p.ent(p.inside(m, "فليم"), "PRODUCT")
    return m


# ---------------------------------------------------------------- ¶0 title
mini(0)
p.ent(p.find(0, "إيران"), "GPE")
p.ent(p.find(0, "لبنان"), "GPE")
p.claim(p.between(0, "اكتشاف فيروس", "ميني فليم"), claimant=A, kind="event", check_worthy=True)
p.claim(p.between(0, "يصيب الحواسيب", "إيران ولبنان"), claimant=A, kind="state", check_worthy=True)

# ---------------------------------------------------------------- ¶1
kl = p.ent(p.find(1, "كاسبرسكي لاب", 0), "ORG")
p.ent(p.find(1, "أمس الإثنين"), "DATE")
p.ent(p.find(1, "فليم", 0), "PRODUCT")             # فيروس فليم المكتشف سابقا
cia = p.ent(p.find(1, "مخابرات الولايات المتحدة"), "ORG")
p.ent(p.inside(cia, "الولايات المتحدة"), "GPE")
p.ent(p.find(1, "إسرائيل"), "GPE")
p.ent(p.find(1, "إيران", 0), "GPE")
cue = p.find(1, "أعلنت")
p.claim(p.between(1, "اكتشاف فيروس جديد", "للتجسس الإلكتروني"), claimant=kl, cue=cue, kind="event",
        check_worthy=True)
p.claim(p.between(1, "يشبه فيروس فليم", "المكتشف سابقا"), claimant=kl, cue=cue, kind="state",
        check_worthy=True)
p.claim(p.find(1, "هو برنامج في غاية التعقيد"), claimant=A, kind="state", check_worthy=False)
p.claim(p.between(1, "مخابرات الولايات المتحدة", "إيران النووي"), claimant=A, cue=p.find(1, "يشتبه"),
        kind="event", check_worthy=True)

p.ent(p.find(1, "فليم", 1), "PRODUCT")             # فيروس فليم الأصلي
p.claim(p.between(1, "تختلف النسخة", "نوعي للغاية"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(1, "يستطيع العمل منفردا", "الفيروس الأصلي"), claimant=A, kind="state",
        check_worthy=True)

kl2 = p.ent(p.find(1, "كاسبرسكي لاب", 1), "ORG")
mini(1)
p.ent(p.find(1, "إيران", 1), "GPE")
p.ent(p.find(1, "لبنان"), "GPE")
p.ent(p.find(1, "فرنسا"), "GPE")
# the naming ends inside the quotation marks: the span stops on the name (a claim never ends on one)
p.claim(p.between(1, "أطلقت كاسبرسكي لاب", "ميني فليم"), claimant=A, kind="event", check_worthy=False)
p.claim(p.between(1, "اكتشف في حواسيب", "ولبنان وفرنسا"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶2
kl = p.ent(p.find(2, "كاسبرسكي لاب"), "ORG")
mini(2, 0)
p.ent(p.find(2, "فليم", 1), "PRODUCT")             # لفيروس فليم
cue = p.find(2, "وصفت")
p.claim(p.find(2, "برنامج مؤذ صغير ومرن جدا"), claimant=kl, cue=cue, kind="state", check_worthy=False)
p.claim(p.between(2, "صمم لسرقة", "محددة الأهداف"), claimant=kl, cue=cue, kind="state", check_worthy=True)
p.claim(p.between(2, "يستند إلى الأساس", "لفيروس فليم"), claimant=kl, cue=cue, kind="state",
        check_worthy=True)
p.claim(p.find(2, "المخصص لعمليات التجسس الكبرى"), claimant=kl, cue=cue, kind="state", check_worthy=False)

p.ent(p.find(2, "فليم", 2), "PRODUCT")             # فيروس فليم الأصلي
mini(2, 1)                                          # وميني فليم
p.ent(p.find(2, "فليم", 4), "PRODUCT")             # "فليم بمثابة سيف
mini(2, 2)                                          # ميني فليم بمثابة المشرط
# the speaker, "أحد خبراء الشركة", is not an entity: claimant author, cue kept
p.claim(p.between(2, "فليم بمثابة سيف", "جراحية دقيقة"), claimant=A, cue=p.find(2, "قال"), kind="quote",
        check_worthy=False)

# ---------------------------------------------------------------- ¶3
mini(3)
p.ent(p.find(3, "فليم", 1), "PRODUCT")             # فيروس فليم
p.ent(p.find(3, "غاوس"), "PRODUCT")
p.num(p.find(3, "الفيروسين"), 2, "cardinal", counted=p.find(3, "الفيروسين"))   # هذين الفيروسين: dual
p.claim(p.between(3, "يستطيع ميني فليم", "فليم أو غاوس"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(3, "يتلقى الأوامر", "هذين الفيروسين"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(3, "يوحي تصميمه", "مرتبط بهما"), claimant=A, kind="state", check_worthy=True)
p.claim(p.between(3, "الشركة لم تتهم", "هذه الفيروسات"), claimant=A, kind="event", check_worthy=True)

p.write()
