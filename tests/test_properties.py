"""Property tests: random valid span sets pass; random corruptions are caught."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

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


@settings(max_examples=150, deadline=None, derandomize=True)
@given(spans=span_sets(), labels=labels_st, pick=st.integers(0, 10_000),
       how=st.sampled_from(["text", "shift-in", "shift-out", "dup-id", "cross", "bounds"]))
def test_random_corruptions_are_caught(spans, labels, pick, how):
    ann = _annotation(DOC, spans, labels)
    ents = ann["entities"]
    ent = ents[pick % len(ents)]
    s, e = ent["start"], ent["end"]
    expected = {
        "text": "span-text-mismatch", "shift-in": "span-word-boundary", "shift-out": "span-edge",
        "dup-id": "id-duplicate", "cross": "span-crossing", "bounds": "span-out-of-bounds",
    }[how]
    if how == "text":
        ent["text"] = ent["text"] + "x"
    elif how == "shift-in":
        # Start one letter into the first word (a non-proclitic letter), keeping text consistent.
        first_end = next(w[1] for w in WORDS if w[0] == s)
        inside = next((k for k in range(s + 1, first_end) if not set(TEXT[s:k]) <= set("وفبلك")), None)
        if inside is None:
            ent["start"], ent["end"] = s, e + len(TEXT)
            expected = "span-out-of-bounds"
        else:
            ent["start"], ent["text"] = inside, TEXT[inside:e]
    elif how == "shift-out":
        # Widen to take the preceding character, which is white space or punctuation.
        if s == 0 or TEXT[s - 1] == "\n":
            ent["end"], expected = len(TEXT) + 1, "span-out-of-bounds"
        else:
            ent["start"], ent["text"] = s - 1, TEXT[s - 1:e]
            if TEXT[s - 1].isalnum():
                expected = "span-word-boundary"
    elif how == "dup-id":
        ents.append({**ent, "start": WORDS[0][0], "end": WORDS[0][1], "text": TEXT[slice(*WORDS[0])],
                     "label": "PERS" if ent["label"] != "PERS" else "ORG"})
    elif how == "cross":
        # From the start of ent's last word to the end of the next word: crosses ent.
        last = max(k for k, w in enumerate(WORDS) if w[1] <= e)
        cs = WORDS[last][0]
        if cs > s and last + 1 < len(WORDS) and "\n" not in TEXT[cs:WORDS[last + 1][1]]:
            ce = WORDS[last + 1][1]
            ents.append({"id": f"e{len(ents) + 1}", "start": cs, "end": ce, "text": TEXT[cs:ce],
                         "label": "LOC"})
        else:
            ent["end"], expected = len(TEXT) + 1, "span-out-of-bounds"
    elif how == "bounds":
        ent["end"] = len(TEXT) + 1
    found = {p.code for p in annotation_problems(ann, DOC, "a", "doc1")}
    assert expected in found, (how, found)
