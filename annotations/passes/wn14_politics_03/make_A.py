#!/usr/bin/env python3
"""Pass A of wn14_politics_03 (Khabar): the machine suggestion reviewed and completed by annotator a3.

Every span is located by a short anchor (scripts/passkit.py computes the offsets)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_03"
p = Pass(DOC, "A", agent="annotator a3 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")


def coalition(span):
    """ORG "الائتلاف السوري المعارض" (or after لل) with its NORP."""
    o = p.ent(span, "ORG")
    p.ent(p.inside(o, "السوري"), "NORP")
    return o


# ---- ¶0 title
p.ent(p.find(0, "هادي البحرة"), "PERS")
occ = p.ent(p.find(0, "رئيسا للائتلاف السوري المعارض"), "OCC")
coalition(p.inside(occ, "ائتلاف السوري المعارض"))  # after the contracted لل
p.claim(p.between(0, "انتخاب", "السوري المعارض"), claimant="author", kind="event", check_worthy=True)

# ---- ¶1
p.ent(p.find(1, "هادي البحرة"), "PERS")
n62a = p.num(p.find(1, "62"), 62, "cardinal", counted=p.find(1, "صوتا"))
p.ent(p.find(1, "62"), "CARDINAL")
coalition(p.find(1, "الائتلاف السوري المعارض"))
occ = p.ent(p.find(1, "الرئيس السابق للائتلاف"), "OCC")
p.ent(p.inside(occ, "ائتلاف"), "ORG")
p.ent(p.find(1, "أحمد الجربا"), "PERS")
p.claim(p.between(1, "حصل هادي", "السوري المعارض"), claimant="author", kind="statistic", check_worthy=True)
p.claim(p.between(1, "يخلف الرئيس", "أحمد الجربا"), claimant="author", kind="event", check_worthy=True)

# ---- ¶2
coal2 = coalition(p.find(2, "الائتلاف السوري المعارض"))
p.ent(p.find(2, "الأربعاء"), "DATE")
occ = p.ent(p.find(2, "عضو الائتلاف"), "OCC")
p.ent(p.inside(occ, "الائتلاف"), "ORG")
p.ent(p.find(2, "السعودية"), "GPE")
p.ent(p.find(2, "هادي البحرة"), "PERS")
p.ent(p.find(2, "رئيسا"), "OCC")
p.ent(p.find(2, "إسطنبول"), "GPE")
ann2 = p.find(2, "أعلن")
p.claim(p.between(2, "انتخاب عضو", "قرب إسطنبول"), claimant=coal2, cue=ann2, kind="event", check_worthy=True)
p.claim(p.find(2, "المقيم في السعودية"), claimant=coal2, cue=ann2, kind="state", check_worthy=False)

# ---- ¶3
coal3 = p.ent(p.find(3, "الائتلاف"), "ORG")
p.ent(p.find(3, "فيسبوك"), "WEBSITE")
p.ent(p.find(3, "هادي البحرة"), "PERS")
p.ent(p.find(3, "الائتلاف", 1), "ORG")  # "برئاسة الائتلاف"
n62b = p.num(p.find(3, "62"), 62, "cardinal", counted=p.find(3, "صوتا"))
p.ent(p.find(3, "62"), "CARDINAL")
p.ent(p.find(3, "موفق نيربيه"), "PERS")
p.num(p.find(3, "41"), 41, "cardinal", counted=p.find(3, "صوتا", 1))
p.ent(p.find(3, "41"), "CARDINAL")
p.ent(p.find(3, "الثلاثاء"), "DATE")
p.ent(p.find(3, "جربا"), "PERS")  # "للجربا": after the contracted لل
p.ent(p.find(3, "الائتلاف", 2), "ORG")  # "أحد أعضاء الائتلاف"
afp = p.ent(p.find(3, "وكالة الصحافة الفرنسية"), "ORG")
p.ent(p.inside(afp, "الفرنسية"), "NORP")
p.claim(p.between(3, "هادي البحرة", "ب62 صوتا"), claimant=coal3, cue=p.find(3, "أعلن"),
        kind="event", check_worthy=True)
p.claim(p.between(3, "أقرب منافسيه", "41 صوتا"), claimant=coal3, cue=p.find(3, "مشيرا"),
        kind="statistic", check_worthy=True)
cue3 = p.find(3, "بحسب ما ذكر")  # an unnamed member: claimant author with the cue
p.claim(p.between(3, "سعى الثلاثاء", "خلفا للجربا"), claimant="author", cue=cue3, kind="event",
        check_worthy=True)
p.claim(p.between(3, "شارفت ولايته", "على الانتهاء"), claimant="author", cue=cue3, kind="state",
        check_worthy=True)
p.claim(p.between(3, "انقسامات حادة", "تعقد المهمة"), claimant="author", cue=cue3, kind="state",
        check_worthy=False)

# ---- ¶4
occ = p.ent(p.find(4, "القيادي في الائتلاف"), "OCC")
p.ent(p.inside(occ, "الائتلاف"), "ORG")
occ = p.ent(p.find(4, "رئيس الأمانة العامة"), "OCC")  # the quotation marks keep "إعلان دمشق" outside
p.ent(p.inside(occ, "الأمانة العامة"), "ORG")
decl = p.ent(p.find(4, "إعلان دمشق"), "ORG")
p.ent(p.inside(decl, "دمشق"), "GPE")
nashar = p.ent(p.find(4, "سمير نشار"), "PERS")
p.ent(p.find(4, "تركيا"), "GPE")
ga = p.ent(p.between(4, "الهيئة العامة", "والمعارضة السورية"), "ORG")
nc = p.ent(p.inside(ga, "ائتلاف الوطني لقوى الثورة والمعارضة السورية"), "ORG")
p.ent(p.inside(nc, "السورية"), "NORP")
said4 = p.find(4, "قال")
p.claim(p.between(4, "التداول قائم", "هيئة رئاسية جديدة"), claimant=nashar, cue=said4, kind="state",
        check_worthy=False)
p.claim(p.between(4, "هناك مسعى", "صيغة توافقية"), claimant=nashar, cue=said4, kind="state",
        check_worthy=False)

# ---- ¶5
p.ent(p.find(5, "هادي البحرة"), "PERS")
p.ent(p.find(5, "الجربا"), "PERS")
p.ent(p.find(5, "السعودية"), "GPE")
p.ent(p.find(5, "خالد خوجا"), "PERS")
p.ent(p.find(5, "قطر"), "GPE")
p.ent(p.find(5, "مصطفى الصباغ"), "PERS")
occ = p.ent(p.between(5, "رئيس كتلة", "في الائتلاف"), "OCC")
p.ent(p.inside(occ, "كتلة المجالس المحلية"), "ORG")
p.ent(p.inside(occ, "الائتلاف"), "ORG")
p.claim(p.between(5, "هادي البحرة", "على السعودية"), claimant="author", kind="state", check_worthy=True)
p.claim(p.find(5, "يحظى بتأييد الجربا"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(5, "خالد خوجا", "على قطر"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(5, "مدعوم من", "في الائتلاف"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(5, "مصطفى الصباغ", "في الائتلاف"), claimant="author", kind="state", check_worthy=False)

# ---- ¶6
p.ent(p.find(6, "هادي البحرة"), "PERS")
occ = p.ent(p.between(6, "رئيس وفد", "جنيف - 2"), "OCC")
ev = p.ent(p.inside(occ, "مفاوضات جنيف - 2"), "EVENT")
p.ent(p.inside(ev, "جنيف"), "GPE")
p.ent(p.find(6, "الأمم المتحدة"), "ORG")
p.ent(p.find(6, "مطلع العام"), "DATE")
p.claim(p.between(6, "يتمتع هادي", "هادئ إجمالا"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(6, "كان رئيس وفد", "جنيف - 2"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(6, "حصلت برعاية", "مطلع العام"), claimant="author", kind="event", check_worthy=True)
p.claim(p.find(6, "لم تؤد إلى نتيجة"), claimant="author", kind="event", check_worthy=True)

# ---- ¶7
p.ent(p.find(7, "دمشق"), "GPE")
y = p.find(7, "عام 1959")
p.ent(y, "DATE")
p.num(p.inside(y, "1959"), 1959, "year")
p.ent(p.find(7, "السعودية"), "GPE")
p.claim(p.between(7, "ولد في دمشق", "1959"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(7, "أمضى غالبية", "في السعودية"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(7, "تسلم مناصب", "ومؤسسات تجارية"), claimant="author", kind="event", check_worthy=False)

# ---- ¶8
p.ent(p.find(8, "خالد خوجة"), "PERS")
p.ent(p.find(8, "طبيب"), "OCC")
forties = p.find(8, "الأربعينيات")
p.ent(forties, "DATE")  # an age, like "(67 عاما)"
p.num(forties, 40, "cardinal", qualifier="at_least")
p.ent(p.find(8, "سورية"), "GPE")
eighties = p.find(8, "الثمانينات")
p.ent(eighties, "DATE")
p.num(eighties, 1980, "year", qualifier="at_least")
eighteen = p.find(8, "الثامنة عشرة")
p.ent(eighteen, "ORDINAL")
p.num(eighteen, 18, "ordinal")
p.ent(p.find(8, "تركيا"), "GPE")
occ = p.ent(p.find(8, "سفير الائتلاف في تركيا"), "OCC")
p.ent(p.inside(occ, "الائتلاف"), "ORG")
p.ent(p.inside(occ, "تركيا"), "GPE")
p.claim(p.between(8, "خالد خوجة", "في الأربعينيات"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(8, "غادر سورية", "العائلة المعارض"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(8, "كان لا يزال", "فتى صغيرا"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(8, "خرج من السجن", "الثامنة عشرة"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(8, "انتقل إلى تركيا", "أخواله فيها"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(8, "يتولى منصب", "في تركيا"), claimant="author", kind="state", check_worthy=True)

# ---- relations: the 62 votes of ¶1 restated in ¶3
p.rel("equals", n62a, [n62b])

p.write()
