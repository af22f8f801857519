"""Pass B of wn14_culture_10 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_10"
p = Pass(DOC, "B", agent="annotator b8 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)
# The anaphoric common nouns "الجماعة", "المنظمة", "البلاد" are not entities (no name).


def adl(x):
    """ORG "جماعة العدل والإحسان" with ORG "العدل والإحسان" inside."""
    o = p.ent(x, "ORG")
    p.ent(p.inside(o, "العدل والإحسان"), "ORG")
    return o


# ¶0 title
adl(p.find(0, "جماعة العدل والإحسان"))
p.ent(p.find(0, "محمد عبادي"), "PERS")
p.ent(p.find(0, "أمينا عاما"), "OCC")
p.claim(p.between(0, "جماعة", "لها"), claimant="author", kind="event", check_worthy=True)

# ¶1 s1
grp = adl(p.find(1, "جماعة العدل والإحسان"))
k = p.ent(p.find(1, "المملكة المغربية"), "GPE")
p.ent(p.inside(k, "المغربية"), "NORP")
p.ent(p.find(1, "أمس الإثنين"), "DATE")
p.ent(p.find(1, "محمد عبادي"), "PERS")
p.ent(p.find(1, "أمينا عاما للمنظمة"), "OCC")
p.ent(p.find(1, "مرشدها العام"), "OCC")
p.ent(p.find(1, "عبد السلام ياسين"), "PERS")
p.ent(p.find(1, "13 ديسمبر الجاري"), "DATE")
p.ent(p.find(1, "فتح الله أرسلان"), "PERS")
p.ent(p.find(1, "نائبا"), "OCC")
ann = p.find(1, "أعلنت")
p.claim(p.between(1, "جماعة العدل والإحسان شبه", "المملكة المغربية"), claimant="author", kind="state",
        check_worthy=True)
p.claim(p.between(1, "انتخاب محمد عبادي", "عبد السلام ياسين"), claimant=grp, cue=ann, kind="event",
        check_worthy=True)
p.claim(p.between(1, "توفي في 13", "الجاري"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "تقرر تعيين", "نائبا له"), claimant=grp, cue=ann, kind="event", check_worthy=True)

# ¶1 s2-s3
p.ent(p.find(1, "محمد عبادي", 1), "PERS")
p.ent(p.inside(p.find(1, "لقب المرشد"), "المرشد"), "OCC")
p.ent(p.find(1, "عبد السلام ياسين", 1), "PERS")
p.claim(p.between(1, "لن يحمل", "عبد السلام ياسين"), claimant="author", kind="state", check_worthy=False)
p.ent(p.find(1, "الأمين العام"), "OCC")
p.ent(p.find(1, "خمس سنوات"), "DATE")
p.num(p.find(1, "خمس"), 5, "cardinal", counted=p.find(1, "سنوات"))
p.claim(p.between(1, "تم انتخاب الأمين العام", "قابلة للتجديد"), claimant="author", kind="statistic",
        check_worthy=True)

# ¶2
occ = p.ent(p.find(2, "رئيس مجلس الشورى للجماعة"), "OCC")
p.ent(p.inside(occ, "مجلس الشورى"), "ORG")
alami = p.ent(p.find(2, "عبد الكريم العلمي"), "PERS")
p.ent(p.find(2, "المرشد العام"), "OCC")
p.ent(p.find(2, "عبد السلام ياسين"), "PERS")
p.ent(p.find(2, "الأمين العام", 0), "OCC")
first = p.inside(p.find(2, "المسؤول الأول"), "الأول")
p.ent(first, "ORDINAL")
p.num(first, 1, "ordinal", counted=p.find(2, "المسؤول"))
p.ent(p.find(2, "98.9%"), "PERCENT")
n989 = p.num(p.find(2, "98.9"), 98.9, "percent")
p.ent(p.find(2, "مجلس الشورى", 1), "ORG")
p.ent(p.find(2, "محمد عبادي"), "PERS")
p.ent(p.find(2, "فتح الله أرسلان"), "PERS")
# "فاز الأول ... والثاني": the former and the latter, ordinal numerals
former = p.inside(p.find(2, "فاز الأول"), "الأول")
p.ent(former, "ORDINAL")
p.num(former, 1, "ordinal")
p.ent(p.find(2, "الأمين العام", 1), "OCC")
latter = p.find(2, "الثاني")
p.ent(latter, "ORDINAL")
p.num(latter, 2, "ordinal")
p.claim(p.between(2, "قررنا أن نحتفظ", "الأول للجماعة"), claimant=alami, cue=p.find(2, "صرح"), kind="event",
        check_worthy=True)
hint = p.find(2, "أشار")
p.claim(p.between(2, "الانتخابات جرت", "مجلس الشورى"), claimant=alami, cue=hint, kind="statistic",
        check_worthy=True)
p.claim(p.find(2, "هم الذين اقترحوا المرشحين"), claimant=alami, cue=hint, kind="event", check_worthy=True)
p.claim(p.between(2, "تم حصر المنافسة", "فتح الله أرسلان"), claimant=alami, cue=hint, kind="event",
        check_worthy=True)
p.claim(p.between(2, "فاز الأول", "بمنصب نائبه"), claimant=alami, cue=hint, kind="event", check_worthy=True)

# ¶3
sg = p.ent(p.find(3, "الأمين العام المنتخب"), "OCC")
p.ent(p.find(3, "المرشد العام"), "OCC")
p.ent(p.find(3, "ثلاث"), "CARDINAL")
p.num(p.find(3, "ثلاث"), 3, "cardinal", counted=p.find(3, "عبارات"))
p.claim(p.between(3, "التزام الجماعة", "منذ تأسيسها"), claimant=sg, cue=p.find(3, "شدد"), kind="quote",
        check_worthy=False)
p.claim(p.between(3, "لا للعنف", "للتبعية الخارجية"), claimant=sg, cue=p.find(3, "لخصها"), kind="quote",
        check_worthy=False)
p.claim(p.between(3, "الجماعة ستركز", "بالوسائل السلمية"), claimant=sg, cue=p.find(3, "أكد"), kind="state",
        check_worthy=False)
p.claim(p.between(3, "ستكون عامل استقرار", "فتنة وتشويش"), claimant=sg,
        cue=p.inside(p.find(3, "وقال"), "قال"), kind="quote", check_worthy=False)

# ¶4
occ = p.ent(p.find(4, "نائب الأمين العام"), "OCC")
p.ent(p.inside(occ, "الأمين العام"), "OCC")
ars = p.ent(p.find(4, "فتح الله أرسلان"), "PERS")
au = p.ent(p.find(4, "السلطات المغربية"), "ORG")
p.ent(p.inside(au, "المغربية"), "NORP")
rule_out = p.find(4, "استبعد")
p.claim(p.between(4, "تسعى الجماعة", "السلطات المغربية"), claimant=ars, cue=rule_out, kind="state",
        check_worthy=False)
p.claim(p.between(4, "تتوقع أن يرفض", "بالتأكيد"), claimant=ars, cue=rule_out, kind="quote", check_worthy=False)

# ¶5
grp5 = adl(p.find(5, "جماعة العدل والإحسان"))
p.ent(p.find(5, "الأمين العام"), "OCC")
p.claim(p.between(5, "الاستمرار بنهجها", "مبدإ الشورى"), claimant=grp5, cue=p.find(5, "أكد"), kind="quote",
        check_worthy=False)
p.claim(p.between(5, "انتخاب الأمين العام", "على قائدها"), claimant=grp5, cue=p.find(5, "أشاروا"),
        kind="quote", check_worthy=False)

# ¶6
p.ent(p.find(6, "محمد عبادي"), "PERS")
occ = p.ent(p.find(6, "أحد مؤسسي جماعة العدل والإحسان"), "OCC")
adl(p.inside(occ, "جماعة العدل والإحسان"))
p.ent(p.find(6, "مرشدها العام"), "OCC")
p.ent(p.find(6, "عبد السلام ياسين"), "PERS")
p.ent(p.find(6, "اللغة العربية"), "LANGUAGE")
p.ent(p.find(6, "الإسلامية"), "NORP")
p.ent(p.find(6, "سبعة"), "CARDINAL")
p.num(p.find(6, "سبعة"), 7, "cardinal", counted=p.find(6, "ملفات"))
p.claim(p.between(6, "محمد عبادي أحد", "عبد السلام ياسين"), claimant="author", kind="state", check_worthy=True)
p.claim(p.between(6, "درس اللغة العربية", "الإسلامية"), claimant="author", kind="event", check_worthy=False)
p.claim(p.find(6, "خطب في عدة مساجد"), claimant="author", kind="event", check_worthy=False)
p.claim(p.find(6, "اعتقل مرارا"), claimant="author", kind="event", check_worthy=True)
# unnamed sources in the group: no source entity, so the author, with the cue
p.claim(p.find(6, "متابع في سبعة ملفات"), claimant="author", cue=p.find(6, "تقول"), kind="statistic",
        check_worthy=True)

p.write()
