"""Reading Arabic numerals: digits and number words to (value, kind), and finding number phrases in text.

`read_number(surface)` reads one annotated numeral (what the validator compares a number's value
with); `find_numbers(text)` proposes the numbers layer of a text (what `khabar suggest` writes):
digits, cardinal number words (read with `pyarabic.number`), the plural tens/hundreds/thousands
("عشرات" -> 30, at least), dual nouns ("طفلان" -> 2), ordinals, fractions, years and percentages,
each with its qualifier ("أكثر من", "نحو", "على الأقل", ...) and counted noun, following
annotations/GUIDELINES.md §2.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from khabar.model.labels import PROCLITICS

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")
# Digits with optional thousands separators and decimals, Western or Eastern Arabic.
DIGITS_RE = re.compile(r"[0-9٠-٩۰-۹]+(?:[,٬][0-9٠-٩۰-۹]{3})*(?:[.٫][0-9٠-٩۰-۹]+)?")


class Reading(NamedTuple):
    value: float
    kind: str  # cardinal, ordinal, fraction (year/percent are decided by context)


def _norm(word: str) -> str:
    """Spelling variants folded: hamza forms of alif, alif maqsura, diacritics and tatweel removed."""
    word = re.sub("[\u064B-\u0652\u0640]", "", word)
    return word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي").replace("ة", "ه")


# Ordinals, masculine and feminine, with or without the article (normalized spelling).
_ORDINAL_STEMS = {
    1: ("اول", "اولي"), 2: ("ثاني", "ثانيه"), 3: ("ثالث", "ثالثه"), 4: ("رابع", "رابعه"),
    5: ("خامس", "خامسه"), 6: ("سادس", "سادسه"), 7: ("سابع", "سابعه"), 8: ("ثامن", "ثامنه"),
    9: ("تاسع", "تاسعه"), 10: ("عاشر", "عاشره"),
}
ORDINALS = {f: v for v, forms in _ORDINAL_STEMS.items() for f in forms}
ORDINALS |= {"ال" + f: v for f, v in list(ORDINALS.items())}
# Fractions; "خمس" is left to the cardinals (five), as it usually is in news copy.
_FRACTION_WORDS: dict[str, float | None] = {"نصف": 0.5, "ثلث": 1 / 3, "ربع": 0.25, "ثلثي": 2 / 3, "ثلثا": 2 / 3,
                                            "عشر": None}
FRACTIONS = {k: v for k, v in _FRACTION_WORDS.items() if v is not None}
FRACTIONS |= {"ال" + k: v for k, v in list(FRACTIONS.items())}
# Plurals of tens, hundreds, thousands: the least value the plural allows (GUIDELINES §2 decision 1).
VAGUE_PLURALS = {"عشرات": 30, "مئات": 300, "الاف": 3000, "عشرات الالاف": 30000,
                 "مئات الالاف": 300000, "ملايين": 3_000_000}
# Nouns whose dual is unambiguous (their plural is broken, so -ين cannot be a sound plural).
DUAL_NOUNS = {
    "يوم", "طفل", "شخص", "شهر", "عام", "سنه", "ساعه", "مره", "اسبوع", "دوله", "مدينه", "قريه",
    "رجل", "امراه", "جندي", "طفله", "عنصر", "صاروخ", "طائره", "حزب", "بلد", "جانب", "طرف", "شقيق",
    "قتيل", "جريح", "ضابط", "حي", "بلده", "معبر", "مستشفي", "منزل", "ليله", "دقيقه",
}
DUAL_SUFFIXES = ("ان", "ين", "تان", "تين")

# Qualifier words before the numeral (normalized, longest first) and after it (after the counted noun).
QUALIFIERS_BEFORE = [
    (("ما", "لا", "يقل", "عن"), "at_least"), (("ما", "يزيد", "عن"), "more_than"),
    (("ما", "يزيد", "علي"), "more_than"), (("ما", "لا", "يزيد", "عن"), "at_most"),
    (("ما", "يقارب"), "approximately"), (("اكثر", "من"), "more_than"), (("اقل", "من"), "less_than"),
    (("علي", "الاقل"), "at_least"), (("علي", "الاكثر"), "at_most"), (("نحو",), "approximately"),
    (("حوالي",), "approximately"), (("قرابه",), "approximately"), (("زهاء",), "approximately"),
    (("قرابه",), "approximately"), (("اكثر", "من"), "more_than"),
]
QUALIFIERS_AFTER = [(("علي", "الاقل"), "at_least"), (("علي", "الاكثر"), "at_most"),
                    (("تقريبا",), "approximately")]
YEAR_CUES = {"عام", "العام", "سنه", "منذ", "صيف", "شتاء", "ربيع", "خريف", "مطلع", "نهايه", "اواخر",
             "اوائل", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر",
             "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز",
             "اب", "ايلول", "تشرين"}
PERCENT_AFTER = [("%",), ("٪",), ("في", "المئه"), ("بالمئه",), ("في", "المائه"), ("بالمائه",)]
# Words after a numeral that are not what it counts (prepositions, particles, superlatives).
NOT_COUNTED = {"من", "في", "علي", "الي", "عن", "منذ", "بين", "بينهم", "منهم", "او", "و", "ثم", "حتي",
               "قد", "لا", "لم", "كبري", "اكبر", "اخر", "الاقل", "الاكثر", "تقريبا", "عام", "العام"}
SKIP_BEFORE_COUNTED = {"كبري", "اكبر", "اكثر", "اهم", "ابرز"}


def _strip_clitics(word: str) -> tuple[str, int]:
    """(word without up to two leading proclitics that leave a number word, how many were removed)."""
    from pyarabic.number import text2number

    for n in range(0, 3):
        if n and (len(word) < n or word[n - 1] not in PROCLITICS):  # a one-letter token: no second clitic
            break
        rest = word[n:]
        if len(rest) >= 2 and (text2number(rest) or _norm(rest) in ORDINALS or _norm(rest) in FRACTIONS
                               or _norm(rest) in VAGUE_PLURALS or _dual_stem(rest)):
            return rest, n
    return word, 0


def digits_value(surface: str) -> float | None:
    """The number written in digits (Western or Eastern Arabic, separators allowed), if the surface is one.

    >>> digits_value("٤١٢"), digits_value("1,200"), digits_value("خمسة")
    (412.0, 1200.0, None)
    """
    m = DIGITS_RE.fullmatch(surface.strip())
    if not m:
        return None
    value = float(surface.strip().translate(_DIGITS).replace(",", "").replace("٬", ""))
    # A run of hundreds of digits is no quantity a news sentence states (and no JSON number):
    # not read, rather than read as infinity.
    return value if math.isfinite(value) else None


def _dual_stem(word: str) -> str | None:
    w = _norm(word)
    if w.startswith("ال"):
        w = w[2:]
    for suf in DUAL_SUFFIXES:
        if w.endswith(suf):
            stem = w[: -len(suf)]
            if stem in DUAL_NOUNS or (suf in ("تان", "تين") and stem + "ه" in DUAL_NOUNS):
                return stem
    return None


def _cardinal_words(surface: str) -> float | None:
    from pyarabic.number import text2number

    words = surface.split()
    if not words:
        return None
    # text2number skips words it does not know; require every word to be a number word or "و".
    for i, w in enumerate(words):
        w2 = w[1:] if i and w.startswith("و") and len(w) > 2 else w
        if not text2number(w2) and _norm(w2) not in ("عشر", "عشره", "صفر"):
            return None
    value = text2number(surface)
    return float(value) if value else None


def read_number(surface: str) -> Reading | None:
    """What a numeral's surface reads as, or None when it is not one this module can read.

    >>> read_number("خمسين"), read_number("أربعمئة واثنا عشر"), read_number("طفلان")
    (Reading(value=50.0, kind='cardinal'), Reading(value=412.0, kind='cardinal'), Reading(value=2.0, kind='cardinal'))
    >>> read_number("الأولى"), read_number("نصف"), read_number("عشرات")
    (Reading(value=1.0, kind='ordinal'), Reading(value=0.5, kind='fraction'), Reading(value=30.0, kind='cardinal'))
    """
    s = surface.strip()
    if not s:
        return None
    d = digits_value(s)
    if d is not None:
        return Reading(d, "cardinal")
    n = _norm(s)
    if n in ORDINALS:
        return Reading(float(ORDINALS[n]), "ordinal")
    if n in FRACTIONS:
        return Reading(float(FRACTIONS[n]), "fraction")
    if n in VAGUE_PLURALS:
        return Reading(float(VAGUE_PLURALS[n]), "cardinal")
    if " " not in s and _dual_stem(s):
        return Reading(2.0, "cardinal")
    v = _cardinal_words(s)
    if v is not None:
        return Reading(v, "cardinal")
    return None


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
    """One number proposed in a text, with document offsets."""

    start: int
    end: int
    text: str
    value: float
    kind: str
    qualifier: str = "exact"
    qualifier_span: tuple[int, int] | None = None
    counted: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)


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


def _first_word_offset(t: Tok, w: str) -> int:
    """Start of `w` inside token t (after its proclitics)."""
    return t.end - len(w)


def _qualifier_before(toks: list[Tok], i: int) -> tuple[str, tuple[int, int]] | None:
    for words, q in sorted(QUALIFIERS_BEFORE, key=lambda x: -len(x[0])):
        j = i - len(words)
        if _match_words(toks, j, words):
            return q, (_first_word_offset(toks[j], words[0]), toks[i - 1].end)
    return None


def _qualifier_after(toks: list[Tok], i: int) -> tuple[str, tuple[int, int]] | None:
    for words, q in QUALIFIERS_AFTER:
        if _match_words(toks, i, words):
            return q, (_first_word_offset(toks[i], words[0]), toks[i + len(words) - 1].end)
    return None


def _looks_like_verb(t: Tok) -> bool:
    # Past-tense plural verbs ("سقطوا", "قتلوا"), and imperfect verbs with their prefixes
    # followed by a plural ending, are not counted nouns.
    n = t.norm
    return n.endswith("وا") or (len(n) > 3 and n[0] in "يت" and n.endswith("ون"))


def _counted_after(toks: list[Tok], i: int, skip_superlative: bool = False) -> tuple[int, int] | None:
    """The noun after the numeral (and a coordinated noun with the article: "المدن والقرى")."""
    if i >= len(toks):
        return None
    if skip_superlative and toks[i].norm in SKIP_BEFORE_COUNTED and i + 1 < len(toks):
        i += 1
    t = toks[i]
    if not _is_word(t) or t.norm in NOT_COUNTED or _looks_like_verb(t) or read_number(t.text):
        return None
    end = t.end
    if t.norm.startswith("ال") and i + 1 < len(toks):
        nxt = toks[i + 1]
        if nxt.norm.startswith("وال") and len(nxt.norm) > 4:
            end = nxt.end
    return (t.start, end)


def _number_run(toks: list[Tok], i: int) -> tuple[int, float, int] | None:
    """(number of tokens, value, clitic length of the first) of a cardinal word phrase at i."""
    first, nclit = _strip_clitics(toks[i].text)
    if not _cardinal_words(first):
        return None
    best = None
    j = i + 1
    words = [first]
    while True:
        v = _cardinal_words(" ".join(words))
        if v is not None:
            best = (len(words), v, nclit)
        if j >= len(toks) or not _is_word(toks[j]):
            break
        nxt = toks[j].text
        if not (nxt.startswith("و") and _cardinal_words(nxt[1:])) and not _cardinal_words(nxt):
            break
        words.append(nxt)
        j += 1
    return best


def find_numbers(text: str, base: int = 0) -> list[Found]:
    """Every number phrase of `text` (offsets shifted by `base`), in text order.

    >>> [(f.text, f.value, f.kind, f.qualifier) for f in find_numbers("قتل أكثر من خمسين شخصا عام 2011")]
    [('خمسين', 50.0, 'cardinal', 'more_than'), ('2011', 2011.0, 'year', 'exact')]
    """
    toks = tokens(text, base)
    out: list[Found] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        found: Found | None = None
        n_used = 1
        m = re.fullmatch(f"([{PROCLITICS}]{{0,2}})(.+)", t.text)
        d = digits_value(m.group(2)) if m else None
        if m and d is not None:
            t = Tok(t.start + len(m.group(1)), t.end, m.group(2))
            prev = toks[i - 1].norm if i else ""
            prev = prev[1:] if prev and prev[0] in PROCLITICS and prev[1:] in YEAR_CUES else prev
            kind = "year" if d == int(d) and 1800 <= d <= 2100 and prev in YEAR_CUES else "cardinal"
            found = Found(t.start, t.end, t.text, d, kind)
        elif _is_word(t):
            core, ncl = _strip_clitics(t.text)
            n = _norm(core)
            two = n + " " + toks[i + 1].norm if i + 1 < len(toks) else ""
            if two in VAGUE_PLURALS:
                found = Found(t.start + ncl, toks[i + 1].end, text[t.start + ncl - base:toks[i + 1].end - base],
                              float(VAGUE_PLURALS[two]), "cardinal", "at_least")
                n_used = 2
            elif n in VAGUE_PLURALS:
                found = Found(t.start + ncl, t.end, core, float(VAGUE_PLURALS[n]), "cardinal", "at_least")
            elif n in ORDINALS:
                found = Found(t.start + ncl, t.end, core, float(ORDINALS[n]), "ordinal")
            elif n in FRACTIONS:
                found = Found(t.start + ncl, t.end, core, float(FRACTIONS[n]), "fraction")
            elif _dual_stem(core):
                found = Found(t.start + ncl, t.end, core, 2.0, "cardinal")
                found.counted = (t.start + ncl, t.end)
            else:
                run = _number_run(toks, i)
                if run:
                    k, v, ncl = run
                    s, e = t.start + ncl, toks[i + k - 1].end
                    found = Found(s, e, text[s - base:e - base], v, "cardinal")
                    n_used = k
        if found is None:
            i += 1
            continue
        j = i + n_used
        # Percent after the numeral.
        for words in PERCENT_AFTER:
            if all(j + k < len(toks) and toks[j + k].norm == w for k, w in enumerate(words)):
                found.kind = "percent"
        # Qualifier before (a vague plural's vagueness is lexical: GUIDELINES §2 decision 1).
        q = _qualifier_before(toks, i)
        if q and found.kind not in ("year", "ordinal"):
            found.qualifier, found.qualifier_span = q
        # Counted noun.
        if found.counted is None and found.kind in ("cardinal", "fraction", "percent") or \
                (found.kind == "ordinal" and not _norm(found.text).startswith("ال")):
            if found.kind != "percent":
                found.counted = _counted_after(toks, j, skip_superlative=found.kind == "ordinal")
        # Qualifier after the counted noun ("412 قتيلا على الأقل").
        if found.qualifier == "exact" and found.kind in ("cardinal", "percent"):
            after = j + (1 if found.counted and found.counted[0] != found.start else 0)
            q = _qualifier_after(toks, after)
            if q:
                found.qualifier, found.qualifier_span = q
        out.append(found)
        i = j
    return out
