"""Tokens and sentences with character offsets (the `ner` view of a text).

Tokens are runs of word characters (with Arabic diacritics, and numbers with inner separators
kept whole) or single punctuation marks; white space separates and is never a token. Proclitics stay on their token,
as in ANERcorp and Wojood ("بدمشق" is one token).
"""
from __future__ import annotations

import re

from khabar.model.spans import Token

# Arabic combining marks (harakat, shadda, superscript alef, Quranic marks) are not \w in `re`.
WORD = r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]+"
# A word run; when it ends in a digit, decimal/thousands separators followed by digits stay inside.
TOKEN_RE = re.compile(rf"{WORD}(?:(?<=\d)[.,٫٬]\d+)*|[^\w\s\u0610-\u061A\u064B-\u065F\u0670]")
SENTENCE_END = {".", "؟", "?", "!", "…"}


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of `text`, with offsets shifted by `offset`.

    >>> [t.text for t in tokenize("قال المرصد: 412 قتيلا.")]
    ['قال', 'المرصد', ':', '412', 'قتيلا', '.']
    """
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in TOKEN_RE.finditer(text)]


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence extents inside text[start:end] (one paragraph): a sentence ends after . ؟ ? ! …

    A quotation mark right after the end mark stays with the sentence it closes.
    """
    return token_sentences(tokenize(text[start:end], start))


def token_sentences(toks: list[Token]) -> list[tuple[int, int]]:
    """Sentence extents over the tokens of one paragraph (see `sentences`)."""
    out: list[tuple[int, int]] = []
    i, first = 0, 0
    while i < len(toks):
        if toks[i].text in SENTENCE_END:
            j = i
            while j + 1 < len(toks) and toks[j + 1].text in {'"', "»", "”", ")"}:
                j += 1
            out.append((toks[first].start, toks[j].end))
            first = i = j + 1
            continue
        i += 1
    if first < len(toks):
        out.append((toks[first].start, toks[-1].end))
    return out
