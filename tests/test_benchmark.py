"""`khabar benchmark` end to end on a tiny synthetic release, the loaders and the schemes."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import at
from khabar.cli import main
from khabar.evaluate.data import content_hash, rows_from_release
from khabar.evaluate.schemes import SCHEMES, get_scheme, map_gold, map_pred
from khabar.io import KhabarError
from khabar.model.labels import ENTITY_LABELS
from khabar.model.spans import Span, outermost
from sourcefix import SAMPLE

REPO = Path(__file__).resolve().parent.parent

# Synthetic paragraphs for tests only: (text, [(surface, label, nth)]).
TRAIN = [
    ("زار الرئيس محمد علي مدينة حلب يوم الأحد. وقال إن الجيش السوري سيطر على دمشق.",
     [("محمد علي", "PERS", 0), ("حلب", "GPE", 0), ("الأحد", "DATE", 0), ("الجيش السوري", "ORG", 0),
      ("السوري", "NORP", 0), ("دمشق", "GPE", 0)]),
    ("التقى وزير الخارجية سامي حداد بنظيره في بيروت. وأعلنت الأمم المتحدة دعمها لحلب.",
     [("وزير الخارجية", "OCC", 0), ("الخارجية", "ORG", 0), ("سامي حداد", "PERS", 0),
      ("بيروت", "GPE", 0), ("الأمم المتحدة", "ORG", 0), ("حلب", "GPE", 0)]),
    ("وصل محمد علي إلى بيروت. واجتمع مع سامي حداد في دمشق.",
     [("محمد علي", "PERS", 0), ("بيروت", "GPE", 0), ("سامي حداد", "PERS", 0), ("دمشق", "GPE", 0)]),
    ("قالت الأمم المتحدة إن حلب تحتاج مساعدات. وزار الجيش السوري بدمشق مخيما.",
     [("الأمم المتحدة", "ORG", 0), ("حلب", "GPE", 0), ("الجيش السوري", "ORG", 0),
      ("السوري", "NORP", 0), ("دمشق", "GPE", 0)]),
]
VALIDATION = [("زار سامي حداد حلب.", [("سامي حداد", "PERS", 0), ("حلب", "GPE", 0)])]
TEST = [
    ("وصل سامي حداد إلى دمشق يوم الأحد. وقالت الأمم المتحدة إن كريم ناصر زار بيروت.",
     [("سامي حداد", "PERS", 0), ("دمشق", "GPE", 0), ("الأحد", "DATE", 0), ("الأمم المتحدة", "ORG", 0),
      ("كريم ناصر", "PERS", 0), ("بيروت", "GPE", 0)]),
    ("وأعلن الجيش السوري سيطرته على حلب وبيروت.",
     [("الجيش السوري", "ORG", 0), ("السوري", "NORP", 0), ("حلب", "GPE", 0), ("بيروت", "GPE", 0)]),
]
SPLITS = {"train": TRAIN, "validation": VALIDATION, "test": TEST}
ENTITY = pa.struct([("id", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
                    ("text", pa.string()), ("label", pa.int64())])
SCHEMA = pa.schema([("id", pa.string()), ("document_id", pa.string()), ("paragraph", pa.int32()),
                    ("offset", pa.int32()), ("text", pa.string()), ("entities", pa.list_(ENTITY))])


def locate(text: str, sub: str, nth: int) -> tuple[int, int]:
    """Offsets of the nth `sub` in `text` (computed, never counted)."""
    return at(sub, nth, within=text)


def make_release(folder: Path, splits: dict = SPLITS, per_doc: int | None = None) -> Path:
    """A `spans` release as `khabar build` lays it out: data/spans/<split>.parquet and a card.

    One document `synth` holds every paragraph; with `per_doc`, documents `synth<j>` of that many
    paragraphs each, in order.
    """
    doc, k, offset = "synth", 0, 0
    yaml = ["---", "configs:", "- config_name: spans", "  data_files:"]
    made = 0  # paragraphs so far, over every split
    for split, pars in splits.items():
        rows = []
        for text, ents in pars:
            if per_doc and made % per_doc == 0:
                doc, k, offset = f"synth{made // per_doc}", 0, 0
            made += 1
            spans = []
            for n, (sub, label, nth) in enumerate(ents, 1):
                s, e = locate(text, sub, nth)
                spans.append({"id": f"e{n}", "start": s, "end": e, "text": sub,
                              "label": ENTITY_LABELS.index(label)})
            rows.append({"id": f"{doc}#p{k}", "document_id": doc, "paragraph": k, "offset": offset,
                         "text": text, "entities": spans})
            k, offset = k + 1, offset + len(text) + 1
        path = folder / "data" / "spans" / f"{split}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), path)
        yaml += [f"  - split: {split}", f"    path: data/spans/{split}.parquet"]
    (folder / "README.md").write_text("\n".join([*yaml, "---", "# synthetic", ""]), encoding="utf-8")
    return folder


@pytest.fixture
def release(tmp_path: Path) -> Path:
    return make_release(tmp_path / "release")


# ---------------------------------------------------------------- loading

def test_rows_are_sentences_with_their_gold(release):
    rows = rows_from_release(release, "test")
    assert [r.id for r in rows] == ["synth#p5s0", "synth#p5s1", "synth#p6s0"]
    first_par = TEST[0][0]
    cut = first_par.index(".") + 1
    assert [r.text for r in rows] == [first_par[:cut], first_par[cut + 1:], TEST[1][0]]
    for r in rows:
        assert all(sp.covered(r.text) for sp in r.entities)
    assert [(sp.covered(rows[1].text), sp.label) for sp in rows[1].entities] == \
        [("الأمم المتحدة", "ORG"), ("كريم ناصر", "PERS"), ("بيروت", "GPE")]
    # offsets into the document: paragraph offset + place in the paragraph
    doc_text = "\n".join(t for pars in SPLITS.values() for t, _ in pars)
    assert all(doc_text[r.offset:r.offset + len(r.text)] == r.text for r in rows)


def test_sentence_cut_inside_an_entity_is_skipped(tmp_path):
    text = "زار وفد من شركة أ. ب. للنفط المدينة."
    rel = make_release(tmp_path / "r", {"train": TRAIN, "validation": VALIDATION,
                                        "test": [(text, [("شركة أ. ب. للنفط", "ORG", 0)])]})
    rows = rows_from_release(rel, "test")
    assert [(r.text, r.entities) for r in rows] == [(text, [Span(*locate(text, "شركة أ. ب. للنفط", 0), "ORG")])]


def test_entity_text_mismatch_is_one_line_error(tmp_path):
    rel = make_release(tmp_path / "r")
    table = pq.read_table(rel / "data/spans/test.parquet").to_pylist()
    table[0]["entities"][0]["text"] = "غلط"
    pq.write_table(pa.Table.from_pylist(table, schema=SCHEMA), rel / "data/spans/test.parquet")
    with pytest.raises(KhabarError, match=r"test\.parquet: row 0 \(synth#p5\): entity \[4, 13\) covers"):
        rows_from_release(rel, "test")


def test_missing_release_and_split(tmp_path, release):
    with pytest.raises(KhabarError, match="no such release folder"):
        rows_from_release(tmp_path / "nowhere", "test")
    with pytest.raises(KhabarError, match="no parquet files for config 'spans', split 'dev'"):
        rows_from_release(release, "dev")


def test_content_hash_follows_the_bytes(tmp_path):
    a, b = make_release(tmp_path / "a"), make_release(tmp_path / "b")
    assert content_hash(a) == content_hash(b)
    (b / "README.md").write_text("changed", encoding="utf-8")
    assert content_hash(a) != content_hash(b)


# ---------------------------------------------------------------- schemes

def test_scheme_drop_uncovers_the_nested_entity():
    text = "التقى وزير الخارجية سامي حداد"
    gold = [Span(*locate(text, "وزير الخارجية", 0), "OCC"), Span(*locate(text, "الخارجية", 0), "ORG"),
            Span(*locate(text, "سامي حداد", 0), "PERS")]
    assert outermost(map_gold(gold, get_scheme("conll"))) == \
        [Span(*locate(text, "الخارجية", 0), "ORG"), Span(*locate(text, "سامي حداد", 0), "PER")]
    assert outermost(map_gold(gold, get_scheme("wojood"))) == [gold[0], gold[2]]


@pytest.mark.parametrize("scheme,label,want", [
    ("conll", "PERS", "PER"), ("conll", "PER", "PER"), ("conll", "person", "PER"), ("conll", "GPE", "LOC"),
    ("anercorp", "PER", "PERS"), ("anercorp", "NORP", "MISC"), ("ontonotes", "PERS", "PERSON"),
    ("ontonotes", "OCC", None), ("wojood", "PER", "PERS"), ("conll", "LABEL_3", None),
])
def test_prediction_labels(scheme, label, want):
    assert get_scheme(scheme).pred_label(label) == want


def test_every_wojood_label_is_mapped_in_every_scheme():
    for scheme in SCHEMES.values():
        assert set(scheme.from_wojood) == set(ENTITY_LABELS)
        assert {v for v in scheme.from_wojood.values() if v} == set(scheme.labels)
    assert map_pred([Span(0, 2, "X"), Span(3, 4, "PER"), Span(5, 6, "per")], get_scheme("conll")) == \
        ([Span(3, 4, "PER"), Span(5, 6, "PER")], {"X": 1}, {"per -> PER": 1})
    assert map_pred([Span(0, 2, "PER")], get_scheme("wojood")) == ([Span(0, 2, "PERS")], {}, {"PER -> PERS": 1})


# ---------------------------------------------------------------- the command

def bench(release: Path, *args: str) -> int:
    return main(["--root", str(release), "benchmark", "--release", str(release), *args])


@pytest.mark.parametrize("baseline", ["gazetteer", "crf"])
def test_baselines_end_to_end(release, tmp_path, capsys, monkeypatch, baseline):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1733130000")
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    assert bench(release, "--model", f"baseline:{baseline}", "--out", str(out1)) == 0
    printed = capsys.readouterr().out
    assert bench(release, "--model", f"baseline:{baseline}", "--out", str(out2)) == 0
    assert out1.read_bytes() == out2.read_bytes()
    res = json.loads(out1.read_text(encoding="utf-8"))
    assert (res["model"], res["scheme"], res["dataset"]["split"], res["date"], res["layer"]) == \
        (f"baseline:{baseline}", "wojood", "test", "2024-12-02", "outermost")
    assert res["dataset"]["content_sha256"] == content_hash(release)
    assert res["dataset"]["rows"] == len(res["per_row"]["ids"]) == 3
    strict = res["figures"]["span"]["strict"]["micro"]["f1"]
    assert strict["ci95"][0] <= strict["value"] <= strict["ci95"][1]
    assert "| span clitic (micro) |" in printed and "| PERS | Wojood |" not in printed
    assert "| OCC | OCC |" in printed  # the mapping is printed


def test_gold_as_predictions_scores_one(release, tmp_path, capsys):
    rows = rows_from_release(release, "test")
    preds = tmp_path / "gold.jsonl"
    # one record per paragraph (offsets into the paragraph row), the export jsonl shape
    by_par: dict[str, dict] = {}
    for r in rows:
        rec = by_par.setdefault(r.paragraph_id, {"id": r.paragraph_id, "spans": []})
        rec["spans"] += [{"layer": "entities", "start": sp.start + r.paragraph_offset,
                          "end": sp.end + r.paragraph_offset, "label": sp.label} for sp in r.entities]
    preds.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in by_par.values()), encoding="utf-8")
    out = tmp_path / "r.json"
    assert bench(release, "--model", f"predictions:{preds}", "--out", str(out), "--resamples", "200") == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    for mode, fig in res["figures"]["span"].items():
        assert fig["micro"]["f1"] == {"value": 1.0, "ci95": [1.0, 1.0]}, mode
    assert res["figures"]["token_seqeval_strict"]["micro"]["f1"]["value"] == 1.0


def test_compare(release, tmp_path, capsys):
    a, b, c = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "c.json"
    assert bench(release, "--model", "baseline:gazetteer", "--out", str(a)) == 0
    assert bench(release, "--model", "baseline:crf", "--out", str(b)) == 0
    capsys.readouterr()
    assert bench(release, "--compare", str(a), str(b), "--out", str(c)) == 0
    printed = capsys.readouterr().out
    res = json.loads(c.read_text(encoding="utf-8"))
    assert (res["a"], res["b"], res["metric"]) == ("baseline:gazetteer", "baseline:crf", "strict")
    assert 0 < res["p_value"] <= 1 and f"{res['p_value']:.3f} |" in printed
    assert round(res["f1_a"] - res["f1_b"], 6) == pytest.approx(res["difference"], abs=1e-6)


def test_compare_refuses_different_schemes(release, tmp_path, capsys):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert bench(release, "--model", "baseline:gazetteer", "--out", str(a)) == 0
    assert bench(release, "--model", "baseline:gazetteer", "--scheme", "conll", "--out", str(b)) == 0
    capsys.readouterr()
    assert bench(release, "--compare", str(a), str(b)) == 2
    assert "different scheme" in capsys.readouterr().err


@pytest.mark.parametrize("spec,message", [
    ("nothing", "expected hf:PATH_OR_ID"),
    ("baseline:dictionary", "unknown baseline"),
    ("predictions:/no/such.jsonl", "file not found"),
])
def test_bad_model_spec_is_one_line(release, capsys, spec, message):
    assert bench(release, "--model", spec) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_rows_match_the_built_ner_config(repo_release):
    """On a real `khabar build` of the repository's corpus, sentence rows are the `ner` rows."""
    out = repo_release
    for split in ("train", "validation", "test"):
        rows = rows_from_release(out, split)
        ner = [r for f in sorted(out.glob(f"data/ner/{split}-*.parquet")) for r in pq.read_table(f).to_pylist()]
        assert [(r.id, r.text, r.offset) for r in rows] == [(n["id"], n["text"], n["offset"]) for n in ner]
        spans = [r for f in sorted(out.glob(f"data/spans/{split}-*.parquet")) for r in pq.read_table(f).to_pylist()]
        assert sorted(sp.covered(r.text) for r in rows for sp in r.entities) == \
            sorted(e["text"] for row in spans for e in row["entities"])


# ---------------------------------------------------------------- splits

def gold_predictions(rows, path: Path) -> Path:
    """The gold of `rows` as a predictions file, one record per row."""
    path.write_text("".join(json.dumps({"id": r.id, "text": r.text, "spans": [
        {"start": sp.start, "end": sp.end, "label": sp.label} for sp in r.entities]}, ensure_ascii=False) + "\n"
        for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("split,want", [
    ("test", ["test"]), ("validation,test", ["validation", "test"]), ("all", ["train", "validation", "test"]),
    (" test , validation ", ["test", "validation"]),
])
def test_split_all_and_lists(release, tmp_path, capsys, split, want):
    rows = [r for s in ("train", "validation", "test") for r in rows_from_release(release, s)]
    preds = gold_predictions(rows, tmp_path / "gold.jsonl")
    out = tmp_path / "r.json"
    assert bench(release, "--model", f"predictions:{preds}", "--split", split, "--resamples", "20",
                 "--out", str(out)) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    scored = [r for s in want for r in rows_from_release(release, s)]
    assert res["dataset"]["splits"] == want and res["per_row"]["ids"] == [r.id for r in scored]
    assert res["dataset"]["rows_per_split"] == {s: len(rows_from_release(release, s)) for s in want}
    assert res["dataset"]["split"] == ("all" if split == "all" else ",".join(want))
    assert res["figures"]["span"]["strict"]["micro"]["f1"]["value"] == 1.0
    # the records of unscored splits are skipped, and the user is told
    skipped = len(rows) - len(scored)
    assert (f"{skipped} record(s) for rows outside the scored split(s) skipped" in capsys.readouterr().err) \
        is (skipped > 0)


@pytest.mark.parametrize("split,message", [
    ("dev", "'dev' not a split of"), ("test,test", "distinct splits"), ("test,", "distinct splits"),
])
def test_bad_split_lists(release, capsys, split, message):
    assert bench(release, "--model", "baseline:gazetteer", "--split", split) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "[usage]" in err


@pytest.mark.parametrize("baseline", ["gazetteer", "crf"])
@pytest.mark.parametrize("split", ["all", "train", "validation,train"])
def test_baselines_trained_on_train_refuse_it(release, capsys, baseline, split):
    assert bench(release, "--model", f"baseline:{baseline}", "--split", split) == 2
    assert "would score it on its own training data" in capsys.readouterr().err


# ---------------------------------------------------------------- hostile options and files

@pytest.mark.parametrize("value", ["0", "-1", "x"])
def test_resamples_must_be_positive(release, capsys, value):
    assert bench(release, "--model", "baseline:gazetteer", "--resamples", value) == 2
    err = capsys.readouterr().err
    assert "--resamples" in err and err.count("\n") == 1


def test_out_is_guarded(release, tmp_path, capsys):
    folder = tmp_path / "folder"
    folder.mkdir()
    assert bench(release, "--model", "baseline:gazetteer", "--out", str(folder)) == 2
    assert "is a folder, expected a file path [out-refused]" in capsys.readouterr().err
    taken = tmp_path / "thesis.json"
    taken.write_text("mine", encoding="utf-8")
    assert bench(release, "--model", "baseline:gazetteer", "--out", str(taken)) == 2
    assert taken.read_text(encoding="utf-8") == "mine" and "pass --force" in capsys.readouterr().err
    # --force replaces a results file, never another file at that path.
    assert bench(release, "--model", "baseline:gazetteer", "--out", str(taken), "--force") == 2
    assert taken.read_text(encoding="utf-8") == "mine" and "[out-refused]" in capsys.readouterr().err
    ours = tmp_path / "results.json"
    assert bench(release, "--model", "baseline:crf", "--out", str(ours)) == 0
    assert bench(release, "--model", "baseline:gazetteer", "--out", str(ours), "--force") == 0
    assert json.loads(ours.read_text(encoding="utf-8"))["model"] == "baseline:gazetteer"
    assert bench(release, "--model", "baseline:gazetteer", "--plot", str(tmp_path / "p.svg")) == 2
    assert "expected a .png file name" in capsys.readouterr().err


@pytest.fixture
def two_results(release, tmp_path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert bench(release, "--model", "baseline:gazetteer", "--resamples", "50", "--out", str(a)) == 0
    assert bench(release, "--model", "baseline:crf", "--resamples", "50", "--out", str(b)) == 0
    return a, b


def _edit(path: Path, change) -> Path:
    res = json.loads(path.read_text(encoding="utf-8"))
    change(res)
    path.write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    return path


# A damaged results file -> the JSON path named in the one-line error.
@pytest.mark.parametrize("name,change,where", [
    ("not an object", lambda r: r.clear() or r.update({"x": 1}), "$.model"),
    ("model missing", lambda r: r.pop("model"), "$.model"),
    ("dataset a list", lambda r: r.update(dataset=[]), "$.dataset"),
    ("no data hash", lambda r: r["dataset"].pop("content_sha256"), "$.dataset.content_sha256"),
    ("resamples 0", lambda r: r["bootstrap"].update(resamples=0), "$.bootstrap.resamples"),
    ("seed a string", lambda r: r["bootstrap"].update(seed="0"), "$.bootstrap.seed"),
    ("ids missing", lambda r: r["per_row"].pop("ids"), "$.per_row.ids"),
    ("a row too few", lambda r: r["per_row"]["stats"]["strict"].pop(), "$.per_row.stats.strict"),
    ("three numbers", lambda r: r["per_row"]["stats"]["strict"][0].pop(), "$.per_row.stats.strict[0]"),
    ("a string number", lambda r: r["per_row"]["stats"]["strict"][0].__setitem__(0, "1"),
     "$.per_row.stats.strict[0][0]"),
    ("negative", lambda r: r["per_row"]["stats"]["strict"][0].__setitem__(2, -1), "$.per_row.stats.strict[0][2]"),
    ("unknown format", lambda r: r.update(format="khabar-benchmark-results/9"), "$.format"),
    ("groups missing", lambda r: r["per_row"].pop("groups"), "$.per_row.groups"),
    ("a group too few", lambda r: r["per_row"]["groups"].pop(), "$.per_row.groups"),
    ("a group a number", lambda r: r["per_row"]["groups"].__setitem__(0, 3), "$.per_row.groups[0]"),
])
def test_compare_validates_results_files(two_results, capsys, release, name, change, where):
    a, b = two_results
    _edit(b, change)
    assert bench(release, "--compare", str(a), str(b)) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"khabar benchmark: error: {b}: {where}: expected ") and err.count("\n") == 1, err
    assert err.endswith("[results-invalid]\n")


@pytest.mark.parametrize("text,code", [
    ('{"per_row": {"stats": {"strict": [[NaN, 0, 0, 0]]}}}', "json-constant"),
    ("{", "json-invalid"), ("[]", "results-invalid"),
])
def test_compare_refuses_non_json_and_nan(two_results, capsys, release, text, code):
    a, b = two_results
    b.write_text(text, encoding="utf-8")
    assert bench(release, "--compare", str(a), str(b)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.endswith(f"[{code}]\n") and str(b) in err


@pytest.mark.parametrize("change,message", [
    (lambda r: r["dataset"].update(content_sha256="0" * 64), "were computed on different data"),
    (lambda r: r["dataset"].update(split="validation"), "scored different splits"),
    (lambda r: r.update(layer="all"), "scored a different layer"),
    (lambda r: r["per_row"].update(ids=r["per_row"]["ids"][::-1]), "scored different rows"),
])
def test_compare_refuses_results_on_different_data(two_results, capsys, release, change, message):
    a, b = two_results
    _edit(b, change)
    assert bench(release, "--compare", str(a), str(b)) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.endswith("[results-mismatch]\n")


def _perfect(metric: str):
    """Every row of `metric` made a perfect score (credit P = credit R = predicted = gold), as
    someone who wanted B to win would write them: a well-formed file, a different verdict."""
    def change(res):
        res["per_row"]["stats"][metric] = [[g, g, g, g] for _, _, _, g in res["per_row"]["stats"][metric]]
    return change


@pytest.mark.parametrize("metric,change,row", [
    ("strict", _perfect("strict"), None),
    ("token", _perfect("token"), None),
    # One row's predicted count raised by one: a single figure, still a valid-looking file.
    ("strict", lambda r: r["per_row"]["stats"]["strict"][1].__setitem__(2, r["per_row"]["stats"]["strict"][1][2] + 1),
     1),
])
def test_compare_recomputes_per_row_statistics_and_refuses_edited_ones(two_results, capsys, release, metric,
                                                                      change, row):
    """--compare does not trust the per-row statistics a results file stores: it recomputes
    them from the stored predictions and the gold, and refuses a file whose stored figures
    differ (results-stats-mismatch), naming the file, the row and the JSON path."""
    a, b = two_results
    assert bench(release, "--compare", str(a), str(b), "--metric", metric) == 0
    before = capsys.readouterr().out
    original = json.loads(b.read_text(encoding="utf-8"))["per_row"]["stats"][metric]
    _edit(b, change)
    edited = json.loads(b.read_text(encoding="utf-8"))["per_row"]["stats"][metric]
    first = row if row is not None else next(i for i, (x, y) in enumerate(zip(original, edited, strict=True)) if x != y)
    assert bench(release, "--compare", str(a), str(b), "--metric", metric) == 2
    err = capsys.readouterr().err
    ids = json.loads(b.read_text(encoding="utf-8"))["per_row"]["ids"]
    assert err.startswith(f"khabar benchmark: error: {b}: $.per_row.stats.{metric}[{first}]: stores "
                          f"{edited[first]} for row {ids[first]!r}, but its predictions score "
                          f"{[float(x) for x in original[first]]} against the gold")
    assert err.count("\n") == 1 and err.endswith("[results-stats-mismatch]\n")
    # Put back, the comparison is the one it was.
    _edit(b, lambda r: r["per_row"]["stats"].update({metric: original}))
    assert bench(release, "--compare", str(a), str(b), "--metric", metric) == 0
    assert capsys.readouterr().out == before


# ---------------------------------------------------------------- provenance and plots

def test_results_carry_their_provenance(release, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1733130000")
    rows = rows_from_release(release, "test")
    preds = gold_predictions(rows, tmp_path / "gold.jsonl")
    out = tmp_path / "r.json"
    assert bench(release, "--model", f"predictions:{preds}", "--scheme", "conll", "--seed", "7",
                 "--resamples", "30", "--out", str(out)) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    prov = res["provenance"]
    # The release is named by its content hash twice: in the provenance and beside the splits.
    assert res["dataset"]["content_sha256"] == content_hash(release)
    import hashlib

    from khabar import __version__
    assert prov["model"] == {"spec": f"predictions:{preds}", "kind": "predictions", "path": str(preds),
                             "sha256": hashlib.sha256(preds.read_bytes()).hexdigest()}
    assert (prov["data_sha256"], prov["scheme"], prov["split"], prov["seed"], prov["resamples"], prov["date"]) == \
        (content_hash(release), "conll", "test", 7, 30, "2024-12-02")
    assert prov["code"]["khabar"] == __version__ and set(prov["code"]) == {"khabar", "git_commit", "git_dirty"}


def test_renamed_labels_are_listed(release, tmp_path, capsys):
    rows = rows_from_release(release, "test")
    path = tmp_path / "p.jsonl"
    path.write_text("".join(json.dumps({"id": r.id, "spans": [
        {"start": sp.start, "end": sp.end, "label": "PER" if sp.label == "PERS" else sp.label}
        for sp in r.entities]}, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "r.json"
    assert bench(release, "--model", f"predictions:{path}", "--resamples", "20", "--out", str(out)) == 0
    n = sum(sp.label == "PERS" for r in rows for sp in outermost(r.entities))
    assert json.loads(out.read_text(encoding="utf-8"))["relabelled_predictions"] == {"PER -> PERS": n}
    assert f"Prediction labels renamed into the scheme: PER -> PERS ({n})" in capsys.readouterr().out


def test_plot_one_model_and_a_comparison(two_results, release, tmp_path, capsys):
    from khabar.evaluate.benchmark import load_result, per_type_table

    a, b = two_results
    one, both = tmp_path / "one.png", tmp_path / "both.png"
    assert bench(release, "--model", "baseline:crf", "--resamples", "50", "--plot", str(one)) == 0
    assert bench(release, "--compare", str(a), str(b), "--plot", str(both)) == 0
    for png in (one, both):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    table = per_type_table([load_result(a), load_result(b)])
    res_a = load_result(a)["figures"]["span"]["strict"]["per_type"]
    assert list(table.columns) == ["model", "type", "gold", "predicted", "f1", "f1_low", "f1_high"]
    assert set(table["model"]) == {"baseline:gazetteer", "baseline:crf"}
    got = table[table["model"] == "baseline:gazetteer"].set_index("type")
    assert {t: (int(got.loc[t, "gold"]), got.loc[t, "f1"], [got.loc[t, "f1_low"], got.loc[t, "f1_high"]])
            for t in got.index} == {t: (f["gold"], f["f1"]["value"], f["f1"]["ci95"]) for t, f in res_a.items()}
    # same results, same bytes
    again = tmp_path / "again.png"
    assert bench(release, "--compare", str(a), str(b), "--plot", str(again)) == 0
    assert again.read_bytes() == both.read_bytes()


# ---------------------------------------------------------------- the cluster bootstrap

@pytest.fixture
def documents_release(tmp_path) -> Path:
    """The synthetic release with each paragraph its own document: test has two."""
    return make_release(tmp_path / "by-document", per_doc=1)


def _boot(over: str, clusters: int, **more) -> dict:
    return {"resamples": 50, "seed": 0, "level": 0.95, "over": over, "clusters": clusters, **more,
            "interval": "percentile"}


def test_intervals_resample_whole_documents(documents_release, tmp_path, capsys):
    from khabar.evaluate.score import figures, resample_weights

    rel, by_doc, by_sent = documents_release, tmp_path / "d.json", tmp_path / "s.json"
    rows = rows_from_release(rel, "test")
    assert bench(rel, "--model", "baseline:gazetteer", "--resamples", "50", "--out", str(by_doc)) == 0
    assert "P/R/F1 in % with 95% bootstrap intervals over 2 documents (50 resamples)" in capsys.readouterr().out
    assert bench(rel, "--model", "baseline:gazetteer", "--resamples", "50", "--bootstrap", "sentences",
                 "--out", str(by_sent)) == 0
    assert "95% bootstrap intervals over 3 sentences (50 resamples)" in capsys.readouterr().out
    d, s = (json.loads(p.read_text(encoding="utf-8")) for p in (by_doc, by_sent))
    assert (d["format"], d["bootstrap"], d["provenance"]["bootstrap"]) == \
        ("khabar-benchmark-results/3", _boot("documents", 2), "documents")
    assert (s["bootstrap"], s["provenance"]["bootstrap"]) == (_boot("sentences", 3), "sentences")
    assert d["per_row"]["groups"] == [r.document_id for r in rows] == ["synth5", "synth5", "synth6"]
    assert s["per_row"]["groups"] == s["per_row"]["ids"] == [r.id for r in rows]
    # The same point values; each interval is the one its own weights give.
    strip = lambda f: {k: strip(v) for k, v in f.items() if k != "ci95"} if isinstance(f, dict) else f
    assert strip(d["figures"]) == strip(s["figures"])
    for res in (d, s):
        stats = np.array(res["per_row"]["stats"]["strict"]).reshape(3, 1, 4)
        w = resample_weights(3, 50, 0, res["per_row"]["groups"])
        assert figures(stats, ["all"], w)["micro"]["f1"] == res["figures"]["span"]["strict"]["micro"]["f1"]


def test_a_single_document_falls_back_to_sentences(release, tmp_path, capsys):
    one, sent = tmp_path / "one.json", tmp_path / "sent.json"
    assert bench(release, "--model", "baseline:gazetteer", "--resamples", "50", "--out", str(one)) == 0
    assert "Bootstrap: documents asked for, sentences resampled: a single document." in capsys.readouterr().out
    assert bench(release, "--model", "baseline:gazetteer", "--resamples", "50", "--bootstrap", "sentences",
                 "--out", str(sent)) == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (one, sent))
    assert a["bootstrap"] == _boot("sentences", 3, fallback="documents asked for, sentences resampled: "
                                                            "a single document")
    assert (a["figures"], a["per_row"]) == (b["figures"], b["per_row"])


@pytest.fixture
def two_by_document(documents_release, tmp_path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert bench(documents_release, "--model", "baseline:gazetteer", "--resamples", "50", "--out", str(a)) == 0
    assert bench(documents_release, "--model", "baseline:crf", "--resamples", "50", "--out", str(b)) == 0
    return a, b


def _compared(release: Path, a: Path, b: Path, out: Path, *more: str) -> dict:
    assert bench(release, "--compare", str(a), str(b), "--out", str(out), "--force", *more) == 0
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("bootstrap,over,clusters", [("documents", "documents", 2), ("sentences", "sentences", 3)])
def test_compare_resamples_the_documents_the_files_record(two_by_document, documents_release, tmp_path,
                                                          capsys, bootstrap, over, clusters):
    from khabar.evaluate.score import paired_bootstrap

    a, b = two_by_document
    c = _compared(documents_release, a, b, tmp_path / "c.json", "--bootstrap", bootstrap)
    assert f"Paired bootstrap over {clusters} {over} (50 resamples).\n" in capsys.readouterr().out
    ra, rb = (json.loads(p.read_text(encoding="utf-8")) for p in (a, b))
    groups = ra["per_row"]["groups"] if bootstrap == "documents" else None
    want = paired_bootstrap(np.array(ra["per_row"]["stats"]["strict"]), np.array(rb["per_row"]["stats"]["strict"]),
                            50, 0, groups)
    assert {k: c[k] for k in want} == {**want, "clusters": clusters} and c["over"] == over


def _as_format_2(res: dict) -> None:
    """A results file as khabar-benchmark-results/2 wrote it: sentences, no groups."""
    res["format"] = "khabar-benchmark-results/2"
    res["per_row"].pop("groups")
    res["bootstrap"] = {k: v for k, v in res["bootstrap"].items() if k != "clusters"} | {"over": "sentences"}


@pytest.mark.parametrize("old_a,old_b,reason", [
    (True, True, "a results file has no per-row groups (format /2)"),
    (False, True, "a results file has no per-row groups (format /2)"),
    (False, None, "the two files resampled different units"),  # None: B rescored by sentences
])
def test_old_or_unlike_files_are_compared_by_sentences(two_by_document, documents_release, tmp_path, capsys,
                                                       old_a, old_b, reason):
    a, b = two_by_document
    by_sentences = _compared(documents_release, a, b, tmp_path / "s.json", "--bootstrap", "sentences")
    if old_b is None:
        assert bench(documents_release, "--model", "baseline:crf", "--resamples", "50", "--bootstrap",
                     "sentences", "--out", str(b), "--force") == 0
    for path, old in ((a, old_a), (b, old_b)):
        if old:
            _edit(path, _as_format_2)
    c = _compared(documents_release, a, b, tmp_path / "c.json")
    fallback = f"documents asked for, sentences resampled: {reason}"
    assert c == {**by_sentences, "fallback": fallback}
    assert f"Paired bootstrap over 3 sentences (50 resamples); {fallback}.\n" in capsys.readouterr().out


# Synthetic token files for tests only: two `$#$` segments (Wojood) or two documents (CoNLL).
WOJOOD_TWO_SEGMENTS = ("زار O\nسامي B-PERS\nحداد I-PERS\nدمشق B-GPE\n\nوقال O\nإن O\nحلب B-GPE\n$#$ O\n\n"
                       "وصل O\nكريم B-PERS\nناصر I-PERS\nإلى O\nبيروت B-GPE\n$#$ O\n")
CONLL_TWO_DOCUMENTS = ("-DOCSTART- O\n\nزار O\nسامي B-PERS\nحداد I-PERS\nدمشق B-GPE\n\nوقال O\nإن O\n"
                       "حلب B-GPE\n\n-DOCSTART- O\n\nوصل O\nكريم B-PERS\nناصر I-PERS\nإلى O\nبيروت B-GPE\n")


@pytest.mark.parametrize("fmt,text,want", [
    ("wojood", WOJOOD_TWO_SEGMENTS, {"over": "sentences", "clusters": 3, "fallback":
                                     "documents asked for, sentences resampled: a Wojood import: its `$#$` "
                                     "segments are not articles (in the public sample, one segment joins "
                                     "sentences of unrelated texts), so each sentence is its own unit"}),
    ("conll", CONLL_TWO_DOCUMENTS, {"over": "documents", "clusters": 2}),
])
def test_imported_data_bootstraps_by_its_documents_or_sentences(tmp_path, monkeypatch, fmt, text, want):
    from khabar.evaluate.data import rows_from_folder

    monkeypatch.chdir(tmp_path)
    (tmp_path / "f.txt").write_text(text, encoding="utf-8")
    assert main(["import", fmt, "f.txt", "--out", "data"]) == 0
    rows = rows_from_folder(tmp_path / "data")
    assert len({r.document_id for r in rows}) == 2 and len(rows) == 3
    preds = gold_predictions(rows, tmp_path / "p.jsonl")
    assert main(["benchmark", "--model", f"predictions:{preds}", "--data", "data", "--resamples", "50",
                 "--out", "r.json"]) == 0
    res = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert res["bootstrap"] == _boot(**want)
    assert res["per_row"]["groups"] == ([r.document_id for r in rows] if want["over"] == "documents"
                                        else [r.id for r in rows])


# ---------------------------------------------------------------- docs/benchmark.md

def test_the_worked_example_of_the_docs_is_true(tmp_path, monkeypatch, capsys):
    """docs/benchmark.md's worked example, run as written: its script, its line and its table."""
    import re
    import runpy

    doc = (REPO / "docs" / "benchmark.md").read_text(encoding="utf-8")
    script = re.search(r"```python\n(\"\"\"Write predictions\.jsonl.*?)```", doc, re.S).group(1)
    line = re.search(r"```json\n(.*?)\n```", doc, re.S).group(1)
    shown = re.search(r"```\n(\*\*predictions:predictions\.jsonl\*\*.*?)```", doc, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    assert main(["import", "wojood", str(SAMPLE / "test.txt"), "--out",
                 "wojood-test", "--repair-orphan-i"]) == 0
    (tmp_path / "make_predictions.py").write_text(script, encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["make_predictions.py", "wojood-test"])
    capsys.readouterr()
    runpy.run_path("make_predictions.py", run_name="__main__")
    assert capsys.readouterr().out == "357 rows written\n"
    # The docs cut the sentence's text short (third-party text is never committed): the line
    # is the file's line with only that text shortened, the rest whole.
    got, shown_line = (json.loads((tmp_path / "predictions.jsonl").read_text(encoding="utf-8").splitlines()[1]),
                       json.loads(line))
    cut = shown_line["text"].removesuffix(" …")
    assert shown_line["text"].endswith(" …") and got["text"].startswith(cut) and len(cut.split()) < 8
    assert {**got, "text": shown_line["text"]} == shown_line
    assert main(["benchmark", "--model", "predictions:predictions.jsonl", "--data", "wojood-test"]) == 0
    printed = capsys.readouterr().out
    assert all(x in printed.splitlines() for x in shown.splitlines()), shown
