"""Checks every span layer shares: bounds and covered text, edges, word boundaries, duplicates, crossing."""
from __future__ import annotations

import unicodedata
from functools import partial
from typing import Any

from khabar.corpus.documents import is_source_backed
from khabar.model.errors import Problem
from khabar.model.labels import PROCLITICS
from khabar.model.spans import MAX_CLITICS, Span, crossing_pairs
from khabar.validate.context import AnnotationContext, span_of

# Sub-spans an annotation object may carry (a number's qualifier and counted noun, a claim's cue).
SUB_SPANS = ("qualifier_span", "counted", "cue")
# Currency and percent signs may end a span ("%50", "$3"); other punctuation may not.
EDGE_SIGNS = "%$€£"


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def _is_edge_junk(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PSZ" and ch not in EDGE_SIGNS


def span_problems(text: str, sp: Span, path: str, where: str) -> list[Problem]:
    """Bounds, covered text, edges and word boundaries of one span: the one place they are checked."""
    s, e = sp.start, sp.end
    if s >= e:
        return [Problem(path, where, "span-empty", f"expected start < end, found [{s}, {e})")]
    if not sp.in_bounds(len(text)):
        return [Problem(path, where, "span-out-of-bounds",
                        f"expected 0 <= start < end <= {len(text)}, found [{s}, {e})")]
    out: list[Problem] = []
    covered = sp.covered(text)
    if not sp.text_matches(text):
        out.append(Problem(path, where, "span-text-mismatch",
                           f"expected {covered!r} (text[{s}:{e}]), found {sp.text!r}"))
    if "\n" in covered:
        out.append(Problem(path, where, "span-crosses-paragraph",
                           "expected a span inside one paragraph, found one covering a line break"))
    if _is_edge_junk(covered[0]) or _is_edge_junk(covered[-1]):
        out.append(Problem(path, where, "span-edge",
                           f"expected no space or punctuation at either end, found {covered!r}"))
    w = s
    while w > 0 and _is_word_char(text[w - 1]):
        w -= 1
    prefix = text[w:s]
    if prefix and not (len(prefix) <= MAX_CLITICS and all(c in PROCLITICS for c in prefix)):
        out.append(Problem(path, where, "span-word-boundary",
                           f"expected the span to start a word (after proclitics only), "
                           f"found it inside {text[w:e]!r}"))
    if e < len(text) and _is_word_char(text[e]) and _is_word_char(text[e - 1]):
        tail = e
        while tail < len(text) and _is_word_char(text[tail]):
            tail += 1
        out.append(Problem(path, where, "span-word-boundary",
                           f"expected the span to end a word, found it inside {text[s:tail]!r}"))
    return out


# A Span without the Python-level __new__ of a NamedTuple (one per span of a corpus).
_make_span = partial(tuple.__new__, Span)
# Characters judged so far (a document's text repeats the same few dozen letters).
_WORD: dict[str, bool] = {}
_JUNK: dict[str, bool] = {}


def _clean(text: str, s: int, e: int, t: str | None) -> bool:
    """Whether `span_problems` finds nothing in the span [s, e) with stored text `t` (the same
    checks, with each character's class looked up once per process): most spans of a corpus
    are clean, and only the others go through `span_problems` for their problems."""
    if not 0 <= s < e <= len(text):
        return False
    covered = text[s:e]
    if (t is not None and covered != t) or "\n" in covered:
        return False
    for ch in (covered[0], covered[-1]):
        junk = _JUNK.get(ch)
        if junk is None:
            junk = _JUNK[ch] = _is_edge_junk(ch)
        if junk:
            return False
    w = s
    while w > 0:
        word = _WORD.get(text[w - 1])
        if word is None:
            word = _WORD[text[w - 1]] = _is_word_char(text[w - 1])
        if not word:
            break
        w -= 1
    if w < s and not (s - w <= MAX_CLITICS and all(c in PROCLITICS for c in text[w:s])):
        return False
    if e < len(text):
        for ch in (text[e], text[e - 1]):
            word = _WORD.get(ch)
            if word is None:
                word = _WORD[ch] = _is_word_char(ch)
            if not word:
                return True
        return False
    return True


def layer_span_problems(ctx: AnnotationContext, layer: str) -> list[Problem]:
    """Every span check of one layer: each span and sub-span, then duplicates and crossings."""
    out: list[Problem] = []
    # In-bounds spans as (start, end, label, text, JSON path), and the order to sweep them in.
    placed: list[tuple[int, int, str, str | None, str]] = []
    order: list[tuple[int, int, int]] = []
    first: dict[tuple, str] = {}
    text, n = ctx.text, len(ctx.text)
    entities = layer == "entities"
    # A document whose text is third-party (source-backed) keeps offsets only in the project:
    # a stored covered text would copy its sentences (a long claim, a long title) into the repo.
    offsets_only = is_source_backed(ctx.document)
    for where, item in ctx.items(layer):
        if offsets_only:
            for at, obj in ((where, item), *((f"{where}.{k}", item.get(k)) for k in SUB_SPANS)):
                if isinstance(obj, dict) and "text" in obj:
                    out.append(Problem(ctx.path, f"{at}.text", "span-text-stored",
                                       "expected offsets only in the annotation of a source-backed "
                                       "document (its text comes from the source), found a text"))
        # `span_of`, unrolled: the span when its offsets are integers and its text a string (or absent).
        s: Any = item.get("start")
        e: Any = item.get("end")
        t: Any = item.get("text")
        typed = type(s) is int and type(e) is int and (isinstance(t, str) or "text" not in item)
        if typed and not _clean(text, s, e, t):
            out += span_problems(text, span_of(item, "label" if entities else None), ctx.path, where)  # type: ignore[arg-type]
        for sub in SUB_SPANS:
            sub_sp = span_of(v) if (v := item.get(sub)) is not None else None
            if sub_sp is not None and not _clean(text, sub_sp.start, sub_sp.end, sub_sp.text):
                out += span_problems(text, sub_sp, ctx.path, f"{where}.{sub}")
        if not typed or not 0 <= s < e <= n:
            continue
        label = item.get("label") if entities else ""
        label = label if isinstance(label, str) else ""
        order.append((s, -e, len(placed)))
        placed.append((s, e, label, t, where))
        key = (s, e, label) if entities else (s, e)
        if key in first:
            out.append(Problem(ctx.path, where, "span-duplicate",
                               f"expected one {layer[:-1]} per extent, found a copy of {first[key]}",
                               references=(first[key],)))
        else:
            first[key] = where
    if _laminar(order):
        return out
    for a, b in crossing_pairs([_make_span(x) for x in placed]):
        out.append(Problem(ctx.path, b.id or "$", "span-crossing",
                           f"expected {layer} spans to nest or be disjoint, found [{b.start}, {b.end}) "
                           f"crossing {a.id} [{a.start}, {a.end})", references=(a.id or "$",)))
    return out


def _laminar(order: list[tuple[int, int, int]]) -> bool:
    """Whether no two spans cross (`crossing_pairs` finds none), by one sweep over the spans as
    (start, -end, index), a stack of the ends still open: a span crosses one when it starts inside
    the innermost open span and ends after it."""
    order.sort()
    ends: list[int] = []
    for s, minus_e, _ in order:
        while ends and ends[-1] <= s:
            ends.pop()
        if ends and -minus_e > ends[-1]:
            return False
        ends.append(-minus_e)
    return True
