"""`khabar train` (CRF, spaCy NER, spaCy spancat) and scoring its folders with `trained:DIR`."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.cli import train as cli_train
from khabar.evaluate.adapters import trained
from khabar.evaluate.data import content_hash, rows_from_release
from khabar.evaluate.train import rows_sha256, suggester_size
from test_benchmark import make_release
from test_cross_corpus import TINY_TEST, TINY_TRAIN, sha256, write


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    return make_release(tmp_path_factory.mktemp("release"))


@pytest.fixture(scope="module")
def wojood(tmp_path_factory) -> tuple[Path, Path]:
    """Synthetic Wojood-format train and validation files (never the Wojood sample)."""
    folder = tmp_path_factory.mktemp("wojood")
    nested = [[("قال", "O", "O"), ("وزير", "B-OCC", "O"), ("الخارجية", "I-OCC", "B-ORG"), ("$#$", "O", "O")]]
    return write(folder / "train.txt", TINY_TRAIN + nested), write(folder / "val.txt", TINY_TEST)


def train(release: Path, *args: str) -> int:
    """`khabar train ARGS`, with `--release` unless the data is Wojood alone."""
    extra = [] if "wojood" in args else ["--release", str(release)]
    return main(["--root", str(release), "train", *args, *extra])


def bench(release: Path, *args: str) -> int:
    return main(["--root", str(release), "benchmark", "--release", str(release), "--resamples", "50", *args])


def record(folder: Path) -> dict:
    return json.loads((folder / trained.MODEL_FILE).read_text(encoding="utf-8"))


def test_the_cli_lists_the_library_families():
    assert (cli_train.FAMILIES, cli_train.TRAIN_SETS) == (trained.FAMILIES, trained.TRAIN_SETS)


@pytest.mark.parametrize("args,message", [
    (["svm", "--data", "khabar"], "invalid choice: 'svm'"),
    (["crf", "--data", "conll"], "invalid choice: 'conll'"),
    (["crf", "--data", "khabar", "--epochs", "0"], "--epochs must be at least 1, found 0"),
    (["crf", "--data", "khabar", "--seed", "-1"], "--seed must be in [0, 2**32), found -1"),
    (["crf", "--data", "khabar", "--wojood-train", "x.txt"], "--data khabar does not train on Wojood"),
    (["crf", "--data", "wojood", "--release", "dist"], "--data wojood does not train on it"),
    (["crf", "--data", "wojood", "--wojood-train", "none.txt", "--wojood-val", "none.txt"],
     "none.txt: Wojood train file not found"),
])
def test_refused_arguments_write_nothing(release, tmp_path, capsys, args, message):
    out = tmp_path / "m"
    assert main(["--root", str(release), "train", *args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("family,data,options,message", [
    ("svm", "khabar", {}, "model family 'svm': expected one of crf, spacy-ner, spacy-spancat"),
    ("crf", "conll", {}, "--data 'conll': expected one of khabar, wojood, both"),
    ("crf", "khabar", {"epochs": 0}, "--epochs must be at least 1, found 0"),
    ("crf", "khabar", {"seed": 2**32}, "--seed must be in [0, 2**32)"),
    ("crf", "khabar", {"wojood_val": Path("v.txt")}, "--data khabar does not train on Wojood"),
    ("crf", "khabar", {}, "training on Khabar needs --release DIR"),
])
def test_the_library_refuses_the_same(tmp_path, family, data, options, message):
    from khabar.evaluate.train import train as train_model
    from khabar.io import KhabarError

    with pytest.raises(KhabarError, match=re.escape(message)):
        train_model(family, data, tmp_path / "m", release=None, **options)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_release_is_one_line(tmp_path, capsys):
    assert main(["--root", str(tmp_path), "train", "crf", "--data", "khabar", "--release", str(tmp_path / "none"),
                 "--out", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err
    assert "none: no such release folder" in err and err.count("\n") == 1


def test_crf_trained_then_benchmarked(release, tmp_path, capsys):
    out = tmp_path / "crf"
    assert train(release, "crf", "--data", "khabar", "--out", str(out)) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("trained crf on khabar in ") and f"--model trained:{out}`" in printed
    rec = record(out)
    rows = rows_from_release(release, "train")
    assert (rec["format"], rec["family"], rec["train_set"], rec["seed"], rec["epochs"], rec["layer"]) == \
        ("khabar-model/1", "crf", "khabar", 0, 100, "outermost")
    assert rec["data"]["sha256"] == rows_sha256(rows)  # the synthetic gold is already in the scheme
    assert rec["data"]["sources"]["khabar"]["release_sha256"] == content_hash(release)
    # "بدمشق", "لحلب": the CRF tags the whole token when a span starts after a proclitic.
    assert (rec["counts"]["train"]["sentences"], rec["counts"]["train"]["widened_by_alignment"]) == (len(rows), 2)
    assert set(rec["validation"]["outermost"]["f1"]) == {"value", "ci95"}
    assert json.loads((out / trained.SEEN_FILE).read_text(encoding="utf-8")) == \
        sorted({sp.covered(r.text) for r in rows for sp in r.entities})
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [trained.MODEL_FILE, trained.SEEN_FILE, trained.CRF_MODEL, trained.CRF_CLITICS])

    results = tmp_path / "r.json"
    assert bench(release, "--model", f"trained:{out}", "--split", "validation,test", "--out", str(results)) == 0
    res = json.loads(results.read_text(encoding="utf-8"))
    t = res["training"]
    assert (t["family"], t["train_set"], t["data_sha256"], t["model_folder"]) == \
        ("crf", "khabar", rec["data"]["sha256"], str(out))
    assert t["model_sha256"] == res["provenance"]["model"]["sha256"] == content_hash(out)
    assert res["figures"]["seen_unseen"] is not None
    capsys.readouterr()
    assert bench(release, "--model", f"trained:{out}", "--split", "train") == 2
    assert "trained on Khabar's train split" in capsys.readouterr().err


def test_crf_is_deterministic(release, tmp_path):
    for name in ("a", "b"):
        assert train(release, "crf", "--data", "khabar", "--out", str(tmp_path / name), "--epochs", "30") == 0
    for f in (trained.CRF_MODEL, trained.CRF_CLITICS, trained.SEEN_FILE):
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()


def test_crf_on_wojood_and_both(release, wojood, tmp_path):
    tr, val = wojood
    assert train(release, "crf", "--data", "wojood", "--wojood-train", str(tr), "--wojood-val", str(val),
                 "--out", str(tmp_path / "w")) == 0
    assert train(release, "crf", "--data", "both", "--wojood-train", str(tr), "--wojood-val", str(val),
                 "--out", str(tmp_path / "b")) == 0
    w, b = record(tmp_path / "w"), record(tmp_path / "b")
    assert w["data"]["sources"] == {"wojood": {
        "train_file": "train.txt", "train_sha256": sha256(tr), "val_file": "val.txt", "val_sha256": sha256(val),
        "train_rows": 4, "dev_rows": 2, "train_rows_sha256": w["data"]["sha256"]}}
    assert sorted(b["data"]["sources"]) == ["khabar", "wojood"]
    assert b["counts"]["train"]["sentences"] == w["counts"]["train"]["sentences"] + \
        len(rows_from_release(release, "train"))
    # Wojood keeps proclitics inside entities: its model predicts whole tokens.
    assert (w["strip_clitics"], b["strip_clitics"]) == (False, True)
    assert "الخارجية" in json.loads((tmp_path / "w" / trained.SEEN_FILE).read_text(encoding="utf-8"))


def test_force_replaces_only_a_model_folder(release, tmp_path, capsys):
    out = tmp_path / "m"
    args = ("crf", "--data", "khabar", "--epochs", "5", "--out", str(out))
    assert train(release, *args) == 0
    assert train(release, *args) == 2
    assert "holds a trained model; pass --force to replace it" in capsys.readouterr().err
    assert train(release, *args, "--force") == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert train(release, *args, "--force") == 2
    assert "also holds notes.txt" in capsys.readouterr().err
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    foreign = tmp_path / "f"
    foreign.mkdir()
    (foreign / "a.txt").write_text("x", encoding="utf-8")
    assert train(release, "crf", "--data", "khabar", "--out", str(foreign), "--force") == 2
    assert "is not this command's output" in capsys.readouterr().err
    assert sorted(p.name for p in foreign.iterdir()) == ["a.txt"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary folder left


@pytest.fixture(scope="module")
def crf_folder(release, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("crf") / "m"
    assert train(release, "crf", "--data", "khabar", "--epochs", "5", "--out", str(out)) == 0
    return out


@pytest.mark.parametrize("edit,why", [
    (None, "khabar-model.json: not found"),
    ("{not json", "khabar-model.json:1:2: invalid JSON"),
    ('{"format": "khabar-model/2"}', "$.format: expected 'khabar-model/1'"),
    ('{"format": "khabar-model/1", "family": "svm"}', "$.family: expected one of crf, spacy-ner, spacy-spancat"),
    ('{"format": "khabar-model/1", "family": "crf", "train_set": "x"}', "$.train_set: expected one of"),
    ('{"format": "khabar-model/1", "family": "crf", "train_set": "khabar", "data": {}}', "$.data.sha256"),
])
def test_a_broken_model_record_is_one_line(release, crf_folder, tmp_path, capsys, edit, why):
    import shutil

    folder = tmp_path / "m"
    shutil.copytree(crf_folder, folder)
    if edit is None:
        (folder / trained.MODEL_FILE).unlink()
    else:
        (folder / trained.MODEL_FILE).write_text(edit, encoding="utf-8")
    assert bench(release, "--model", f"trained:{folder}") == 2
    err = capsys.readouterr().err
    assert str(folder / trained.MODEL_FILE) in err and why in err and err.count("\n") == 1
    assert err.rstrip().endswith("[model-invalid]")


def test_a_missing_crf_model_file_is_one_line(release, crf_folder, tmp_path, capsys):
    import shutil

    folder = tmp_path / "m"
    shutil.copytree(crf_folder, folder)
    (folder / trained.CRF_MODEL).unlink()
    assert bench(release, "--model", f"trained:{folder}") == 2
    err = capsys.readouterr().err
    assert f"{folder / trained.CRF_MODEL}: not found" in err and err.count("\n") == 1


@pytest.mark.parametrize("lengths,want", [
    ({1: 99, 2: 1}, (1, 0.99)),
    ({1: 50, 2: 49, 3: 1}, (2, 0.99)),
    ({1: 1, 30: 1}, (12, 0.5)),  # capped: the long tail is out of reach
])
def test_suggester_size(lengths, want):
    from collections import Counter

    assert suggester_size(Counter(lengths)) == want


# ---------------------------------------------------------------- spaCy (a real `spacy train` loop)

def predictions(path: Path) -> list:
    return json.loads(path.read_text(encoding="utf-8"))["predictions"]


@pytest.mark.slow
def test_spacy_ner_is_deterministic_and_scored(release, tmp_path):
    for name in ("a", "b"):
        assert train(release, "spacy-ner", "--data", "khabar", "--epochs", "2", "--seed", "3",
                     "--out", str(tmp_path / name)) == 0
    rec = record(tmp_path / "a")
    assert (rec["family"], rec["epochs"], rec["seed"]) == ("spacy-ner", 2, 3)
    assert "max_epochs = 2" in rec["config"] and "seed = 3" in rec["config"]
    counts = rec["counts"]["train"]
    # "بدمشق", "لحلب": the Khabar span after the proclitic grows to the whole spaCy token.
    assert (counts["widened_by_alignment"], counts["lost_to_alignment"]) == (2, 0)
    model = Path("model")
    for part in ("tok2vec/model", "ner/model", "ner/moves", "config.cfg"):
        assert (tmp_path / "a" / model / part).read_bytes() == (tmp_path / "b" / model / part).read_bytes()
    for name in ("a", "b"):
        assert bench(release, "--model", f"trained:{tmp_path / name}", "--out", str(tmp_path / f"{name}.json")) == 0
    assert predictions(tmp_path / "a.json") == predictions(tmp_path / "b.json")


@pytest.mark.slow
def test_spacy_spancat_predicts_nested_spans(release, tmp_path):
    out = tmp_path / "sc"
    assert train(release, "spacy-spancat", "--data", "khabar", "--epochs", "2", "--out", str(out)) == 0
    rec = record(out)
    assert rec["layer"] == "all" and set(rec["validation"]) == {"rows", "resamples", "outermost", "nested"}
    assert rec["suggester"]["ngram_range"] == [1, 2] and rec["suggester"]["reaches"] == 1.0
    assert 'spans_key = "sc"' in rec["config"] and "threshold = 0.5" in rec["config"]
    assert bench(release, "--model", f"trained:{out}", "--nested", "--out", str(tmp_path / "t.json")) == 0
    res = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert res["layer"] == "all" and res["training"]["family"] == "spacy-spancat"
    # `spacy:DIR` reads the span categorizer's spans too: the same predictions.
    assert bench(release, "--model", f"spacy:{out / 'model'}", "--nested", "--out", str(tmp_path / "s.json")) == 0
    assert predictions(tmp_path / "s.json") == predictions(tmp_path / "t.json")
