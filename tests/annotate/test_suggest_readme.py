"""The README's leave-one-out table of `khabar suggest` is what docs/suggest-eval.json holds, and
that file is what scripts/suggest_eval.py computes on today's corpus: every stored model key is
the one the corpus gives now, and a sample of documents recomputed end to end gives the stored
counts (all 71 left-out models cost some ten minutes to train: `scripts/refresh.py` does that)."""
from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
STORE = REPO / "docs" / "suggest-eval.json"


@pytest.fixture(scope="module")
def mod():
    spec = importlib.util.spec_from_file_location("suggest_eval", REPO / "scripts" / "suggest_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def stored():
    return json.loads(STORE.read_text(encoding="utf-8"))["documents"]


def test_readme_suggest_table_is_the_stored_figures(mod, stored):
    from khabar.corpus.gold import select
    from khabar.corpus.layout import Layout

    sys.path.insert(0, str(REPO / "tests"))
    from readme_blocks import block, stale

    layout = Layout(REPO)
    res = mod.summarize(layout, stored)
    assert block("suggest") == mod.markdown(res), stale("the README's suggest table")
    # Every gold document is scored once, in its group and in the pool.
    assert sorted(d["id"] for d in stored) == sorted(select(layout).released)
    assert sorted(res["groups"]["pooled"]["documents"]) == sorted(
        d for g, row in res["groups"].items() if g != "pooled" for d in row["documents"])
    # The aims for numbers (in-sample on the seed: see the README).
    seed = res["groups"]["seed"]
    assert seed["numbers_span"]["f1"] >= 0.90 and seed["numbers_value"]["accuracy"] >= 0.95


@pytest.mark.slow
def test_stored_figures_are_todays(mod, stored):
    from khabar.corpus.layout import Layout

    layout = Layout(REPO)
    # What each left-out model learned from (and the code that trains it) is what the corpus gives now.
    assert {d["id"]: d["model"] for d in stored} == mod.stored_keys_now(layout, [d["id"] for d in stored]), \
        "stale: run python scripts/refresh.py"
    # Recomputed end to end: the seed and two Wikinews documents drawn with a fixed seed.
    by_id = {d["id"]: d for d in stored}
    wiki = sorted(d for d in by_id if d.startswith("wn14_"))
    sample = [mod.SEED, *random.Random(0).sample(wiki, min(2, len(wiki)))]
    base = mod.training_set(layout, gold=mod.corpus_gold(layout))
    for doc_id in sample:
        got = mod.score_document(layout, doc_id, base)
        assert (got["counts"], got["partial"], got["model"]) == \
            (by_id[doc_id]["counts"], by_id[doc_id]["partial"], by_id[doc_id]["model"]), doc_id
