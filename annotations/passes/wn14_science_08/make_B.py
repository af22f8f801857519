"""Pass B of wn14_science_08 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_science_08"
p = Pass(DOC, "B", agent="annotator b12 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
A = "author"

# ---- paragraph 0 (title)
p.ent(p.find(0, "إسرائيل"), "GPE")
p.ent(p.find(0, "فلسطينيون"), "NORP")
p.claim(p.between(0, "إسرائيل تواجه", "نشطاء فلسطينيون"), claimant=A, kind="event", check_worthy=True)
p.claim(p.find(0, "يشنها نشطاء فلسطينيون"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 1, sentence 1: Israeli media (no entity mention of the source)
p.ent(p.find(1, "إسرائيلية"), "NORP")
p.ent(p.find(1, "وزارة الاستخبارات"), "ORG")
t = p.ent(p.between(1, "ليل السبت", "أبريل 2013 م"), "TIME")
p.ent(p.between(1, "السبت - الأحد", "أبريل 2013 م"), "DATE")
p.num(p.find(1, "2013"), 2013, "year")
p.claim(p.between(1, "عددا كبيرا من المواقع", "أبريل 2013 م"), claimant=A, cue=p.find(1, "أفادت", 0),
        kind="event", check_worthy=True)

# sentence 2: "أفيد" (unnamed source)
p.ent(p.find(1, "أنونيموس"), "ORG")
p.ent(p.find(1, "الإسرائيلية", 0), "NORP")
p.ent(p.find(1, "الفلسطينيين", 0), "NORP")
p.ent(p.find(1, "الفلسطينية", 0), "NORP")
p.claim(p.between(1, "مجموعة \"أنونيموس\"", "والقضية الفلسطينية", 0, 0), claimant=A, cue=p.find(1, "أفيد"),
        kind="event", check_worthy=True)

# sentence 3: Israel Radio
p.ent(p.inside(p.find(1, "مهاجمة إسرائيل"), "إسرائيل"), "GPE")
p.ent(p.find(1, "السابع من أبريل الجاري"), "DATE")
radio = p.ent(p.find(1, "الإذاعة الإسرائيلية"), "ORG")
p.ent(p.inside(radio, "الإسرائيلية"), "NORP")
p.claim(p.between(1, "كانت هذه المجموعة", "أبريل الجاري"), claimant=radio, cue=p.find(1, "حسب ما أفادت"),
        kind="event", check_worthy=True)

# sentence 4
p.ent(p.find(1, "الفلسطينيين", 1), "NORP")
p.ent(p.find(1, "الفلسطينية", 1), "NORP")
p.ent(p.find(1, "الإسرائيلية", 2), "NORP")
p.ent(p.find(1, "الفلسطينيين", 2), "NORP")
p.claim(p.between(1, "وضع القراصنة", "المواقع المخترقة"), claimant=A, kind="event", check_worthy=True)

# ---- paragraph 2
p.num(p.find(2, "صحيفتا"), 2, "cardinal", counted=p.find(2, "صحيفتا"))
p.ent(p.find(2, "معاريف"), "ORG")
p.ent(p.find(2, "العبرية"), "NORP")
hayat = p.ent(p.find(2, "الحياة"), "ORG")
p.ent(p.find(2, "اللبنانية"), "NORP")
w = p.ent(p.find(2, "موقع البورصة الإسرائيلية"), "WEBSITE")
o = p.ent(p.inside(w, "البورصة الإسرائيلية"), "ORG")
p.ent(p.inside(o, "الإسرائيلية"), "NORP")
w = p.ent(p.find(2, "موقع رئيس وزراء إسرائيل"), "WEBSITE")
o = p.ent(p.inside(w, "رئيس وزراء إسرائيل"), "OCC")
p.ent(p.inside(o, "إسرائيل"), "GPE")
w = p.ent(p.find(2, "موقع وزارة الدفاع"), "WEBSITE")
p.ent(p.inside(w, "وزارة الدفاع"), "ORG")
w = p.ent(p.find(2, "موقع جهاز الأمن الداخلي"), "WEBSITE")
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
p.num(p.find(2, "عشرات"), 30, "cardinal", qualifier="at_least", counted=p.find(2, "المواقع الأخرى"))
p.ent(p.find(2, "آلاف", 0), "CARDINAL")
p.num(p.find(2, "آلاف", 0), 3000, "cardinal", qualifier="at_least", counted=p.find(2, "الحسابات", 0))
p.ent(p.inside(p.find(2, "الحسابات الإسرائيلية"), "الإسرائيلية"), "NORP")
p.num(p.find(2, "موقعي"), 2, "cardinal", counted=p.find(2, "موقعي"))
p.ent(p.find(2, "فيسبوك"), "WEBSITE")
p.ent(p.find(2, "تويتر"), "WEBSITE")
p.ent(p.find(2, "آلاف", 1), "CARDINAL")
p.num(p.find(2, "آلاف", 1), 3000, "cardinal", qualifier="at_least", counted=p.find(2, "الحسابات", 1))
p.claim(p.between(2, "المواقع الإلكترونية التي تم", "المصرفية أيضا"), claimant=hayat, cue=p.find(2, "نقلت"),
        kind="event", check_worthy=True)
# sentence 2: Israeli media again (no entity mention)
p.ent(p.inside(p.find(2, "وسائل الإعلام الإسرائيلية"), "الإسرائيلية"), "NORP")
added = p.find(2, "أضافت")
p.claim(p.between(2, "تم إعادة العمل", "المواقع المهمة"), claimant=A, cue=added, kind="event", check_worthy=True)
p.ent(p.find(2, "آلافا"), "CARDINAL")
p.num(p.find(2, "آلافا"), 3000, "cardinal", qualifier="at_least", counted=p.find(2, "صفحات"))
p.claim(p.between(2, "آلافا من صفحات", "تتعرض للاختراق"), claimant=A, cue=added, kind="event", check_worthy=True)

# ---- paragraph 3
p.ent(p.find(3, "إسرائيليين"), "NORP")
w = p.ent(p.find(3, "موقع مجموعة أنونيموس"), "WEBSITE")
p.ent(p.inside(w, "أنونيموس"), "ORG")
p.claim(p.between(3, "تمكنت من شن", "مجموعة أنونيموس"), claimant=A, cue=p.find(3, "أعلنت"),
        kind="event", check_worthy=True)
occ = p.ent(p.between(3, "مستشار الرئيس", "وتكنولوجيا المعلومات"), "OCC")
pres = p.ent(p.inside(occ, "الرئيس الفلسطيني"), "OCC")
p.ent(p.inside(pres, "الفلسطيني"), "NORP")
saidam = p.ent(p.find(3, "صبري صيدم"), "PERS")
p.ent(p.find(3, "فيسبوك"), "WEBSITE")
said = p.find(3, "قال")
p.ent(p.find(3, "الأمس"), "DATE")
p.ent(p.find(3, "الفلسطينية"), "NORP")
p.ent(p.find(3, "الإسرائيلية"), "NORP")
p.claim(p.between(3, "تقوم في هذه الأثناء", "المواقع الإسرائيلية"), claimant=saidam, cue=said,
        kind="event", check_worthy=True)
p.claim(p.between(3, "هجمات تتعرض لها", "المواقع الإسرائيلية"), claimant=saidam, cue=said,
        kind="event", check_worthy=True)
p.ent(p.find(3, "اليوم الأحد"), "DATE")
p.ent(p.inside(p.find(3, "واسعا على إسرائيل"), "إسرائيل"), "GPE")
p.claim(p.between(3, "أعلن من قبل مصدر", "واسعا على إسرائيل"), claimant=saidam, cue=said,
        kind="event", check_worthy=False)
corr = p.ent(p.find(3, "مراسلة قناة روسيا اليوم"), "OCC")
rt = p.ent(p.inside(corr, "روسيا اليوم"), "ORG")
p.ent(p.inside(rt, "روسيا"), "GPE")
p.ent(p.inside(p.find(3, "إسرائيل شنت"), "إسرائيل"), "GPE")
p.ent(p.find(3, "الضفة الغربية"), "LOC")
p.ent(p.find(3, "يوم الأحد في 7 أبريل الجاري"), "DATE")
p.claim(p.between(3, "إسرائيل شنت حملة", "لعملية القرصنة"), claimant=corr, cue=p.find(3, "أفادت"),
        kind="event", check_worthy=True)

p.write()
