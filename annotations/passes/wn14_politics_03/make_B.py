"""Pass B of wn14_politics_03 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_politics_03"
p = Pass(DOC, "B", agent="annotator b3 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)


def coalition(par, surface, nth=0):
    """ORG "الائتلاف السوري المعارض" (or a longer name) with its nested NORP "السوري"."""
    o = p.ent(p.find(par, surface, nth), "ORG")
    p.ent(p.inside(o, "السوري"), "NORP")
    return o


# ---- paragraph 0 (title)
p.ent(p.find(0, "هادي البحرة"), "PERS")
occ = p.ent(p.find(0, "رئيسا للائتلاف السوري المعارض"), "OCC")
o = p.ent(p.inside(occ, "ائتلاف السوري المعارض"), "ORG")      # للائتلاف: span after "لل" (§0)
p.ent(p.inside(o, "السوري"), "NORP")
p.claim(p.find(0, "انتخاب هادي البحرة رئيسا للائتلاف السوري المعارض"), claimant="author", kind="event",
        check_worthy=True)

# ---- paragraph 1
p.ent(p.find(1, "هادي البحرة"), "PERS")
p.ent(p.find(1, "62"), "CARDINAL")
v62a = p.num(p.find(1, "62"), 62, "cardinal", counted=p.find(1, "صوتا"))
coalition(1, "الائتلاف السوري المعارض")
occ = p.ent(p.find(1, "الرئيس السابق للائتلاف"), "OCC")
p.ent(p.inside(occ, "ائتلاف"), "ORG")
p.ent(p.find(1, "أحمد الجربا"), "PERS")
p.claim(p.between(1, "حصل هادي البحرة", "الائتلاف السوري المعارض"), claimant="author", kind="statistic",
        check_worthy=True)
p.claim(p.between(1, "يخلف الرئيس السابق", "أحمد الجربا"), claimant="author", kind="event",
        check_worthy=True)

# ---- paragraph 2
coal2 = coalition(2, "الائتلاف السوري المعارض")
p.ent(p.find(2, "الأربعاء"), "DATE")
occ = p.ent(p.find(2, "عضو الائتلاف"), "OCC")
p.ent(p.inside(occ, "الائتلاف"), "ORG")
p.ent(p.find(2, "السعودية"), "GPE")
p.ent(p.find(2, "هادي البحرة"), "PERS")
p.ent(p.find(2, "رئيسا جديدا"), "OCC")
p.ent(p.find(2, "إسطنبول"), "GPE")
p.claim(p.between(2, "انتخاب عضو الائتلاف", "اجتماعه قرب إسطنبول"), claimant=coal2, cue=p.find(2, "أعلن"),
        kind="event", check_worthy=True)
p.claim(p.find(2, "المقيم في السعودية"), claimant=coal2, cue=p.find(2, "أعلن"), kind="state",
        check_worthy=False)

# ---- paragraph 3
coal3 = p.ent(p.find(3, "الائتلاف"), "ORG")
p.ent(p.find(3, "فيسبوك"), "WEBSITE")
p.ent(p.find(3, "هادي البحرة"), "PERS")
p.ent(p.find(3, "الائتلاف", 1), "ORG")
p.ent(p.find(3, "62"), "CARDINAL")
v62b = p.num(p.find(3, "62"), 62, "cardinal", counted=p.find(3, "صوتا"))
p.ent(p.find(3, "موفق نيربيه"), "PERS")
p.ent(p.find(3, "41"), "CARDINAL")
p.num(p.find(3, "41"), 41, "cardinal", counted=p.find(3, "صوتا", 1))
p.ent(p.find(3, "الثلاثاء"), "DATE")
p.ent(p.find(3, "جربا"), "PERS")                             # للجربا: span after "لل" (§0)
p.ent(p.find(3, "الائتلاف", 2), "ORG")
afp = p.ent(p.find(3, "وكالة الصحافة الفرنسية"), "ORG")
p.ent(p.inside(afp, "الفرنسية"), "NORP")
p.rel("equals", v62a, [v62b])

p.claim(p.between(3, "هادي البحرة يفوز", "ب62 صوتا"), claimant=coal3, cue=p.find(3, "أعلن"), kind="event",
        check_worthy=True)
p.claim(p.between(3, "أقرب منافسيه", "41 صوتا"), claimant=coal3, cue=p.find(3, "مشيرا"),
        kind="statistic", check_worthy=True)
# the garbled second sentence: an unnamed member of the coalition told AFP (sentence-final cue)
told = p.find(3, "بحسب ما ذكر")
p.claim(p.between(3, "سعى الثلاثاء", "خلفا للجربا"), claimant="author", cue=told, kind="event",
        check_worthy=True)
p.claim(p.find(3, "شارفت ولايته على الانتهاء"), claimant="author", cue=told, kind="state",
        check_worthy=True)
p.claim(p.between(3, "انقسامات حادة", "تعقد المهمة"), claimant="author", cue=told, kind="state",
        check_worthy=False)

# ---- paragraph 4
occ = p.ent(p.find(4, "القيادي في الائتلاف"), "OCC")
p.ent(p.inside(occ, "الائتلاف"), "ORG")
occ = p.ent(p.find(4, "رئيس الأمانة العامة"), "OCC")          # the quoted complement cannot be inside (§0)
p.ent(p.inside(occ, "الأمانة العامة"), "ORG")
decl = p.ent(p.find(4, "إعلان دمشق"), "ORG")
p.ent(p.inside(decl, "دمشق"), "GPE")
nashar = p.ent(p.find(4, "سمير نشار"), "PERS")
p.ent(p.find(4, "تركيا"), "GPE")
hay = p.ent(p.between(4, "الهيئة العامة للائتلاف", "والمعارضة السورية"), "ORG")
nc = p.ent(p.inside(hay, "ائتلاف الوطني لقوى الثورة والمعارضة السورية"), "ORG")
p.ent(p.inside(nc, "السورية"), "NORP")
said = p.find(4, "قال")
p.claim(p.between(4, "التداول قائم", "هيئة رئاسية جديدة"), claimant=nashar, cue=said, kind="state",
        check_worthy=True)
p.claim(p.between(4, "هناك مسعى", "صيغة توافقية"), claimant=nashar, cue=said, kind="state",
        check_worthy=False)

# ---- paragraph 5
p.ent(p.find(5, "هادي البحرة"), "PERS")
p.ent(p.find(5, "الجربا"), "PERS")
p.ent(p.find(5, "السعودية"), "GPE")
p.ent(p.find(5, "خالد خوجا"), "PERS")
p.ent(p.find(5, "قطر"), "GPE")
p.ent(p.find(5, "مصطفى الصباغ"), "PERS")
occ = p.ent(p.find(5, "رئيس كتلة المجالس المحلية في الائتلاف"), "OCC")
p.ent(p.inside(occ, "كتلة المجالس المحلية"), "ORG")
p.ent(p.inside(occ, "الائتلاف"), "ORG")
p.claim(p.between(5, "هادي البحرة الذي", "محسوب على السعودية"), claimant="author", kind="state",
        check_worthy=True)
p.claim(p.find(5, "يحظى بتأييد الجربا"), claimant="author", kind="state", check_worthy=True)
p.claim(p.find(5, "خالد خوجا محسوب على قطر"), claimant="author", kind="state", check_worthy=True)
p.claim(p.find(5, "مدعوم من مصطفى الصباغ"), claimant="author", kind="state", check_worthy=True)

# ---- paragraph 6
p.ent(p.find(6, "هادي البحرة"), "PERS")
occ = p.ent(p.between(6, "رئيس وفد المعارضة", "جنيف - 2"), "OCC")
ev = p.ent(p.inside(occ, "مفاوضات جنيف - 2"), "EVENT")       # "2" is inside a name: no number (§2 d.11)
p.ent(p.inside(ev, "جنيف"), "GPE")
p.ent(p.find(6, "الأمم المتحدة"), "ORG")
p.ent(p.find(6, "مطلع العام"), "DATE")
p.claim(p.between(6, "يتمتع هادي البحرة", "هادئ إجمالا"), claimant="author", kind="state",
        check_worthy=False)
p.claim(p.between(6, "كان رئيس وفد", "جنيف - 2"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(6, "حصلت برعاية", "مطلع العام"), claimant="author", kind="event", check_worthy=False)
p.claim(p.find(6, "لم تؤد إلى نتيجة"), claimant="author", kind="state", check_worthy=False)

# ---- paragraph 7
p.ent(p.find(7, "دمشق"), "GPE")
p.ent(p.find(7, "عام 1959"), "DATE")
p.num(p.find(7, "1959"), 1959, "year")
p.ent(p.find(7, "السعودية"), "GPE")
p.claim(p.between(7, "ولد في دمشق", "1959"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(7, "أمضى غالبية", "في السعودية"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(7, "تسلم مناصب عدة", "ومؤسسات تجارية"), claimant="author", kind="state",
        check_worthy=False)

# ---- paragraph 8
p.ent(p.find(8, "خالد خوجة"), "PERS")
p.ent(p.find(8, "طبيب"), "OCC")
p.ent(p.find(8, "الأربعينيات"), "DATE")                       # an age bracket (like "67 عاما", politics_02)
p.num(p.find(8, "الأربعينيات"), 40, "cardinal", qualifier="at_least")
p.ent(p.find(8, "سورية"), "GPE")
p.ent(p.find(8, "الثمانينات"), "DATE")
p.num(p.find(8, "الثمانينات"), 1980, "year", qualifier="at_least",
      value_override="a decade of the 20th century: the 1980s, from 1980 (lexical vagueness, as عشرات)")
p.ent(p.find(8, "الثامنة عشرة"), "ORDINAL")
p.num(p.find(8, "الثامنة عشرة"), 18, "ordinal")
p.ent(p.find(8, "تركيا"), "GPE")
occ = p.ent(p.find(8, "سفير الائتلاف في تركيا"), "OCC")
p.ent(p.inside(occ, "الائتلاف"), "ORG")
p.ent(p.inside(occ, "تركيا"), "GPE")
p.claim(p.between(8, "خالد خوجة", "في الأربعينيات"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(8, "غادر سورية", "نشاط العائلة المعارض"), claimant="author", kind="event",
        check_worthy=False)
p.claim(p.between(8, "توقيفه مع عائلته", "نشاط العائلة المعارض"), claimant="author", kind="causal",
        check_worthy=False)
p.claim(p.find(8, "كان لا يزال فتى صغيرا"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(8, "خرج من السجن", "الثامنة عشرة"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(8, "انتقل إلى تركيا", "أخواله فيها"), claimant="author", kind="event",
        check_worthy=False)
p.claim(p.between(8, "يتولى منصب سفير", "في تركيا"), claimant="author", kind="state", check_worthy=True)

p.write()
