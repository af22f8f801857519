"""Pass B of wn14_culture_03 (blind: guidelines 1.2 and the raw text only)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_03"
p = Pass(DOC, "B", agent="annotator b7 (language-model agent; blind: guidelines and text only)",
         note="Pass B under guidelines 1.2, from the raw text; built by make_B.py.", source=None)


def E(par, surface, label, nth=0):
    return p.ent(p.find(par, surface, nth), label)


def Ein(outer, surface, label, nth=0):
    return p.ent(p.inside(outer, surface, nth), label)


def union(par, nth=0):
    u = E(par, "اتحاد الكتاب العرب", "ORG", nth)
    Ein(u, "العرب", "NORP")
    return u


# ---------------------------------------------------------------- paragraph 0 (title)
occ = E(0, "الشاعر السوري", "OCC")      # the epithet "الكبير" left outside
Ein(occ, "السوري", "NORP")
E(0, "سليمان العيسى", "PERS")
p.claim(p.between(0, "وفاة", "سليمان العيسى"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 1
t = E(1, "صباح اليوم", "TIME")
Ein(t, "اليوم", "DATE")
E(1, "دمشق", "GPE", 0)
occ = E(1, "الشاعر السوري", "OCC")
Ein(occ, "السوري", "NORP")
E(1, "سليمان العيسى", "PERS")
age = E(1, "92 سنة", "DATE")
p.num(p.find(1, "92"), 92, "cardinal", counted=p.inside(age, "سنة"))
union(1)
E(1, "الشاعر", "OCC", 1)                 # "الشاعر الكبير": the poet, identified
f = E(1, "مشفى الأسد الجامعي", "FAC")
Ein(f, "الأسد", "PERS")
E(1, "دمشق", "GPE", 1)
f = E(1, "مقبرة الشيخ رسلان", "FAC")
Ein(f, "الشيخ رسلان", "PERS")

p.claim(p.between(1, "توفي صباح", "عمر 92 سنة"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "دخل المشفى", "حالته الصحية"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "أصدر اتحاد", "الشاعر الكبير"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(1, "سوف يشيع", "الجامعي بدمشق"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(1, "يدفن في", "الشيخ رسلان"), claimant="author", kind="event", check_worthy=False)

# ---------------------------------------------------------------- paragraph 2
E(2, "سليمان العيسى", "PERS")
E(2, "السنوات الماضية", "DATE")
wife = E(2, "ملكة أبيض", "PERS")
cue2 = p.find(2, "حسب ما أفادت")
p.claim(p.between(2, "عانى سليمان", "السنوات الماضية"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(2, "حافظ على وعيه", "دقائق حياته"), claimant=wife, cue=cue2, kind="state", check_worthy=False)
p.claim(p.between(2, "بقي مهتما", "يحدث حوله"), claimant=wife, cue=cue2, kind="state", check_worthy=False)
p.claim(p.between(2, "عانى من صعوبة", "في النطق"), claimant=wife, cue=cue2, kind="state", check_worthy=False)

# ---------------------------------------------------------------- paragraph 3
u3 = union(3)
E(3, "سليمان العيسى", "PERS")
o5 = p.find(3, "الخامسة")
p.ent(o5, "ORDINAL")
p.num(o5, 5, "ordinal", counted=p.find(3, "الذكرى"))
occ = E(3, "الشاعر الفلسطيني", "OCC")
Ein(occ, "الفلسطيني", "NORP")
E(3, "محمود درويش", "PERS")
p.claim(p.between(3, "تاريخ وفاة", "محمود درويش"), claimant=u3, cue=p.find(3, "أشار"), kind="state",
        check_worthy=True)

# ---------------------------------------------------------------- paragraph 4
E(4, "سليمان العيسى", "PERS")
E(4, "سنة 1921", "DATE")
p.num(p.find(4, "1921"), 1921, "year")
E(4, "النعيرية", "GPE")
l = E(4, "لواء إسكندرون", "GPE")
Ein(l, "إسكندرون", "GPE")
E(4, "أنطاكية", "GPE")
E(4, "اللواء", "GPE")                    # short form of لواء إسكندرون
E(4, "سوريا", "GPE")
E(4, "سنة 1939", "DATE")
p.num(p.find(4, "1939"), 1939, "year")
E(4, "حماة", "GPE")
E(4, "اللاذقية", "GPE")
E(4, "مدرسة التجهيز الأولى", "ORG")     # a school's name: its ordinal is not a number (numbers §11)
E(4, "دمشق", "GPE")
b = E(4, "حزب البعث العربي الاشتراكي", "ORG")
Ein(b, "العربي", "NORP")
E(4, "دار المعلمين", "ORG")
E(4, "بغداد", "GPE")
E(4, "اللغة العربية", "LANGUAGE")
E(4, "حلب", "GPE")
occ = E(4, "موجها للغة العربية في وزارة التربية السورية", "OCC")
Ein(occ, "لغة العربية", "LANGUAGE")      # "للغة": one proclitic ل before اللغة (§0)
m = Ein(occ, "وزارة التربية السورية", "ORG")
Ein(m, "السورية", "NORP")

p.claim(p.between(4, "ولد سليمان", "لواء إسكندرون"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(4, "درس في القرية", "في أنطاكية"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(4, "ترك اللواء", "سنة 1939"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(4, "درس الثانوية", "الأولى بدمشق"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(4, "شارك في تأسيس", "العربي الاشتراكي"), claimant="author", kind="event", check_worthy=True)
p.claim(p.between(4, "تخرج من", "في بغداد"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(4, "علم اللغة", "مدارس حلب"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(4, "عمل موجها", "التربية السورية"), claimant="author", kind="state", check_worthy=False)

# ---------------------------------------------------------------- paragraph 5
E(5, "سليمان العيسى", "PERS")
o9 = p.find(5, "التاسعة")
p.ent(o9, "ORDINAL")
p.num(o9, 9, "ordinal")                  # "في التاسعة من عمره": age nine
E(5, "الفرنسي", "NORP")
E(5, "العرب", "NORP", 0)                 # الشعراء العرب
union(5)
E(5, "سنة 1969", "DATE")
p.num(p.find(5, "1969"), 1969, "year")
E(5, "سوريا", "GPE")

p.claim(p.between(5, "بدأ سليمان", "من عمره"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(5, "وصف فيه", "من الفلاحين"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(5, "ندد بالاستعمار", "الفرنسي"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(5, "هو من أهم", "شعراء الأطفال"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(5, "هو من مؤسسي", "في سوريا"), claimant="author", kind="event", check_worthy=True)

# ---------------------------------------------------------------- paragraph 6
E(6, "سليمان العيسى", "PERS")
E(6, "الفرنسية", "LANGUAGE", 0)
E(6, "الإنكليزية", "LANGUAGE")
E(6, "التركية", "LANGUAGE")
E(6, "ملكة أبيض", "PERS")
E(6, "جزائريين", "NORP")
E(6, "الفرنسية", "LANGUAGE", 1)

p.claim(p.between(6, "عمل سليمان", "الأعمال الأدبية"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(6, "كان يجيد", "والتركية"), claimant="author", kind="state", check_worthy=False)
p.claim(p.between(6, "تشارك مع", "أنتجوا بالفرنسية"), claimant="author", kind="event", check_worthy=False)
p.claim(p.between(6, "أدباء جزائريين", "أنتجوا بالفرنسية"), claimant="author", kind="state", check_worthy=False)

p.write()
