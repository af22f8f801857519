"""The release build: sharded parquet per config and split, loading with `datasets`, determinism,
the --out guard and the release manifest, recovery from killed builds, engines (local, Dask)."""
from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from itertools import pairwise
from pathlib import Path

import datasets
import pyarrow.parquet as pq
import pytest
import yaml

from khabar.cli import main
from khabar.corpus.layout import Layout
from khabar.corpus.splits import SPLITS, load_manifest
from khabar.io import KhabarError, read_json, write_json
from khabar.model.labels import CLAIM_KINDS, ENTITY_LABELS, NUMBER_KINDS, QUALIFIERS, RELATION_TYPES
from khabar.model.spans import Span, Token
from khabar.model.tokens import tokenize
from khabar.release import build as B
from khabar.release.build import build, recover
from khabar.release.configs import COARSE_LABELS, COARSE_MAP, CONFIGS, NER_COARSE_TAGS, NER_TAGS, features
from khabar.release.manifest import MANIFEST
from khabar.release.parquet import shard_path, split_pattern
from khabar.release.rows import lossy_tokens, nesting
from releasefix import RAW, make_project

REPO = Path(__file__).resolve().parent.parent


def _ready(root: Path) -> Layout:
    layout = make_project(root)
    assert main(["--root", str(root), "splits"]) == 0
    return layout


@pytest.fixture(scope="module")
def built(synthetic_release) -> tuple[Layout, Path]:
    return synthetic_release


@pytest.fixture(scope="module")
def loaded(built, tmp_path_factory) -> dict[str, datasets.DatasetDict]:
    cache = tmp_path_factory.mktemp("hf-cache")
    return {c: datasets.load_dataset(str(built[1]), c, cache_dir=str(cache)) for c in CONFIGS}


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_release_folder_contents(built):
    layout, out = built
    names = set(_files(out))
    want = {"README.md", "DATASHEET.md", "croissant.json", "schema/annotation.schema.json", MANIFEST,
            "schema/document.schema.json", "schema/predictions.schema.json",
            *(shard_path(c, s, 0, 1) for c in CONFIGS for s in SPLITS)}
    assert names == want
    assert (out / "DATASHEET.md").read_bytes() == (layout.root / "DATASHEET.md").read_bytes()
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]  # no temporary folder left


def test_manifest_lists_every_file_with_its_sha256(built):
    _, out = built
    meta = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    files = _files(out)
    del files[MANIFEST]
    assert meta["files"] == [{"path": p, "bytes": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                             for p, b in files.items()]
    assert (meta["format"], meta["repo_id"], meta["text_licence"]) == \
        ("khabar-release/1", "org/khabar", {"documents": 1, "unknown": 1})


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
        at = lambda x, row=row: {"start": row["offset"] + x["start"], "end": row["offset"] + x["end"], "text": x["text"]}  # noqa: E731
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


def _read(out: Path, config: str, split: str) -> list[dict]:
    return [r for f in sorted(out.glob(split_pattern(config, split))) for r in pq.read_table(f).to_pylist()]


def test_spans_reproduce_the_seed_gold(repo_release):
    """Every released document reads back exactly (the seed split by paragraph, cross-paragraph
    cues included; a Wikinews gold stores offsets only, its rows carry the covered texts)."""
    from khabar.corpus.gold import load_pair

    layout = Layout(REPO)
    out = repo_release
    for doc_id in layout.document_ids():
        doc, ann = load_pair(layout, doc_id)
        rows = [r for s in SPLITS for r in _read(out, "spans", s) if r["document_id"] == doc_id]
        got = _gold_from_spans(rows, doc)
        # The release carries values, not the annotator's reason for an overridden one.
        ann["numbers"] = [{k: v for k, v in n.items() if k != "value_override"} for n in ann["numbers"]]
        assert got == {k: sorted(ann[k], key=lambda x: int(x["id"][1:])) for k in got}


@pytest.mark.parametrize("config", ["ner", "ner_coarse"])
def test_tokens_and_tags_aligned(loaded, config):
    names = loaded[config]["train"].features["ner_tags"].feature.names
    for split in SPLITS:
        for row in loaded[config][split]:
            assert len(row["tokens"]) == len(row["ner_tags"]) == len(row["token_start"]) == len(row["token_end"])
            assert [row["text"][s:e] for s, e in zip(row["token_start"], row["token_end"], strict=True)] == row["tokens"]
            tags = [names[t] for t in row["ner_tags"]]
            for prev, tag in pairwise(["O", *tags]):  # IOB2: an I- continues the same type
                if tag.startswith("I-"):
                    assert prev[2:] == tag[2:]


def test_ner_coarse_person_inside_occupation(loaded):
    """OCC maps to nothing, so the person inside the occupation phrase is the outermost coarse span."""
    rows = [r for s in SPLITS for r in loaded["ner_coarse"][s] if "سامر" in r["tokens"]]
    names = NER_COARSE_TAGS
    row = rows[0]
    tags = dict(zip(row["tokens"], (names[t] for t in row["ner_tags"]), strict=True))
    assert (tags["الطبيب"], tags["سامر"], tags["خليل"]) == ("O", "B-PER", "I-PER")
    fine = [r for s in SPLITS for r in loaded["ner"][s] if r["id"] == row["id"]][0]
    fine_tags = dict(zip(fine["tokens"], (NER_TAGS[t] for t in fine["ner_tags"]), strict=True))
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
    assert lossy_tokens(tokenize(text), [Span(s, s + len(sub), "GPE")]) == expected


@pytest.mark.parametrize("text,sub,expected", [
    ("وزار بدمشق", "زار بدمش", 2),  # both edge tokens stick out
    ("في بدمشق", "دمش", 1),         # one token sticking out at both ends counts once
])
def test_lossy_tokens_edges(text, sub, expected):
    s = text.index(sub)
    assert lossy_tokens(tokenize(text), [Span(s, s + len(sub), "GPE")]) == expected


def test_nesting():
    ents = [Span(0, len("وزارة الصحة السورية"), "ORG", id="e1"),
            Span(len("وزارة الصحة "), len("وزارة الصحة السورية"), "NORP", id="e2"),
            Span(len("وزارة الصحة السورية "), len("وزارة الصحة السورية دمشق"), "GPE", id="e3")]
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
    build(layout, other, "org/khabar")
    assert _files(other) == _files(out)
    build(layout, other, "org/khabar")  # a rebuild over an existing folder, too
    assert _files(other) == _files(out)


def test_card_yaml_declares_configs_and_features(built):
    layout, out = built
    text = (out / "README.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["language"] == ["ar"] and meta["license"] == "other"
    assert [c["config_name"] for c in meta["configs"]] == list(CONFIGS)
    assert [c for c in meta["configs"] if c.get("default")] == [meta["configs"][0]]
    for cfg, info in zip(meta["configs"], meta["dataset_info"], strict=True):
        assert cfg["data_files"] == [{"split": s, "path": f"data/{cfg['config_name']}/{s}-*.parquet"}
                                     for s in SPLITS]
        assert datasets.Features._from_yaml_list(info["features"]) == features(cfg["config_name"])
        assert [s["num_examples"] for s in info["splits"]] == [
            sum(pq.read_metadata(f).num_rows for f in out.glob(split_pattern(cfg["config_name"], s)))
            for s in SPLITS]
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


def _copies(root: Path, n: int) -> Layout:
    """n copies of the seed article under new ids (synthetic ids, in a tmp folder), split by document."""
    from khabar.corpus.gold import load_gold
    from khabar.corpus.splits import manifest_path, update_manifest
    from khabar.io import dumps_json

    repo = Layout(REPO)
    (doc, ann), = list(load_gold(repo))[:1]
    layout = Layout(root)
    for d in (layout.raw_dir, layout.documents_dir, layout.annotations_dir):
        d.mkdir(parents=True)
    shutil.copytree(REPO / "schema", root / "schema")
    for i in range(n):
        new = f"copy{i:03d}"
        layout.raw(new).write_bytes(repo.raw(doc["id"]).read_bytes())
        layout.document(new).write_text(dumps_json(doc).replace(doc["id"], new), encoding="utf-8")
        layout.annotation(new).write_text(dumps_json(ann).replace(doc["id"], new), encoding="utf-8")
    write_json(manifest_path(layout), update_manifest(None, load_gold(layout))[0])
    return layout


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> tuple[Layout, dict[str, bytes]]:
    """24 copies built by one process in five-document tasks, row groups of 7 rows and shards
    of about 4 KB, so that row groups and shards are cut across tasks."""
    layout = _copies(tmp_path_factory.mktemp("copies"), 24)
    mp = pytest.MonkeyPatch()
    mp.setattr(B, "CHUNK_DOCS", 5)
    try:
        out = layout.root / "out1"
        build(layout, out, jobs=1, row_group_rows=7, shard_bytes=4096)
    finally:
        mp.undo()
    return layout, _files(out)


def test_shards_follow_the_hub_naming(copies):
    _, files = copies
    shards = sorted(p for p in files if p.startswith("data/ner/train-"))
    n = len(shards)
    assert n > 1 and shards == [shard_path("ner", "train", i, n) for i in range(n)]
    assert shards[0] == f"data/ner/train-00000-of-{n:05d}.parquet"


@pytest.fixture(scope="module")
def copies_default(copies) -> Path:
    """The same copies built with the default row groups and shards (one shard per split)."""
    layout, _ = copies
    out = layout.root / "out-default"
    build(layout, out)
    return out


def test_sharded_release_loads_whole(copies, copies_default, tmp_path):
    """load_dataset reads every shard through the card's patterns: the rows of one unsharded build."""
    layout, _ = copies
    sharded, whole = layout.root / "out1", copies_default
    assert len(list((whole / "data" / "spans").iterdir())) == 3
    for config in ("spans", "ner"):
        a = datasets.load_dataset(str(sharded), config, cache_dir=str(tmp_path / "c1"))
        b = datasets.load_dataset(str(whole), config, cache_dir=str(tmp_path / "c2"))
        for split in SPLITS:
            assert a[split].to_list() == b[split].to_list()
            assert a[split].features == features(config)


@pytest.mark.slow
def test_parallel_build_is_byte_identical(copies, monkeypatch):
    """Rows made in two worker processes are written exactly as a single process writes them."""
    layout, files = copies
    monkeypatch.setattr(B, "CHUNK_DOCS", 5)
    out = layout.root / "out2"
    build(layout, out, jobs=2, row_group_rows=7, shard_bytes=4096)
    assert _files(out) == files


@pytest.mark.slow
def test_dask_build_is_byte_identical(copies, copies_default, monkeypatch):
    """The same build on a dask.distributed LocalCluster of two worker processes."""
    from distributed import Client, LocalCluster

    import khabar

    layout, files = copies
    monkeypatch.setattr(B, "CHUNK_DOCS", 5)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        # The workers import this very khabar, so the comparison is of engines, not of code versions.
        assert set(client.run(lambda: __import__("khabar").__file__).values()) == {khabar.__file__}
        out = layout.root / "out-dask"
        build(layout, out, engine="dask", scheduler=cluster.scheduler_address, row_group_rows=7,
              shard_bytes=4096)
        assert _files(out) == files
        # The CLI maps --engine/--scheduler onto the same build.
        out_cli = layout.root / "out-dask-cli"
        assert main(["--root", str(layout.root), "build", "--out", str(out_cli), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address]) == 0
        assert _files(out_cli) == _files(copies_default)


def test_scheduler_needs_dask_engine(built, capsys):
    layout, _ = built
    assert main(["--root", str(layout.root), "build", "--out", str(layout.root / "x"), "--scheduler",
                 "tcp://127.0.0.1:1"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


# ---------------------------------------------------------------- the --out guard

@pytest.mark.parametrize("make,reason", [
    (lambda root: root / "corpus", "corpus"),
    (lambda root: root / "annotations" / "release", "annotations"),
    (lambda root: root, "refusing to write into or over"),
    (lambda root: root / "thesis", "not empty"),
    (lambda root: root / "old-release", "does not list (thesis.docx)"),
])
def test_out_guard_refuses_what_the_build_did_not_make(tmp_path, capsys, make, reason):
    layout = _ready(tmp_path)
    (tmp_path / "thesis").mkdir()
    (tmp_path / "thesis" / "chapter1.docx").write_bytes(b"years of work")
    build(layout, tmp_path / "old-release")
    (tmp_path / "old-release" / "thesis.docx").write_bytes(b"years of work")
    before = {p: p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()}
    out = make(tmp_path)
    assert main(["--root", str(tmp_path), "build", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert reason in err and "[out-refused]" in err and err.count("\n") == 1
    assert {p: p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()} == before


def test_out_guard_accepts_absent_empty_and_previous_release_only(tmp_path):
    layout = _ready(tmp_path)
    for name in ("absent", "empty"):
        if name == "empty":
            (tmp_path / name).mkdir()
        build(layout, tmp_path / name)
    build(layout, tmp_path / "empty")  # now a previous release: replaced
    assert _files(tmp_path / "absent") == _files(tmp_path / "empty")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine", encoding="utf-8")
    for force in (False, True):  # --force never makes a folder someone else filled a release
        with pytest.raises(KhabarError, match="not empty"):
            build(layout, tmp_path / "other", force=force)
    assert _files(tmp_path / "other") == {"notes.txt": b"mine"}


# ---------------------------------------------------------------- killed builds

def test_recover_after_a_kill_between_the_two_renames(tmp_path):
    """The state a SIGKILL between `out -> .old` and `.build -> out` leaves: no release at `out`."""
    layout = _ready(tmp_path)
    out = tmp_path / "dist" / "khabar"
    build(layout, out)
    before = _files(out)
    os.replace(out, out.parent / ".khabar.old-abc123")
    (out.parent / ".khabar.build-xyz").mkdir()
    (out.parent / ".khabar.build-xyz" / "README.md").write_text("half", encoding="utf-8")
    notices = recover(out)
    assert _files(out) == before
    assert notices == [f"restored the previous release into {out} (a build was killed while swapping folders)",
                       f"removed 1 temporary folder(s) of killed builds beside {out}"]
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]


def test_next_build_cleans_up_and_says_so(tmp_path, capsys):
    layout = _ready(tmp_path)
    out = tmp_path / "dist" / "khabar"
    build(layout, out)
    shutil.copytree(out, out.parent / ".khabar.old-left")  # killed after the second rename
    (out.parent / ".khabar.build-left").mkdir()              # killed while writing
    assert main(["--root", str(tmp_path), "build"]) == 0
    printed = capsys.readouterr().out
    assert "recovered: removed .khabar.old-left, a previous release left by a killed build" in printed
    assert "recovered: removed 1 temporary folder(s) of killed builds" in printed
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]


@pytest.mark.slow
def test_sigkill_at_random_points_leaves_old_or_new(tmp_path):
    """Builds killed at seeded random moments of their writing: after recovery the release is the
    previous one or the new one, byte for byte, never a mix."""
    layout = _ready(tmp_path)
    out = tmp_path / "dist" / "khabar"
    build(layout, out)
    old = _files(out)
    saved = tmp_path / "saved-old"
    shutil.copytree(out, saved)
    ann = read_json(layout.annotation("doc1"))
    ann["claims"][0]["check_worthy"] = False
    write_json(layout.annotation("doc1"), ann)
    build(layout, tmp_path / "reference-new")
    new = _files(tmp_path / "reference-new")
    assert new != old
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}
    rng = random.Random(11)
    seen = set()
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, "-m", "khabar", "--root", str(tmp_path), "build"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        # Kill once the build is writing (its temporary folder exists), after a random delay.
        while not list(out.parent.glob(".khabar.build-*")) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        recover(out)
        state = _files(out)
        assert state in (old, new)
        seen.add("old" if state == old else "new")
        assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]
        shutil.rmtree(out)
        shutil.copytree(saved, out)
    assert "old" in seen  # the kills did land before the swap


def _gold_documents() -> list[tuple[dict, dict]]:
    """The repository's gold documents and the synthetic one (text, paragraphs and entities)."""
    from khabar.corpus.documents import make_document
    from khabar.corpus.gold import load_gold
    from releasefix import gold

    doc = make_document(RAW, "doc1", "corpus/raw/doc1.txt")
    return [*load_gold(Layout(REPO), annotated_only=True), (doc, gold(doc))]


def test_the_builds_tokens_and_sentences_are_the_tokenizers():
    """rows._tokens (offsets summed from a split at C speed) and rows._sentences give the tokens
    and sentences of khabar.model.tokens, on every paragraph of the gold documents."""
    from khabar.model.tokens import token_sentences
    from khabar.release.rows import _sentences, _tokens

    for doc, _ in _gold_documents():
        for p in doc["paragraphs"]:
            text = doc["text"][p["start"]:p["end"]]
            want = tokenize(text, p["start"])
            texts, starts, ends = _tokens(text, p["start"])
            assert [Token(*t) for t in zip(starts, ends, texts, strict=True)] == want
            assert [(starts[a], ends[b]) for a, b in _sentences(texts)] == token_sentences(want)


def test_the_builds_iob2_is_encode_iob2():
    """rows._iob2 (tags as ids, and what is lost) agrees with encode_iob2 and lossy_tokens on
    every sentence of the gold documents, for the entities and their coarse mapping."""
    from khabar.model.spans import encode_iob2, sort_spans
    from khabar.model.tokens import sentences
    from khabar.release.names import NER_COARSE_TAG_IDS, NER_TAG_IDS
    from khabar.release.rows import _NER_COARSE_IDS, _NER_IDS, Projection, _iob2

    checked = 0
    for doc, ann in _gold_documents():
        spans = sort_spans(Span.of(e) for e in ann["entities"])  # the order the build keeps them in
        coarse = [Span(x.start, x.end, COARSE_MAP[x.label], x.text, x.id) for x in spans if COARSE_MAP[x.label]]
        for p in doc["paragraphs"]:
            for s, e in sentences(doc["text"], p["start"], p["end"]):
                toks = tokenize(doc["text"][s:e], s)
                for these, ids, names in ((spans, _NER_IDS, NER_TAG_IDS), (coarse, _NER_COARSE_IDS, NER_COARSE_TAG_IDS)):
                    inside = [x for x in these if x.start < e and x.end > s]
                    tags, lost = _iob2([t.start for t in toks], [t.end for t in toks], inside, ids)
                    want, lossy = encode_iob2(toks, inside)
                    assert (tags, lost) == ([names[t] for t in want],
                                            Projection(lossy, lossy_tokens(toks, inside) if lossy else 0))
                    checked += bool(lossy)
    assert checked  # spans that lose information were among them


def test_a_listing_gives_each_document_with_its_files(tmp_path):
    """Validation (on its own and in the build) reads records, gold files and passes a document
    at a time, in id order, each file once."""
    from khabar.validate.core import Listing, Unit

    layout = _ready(tmp_path)
    seed = "000_3e7c9696a8bc251b"  # passes without a record or gold here
    shutil.copytree(REPO / "annotations" / "passes" / seed, tmp_path / "annotations" / "passes" / seed)
    (layout.passes("doc1")).mkdir()
    shutil.copy(layout.annotation("doc1"), layout.passes("doc1") / "A.json")
    shutil.copy(layout.annotation("doc1"), layout.annotations_dir / "solo.json")  # gold without a record
    listing = Listing(layout)
    seed_passes = tuple(sorted(p.name for p in (tmp_path / "annotations" / "passes" / seed).glob("*.json")))
    assert list(listing.units()) == sorted([Unit(seed, False, False, seed_passes), Unit("doc1", True, True, ("A.json",)),
                                            Unit("solo", False, True, ())])
    assert listing.count == 3


def test_selection_counts_the_statuses_validation_read(tmp_path, monkeypatch):
    """The build selects by the statuses its validation read (the same as reading each file
    again, `khabar.corpus.gold.select`), never reading the gold files a second time for that,
    and keeps counts, not lists of documents."""
    from khabar.corpus import gold

    layout = Layout(REPO)
    want = gold.select(layout)
    monkeypatch.setattr(gold, "read_json", lambda path: pytest.fail(f"{path} read again for its status"))
    got = build(layout, tmp_path / "out").selection
    assert got.statuses() == want.by_status and got.released == len(want.released)
    by_reason: dict[str, list[str]] = {}
    for doc_id, reason in want.left_out.items():
        by_reason.setdefault(reason, []).append(doc_id)
    assert got.left_out == {reason: (ids[:3], len(ids)) for reason, ids in by_reason.items()}


def test_the_cards_features_are_written_from_khabars_declarations():
    """The card's `dataset_info.features` come from Khabar's own column declarations (no private
    `datasets` API in the build); cross-checked against what `datasets` itself renders."""
    from khabar.release.configs import CONFIGS, features, yaml_features

    for config, (_doc, spec) in CONFIGS.items():
        assert yaml_features(spec) == features(config)._to_yaml_list(), config
    assert "_to_yaml_list" not in (REPO / "src" / "khabar" / "release" / "card.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("config", list(CONFIGS))
def test_arrow_schemas_are_the_datasets_features_schemas(config):
    """The parquet schema written from Khabar's declarations is, metadata included, the one
    `datasets` makes of the same features (which the build no longer imports)."""
    from khabar.release.configs import arrow_schema

    assert arrow_schema(config).equals(features(config).arrow_schema, check_metadata=True)


def test_the_build_never_imports_datasets(built, tmp_path):
    """The building process stays light: no `datasets` (and the pandas it brings); the card,
    Croissant and the parquet schemas come from Khabar's own declarations."""
    layout, _ = built
    code = ("import sys; from pathlib import Path; from khabar.corpus.layout import Layout\n"
            "from khabar.release.build import build\n"
            f"build(Layout(Path({str(layout.root)!r})), Path({str(tmp_path / 'out')!r}), jobs=1)\n"
            "print('datasets' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "False"


def test_the_build_reads_each_file_once(tmp_path, monkeypatch):
    """A document's record, raw file, gold file and passes are read once for validation,
    selection and projection together; the sources manifest and the converted source once per
    process, however many source-backed documents there are (the repository's Wikinews records)."""
    from collections import Counter

    import khabar.corpus.documents as documents
    import khabar.sources.converters as converters
    import khabar.sources.manifest as sources

    monkeypatch.setattr(converters, "_ARTICLES", {})
    monkeypatch.setattr(sources, "_READ", {})
    reads: Counter = Counter()
    real = Path.read_bytes

    def counting(path: Path) -> bytes:
        reads[str(path)] += 1
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", counting)
    build(Layout(REPO), tmp_path / "out", jobs=1)
    layout = Layout(REPO)
    corpus = [*layout.documents_dir.glob("*.json"), *layout.annotations_dir.glob("*.json"), *layout.pass_paths(),
              *layout.raw_dir.glob("*.txt"), REPO / "corpus" / "sources.json"]
    assert {str(p): reads[str(p)] for p in corpus} == {str(p): 1 for p in corpus}
    assert [n for p, n in reads.items() if "converted-" in p] == [1]
    assert any(documents.is_source_backed(read_json(p)) for p in layout.documents_dir.glob("*.json"))


def test_tables_come_back_through_a_spool_file_or_in_the_result(copies, tmp_path):
    """A task's tables are the same whether they travel in its result (Dask) or through a file in
    the build's spool folder (local workers); the file is gone once the tables are read."""
    from khabar.corpus.splits import SplitIndex
    from khabar.release.task import Task, run, tables
    from khabar.validate.core import Listing

    layout, _ = copies
    spec = SplitIndex.load(layout).specs()
    items = [(u, spec(u.doc_id)) for u in list(Listing(layout).units())[:4]]
    spool = tmp_path / "spool"
    spool.mkdir()
    in_result = run(Task(str(layout.root), items, "adjudicated"))
    spooled = run(Task(str(layout.root), items, "adjudicated", spool=str(spool), name="0000007"))
    assert in_result.spooled is None and in_result.packed
    assert not spooled.packed and spooled.spooled == str(spool / "0000007.arrows")
    assert sorted(spooled.spooled_at) == sorted(in_result.packed)
    got, want = tables(spooled), tables(in_result)
    assert list(got) == list(want)
    assert all(got[key].equals(want[key]) for key in want)
    assert list(spool.iterdir()) == []


def test_a_local_build_leaves_no_spool_behind(copies, copies_default):
    """The spool folder lives in the temporary release folder and is removed before the swap."""
    assert not (copies_default / ".spool").exists()
    assert sorted(p.name for p in copies_default.iterdir() if p.name.startswith(".")) == []
