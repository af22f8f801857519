"""The one span model: Span and Token value types, their order, offsets, proclitics and IOB2.

A span is a half-open ``[start, end)`` interval of Unicode code points into the NFC text of a
document (or of a row cut from it, after `Span.rebase`). Every layer, format and metric speaks
it; formats that count UTF-16 code units (Label Studio, UIMA) convert at their own edge with
`to_utf16` / `from_utf16`.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple, overload

from khabar.model.labels import PROCLITICS

# و + ب + ال is the longest chain of letters in front of a name ("وبالمدينة"): up to three
# proclitic letters are stripped. The article ال is not in PROCLITICS (it belongs to the name).
MAX_CLITICS = 3


class Span(NamedTuple):
    """A labelled half-open interval; `text` is the covered text where known, `id` the
    annotation id (e1, n3, ...) where the span comes from an annotation file.

    A NamedTuple rather than a dataclass: it is frozen, hashable, and cheap to make at the
    millions the build and the scorer make.
    """
    start: int
    end: int
    label: str = ""
    text: str | None = None
    id: str | None = None

    @classmethod
    def of(cls, obj: Mapping, label_field: str | None = "label") -> Span:
        """The span of an annotation object (`{"start", "end", "text", "id", label_field}`)."""
        label = obj.get(label_field, "") if label_field else ""
        return cls(obj["start"], obj["end"], label if isinstance(label, str) else "",
                   obj.get("text"), obj.get("id"))

    @property
    def key(self) -> tuple[int, int, str]:
        """(start, end, label): what span-level metrics compare."""
        return (self.start, self.end, self.label)

    def sort_key(self) -> tuple[int, int, tuple[str, int]]:
        """Document order, an enclosing span before the spans nested in it: (start, -end, id),
        the id compared by its number (n9 before n10)."""
        return (self.start, -self.end, id_key(self.id))

    @property
    def width(self) -> int:
        return self.end - self.start

    def shift(self, delta: int) -> Span:
        """The same span with both offsets moved by `delta`."""
        return self._replace(start=self.start + delta, end=self.end + delta)

    def rebase(self, origin: int) -> Span:
        """The span in offsets relative to `origin` (a row that starts at `origin`)."""
        return self.shift(-origin)

    def covered(self, text: str) -> str:
        return text[self.start:self.end]

    def offsets(self) -> dict[str, Any]:
        """The `{start, end, text}` object that annotation files and release rows store."""
        return {"start": self.start, "end": self.end, "text": self.text}

    def in_bounds(self, length: int) -> bool:
        return 0 <= self.start < self.end <= length

    def text_matches(self, text: str) -> bool:
        """Whether the stored `text` is what the offsets cover (always true when none is stored)."""
        return self.text is None or text[self.start:self.end] == self.text

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def jaccard(self, other: Span) -> float:
        """Shared code points over the code points of either (0.0 for two empty spans)."""
        union = max(self.end, other.end) - min(self.start, other.start)
        return max(0, min(self.end, other.end) - max(self.start, other.start)) / union if union else 0.0

    def crosses(self, other: Span) -> bool:
        """Overlapping without either containing the other (not laminar)."""
        return self.overlaps(other) and not self.contains(other) and not other.contains(self)


def id_key(ann_id: str | None) -> tuple[str, int]:
    """Order of annotation ids: by prefix, then by number ("e9" before "e10")."""
    if not ann_id:
        return ("", -1)
    head = ann_id.rstrip("0123456789")
    tail = ann_id[len(head):]
    return (head, int(tail) if tail else -1)


class Token(NamedTuple):
    start: int
    end: int
    text: str


def sort_spans(spans: Iterable[Span]) -> list[Span]:
    return sorted(spans, key=Span.sort_key)


@overload
def local(obj: Mapping, origin: int) -> dict[str, Any]: ...


@overload
def local(obj: None, origin: int) -> None: ...


def local(obj: Mapping | None, origin: int) -> dict[str, Any] | None:
    """An annotation's `{start, end, text}` in offsets relative to `origin` (the start of the row
    or context that holds it), or None for an absent span."""
    return None if obj is None else Span.of(obj, None).rebase(origin).offsets()


# The span layers of an annotation file and the sub-spans their objects may carry.
SPAN_LAYERS = ("entities", "numbers", "claims")
SUB_SPANS = ("qualifier_span", "counted", "cue")


def _each_span(ann: Mapping, fn: Any) -> dict[str, Any]:
    """A copy of an annotation with `fn` applied to every span object and sub-span object."""
    out = dict(ann)
    for layer in SPAN_LAYERS:
        items = ann.get(layer)
        if not isinstance(items, list):
            continue
        new = []
        for x in items:
            if isinstance(x, dict):
                x = fn(x)
                for sub in SUB_SPANS:
                    if isinstance(x.get(sub), dict):
                        x[sub] = fn(x[sub])
            new.append(x)
        out[layer] = new
    return out


def with_texts(ann: Mapping, text: str) -> dict[str, Any]:
    """A copy of an annotation whose every span and sub-span carries its covered text (a
    source-backed document's annotation stores offsets only; readers show and compare words)."""
    def fill(x: dict) -> dict:
        s, e = x.get("start"), x.get("end")
        if "text" in x or type(s) is not int or type(e) is not int:
            return dict(x)
        return {**x, "text": text[s:e]}
    return _each_span(ann, fill)


def without_texts(ann: Mapping) -> dict[str, Any]:
    """A copy of an annotation with offsets only: what a source-backed document's files store
    (its text is third-party and is never kept in the project)."""
    return _each_span(ann, lambda x: {k: v for k, v in x.items() if k != "text"})


def outermost(spans: Iterable[Span]) -> list[Span]:
    """The spans not contained in another span (ties: the first in sort order wins).

    A span crossing an earlier outer span is dropped too, so the result never overlaps itself.
    """
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


def crossing_pairs(spans: Sequence[Span]) -> Iterator[tuple[Span, Span]]:
    """Every pair of spans that cross, each pair once, the earlier span first."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    # By index: a slice of the rest at each span would copy the list n times (quadratic).
    for i, a in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            if b.start >= a.end:
                break
            if b.end > a.end:
                yield a, b


def token_range(tokens: Sequence[Token], span: Span, starts: Sequence[int] | None = None
                ) -> range:
    """Indices of the tokens overlapping `span`, for tokens in text order (binary search).

    Pass `starts` (the tokens' start offsets) when calling repeatedly over one token list.
    """
    if starts is None:
        starts = [t.start for t in tokens]
    first = bisect.bisect_right(starts, span.start) - 1
    if first < 0 or tokens[first].end <= span.start:
        first += 1
    last = bisect.bisect_left(starts, span.end)
    return range(first, max(first, last))


def paragraph_of(starts: Sequence[int], offset: int) -> int:
    """Index of the paragraph (by sorted start offsets) that holds `offset`."""
    return bisect.bisect_right(starts, offset) - 1


def strip_proclitics(word: str) -> Iterator[str]:
    """The word, then its forms without 1..MAX_CLITICS leading proclitic letters (و ف ب ل ك).

    A form must keep at least two letters: "بل" is not ب + ل. The article ال is not stripped.
    """
    yield word
    for k in range(1, MAX_CLITICS + 1):
        if len(word) > k + 1 and all(c in PROCLITICS for c in word[:k]):
            yield word[k:]


# --- IOB2 -------------------------------------------------------------------------------------

ORPHAN_POLICIES = ("error", "begin")


class OrphanTag(ValueError):
    """An I- tag that continues no entity of its type, under the `error` policy."""

    def __init__(self, index: int, tag: str, previous: str):
        super().__init__(f"{tag} at token {index + 1} continues no entity (previous tag {previous}); "
                         f"expected B-{tag[2:]}")
        self.index, self.tag, self.previous = index, tag, previous


def split_tag(tag: str) -> tuple[str, str]:
    """("B"|"I"|"O", label) of an IOB2 tag; anything else raises ValueError."""
    if tag == "O":
        return "O", ""
    prefix, sep, label = tag.partition("-")
    if not sep or prefix not in ("B", "I") or not label:
        raise ValueError(f"not an IOB2 tag: {tag!r}")
    return prefix, label


def iob2_transition(prev: str, cur: str) -> tuple[bool, bool, bool]:
    """(starts, inside, ends-previous) for the tag `cur` after `prev`, conlleval's reading.

    `starts`: `cur` opens a chunk; `inside`: `cur` is within a chunk; `ends-previous`: the chunk
    open at `prev` closes before `cur`. An orphan I- (after O or another type) starts a chunk.
    """
    p_kind, p_label = split_tag(prev)
    c_kind, c_label = split_tag(cur)
    continues = c_kind == "I" and p_kind != "O" and p_label == c_label
    starts = c_kind == "B" or (c_kind == "I" and not continues)
    ends = p_kind != "O" and not continues
    return starts, c_kind != "O", ends


def decode_iob2(tags: Sequence[str], orphan: str = "error") -> list[tuple[int, int, str]]:
    """Token-index chunks ``(first, last + 1, label)`` of one IOB2 sequence.

    `orphan` says what an I- tag that continues no chunk of its type means: ``"error"`` raises
    `OrphanTag` (a strict reader of gold), ``"begin"`` opens a chunk (conlleval, and a tagger's
    output, which may emit such tags).
    """
    if orphan not in ORPHAN_POLICIES:
        raise ValueError(f"orphan policy {orphan!r}: expected one of {ORPHAN_POLICIES}")
    chunks: list[tuple[int, int, str]] = []
    prev = "O"
    first = -1
    for i, tag in enumerate(tags):
        starts, inside, ends = iob2_transition(prev, tag)
        if ends:
            chunks.append((first, i, split_tag(prev)[1]))
        if starts:
            if tag[0] == "I" and orphan == "error":
                raise OrphanTag(i, tag, prev)
            first = i
        prev = tag if inside else "O"
    if prev != "O":
        chunks.append((first, len(tags), split_tag(prev)[1]))
    return chunks


def tag_spans(tokens: Sequence[Token], tags: Sequence[str], orphan: str = "error") -> list[Span]:
    """Character spans of an IOB2 sequence over `tokens` (see `decode_iob2` for `orphan`)."""
    return [Span(tokens[a].start, tokens[b - 1].end, label)
            for a, b, label in decode_iob2(tags, orphan)]


def encode_iob2(tokens: Sequence[Token], spans: Iterable[Span]) -> tuple[list[str], int]:
    """IOB2 tags of the outermost spans over `tokens`, and how many spans lose information.

    A token overlapping a span takes its tag, so a token that carries a proclitic before an
    entity ("لفرانس") is tagged like the entity (the ANERcorp convention). A span loses
    information when its boundaries are not token boundaries, or when it covers no token.
    """
    tags = ["O"] * len(tokens)
    starts = [t.start for t in tokens]
    lossy = 0
    for span in outermost(spans):
        covered = token_range(tokens, span, starts)
        if not covered:
            lossy += 1
            continue
        if tokens[covered[0]].start != span.start or tokens[covered[-1]].end != span.end:
            lossy += 1
        for k, i in enumerate(covered):
            if tags[i] == "O":
                tags[i] = ("B-" if k == 0 else "I-") + span.label
    return tags, lossy


# --- UTF-16 edges -----------------------------------------------------------------------------

# Characters outside the Basic Multilingual Plane: two UTF-16 code units (a surrogate pair) each.
_ASTRAL_RE = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Index:
    """Offsets of one text converted between code points and UTF-16 code units, in O(log n)
    each after one linear pass over the text.

    Built once per text and asked for every offset: a converter that walks the text at each
    call makes reading a document's regions quadratic (a 41 MB Label Studio export of one long
    text took hours and tens of gigabytes). Holds only the positions of the characters outside
    the BMP, so its memory is that of those characters, not of the text.
    """

    __slots__ = ("_astral", "_astral16", "length", "length16")

    def __init__(self, text: str):
        self._astral = [m.start() for m in _ASTRAL_RE.finditer(text)]  # code-point offsets
        # The UTF-16 offset of each: k astral characters before it add k units.
        self._astral16 = [i + k for k, i in enumerate(self._astral)]
        self.length = len(text)
        self.length16 = len(text) + len(self._astral)

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 code-unit offset of a code-point offset (0..len(text))."""
        return offset + bisect.bisect_left(self._astral, offset)

    def from_utf16(self, offset: int) -> int:
        """The code-point offset of a UTF-16 code-unit offset; ValueError inside a surrogate
        pair or outside the text."""
        if isinstance(offset, bool) or not isinstance(offset, int):
            raise TypeError(f"UTF-16 offset {offset!r} is not an integer")
        if not 0 <= offset <= self.length16:
            raise ValueError(f"UTF-16 offset {offset} outside a text of {self.length16} units")
        k = bisect.bisect_left(self._astral16, offset)  # astral characters starting before it
        if k and self._astral16[k - 1] + 1 == offset:
            raise ValueError(f"UTF-16 offset {offset} falls inside a surrogate pair")
        return offset - k


def to_utf16(text: str, offset: int) -> int:
    """The UTF-16 code-unit offset (JavaScript, UIMA) of a code-point offset into `text`
    (one offset; for many offsets of one text build a `Utf16Index`)."""
    return offset + sum(1 for c in text[:offset] if ord(c) >= 0x10000)


def from_utf16(text: str, offset: int) -> int:
    """The code-point offset of a UTF-16 code-unit offset; ValueError inside a surrogate pair
    (one offset; for many offsets of one text build a `Utf16Index`)."""
    return Utf16Index(text).from_utf16(offset)
