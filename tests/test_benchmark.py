"""`khabar benchmark` end to end on a tiny synthetic release, the loaders and the schemes."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from khabar.cli import main
from khabar.evaluate.data import content_hash, rows_from_release
from khabar.io import KhabarError
from khabar.model.labels import ENTITY_LABELS
from khabar.evaluate.schemes import SCHEMES, get_scheme, map_gold, map_pred
from khabar.model.tokens import outermost

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
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(sub, pos + 1)
    return pos, pos + len(sub)


def make_release(folder: Path, splits: dict = SPLITS) -> Path:
    """A `spans` release as `khabar build` lays it out: data/spans/<split>.parquet and a card."""
    doc, k, offset = "synth", 0, 0
    yaml = ["---", "configs:", "- config_name: spans", "  data_files:"]
    for split, pars in splits.items():
        rows = []
        for text, ents in pars:
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
        assert all(r.text[s:e] for s, e, _ in r.entities)
    assert [(rows[1].text[s:e], lab) for s, e, lab in rows[1].entities] == \
        [("الأمم المتحدة", "ORG"), ("كريم ناصر", "PERS"), ("بيروت", "GPE")]
    # offsets into the document: paragraph offset + place in the paragraph
    doc_text = "\n".join(t for pars in SPLITS.values() for t, _ in pars)
    assert all(doc_text[r.offset:r.offset + len(r.text)] == r.text for r in rows)


def test_sentence_cut_inside_an_entity_is_skipped(tmp_path):
    text = "زار وفد من شركة أ. ب. للنفط المدينة."
    rel = make_release(tmp_path / "r", {"train": TRAIN, "validation": VALIDATION,
                                        "test": [(text, [("شركة أ. ب. للنفط", "ORG", 0)])]})
    rows = rows_from_release(rel, "test")
    assert [(r.text, r.entities) for r in rows] == [(text, [(*locate(text, "شركة أ. ب. للنفط", 0), "ORG")])]


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
    gold = [(*locate(text, "وزير الخارجية", 0), "OCC"), (*locate(text, "الخارجية", 0), "ORG"),
            (*locate(text, "سامي حداد", 0), "PERS")]
    assert outermost(map_gold(gold, get_scheme("conll"))) == \
        [(*locate(text, "الخارجية", 0), "ORG"), (*locate(text, "سامي حداد", 0), "PER")]
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
    assert map_pred([(0, 2, "X"), (3, 4, "PER")], get_scheme("conll")) == ([(3, 4, "PER")], {"X": 1})


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
        rec["spans"] += [{"layer": "entities", "start": s + r.paragraph_offset, "end": e + r.paragraph_offset,
                          "label": lab} for s, e, lab in r.entities]
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
        assert sorted(r.text[s:e] for r in rows for s, e, _ in r.entities) == \
            sorted(e["text"] for row in spans for e in row["entities"])
