"""Pass B of wn14_economy_02 (blind: guidelines 1.2 and the raw text only). Offsets by passkit."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_economy_02"
p = Pass(DOC, "B", agent="annotator b1 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
f, inside, between, ent, num, claim = p.find, p.inside, p.between, p.ent, p.num, p.claim


def w(par, surface, nth=0):
    """The nth occurrence of `surface` in paragraph `par` as a whole word (proclitics allowed before)."""
    k = 0
    while True:
        a = f(par, surface, k)
        before = p.text[:a.start].split()[-1] if p.text[:a.start].strip() else ""
        glued = "" if p.text[a.start - 1:a.start].isspace() or a.start == p.pars[par][0] else before
        after = p.text[a.end:a.end + 1]
        if all(c in "وفبلك" for c in glued) and len(glued) <= 3 and not after.isalpha():
            if nth == 0:
                return a
            nth -= 1
        k += 1


def eu(par, nth=0):
    """ORG "الاتحاد الأوروبي" with its NORP nested."""
    o = ent(f(par, "الاتحاد الأوروبي", nth), "ORG")
    ent(inside(o, "الأوروبي"), "NORP")
    return o


# ---------------------------------------------------------------- paragraph 0 (title)
eu(0)
ent(f(0, "الإسرائيلية"), "NORP")
claim(between(0, "مشاورات", "المستوطنات الإسرائيلية"), "author", "event", True)

# ---------------------------------------------------------------- paragraph 1
haaretz1 = ent(f(1, "هآرتس"), "ORG")
ent(f(1, "الإسرائيلية"), "NORP")
ent(f(1, "كاترين أشتون"), "PERS")
occ = ent(f(1, "مسؤولة الأمن والشؤون الخارجية في الاتحاد الأوروبي"), "OCC")
o = ent(inside(occ, "الاتحاد الأوروبي"), "ORG")
ent(inside(o, "الأوروبي"), "NORP")
ent(f(1, "الأوروبيين"), "NORP")
ent(f(1, "الإسرائيلية", 1), "NORP")
terr = ent(f(1, "الأراضي الفلسطينية المحتلة"), "LOC")
ent(inside(terr, "الفلسطينية"), "NORP")
ent(w(1, "إسرائيل"), "GPE")
ent(f(1, "نهاية العام الجاري"), "DATE")
qala = f(1, "قالت")
claim(between(1, "كاترين أشتون", "نهاية العام الجاري"), haaretz1, "event", True, cue=qala)
claim(between(1, "تطلب منهم", "نهاية العام الجاري"), haaretz1, "event", True, cue=qala)
europ = ent(f(1, "أوروبية"), "NORP")
claim(between(1, "وجود جدول زمني", "هذا الإجراء"), europ, "state", True, cue=f(1, "نفت"))
mfa = ent(f(1, "وزارة الخارجية الإسرائيلية"), "ORG")
mfa_in = ent(inside(mfa, "الخارجية الإسرائيلية"), "ORG")
ent(inside(mfa_in, "الإسرائيلية"), "NORP")
ent(w(1, "إسرائيل", 1), "GPE")
claim(between(1, "تعتبره تمييزا", "ضد إسرائيل"), mfa, "quote", False, cue=f(1, "صرحت"))

# ---------------------------------------------------------------- paragraph 2
ent(f(2, "أشتون"), "PERS")
occ2 = ent(f(2, "رئيس المفوضية الأوروبية"), "OCC")
com = ent(inside(occ2, "المفوضية الأوروبية"), "ORG")
ent(inside(com, "الأوروبية"), "NORP")
ent(f(2, "جوزيه مانويل باروزو"), "PERS")
ent(f(2, "8 يوليو الجاري"), "DATE")
claim(between(2, "طلبت أشتون", "الدول الأعضاء جميعها"), "author", "event", True)
claim(between(2, "الموجهة إلى", "مانويل باروزو"), "author", "state", True)
claim(between(2, "المؤرخة في", "يوليو الجاري"), "author", "state", True)
haaretz2 = ent(f(2, "هآرتس"), "ORG")
ent(f(2, "أشتون", 1), "PERS")
ent(f(2, "نهاية السنة الجارية"), "DATE")
claim(between(2, "أشتون تحث", "نهاية السنة الجارية"), haaretz2, "event", True, cue=f(2, "كتبت"))

# ---------------------------------------------------------------- paragraph 3
maya = ent(f(3, "مايا كوسيانيتش"), "PERS")
occ3 = ent(f(3, "المتحدثة باسم أشتون"), "OCC")
ent(inside(occ3, "أشتون"), "PERS")
claim(between(3, "يكون للخطة", "جدول زمني"), maya, "state", True, cue=f(3, "نفت"))
qalat = f(3, "قالت")
claim(between(3, "الرسالة لا تتعدى", "الاتحاد الأوروبي"), maya, "state", True, cue=qalat)
eu(3)
claim(f(3, "هي ليست رسالة رسمية"), maya, "state", True, cue=qalat)
claim(between(3, "المنشور في", "مجرد مقتطفات منها"), maya, "state", True, cue=qalat)
ent(f(3, "هآرتس"), "ORG")

# ---------------------------------------------------------------- paragraph 4
spk = ent(f(4, "المتحدث باسم الخارجية الإسرائيلية"), "OCC")
mfa4 = ent(inside(spk, "الخارجية الإسرائيلية"), "ORG")
ent(inside(mfa4, "الإسرائيلية"), "NORP")
afp = ent(f(4, "وكالة فرانس برس"), "ORG")
ent(inside(afp, "فرانس برس"), "ORG")
claim(between(4, "مثل هذه الإجراءات", "ضد إسرائيل"), spk, "quote", False, cue=f(4, "قال"))
ent(w(4, "إسرائيل"), "GPE")

# ---------------------------------------------------------------- paragraph 5
eu5 = eu(5)
ent(f(5, "الإسرائيلية"), "NORP")
ent(f(5, "القدس"), "GPE")
ent(f(5, "الضفة الغربية"), "LOC")
yatabir = f(5, "يعتبر")
claim(between(5, "المستوطنات الإسرائيلية", "القانون الدولي"), eu5, "state", False, cue=yatabir)
claim(between(5, "يفترض ألا تستفيد", "للاتحاد الأوروبي"), eu5, "state", False, cue=yatabir)
eu2 = ent(f(5, "اتحاد الأوروبي", 1), "ORG")  # after the contracted "لل" (GUIDELINES §0)
ent(inside(eu2, "الأوروبي"), "NORP")
isr5 = ent(w(5, "إسرائيل"), "GPE")
claim(between(5, "تعترض إسرائيل", "تمييزية ضدها"), "author", "state", False)
ent(f(5, "الأراضي المحتلة"), "LOC")
itibar = inside(f(5, "باعتبار"), "اعتبار")
claim(between(5, "الأراضي المحتلة", "أراض متنازع عليها"), isr5, "quote", False, cue=itibar)
claim(between(5, "تمييز السلع", "غير مبرر"), isr5, "quote", False, cue=itibar)

# ---------------------------------------------------------------- paragraph 6
rsa = ent(f(6, "جمهورية جنوب أفريقيا"), "GPE")
ent(inside(rsa, "جنوب أفريقيا"), "GPE")
ent(f(6, "السنة الماضية"), "DATE")
ent(w(6, "إسرائيل"), "GPE")
ent(f(6, "الأراضي المحتلة"), "LOC")
claim(between(6, "فرضت جمهورية", "الأراضي المحتلة"), "author", "event", True)

p.write()
