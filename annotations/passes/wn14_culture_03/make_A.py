#!/usr/bin/env python3
"""Pass A of wn14_culture_03 (guidelines 1.2): the machine suggestion reviewed span by span,
corrected and completed. Offsets computed by code from short anchors (scripts/passkit.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
from passkit import Pass  # noqa: E402

DOC = "wn14_culture_03"
p = Pass(DOC, "A", agent="annotator a7 (language-model agent; corrected the machine suggestion)",
         note="Pass A under guidelines 1.2, starting from the machine suggestion "
              "annotations/suggestions/wn14_culture_03.json; built by make_A.py.",
         source="annotations/suggestions/wn14_culture_03.json")
F, I, B = p.find, p.inside, p.between


def e(par, surface, label, nth=0):
    return p.ent(F(par, surface, nth), label)


def nested(outer, label, inner, inner_label, nth=0):
    """An entity at `outer` (a located span) with one nested entity."""
    h = p.ent(outer, label)
    p.ent(I(outer, inner, nth), inner_label)
    return h


def union(par, nth=0):
    """ORG "اتحاد الكتاب العرب" ⊃ NORP "العرب"."""
    return nested(F(par, "اتحاد الكتاب العرب", nth), "ORG", "العرب", "NORP")


# ---- paragraph 0 (title)
nested(F(0, "الشاعر السوري"), "OCC", "السوري", "NORP")   # "الكبير" is praise, not part of the title
e(0, "سليمان العيسى", "PERS")
p.claim(B(0, "وفاة", "سليمان العيسى"), "author", "event", True)

# ---- paragraph 1
t = F(1, "صباح اليوم")
p.ent(t, "TIME")
p.ent(I(t, "اليوم"), "DATE")
e(1, "دمشق", "GPE", 0)
nested(F(1, "الشاعر السوري"), "OCC", "السوري", "NORP")
e(1, "سليمان العيسى", "PERS")
age = F(1, "92 سنة")
p.ent(age, "DATE")                                       # a duration of a year or more with a number (decision 14)
p.num(I(age, "92"), 92, "cardinal", counted=I(age, "سنة"))
union(1)
p.ent(I(F(1, "الشاعر الكبير"), "الشاعر"), "OCC")        # the poet, identified in the text (decision 23)
nested(F(1, "مشفى الأسد الجامعي"), "FAC", "الأسد", "PERS")
e(1, "دمشق", "GPE", 1)
nested(F(1, "مقبرة الشيخ رسلان"), "FAC", "الشيخ رسلان", "PERS")

p.claim(B(1, "توفي صباح اليوم", "عمر 92 سنة"), "author", "event", True)
p.claim(B(1, "دخل المشفى", "حالته الصحية"), "author", "event", True)
p.claim(B(1, "أصدر اتحاد الكتاب", "الشاعر الكبير"), "author", "event", True)
p.claim(B(1, "سوف يشيع", "الجامعي بدمشق"), "author", "event", False)
p.claim(F(1, "يدفن في مقبرة الشيخ رسلان"), "author", "event", False)

# ---- paragraph 2
e(2, "سليمان العيسى", "PERS")
e(2, "السنوات الماضية", "DATE")
wife = e(2, "ملكة أبيض", "PERS")                         # "الدكتورة" is a degree, not OCC (decision 23)
cue = F(2, "حسب ما أفادت")
p.claim(B(2, "عانى سليمان العيسى", "السنوات الماضية"), wife, "state", True, cue=cue)
p.claim(B(2, "حافظ على وعيه", "دقائق حياته"), wife, "state", False, cue=cue)
p.claim(F(2, "بقي مهتما بما يحدث حوله"), wife, "state", False, cue=cue)
p.claim(F(2, "عانى من صعوبة في النطق"), wife, "state", False, cue=cue)

# ---- paragraph 3
uwa = union(3)
e(3, "سليمان العيسى", "PERS")
fifth = F(3, "الذكرى الخامسة")
p.ent(I(fifth, "الخامسة"), "ORDINAL")
p.num(I(fifth, "الخامسة"), 5, "ordinal", counted=I(fifth, "الذكرى"))
nested(F(3, "الشاعر الفلسطيني"), "OCC", "الفلسطيني", "NORP")
e(3, "محمود درويش", "PERS")
p.claim(B(3, "تاريخ وفاة", "محمود درويش"), uwa, "state", True, cue=F(3, "أشار"))

# ---- paragraph 4
e(4, "سليمان العيسى", "PERS")
d = F(4, "سنة 1921")
p.ent(d, "DATE")
p.num(I(d, "1921"), 1921, "year")
e(4, "النعيرية", "GPE")                                  # the head noun "قرية" stays outside (decision 4)
nested(F(4, "لواء إسكندرون"), "GPE", "إسكندرون", "GPE")
e(4, "أنطاكية", "GPE")
e(4, "سوريا", "GPE")
d = F(4, "سنة 1939")
p.ent(d, "DATE")
p.num(I(d, "1939"), 1939, "year")
e(4, "حماة", "GPE")
e(4, "اللاذقية", "GPE")
e(4, "مدرسة التجهيز الأولى", "ORG")                      # "الأولى" is part of the name: no ORDINAL, no number
e(4, "دمشق", "GPE")
nested(F(4, "حزب البعث العربي الاشتراكي"), "ORG", "العربي", "NORP")
e(4, "دار المعلمين", "ORG")
e(4, "بغداد", "GPE")
e(4, "اللغة العربية", "LANGUAGE")
e(4, "حلب", "GPE")
occ = B(4, "موجها للغة", "التربية السورية")
p.ent(occ, "OCC")
p.ent(I(occ, "لغة العربية"), "LANGUAGE")                  # "للغة": after the proclitic ل (§0)
nested(I(occ, "وزارة التربية السورية"), "ORG", "السورية", "NORP")

p.claim(B(4, "ولد سليمان العيسى", "لواء إسكندرون"), "author", "event", True)
p.claim(F(4, "درس في القرية ثم في أنطاكية"), "author", "event", False)
p.claim(B(4, "ترك اللواء", "سنة 1939"), "author", "event", True)
p.claim(B(4, "درس الثانوية", "الأولى بدمشق"), "author", "event", False)
p.claim(B(4, "شارك في تأسيس", "العربي الاشتراكي"), "author", "event", True)
p.claim(F(4, "تخرج من دار المعلمين في بغداد"), "author", "event", False)
p.claim(F(4, "علم اللغة العربية في مدارس حلب"), "author", "event", False)
p.claim(B(4, "عمل موجها", "التربية السورية"), "author", "event", False)

# ---- paragraph 5
e(5, "سليمان العيسى", "PERS")
e(5, "التاسعة", "ORDINAL")
p.num(F(5, "التاسعة"), 9, "ordinal")                     # "في التاسعة من عمره": aged nine
e(5, "الفرنسي", "NORP")
p.ent(I(F(5, "الشعراء العرب"), "العرب"), "NORP")
union(5)
d = F(5, "سنة 1969")
p.ent(d, "DATE")
p.num(I(d, "1969"), 1969, "year")
e(5, "سوريا", "GPE")

p.claim(B(5, "بدأ سليمان العيسى", "التاسعة من عمره"), "author", "event", False)
p.claim(F(5, "وصف فيه معاناة أهله من الفلاحين"), "author", "event", False)
p.claim(F(5, "ندد بالاستعمار الفرنسي"), "author", "event", False)
p.claim(B(5, "هو من أهم", "شعراء الأطفال"), "author", "state", False)
p.claim(B(5, "هو من مؤسسي", "في سوريا"), "author", "event", True)

# ---- paragraph 6
e(6, "سليمان العيسى", "PERS")
e(6, "الفرنسية", "LANGUAGE", 0)
e(6, "الإنكليزية", "LANGUAGE")
e(6, "التركية", "LANGUAGE")
e(6, "ملكة أبيض", "PERS")
e(6, "جزائريين", "NORP")
e(6, "الفرنسية", "LANGUAGE", 1)

p.claim(B(6, "عمل سليمان العيسى", "الأعمال الأدبية"), "author", "event", False)
p.claim(F(6, "كان يجيد الفرنسية والإنكليزية والتركية"), "author", "state", False)
p.claim(B(6, "تشارك مع زوجته", "أنتجوا بالفرنسية"), "author", "event", False)

p.write()
