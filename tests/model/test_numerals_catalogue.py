"""The number reader on a catalogue it was not written from (tests/numerals_catalogue.py): every
expression is proposed with its span, value, kind, counted noun (or currency or unit) and
qualifier, what is no number is not proposed, and the README reports the accuracy measured."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from numerals_catalogue import CASES, expected, proposed

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.group}: {c.span}" for c in CASES])
def test_catalogue(case):
    assert proposed(case) == expected(case)


def test_the_catalogue_covers_the_grammar():
    """At least 150 expressions, every group the catalogue promises present."""
    groups = {c.group for c in CASES}
    assert len(CASES) >= 150 and {"units 3-10", "compounds 11-19", "tens 20-90", "hundreds 100-900",
                                  "scale words", "ordinals 1-10", "ordinals: compounds and tens", "fractions",
                                  "digits, both scripts", "percent", "money", "quantity", "year", "time",
                                  "ranges", "not numbers"} <= groups


def test_readme_numerals_table():
    """The README's catalogue table is what scripts/numerals_eval.py prints today."""
    from readme_blocks import block, stale

    spec = importlib.util.spec_from_file_location("numerals_eval", REPO / "scripts" / "numerals_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert block("numerals") == mod.markdown(mod.evaluate(CASES)), stale("the README's numerals table")


def test_digits_written_onto_the_article_are_spanned_with_it():
    # "ال70 دولارا": a span starts inside a word only after proclitics; the article stays inside.
    from khabar.model.numerals import find_numbers
    text = "بلغ مستوى ال70 دولارا وبال80 دولارا"
    assert [(f.text, f.value, f.kind, text[f.counted[0]:f.counted[1]]) for f in find_numbers(text)] == \
        [("ال70", 70.0, "money", "دولارا"), ("ال80", 80.0, "money", "دولارا")]
