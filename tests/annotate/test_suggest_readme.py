"""The README's leave-one-out table of `khabar suggest` is what scripts/suggest_eval.py prints today."""
from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_readme_suggest_table():
    spec = importlib.util.spec_from_file_location("suggest_eval", REPO / "scripts" / "suggest_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    from khabar.corpus.layout import Layout

    res = mod.evaluate(Layout(REPO))
    table = mod.markdown(res)
    assert table in (REPO / "README.md").read_text(encoding="utf-8"), \
        "the README's suggest table is stale: rerun `PYTHONPATH=src python scripts/suggest_eval.py` into it"
    # The aims of issue 13 for numbers (in-sample on the seed: see the README).
    assert res["numbers_span"]["f1"] >= 0.90 and res["numbers_value"]["accuracy"] >= 0.95
