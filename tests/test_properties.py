"""Property tests: random valid span sets pass; random corruptions are caught."""
from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from conftest import RAW, TEXT
from khabar.corpus.documents import make_document
from khabar.model.labels import ENTITY_LABELS
from khabar.validate.annotation import annotation_problems

DOC = make_document(RAW, "doc1", "corpus/raw/doc1.txt")
WORDS = [(m.start(), m.end()) for m in re.finditer(r"\w+", TEXT)]


def _laminar(cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep a subset in which every two spans nest or are disjoint."""
    kept: list[tuple[int, int]] = []
    for s, e in cands:
        if (s, e) in kept:
            continue
        if all(e <= ks or ke <= s or (ks <= s and e <= ke) or (s <= ks and ke <= e) for ks, ke in kept):
            kept.append((s, e))
    return kept


@st.composite
def span_sets(draw) -> list[tuple[int, int]]:
    pairs = draw(st.lists(st.tuples(st.integers(0, len(WORDS) - 1), st.integers(0, 3)),
                          min_size=1, max_size=25))
    cands = []
    for i, width in pairs:
        j = min(i + width, len(WORDS) - 1)
        s, e = WORDS[i][0], WORDS[j][1]
        if "\n" not in TEXT[s:e]:
            cands.append((s, e))
    return _laminar(cands) or [WORDS[0]]


def _annotation(doc: dict, spans: list[tuple[int, int]], labels: list[str]) -> dict:
    ents = [{"id": f"e{k + 1}", "start": s, "end": e, "text": TEXT[s:e], "label": labels[k % len(labels)]}
            for k, (s, e) in enumerate(spans)]
    return {"schema_version": "1.0.0", "document_id": doc["id"], "text_sha256": doc["text_sha256"],
            "entities": ents, "numbers": [], "claims": [], "relations": []}


labels_st = st.lists(st.sampled_from(ENTITY_LABELS), min_size=1, max_size=5, unique=True)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(spans=span_sets(), labels=labels_st)
def test_random_valid_span_sets_pass(spans, labels):
    assert annotation_problems(_annotation(DOC, spans, labels), DOC, "a", "doc1") == []


EXPECTED = {
    "text": "span-text-mismatch", "shift-in": "span-word-boundary", "shift-out": "span-edge",
    "dup-id": "id-duplicate", "cross": "span-crossing", "bounds": "span-out-of-bounds",
}


def _word_index(offset: int, at_end: bool = False) -> int:
    return next(k for k, w in enumerate(WORDS) if w[1 if at_end else 0] == offset)


# One test per corruption kind, with assume() discarding the span sets a kind cannot corrupt
# (a one-word entity cannot be crossed by word-aligned spans): every example that runs
# exercises its kind, and hypothesis fails (Unsatisfiable) if too few can.
@pytest.mark.parametrize("how", sorted(EXPECTED))
@settings(max_examples=40, deadline=None, derandomize=True)
@given(spans=span_sets(), labels=labels_st, pick=st.integers(0, 10_000), before=st.booleans())
def test_random_corruptions_are_caught(how, spans, labels, pick, before):
    ann = _annotation(DOC, spans, labels)
    ents = ann["entities"]
    ent = ents[pick % len(ents)]
    s, e = ent["start"], ent["end"]
    if how == "text":
        ent["text"] = ent["text"] + "x"
    elif how == "shift-in":
        # Start one letter into the first word (past any proclitic letters), text kept consistent.
        first_end = WORDS[_word_index(s)][1]
        inside = next((k for k in range(s + 1, first_end) if not set(TEXT[s:k]) <= set("وفبلك")), None)
        assume(inside is not None)
        ent["start"], ent["text"] = inside, TEXT[inside:e]
    elif how == "shift-out":
        # Widen to take the preceding character, which is white space or punctuation.
        assume(s > 0 and TEXT[s - 1] != "\n" and not TEXT[s - 1].isalnum())
        ent["start"], ent["text"] = s - 1, TEXT[s - 1:e]
    elif how == "dup-id":
        ents.append({**ent, "start": WORDS[0][0], "end": WORDS[0][1], "text": TEXT[slice(*WORDS[0])],
                     "label": "PERS" if ent["label"] != "PERS" else "ORG"})
    elif how == "cross":
        # A two-word span over ent's last word and the next one (or the previous word and
        # ent's first): it crosses ent, which must span two words or more.
        first, last = _word_index(s), _word_index(e, at_end=True)
        assume(last > first)
        k = last if not before else first - 1
        assume(0 <= k and k + 1 < len(WORDS))
        cs, ce = WORDS[k][0], WORDS[k + 1][1]
        assume("\n" not in TEXT[cs:ce])
        ents.append({"id": f"e{len(ents) + 1}", "start": cs, "end": ce, "text": TEXT[cs:ce], "label": "LOC"})
    elif how == "bounds":
        ent["end"] = len(TEXT) + 1
    found = {p.code for p in annotation_problems(ann, DOC, "a", "doc1")}
    assert EXPECTED[how] in found, (how, found)
