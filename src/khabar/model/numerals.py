"""Reading Arabic numerals as values, finding the number phrases of a text, and writing values as people read them.

`read_number(surface, kind)` reads one annotated numeral (the validator compares a number's
value with it); `find_numbers(text)` proposes the numbers layer of a text (what `khabar suggest`
writes) following annotations/GUIDELINES.md §2; `format_value` writes a value for people
("1,000,000", "0.5", "4:10").

The reader knows the number system of Modern Standard Arabic as news writes it: digits in both
scripts with their separators ("1,250", "٣٫٥", "١٢٬٥٠٠"), digits with scale words ("2.5 مليار",
"750 ألف"), cardinal words with their case and spelling variants (hamza forms, ta marbuta and
ha, alif maqsura, مائة/مئة, مئتا/مئتي/مائتي, accusative ألفا), duals of nouns and of scale words
("طفلان", "مليوني", "ألفين"), fractions, alone ("نصف") or of a scale ("نصف مليون" = 500,000),
ordinals simple, compound and tens ("الحادي عشر", "الخامسة عشرة", "العشرين", "الخامس والثلاثين"),
the plurals of tens, hundreds and thousands ("عشرات" -> 30, at least) and clock times ("4:10",
"العاشرة صباحا"). `find_numbers` adds what the words around a numeral say: its kind (percent
after "%" or "في المئة", money before a currency, quantity before a unit of measure, year after
"عام" or in a date, time after "الساعة"), its qualifier ("أكثر من", "نحو", "على الأقل", ...), its
counted noun, ranges ("بين 3.8 و7.5 في المئة": both endpoints percent), and what is not a number
(the day of a date, "فورمولا 1").

`pyarabic.number` supplies the cardinal lexicon (`number_const.NUMBER_WORDS`); its `text2number`
is not used, because it skips the words it does not know (so "ألفا ومئتي" reads as 1000) and
knows only the hamza spellings. The composition of a phrase is written here.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from khabar.model.labels import PROCLITICS

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_D = "0-9٠-٩۰-۹"
# Digits in either script: thousands groups after "," or "٬", a decimal part after "." or "٫";
# a comma followed by one, two or four and more digits is a decimal comma ("2,5 مليار").
DIGITS_RE = re.compile(rf"[{_D}]+(?:(?:[,٬][{_D}]{{3}})+(?![{_D}])(?:[.٫][{_D}]+)?|[.٫][{_D}]+|,[{_D}]{{1,2}}|,[{_D}]{{4,}})?")


class Reading(NamedTuple):
    value: float
    kind: str  # cardinal, ordinal, fraction or time (year, percent, money and quantity come from context)


def _norm(word: str) -> str:
    """Spelling variants folded: hamza forms of alif, alif maqsura, ta marbuta; diacritics and tatweel removed."""
    word = re.sub("[\u064B-\u0652\u0670\u0640]", "", word)
    return word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ٱ", "ا") \
        .replace("ى", "ي").replace("ة", "ه")


def digits_value(surface: str) -> float | None:
    """The number written in digits (Western or Eastern Arabic, separators allowed), if the surface is one.

    >>> digits_value("٤١٢"), digits_value("1,200"), digits_value("٣٫٥"), digits_value("خمسة")
    (412.0, 1200.0, 3.5, None)
    """
    s = surface.strip()
    if not DIGITS_RE.fullmatch(s):
        return None
    plain = s.translate(_DIGITS).replace("٬", "").replace("٫", ".")
    if re.search(r",\d{3}(?!\d)", plain) and not re.search(r",\d{4}", plain):
        plain = plain.replace(",", "")
    else:
        plain = plain.replace(",", ".")
    value = float(plain)
    # A run of hundreds of digits is no quantity a news sentence states (and no JSON number):
    # not read, rather than read as infinity.
    return value if math.isfinite(value) else None


# ---------------------------------------------------------------- the lexicon

class Word(NamedTuple):
    value: float
    role: str  # unit (0-9), teen (10, "عشر"), ten (20-90), hundred, scale, dual (a scale's dual), fraction, parts


_SCALES = {"الف": 1e3, "مليون": 1e6, "مليار": 1e9, "بليون": 1e9, "تريليون": 1e12}


@lru_cache(maxsize=1)
def cardinal_words() -> dict[str, Word]:
    """Every cardinal word form (normalized spelling) with its value and role in a phrase."""
    from pyarabic.number_const import NUMBER_WORDS

    out: dict[str, Word] = {}
    for word, value in NUMBER_WORDS.items():
        w = _norm(word)
        if value >= 1000:
            base = value if value in _SCALES.values() else value / 2
            out[w] = Word(float(value), "scale" if base == value else "dual")
        elif value >= 100:
            out[w] = Word(float(value), "hundred")
        elif value >= 20:
            out[w] = Word(float(value), "ten")
        elif value == 10:
            out[w] = Word(10.0, "teen")
        else:
            out[w] = Word(float(value), "unit")
    # What pyarabic lacks: feminine and construct forms of two, the construct and alif spellings
    # of two hundred, accusative and construct scale words, the trillion and the billion.
    for w in ("اثنتان", "اثنتين", "اثنتا", "اثنتي", "ثنتان", "ثنتين"):
        out[w] = Word(2.0, "unit")
    out["ثمانيا"] = Word(8.0, "unit")
    for w in ("مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي"):
        out[w] = Word(200.0, "hundred")
    for w in ("ثمانيمئه", "ثمانيمائه"):
        out[w] = Word(800.0, "hundred")
    for stem, value in _SCALES.items():
        plural = {"الف": "الاف", "مليون": "ملايين", "مليار": "مليارات", "بليون": "بلايين",
                  "تريليون": "تريليونات"}[stem]
        for w in (stem, stem + "ا", plural):
            out[w] = Word(value, "scale")
        for w in (stem + "ان", stem + "ين", stem + "ي"):
            out[w] = Word(2 * value, "dual")
    out["الوف"] = Word(1e3, "scale")
    out["الفا"] = Word(1e3, "scale")  # accusative singular ("ألفا ومئتي"), far commoner than the dual construct
    for w, v in FRACTION_WORDS.items():
        out[w] = Word(v, "fraction")
    for w, v in (("ارباع", 0.25), ("اخماس", 0.2), ("اعشار", 0.1), ("اثلاث", 1 / 3)):
        out[w] = Word(v, "parts")
    return out


# Fractions; "خمس" (five or a fifth) and "عشر" (ten or a tenth) are read as the cardinals news copy
# mostly means, "ثمن" (an eighth or a price) not at all.
FRACTION_WORDS: dict[str, float] = {"نصف": 0.5, "ثلث": 1 / 3, "ربع": 0.25, "ثلثا": 2 / 3, "ثلثي": 2 / 3,
                                    "سدس": 1 / 6}
FRACTIONS = FRACTION_WORDS | {"ال" + k: v for k, v in FRACTION_WORDS.items()}

# Ordinals 1-10, masculine and feminine; "حادي" only opens a compound ("الحادي عشر").
_ORDINAL_STEMS = {
    1: ("اول", "اولي"), 2: ("ثاني", "ثانيه", "ثان"), 3: ("ثالث", "ثالثه"), 4: ("رابع", "رابعه"),
    5: ("خامس", "خامسه"), 6: ("سادس", "سادسه"), 7: ("سابع", "سابعه"), 8: ("ثامن", "ثامنه"),
    9: ("تاسع", "تاسعه"), 10: ("عاشر", "عاشره"),
}
ORDINALS = {f: v for v, forms in _ORDINAL_STEMS.items() for f in forms}
ORDINALS |= {"ال" + f: v for f, v in list(ORDINALS.items())}
# The units that open a compound ordinal (11-19 with عشر/عشرة, 21-99 with و + the tens).
_COMPOUND_UNITS = {k: v for k, v in ORDINALS.items() if v <= 9 and k not in ("اول", "اولي", "الاول", "الاولي")}
_COMPOUND_UNITS |= {"حادي": 1, "حاديه": 1, "الحادي": 1, "الحاديه": 1}
# Hours of the clock: feminine ordinals after "الساعة" ("الواحدة" is the hour one).
_HOURS = {k: v for k, v in ORDINALS.items() if k.startswith("ال") and k.endswith("ه")} | {"الواحده": 1}
_DAY_PARTS = {"صباحا": "am", "فجرا": "am", "ظهرا": "noon", "عصرا": "pm", "مساء": "pm", "مساءا": "pm",
              "ليلا": "night"}
_MINUTES_AFTER = {"والنصف": 30, "والربع": 15, "والثلث": 20}

# Plurals of tens, hundreds, thousands: the least value the plural allows (GUIDELINES §2 decision 1).
VAGUE_PLURALS = {"عشرات": 30, "مئات": 300, "الاف": 3000, "الوف": 3000, "ملايين": 3_000_000,
                 "مليارات": 3_000_000_000, "العشرات": 30, "المئات": 300, "الالاف": 3000,
                 "الملايين": 3_000_000, "عشرات الالاف": 30000, "مئات الالاف": 300000,
                 "عشرات الملايين": 30_000_000, "مئات الملايين": 300_000_000, "عشرات المليارات": 30_000_000_000}
# Nouns whose dual is unambiguous (their plural is broken, so -ين cannot be a sound plural).
DUAL_NOUNS = {
    "يوم", "طفل", "شخص", "شهر", "عام", "سنه", "ساعه", "مره", "اسبوع", "دوله", "مدينه", "قريه",
    "رجل", "امراه", "جندي", "طفله", "عنصر", "صاروخ", "طائره", "حزب", "بلد", "جانب", "طرف", "شقيق",
    "قتيل", "جريح", "ضابط", "حي", "بلده", "معبر", "مستشفي", "منزل", "ليله", "دقيقه", "هدف", "مباراه",
    "نقطه", "شوط", "فريق", "مقعد", "وزير", "ولايه", "محافظه", "سفينه", "سياره", "عقد",
    "قرن", "ضعف", "مرحله", "جوله",
}
DUAL_SUFFIXES = ("ان", "ين", "تان", "تين")
# Stems whose -ان form is also a broken plural ("بلدان" countries): only their -ين dual is read.
_AN_IS_PLURAL = {"بلد"}


def _dual_stem(word: str) -> str | None:
    w = _norm(word)
    if w.startswith("ال"):
        w = w[2:]
    for suf in DUAL_SUFFIXES:
        if w.endswith(suf):
            stem = w[: -len(suf)]
            if suf == "ان" and stem in _AN_IS_PLURAL:
                return None
            if stem in DUAL_NOUNS or (suf in ("تان", "تين") and stem + "ه" in DUAL_NOUNS):
                return stem
    return None


# ---------------------------------------------------------------- composing a phrase

class Item(NamedTuple):
    word: str  # normalized, without the conjunction
    waw: bool  # joined to the previous item by و
    digits: float | None  # the value of a digit token


# Items joined without و: a unit and عشر ("ثلاثة عشر"), a unit and مئة ("ثلاث مئة"), any number
# and a scale ("ثلاثة آلاف", "2.5 مليار", "نصف مليون"), a unit and the plural of a fraction
# ("ثلاثة أرباع"), a scale and a larger one ("ألف مليون").
_BARE_JOINS = {("unit", "teen"), ("unit", "hundred"), ("unit", "parts")} | {
    (a, "scale") for a in ("unit", "teen", "ten", "hundred", "digits", "fraction", "scale", "parts")}
# Items joined by و: the tens after a unit ("خمسة وعشرون"), anything after a hundred or a scale,
# a half after a whole ("ثلاثة ونصف", "مليونين ونصف").
_WAW_JOINS = {("unit", "ten"), ("unit", "fraction"), ("ten", "fraction"), ("teen", "fraction"),
              ("digits", "fraction"), ("hundred", "unit"), ("hundred", "teen"), ("hundred", "ten"),
              ("hundred", "fraction")} | {
    (a, b) for a in ("scale", "dual") for b in ("unit", "teen", "ten", "hundred", "digits", "dual", "fraction")}


def compose(items: list[Item]) -> Reading | None:
    """The value of a cardinal phrase (number words, digits before scale words), or None when
    the items do not make one.

    >>> compose([Item("الفا", False, None), Item("مئتي", True, None)])
    Reading(value=1200.0, kind='cardinal')
    """
    lex = cardinal_words()
    total, group, last_scale = 0.0, 0.0, math.inf
    prev: str | None = None
    has_fraction = has_scale = False
    for k, it in enumerate(items):
        if it.digits is not None:
            role, v = "digits", it.digits
        else:
            w = lex.get(it.word)
            if w is None:
                return None
            role, v = w.role, w.value
        if k:
            if (prev, role) not in (_WAW_JOINS if it.waw else _BARE_JOINS):
                return None
        if role in ("fraction", "parts"):
            has_fraction = True
        elif role in ("scale", "dual"):
            has_scale = True
        if role == "digits":
            group = v
        elif role in ("unit", "ten", "teen"):
            group += v
        elif role == "hundred":
            if prev == "unit" and not it.waw:
                if v != 100 or not 3 <= group <= 9:
                    return None
                group *= 100
            else:
                group += v
        elif role == "parts":
            group *= v
        elif role == "fraction":
            if k == 0:
                group = v
            elif prev in ("scale", "dual"):
                if group:
                    return None
                total += v * last_scale
            else:
                group += v
        elif role == "scale":
            plural = it.word in ("الاف", "الوف", "ملايين", "مليارات", "بلايين", "تريليونات")
            if prev == "scale" and not it.waw:
                if v <= last_scale or not total:
                    return None
                total *= v  # "ألف مليون"
            else:
                if plural and not (prev == "digits" or 3 <= group <= 10):
                    return None
                if v >= last_scale:
                    return None
                total += (group or 1) * v
            group, last_scale = 0.0, v
        elif role == "dual":
            if group or v / 2 >= last_scale:
                return None
            total += v
            last_scale = v / 2
        prev = role
    # Digits after و stand only before a scale word ("3 ملايين و200 ألف"): "3 آلاف و200 جريح" is two numbers.
    if prev == "digits" and len(items) > 1 and items[-1].waw:
        return None
    value = total + group
    # "ثلاثة أرباع" (0.75) is a fraction; "ثلاثة ونصف" (3.5) and "نصف مليون" are cardinals.
    return Reading(value, "fraction" if has_fraction and not has_scale and value < 1 else "cardinal")


def _items(surface: str) -> list[Item]:
    """A surface's words as items (a و on a later word is the conjunction)."""
    lex = cardinal_words()
    out = []
    for k, raw in enumerate(surface.split()):
        d = digits_value(raw)
        if d is not None:
            out.append(Item("", False, d))
            continue
        if k and raw.startswith("و") and len(raw) > 1:
            d = digits_value(raw[1:])
            if d is not None:
                out.append(Item("", True, d))
                continue
        w = _norm(raw)
        if k and w.startswith("و") and w[1:] in lex:
            out.append(Item(w[1:], True, None))
        else:
            out.append(Item(w, False, None))
    return out


def _ordinal_words(words: list[str]) -> float | None:
    """The value of an ordinal phrase (normalized words): "الحادي عشر" 11, "الخامس والثلاثين" 35,
    "العشرين" 20, "ال41" 41."""
    lex = cardinal_words()
    if len(words) == 1:
        w = words[0]
        if w in ORDINALS:
            return float(ORDINALS[w])
        if w.startswith("ال") and lex.get(w[2:], Word(0, "")).role == "ten":
            return lex[w[2:]].value
        if w.startswith("ال") and re.fullmatch(r"\d+", w[2:].translate(_DIGITS)):
            return float(w[2:].translate(_DIGITS))
        return None
    if len(words) == 2 and words[0] in _COMPOUND_UNITS:
        unit, second = _COMPOUND_UNITS[words[0]], words[1]
        if second in ("عشر", "عشره"):
            return float(10 + unit)
        if second.startswith("و"):
            ten = second[1:]
            ten = ten[2:] if ten.startswith("ال") else ten
            if lex.get(ten, Word(0, "")).role == "ten":
                return lex[ten].value + unit
    return None


def _clock(surface: str) -> float | None:
    """Minutes after midnight of a clock reading: "4:10", "10", "العاشرة", "الرابعة والنصف", "الثامنة مساء"."""
    words = surface.split()
    if not words:
        return None
    shift = None
    if len(words) > 1 and _norm(words[-1]) in _DAY_PARTS:
        shift = _DAY_PARTS[_norm(words[-1])]
        words = words[:-1]
    m = re.fullmatch(r"([0-9]{1,2}):([0-9]{2})", " ".join(words).translate(_DIGITS))
    minutes = 0
    if m:
        hour, minutes = int(m.group(1)), int(m.group(2))
    else:
        norm = [_norm(w) for w in words]
        if norm and norm[-1] in _MINUTES_AFTER:
            minutes = _MINUTES_AFTER[norm[-1]]
            norm = norm[:-1]
        d = digits_value(" ".join(norm)) if len(norm) == 1 else None
        if d is not None and d == int(d):
            hour = int(d)
        elif len(norm) == 1 and norm[0] in _HOURS:
            hour = _HOURS[norm[0]]
        elif len(norm) == 2 and norm[0] in ("الحاديه", "الثانيه") and norm[1] == "عشره":
            hour = 11 if norm[0] == "الحاديه" else 12
        else:
            return None
    if hour > 24 or minutes > 59:
        return None
    if shift in ("pm",) and hour < 12:
        hour += 12
    elif shift == "noon" and hour < 6:
        hour += 12
    elif shift == "am" and hour == 12:
        hour = 0
    elif shift == "night":
        hour = 0 if hour == 12 else hour + 12 if 6 <= hour < 12 else hour
    return float(hour % 24 * 60 + minutes)


def read_number(surface: str, kind: str | None = None) -> Reading | None:
    """What a numeral's surface reads as, or None when it is not one this module can read.

    `kind` is the annotated kind when there is one: a "time" is read as a clock ("10" -> 600).

    >>> read_number("خمسين"), read_number("12 مليون"), read_number("نصف مليون")
    (Reading(value=50.0, kind='cardinal'), Reading(value=12000000.0, kind='cardinal'), Reading(value=500000.0, kind='cardinal'))
    >>> read_number("الحادي عشر"), read_number("نصف"), read_number("4:10")
    (Reading(value=11.0, kind='ordinal'), Reading(value=0.5, kind='fraction'), Reading(value=250.0, kind='time'))
    """
    s = " ".join(surface.split())
    if not s or len(s) > 200:
        return None
    if kind == "time" or re.fullmatch(r"[0-9٠-٩۰-۹]{1,2}:[0-9٠-٩۰-۹]{2}(?: \S+)?", s):
        t = _clock(s)
        if t is not None:
            return Reading(t, "time")
        if kind != "time":
            return None
    d = digits_value(s)
    if d is not None:
        return Reading(d, "cardinal")
    words = [_norm(w) for w in s.split()]
    n = " ".join(words)
    if n in VAGUE_PLURALS:
        return Reading(float(VAGUE_PLURALS[n]), "cardinal")
    o = _ordinal_words(words)
    if o is not None:
        return Reading(o, "ordinal")
    if n in FRACTIONS:
        return Reading(FRACTIONS[n], "fraction")
    if len(words) == 1 and _dual_stem(s):
        return Reading(2.0, "cardinal")
    items = _items(s)
    return compose(items) if items else None


def format_value(value: object, kind: str | None = None) -> str:
    """A number's value as people read it: thousands separated from five digits on (a year or
    "1250" stays as written), decimals without trailing zeros, a time as hours:minutes.

    >>> format_value(1_000_000), format_value(2.5e9), format_value(0.5), format_value(2011), format_value(250, "time")
    ('1,000,000', '2,500,000,000', '0.5', '2011', '4:10')
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    v = float(value)
    if not math.isfinite(v):
        return str(value)
    if kind == "time" and v == int(v) and 0 <= v < 24 * 60:
        return f"{int(v) // 60}:{int(v) % 60:02d}"
    if abs(v) >= 1e21:
        return f"{v:g}"
    sep = "," if abs(v) >= 10000 else ""
    if v == int(v):
        return f"{int(v):{sep}d}"
    out = f"{v:{sep}.6f}".rstrip("0").rstrip(".")
    return out if out not in ("0", "-0") else f"{v:g}"


# ---------------------------------------------------------------- finding numbers in text

class Tok(NamedTuple):
    start: int
    end: int
    text: str

    @property
    def norm(self) -> str:
        return _norm(self.text)


def tokens(text: str, base: int = 0) -> list[Tok]:
    """The text's tokens as `khabar.model.tokens` cuts them (one tokenizer for the corpus: a
    number with inner separators, "1,250" or "2.5", is one token), with their normalised form."""
    from khabar.model.tokens import tokenize

    return [Tok(t.start, t.end, t.text) for t in tokenize(text, base)]


@dataclass
class Found:
    """One number proposed in a text, with document offsets.

    `counted` is the counted noun, or for money the currency word and for a quantity its unit;
    `extra` says where the kind came from (`marker`: the span of "%" or "في المئة"; `range`: the
    other endpoint's offsets).
    """

    start: int
    end: int
    text: str
    value: float
    kind: str
    qualifier: str = "exact"
    qualifier_span: tuple[int, int] | None = None
    counted: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)


# Qualifier words before the numeral (normalized, longest first) and after it (after the counted noun).
QUALIFIERS_BEFORE = sorted([
    (("ما", "لا", "يقل", "عن"), "at_least"), (("لا", "يقل", "عن"), "at_least"),
    (("ما", "يزيد", "عن"), "more_than"), (("ما", "يزيد", "علي"), "more_than"),
    (("ما", "يربو", "علي"), "more_than"), (("ما", "يفوق"), "more_than"), (("ازيد", "من"), "more_than"),
    (("ما", "لا", "يزيد", "عن"), "at_most"), (("ما", "لا", "يزيد", "علي"), "at_most"),
    (("ما", "يقارب"), "approximately"), (("ما", "يناهز"), "approximately"), (("يناهز",), "approximately"),
    (("اكثر", "من"), "more_than"), (("اقل", "من"), "less_than"),
    (("علي", "الاقل"), "at_least"), (("علي", "الاكثر"), "at_most"), (("نحو",), "approximately"),
    (("حوالي",), "approximately"), (("قرابه",), "approximately"), (("زهاء",), "approximately"),
], key=lambda x: -len(x[0]))
QUALIFIERS_AFTER = [(("علي", "الاقل"), "at_least"), (("علي", "الاكثر"), "at_most"),
                    (("او", "اكثر"), "at_least"), (("تقريبا",), "approximately"), (("ونيف",), "more_than")]
MONTHS = {"يناير", "فبراير", "فيفري", "مارس", "ابريل", "افريل", "مايو", "ماي", "يونيو", "يونيه", "جوان",
          "يوليو", "يوليه", "جويليه", "اغسطس", "اغشت", "اوت", "سبتمبر", "شتنبر", "اكتوبر", "نوفمبر", "نونبر",
          "ديسمبر", "دجنبر", "جانفي", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب",
          "ايلول", "تشرين", "محرم", "ربيع", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي"}
# Month names whose second word is an ordinal ("كانون الثاني", "ربيع الأول"): that ordinal is no number.
TWO_WORD_MONTHS = {"كانون", "تشرين", "ربيع", "جمادي"}
# Words before a number that make it a year (any whole number up to 2100) ...
YEAR_CUES = {"عام", "العام", "سنه", "السنه", "عامي", "سنتي", "لعام"} | MONTHS
# ... and words that make a four-digit 1900-2100 one, when no counted noun follows.
WEAK_YEAR_CUES = {"منذ", "في", "قبل", "بعد", "حتي", "خلال", "مطلع", "اوائل", "اواخر", "نهايه", "بدايه",
                  "منتصف", "صيف", "شتاء", "ربيع", "خريف", "موسم", "مونديال", "بين", "من", "الي"}
YEAR_AFTER = {"م", "ميلادي", "ميلاديه", "ه", "هجري", "هجريه"}
PERCENT_AFTER = [("%",), ("٪",), ("في", "المئه"), ("بالمئه",), ("في", "المائه"), ("بالمائه",), ("في", "المايه")]
CURRENCIES = {
    "دولار", "دولارا", "دولارات", "يورو", "ليره", "ليرات", "جنيه", "جنيها", "جنيهات", "استرليني",
    "ريال", "ريالا", "ريالات", "درهم", "درهما", "دراهم", "دينار", "دينارا", "دنانير", "شيكل", "شيكلا",
    "شيقل", "شواكل", "ين", "يوان", "روبيه", "روبيات", "روبل", "روبلا", "فرنك", "فرنكا", "فرنكات",
    "كرونه", "كرون", "بيزو", "تومان", "سنت", "سنتا", "سنتات", "قرش", "قرشا", "فلس", "فلسا", "ليرا",
}
UNITS = {
    "طن", "طنا", "اطنان", "برميل", "برميلا", "براميل", "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم",
    "متر", "مترا", "امتار", "سنتيمتر", "سنتيمترا", "سنتيمترات", "سم", "مليمتر", "مليمترا", "ملم",
    "كيلوغرام", "كيلوغراما", "كيلوغرامات", "كيلوجرام", "كيلوجراما", "كيلوجرامات", "كغ", "كلغ", "كيلو",
    "غرام", "غراما", "غرامات", "جرام", "جراما", "جرامات", "ملغ", "لتر", "لترا", "لترات", "درجه",
    "درجات", "ميغاواط", "ميجاوات", "ميغاوات", "ميجاواط", "كيلوواط", "جيغاواط", "غيغاواط", "واط",
    "هكتار", "هكتارا", "هكتارات", "دونم", "دونما", "دونمات", "فدان", "فدانا", "افدنه", "ميل", "ميلا",
    "اميال", "اوقيه", "اونصه", "قيراط", "ميغابايت", "غيغابايت", "جيجابايت", "تيرابايت", "كيلوبايت",
    "بوصه", "انش", "ميغاهرتز", "غيغاهرتز", "جيجاهرتز", "ميغابكسل", "كيلومترمربع",
}
UNIT_ADJECTIVES = {"مربع", "مربعا", "مكعب", "مكعبا", "مئويه"}
# Words after a numeral that are not what it counts (prepositions, particles, superlatives).
NOT_COUNTED = {"من", "في", "علي", "الي", "عن", "منذ", "بين", "بينهم", "منهم", "او", "و", "ثم", "حتي",
               "قد", "لا", "لم", "كبري", "اكبر", "اخر", "الاقل", "الاكثر", "تقريبا", "عام", "العام", "اي",
               "الذي", "التي", "الذين", "هو", "هي", "ان", "كان", "كانت", "فقط", "امس", "اليوم", "ايضا",
               "منهن", "منها", "منه", "منهما", "هذا", "هذه", "ذلك", "تلك", "هؤلاء"}
SKIP_BEFORE_COUNTED = {"كبري", "اكبر", "اكثر", "اهم", "ابرز"}
# Words after which digits are part of a name ("فورمولا 1", "بوينغ 737", "المرسوم رقم 38").
NAME_BEFORE = {"فورمولا", "بوينغ", "بوينج", "ايرباص", "ميغ", "سوخوي", "ابولو", "سويوز", "رقم"}
# Words that read as numbers alone but mostly mean something else: "أحد" (one of, someone),
# "إحدى" (one of); they are numbers inside a compound ("أحد عشر", "إحدى وعشرين").
NOT_ALONE = {"احد", "احدي"}


def _is_word(t: Tok) -> bool:
    return bool(re.match(r"[\u0621-\u064A]", t.text))


def _match_words(toks: list[Tok], i: int, words: tuple[str, ...]) -> bool:
    if i < 0 or i + len(words) > len(toks):
        return False
    for k, w in enumerate(words):
        tn = toks[i + k].norm
        if k == 0:
            # The first word may carry a proclitic ("وأكثر من"): compare without it.
            if tn != w and not (len(tn) > len(w) and tn[-len(w):] == w and tn[:-len(w)] and
                                all(c in PROCLITICS for c in tn[:-len(w)])):
                return False
        elif tn != w:
            return False
    return True


def _qualifier_before(toks: list[Tok], i: int) -> tuple[str, tuple[int, int]] | None:
    for words, q in QUALIFIERS_BEFORE:
        j = i - len(words)
        if _match_words(toks, j, words):
            return q, (toks[j].end - len(words[0]), toks[i - 1].end)
    return None


def _qualifier_after(toks: list[Tok], i: int) -> tuple[str, tuple[int, int]] | None:
    for words, q in QUALIFIERS_AFTER:
        if _match_words(toks, i, words):
            start = toks[i].start if words[0] == "ونيف" else toks[i].end - len(words[0])
            return q, (start, toks[i + len(words) - 1].end)
    return None


def _article(word: str) -> bool:
    """The word carries the article: "ال" written with a bare alif ("ألغام" and "آلاف" do not)."""
    return re.sub("[\u064B-\u0652\u0670\u0640]", "", word).startswith("ال") and len(word) > 3


def _looks_like_verb(t: Tok) -> bool:
    # Past-tense plural verbs ("سقطوا", "قتلوا"), and imperfect verbs with their prefixes
    # followed by a plural ending, are not counted nouns.
    n = t.norm
    return n.endswith("وا") or (len(n) > 3 and n[0] in "يت" and n.endswith("ون")) or \
        (len(n) > 4 and n[0] == "و" and n[1] in "يت")  # "ويقوم": a conjunction and an imperfect verb


def _bare(t: Tok) -> str:
    """A token's normalized form without one proclitic when that leaves a known cue ("لعام" -> "عام")."""
    n = t.norm
    if n and n[0] in PROCLITICS and (n[1:] in YEAR_CUES or n[1:] in WEAK_YEAR_CUES or n[1:] in MONTHS):
        return n[1:]
    return n


def _counted_after(toks: list[Tok], i: int, skip_superlative: bool = False,
                   definite: bool = False) -> tuple[int, int] | None:
    """The noun after the numeral (and a coordinated noun with the article: "المدن والقرى").

    A cardinal counts an indefinite noun ("ثلاثة أشخاص", "عشرون مليونا" then "الحدود" is no
    counted noun); `definite` allows the construct of a plural of tens or a fraction
    ("عشرات المدن", "ربع العمال")."""
    if i >= len(toks):
        return None
    if skip_superlative and toks[i].norm in SKIP_BEFORE_COUNTED and i + 1 < len(toks):
        i += 1
    t = toks[i]
    if not _is_word(t) or t.norm in NOT_COUNTED or _looks_like_verb(t) or re.search(f"[{_D}]", t.text):
        return None
    if _article(t.text) and not definite:
        return None
    # A number is not counted ("و7.5", "ومئتي"); "ثانية" after a cardinal is the second of time.
    if t.norm not in ("ثانيه",) and _strip_clitics(t.text, lambda w: read_number(w) is not None)[0] != t.text \
            or read_number(t.text) and t.norm not in ("ثانيه",):
        return None
    end = t.end
    if t.norm.startswith("ال") and i + 1 < len(toks):
        nxt = toks[i + 1]
        if nxt.norm.startswith("وال") and len(nxt.norm) > 4:
            end = nxt.end
    return (t.start, end)


def _strip_clitics(word: str, accept) -> tuple[str, int]:
    """(word without up to two leading proclitics when what is left is accepted, how many were removed).
    What is left after a proclitic has at least three letters ("لست" is not "ست")."""
    if accept(word):
        return word, 0
    for n in (1, 2):
        if len(word) <= n + 2 or word[n - 1] not in PROCLITICS:
            break
        if accept(word[n:]):
            return word[n:], n
    return word, 0


class _Match(NamedTuple):
    start: int  # document offsets of the numeral
    end: int
    value: float
    kind: str
    last: int  # index of the numeral's last token
    qualifier: str = "exact"


def _adjacent(toks: list[Tok], i: int, n: int) -> bool:
    """Tokens i..i+n-1 touch (no white space between them)."""
    return i + n <= len(toks) and all(toks[k].end == toks[k + 1].start for k in range(i, i + n - 1))


def _word_run(toks: list[Tok], i: int, first: str, first_digits: float | None) -> tuple[int, Reading] | None:
    """The longest cardinal phrase starting at token i (its first word given without proclitics):
    (index of its last token, reading)."""
    lex = cardinal_words()
    items = [Item("", False, first_digits) if first_digits is not None else Item(_norm(first), False, None)]
    best = None
    r = compose(items)
    if r is not None:
        best = (i, r)
    j = i + 1
    while j < len(toks) and j - i <= 16:
        raw = toks[j].text
        n = _norm(raw)
        d = digits_value(raw[1:]) if n.startswith("و") else None
        if n.startswith("و") and len(n) > 1 and (n[1:] in lex or d is not None):
            items.append(Item("" if d is not None else n[1:], True, d))
        elif n in lex:
            items.append(Item(n, False, None))
        else:
            break
        r = compose(items)
        if r is not None:
            best = (j, r)
        j += 1
    return best


def _match_number(toks: list[Tok], i: int, text: str, base: int) -> _Match | None:
    """The numeral starting at token i (after proclitics), without its context."""
    t = toks[i]
    # Clock time "4:10": digits, colon, two digits, touching.
    if _adjacent(toks, i, 3) and toks[i + 1].text == ":" and re.fullmatch(r"\d{1,2}", toks[i].text.translate(_DIGITS)) \
            and re.fullmatch(r"\d{2}", toks[i + 2].text.translate(_DIGITS)):
        last = i + 2
        if last + 1 < len(toks) and toks[last + 1].norm in _DAY_PARTS:
            last += 1
        s, e = t.start, toks[last].end
        v = _clock(text[s - base:e - base])
        if v is not None:
            return _Match(s, e, v, "time", last)
    m = re.fullmatch(f"([{PROCLITICS}]{{0,2}})(.+)", t.text)
    core, ncl = (m.group(2), len(m.group(1))) if m else (t.text, 0)
    d = digits_value(core)
    if d is not None:
        run = _word_run(toks, i, core, d)
        last, r = run if run else (i, Reading(d, "cardinal"))
        return _Match(t.start + ncl, toks[last].end, r.value, "cardinal", last)
    od = re.fullmatch(f"[{PROCLITICS}]{{0,2}}(ال[{_D}]+)", t.text)
    if od:
        s = t.end - len(od.group(1))
        value = float(od.group(1)[2:].translate(_DIGITS))
        if i + 1 < len(toks) and (toks[i + 1].norm in CURRENCIES or toks[i + 1].norm in UNITS):
            return _Match(s + 2, t.end, value, "cardinal", i)  # "مستوى ال70 دولارا": the article, then an amount
        return _Match(s, t.end, value, "ordinal", i)
    if not _is_word(t):
        return None
    lex = cardinal_words()

    def known(w: str) -> bool:
        n = _norm(w)
        return n in lex or n in ORDINALS or n in FRACTIONS or n in VAGUE_PLURALS or n in _COMPOUND_UNITS \
            or n in _HOURS or _dual_stem(w) is not None or _ordinal_words([n]) is not None \
            or any(v.startswith(n + " ") for v in VAGUE_PLURALS)

    core, ncl = _strip_clitics(t.text, known)
    n = _norm(core)
    s = t.start + ncl
    nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
    prev = toks[i - 1].norm if i else ""
    # A clock hour in words: after "الساعة", or before a part of the day.
    if n in _HOURS or (n in ("الحاديه", "الثانيه") and nxt == "عشره"):
        last = i + (1 if n in ("الحاديه", "الثانيه") and nxt == "عشره" else 0)
        if last + 1 < len(toks) and toks[last + 1].norm in _MINUTES_AFTER:
            last += 1
        daypart = last + 1 < len(toks) and toks[last + 1].norm in _DAY_PARTS
        if prev == "الساعه" or daypart:
            last += 1 if daypart else 0
            v = _clock(text[s - base:toks[last].end - base])
            if v is not None:
                return _Match(s, toks[last].end, v, "time", last)
    # Ordinals: compound ("الحادي عشر", "الخامس والثلاثين"), simple, the tens with the article.
    if n in _COMPOUND_UNITS and i + 1 < len(toks):
        o = _ordinal_words([n, nxt])
        if o is not None:
            return _Match(s, toks[i + 1].end, o, "ordinal", i + 1)
    two = n + " " + nxt
    if two in VAGUE_PLURALS:
        return _Match(s, toks[i + 1].end, float(VAGUE_PLURALS[two]), "cardinal", i + 1, "at_least")
    if n in ORDINALS:
        if prev in TWO_WORD_MONTHS or (n in ("اول", "الاول") and nxt == "امس") or (n == "ثاني" and nxt == "اكسيد"):
            return None
        return _Match(s, t.end, float(ORDINALS[n]), "ordinal", i)
    o = _ordinal_words([n])
    if o is not None:
        return _Match(s, t.end, o, "ordinal", i)
    if n in VAGUE_PLURALS:
        return _Match(s, t.end, float(VAGUE_PLURALS[n]), "cardinal", i, "at_least")
    if n in FRACTIONS and not n.startswith("ال"):
        run = _word_run(toks, i, core, None)
        if run and run[0] > i:
            return _Match(s, toks[run[0]].end, run[1].value, run[1].kind, run[0])
        return _Match(s, t.end, FRACTIONS[n], "fraction", i)
    if n in FRACTIONS:
        return _Match(s, t.end, FRACTIONS[n], "fraction", i)
    if _dual_stem(core) and n not in lex:
        return _Match(s, t.end, 2.0, "cardinal", i)
    run = _word_run(toks, i, core, None)
    if run is None:
        return None
    last, r = run
    if last == i and n in NOT_ALONE:
        return None
    # "ألف" alone before a definite noun is the verb "ألّف" (wrote): "ألف الكاتب".
    if last == i and n == "الف" and i + 1 < len(toks) and _article(toks[i + 1].text):
        return None
    return _Match(s, toks[last].end, r.value, r.kind, last)


def _slash_date(toks: list[Tok], i: int) -> int | None:
    """The index of the last token of a date written with slashes starting at token i
    ("15/3/1980", "2014/3/15"), or None. Its day and month are no numbers; its year is a year."""
    if not _adjacent(toks, i, 5) or toks[i + 1].text != "/" or toks[i + 3].text != "/":
        return None
    parts = [toks[i + k].text.translate(_DIGITS) for k in (0, 2, 4)]
    if not all(re.fullmatch(r"\d{1,4}", p) for p in parts) or not any(len(p) == 4 for p in (parts[0], parts[2])):
        return None
    return i + 4


def _is_day(toks: list[Tok], m: _Match) -> bool:
    """A day of the month ("2 ديسمبر", "التاسع من يوليو", "3 من الشهر الجاري"): no number."""
    if m.kind not in ("cardinal", "ordinal") or not (1 <= m.value <= 31 and m.value == int(m.value)):
        return False
    j = m.last + 1
    if j < len(toks) and _bare(toks[j]) in MONTHS:
        return True
    return j + 1 < len(toks) and toks[j].norm == "من" and (toks[j + 1].norm in MONTHS or toks[j + 1].norm == "الشهر")


def _is_name_part(toks: list[Tok], i: int) -> bool:
    """Digits that are part of a name: after a name word, after Latin letters, or after a dash
    that follows a word ("كوفيد-19", "جنيف - 2")."""
    if not i:
        return False
    prev = toks[i - 1]
    if prev.norm in NAME_BEFORE or re.fullmatch(r"[A-Za-z]+", prev.text):
        return True
    return prev.text in "-–" and i >= 2 and _is_word(toks[i - 2]) and read_number(toks[i - 2].text) is None


def _year_kind(toks: list[Tok], i: int, m: _Match, text: str, base: int) -> str | None:
    """'year' when digits are one by their context, 'weak' when only a weak cue says so."""
    surface = text[m.start - base:m.end - base]
    if m.kind != "cardinal" or m.last != i or not re.fullmatch(r"[0-9٠-٩۰-۹]{3,4}", surface) or m.value > 2100:
        return None
    prev = _bare(toks[i - 1]) if i else ""
    if (prev == "/" or prev in ("الماضي", "الجاري", "المقبل", "الحالي", "المنصرم")) and i >= 2:
        prev = _bare(toks[i - 2])  # "أيلول / سبتمبر 2012", "العام الماضي 2013"
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev in YEAR_CUES or (nxt is not None and nxt.norm in YEAR_AFTER):
        return "year"
    if 1900 <= m.value <= 2100 and len(surface) == 4 and prev in WEAK_YEAR_CUES:
        if nxt is None or not _is_word(nxt) or nxt.norm in NOT_COUNTED or nxt.norm[:1] in ("و", "ف") \
                or _bare(nxt) in MONTHS or _looks_like_verb(nxt):
            return "weak"
    return None


def find_numbers(text: str, base: int = 0) -> list[Found]:
    """Every number phrase of `text` (offsets shifted by `base`), in text order.

    >>> [(f.text, f.value, f.kind, f.qualifier) for f in find_numbers("قتل أكثر من خمسين شخصا عام 2011")]
    [('خمسين', 50.0, 'cardinal', 'more_than'), ('2011', 2011.0, 'year', 'exact')]
    """
    toks = tokens(text, base)
    # (found or None for a day of the month, first token, last token of the numeral, last token used)
    spans: list[tuple[Found | None, int, int, int]] = []
    i = 0
    while i < len(toks):
        date = _slash_date(toks, i)
        if date is not None:
            for k in range(i, date + 1, 2):
                t = toks[k]
                if len(t.text) == 4:  # the year of "15/3/1980" or "2014/3/15"
                    spans.append((Found(t.start, t.end, t.text, float(t.text.translate(_DIGITS)), "year"), k, k, k))
            i = date + 1
            continue
        m = _match_number(toks, i, text, base)
        if m is None:
            i += 1
            continue
        if _is_day(toks, m):
            spans.append((None, i, m.last, m.last))
            i = m.last + 1
            continue
        if m.kind == "cardinal" and m.last == i and digits_value(toks[i].text) is not None and _is_name_part(toks, i):
            i += 1
            continue
        f = Found(m.start, m.end, text[m.start - base:m.end - base], m.value, m.kind, m.qualifier)
        j = m.last + 1  # the token after the numeral
        used = m.last
        # A digit hour after "الساعة".
        if f.kind == "cardinal" and i and toks[i - 1].norm == "الساعه" and m.last == i:
            end_i = i + (1 if j < len(toks) and toks[j].norm in _DAY_PARTS else 0)
            v = _clock(text[f.start - base:toks[end_i].end - base])
            if v is not None:
                f = Found(f.start, toks[end_i].end, text[f.start - base:toks[end_i].end - base], v, "time")
                used, j = end_i, end_i + 1
        year = _year_kind(toks, i, m, text, base) if f.kind == "cardinal" else None
        if year:
            f.kind = "year"
            if year == "weak":
                f.extra["weak_year"] = True
            if j < len(toks) and toks[j].norm in YEAR_AFTER:
                used = j
        if f.kind in ("cardinal", "fraction"):
            for words in PERCENT_AFTER:
                if all(j + k < len(toks) and toks[j + k].norm == w for k, w in enumerate(words)):
                    f.kind = "percent"
                    used = j + len(words) - 1
                    f.extra["marker"] = (toks[j].start, toks[used].end)
                    break
        if f.kind == "cardinal" and j < len(toks):
            if toks[j].norm in CURRENCIES:
                f.kind, f.counted, used = "money", (toks[j].start, toks[j].end), j
            elif toks[j].norm in UNITS:
                end = j + 1 if j + 1 < len(toks) and toks[j + 1].norm in UNIT_ADJECTIVES else j
                f.kind, f.counted, used = "quantity", (toks[j].start, toks[end].end), end
        # Qualifier before (a vague plural's vagueness is lexical: GUIDELINES §2 decision 1).
        q = _qualifier_before(toks, i)
        if q and f.kind not in ("year", "ordinal") and f.qualifier == "exact":
            f.qualifier, f.qualifier_span = q
        # "عشرون ونيف" (twenty-odd): the qualifier stands between the numeral and what it counts.
        if j < len(toks) and toks[j].norm == "ونيف" and f.qualifier == "exact":
            f.qualifier, f.qualifier_span = "more_than", (toks[j].start, toks[j].end)
            used = j
            j += 1
        # Counted noun.
        dual = f.kind == "cardinal" and m.last == i and _dual_stem(f.text) is not None and \
            _norm(f.text) not in cardinal_words()
        if dual:
            f.counted = (f.start, f.end)
        elif f.counted is None and not _article(f.text) and f.kind in ("cardinal", "fraction", "ordinal"):
            f.counted = _counted_after(toks, j, skip_superlative=f.kind == "ordinal",
                                       definite=f.kind in ("fraction", "ordinal") or m.qualifier == "at_least")
            if f.counted is not None:
                used = max(used, next(k for k in range(j, len(toks)) if toks[k].end >= f.counted[1]))
        # Qualifier after the counted noun ("412 قتيلا على الأقل").
        if f.qualifier == "exact" and f.kind not in ("year", "ordinal"):
            q = _qualifier_after(toks, used + 1)
            if q:
                f.qualifier, f.qualifier_span = q
        spans.append((f, i, m.last, used))
        i = used + 1
    return [_with_article(f, text, base) for f in _ranges(toks, spans)]


def _with_article(f: Found, text: str, base: int) -> Found:
    """Digits written onto the article ("ال70 دولارا") are spanned with it: the article stays
    inside a span (GUIDELINES §0), and a span may start inside a word only after proclitics."""
    s = f.start - base
    if s >= 2 and text[s - 2:s] == "ال" and f.text[:1].translate(_DIGITS).isdigit():
        w = s - 2
        while w > 0 and text[w - 1].isalpha():
            w -= 1
        if all(c in PROCLITICS for c in text[w:s - 2]):
            f.start -= 2
            f.text = text[f.start - base:f.end - base]
    return f


def _link(toks: list[Tok], ai: int, aused: int, bi: int) -> str | None:
    """How the number ending at token `aused` (starting at `ai`) is linked to the one starting
    at `bi`: "range" ("-", "إلى", "حتى", "أو"; "و" after "بين" or "عامي"), "and" (another "و"), or None."""
    between = tuple(t.norm for t in toks[aused + 1:bi])
    if between in {("-",), ("–",), ("الي",), ("حتي",), ("او",)}:
        return "range"
    if (bi == aused + 1 and toks[bi].norm.startswith("و")) or between == ("و",):
        opener = _bare(toks[ai - 1]) if ai else ""
        return "range" if opener in ("بين", "عامي", "سنتي") else "and"
    return None


def _ranges(toks: list[Tok], spans: list[tuple[Found | None, int, int, int]]) -> list[Found]:
    """Both endpoints of a range get the kind the range has ("بين 3.8 و7.5 في المئة", "من 45 إلى
    47 دولارا", "50-70%", "عامي 2012 و2013"); the first of two days is a day too ("من 20 حتى 29 يونيو")."""
    out: list[Found] = []
    for k, (a, ai, _alast, aused) in enumerate(spans):
        if a is None:
            continue
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        link = _link(toks, ai, aused, nxt[1]) if nxt is not None else None
        b = nxt[0] if nxt is not None else None
        if link and nxt is not None and b is None and a.kind in ("cardinal", "ordinal") \
                and 1 <= a.value <= 31 and a.value == int(a.value):
            continue  # the first of two days of a month
        weak = a.extra.pop("weak_year", False)
        if link == "range" and b is not None:
            a.extra["range"] = (b.start, b.end)
            four = re.compile(r"[0-9٠-٩۰-۹]{4}")
            if a.kind == "cardinal" and b.kind in ("percent", "money", "quantity"):
                a.kind = b.kind
                if b.kind != "percent":
                    a.counted = b.counted
            elif a.kind == "cardinal" and b.kind == "cardinal" and a.counted is None \
                    and b.counted not in (None, (b.start, b.end)):
                a.counted = b.counted
            elif a.kind == "year" and b.kind == "cardinal" and four.fullmatch(b.text) and \
                    (not weak or (b.counted is None and 1900 <= b.value <= 2100)):
                b.kind, b.counted = "year", None
            elif a.kind == "cardinal" and b.kind == "year" and four.fullmatch(a.text):
                a.kind, a.counted = "year", None
            if weak and b.kind != "year":
                a.kind = "cardinal"
                a.counted = b.counted if b.counted != (b.start, b.end) else None
        out.append(a)
    return out
