#!/usr/bin/env python3
"""Pass A of wn14_science_08 (Khabar, guidelines 1.2): the machine suggestion corrected and completed.

Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_08"
p = Pass(DOC, "A", agent="annotator a12 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_science_08.json; built by make_A.py.",
         source="annotations/suggestions/wn14_science_08.json")
A = "author"

# ---------------------------------------------------------------- ¶0 title
p.ent(p.find(0, "إسرائيل"), "GPE")
p.ent(p.find(0, "فلسطينيون"), "NORP")
p.claim(p.between(0, "إسرائيل تواجه", "قرصنة إلكترونية"), claimant=A, kind="event", check_worthy=True)
p.claim(p.find(0, "يشنها نشطاء فلسطينيون"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶1
p.ent(p.find(1, "إسرائيلية"), "NORP")            # عدة وسائل إعلام إسرائيلية (not an entity itself)
p.ent(p.find(1, "وزارة الاستخبارات"), "ORG")
night = p.ent(p.find(1, "ليل السبت - الأحد"), "TIME")   # a part of the day with its days (decision 14)
p.ent(p.inside(night, "السبت"), "DATE")
p.ent(p.inside(night, "الأحد"), "DATE")
p.ent(p.find(1, "7 أبريل 2013 م"), "DATE")
p.num(p.find(1, "2013"), 2013, "year")
# the source, "عدة وسائل إعلام إسرائيلية", is not an entity: claimant author, cue kept
p.claim(p.between(1, "عددا كبيرا من المواقع", "أبريل 2013 م"), claimant=A, cue=p.find(1, "أفادت"),
        kind="event", check_worthy=True)

p.ent(p.find(1, "أنونيموس"), "ORG")             # مجموعة "أنونيموس": quotation marks outside
p.ent(p.find(1, "الإسرائيلية", 0), "NORP")       # المواقع الإسرائيلية
p.ent(p.find(1, "الفلسطينيين", 0), "NORP")
p.ent(p.find(1, "الفلسطينية", 0), "NORP")
p.claim(p.between(1, "مجموعة \"أنونيموس\"", "والقضية الفلسطينية", 0, 0), claimant=A,
        cue=p.find(1, "أفيد"), kind="event", check_worthy=True)

p.ent(p.find(1, "إسرائيل", 2), "GPE")            # مهاجمة إسرائيل
p.ent(p.find(1, "السابع من أبريل الجاري"), "DATE")   # day of the month: no number
radio = p.ent(p.find(1, "الإذاعة الإسرائيلية"), "ORG")
p.ent(p.inside(radio, "الإسرائيلية"), "NORP")
p.claim(p.between(1, "كانت هذه المجموعة", "من أبريل الجاري"), claimant=radio,
        cue=p.find(1, "أفادت", 1), kind="event", check_worthy=True)

p.ent(p.find(1, "الفلسطينيين", 1), "NORP")
p.ent(p.find(1, "الفلسطينية", 1), "NORP")
p.ent(p.find(1, "الإسرائيلية", 2), "NORP")       # بالسياسة الإسرائيلية
p.ent(p.find(1, "الفلسطينيين", 2), "NORP")
p.claim(p.between(1, "وضع القراصنة", "المواقع المخترقة"), claimant=A, kind="event", check_worthy=True)

# ---------------------------------------------------------------- ¶2
p.num(p.find(2, "صحيفتا"), 2, "cardinal", counted=p.find(2, "صحيفتا"))   # dual
maariv = p.ent(p.find(2, "معاريف"), "ORG")
p.ent(p.find(2, "العبرية"), "NORP")
p.ent(p.find(2, "الحياة"), "ORG")
p.ent(p.find(2, "اللبنانية"), "NORP")
w = p.ent(p.find(2, "موقع البورصة الإسرائيلية"), "WEBSITE")
o = p.ent(p.inside(w, "البورصة الإسرائيلية"), "ORG")
p.ent(p.inside(o, "الإسرائيلية"), "NORP")
w = p.ent(p.find(2, "موقع رئيس وزراء إسرائيل"), "WEBSITE")
o = p.ent(p.inside(w, "رئيس وزراء إسرائيل"), "OCC")
p.ent(p.inside(o, "إسرائيل"), "GPE")
w = p.ent(p.find(2, "موقع وزارة الدفاع"), "WEBSITE")
p.ent(p.inside(w, "وزارة الدفاع"), "ORG")
w = p.ent(p.find(2, "موقع جهاز الأمن الداخلي"), "WEBSITE")   # "الشاباك" in quotation marks: outside
p.ent(p.inside(w, "جهاز الأمن الداخلي"), "ORG")
p.ent(p.find(2, "الشاباك"), "ORG")
w = p.ent(p.find(2, "موقع الصناعات العسكرية الإسرائيلية"), "WEBSITE")
o = p.ent(p.inside(w, "الصناعات العسكرية الإسرائيلية"), "ORG")
p.ent(p.inside(o, "الإسرائيلية"), "NORP")
w = p.ent(p.find(2, "موقع مكتب الإحصاء الرسمي"), "WEBSITE")
p.ent(p.inside(w, "مكتب الإحصاء"), "ORG")
w = p.ent(p.find(2, "موقع وزارة التربية والتعليم"), "WEBSITE")
p.ent(p.inside(w, "وزارة التربية والتعليم"), "ORG")
p.ent(p.find(2, "عشرات"), "CARDINAL")
p.num(p.find(2, "عشرات"), 30, "cardinal", qualifier="at_least", counted=p.find(2, "المواقع", 1))
p.ent(p.find(2, "آلاف", 0), "CARDINAL")
p.num(p.find(2, "آلاف", 0), 3000, "cardinal", qualifier="at_least", counted=p.find(2, "الحسابات", 0))
p.ent(p.find(2, "الإسرائيلية", 2), "NORP")       # الحسابات الإسرائيلية
p.num(p.find(2, "موقعي"), 2, "cardinal", counted=p.find(2, "موقعي"))   # dual
p.ent(p.find(2, "فيسبوك"), "WEBSITE")
p.ent(p.find(2, "تويتر"), "WEBSITE")
p.ent(p.find(2, "آلاف", 1), "CARDINAL")
p.num(p.find(2, "آلاف", 1), 3000, "cardinal", qualifier="at_least", counted=p.find(2, "الحسابات", 1))
cue = p.find(2, "نقلت")
p.claim(p.between(2, "المواقع الإلكترونية التي", "المصرفية أيضا"), claimant=maariv, cue=cue,
        kind="event", check_worthy=True)
p.claim(p.between(2, "عشرات المواقع", "للتواصل الاجتماعي"), claimant=maariv, cue=cue,
        kind="statistic", check_worthy=True)
p.claim(p.find(2, "آلاف الحسابات المصرفية"), claimant=maariv, cue=cue, kind="statistic", check_worthy=True)

p.ent(p.find(2, "الإسرائيلية", 3), "NORP")       # وسائل الإعلام الإسرائيلية
cue = p.find(2, "أضافت")
p.claim(p.between(2, "تم إعادة العمل", "المواقع المهمة"), claimant=A, cue=cue, kind="event",
        check_worthy=True)
p.ent(p.find(2, "آلافا"), "CARDINAL")
p.num(p.find(2, "آلافا"), 3000, "cardinal", qualifier="at_least", counted=p.find(2, "صفحات"))
p.claim(p.between(2, "آلافا من صفحات", "تتعرض للاختراق"), claimant=A, cue=cue, kind="statistic",
        check_worthy=True)

# ---------------------------------------------------------------- ¶3
p.ent(p.find(3, "إسرائيليين"), "NORP")
w = p.ent(p.find(3, "موقع مجموعة أنونيموس"), "WEBSITE")
p.ent(p.inside(w, "أنونيموس"), "ORG")
adv = p.ent(p.between(3, "مستشار الرئيس", "وتكنولوجيا المعلومات"), "OCC")
pres = p.ent(p.inside(adv, "الرئيس الفلسطيني"), "OCC")
p.ent(p.inside(pres, "الفلسطيني"), "NORP")
saidam = p.ent(p.find(3, "صبري صيدم"), "PERS")
p.ent(p.find(3, "فيسبوك"), "WEBSITE")
p.claim(p.between(3, "تمكنت من شن", "مجموعة أنونيموس"), claimant=saidam, cue=p.find(3, "أكده"),
        kind="event", check_worthy=True)
p.ent(p.find(3, "الأمس"), "DATE")
p.ent(p.find(3, "الفلسطينية"), "NORP")
p.ent(p.find(3, "الإسرائيلية"), "NORP")
p.ent(p.find(3, "اليوم الأحد"), "DATE")
p.ent(p.find(3, "إسرائيل", 2), "GPE")             # هجوما إلكترونيا واسعا على إسرائيل
cue = p.find(3, "قال")
p.claim(p.between(3, "تقوم في هذه الأثناء", "بعض المواقع الإسرائيلية"), claimant=saidam, cue=cue,
        kind="event", check_worthy=True)
p.claim(p.between(3, "أعلن من قبل", "واسعا على إسرائيل"), claimant=saidam, cue=cue, kind="event",
        check_worthy=True)

corr = p.ent(p.find(3, "مراسلة قناة روسيا اليوم"), "OCC")
rt = p.ent(p.inside(corr, "روسيا اليوم"), "ORG")   # "قناة" outside, as "شركة", "مدينة"
p.ent(p.inside(rt, "روسيا"), "GPE")
p.ent(p.find(3, "إسرائيل", 3), "GPE")             # أن إسرائيل شنت
p.ent(p.find(3, "الضفة الغربية"), "LOC")
p.ent(p.find(3, "يوم الأحد في 7 أبريل الجاري"), "DATE")
p.claim(p.between(3, "إسرائيل شنت", "لعملية القرصنة"), claimant=corr, cue=p.find(3, "أفادت"),
        kind="event", check_worthy=True)

p.write()
