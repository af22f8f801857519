"""Converts the three copies of the Arabic Wikinews 2014 test set into 70 undiacritized running-text articles.

Every disagreement between the copies is settled by a written rule and counted; a word no rule
settles is listed, never guessed.

The copies (see the mirror's PROVENANCE.md): `qcri` (fully diacritized, punctuation and some
proclitics split off as tokens), `farasa` (diacritized, punctuation attached as in running text)
and `camel` (one qcri token per row, blank rows between lines). All three keep the same 400 lines
in the same order: 7 `# <domain>` header lines and 393 article lines. The rules, in the order they
run (each has a key in `RULES`, counted in `Conversion.counts`):

1. Layout. Blank lines mark nothing in any copy (farasa has one every eleven lines, in the middle
   of articles), so they are skipped. The copies must then agree line for line: a line whose words
   share less than half with qcri's line raises `source-malformed` naming the file and line.
2. Undiacritizing. NFC first (so a decomposed alef + madda or hamza becomes one letter and is not
   stripped with the marks), then remove the marks U+0610-U+061A, U+064B-U+065F, U+0670 (dagger
   alef) and U+06D6-U+06ED, then NFC again. Alef wasla U+0671 becomes plain alef, as running text
   writes it (none occurs in these copies). Format and control characters (ZWNJ, bidi marks, BOM)
   are removed. Tatweel is a letter-joining character, not a mark: it is kept if a copy has it (none
   does) and never added. Every qcri word is checked against camel's `dediac` column.
3. Tokens. Each line becomes words, numbers (digits with inner `.` or `,`) and single punctuation
   marks, so that farasa's `و70` and qcri's `و 70` compare equal (a proclitic glued to digits or
   Latin letters is split off first).
4. Words. qcri is the base. Where farasa differs (difflib alignment per line), camel's reading of
   the same stretch (camel aligned to qcri) is the third vote:
   - a punctuation mark only farasa has is kept: copies lose marks, they do not invent them, and
     qcri and camel share one tokenisation, so their common silence is one witness, not two;
   - a mark only qcri has is kept for the same reason (`%`, which farasa often lacks, is counted
     on its own);
   - a number written with leading zeros in one copy (`07`) and without in the other (`7`) keeps
     the zeros: a tool that parses numbers drops zeros, none adds them;
   - otherwise the reading two copies share wins (majority of three);
   - if all three differ, or camel cannot be aligned there, the word is listed in
     `Conversion.unresolved`; the text keeps qcri's reading as a placeholder, never a pick.
   Where only camel differs, qcri and farasa outvote it; a word camel moved from one line into the
   next or previous line (the title of culture/01) is counted as a shift.
5. Boundaries. A line is a title when no copy ends it with sentence-final punctuation (`. : ! ؟`,
   ignoring closing quotes and brackets) and it has 4 to 20 words. Shorter unpunctuated lines are
   section headings inside an article (kept as paragraphs); longer ones are body paragraphs whose
   final stop was lost. The first line after a domain header must be a title and every domain must
   have exactly 10, else `source-malformed`.
6. Spacing. Closing marks (`، . : ! ؟ ) %`) attach to the previous word, opening brackets to the
   next; straight double quotes alternate opening/closing within a paragraph. A split-off proclitic
   (و ف ب ل ك ال لل) joins the next token without tatweel (`ب10`, `و2013`), as farasa writes
   `و2013`; a colon between two 1-2 digit numbers is a time (`19:48`); single Latin capitals
   alternating with digits join (`H1N1`), as do Latin words around `-` or `&` (`R&B`); otherwise
   `- / + × &` stay spaced as in both copies.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from khabar.model.errors import KhabarError

CONVERTER_VERSION = "1.0"

FILES = {"qcri": "qcri-WikiNews_2014.txt.diac", "farasa": "farasa-WikiNewsTruth.txt",
         "camel": "camel-WikiNewsMax.tsv"}
FILE_2024 = "qcri-WikiNews_2024_Multi_Ref.txt.diac"
SET_NAME = "WikiNews_2014"
ARTICLES_PER_DOMAIN = 10

# (english slug, header word undiacritized), in the order the files give them.
DOMAINS: tuple[tuple[str, str], ...] = (
    ("culture", "ثقافة"), ("health", "صحة"), ("politics", "سياسة"), ("science", "علوم"),
    ("sports", "رياضة"), ("art", "فن"), ("economy", "اقتصاد"),
)

# A headline is one sentence: shorter unpunctuated lines are section headings, longer ones body.
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 4, 20

# Every rule, in report order, with what it does. `counts` has every key (0 when it never fired).
RULES: dict[str, str] = {
    "layout:blank-lines-ignored":
        "Blank lines are skipped: they mark nothing (farasa has one every eleven lines, mid-article).",
    "boundary:title":
        "A line no copy ends with `. : ! ؟` (closing quotes/brackets aside) and of 4-20 words is a title.",
    "boundary:heading-kept-in-body":
        "An unpunctuated line under 4 words is a section heading: kept as a body paragraph.",
    "boundary:unpunctuated-long-line-kept-in-body":
        "An unpunctuated line over 20 words is a body paragraph that lost its final stop.",
    "boundary:copies-disagree-on-final-mark":
        "Lines where the copies disagree on the final mark (the rule needs all of them unpunctuated).",
    "undiacritize:marks-removed":
        "Harakat, tanwin, shadda, sukun, dagger alef and Quranic marks removed (qcri copy, characters).",
    "undiacritize:alef-wasla-to-alef":
        "Alef wasla written as plain alef, as running text does.",
    "undiacritize:format-characters-removed":
        "Format and control characters (ZWNJ, bidi marks, BOM) removed.",
    "undiacritize:tatweel-kept":
        "Tatweel kept where a copy has it (a letter-joining character, not a diacritic); never added.",
    "camel:dediac-agrees":
        "qcri words, undiacritized here, equal to camel's `dediac` column (tokens).",
    "camel:dediac-disagrees":
        "qcri words with no equal camel `dediac` token at that place (tokens).",
    "camel:gold-agrees-with-dediac":
        "camel rows whose `original_gold`, undiacritized here, equals their `dediac` (rows).",
    "camel:gold-disagrees-with-dediac":
        "camel rows whose `original_gold`, undiacritized here, differs from their `dediac` (rows).",
    "camel:shifted-word":
        "A word camel moved into a neighbouring line: qcri and farasa place it (words).",
    "camel:outvoted":
        "Other camel-only readings: qcri and farasa agree and win (tokens).",
    "punctuation:only-in-farasa-kept":
        "A mark only farasa has is kept: copies drop marks, they do not invent them.",
    "punctuation:only-in-qcri-kept":
        "A mark (other than %) only qcri and camel have is kept.",
    "percent:restored-from-qcri":
        "A `%` farasa lacks is taken from qcri (camel agrees).",
    "punctuation:majority":
        "Two different marks at one place: the mark two copies share wins.",
    "number:zero-padding-kept":
        "A number with leading zeros in one copy keeps them (tools drop zeros, none adds them).",
    "word:decimal-point-only-in-qcri":
        "farasa lost a decimal point (`172` for `17.2`): qcri and camel win.",
    "word:majority-qcri-camel":
        "Other word readings: qcri and camel agree against farasa and win.",
    "word:majority-farasa-camel":
        "farasa and camel agree against qcri and win.",
    "unresolved":
        "No rule settles the reading: listed below, the text keeps qcri's reading as a placeholder.",
    "spacing:attached-to-previous":
        "A closing mark (`، . : ! ؟ ) %`) attached to the word before it.",
    "spacing:attached-to-next":
        "An opening bracket attached to the word after it.",
    "spacing:quote-opening":
        "A straight quote at an odd place in its paragraph opens: attached to the next word.",
    "spacing:quote-closing":
        "A straight quote at an even place in its paragraph closes: attached to the word before.",
    "spacing:proclitic-joined":
        "A split-off proclitic (و ف ب ل ك ال لل) joined to the next token without tatweel.",
    "spacing:time-colon-joined":
        "A colon between two 1-2 digit numbers is a time: no spaces.",
    "spacing:latin-joined":
        "Latin names in pieces join: capitals alternating with digits (H1N1), `-`/`&` between Latin words.",
    "spacing:symbol-kept-spaced":
        "`- / + × & #` keep a space on both sides, as in both copies.",
}

_MARKS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
_WASLA = "\u0671"
_TATWEEL = "\u0640"
# A number keeps inner `.` and `,` only; a colon is split off and judged by the spacing rules, so
# `19:48` and `19 : 48` tokenize alike. The lookahead keeps `4G`-like words whole.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?!\w)|\w+|[^\w\s]")
_CLITICS = ("لل", "ال", "و", "ف", "ب", "ل", "ك")
_CLITIC_SPLIT = re.compile(r"(لل|ال|و|ف|ب|ل|ك)(\d\w*|[A-Za-z]\w*)")
_WORDY = re.compile(r"\w")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SHORT_NUMBER = re.compile(r"\d{1,2}")
_LATIN_CAP = re.compile(r"[A-Z]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_DIGITS = re.compile(r"\d+")

_ATTACH_LEFT = frozenset(".،,:;؛؟?!)]}%»…")
_ATTACH_RIGHT = frozenset("([{«")
_QUOTE = '"'
_SENTENCE_FINAL = frozenset(".:!؟?…")
_TRAILING_CLOSERS = frozenset('")]»')
_EXAMPLES_PER_RULE = 3
_MAX_EXAMPLE_WORDS = 5


@dataclass(frozen=True)
class Article:
    number: int                   # 1..70 in file order
    domain: str                   # english slug
    index: int                    # 1..10 within its domain
    locator: str                  # "WikiNews_2014/<domain>/<index:02d>", stable
    title: str                    # undiacritized, NFC, running-text spacing
    paragraphs: tuple[str, ...]   # one per body line of the source; title not included


@dataclass(frozen=True)
class Unresolved:
    locator: str
    paragraph: int                # 0 = title, 1.. = body paragraphs
    word: int                     # 0-based index into paragraph.split(" ") (the title for 0)
    variants: tuple[tuple[str, str], ...]   # (copy, its reading); camel "(unaligned)" when absent


@dataclass
class Conversion:
    articles: list[Article]
    counts: dict[str, int]
    unresolved: list[Unresolved]
    examples: dict[str, list[str]]
    source_lines: dict[str, int] = field(default_factory=dict)   # locator -> qcri line of its title


class _Tally:
    """Counts and a few short examples per rule, first occurrences in file order."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}

    def add(self, rule: str, n: int = 1, example: str | None = None) -> None:
        assert rule in RULES, rule
        self.counts[rule] += n
        if example is not None and n:
            shown = self.examples.setdefault(rule, [])
            # Examples stay far below a quotation: at most five words, arrows included.
            if len(shown) < _EXAMPLES_PER_RULE and len(example.split()) <= _MAX_EXAMPLE_WORDS \
                    and example not in shown:
                shown.append(example)


def _fail(message: str, key: str, line: int | None = None) -> KhabarError:
    return KhabarError(message, "source-malformed", path=FILES.get(key, key),
                       where=None if line is None else str(line))


def _decode(key: str, raw: bytes) -> str:
    if not isinstance(raw, (bytes, bytearray)):
        raise _fail(f"the {key} copy must be bytes", key)
    try:
        text = bytes(raw).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KhabarError(f"not valid UTF-8 at byte {exc.start}", "source-malformed",
                          path=FILES.get(key, key), where=f"byte {exc.start}") from None
    return text[1:] if text.startswith("\ufeff") else text


def undiacritize(text: str, tally: _Tally | None = None) -> str:
    """NFC text without Arabic marks, alef wasla as alef, no format or control characters."""
    text = unicodedata.normalize("NFC", text)
    if tally is not None:
        fmt = sum(1 for ch in text if unicodedata.category(ch) in ("Cf", "Cc") and ch not in "\t\n\r")
        if fmt:
            tally.add("undiacritize:format-characters-removed", fmt)
        if _WASLA in text:
            tally.add("undiacritize:alef-wasla-to-alef", text.count(_WASLA))
        if _TATWEEL in text:
            tally.add("undiacritize:tatweel-kept", text.count(_TATWEEL))
    text = "".join(ch for ch in text
                   if ch in "\t\n\r" or unicodedata.category(ch) not in ("Cf", "Cc"))
    text = text.replace(_WASLA, "\u0627")
    return unicodedata.normalize("NFC", _MARKS.sub("", text))


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        m = _CLITIC_SPLIT.fullmatch(tok)
        if m:
            out += [m.group(1), m.group(2)]
        else:
            out.append(tok)
    return out


def _is_punct(tok: str) -> bool:
    return not _WORDY.search(tok)


@dataclass
class _Line:
    number: int          # 1-based line in its file
    tokens: list[str]
    marked: int = 0      # marks removed (qcri only; for the count and examples)


def _text_lines(key: str, raw: bytes, tally: _Tally) -> list[_Line]:
    text = _decode(key, raw)
    rows = text.split("\n")
    if rows and rows[-1] == "":
        rows.pop()   # the final newline ends the last line; it opens no line of its own
    out: list[_Line] = []
    for n, row in enumerate(rows, 1):
        row = row.rstrip("\r")
        if not row.strip():
            tally.add("layout:blank-lines-ignored", example=f"{key} line {n}")
            continue
        plain = undiacritize(row, tally if key == "qcri" else None)
        line = _Line(n, _tokens(plain))
        if key == "qcri":
            line.marked = len(_MARKS.findall(unicodedata.normalize("NFC", row)))
            example = None
            for word in row.split():
                bare = undiacritize(word)
                if bare != unicodedata.normalize("NFC", word):
                    example = f"{word} → {bare}"
                    break
            tally.add("undiacritize:marks-removed", line.marked, example)
        out.append(line)
    return out


def _camel_lines(raw: bytes, tally: _Tally) -> list[_Line]:
    text = _decode("camel", raw)
    rows = text.split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    head = rows[0].rstrip("\r").split("\t") if rows else []
    if head[:2] != ["dediac", "original_gold"] or len(head) != 4:
        raise _fail("the header row must be `dediac original_gold max_gold max_gold_alt`", "camel", 1)
    out: list[_Line] = []
    current: _Line | None = None
    for n, row in enumerate(rows[1:], 2):
        row = row.rstrip("\r")
        fields = row.split("\t")
        if not row.strip():
            # A row of empty columns separates two lines of the running text.
            if len(fields) not in (1, 4):
                raise _fail(f"a separator row has {len(fields)} columns, not 4", "camel", n)
            current = None
            continue
        if len(fields) != 4:
            raise _fail(f"a token row has {len(fields)} columns, not 4", "camel", n)
        dediac = undiacritize(fields[0].strip())
        if not dediac:
            raise _fail("a token row has an empty `dediac` column", "camel", n)
        gold = undiacritize(fields[1].strip())
        tally.add("camel:gold-agrees-with-dediac" if gold == dediac else "camel:gold-disagrees-with-dediac",
                  example=None if gold == dediac else f"{gold} ≠ {dediac}")
        if current is None:
            current = _Line(n, [])
            out.append(current)
        current.tokens += _tokens(dediac)
    return out


def _ends_sentence(tokens: list[str]) -> bool:
    k = len(tokens)
    while k and tokens[k - 1] in _TRAILING_CLOSERS:
        k -= 1
    return bool(k) and tokens[k - 1] in _SENTENCE_FINAL


def _zero_padded_same(a: str, b: str) -> bool:
    return (a != b and _DIGITS.fullmatch(a) is not None and _DIGITS.fullmatch(b) is not None
            and a.lstrip("0") == b.lstrip("0"))


def _show(tokens: list[str]) -> str:
    # One reading as one example word: tokens of a multi-token reading joined by a middle dot.
    return "·".join(tokens) if tokens else "∅"


@dataclass
class _Resolved:
    tokens: list[str]
    unresolved: list[tuple[int, tuple[tuple[str, str], ...]]]   # (token index, variants)
    camel_diffs: list[tuple[tuple[str, ...], tuple[str, ...]]]  # (camel extra, camel missing)


def _vote(qs: list[str], fs: list[str], cs: list[str] | None) -> tuple[str, list[str]] | None:
    """The rule and reading for one stretch where qcri and farasa differ, or None."""
    punct = all(_is_punct(t) for t in qs + fs)
    if len(qs) == 1 == len(fs) and _zero_padded_same(qs[0], fs[0]):
        return "number:zero-padding-kept", [max(qs[0], fs[0], key=len)]
    if cs is not None and cs == qs:
        if punct:
            return "punctuation:majority", qs
        if len(qs) == 1 == len(fs) and "." in qs[0] and qs[0].replace(".", "") == fs[0]:
            return "word:decimal-point-only-in-qcri", qs
        return "word:majority-qcri-camel", qs
    if cs is not None and cs == fs:
        return ("punctuation:majority" if punct else "word:majority-farasa-camel"), fs
    return None


def _resolve_line(q: _Line, f: _Line, c: _Line, tally: _Tally) -> _Resolved:
    qt, ft, ct = q.tokens, f.tokens, c.tokens
    mf = difflib.SequenceMatcher(None, qt, ft, autojunk=False)
    mc = difflib.SequenceMatcher(None, qt, ct, autojunk=False)
    if mf.ratio() < 0.5:
        raise _fail(f"line does not match qcri line {q.number}: the copies are out of step", "farasa", f.number)
    if mc.ratio() < 0.5:
        raise _fail(f"line does not match qcri line {q.number}: the copies are out of step", "camel", c.number)

    camel_of: list[int | None] = [None] * len(qt)
    camel_ops = []
    for tag, i1, i2, j1, j2 in mc.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                camel_of[i1 + k] = j1 + k
            tally.add("camel:dediac-agrees", i2 - i1)
        else:
            camel_ops.append((i1, i2, j1, j2))
            tally.add("camel:dediac-disagrees", max(i2 - i1, j2 - j1))

    def camel_reading(i1: int, i2: int) -> list[str] | None:
        # camel's tokens between the camel partners of qcri's neighbours of the stretch.
        prev = camel_of[i1 - 1] if i1 else -1  # -1: the stretch starts at the first token
        start = None if prev is None else prev + 1
        end = len(ct) if i2 == len(qt) else camel_of[i2]
        if start is None or end is None or end < start:
            return None
        return ct[start:end]

    out: list[str] = []
    unresolved: list[tuple[int, tuple[tuple[str, str], ...]]] = []
    voted: list[tuple[int, int]] = []      # qcri stretches where camel's reading was a vote

    def left() -> str:
        return out[-1] if out else ""

    for tag, i1, i2, j1, j2 in mf.get_opcodes():
        qs, fs = qt[i1:i2], ft[j1:j2]
        if tag == "equal":
            out += qs
            continue
        if not qs and all(_is_punct(t) for t in fs):
            tally.add("punctuation:only-in-farasa-kept", len(fs), f"{left()} → {left()} {' '.join(fs)}")
            out += fs
            continue
        if not fs and all(_is_punct(t) for t in qs):
            for t in qs:
                rule = "percent:restored-from-qcri" if t == "%" else "punctuation:only-in-qcri-kept"
                tally.add(rule, example=f"{left()} → {left()} {t}")
                out.append(t)
            continue
        if qs and fs and all(_is_punct(t) for t in qs + fs) and fs == [t for t in qs if t != "%"]:
            tally.add("percent:restored-from-qcri", qs.count("%"), f"{left()} {' '.join(fs)} → {left()} {' '.join(qs)}")
            out += qs
            continue
        cs = camel_reading(i1, i2)
        voted.append((i1, i2))
        # Equal-length stretches are voted word by word, so one bad word is one entry.
        if len(qs) == len(fs) and (cs is None or len(cs) == len(qs)):
            pieces = [([qs[k]], [fs[k]], None if cs is None else [cs[k]]) for k in range(len(qs))]
        else:
            pieces = [(qs, fs, cs)]
        for pq, pf, pc in pieces:
            if pq == pf:
                out += pq
                continue
            verdict = _vote(pq, pf, pc)
            if verdict is None:
                unresolved.append((len(out), (("qcri", " ".join(pq)), ("farasa", " ".join(pf)),
                                              ("camel", "(unaligned)" if pc is None else " ".join(pc)))))
                tally.add("unresolved", example=f"{_show(pq)} | {_show(pf)} | {'?' if pc is None else _show(pc)}")
                out += pq
                continue
            rule, reading = verdict
            loser = pf if reading == pq else pq
            who = "(farasa)" if reading == pq else "(qcri)"
            tally.add(rule, example=f"{_show(loser)} {who} → {_show(reading)}")
            out += reading

    # camel's own differences where qcri and farasa agree: outvoted, or (paired later) a shift.
    camel_diffs = []
    for i1, i2, j1, j2 in camel_ops:
        if any(a <= i2 and i1 <= b for a, b in voted):
            continue   # camel's reading there was a vote above
        camel_diffs.append((tuple(ct[j1:j2]), tuple(qt[i1:i2])))
    return _Resolved(out, unresolved, camel_diffs)


def _latin_name_inner(tokens: list[str]) -> set[int]:
    """Indices of tokens inside a Latin name written in pieces (`H 1 N 1`, `Half - Blood`)."""
    inner: set[int] = set()
    k = 0
    while k < len(tokens):
        if _LATIN_CAP.fullmatch(tokens[k]):
            end = k + 1
            while end < len(tokens) and (
                    (_DIGITS.fullmatch(tokens[end]) and _LATIN_CAP.fullmatch(tokens[end - 1]))
                    or (_LATIN_CAP.fullmatch(tokens[end]) and _DIGITS.fullmatch(tokens[end - 1]))):
                end += 1
            if end - k >= 3:
                inner.update(range(k + 1, end))
            k = end
        else:
            k += 1
    # `Half - Blood`, `R & B`: a hyphen or ampersand between two Latin words is inside one name.
    for k in range(1, len(tokens) - 1):
        if tokens[k] in ("-", "&") and _LATIN_WORD.fullmatch(tokens[k - 1]) and _LATIN_WORD.fullmatch(tokens[k + 1]):
            inner.update((k, k + 1))
    return inner


def _join(tokens: list[str], tally: _Tally) -> tuple[str, list[int]]:
    """Running text from tokens, and each token's 0-based word index in it."""
    words: list[str] = []
    word_of: list[int] = []
    glue_next = False
    quote_open = False
    latin = _latin_name_inner(tokens)
    for k, tok in enumerate(tokens):
        prev = tokens[k - 1] if k else ""
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        space = bool(words) and not glue_next
        glue_next = False
        if tok == _QUOTE:
            if quote_open:
                if space:
                    tally.add("spacing:quote-closing", example=f"{prev} {tok} → {prev}{tok}")
                space = False
            else:
                glue_next = True
                if nxt is not None:
                    tally.add("spacing:quote-opening", example=f"{tok} {nxt} → {tok}{nxt}")
            quote_open = not quote_open
        elif tok in _ATTACH_LEFT or (tok and set(tok) <= _ATTACH_LEFT):
            if space:
                tally.add("spacing:attached-to-previous", example=f"{prev} {tok} → {prev}{tok}")
            space = False
            if tok == ":" and _SHORT_NUMBER.fullmatch(prev) and nxt is not None and _SHORT_NUMBER.fullmatch(nxt):
                glue_next = True
                tally.add("spacing:time-colon-joined", example=f"{prev} : {nxt} → {prev}:{nxt}")
        elif tok in _ATTACH_RIGHT:
            glue_next = True
            if nxt is not None:
                tally.add("spacing:attached-to-next", example=f"{tok} {nxt} → {tok}{nxt}")
        elif tok in _CLITICS and nxt is not None and not (
                nxt in _ATTACH_LEFT or (nxt == _QUOTE and quote_open)):
            glue_next = True
            tally.add("spacing:proclitic-joined", example=f"{tok} {nxt} → {tok}{nxt}")
        elif _is_punct(tok) and k not in latin:
            tally.add("spacing:symbol-kept-spaced", example=f"{prev} {tok} {nxt or ''}".strip())
        if k in latin:
            space = False
        elif k + 1 in latin:
            # The first piece of a Latin name: count the name once, shown whole.
            end = k + 1
            while end in latin:
                end += 1
            tally.add("spacing:latin-joined",
                      example=f"{' '.join(tokens[k:end])} → {''.join(tokens[k:end])}" if end - k <= 4 else None)
        if space or not words:
            words.append(tok)
        else:
            words[-1] += tok
        word_of.append(len(words) - 1)
    return " ".join(words), word_of


def _part(paragraph: int) -> str:
    return "title" if paragraph == 0 else f"p{paragraph}"


def convert(data: Mapping[str, bytes]) -> Conversion:
    """The 70 articles of the 2014 set from the three copies (keys as in FILES): pure, deterministic."""
    for key, name in FILES.items():
        if key not in data:
            raise _fail(f"the {key} copy ({name}) was not given", key)
    tally = _Tally()
    copies = {"qcri": _text_lines("qcri", data["qcri"], tally),
              "farasa": _text_lines("farasa", data["farasa"], tally),
              "camel": _camel_lines(data["camel"], tally)}
    qlines, flines, clines = copies["qcri"], copies["farasa"], copies["camel"]
    if not qlines:
        raise _fail("the file holds no lines", "qcri")

    # Pass 1: resolve every line; headers open domains in DOMAINS order.
    sections: list[list[tuple[_Line, _Resolved, bool]]] = []
    header_line: list[int] = []
    for i in range(min(len(qlines), len(flines), len(clines))):
        q, f, c = qlines[i], flines[i], clines[i]
        is_header = {key: lines[i].tokens[:1] == ["#"] for key, lines in copies.items()}
        if len(set(is_header.values())) > 1:
            odd = "farasa" if is_header["farasa"] != is_header["qcri"] else "camel"
            raise _fail(f"a domain header and an article line meet (qcri line {q.number}): the copies are "
                        "out of step", odd, copies[odd][i].number)
        if is_header["qcri"]:
            k = len(sections)
            if k >= len(DOMAINS):
                raise _fail(f"more than {len(DOMAINS)} domain headers", "qcri", q.number)
            for key, lines in copies.items():
                word = " ".join(lines[i].tokens[1:])
                if word != DOMAINS[k][1]:
                    raise _fail(f"domain header {word!r} where {DOMAINS[k][1]!r} ({DOMAINS[k][0]}) was expected",
                                key, lines[i].number)
            sections.append([])
            header_line.append(q.number)
            continue
        if not sections:
            raise _fail("an article line comes before the first `# <domain>` header", "qcri", q.number)
        res = _resolve_line(q, f, c, tally)
        ends = [_ends_sentence(lines[i].tokens) for lines in copies.values()]
        if len(set(ends)) > 1:
            tally.add("boundary:copies-disagree-on-final-mark", example=f"qcri line {q.number}")
        nwords = sum(1 for t in res.tokens if not _is_punct(t))
        title = False
        if not any(ends):
            if nwords < TITLE_MIN_WORDS:
                tally.add("boundary:heading-kept-in-body", example=f"{_show(res.tokens)} (qcri line {q.number})")
            elif nwords > TITLE_MAX_WORDS:
                tally.add("boundary:unpunctuated-long-line-kept-in-body", example=f"qcri line {q.number}")
            else:
                title = True
        sections[-1].append((q, res, title))
    lengths = {key: len(lines) for key, lines in copies.items()}
    if len(set(lengths.values())) > 1:
        short = min(lengths.values())
        for key, lines in copies.items():
            if len(lines) > short:
                raise _fail(f"{len(lines)} text lines where another copy has {short}: the copies are out of step",
                            key, lines[short].number)
    if len(sections) != len(DOMAINS):
        raise _fail(f"{len(sections)} domain headers, {len(DOMAINS)} expected", "qcri")

    # Pass 2: articles. A title opens an article; every following line until the next is its body.
    articles: list[Article] = []
    unresolved: list[Unresolved] = []
    source_lines: dict[str, int] = {}
    where: dict[int, tuple[str, int]] = {}      # qcri line -> (locator, paragraph)
    camel_diffs: list[tuple[int, tuple[str, ...], tuple[str, ...]]] = []
    for (slug, word), section, hline in zip(DOMAINS, sections, header_line, strict=True):
        titles = [q.number for q, _, is_title in section if is_title]
        if len(titles) != ARTICLES_PER_DOMAIN:
            raise _fail(f"the title rule finds {len(titles)} articles in domain {slug} ({word}), "
                        f"{ARTICLES_PER_DOMAIN} expected", "qcri", hline)
        if not section or not section[0][2]:
            raise _fail(f"the first line of domain {slug} is not a title by the rule", "qcri",
                        section[0][0].number if section else hline)
        groups: list[list[tuple[_Line, _Resolved, bool]]] = []
        for entry in section:
            if entry[2]:
                groups.append([])
            groups[-1].append(entry)
        for index, group in enumerate(groups, 1):
            locator = f"{SET_NAME}/{slug}/{index:02d}"
            if len(group) < 2:
                raise _fail(f"article {locator} has a title and no body line", "qcri", group[0][0].number)
            texts = []
            for para, (q, res, _) in enumerate(group):
                text, word_of = _join(res.tokens, tally)
                texts.append(text)
                where[q.number] = (locator, para)
                for tok_index, variants in res.unresolved:
                    unresolved.append(Unresolved(locator, para, word_of[tok_index] if tok_index < len(word_of)
                                                 else len(text.split(" ")), variants))
                camel_diffs += [(q.number, extra, missing) for extra, missing in res.camel_diffs]
            tally.add("boundary:title", example=f"qcri line {group[0][0].number} → {slug}/{index:02d}")
            source_lines[locator] = group[0][0].number
            articles.append(Article(len(articles) + 1, slug, index, locator, texts[0], tuple(texts[1:])))

    # camel-only differences: a word camel added to one line and dropped from the next (or previous)
    # is one shifted word; anything else is simply outvoted by qcri and farasa.
    qline_order = {n: k for k, n in enumerate(sorted(where))}
    paired: set[int] = set()
    for a, (line_a, extra_a, _) in enumerate(camel_diffs):
        if a in paired or not extra_a:
            continue
        for b, (line_b, _, missing_b) in enumerate(camel_diffs):
            if b in paired or b == a or missing_b != extra_a:
                continue
            if abs(qline_order[line_a] - qline_order[line_b]) == 1:
                paired.update((a, b))
                loc_a, para_a = where[line_a]
                _, para_b = where[line_b]
                tally.add("camel:shifted-word", len(extra_a),
                          f"{_show(list(extra_a))} ({loc_a.split('/', 1)[1]} {_part(para_b)} → {_part(para_a)})")
                break
    for k, (_line, extra, missing) in enumerate(camel_diffs):
        if k not in paired:
            tally.add("camel:outvoted", max(len(extra), len(missing)),
                      f"{_show(list(extra))} (camel) → {_show(list(missing))}")

    if len(articles) != len(DOMAINS) * ARTICLES_PER_DOMAIN:
        raise _fail(f"{len(articles)} articles, {len(DOMAINS) * ARTICLES_PER_DOMAIN} expected", "qcri")
    counts = {rule: tally.counts.get(rule, 0) for rule in RULES}
    examples = {rule: list(tally.examples.get(rule, [])) for rule in RULES}
    return Conversion(articles, counts, unresolved, examples, source_lines)


def list_2024(data: bytes) -> list[dict]:
    """Per article of the 2024 set (blank lines between articles): number, line count, word count; no text."""
    text = _decode(FILE_2024, data)
    out: list[dict] = []
    lines = words = 0
    for row in text.split("\n") + [""]:
        if row.strip():
            lines += 1
            words += sum(1 for w in row.split() if _WORDY.search(w))
        elif lines:
            out.append({"number": len(out) + 1, "lines": lines, "words": words})
            lines = words = 0
    return out


def _words(text: str) -> int:
    return sum(1 for w in text.split() if _WORDY.search(w))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("`", "'")


def report_markdown(conv: Conversion, sha256: Mapping[str, str],
                    listing_2024: list[dict] | None = None) -> str:
    """The conversion report (docs/sources/arwikinews-conversion.md). `sha256` maps file names to hashes."""
    out = ["# Arabic Wikinews 2014: conversion report", "",
           f"Generated by `khabar.sources.arwikinews` (converter version {CONVERTER_VERSION}); do not edit by "
           "hand. It holds no article text: only counts, locators and examples of a few words.", "",
           "## Files", "", "| copy | file | SHA-256 |", "|---|---|---|"]
    for key, name in [*FILES.items(), ("2024 set (listed only)", FILE_2024)]:
        out.append(f"| {key} | `{name}` | {sha256.get(name, '(not given)')} |")
    total_paras = sum(len(a.paragraphs) for a in conv.articles)
    total_words = sum(_words(p) for a in conv.articles for p in a.paragraphs)
    out += ["", f"{len(conv.articles)} articles, {total_paras} body paragraphs, {total_words} body words "
            f"(titles aside); {len(conv.unresolved)} unresolved readings.", "",
            "## Rules", "",
            "Each article is a title and its body paragraphs (one per source line), undiacritized, NFC, with "
            "running-text spacing. qcri is the base copy; farasa and camel are read against it line by line. "
            "camel follows qcri's tokens one for one (its `dediac` column is qcri undiacritized, dropped marks "
            "included), so where only farasa differs in a word, the majority of three sides with qcri; farasa "
            "is the independent witness for punctuation that qcri's tokenisation lost.", "",
            "| rule | what it does | count | examples |", "|---|---|---:|---|"]
    for rule, text in RULES.items():
        ex = "; ".join(f"`{_cell(e)}`" for e in conv.examples.get(rule, []))
        out.append(f"| `{rule}` | {text} | {conv.counts.get(rule, 0)} | {ex} |")
    out += ["", "## Articles", "",
            "Stable locators `WikiNews_2014/<domain>/<nn>`: the domain and the article's place in it "
            "(file order). Word counts are of body paragraphs, titles aside.", ""]
    for slug, word in DOMAINS:
        mine = [a for a in conv.articles if a.domain == slug]
        out += [f"### {slug} ({word}): {len(mine)} articles", "",
                "| # | locator | qcri line | paragraphs | words |", "|---:|---|---:|---:|---:|"]
        for a in mine:
            out.append(f"| {a.number} | `{a.locator}` | {conv.source_lines.get(a.locator, '')} | "
                       f"{len(a.paragraphs)} | {sum(_words(p) for p in a.paragraphs)} |")
        out.append("")
    out += ["## Unresolved", ""]
    if conv.unresolved:
        out += ["| locator | paragraph | word | readings |", "|---|---:|---:|---|"]
        for u in conv.unresolved:
            readings = "; ".join(f"{copy}: `{_cell(' '.join(text.split()[:4]))}`" for copy, text in u.variants)
            out.append(f"| `{u.locator}` | {u.paragraph} | {u.word} | {readings} |")
    else:
        out.append("None: every disagreement between the copies was settled by a rule above.")
    out += ["", f"## The 2024 set (`{FILE_2024}`)", "",
            "Listed, nothing more: its digits are damaged where punctuation sits inside a number "
            "(PROVENANCE.md), so it is not converted.", ""]
    if listing_2024:
        out += ["| article | lines | words |", "|---:|---:|---:|"]
        out += [f"| {row['number']} | {row['lines']} | {row['words']} |" for row in listing_2024]
        out += ["", f"{len(listing_2024)} articles, {sum(r['lines'] for r in listing_2024)} lines, "
                f"{sum(r['words'] for r in listing_2024)} words."]
    else:
        out.append("(not given)")
    return "\n".join(out) + "\n"
