"""Pass A of wn14_culture_10 (Khabar): corrected from the machine suggestion; offsets computed by code."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_10"
p = Pass(DOC, "A", agent="annotator a8 (language-model agent; corrected the machine suggestion)",
         note=f"Pass A under guidelines 1.2, starting from the machine suggestion annotations/suggestions/{DOC}.json; built by make_A.py.",
         source=f"annotations/suggestions/{DOC}.json")
E, N, C = p.ent, p.num, p.claim
A = "author"


def adl(x):
    """ORG "جماعة العدل والإحسان" ⊃ ORG "العدل والإحسان" (the bare name)."""
    o = E(x, "ORG")
    E(p.inside(o, "العدل والإحسان"), "ORG")
    return o


# ---------------------------------------------------------------- paragraph 0 (title)
adl(p.find(0, "جماعة العدل والإحسان"))
E(p.find(0, "محمد عبادي"), "PERS")
E(p.find(0, "أمينا عاما"), "OCC")
C(p.between(0, "جماعة العدل", "أمينا عاما لها"), A, "event", True)

# ---------------------------------------------------------------- paragraph 1
grp = adl(p.find(1, "جماعة العدل والإحسان"))
g = E(p.find(1, "المملكة المغربية"), "GPE")
E(p.inside(g, "المغربية"), "NORP")
C(p.between(1, "جماعة العدل والإحسان", "المملكة المغربية"), A, "state", True)
E(p.find(1, "أمس الإثنين"), "DATE")
announced = p.find(1, "أعلنت")
E(p.find(1, "محمد عبادي"), "PERS")
E(p.find(1, "أمينا عاما للمنظمة"), "OCC")
# "مرشدها العام": a pronoun-bearing title, not annotated (§0)
E(p.find(1, "عبد السلام ياسين"), "PERS")
C(p.between(1, "انتخاب محمد عبادي", "عبد السلام ياسين"), grp, "event", True, cue=announced)
E(p.find(1, "13 ديسمبر الجاري"), "DATE")
C(p.between(1, "توفي في", "ديسمبر الجاري"), A, "event", True)
E(p.find(1, "فتح الله أرسلان"), "PERS")
E(p.find(1, "نائبا"), "OCC")
C(p.between(1, "تقرر تعيين", "نائبا له"), grp, "event", True, cue=announced)
E(p.find(1, "محمد عبادي", 1), "PERS")
E(p.find(1, "المرشد"), "OCC")
E(p.find(1, "عبد السلام ياسين", 1), "PERS")
C(p.between(1, "لن يحمل", "عبد السلام ياسين", nth_last=0), A, "state", False)
E(p.find(1, "الأمين العام"), "OCC")
E(p.find(1, "خمس سنوات"), "DATE")
N(p.find(1, "خمس"), 5, "cardinal", counted=p.find(1, "سنوات"))
C(p.between(1, "تم انتخاب الأمين", "قابلة للتجديد"), A, "statistic", True)

# ---------------------------------------------------------------- paragraph 2
occ = E(p.find(2, "رئيس مجلس الشورى للجماعة"), "OCC")
E(p.inside(occ, "مجلس الشورى"), "ORG")
alami = E(p.find(2, "عبد الكريم العلمي"), "PERS")
E(p.find(2, "المرشد العام"), "OCC")
E(p.find(2, "المؤسس"), "OCC")                  # "للأستاذ المؤسس": "الأستاذ" is an honorific
E(p.find(2, "عبد السلام ياسين"), "PERS")
E(p.find(2, "الأمين العام"), "OCC")
E(p.find(2, "الأول"), "ORDINAL")
N(p.find(2, "الأول"), 1, "ordinal", counted=p.find(2, "المسؤول"))
C(p.between(2, "قررنا أن نحتفظ", "الأول للجماعة"), alami, "event", True, cue=p.find(2, "صرح"))
pointed = p.find(2, "أشار")
E(p.find(2, "98.9%"), "PERCENT")
N(p.find(2, "98.9"), 98.9, "percent")
E(p.find(2, "مجلس الشورى", 1), "ORG")
C(p.between(2, "الانتخابات جرت", "أعضاء مجلس الشورى"), alami, "statistic", True, cue=pointed)
C(p.between(2, "هم الذين", "اقترحوا المرشحين"), alami, "event", True, cue=pointed)
E(p.find(2, "محمد عبادي"), "PERS")
E(p.find(2, "فتح الله أرسلان"), "PERS")
C(p.between(2, "تم حصر المنافسة", "فتح الله أرسلان"), alami, "event", True, cue=pointed)
E(p.find(2, "الأول", 1), "ORDINAL")
N(p.find(2, "الأول", 1), 1, "ordinal")
E(p.find(2, "الأمين العام", 1), "OCC")
E(p.find(2, "الثاني"), "ORDINAL")
N(p.find(2, "الثاني"), 2, "ordinal")
C(p.between(2, "فاز الأول", "بمنصب نائبه"), alami, "event", True, cue=pointed)

# ---------------------------------------------------------------- paragraph 3
sg = E(p.find(3, "الأمين العام المنتخب"), "OCC")
E(p.find(3, "المرشد العام"), "OCC")
C(p.between(3, "التزام الجماعة", "منذ تأسيسها"), sg, "quote", False, cue=p.find(3, "شدد"))
E(p.find(3, "ثلاث"), "CARDINAL")
N(p.find(3, "ثلاث"), 3, "cardinal", counted=p.find(3, "عبارات"))
# "التبعية الخارجية": "الخارجية" is an adjective (foreign), not the ministry
C(p.between(3, "لا للعنف", "للتبعية الخارجية"), sg, "quote", False, cue=p.find(3, "لخصها"))
C(p.between(3, "الجماعة ستركز", "بالوسائل السلمية"), sg, "state", False, cue=p.find(3, "أكد"))
C(p.between(3, "ستكون عامل", "فتنة وتشويش"), sg, "quote", False, cue=p.find(3, "قال"))
C(p.between(3, "دعا", "تحقيق أهدافها"), A, "event", False)

# ---------------------------------------------------------------- paragraph 4
occ = E(p.find(4, "نائب الأمين العام"), "OCC")
E(p.inside(occ, "الأمين العام"), "OCC")
ars = E(p.find(4, "فتح الله أرسلان"), "PERS")
E(p.find(4, "المغربية"), "NORP")
C(p.between(4, "استبعد", "السلطات المغربية"), A, "event", False)
C(p.between(4, "تتوقع أن", "الطلب بالتأكيد"), ars, "state", False, cue=p.find(4, "استبعد"))

# ---------------------------------------------------------------- paragraph 5
grp5 = adl(p.find(5, "جماعة العدل والإحسان"))
C(p.between(5, "الاستمرار بنهجها", "مبدإ الشورى"), grp5, "quote", False, cue=p.find(5, "أكد"))
E(p.find(5, "الأمين العام"), "OCC")
C(p.between(5, "انتخاب الأمين العام", "على قائدها"), grp5, "quote", False, cue=p.find(5, "أشاروا"))

# ---------------------------------------------------------------- paragraph 6
E(p.find(6, "محمد عبادي"), "PERS")
occ = E(p.find(6, "مؤسسي جماعة العدل والإحسان"), "OCC")
adl(p.inside(occ, "جماعة العدل والإحسان"))
E(p.find(6, "عبد السلام ياسين"), "PERS")
C(p.between(6, "محمد عبادي", "عبد السلام ياسين"), A, "state", True)
E(p.find(6, "اللغة العربية"), "LANGUAGE")
E(p.find(6, "الإسلامية"), "NORP")
C(p.between(6, "درس اللغة", "التربية الإسلامية"), A, "state", False)
C(p.between(6, "خطب في", "عدة مساجد"), A, "event", False)
C(p.find(6, "اعتقل مرارا"), A, "event", True)
E(p.find(6, "سبعة"), "CARDINAL")
N(p.find(6, "سبعة"), 7, "cardinal", counted=p.find(6, "ملفات"))
C(p.between(6, "متابع في", "سبعة ملفات"), A, "statistic", True, cue=p.find(6, "تقول"))

if __name__ == "__main__":
    p.write()
