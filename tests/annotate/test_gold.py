"""Annotation status: what a release takes, what it leaves out, and that it says so."""
from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from khabar.cli import main
from khabar.corpus.gold import releasable, select, status_of, status_problems
from khabar.corpus.layout import Layout
from khabar.io import KhabarError, read_json, write_json
from khabar.model.labels import STATUSES
from releasefix import RAW, make_project


@pytest.mark.parametrize("status,min_status,expected", [
    ("empty", "annotated", False), ("suggested", "annotated", False),
    ("annotated", "annotated", True), ("adjudicated", "annotated", True),
    ("annotated", "adjudicated", False), ("adjudicated", "adjudicated", True),
    # Whatever the minimum, machine output and empty files are never gold.
    ("suggested", "empty", False), ("empty", "empty", False), ("suggested", "suggested", False),
])
def test_releasable_truth_table(status, min_status, expected):
    assert releasable(status, min_status) is expected


def test_statuses_order():
    assert STATUSES == ("empty", "suggested", "annotated", "adjudicated")


@pytest.mark.parametrize("ann,expected", [
    ({"entities": [], "numbers": [], "claims": []}, "empty"),            # before schema 1.2
    ({"entities": [{"id": "e1"}], "numbers": [], "claims": []}, "annotated"),
    ({"status": "suggested", "entities": [{"id": "e1"}]}, "suggested"),
    ({"status": "adjudicated", "entities": [{"id": "e1"}]}, "adjudicated"),
])
def test_status_of(ann, expected):
    assert status_of(ann) == expected


def test_a_gold_status_without_spans_counts_as_empty(tmp_path):
    from khabar.corpus.gold import effective_status

    assert effective_status({"status": "adjudicated", "entities": [], "numbers": [], "claims": []}) == "empty"
    layout = make_project(tmp_path)
    ann = read_json(layout.annotation("doc1"))
    ann.update(status="annotated", entities=[], numbers=[], claims=[], relations=[])
    write_json(layout.annotation("doc1"), ann)
    assert select(layout).left_out == {
        "doc1": "status empty (it claims annotated but holds no span): not gold (never released)"}


def test_status_problems_flag_empty_gold():
    assert [p.code for p in status_problems({"status": "annotated", "entities": []}, "x.json")] == \
        ["status-empty-gold"]
    assert status_problems({"status": "empty", "entities": []}, "x.json") == []
    assert status_problems({"status": "adjudicated", "claims": [{"id": "c1"}]}, "x.json") == []


def test_unknown_min_status_is_a_usage_error(tmp_path):
    with pytest.raises(KhabarError, match="unknown status 'gold'"):
        select(make_project(tmp_path), "gold")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Layout:
    """doc1 annotated gold; doc2 freshly added (empty); doc3 a machine suggestion copied in as if gold."""
    root = tmp_path_factory.mktemp("mixed")
    layout = make_project(root)
    assert main(["--root", str(root), "splits"]) == 0
    raw2 = root / "incoming.txt"
    raw2.write_text(RAW.replace("12/2/2024", "12/3/2024").replace("سقطوا", "قضوا"), encoding="utf-8")
    assert main(["--root", str(root), "add", str(raw2), "--id", "doc2"]) == 0
    make_project(root, "doc3", raw=RAW.replace("12/2/2024", "12/4/2024"))
    ann3 = read_json(layout.annotation("doc3"))
    ann3["status"] = "suggested"
    write_json(layout.annotation("doc3"), ann3)
    return layout


def test_add_writes_an_empty_status_file(mixed):
    ann = read_json(mixed.annotation("doc2"))
    assert ann["status"] == "empty" and ann["provenance"][0]["step"] == "created"
    assert main(["--root", str(mixed.root), "validate"]) == 0


def test_splits_assign_only_released_documents(mixed):
    assert main(["--root", str(mixed.root), "splits"]) == 0
    manifest = read_json(mixed.root / "corpus" / "splits.json")
    assert sorted(manifest["documents"]) == ["doc1"]
    # Nothing is waiting for a split: doc2 (empty) and doc3 (suggested) are not to be released.
    assert main(["--root", str(mixed.root), "splits", "--check"]) == 0


def test_build_leaves_out_empty_and_suggested(mixed, capsys):
    out = mixed.root / "dist" / "khabar"
    assert main(["--root", str(mixed.root), "build", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "left out doc2: status empty: not gold (never released)" in printed
    assert "left out doc3: status suggested: not gold (never released)" in printed
    ids = set()
    for f in (out / "data").rglob("*.parquet"):
        ids |= set(pq.read_table(f, columns=["document_id"]).column("document_id").to_pylist())
    assert ids == {"doc1"}
    card = (out / "README.md").read_text(encoding="utf-8")
    for row in ("| empty | 1 | 0 |", "| suggested | 1 | 0 |", "| annotated | 1 | 1 |", "| **all** | 3 | 1 |"):
        assert row in card


def test_datasheet_counts_documents_by_status(mixed, tmp_path):
    from khabar.release.build import build
    from khabar.release.datasheet import release_counts

    result = build(mixed, tmp_path / "rel")
    block = release_counts(result.out, result.selection)
    assert block.startswith("Documents by annotation status")
    assert "| empty | 1 | 0 |" in block and "| annotated | 1 | 1 |" in block
    assert "Rows per configuration and split:" in block


def test_min_status_adjudicated(mixed, tmp_path, capsys):
    out = tmp_path / "rel"
    assert main(["--root", str(mixed.root), "build", "--out", str(out), "--min-status", "adjudicated"]) == 2
    assert "no document has status adjudicated or above" in capsys.readouterr().err
    assert not out.exists()


def test_selection_reasons(mixed):
    sel = select(mixed, "adjudicated")
    assert sel.released == []
    assert sel.left_out == {"doc1": "status annotated: below --min-status adjudicated",
                            "doc2": "status empty: not gold (never released)",
                            "doc3": "status suggested: not gold (never released)"}
    assert sel.by_status == {"empty": 1, "suggested": 1, "annotated": 1}


def test_seed_gold_is_adjudicated_with_provenance():
    repo = Path(__file__).resolve().parents[2]
    ann = read_json(repo / "annotations" / "000_3e7c9696a8bc251b.json")
    assert ann["status"] == "adjudicated"
    assert [s["step"] for s in ann["provenance"]] == ["pass", "pass", "adjudication"]
    assert all((repo / s["source"]).is_file() for s in ann["provenance"])
