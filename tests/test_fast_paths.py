"""The validator's fast paths agree with the plain checks they stand for (the build runs them on
every span and every file of a corpus)."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest

from khabar.corpus.layout import Layout
from khabar.io import read_json
from khabar.model.spans import Span
from khabar.validate.schema import INTEGER, _float_where_integer, _integer_plan
from khabar.validate.spans import _clean, span_problems

REPO = Path(__file__).resolve().parent.parent
# Synthetic: proclitics before a name, digits with a separator, punctuation, a percent sign,
# a line break between paragraphs, and a word running on after the end.
TEXT = "وقال المرصد، إن 1,200 شخص (50%) نزحوا من حلب.\nوبالمدينة: الطبيبان"


@pytest.mark.parametrize("stored", ["right", "absent", "wrong"])
def test_a_clean_span_is_one_without_problems(stored):
    """Every extent of the text, in and out of bounds, is clean exactly when span_problems
    finds nothing in it."""
    n = len(TEXT)
    for s in range(-1, n + 1):
        for e in range(s - 1, n + 2):
            t = {"right": TEXT[max(s, 0):max(e, 0)], "absent": None, "wrong": "x"}[stored]
            want = span_problems(TEXT, Span(s, e, "", t), "p", "$") == []
            assert _clean(TEXT, s, e, t) == want, (s, e, stored)


def _placed(plan, value, path=()):
    """Every place of an integer in `value` that `plan` names."""
    if plan is INTEGER:
        yield path
    elif isinstance(plan, dict) and isinstance(value, dict):
        for k, sub in plan.items():
            if k in value:
                yield from _placed(sub, value[k], (*path, k))
    elif isinstance(plan, tuple) and isinstance(value, list):
        for i, v in enumerate(value):
            yield from _placed(plan[0], v, (*path, i))


def _set(obj, path, value):
    for p in path[:-1]:
        obj = obj[p]
    obj[path[-1]] = value


@pytest.mark.parametrize("kind", ["annotation", "document"])
def test_a_float_is_found_wherever_an_integer_belongs(kind):
    layout = Layout(REPO)
    [doc_id] = [d for d in layout.document_ids() if not d.startswith("wn14_")][:1]
    obj = read_json(layout.annotation(doc_id) if kind == "annotation" else layout.document(doc_id))
    plan = _integer_plan(kind)
    places = [p for p in _placed(plan, obj) if obj is not None]
    assert not _float_where_integer(plan, obj) and len(places) > 10
    for path in places[:: max(1, len(places) // 50)]:
        bad = copy.deepcopy(obj)
        _set(bad, path, 3.0)
        assert _float_where_integer(plan, bad), path


def test_spans_are_laminar_exactly_when_none_cross():
    """The sweep that lets the validator skip `crossing_pairs` agrees with it on every family of
    up to four spans over seven positions (nested, disjoint, touching, equal, crossing)."""
    from itertools import combinations, combinations_with_replacement

    from khabar.model.spans import crossing_pairs
    from khabar.validate.spans import _laminar

    extents = [(s, e) for s in range(7) for e in range(s + 1, 8)]
    families = 0
    for k in range(1, 5):
        for family in (combinations_with_replacement(extents, k) if k < 3 else combinations(extents, k)):
            spans = [Span(s, e) for s, e in family]
            order = [(s, -e, i) for i, (s, e) in enumerate(family)]
            assert _laminar(order) == (not list(crossing_pairs(spans))), family
            families += 1
    assert families > 10_000
