#!/usr/bin/env python3
"""Pass A of wn14_economy_02 (annotator a1): the machine suggestion reviewed, corrected and completed.
Every span is located by a short anchor with scripts/passkit.py (offsets computed by code)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_02"
p = Pass(DOC, "A", agent="annotator a1 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_economy_02.json; built by make_A.py.",
         source="annotations/suggestions/wn14_economy_02.json")
f, ent, num, claim = p.find, p.ent, p.num, p.claim


def eu(par, nth=0, at=None):
    """ORG "الاتحاد الأوروبي" with its nested NORP."""
    o = ent(at if at is not None else f(par, "الاتحاد الأوروبي", nth), "ORG")
    ent(p.inside(o, "الأوروبي"), "NORP")
    return o


# ¶0 title
eu(0)
ent(f(0, "الإسرائيلية"), "NORP")
claim(p.between(0, "مشاورات", "المستوطنات الإسرائيلية"), "author", kind="event", check_worthy=True)

# ¶1
haaretz = ent(f(1, "هآرتس"), "ORG")
ent(f(1, "الإسرائيلية", 0), "NORP")
ent(f(1, "كاترين أشتون"), "PERS")
occ = ent(p.between(1, "مسؤولة الأمن", "الاتحاد الأوروبي"), "OCC")
eu(1, at=p.inside(occ, "الاتحاد الأوروبي"))
ent(f(1, "الأوروبيين"), "NORP")
ent(f(1, "الإسرائيلية", 1), "NORP")
pal = ent(f(1, "الأراضي الفلسطينية"), "LOC")
ent(p.inside(pal, "الفلسطينية"), "NORP")
ent(p.inside(f(1, "في إسرائيل"), "إسرائيل"), "GPE")
ent(f(1, "نهاية العام الجاري"), "DATE")
euro = ent(f(1, "أوروبية"), "NORP")
mfa = ent(f(1, "وزارة الخارجية الإسرائيلية"), "ORG")
ent(p.inside(mfa, "الإسرائيلية"), "NORP")
ent(p.inside(f(1, "ضد إسرائيل"), "إسرائيل"), "GPE")
claim(p.between(1, "كاترين أشتون", "نهاية العام الجاري"), haaretz, cue=f(1, "قالت"), kind="event",
      check_worthy=True)
claim(p.between(1, "تطلب منهم", "نهاية العام الجاري"), haaretz, cue=f(1, "قالت"), kind="event",
      check_worthy=True)
# the sources deny: the span is the denied proposition, the cue "نفت" carries the polarity
claim(p.between(1, "وجود جدول زمني", "هذا الإجراء"), euro, cue=f(1, "نفت"), kind="state", check_worthy=True)
claim(p.between(1, "تعتبره تمييزا", "ضد إسرائيل"), mfa, cue=f(1, "صرحت"), kind="quote", check_worthy=False)

# ¶2
ent(f(2, "أشتون", 0), "PERS")
occ = ent(f(2, "رئيس المفوضية الأوروبية"), "OCC")
com = ent(p.inside(occ, "المفوضية الأوروبية"), "ORG")
ent(p.inside(com, "الأوروبية"), "NORP")
ent(f(2, "جوزيه مانويل باروزو"), "PERS")
ent(f(2, "8 يوليو الجاري"), "DATE")
haaretz2 = ent(f(2, "هآرتس"), "ORG")
ent(f(2, "أشتون", 1), "PERS")
ent(f(2, "نهاية السنة الجارية"), "DATE")
claim(p.between(2, "طلبت أشتون", "الدول الأعضاء جميعها"), "author", kind="event", check_worthy=True)
claim(p.between(2, "أشتون تحث", "نهاية السنة الجارية"), haaretz2, cue=f(2, "كتبت"), kind="event",
      check_worthy=True)

# ¶3
maya = ent(f(3, "مايا كوسيانيتش"), "PERS")
occ = ent(f(3, "المتحدثة باسم أشتون"), "OCC")
ent(p.inside(occ, "أشتون"), "PERS")
eu(3)
ent(f(3, "هآرتس"), "ORG")
claim(p.between(3, "يكون للخطة", "جدول زمني"), maya, cue=f(3, "نفت"), kind="state", check_worthy=True)
said = f(3, "قالت")
claim(p.between(3, "الرسالة لا تتعدى", "الاتحاد الأوروبي"), maya, cue=said, kind="state", check_worthy=True)
claim(f(3, "هي ليست رسالة رسمية"), maya, cue=said, kind="state", check_worthy=True)
claim(p.between(3, "المنشور في", "مجرد مقتطفات منها"), maya, cue=said, kind="state", check_worthy=True)

# ¶4
spk = ent(f(4, "المتحدث باسم الخارجية الإسرائيلية"), "OCC")
mfa4 = ent(p.inside(spk, "الخارجية الإسرائيلية"), "ORG")
ent(p.inside(mfa4, "الإسرائيلية"), "NORP")
ent(f(4, "وكالة فرانس برس"), "ORG")
ent(p.inside(f(4, "ضد إسرائيل"), "إسرائيل"), "GPE")
claim(p.between(4, "مثل هذه الإجراءات", "ضد إسرائيل"), spk, cue=f(4, "قال"), kind="quote", check_worthy=False)

# ¶5
eu5 = eu(5, 0)
ent(f(5, "الإسرائيلية"), "NORP")
ent(f(5, "القدس"), "GPE")
ent(f(5, "الضفة الغربية"), "GPE")
eu(5, at=f(5, "اتحاد الأوروبي", 1))  # "للاتحاد": the span starts after the contracted "لل" (§0)
isr = ent(p.inside(f(5, "تعترض إسرائيل"), "إسرائيل"), "GPE")
ent(f(5, "الأراضي المحتلة"), "LOC")
claim(p.between(5, "المستوطنات الإسرائيلية", "القانون الدولي"), eu5, cue=f(5, "يعتبر"), kind="state",
      check_worthy=False)
claim(p.between(5, "يفترض ألا", "للاتحاد الأوروبي"), "author", kind="state", check_worthy=True)
claim(p.between(5, "تعترض إسرائيل", "معاملة تمييزية ضدها"), "author", kind="state", check_worthy=True)
cue_i = f(5, "اعتبار أن")
cue_i = p.inside(cue_i, "اعتبار")
claim(p.between(5, "الأراضي المحتلة هي", "متنازع عليها"), isr, cue=cue_i, kind="quote", check_worthy=False)
claim(p.between(5, "تمييز السلع", "غير مبرر"), isr, cue=cue_i, kind="quote", check_worthy=False)

# ¶6
ent(f(6, "جنوب أفريقيا"), "GPE")
ent(f(6, "السنة الماضية"), "DATE")
ent(p.inside(f(6, "من إسرائيل"), "إسرائيل"), "GPE")
ent(f(6, "الأراضي المحتلة"), "LOC")
claim(p.between(6, "فرضت جمهورية", "في الأراضي المحتلة"), "author", kind="event", check_worthy=True)

p.write()
