"""The README's leave-one-out table of `khabar suggest` is what scripts/suggest_eval.py prints today."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_readme_suggest_table():
    spec = importlib.util.spec_from_file_location("suggest_eval", REPO / "scripts" / "suggest_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    from khabar.corpus.layout import Layout

    res = mod.evaluate(Layout(REPO))
    table = mod.markdown(res)
    import sys

    sys.path.insert(0, str(REPO / "tests"))
    from readme_blocks import block, stale

    assert block("suggest") == table, stale("the README's suggest table")
    # The aims for numbers (in-sample on the seed: see the README).
    assert res["numbers_span"]["f1"] >= 0.90 and res["numbers_value"]["accuracy"] >= 0.95
