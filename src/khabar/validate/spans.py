"""Checks every span layer shares: bounds and covered text, edges, word boundaries, duplicates, crossing."""
from __future__ import annotations

import unicodedata

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


def layer_span_problems(ctx: AnnotationContext, layer: str) -> list[Problem]:
    """Every span check of one layer: each span and sub-span, then duplicates and crossings."""
    out: list[Problem] = []
    placed: list[Span] = []  # in-bounds spans; `id` holds the JSON path, to name the other of a pair
    first: dict[tuple, str] = {}
    label_field = "label" if layer == "entities" else None
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
        sp = span_of(item, label_field)
        if sp is not None:
            out += span_problems(ctx.text, sp, ctx.path, where)
        for sub in SUB_SPANS:
            sub_sp = span_of(item.get(sub))
            if sub_sp is not None:
                out += span_problems(ctx.text, sub_sp, ctx.path, f"{where}.{sub}")
        if sp is None or not sp.in_bounds(len(ctx.text)):
            continue
        placed.append(Span(sp.start, sp.end, sp.label, sp.text, where))
        key = sp.key if layer == "entities" else (sp.start, sp.end)
        if key in first:
            out.append(Problem(ctx.path, where, "span-duplicate",
                               f"expected one {layer[:-1]} per extent, found a copy of {first[key]}",
                               references=(first[key],)))
        else:
            first[key] = where
    for a, b in crossing_pairs(placed):
        out.append(Problem(ctx.path, b.id or "$", "span-crossing",
                           f"expected {layer} spans to nest or be disjoint, found [{b.start}, {b.end}) "
                           f"crossing {a.id} [{a.start}, {a.end})", references=(a.id or "$",)))
    return out
