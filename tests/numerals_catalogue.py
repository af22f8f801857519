"""A catalogue of Arabic number expressions generated from the grammar, each in a tiny synthetic
sentence with what `khabar.model.numerals.find_numbers` should propose for it.

The rules of the reader were written from news articles; this catalogue was not: it walks the
number system (units of both genders, 11-19, the tens in both cases, the hundreds in both
spellings, the scale words singular, dual and plural, ordinals simple, compound and tens,
fractions, both digit scripts) and each kind the guidelines know (percent, money, quantity,
year, time, ranges), plus what is no number. Read by tests/model/test_numerals_catalogue.py and
by scripts/numerals_eval.py (the README's accuracy table). Synthetic sentences for tests only.
"""
from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    group: str
    sentence: str
    span: str  # the number's surface (its first occurrence in the sentence)
    value: float | None  # None: no number may be proposed over `span`
    kind: str | None = None
    counted: str | None = None
    qualifier: str = "exact"


CASES: list[Case] = []


def expected(case: Case) -> tuple | None:
    """What the reader should propose over the case's span: (span, value, kind, counted,
    qualifier), or None (no number there)."""
    return None if case.value is None else \
        (case.span, round(case.value, 9), case.kind, case.counted, case.qualifier)


def proposed(case: Case) -> tuple | None:
    """What `find_numbers` proposes over the case's span, in the shape of `expected` (None: nothing there)."""
    from khabar.model.numerals import find_numbers

    s = case.sentence.index(case.span)
    e = s + len(case.span)
    for f in find_numbers(case.sentence):
        if f.start < e and s < f.end:
            counted = None if f.counted is None else case.sentence[f.counted[0]:f.counted[1]]
            return (case.sentence[f.start:f.end], round(f.value, 9), f.kind, counted, f.qualifier)
    return None


def add(group: str, sentence: str, span: str, value: float | None, kind: str | None = None,
        counted: str | None = None, qualifier: str = "exact") -> None:
    assert span in sentence, (sentence, span)
    CASES.append(Case(group, sentence, span, value, kind, counted, qualifier))


# ---------------------------------------------------------------- cardinals

# 3-10: the masculine form counts a masculine noun, the feminine form a feminine one.
UNITS_MASC = ["ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
UNITS_FEM = ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"]
for v, (m, f) in enumerate(zip(UNITS_MASC, UNITS_FEM, strict=True), start=3):
    add("units 3-10", f"وصل {m} أشخاص إلى المدينة", m, v, "cardinal", "أشخاص")
    add("units 3-10", f"احترقت {f} سيارات في الشارع", f, v, "cardinal", "سيارات")
add("units 3-10", "نجا رجل واحد من الحادث", "واحد", 1, "cardinal")
add("units 3-10", "بقي اثنان منهم في المستشفى", "اثنان", 2, "cardinal")
add("units 3-10", "وصلت اثنتان منهن أمس", "اثنتان", 2, "cardinal")

# 11-19, masculine and feminine.
TEENS_MASC = ["أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر",
              "ثمانية عشر", "تسعة عشر"]
TEENS_FEM = ["إحدى عشرة", "اثنتا عشرة", "ثلاث عشرة", "أربع عشرة", "خمس عشرة", "ست عشرة", "سبع عشرة",
             "ثماني عشرة", "تسع عشرة"]
for v, (m, f) in enumerate(zip(TEENS_MASC, TEENS_FEM, strict=True), start=11):
    add("compounds 11-19", f"اعتقل {m} شخصا في المدينة", m, v, "cardinal", "شخصا")
    add("compounds 11-19", f"أصيبت {f} سيارة في الحادث", f, v, "cardinal", "سيارة")

# The tens 20-90, nominative and oblique.
TENS = [("عشرون", "عشرين"), ("ثلاثون", "ثلاثين"), ("أربعون", "أربعين"), ("خمسون", "خمسين"),
        ("ستون", "ستين"), ("سبعون", "سبعين"), ("ثمانون", "ثمانين"), ("تسعون", "تسعين")]
for v, (nom, obl) in zip(range(20, 100, 10), TENS, strict=True):
    add("tens 20-90", f"قتل {nom} شخصا في الهجوم", nom, v, "cardinal", "شخصا")
    add("tens 20-90", f"نقل الجيش {obl} جريحا إلى المستشفى", obl, v, "cardinal", "جريحا")
add("tens 20-90", "وصل خمسة وعشرون لاجئا أمس", "خمسة وعشرون", 25, "cardinal", "لاجئا")
add("tens 20-90", "اعتقلت الشرطة ثلاثا وأربعين امرأة", "ثلاثا وأربعين", 43, "cardinal", "امرأة")
add("tens 20-90", "شارك سبعة وتسعون فريقا في البطولة", "سبعة وتسعون", 97, "cardinal", "فريقا")
add("tens 20-90", "فاز واحد وعشرون مرشحا بالمقاعد", "واحد وعشرون", 21, "cardinal", "مرشحا")

# The hundreds, in both spellings (مئة and مائة), and the dual and construct forms of 200.
HUNDREDS = [("مئة", "مائة"), ("مئتا", "مائتا"), ("ثلاثمئة", "ثلاثمائة"), ("أربعمئة", "أربعمائة"),
            ("خمسمئة", "خمسمائة"), ("ستمئة", "ستمائة"), ("سبعمئة", "سبعمائة"), ("ثمانمئة", "ثمانمائة"),
            ("تسعمئة", "تسعمائة")]
for v, (a, b) in zip(range(100, 1000, 100), HUNDREDS, strict=True):
    add("hundreds 100-900", f"دمر القصف {a} منزل في البلدة", a, v, "cardinal", "منزل")
    add("hundreds 100-900", f"دمر القصف {b} منزل في البلدة", b, v, "cardinal", "منزل")
for w in ("مئتي", "مائتي", "مئتان", "مائتين"):
    add("hundreds 100-900", f"أرسلت الحكومة {w} شاحنة إلى الحدود", w, 200, "cardinal", "شاحنة")
add("hundreds 100-900", "بنت الشركة ثلاث مئة شقة", "ثلاث مئة", 300, "cardinal", "شقة")
add("hundreds 100-900", "قتل أربعمئة واثنا عشر مدنيا", "أربعمئة واثنا عشر", 412, "cardinal", "مدنيا")
add("hundreds 100-900", "وصل مئة وخمسة وعشرون لاجئا", "مئة وخمسة وعشرون", 125, "cardinal", "لاجئا")
add("hundreds 100-900", "سجلت الوزارة ثلاثمائة وخمسين إصابة", "ثلاثمائة وخمسين", 350, "cardinal", "إصابة")

# Scale words 10^3, 10^6, 10^9, 10^12: singular, accusative, dual (nominative, oblique,
# construct) and plural after 3-10, and compounds.
SCALES = [
    (1e3, "ألف", "ألفان", "ألفين", "ألفي", "آلاف"),
    (1e6, "مليون", "مليونان", "مليونين", "مليوني", "ملايين"),
    (1e9, "مليار", "ملياران", "مليارين", "ملياري", "مليارات"),
    (1e12, "تريليون", "تريليونان", "تريليونين", "تريليوني", "تريليونات"),
]
for scale, one, dual_nom, dual_obl, dual_cons, plural in SCALES:
    add("scale words", f"شارك {one} متظاهر في المسيرة", one, scale, "cardinal", "متظاهر")
    add("scale words", f"شارك {dual_nom} متظاهر في المسيرة", dual_nom, 2 * scale, "cardinal", "متظاهر")
    add("scale words", f"استقبلت المخيمات {dual_obl} لاجئ", dual_obl, 2 * scale, "cardinal", "لاجئ")
    add("scale words", f"سجل الإحصاء {dual_cons} نسمة في المنطقة", dual_cons, 2 * scale, "cardinal", "نسمة")
    add("scale words", f"نزح ثلاثة {plural} شخص عن بيوتهم", f"ثلاثة {plural}", 3 * scale, "cardinal", "شخص")
    add("scale words", f"نزح عشرة {plural} شخص عن بيوتهم", f"عشرة {plural}", 10 * scale, "cardinal", "شخص")
add("scale words", "عاد خمسة عشر ألفا إلى قراهم", "خمسة عشر ألفا", 15000, "cardinal")
add("scale words", "عبر عشرون مليونا الحدود", "عشرون مليونا", 20_000_000, "cardinal")
add("scale words", "فر مئة ألف شخص من القتال", "مئة ألف", 100_000, "cardinal", "شخص")
add("scale words", "فر مئتا ألف شخص من القتال", "مئتا ألف", 200_000, "cardinal", "شخص")
add("scale words", "فر ثلاثمئة ألف شخص من القتال", "ثلاثمئة ألف", 300_000, "cardinal", "شخص")
add("scale words", "سجلت البلدية ألفا ومئتي ولادة", "ألفا ومئتي", 1200, "cardinal", "ولادة")
add("scale words", "يسكن المدينة مليون وخمسمئة ألف نسمة", "مليون وخمسمئة ألف", 1_500_000, "cardinal", "نسمة")
add("scale words", "يسكن المدينة مليونان ونصف نسمة", "مليونان ونصف", 2_500_000, "cardinal", "نسمة")
add("scale words", "استوردت البلاد مليون ونصف طن من القمح", "مليون ونصف", 1_500_000, "quantity", "طن")
add("scale words", "عاد ثلاثة آلاف وخمسمئة لاجئ", "ثلاثة آلاف وخمسمئة", 3500, "cardinal", "لاجئ")
add("scale words", "يعيش في الإقليم ثلاثمائة وخمسون ألف نسمة", "ثلاثمائة وخمسون ألف", 350_000, "cardinal", "نسمة")

# Digits before scale words, in both scripts.
DIGITS_SCALE = [("12 مليون", 12e6), ("2.5 مليار", 2.5e9), ("750 ألف", 750e3), ("1.2 مليون", 1.2e6),
                ("6200 ألف", 6.2e6), ("3 ملايين", 3e6), ("4 مليارات", 4e9), ("١٢ مليون", 12e6),
                ("٢٫٥ مليار", 2.5e9), ("40 ألفا", 40e3), ("3 ملايين و200 ألف", 3.2e6), ("1.5 تريليون", 1.5e12)]
for surface, value in DIGITS_SCALE:
    add("digits with scale words", f"يسكن المنطقة {surface} نسمة بحسب الإحصاء", surface, value, "cardinal", "نسمة")

# ---------------------------------------------------------------- digits, fractions, ordinals

for surface, value in [("1,250", 1250), ("٣٫٥", 3.5), ("١٢٬٥٠٠", 12500), ("٤١٢", 412), ("12.5", 12.5),
                       ("۴۱۲", 412), ("1,000,000", 1e6)]:
    add("digits, both scripts", f"سجل المرصد {surface} إصابة جديدة", surface, value, "cardinal", "إصابة")

add("fractions", "دمر القصف نصف مساحة المدينة", "نصف", 0.5, "fraction", "مساحة")
add("fractions", "يعيش ثلث سكان البلاد في العاصمة", "ثلث", 1 / 3, "fraction", "سكان")
add("fractions", "فقد ربع العمال وظائفهم", "ربع", 0.25, "fraction", "العمال")
add("fractions", "صوت ثلثا الأعضاء لصالح القرار", "ثلثا", 2 / 3, "fraction", "الأعضاء")
add("fractions", "وافق ثلاثة أرباع النواب على القانون", "ثلاثة أرباع", 0.75, "fraction", "النواب")
add("fractions", "انخفض الإنتاج إلى النصف هذا العام", "النصف", 0.5, "fraction")
add("fractions", "نزح نصف مليون شخص عن بيوتهم", "نصف مليون", 500_000, "cardinal", "شخص")
add("fractions", "بلغ العجز ربع مليار في العام الماضي", "ربع مليار", 250_000_000, "cardinal")

# Ordinals 1-10, masculine and feminine, then compounds and the tens.
ORD_MASC = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
ORD_FEM = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
           "العاشرة"]
for v, (m, f) in enumerate(zip(ORD_MASC, ORD_FEM, strict=True), start=1):
    add("ordinals 1-10", f"انتهى الفصل {m} من الرواية", m, v, "ordinal")
    add("ordinals 1-10", f"بدأت المرحلة {f} من الخطة", f, v, "ordinal")
add("ordinals 1-10", "زار الرئيس المدينة لأول مرة", "أول", 1, "ordinal", "مرة")
add("ordinals 1-10", "أصبحت ثاني أكبر مدينة في البلاد", "ثاني", 2, "ordinal", "مدينة")
COMPOUND_ORDINALS = [("الحادي عشر", 11), ("الحادية عشرة", 11), ("الثاني عشر", 12), ("الثانية عشرة", 12),
                     ("الثالث عشر", 13), ("الخامسة عشرة", 15), ("السابع عشر", 17), ("التاسعة عشرة", 19),
                     ("الحادي والعشرين", 21), ("الخامس والثلاثين", 35), ("السابعة والستين", 67)]
for surface, v in COMPOUND_ORDINALS:
    add("ordinals: compounds and tens", f"انطلقت الدورة {surface} للمهرجان", surface, v, "ordinal")
TENS_ORDINALS = [("القرن", "العشرين", 20), ("الذكرى", "الثلاثين", 30), ("الدورة", "الأربعين", 40),
                 ("الذكرى", "الخمسين", 50), ("الدورة", "الستين", 60), ("الذكرى", "السبعين", 70),
                 ("الدورة", "الثمانين", 80), ("الذكرى", "التسعين", 90)]
for noun, surface, v in TENS_ORDINALS:
    add("ordinals: compounds and tens", f"احتفلت المدينة في {noun} {surface} للاستقلال", surface, v, "ordinal")
add("ordinals: compounds and tens", "أقيمت الدورة ال41 للمهرجان", "ال41", 41, "ordinal")

# ---------------------------------------------------------------- kinds from context

for surface, span, value in [("80%", "80", 80), ("80 ٪", "80", 80), ("٣٠٪", "٣٠", 30), ("5 في المئة", "5", 5),
                             ("5 في المائة", "5", 5), ("12 بالمئة", "12", 12), ("12 بالمائة", "12", 12),
                             ("2.5%", "2.5", 2.5), ("ثلاثين في المئة", "ثلاثين", 30)]:
    add("percent", f"ارتفعت الأسعار {surface} خلال العام", span, value, "percent")

MONEY = [("40 مليون دولار", "40 مليون", 40e6, "دولار"), ("500 دولار", "500", 500, "دولار"),
         ("70 دولارا", "70", 70, "دولارا"), ("ثلاثة آلاف دولار", "ثلاثة آلاف", 3000, "دولار"),
         ("عشرة آلاف ليرة", "عشرة آلاف", 10000, "ليرة"), ("19 مليار يورو", "19 مليار", 19e9, "يورو"),
         ("مئة جنيه", "مئة", 100, "جنيه"), ("خمسين ريالا", "خمسين", 50, "ريالا"),
         ("200 درهم", "200", 200, "درهم"), ("مليار دولار", "مليار", 1e9, "دولار"),
         ("نصف مليار دولار", "نصف مليار", 5e8, "دولار"), ("1.5 مليون دينار", "1.5 مليون", 1.5e6, "دينار"),
         ("300 شيكل", "300", 300, "شيكل"), ("٢٫٥ مليار دولار", "٢٫٥ مليار", 2.5e9, "دولار")]
for surface, span, value, currency in MONEY:
    add("money", f"خصصت الحكومة {surface} للمشروع", span, value, "money", currency)

QUANTITY = [("5 أطنان", "5", 5, "أطنان"), ("2.4 مليون برميل", "2.4 مليون", 2.4e6, "برميل"),
            ("30 كيلومترا", "30", 30, "كيلومترا"), ("20 كم", "20", 20, "كم"), ("100 متر", "100", 100, "متر"),
            ("3.8 كيلوغرامات", "3.8", 3.8, "كيلوغرامات"), ("40 درجة", "40", 40, "درجة"),
            ("500 ميغاواط", "500", 500, "ميغاواط"), ("10 هكتارات", "10", 10, "هكتارات"),
            ("200 دونم", "200", 200, "دونم"), ("خمسين لترا", "خمسين", 50, "لترا"),
            ("1000 متر مكعب", "1000", 1000, "متر مكعب")]
for surface, span, value, unit in QUANTITY:
    add("quantity", f"نقلت الشاحنات {surface} أمس", span, value, "quantity", unit)
# Durations stay cardinals with their counted noun.
add("quantity", "استمر الحصار ثلاث سنوات", "ثلاث", 3, "cardinal", "سنوات")
add("quantity", "توقفت المباراة 30 دقيقة", "30", 30, "cardinal", "دقيقة")

for sentence, span, value in [("اندلعت الحرب عام 2011", "2011", 2011), ("وقعت الأزمة في العام 2012", "2012", 2012),
                              ("صدر القانون لعام 2013 أمس", "2013", 2013), ("ولد الشاعر في سنة 1921", "1921", 1921),
                              ("وقع الزلزال في 2 ديسمبر 2014", "2014", 2014), ("بدأت الاحتجاجات في مارس 2011", "2011", 2011),
                              ("تراجعت الصادرات منذ 2015، بحسب التقرير", "2015", 2015),
                              ("أعلن الاكتشاف في سنة 2005 م", "2005", 2005), ("سجلت الحالة في أيلول / سبتمبر 2012", "2012", 2012),
                              ("ولد الكاتب في 15/3/1980 في دمشق", "1980", 1980)]:
    add("year", sentence, span, value, "year")

for sentence, span, value in [("وصل القطار الساعة 4:10", "4:10", 250), ("بدأ الاجتماع الساعة 10", "10", 600),
                              ("بدأ الاجتماع الساعة العاشرة", "العاشرة", 600), ("انطلقت الرحلة الساعة 07:00", "07:00", 420),
                              ("انتهى الحفل الساعة الرابعة والنصف", "الرابعة والنصف", 270),
                              ("يبدأ العرض الثامنة مساء", "الثامنة مساء", 1200), ("أقلعت الطائرة الساعة 4:10 مساء", "4:10 مساء", 970),
                              ("توقف القصف الساعة الثانية عشرة", "الثانية عشرة", 720)]:
    add("time", sentence, span, value, "time")

add("ranges", "ارتفعت الأسعار بين 3.8 و7.5 في المئة", "3.8", 3.8, "percent")
add("ranges", "ارتفعت الأسعار بين 3.8 و7.5 في المئة", "7.5", 7.5, "percent")
add("ranges", "تراوح السعر من 45 إلى 47 دولارا", "45", 45, "money", "دولارا")
add("ranges", "تراوح السعر من 45 إلى 47 دولارا", "47", 47, "money", "دولارا")
add("ranges", "تراوحت النسبة 50-70% في المدن", "50", 50, "percent")
add("ranges", "تراوحت النسبة 50-70% في المدن", "70", 70, "percent")
add("ranges", "تضاعف العدد بين عامي 2012 و2013", "2012", 2012, "year")
add("ranges", "تضاعف العدد بين عامي 2012 و2013", "2013", 2013, "year")
add("ranges", "نقلت السفن من 3 إلى 5 أطنان", "3", 3, "quantity", "أطنان")
add("ranges", "نقلت السفن من 3 إلى 5 أطنان", "5", 5, "quantity", "أطنان")

# ---------------------------------------------------------------- qualifiers, duals, plurals

QUALIFIED = [("قتل أكثر من 410 أشخاص", "410", 410, "أشخاص", "more_than"),
             ("سقط 412 قتيلا على الأقل", "412", 412, "قتيلا", "at_least"),
             ("أصيب نحو خمسين شخصا", "خمسين", 50, "شخصا", "approximately"),
             ("نزح حوالي 15 ألف شخص", "15 ألف", 15000, "شخص", "approximately"),
             ("فر قرابة مليون شخص", "مليون", 1e6, "شخص", "approximately"),
             ("جرح ما يزيد على مئتي شخص", "مئتي", 200, "شخص", "more_than"),
             ("قتل ما يقارب ثلاثين جنديا", "ثلاثين", 30, "جنديا", "approximately"),
             ("وصل زهاء ألفي لاجئ", "ألفي", 2000, "لاجئ", "approximately"),
             ("اعتقل أقل من عشرة أشخاص", "عشرة", 10, "أشخاص", "less_than"),
             ("أغلقت 80% تقريبا من الأنفاق", "80", 80, None, "approximately"),
             ("حضر عشرون ونيف شخصا", "عشرون", 20, "شخصا", "more_than")]
for sentence, span, value, counted, qualifier in QUALIFIED:
    kind = "percent" if "%" in sentence else "cardinal"
    add("qualifiers", sentence, span, value, kind, counted, qualifier)

for sentence, span, counted in [("قتل طفلان في القصف", "طفلان", "طفلان"), ("استمر الحصار ساعتين", "ساعتين", "ساعتين"),
                                ("سجل اللاعب هدفين", "هدفين", "هدفين"), ("وقعت الدولتان الاتفاق", "الدولتان", "الدولتان")]:
    add("duals", sentence, span, 2, "cardinal", counted)

for sentence, span, value, counted in [("دمر القصف عشرات المنازل", "عشرات", 30, "المنازل"),
                                       ("تظاهر مئات الطلاب", "مئات", 300, "الطلاب"),
                                       ("فر آلاف السكان", "آلاف", 3000, "السكان"),
                                       ("نزح عشرات الآلاف من السكان", "عشرات الآلاف", 30000, None),
                                       ("شاهد ملايين المشجعين المباراة", "ملايين", 3e6, "المشجعين")]:
    add("plurals of tens, hundreds, thousands", sentence, span, value, "cardinal", counted, "at_least")

# ---------------------------------------------------------------- what is no number

for sentence, span in [("فاز في سباق فورمولا 1 أمس", "1"), ("وقع الزلزال في 2 ديسمبر 2014", "2"),
                       ("بدأت المحادثات في 15 يناير", "15"), ("استقل البلد في التاسع من يوليو", "التاسع"),
                       ("عقد الاجتماع في كانون الثاني", "الثاني"), ("كان الفقر أحد الأسباب", "أحد"),
                       ("تنتهي المهلة يوم الاثنين", "الاثنين"), ("صدر المرسوم رقم 38 أمس", "38"),
                       ("تفشى فيروس كوفيد-19 في المدينة", "19"), ("جرت الانتخابات من 20 حتى 29 يونيو", "20"),
                       ("ولد الكاتب في 15/3/1980 في دمشق", "15")]:
    add("not numbers", sentence, span, None)
