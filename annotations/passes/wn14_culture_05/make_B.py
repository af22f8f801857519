"""Pass B of wn14_culture_05 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_05"
p = Pass(DOC, "B", agent="annotator b7 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)


def E(par, surface, label, nth=0):
    return p.ent(p.find(par, surface, nth), label)


def Ein(outer, surface, label, nth=0):
    return p.ent(p.inside(outer, surface, nth), label)


def palace(par, surface, nth=0):
    """FAC "قصر النبي داود" / "قصر الملك داود" with the person (and the king's title) nested."""
    f = E(par, surface, "FAC", nth)
    if "الملك" in surface:
        Ein(f, "الملك", "OCC")
    Ein(f, "داود", "PERS")                 # "النبي" is an honorific, outside the PERS
    return f


# ---------------------------------------------------------------- paragraph 0 (title)
isr0 = E(0, "إسرائيليون", "NORP")
palace(0, "قصر النبي داود")
p.claim(p.between(0, "اكتشافهم", "النبي داود"), claimant=isr0, cue=p.find(0, "يعتقدون"), kind="event",
        check_worthy=True)

# ---------------------------------------------------------------- paragraph 1
isr1 = E(1, "الإسرائيليين", "NORP")
palace(1, "قصر النبي داود", 0)
occ = E(1, "ثاني ملوك مملكة إسرائيل", "OCC")
o2 = p.inside(occ, "ثاني")
p.ent(o2, "ORDINAL")
p.num(o2, 2, "ordinal", counted=p.inside(occ, "ملوك"))
k = Ein(occ, "مملكة إسرائيل", "GPE")
Ein(k, "إسرائيل", "GPE")
hu = E(1, "الجامعة العبرية", "ORG")
Ein(hu, "العبرية", "NORP")
E(1, "القدس", "GPE", 0)
E(1, "خربة قيافا", "LOC")
E(1, "القدس", "GPE", 1)
palace(1, "قصر النبي داود", 1)

p.claim(p.between(1, "عثورهم على", "مملكة إسرائيل"), claimant=isr1, cue=p.find(1, "أفادت"), kind="event",
        check_worthy=True)
p.claim(p.between(1, "النبي داود،", "مملكة إسرائيل"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(1, "خبراء آخرين", "هذا الأمر"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "عثروا على مجمع", "غربي القدس"), claimant=hu, cue=p.find(1, "قال"), kind="event",
        check_worthy=True)
p.claim(p.between(1, "يعود لقصر", "النبي داود", 0, 0), claimant=hu, cue=p.find(1, "مرشحين"), kind="state",
        check_worthy=True)

# ---------------------------------------------------------------- paragraph 2
gar = E(2, "يوسي غارفينكل", "PERS")
occ = E(2, "عالم الآثار بالجامعة العبرية", "OCC")
hu2 = Ein(occ, "الجامعة العبرية", "ORG")
Ein(hu2, "العبرية", "NORP")
E(2, "خربة قيافا", "LOC")
E(2, "الملك", "OCC")
E(2, "داود", "PERS", 0)
E(2, "اليهود", "NORP", 0)
E(2, "داود", "PERS", 1)                  # "للنبي داود"
E(2, "اليهودية", "NORP")
Ein(p.find(2, "لليهود"), "يهود", "NORP")   # after the contracted "لل" (§0)
lr = E(2, "منطقة بيت المقدس", "LOC")
Ein(lr, "بيت المقدس", "GPE")
E(2, "فلسطين", "GPE")

cue_g = p.find(2, "أشار")
p.claim(p.between(2, "كشف خربة", "الملك داود"), claimant=gar, cue=cue_g, kind="state", check_worthy=True)
p.claim(p.between(2, "يرجح أن", "بها شخصيا"), claimant=gar, cue=cue_g, kind="state", check_worthy=False)
cue_p = p.find(2, "أشير")
p.claim(p.between(2, "عثر في الموقع", "طقوسهم الدينية"), claimant="author", cue=cue_p, kind="event",
        check_worthy=True)
p.claim(p.between(2, "أدوات قديمة", "طقوسهم الدينية"), claimant="author", cue=cue_p, kind="state",
        check_worthy=True)
p.claim(p.between(2, "عثروا على مقتنيات", "للنبي داود"), claimant="author", cue=cue_p, kind="event",
        check_worthy=True)
p.claim(p.between(2, "عظام حيوانات", "عظام خنازير"), claimant="author", cue=cue_p, kind="event",
        check_worthy=True)
p.claim(p.between(2, "يحرم أكلها", "في اليهودية"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(2, "الموقع يرجع", "لليهود القدماء"), claimant="author", cue=p.find(2, "اعتبره"),
        kind="state", check_worthy=True)
cue_o = p.find(2, "أشاروا")
p.claim(p.find(2, "ذلك غير دقيق"), claimant="author", cue=cue_o, kind="state", check_worthy=True)
p.claim(p.between(2, "الموقع يحتمل", "المقدس بفلسطين"), claimant="author", cue=cue_o, kind="state",
        check_worthy=False)

# ---------------------------------------------------------------- paragraph 3
d7 = E(3, "سبع سنوات", "DATE")
p.num(p.find(3, "سبع"), 7, "cardinal", counted=p.inside(d7, "سنوات"))
occ = E(3, "عالم الآثار الإسرائيلي", "OCC")
Ein(occ, "الإسرائيلي", "NORP")
mazar = E(3, "إليات مزار", "PERS")
E(3, "سنة 2005 م", "DATE")
p.num(p.find(3, "2005"), 2005, "year")
palace(3, "قصر الملك داود")
c = Ein(p.find(3, "للقرن العاشر قبل الميلاد"), "قرن العاشر قبل الميلاد", "DATE")   # after "لل" (§0)
p.num(p.find(3, "العاشر"), 10, "ordinal")
E(3, "التوراة", "PRODUCT")

p.claim(p.between(3, "عمليات التنقيب", "سبع سنوات"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(3, "كان عالم الآثار", "2005 م"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(3, "كشف موقع", "الملك داود"), claimant=mazar, cue=p.find(3, "أعلن"), kind="event",
        check_worthy=True)
p.claim(p.between(3, "يعود للقرن", "قبل الميلاد"), claimant=mazar, cue=p.find(3, "أشار"), kind="state",
        check_worthy=True)
p.claim(p.between(3, "يستند العلماء", "في التوراة"), claimant="author", kind="state", check_worthy=False)

p.write()
