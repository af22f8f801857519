"""The release build: parquet per config and split, loading with `datasets`, determinism, safety."""
from __future__ import annotations

import shutil
from pathlib import Path

import datasets
import pyarrow.parquet as pq
import pytest
import yaml

from khabar.release.build import (
    COARSE_LABELS, COARSE_MAP, CONFIGS, NER_COARSE_TAGS, NER_TAGS, build, features, lossy_tokens, nesting,
    parquet_path,
)
from khabar.cli import main
from khabar.corpus.layout import Layout
from khabar.io import KhabarError, read_json, write_json
from khabar.model.labels import CLAIM_KINDS, ENTITY_LABELS, NUMBER_KINDS, QUALIFIERS, RELATION_TYPES
from khabar.corpus.splits import SPLITS, load_manifest, update_manifest, manifest_path
from khabar.model.tokens import Token, tokenize
from releasefix import RAW, make_project


def _ready(root: Path) -> Layout:
    layout = make_project(root)
    assert main(["--root", str(root), "splits"]) == 0
    return layout


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Layout, Path]:
    root = tmp_path_factory.mktemp("proj")
    layout = _ready(root)
    out = root / "dist" / "khabar"
    build(layout, out)
    return layout, out


@pytest.fixture(scope="module")
def loaded(built, tmp_path_factory) -> dict[str, datasets.DatasetDict]:
    cache = tmp_path_factory.mktemp("hf-cache")
    return {c: datasets.load_dataset(str(built[1]), c, cache_dir=str(cache)) for c in CONFIGS}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_release_folder_contents(built):
    layout, out = built
    names = set(_files(out))
    want = {"README.md", "DATASHEET.md", "croissant.json", "schema/annotation.schema.json",
            "schema/document.schema.json", *(parquet_path(c, s) for c in CONFIGS for s in SPLITS)}
    assert want <= names
    assert (out / "DATASHEET.md").read_bytes() == (layout.root / "DATASHEET.md").read_bytes()
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]  # no temporary folder left


@pytest.mark.parametrize("config", list(CONFIGS))
def test_every_config_loads_with_declared_features(loaded, config):
    dd = loaded[config]
    assert list(dd) == list(SPLITS)
    for split in SPLITS:
        assert dd[split].features == features(config)
        assert dd[split].num_rows > 0


def test_classlabel_names(loaded):
    f = loaded["spans"]["train"].features
    assert f["entities"].feature["label"].names == list(ENTITY_LABELS)
    assert f["numbers"].feature["kind"].names == list(NUMBER_KINDS)
    assert f["numbers"].feature["qualifier"].names == list(QUALIFIERS)
    assert f["claims"].feature["kind"].names == list(CLAIM_KINDS)
    assert f["relations"].feature["type"].names == list(RELATION_TYPES)
    assert loaded["ner"]["train"].features["ner_tags"].feature.names == NER_TAGS
    assert loaded["ner_coarse"]["train"].features["ner_tags"].feature.names == NER_COARSE_TAGS


def _gold_from_spans(rows: list[dict], doc: dict) -> dict:
    """Rebuild the annotation layers at document offsets from `spans` rows."""
    starts = [p["start"] for p in doc["paragraphs"]]
    sub = lambda x: None if x is None else {  # noqa: E731
        "start": starts[x["paragraph"]] + x["start"], "end": starts[x["paragraph"]] + x["end"], "text": x["text"]}
    out = {"entities": [], "numbers": [], "claims": [], "relations": []}
    for row in rows:
        at = lambda x: {"start": row["offset"] + x["start"], "end": row["offset"] + x["end"], "text": x["text"]}  # noqa: E731
        assert row["text"] == doc["text"][row["offset"]:row["offset"] + len(row["text"])]
        for e in row["entities"]:
            assert row["text"][e["start"]:e["end"]] == e["text"]
            out["entities"].append({"id": e["id"], **at(e), "label": ENTITY_LABELS[e["label"]]})
        for n in row["numbers"]:
            out["numbers"].append({"id": n["id"], **at(n), "value": n["value"], "kind": NUMBER_KINDS[n["kind"]],
                                   "qualifier": QUALIFIERS[n["qualifier"]],
                                   "qualifier_span": sub(n["qualifier_span"]), "counted": sub(n["counted"])})
        for c in row["claims"]:
            out["claims"].append({"id": c["id"], **at(c), "claimant": c["claimant"], "cue": sub(c["cue"]),
                                  "kind": CLAIM_KINDS[c["kind"]], "check_worthy": c["check_worthy"],
                                  "numbers": c["numbers"]})
        for r in row["relations"]:
            out["relations"].append({"id": r["id"], "type": RELATION_TYPES[r["type"]], "total": r["total"],
                                     "parts": r["parts"]})
    return {k: sorted(v, key=lambda x: int(x["id"][1:])) for k, v in out.items()}


def test_spans_reproduce_the_gold(built, loaded):
    layout, _ = built
    doc = read_json(layout.document("doc1"))
    ann = read_json(layout.annotation("doc1"))
    rows = [r for s in SPLITS for r in loaded["spans"][s]]
    got = _gold_from_spans(rows, doc)
    assert got == {k: sorted(ann[k], key=lambda x: int(x["id"][1:])) for k in got}


def test_spans_reproduce_the_seed_gold(tmp_path):
    """The real seed article, split by paragraph, reads back exactly (cross-paragraph cues included)."""
    repo = Path(__file__).resolve().parent.parent
    for sub in ("corpus/raw", "corpus/documents", "schema"):
        shutil.copytree(repo / sub, tmp_path / sub)
    (tmp_path / "annotations").mkdir()
    for p in (repo / "annotations").glob("*.json"):
        shutil.copyfile(p, tmp_path / "annotations" / p.name)
    layout = Layout(tmp_path)
    from khabar.corpus.gold import load_gold

    write_json(manifest_path(layout), update_manifest(None, load_gold(layout))[0])
    out = tmp_path / "out"
    build(layout, out)
    for doc_id in layout.document_ids():
        doc, ann = read_json(layout.document(doc_id)), read_json(layout.annotation(doc_id))
        rows = [r for s in SPLITS for r in pq.read_table(out / parquet_path("spans", s)).to_pylist()
                if r["document_id"] == doc_id]
        got = _gold_from_spans(rows, doc)
        assert got == {k: sorted(ann[k], key=lambda x: int(x["id"][1:])) for k in got}


@pytest.mark.parametrize("config", ["ner", "ner_coarse"])
def test_tokens_and_tags_aligned(loaded, config):
    names = loaded[config]["train"].features["ner_tags"].feature.names
    for split in SPLITS:
        for row in loaded[config][split]:
            assert len(row["tokens"]) == len(row["ner_tags"]) == len(row["token_start"]) == len(row["token_end"])
            assert [row["text"][s:e] for s, e in zip(row["token_start"], row["token_end"])] == row["tokens"]
            tags = [names[t] for t in row["ner_tags"]]
            for prev, tag in zip(["O", *tags], tags):  # IOB2: an I- continues the same type
                if tag.startswith("I-"):
                    assert prev[2:] == tag[2:]


def test_ner_coarse_person_inside_occupation(loaded):
    """OCC maps to nothing, so the person inside the occupation phrase is the outermost coarse span."""
    rows = [r for s in SPLITS for r in loaded["ner_coarse"][s] if "سامر" in r["tokens"]]
    names = NER_COARSE_TAGS
    row = rows[0]
    tags = dict(zip(row["tokens"], (names[t] for t in row["ner_tags"])))
    assert (tags["الطبيب"], tags["سامر"], tags["خليل"]) == ("O", "B-PER", "I-PER")
    fine = [r for s in SPLITS for r in loaded["ner"][s] if r["id"] == row["id"]][0]
    fine_tags = dict(zip(fine["tokens"], (NER_TAGS[t] for t in fine["ner_tags"])))
    assert (fine_tags["الطبيب"], fine_tags["سامر"]) == ("B-OCC", "I-OCC")


def test_coarse_map_covers_every_type():
    assert set(COARSE_MAP) == set(ENTITY_LABELS)
    assert {v for v in COARSE_MAP.values() if v} == set(COARSE_LABELS)


@pytest.mark.parametrize("text,sub,expected", [
    ("يعالجون بدمشق", "دمشق", 1),   # proclitic ب rides on the entity's token
    ("يعالجون في دمشق", "دمشق", 0),
])
def test_lossy_tokens(text, sub, expected):
    s = text.index(sub)
    assert lossy_tokens(tokenize(text), [(s, s + len(sub), "GPE")]) == expected


def test_nesting():
    ents = [{"id": "e1", "start": 0, "end": len("وزارة الصحة السورية")},
            {"id": "e2", "start": len("وزارة الصحة "), "end": len("وزارة الصحة السورية")},
            {"id": "e3", "start": len("وزارة الصحة السورية "), "end": len("وزارة الصحة السورية دمشق")}]
    assert nesting(ents) == {"e1": (None, 0), "e2": ("e1", 1), "e3": (None, 0)}


def test_splits_disjoint_non_empty_and_hold_entities(built, loaded):
    manifest = load_manifest(built[0])
    for config in CONFIGS:
        ids = {s: set(loaded[config][s]["id"]) for s in SPLITS}
        assert all(ids.values())
        assert not (ids["train"] & ids["validation"] or ids["train"] & ids["test"] or ids["validation"] & ids["test"])
    for s in SPLITS:
        rows = loaded["spans"][s]
        assert sum(len(r["entities"]) for r in rows) > 0
        assert {manifest["units"][f"{r['document_id']}#p{r['paragraph']}"] for r in rows} == {s}
        assert any(t for r in loaded["ner"][s] for t in r["ner_tags"])


def test_numbers_and_claims_rows_match_their_context(loaded):
    for s in SPLITS:
        for r in loaded["numbers"][s]:
            assert r["context"][r["start"]:r["end"]] == r["text"]
            if r["counted"]:
                assert r["context"][r["counted"]["start"]:r["counted"]["end"]] == r["counted"]["text"]
        for r in loaded["claims"][s]:
            assert r["context"][r["start"]:r["end"]] == r["text"]
            assert all(r["context"][n["start"]:n["end"]] == n["text"] for n in r["numbers"])
            assert ENTITY_LABELS[r["claimant_label"]] in ("ORG", "PERS")


def test_two_builds_are_byte_identical(built, tmp_path):
    layout, out = built
    other = tmp_path / "elsewhere"
    build(layout, other)
    assert _files(other) == _files(out)
    build(layout, other)  # a rebuild over an existing folder, too
    assert _files(other) == _files(out)


def test_card_yaml_declares_configs_and_features(built):
    layout, out = built
    text = (out / "README.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["language"] == ["ar"] and meta["license"] == "other"
    assert [c["config_name"] for c in meta["configs"]] == list(CONFIGS)
    assert [c for c in meta["configs"] if c.get("default")] == [meta["configs"][0]]
    for cfg, info in zip(meta["configs"], meta["dataset_info"]):
        assert [d["path"] for d in cfg["data_files"]] == [parquet_path(cfg["config_name"], s) for s in SPLITS]
        assert datasets.Features._from_yaml_list(info["features"]) == features(cfg["config_name"])
        assert [s["num_examples"] for s in info["splits"]] == [
            pq.read_metadata(out / parquet_path(cfg["config_name"], s)).num_rows for s in SPLITS]
    assert "[DATASHEET.md](DATASHEET.md)" in text
    for name in ENTITY_LABELS:
        assert f"`{name}`" in text


def test_invalid_corpus_refused_and_previous_build_kept(tmp_path):
    layout = _ready(tmp_path)
    out = tmp_path / "out"
    build(layout, out)
    before = _files(out)
    ann = read_json(layout.annotation("doc1"))
    ann["entities"][0]["text"] = "غلط"
    write_json(layout.annotation("doc1"), ann)
    assert main(["--root", str(tmp_path), "build", "--out", str(out)]) == 2
    assert _files(out) == before


def test_failed_write_leaves_previous_build(tmp_path, monkeypatch):
    layout = _ready(tmp_path)
    out = tmp_path / "out"
    build(layout, out)
    before = _files(out)
    import khabar.release.croissant

    def boom(*a, **k):
        raise KhabarError("simulated failure")
    monkeypatch.setattr(khabar.release.croissant, "croissant_json", boom)
    with pytest.raises(KhabarError, match="simulated"):
        build(layout, out)
    assert _files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_unassigned_document_fails_clearly(tmp_path, capsys):
    make_project(tmp_path)
    assert main(["--root", str(tmp_path), "build"]) == 2
    assert "run `khabar splits`" in capsys.readouterr().err
    assert main(["--root", str(tmp_path), "splits"]) == 0
    make_project(tmp_path, "doc2", raw=RAW.replace("12/2/2024", "12/3/2024"))
    assert main(["--root", str(tmp_path), "build"]) == 2
    err = capsys.readouterr().err
    assert "doc2" in err and "run `khabar splits`" in err


def test_token_type():
    assert tokenize("في حلب") == [Token(0, len("في"), "في"), Token(len("في "), len("في حلب"), "حلب")]


def test_parallel_build_is_byte_identical(tmp_path, monkeypatch):
    """Rows made in worker processes are written exactly as a single process writes them."""
    import khabar.release.build as B
    from khabar.corpus.gold import load_gold
    from khabar.io import dumps_json
    from khabar.corpus.splits import load_manifest, manifest_path, update_manifest

    repo = Layout(Path(__file__).resolve().parent.parent)
    (doc, ann), = list(load_gold(repo))[:1]
    layout = Layout(tmp_path / "p")
    for d in (layout.raw_dir, layout.documents_dir, layout.annotations_dir):
        d.mkdir(parents=True)
    for i in range(24):
        new = f"copy{i:03d}"
        layout.raw(new).write_bytes(repo.raw(doc["id"]).read_bytes())
        layout.document(new).write_text(dumps_json(doc).replace(doc["id"], new), encoding="utf-8")
        layout.annotation(new).write_text(dumps_json(ann).replace(doc["id"], new), encoding="utf-8")
    write_json(manifest_path(layout), update_manifest(None, load_gold(layout))[0])
    monkeypatch.setattr(B, "CHUNK_DOCS", 5)  # five worker tasks
    monkeypatch.setattr(B, "ROW_GROUP_ROWS", 7)  # row groups cut across tasks
    files = {}
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        out.mkdir()
        B.write_parquet(out, layout, layout.document_ids(), load_manifest(layout), B.BuildResult(out=out), jobs=jobs)
        files[jobs] = {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.parquet"))}
    assert len(files[1]) == 15 and files[1] == files[2]
