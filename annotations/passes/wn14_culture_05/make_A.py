#!/usr/bin/env python3
"""Pass A of wn14_culture_05 (guidelines 1.2): the machine suggestion reviewed span by span,
corrected and completed. Offsets computed by code from short anchors (scripts/passkit.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_05"
p = Pass(DOC, "A", agent="annotator a7 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_culture_05.json; built by make_A.py.",
         source="annotations/suggestions/wn14_culture_05.json")
F, I, B = p.find, p.inside, p.between


def e(par, surface, label, nth=0):
    return p.ent(F(par, surface, nth), label)


def palace(par, nth=0):
    """FAC "قصر النبي داود" (the palace, uniquely identified) ⊃ PERS "داود"; "النبي" is an honorific."""
    a = F(par, "قصر النبي داود", nth)
    p.ent(a, "FAC")
    p.ent(I(a, "داود"), "PERS")


def hebrew_u(at):
    """ORG "الجامعة العبرية" inside `at` ⊃ NORP "العبرية"; returns the ORG handle."""
    u = I(at, "الجامعة العبرية")
    h = p.ent(u, "ORG")
    p.ent(I(u, "العبرية"), "NORP")
    return h


# ---- paragraph 0 (title)
isr0 = e(0, "إسرائيليون", "NORP")
palace(0)
p.claim(F(0, "اكتشافهم قصر النبي داود"), isr0, "event", True, cue=F(0, "يعتقدون"))

# ---- paragraph 1
isr1 = e(1, "الإسرائيليين", "NORP")
palace(1, 0)
occ = F(1, "ثاني ملوك مملكة إسرائيل")
p.ent(occ, "OCC")
p.ent(I(occ, "ثاني"), "ORDINAL")
p.num(I(occ, "ثاني"), 2, "ordinal", counted=I(occ, "ملوك"))
k = I(occ, "مملكة إسرائيل")
p.ent(k, "GPE")
p.ent(I(k, "إسرائيل"), "GPE")
uni = hebrew_u(F(1, "الجامعة العبرية"))
e(1, "القدس", "GPE", 0)
e(1, "خربة قيافا", "LOC")
e(1, "القدس", "GPE", 1)
palace(1, 1)

p.claim(B(1, "عثورهم على موقع", "مملكة إسرائيل"), isr1, "event", True, cue=F(1, "أفادت"))
p.claim(B(1, "داود، ثاني ملوك", "مملكة إسرائيل"), "author", "state", False)
p.claim(F(1, "خبراء آخرين شككوا في هذا الأمر"), "author", "event", True)
p.claim(B(1, "عثروا على مجمع محصن", "غربي القدس"), uni, "event", True, cue=F(1, "قال"))
p.claim(F(1, "يعود لقصر النبي داود"), uni, "state", True, cue=F(1, "مرشحين"))

# ---- paragraph 2
yg = e(2, "يوسي غارفينكل", "PERS")
occ = F(2, "عالم الآثار بالجامعة العبرية")
p.ent(occ, "OCC")
hebrew_u(occ)
e(2, "خربة قيافا", "LOC")
king = F(2, "الملك داود")
p.ent(I(king, "الملك"), "OCC")
p.ent(I(king, "داود"), "PERS")
p.ent(I(F(2, "كان اليهود"), "اليهود"), "NORP")
p.ent(I(F(2, "للنبي داود"), "داود"), "PERS")
e(2, "اليهودية", "NORP")                                 # the religion (decision 24)
p.ent(I(F(2, "لليهود"), "يهود"), "NORP")                 # after the contracted لل (§0)
reg = F(2, "منطقة بيت المقدس")
p.ent(reg, "LOC")
p.ent(I(reg, "بيت المقدس"), "GPE")
e(2, "فلسطين", "GPE")

cue = F(2, "أشار")
p.claim(B(2, "كشف خربة قيافا", "الملك داود"), yg, "state", True, cue=cue)
p.claim(F(2, "يرجح أن يكون عاش بها شخصيا"), yg, "state", True, cue=cue)
cue = F(2, "أشير")                                       # passive attribution, no source named
p.claim(B(2, "عثر في الموقع", "طقوسهم الدينية"), "author", "event", True, cue=cue)
p.claim(B(2, "عثروا على مقتنيات", "للنبي داود"), "author", "event", True, cue=cue)
p.claim(B(2, "عظام حيوانات", "على عظام خنازير"), "author", "event", True, cue=cue)
p.claim(F(2, "يحرم أكلها في اليهودية"), "author", "state", False)
p.claim(F(2, "الموقع يرجع لليهود القدماء"), "author", "state", True, cue=F(2, "اعتبره"))
cue = F(2, "أشاروا")
p.claim(F(2, "ذلك غير دقيق"), "author", "quote", False, cue=cue)
p.claim(B(2, "الموقع يحتمل أن يتبع", "بيت المقدس بفلسطين"), "author", "state", False, cue=cue)

# ---- paragraph 3
seven = F(3, "سبع سنوات")
p.ent(seven, "DATE")
p.num(I(seven, "سبع"), 7, "cardinal", counted=I(seven, "سنوات"))
occ = F(3, "عالم الآثار الإسرائيلي")
p.ent(occ, "OCC")
p.ent(I(occ, "الإسرائيلي"), "NORP")
mazar = e(3, "إليات مزار", "PERS")
d = F(3, "سنة 2005 م")
p.ent(d, "DATE")
p.num(I(d, "2005"), 2005, "year")
pal = F(3, "قصر الملك داود")
p.ent(pal, "FAC")
p.ent(I(pal, "الملك"), "OCC")
p.ent(I(pal, "داود"), "PERS")
cent = I(F(3, "للقرن العاشر قبل الميلاد"), "قرن العاشر قبل الميلاد")   # after the contracted لل (§0)
p.ent(cent, "DATE")
p.num(I(cent, "العاشر"), 10, "ordinal", counted=I(cent, "قرن"))
e(3, "التوراة", "PRODUCT")                                # a named book (decision 18)

p.claim(F(3, "عمليات التنقيب بالموقع استمرت سبع سنوات"), "author", "statistic", True)
p.claim(B(3, "كان عالم الآثار", "قصر الملك داود"), "author", "event", True)
p.claim(F(3, "كشف موقع قصر الملك داود"), mazar, "event", True, cue=F(3, "أعلن"))
p.claim(F(3, "يعود للقرن العاشر قبل الميلاد"), mazar, "state", True, cue=F(3, "أشار"))
p.claim(B(3, "يستند العلماء", "الواردة في التوراة"), "author", "state", False)

p.write()
