"""baseline:crf-wojood, its model cache, `khabar benchmark --data` and scripts/cross_corpus.py."""
from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import unicodedata
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.evaluate.adapters import crf
from khabar.evaluate.adapters.crf import CACHE_ENV, WOJOOD_TRAIN_ENV, cache_key, wojood_adapter
from khabar.evaluate.data import rows_from_folder, rows_from_release
from khabar.formats.wojood import read_wojood
from khabar.io import KhabarError
from sourcefix import SAMPLE
from test_benchmark import TRAIN as KHABAR_TRAIN
from test_benchmark import make_release

REPO = Path(__file__).resolve().parent.parent
EPOCH = "1733130000"

# Synthetic Wojood-format files for tests only: (token, tags...) per line, "" between sentences.
TINY_TRAIN = [
    [("زار", "O"), ("الرئيس", "B-OCC"), ("محمد", "B-PERS"), ("علي", "I-PERS"), ("مدينة", "O"),
     ("حلب", "B-GPE"), (".", "O")],
    [("وصل", "O"), ("سامي", "B-PERS"), ("حداد", "I-PERS"), ("إلى", "O"), ("عمان", "B-GPE"),
     ("$#$", "O")],
    [("قالت", "O"), ("الأمم", "B-ORG"), ("المتحدة", "I-ORG"), ("إن", "O"), ("دمشق", "B-GPE"),
     ("آمنة", "O"), ("$#$", "O")],
]
TINY_TEST = [
    [("زار", "O"), ("سامي", "B-PERS"), ("حداد", "I-PERS"), ("مدينة", "O"), ("دمشق", "B-GPE"),
     ("$#$", "O")],
    [("وقالت", "O"), ("الأمم", "B-ORG"), ("المتحدة", "I-ORG"), ("إن", "O"), ("كريم", "B-PERS"),
     ("ناصر", "I-PERS"), ("زار", "O"), ("بيروت", "B-GPE"), ("$#$", "O")],
]


def wojood_text(sentences) -> str:
    return "\n".join("".join(f"{tok} {' '.join(tags)}\n" for tok, *tags in s) for s in sentences)


def write(path: Path, sentences) -> Path:
    path.write_text(wojood_text(sentences), encoding="utf-8")
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def built(repo_release) -> Path:
    """The release of the repository's corpus (Khabar's own test split), built once per run."""
    return repo_release


@pytest.fixture
def model_cache(crf_cache) -> Path:
    """The run's cache: the real model is trained once and then read back."""
    return crf_cache


@pytest.fixture(scope="module")
def wojood_test(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("import") / "wojood-test"
    assert main(["import", "wojood", str(SAMPLE / "test.txt"), "--out", str(out), "--repair-orphan-i"]) == 0
    return out


@pytest.fixture
def env(monkeypatch, model_cache):
    monkeypatch.setenv(CACHE_ENV, str(model_cache))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.delenv(WOJOOD_TRAIN_ENV, raising=False)


def bench(*args: str) -> int:
    return main(["--root", str(REPO), "benchmark", *args])


def outer_entities(sents):
    """Outermost (layer 1) entities of parsed Wojood sentences, as surfaces (NFC tokens joined
    by spaces, as the import writes the text)."""
    nfc = lambda toks: " ".join(unicodedata.normalize("NFC", t) for t in toks)
    return [nfc(s.tokens[a:b]) for s in sents for a, b, _, k in s.entities if k == 0]


# ---------------------------------------------------------------- the real sample

@pytest.mark.slow
def test_crf_wojood_on_both_test_sets(env, built, wojood_test, tmp_path, capsys):
    """Trained once on the sample's train file, scored on Khabar test and on the sample's test."""
    on_khabar, on_wojood, again = tmp_path / "k.json", tmp_path / "w.json", tmp_path / "w2.json"
    assert bench("--model", "baseline:crf-wojood", "--release", str(built), "--out", str(on_khabar)) == 0
    first = capsys.readouterr()
    assert bench("--model", "baseline:crf-wojood", "--data", str(wojood_test), "--out", str(on_wojood)) == 0
    second = capsys.readouterr()
    assert ("trained in" in first.err or "read from the cache" in first.err)
    assert "read from the cache" in second.err and "trained in" not in second.err
    assert "| span clitic (micro) |" in second.out and "the model's training data" in second.out
    k, w = (json.loads(p.read_text(encoding="utf-8")) for p in (on_khabar, on_wojood))

    train_sents = read_wojood(SAMPLE / "train.txt", repair=True)
    test_sents = read_wojood(SAMPLE / "test.txt", repair=True)
    non_empty = lambda p: sum(1 for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    assert k["training"] == w["training"]
    assert (w["training"]["train_sha256"], w["training"]["file_tokens"], w["training"]["file_sentences"]) == \
        (sha256(SAMPLE / "train.txt"), non_empty(SAMPLE / "train.txt"), len(train_sents))
    assert k["dataset"]["rows"] == len(rows_from_release(built, "test"))
    assert (w["dataset"]["split"], w["dataset"]["source_sha256"], w["dataset"]["rows"]) == \
        ("test", sha256(SAMPLE / "test.txt"), len(test_sents))
    gold = outer_entities(test_sents)
    assert w["dataset"]["gold_mentions"] == len(gold)
    # Seen = the surface is an entity surface of the model's training data (the Wojood train file).
    train_surfaces = {" ".join(unicodedata.normalize("NFC", t) for t in s.tokens[a:b])
                      for s in train_sents for a, b, _, _ in s.entities}
    seen = w["figures"]["seen_unseen"]["strict"]
    assert (seen["seen"]["gold"], seen["unseen"]["gold"]) == \
        (sum(g in train_surfaces for g in gold), sum(g not in train_surfaces for g in gold))
    for res in (k, w):
        for mode in ("strict", "clitic"):
            f1 = res["figures"]["span"][mode]["micro"]["f1"]
            assert f1["ci95"][0] <= f1["value"] <= f1["ci95"][1]

    # A model trained on the real sample beats one trained on Khabar's few train paragraphs there.
    small = tmp_path / "crf.json"
    assert bench("--model", "baseline:crf", "--release", str(built), "--data", str(wojood_test),
                 "--out", str(small)) == 0
    s = json.loads(small.read_text(encoding="utf-8"))
    assert s["training"]["data"] == "khabar train split"
    assert w["figures"]["span"]["strict"]["micro"]["f1"]["ci95"][0] > \
        s["figures"]["span"]["strict"]["micro"]["f1"]["value"]

    # Same inputs, same bytes (the model comes from the cache this time).
    assert bench("--model", "baseline:crf-wojood", "--data", str(wojood_test), "--out", str(again)) == 0
    assert again.read_bytes() == on_wojood.read_bytes()


@pytest.mark.slow
def test_cross_corpus_script_reproduces_the_benchmark(env, built, wojood_test, tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("cross_corpus", REPO / "scripts" / "cross_corpus.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path / "table.md"
    assert script.main(["--release", str(built), "--resamples", "200", "--out", str(out)]) == 0
    table = out.read_text(encoding="utf-8")
    assert capsys.readouterr().out == table
    rows = [line for line in table.splitlines() if line.startswith("| `baseline:")]
    assert len(rows) == 2 * 3 * 2  # two tables, three models, two test sets
    assert bench("--model", "baseline:crf-wojood", "--data", str(wojood_test), "--resamples", "200",
                 "--out", str(tmp_path / "w.json")) == 0
    res = json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))
    cells = [script.cell(res["figures"]["span"][m]["micro"]["f1"]) for m in ("strict", "clitic")]
    assert any(r.startswith("| `baseline:crf-wojood` | Wojood sample train") and "| Wojood sample test |" in r
               and r.endswith(f"| {cells[0]} | {cells[1]} |") for r in rows)


# ---------------------------------------------------------------- the cache (synthetic files)

@pytest.fixture
def counted(monkeypatch):
    """train_crf, counting its calls."""
    calls = []
    real = crf.train_crf

    @functools.wraps(real)
    def spy(*a, **kw):
        calls.append(1)
        return real(*a, **kw)

    monkeypatch.setattr(crf, "train_crf", spy)
    return calls


def test_cache_trains_once_and_retrains_when_the_file_changes(tmp_path, counted):
    train, cache = write(tmp_path / "train.txt", TINY_TRAIN), tmp_path / "cache"
    a = wojood_adapter(train_file=train, cache=cache)
    b = wojood_adapter(train_file=train, cache=cache)
    assert (a.cache["cache"], b.cache["cache"], len(counted)) == ("trained", "hit", 1)
    assert a.training == b.training and a.training["train_sha256"] == sha256(train)
    key = a.training["cache_key"]
    assert sorted(p.name for p in cache.iterdir()) == [f"{key}.crfsuite", f"{key}.json"]
    rows = rows_from_folder_of(tmp_path, TINY_TEST)
    assert a.predict(rows) == b.predict(rows)

    write(train, TINY_TRAIN + TINY_TEST)
    c = wojood_adapter(train_file=train, cache=cache)
    assert (c.cache["cache"], len(counted)) == ("trained", 2)
    assert c.training["cache_key"] != key and len(list(cache.glob("*.crfsuite"))) == 2


@pytest.mark.parametrize("damage", ["model", "record", "record-missing"])
def test_a_damaged_cache_entry_is_retrained(tmp_path, counted, damage):
    train, cache = write(tmp_path / "train.txt", TINY_TRAIN), tmp_path / "cache"
    key = wojood_adapter(train_file=train, cache=cache).training["cache_key"]
    model, record = cache / f"{key}.crfsuite", cache / f"{key}.json"
    good = model.read_bytes()
    if damage == "model":
        model.write_bytes(good[: len(good) // 2])
    elif damage == "record":
        record.write_text("{", encoding="utf-8")
    else:
        record.unlink()
    again = wojood_adapter(train_file=train, cache=cache)
    assert (again.cache["cache"], len(counted)) == ("trained", 2)
    assert model.read_bytes() == good  # deterministic training: the same model again


def test_training_is_deterministic(tmp_path):
    train = write(tmp_path / "train.txt", TINY_TRAIN)
    a = wojood_adapter(train_file=train, cache=tmp_path / "a")
    b = wojood_adapter(train_file=train, cache=tmp_path / "b")
    key = a.training["cache_key"]
    assert (a.cache["cache"], b.cache["cache"], b.training["cache_key"]) == ("trained", "trained", key)
    assert (tmp_path / "a" / f"{key}.crfsuite").read_bytes() == (tmp_path / "b" / f"{key}.crfsuite").read_bytes()


BASE = ("0" * 64, "wojood", {"c1": 0.05, "c2": 0.05, "max_iterations": 100})


@pytest.mark.parametrize("args,same", [
    (BASE, True),
    (("1" * 64, *BASE[1:]), False),
    ((BASE[0], "conll", BASE[2]), False),
    ((*BASE[:2], {**BASE[2], "max_iterations": 50}), False),
])
def test_cache_key(args, same):
    assert (cache_key(*args) == cache_key(*BASE)) is same


def test_cache_key_follows_the_features_version_not_the_source(monkeypatch):
    """A new FEATURES_VERSION or crfsuite retrains; an edit of the module's text (a comment) does not."""
    before = cache_key(*BASE)
    monkeypatch.setattr(crf, "FEATURES_VERSION", crf.FEATURES_VERSION + 1)
    assert cache_key(*BASE) != before
    monkeypatch.undo()
    monkeypatch.setattr(crf, "crfsuite_versions", lambda: {"python-crfsuite": "99"})
    assert cache_key(*BASE) != before
    monkeypatch.undo()
    assert cache_key(*BASE) == before


def test_default_locations_are_under_the_project(tmp_path, monkeypatch):
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.delenv(WOJOOD_TRAIN_ENV, raising=False)
    assert crf.cache_folder(tmp_path) == tmp_path / ".cache" / "khabar"
    with pytest.raises(KhabarError) as exc:  # a project without its sources manifest
        crf.wojood_train_file(tmp_path)
    assert exc.value.code == "file-missing"
    assert crf.wojood_train_file(REPO) == SAMPLE / "train.txt"
    monkeypatch.setenv(WOJOOD_TRAIN_ENV, str(tmp_path / "mine.txt"))
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "c"))
    assert (crf.wojood_train_file(tmp_path), crf.cache_folder(tmp_path)) == (tmp_path / "mine.txt", tmp_path / "c")
    assert crf.wojood_train_file(tmp_path, tmp_path / "opt.txt") == tmp_path / "opt.txt"


# ---------------------------------------------------------------- --data (synthetic files)

def rows_from_folder_of(tmp_path: Path, sentences, name: str = "test.txt"):
    return rows_from_folder(import_folder(tmp_path, sentences, name))


def import_folder(tmp_path: Path, sentences, name: str = "test.txt") -> Path:
    src = write(tmp_path / name, sentences)
    out = tmp_path / f"imported-{Path(name).stem}"
    if not out.exists():
        assert main(["import", "wojood", str(src), "--out", str(out)]) == 0
    return out


def test_data_rows_are_the_imported_sentences(tmp_path, capsys):
    rows = rows_from_folder_of(tmp_path, TINY_TEST)
    assert [r.text for r in rows] == [" ".join(t for t, _ in s) for s in TINY_TEST]
    assert [[sp.covered(r.text) for sp in r.entities] for r in rows] == \
        [["سامي حداد", "دمشق"], ["الأمم المتحدة", "كريم ناصر", "بيروت"]]
    assert all(r.document_id and r.paragraph_id == r.id for r in rows)


def test_benchmark_data_on_an_imported_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    data = import_folder(tmp_path, TINY_TEST)
    train = write(tmp_path / "train.txt", TINY_TRAIN)
    release = make_release(tmp_path / "release")
    out = {}
    for spec in ("baseline:crf-wojood", "baseline:crf", "baseline:gazetteer"):
        path = tmp_path / f"{spec.split(':')[1]}.json"
        assert bench("--model", spec, "--release", str(release), "--data", str(data),
                     "--wojood-train", str(train), "--out", str(path)) == 0
        out[spec] = json.loads(path.read_text(encoding="utf-8"))
    capsys.readouterr()
    for res in out.values():
        assert (res["dataset"]["rows"], res["dataset"]["gold_mentions"], res["dataset"]["split"]) == (2, 5, "test")
        assert res["dataset"]["source_sha256"] == sha256(tmp_path / "test.txt")
    # Seen is relative to what each model learned from: the Wojood file, or the release's train.
    gold = [" ".join(t for t, _ in s[a:b]) for s in TINY_TEST for a, b in tag_runs(s)]
    wojood_seen = {" ".join(t for t, _ in s[a:b]) for s in TINY_TRAIN for a, b in tag_runs(s)}
    khabar_seen = {sub for _, ents in KHABAR_TRAIN for sub, _, _ in ents}
    w, g = out["baseline:crf-wojood"], out["baseline:gazetteer"]
    assert w["training"]["train_file"] == "train.txt" and g["training"]["data"] == "khabar train split"
    assert w["figures"]["seen_unseen"]["strict"]["seen"]["gold"] == sum(x in wojood_seen for x in gold)
    assert g["figures"]["seen_unseen"]["strict"]["seen"]["gold"] == sum(x in khabar_seen for x in gold)
    assert sum(x in wojood_seen for x in gold) != sum(x in khabar_seen for x in gold)


def tag_runs(sentence) -> list[tuple[int, int]]:
    """Token extents of the (single-layer) entities of a synthetic sentence."""
    out: list[list[int]] = []
    for i, (_, tag) in enumerate(sentence):
        if tag.startswith("B-"):
            out.append([i, i + 1])
        elif tag.startswith("I-"):
            out[-1][1] = i + 1
    return [(a, b) for a, b in out]


def test_data_on_a_khabar_project_gives_the_release_rows(built):
    key = lambda r: (r.id, r.text, r.offset, tuple(r.entities), r.paragraph_id, r.paragraph_offset)
    every_split = [r for s in ("train", "validation", "test") for r in rows_from_release(built, s)]
    assert sorted(map(key, rows_from_folder(REPO))) == sorted(map(key, every_split))


def test_data_needs_no_release_for_crf_wojood(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    data = import_folder(tmp_path, TINY_TEST)
    monkeypatch.setenv(WOJOOD_TRAIN_ENV, str(write(tmp_path / "train.txt", TINY_TRAIN)))
    assert main(["--root", str(REPO), "benchmark", "--model", "baseline:crf-wojood", "--release",
                 str(tmp_path / "no-release"), "--data", str(data), "--resamples", "50"]) == 0
    assert "(2 sentences, 5 gold mentions" in capsys.readouterr().out


@pytest.mark.parametrize("case,message", [
    ("no-documents", "no corpus/documents folder"),
    ("split-and-data", "--split chooses splits of --release"),
    ("no-train-file", "Wojood train file not found"),
    ("bad-train-file", "unknown label 'PERSON'"),
    ("tampered", "span-text-mismatch"),
])
def test_errors_are_one_line(tmp_path, monkeypatch, capsys, case, message):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    data = import_folder(tmp_path, TINY_TEST)
    train = write(tmp_path / "train.txt", TINY_TRAIN)
    args = ["--model", "baseline:crf-wojood", "--data", str(data), "--wojood-train", str(train)]
    if case == "no-documents":
        args[3] = str(tmp_path)
    elif case == "split-and-data":
        args += ["--split", "test"]
    elif case == "no-train-file":
        args[5] = str(tmp_path / "missing.txt")
    elif case == "bad-train-file":
        train.write_text("زار O\nمحمد B-PERSON\n", encoding="utf-8")
    else:
        ann = next((data / "annotations").glob("*.json"))
        rec = json.loads(ann.read_text(encoding="utf-8"))
        rec["entities"][0]["text"] = "غلط"
        ann.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    assert bench(*args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1, err


def test_library_errors_are_khabar_errors(tmp_path, monkeypatch):
    monkeypatch.delenv(WOJOOD_TRAIN_ENV, raising=False)
    monkeypatch.delenv(CACHE_ENV, raising=False)
    with pytest.raises(KhabarError, match="no project root"):
        wojood_adapter(root=None)
    empty = write(tmp_path / "o.txt", [[("زار", "O"), ("حلب", "O")]])
    with pytest.raises(KhabarError, match="no entities in scheme 'wojood'"):
        wojood_adapter(train_file=empty, cache=tmp_path / "c")


def test_crf_wojood_may_score_every_split(tmp_path, monkeypatch, capsys):
    """A model that never saw Khabar may be scored on all of it (`--split all`)."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    release = make_release(tmp_path / "release")
    train = write(tmp_path / "train.txt", TINY_TRAIN)
    out = tmp_path / "all.json"
    assert bench("--model", "baseline:crf-wojood", "--release", str(release), "--split", "all",
                 "--wojood-train", str(train), "--resamples", "20", "--out", str(out)) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    every = [r.id for s in ("train", "validation", "test") for r in rows_from_release(release, s)]
    assert (res["dataset"]["split"], res["dataset"]["splits"], res["per_row"]["ids"]) == \
        ("all", ["train", "validation", "test"], every)
    assert res["training"]["train_file"] == "train.txt"


def test_benchmark_data_on_a_flat_conll_import(tmp_path, monkeypatch, capsys):
    """`khabar import conll` makes an evaluation folder too: any flat IOB2 test set can be scored."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    conll = tmp_path / "anercorp-like.txt"
    conll.write_text("-DOCSTART- O\n\n" + wojood_text(TINY_TEST), encoding="utf-8")
    data = tmp_path / "conll-test"
    assert main(["import", "conll", str(conll), "--out", str(data)]) == 0
    train = write(tmp_path / "train.txt", TINY_TRAIN)
    out = tmp_path / "r.json"
    assert bench("--model", "baseline:crf-wojood", "--data", str(data), "--wojood-train", str(train),
                 "--resamples", "20", "--out", str(out)) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["dataset"]["rows"] == len(TINY_TEST) and res["dataset"]["gold_mentions"] == 5
    assert (res["dataset"]["source_sha256"], res["dataset"]["source_format"]) == (sha256(conll), "conll-iob2")
    assert [r.text for r in rows_from_folder(data)] == [" ".join(t for t, _ in s) for s in TINY_TEST]
