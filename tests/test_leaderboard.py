"""docs/leaderboard.md, its plot and its results files: rendered from the results, on today's data."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from sourcefix import SAMPLE

REPO = Path(__file__).resolve().parent.parent
STALE = "the leaderboard is stale: run `python scripts/leaderboard.py` (or `python scripts/refresh.py`)"


@pytest.fixture(scope="module")
def lb():
    spec = importlib.util.spec_from_file_location("leaderboard", REPO / "scripts" / "leaderboard.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["leaderboard"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def committed(lb):
    return lb.load_committed()


def test_page_plot_and_files_are_rendered_from_the_committed_results(lb, committed):
    files = lb.render_files(committed)
    for path, data in files.items():
        assert path.is_file() and path.read_bytes() == data, f"{path.relative_to(REPO)}: {STALE}"
    assert sorted(lb.RESULTS.glob("*.json")) == sorted(p for p in files if p.parent == lb.RESULTS)


def test_every_model_is_scored_on_both_test_sets_and_layers(lb, committed):
    names = list(dict.fromkeys(k[0] for k in committed))
    assert set(committed) == {(n, t, layer) for n in names for t in lb.TEST_SETS for layer in lb.LAYERS}
    families = [committed[(n, "khabar-test", "outermost")]["leaderboard"]["family"] for n in names]
    # The floor: CRF x3, spaCy NER x3, a nested span categorizer.
    assert families.count("crf") >= 3 and families.count("spacy-ner") >= 3
    assert families.count("spacy-spancat") >= 1
    for (n, t, layer), res in committed.items():
        fig = res["figures"]["span"]["strict"]["micro"]["f1"]
        assert fig["ci95"][0] <= fig["value"] <= fig["ci95"][1], (n, t, layer)
        assert res["layer"] == ("all" if layer == "nested" else "outermost")
        assert res["dataset"]["content_sha256"]  # the release (or import) it was scored on
        # Trained models name what they learned from, by hash.
        if res["leaderboard"]["family"] != "baseline":
            assert res["training"]["data_sha256"] and res["training"]["weights_sha256"], (n, t, layer)
    # One best model per table, the others with their p-value against it.
    for t in lb.TEST_SETS:
        for layer in lb.LAYERS:
            ps = [committed[(n, t, layer)]["leaderboard"]["p_vs_best"] for n in names]
            assert ps.count(None) == 1 and all(0 <= p <= 1 for p in ps if p is not None)


def test_no_text_of_a_source_is_committed(committed):
    for res in committed.values():
        assert all(len(sp) == 3 for p in res["predictions"] for sp in p["spans"])


@pytest.mark.slow
def test_the_results_are_of_todays_test_rows(lb, committed, repo_release, tmp_path):
    from khabar.formats.wojood import import_wojood

    data = tmp_path / "wojood-test"
    import_wojood(SAMPLE / "test.txt", data, repair=True)
    want = {"khabar-test": lb.rows_sha256(lb.scored_rows(repo_release, None)),
            "wojood-test": lb.rows_sha256(lb.scored_rows(repo_release, data))}
    for (n, t, _layer), res in committed.items():
        assert res["dataset"]["rows_sha256"] == want[t], f"{n} on {t}: {STALE}"


@pytest.mark.slow
def test_the_crf_and_gazetteer_rows_are_reproduced(lb, committed, repo_release, tmp_path, monkeypatch):
    """Retrain and rescore the deterministic models; every figure must be the committed one."""
    from khabar.evaluate.adapters.crf import wojood_sample_file, wojood_train_file

    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path / "crf-cache"))
    models = tuple(m for m in lb.MODELS if m.name in ("gazetteer", "crf-khabar"))
    full = lb.score_all(repo_release, wojood_sample_file(REPO, "test.txt"), wojood_train_file(REPO),
                        tmp_path / "cache", models, lambda msg: None)
    by_name = {m.name: m for m in models}
    for (n, t, layer), path in full.items():
        res = lb.read_json(path)
        folder = res.pop("leaderboard_model_dir")
        again = lb.committed_copy(res, by_name[n], t, Path(folder) if folder else None)
        kept = committed[(n, t, layer)]
        assert again["figures"] == kept["figures"], f"{n} on {t} ({layer}): {STALE}"
        assert lb.json.loads(lb.results_json(again))["per_row"] == kept["per_row"]
        # The model's own bytes (its record also holds the training time: not compared).
        assert (again["training"] or {}).get("weights_sha256") == (kept["training"] or {}).get("weights_sha256")
