"""The span model: value semantics, order, tokens covered, proclitics, UTF-16 edges, and IOB2."""
from __future__ import annotations

import random

import pytest

from khabar.model.spans import (
    OrphanTag,
    Span,
    Token,
    Utf16Index,
    crossing_pairs,
    decode_iob2,
    encode_iob2,
    from_utf16,
    iob2_transition,
    outermost,
    paragraph_of,
    sort_spans,
    strip_proclitics,
    tag_spans,
    to_utf16,
    token_range,
)
from khabar.model.tokens import tokenize


# --- IOB2 transitions, in the style of seqeval's tests/test_scheme.py -------------------------
# (prev, cur) -> (cur starts a chunk, cur is inside a chunk, the chunk at prev ends before cur)
@pytest.mark.parametrize("prev, cur, expected", [
    ("O", "O", (False, False, False)),
    ("O", "B-PERS", (True, True, False)),
    ("O", "I-PERS", (True, True, False)),          # orphan I-: conlleval begins a chunk
    ("B-PERS", "O", (False, False, True)),
    ("B-PERS", "B-PERS", (True, True, True)),
    ("B-PERS", "I-PERS", (False, True, False)),
    ("B-PERS", "I-ORG", (True, True, True)),       # a type change is an orphan too
    ("B-PERS", "B-ORG", (True, True, True)),
    ("I-PERS", "I-PERS", (False, True, False)),
    ("I-PERS", "O", (False, False, True)),
    ("I-PERS", "B-PERS", (True, True, True)),
    ("I-PERS", "I-ORG", (True, True, True)),
])
def test_iob2_start_inside_end(prev, cur, expected):
    assert iob2_transition(prev, cur) == expected


@pytest.mark.parametrize("tags, chunks", [
    ([], []),
    (["O", "O"], []),
    (["B-GPE"], [(0, 1, "GPE")]),
    (["B-GPE", "I-GPE", "O", "B-ORG"], [(0, 2, "GPE"), (3, 4, "ORG")]),
    (["B-GPE", "B-GPE"], [(0, 1, "GPE"), (1, 2, "GPE")]),
    (["B-OCC", "I-OCC", "I-OCC"], [(0, 3, "OCC")]),
])
def test_decode_valid_sequences_under_both_policies(tags, chunks):
    assert decode_iob2(tags, "error") == chunks
    assert decode_iob2(tags, "begin") == chunks


@pytest.mark.parametrize("tags, index, begun", [
    (["I-GPE"], 0, [(0, 1, "GPE")]),
    (["O", "I-GPE", "I-GPE"], 1, [(1, 3, "GPE")]),
    (["B-ORG", "I-GPE"], 1, [(0, 1, "ORG"), (1, 2, "GPE")]),
])
def test_orphan_policy(tags, index, begun):
    with pytest.raises(OrphanTag) as err:
        decode_iob2(tags, "error")
    assert err.value.index == index
    assert decode_iob2(tags, "begin") == begun


@pytest.mark.parametrize("tags", [["X-GPE"], ["B-"], ["B"], ["b-GPE"]])
def test_malformed_tags_are_refused(tags):
    with pytest.raises(ValueError):
        decode_iob2(tags, "begin")


def test_unknown_policy_is_refused():
    with pytest.raises(ValueError):
        decode_iob2(["O"], "repair")


def test_decoder_agrees_with_seqeval_on_random_sequences():
    """The `begin` policy is conlleval's reading, which seqeval's default get_entities implements."""
    from seqeval.metrics.sequence_labeling import get_entities

    rng = random.Random(0)
    alphabet = ["O", "B-PERS", "I-PERS", "B-GPE", "I-GPE"]
    for _ in range(2000):
        tags = [rng.choice(alphabet) for _ in range(rng.randint(0, 8))]
        ours = sorted(decode_iob2(tags, "begin"), key=lambda c: (c[0], c[1]))
        theirs = sorted(((s, e + 1, t) for t, s, e in get_entities(tags)), key=lambda c: (c[0], c[1]))
        assert ours == theirs, tags


def test_encode_then_decode_round_trips_token_aligned_spans():
    text = "قال المرصد السوري في لندن"
    toks = tokenize(text)
    spans = [Span(len("قال "), len("قال المرصد السوري"), "ORG"),
             Span(len("قال المرصد السوري في "), len(text), "GPE")]
    tags, lossy = encode_iob2(toks, spans)
    assert (tags, lossy) == (["O", "B-ORG", "I-ORG", "O", "B-GPE"], 0)
    assert tag_spans(toks, tags) == spans


def test_encode_counts_spans_that_cut_tokens():
    text = "لفرنسا وبريطانيا"
    toks = tokenize(text)
    # Khabar's gold leaves the proclitic out: the token still takes the tag, and the loss is counted.
    tags, lossy = encode_iob2(toks, [Span(len("ل"), len("لفرنسا"), "GPE")])
    assert (tags, lossy) == (["B-GPE", "O"], 1)


# --- spans --------------------------------------------------------------------------------------

def test_span_is_a_frozen_value():
    a = Span(0, len("حلب"), "GPE", "حلب", "e1")
    assert a == Span(0, 3, "GPE", "حلب", "e1") and hash(a) == hash(Span(0, 3, "GPE", "حلب", "e1"))
    with pytest.raises(AttributeError):
        a.start = 1  # type: ignore[misc]
    assert a.key == (0, 3, "GPE")
    assert a.shift(5) == Span(5, 8, "GPE", "حلب", "e1")
    assert a.shift(5).rebase(5) == a
    assert Span.of({"id": "e1", "start": 0, "end": 3, "text": "حلب", "label": "GPE"}) == a


def test_sort_key_puts_the_enclosing_span_first():
    outer = Span(0, len("رئيس النظام السوري"), "OCC", id="e1")
    inner = Span(len("رئيس "), len("رئيس النظام السوري"), "ORG", id="e2")
    other = Span(0, len("رئيس"), "OCC", id="e0")
    assert sort_spans([inner, other, outer]) == [outer, other, inner]


@pytest.mark.parametrize("a, b, contains, overlaps, crosses", [
    ((0, 10), (2, 5), True, True, False),
    ((0, 5), (5, 9), False, False, False),      # half-open: touching is not overlapping
    ((0, 5), (3, 9), False, True, True),
    ((2, 5), (2, 5), True, True, False),
])
def test_span_relations(a, b, contains, overlaps, crosses):
    x, y = Span(*a), Span(*b)
    assert (x.contains(y), x.overlaps(y), x.crosses(y)) == (contains, overlaps, crosses)
    assert y.crosses(x) == crosses and y.overlaps(x) == overlaps


def test_outermost_and_crossing_pairs():
    spans = [Span(0, 10, "A"), Span(2, 5, "B"), Span(8, 12, "C"), Span(12, 14, "D")]
    assert outermost(spans) == [Span(0, 10, "A"), Span(12, 14, "D")]
    assert list(crossing_pairs(spans)) == [(Span(0, 10, "A"), Span(8, 12, "C"))]


@pytest.mark.parametrize("span, covered", [
    ((0, 3), [0]),
    ((1, 3), [0]),              # inside a token
    ((0, 8), [0, 1]),
    ((3, 4), []),               # only white space
    ((4, 100), [1, 2]),
])
def test_token_range(span, covered):
    toks = [Token(0, 3, "قال"), Token(4, 10, "المرصد"), Token(11, 12, ".")]
    assert list(token_range(toks, Span(*span))) == covered


def test_paragraph_of():
    starts = [0, 10, 25]
    assert [paragraph_of(starts, o) for o in (0, 9, 10, 24, 25, 99)] == [0, 0, 1, 1, 2, 2]


@pytest.mark.parametrize("word, forms", [
    ("وبالمدينة", ["وبالمدينة", "بالمدينة", "المدينة"]),
    ("لبنان", ["لبنان", "بنان", "نان"]),   # candidate forms for lookup, not an analysis
    ("بل", ["بل"]),                       # a form keeps two letters at least
    ("المرصد", ["المرصد"]),              # the article is not a proclitic
])
def test_strip_proclitics(word, forms):
    assert list(strip_proclitics(word)) == forms


# --- UTF-16 edges ---------------------------------------------------------------------------------

def test_utf16_offsets_outside_the_bmp():
    text = "قال 😀 في حلب"
    cp = text.index("حلب")
    assert to_utf16(text, cp) == cp + 1
    assert from_utf16(text, to_utf16(text, cp)) == cp
    assert [from_utf16(text, to_utf16(text, i)) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    with pytest.raises(ValueError):
        from_utf16(text, text.index("😀") + 1)   # inside the surrogate pair
    assert to_utf16("حلب", 2) == 2 and from_utf16("حلب", 2) == 2


@pytest.mark.parametrize("text", ["", "حلب", "😀", "😀😀", "قال 😀 في 𞸀حلب😀", "😀ب😀😀ج"])
def test_utf16_index_agrees_with_python_encoding(text):
    """Utf16Index against UTF-16 counted by Python's codec: every code-point offset maps to its
    code-unit offset and back; every unit offset inside a pair or outside the text is refused."""
    units = lambda i: len(text[:i].encode("utf-16-le")) // 2
    index = Utf16Index(text)
    assert [index.to_utf16(i) for i in range(len(text) + 1)] == [units(i) for i in range(len(text) + 1)]
    edges = {units(i): i for i in range(len(text) + 1)}
    total = units(len(text))
    assert index.length16 == total
    for u in range(-1, total + 2):
        if u in edges:
            assert index.from_utf16(u) == edges[u]
        else:
            with pytest.raises(ValueError):
                index.from_utf16(u)


def test_ids_order_by_number():
    spans = [Span(0, 3, id="e10"), Span(0, 3, id="e9"), Span(0, 3, id="e1")]
    assert [s.id for s in sort_spans(spans)] == ["e1", "e9", "e10"]


@pytest.mark.parametrize("obj, origin, expected", [
    ({"start": 10, "end": 14, "text": "حلب،"}, 10, {"start": 0, "end": 4, "text": "حلب،"}),
    ({"start": 10, "end": 14, "text": "حلب،", "label": "GPE", "id": "e1"}, 3, {"start": 7, "end": 11, "text": "حلب،"}),
    ({"start": 0, "end": 1, "text": "و"}, 0, {"start": 0, "end": 1, "text": "و"}),
    (None, 5, None),
])
def test_local_offsets_of_an_annotation(obj, origin, expected):
    from khabar.model.spans import local

    assert local(obj, origin) == expected


@pytest.mark.parametrize("a, b, expected", [
    ((0, 10), (0, 10), 1.0),
    ((0, 10), (5, 15), 5 / 15),
    ((0, 10), (10, 20), 0.0),
    ((0, 10), (2, 4), 0.2),
    ((3, 3), (3, 3), 0.0),
])
def test_jaccard_of_two_spans(a, b, expected):
    x, y = Span(*a, "c"), Span(*b, "c")
    assert x.jaccard(y) == y.jaccard(x) == pytest.approx(expected)


def test_with_and_without_texts_round_trip():
    # Offsets only (a source-backed document's files) and back: every span and sub-span, whole.
    from khabar.model.spans import with_texts, without_texts
    text = "قال المرصد إن 412 قتيلا سقطوا"
    stored = {"entities": [{"id": "e1", "start": 4, "end": 10, "label": "ORG"}],
              "numbers": [{"id": "n1", "start": 14, "end": 17, "value": 412, "qualifier_span": None,
                           "counted": {"start": 18, "end": 23}}],
              "claims": [{"id": "c1", "start": 14, "end": 29, "cue": {"start": 0, "end": 3}}],
              "relations": [{"id": "r1", "type": "equals", "total": "n1", "parts": ["n1"]}]}
    full = with_texts(stored, text)
    assert full == {"entities": [{"id": "e1", "start": 4, "end": 10, "label": "ORG", "text": "المرصد"}],
                    "numbers": [{"id": "n1", "start": 14, "end": 17, "value": 412, "qualifier_span": None,
                                 "counted": {"start": 18, "end": 23, "text": "قتيلا"}, "text": "412"}],
                    "claims": [{"id": "c1", "start": 14, "end": 29, "cue": {"start": 0, "end": 3, "text": "قال"},
                                "text": "412 قتيلا سقطوا"}],
                    "relations": stored["relations"]}
    assert without_texts(full) == stored
    assert stored["entities"][0] == {"id": "e1", "start": 4, "end": 10, "label": "ORG"}  # inputs untouched
