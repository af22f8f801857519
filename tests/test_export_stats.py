from __future__ import annotations

import json
from pathlib import Path

from conftest import TEXT, at
from khabar.cli import main
from khabar.corpus.layout import Layout
from khabar.corpus.stats import corpus_counts, markdown
from khabar.formats.jsonl import export_jsonl, flat_spans

REPO = Path(__file__).resolve().parent.parent


def test_flat_spans_order_and_shape(ann):
    spans = flat_spans(ann)
    assert [(x["layer"], x["id"]) for x in spans] == [
        ("entities", "e1"), ("claims", "c1"), ("entities", "e2"), ("numbers", "n1"),
        ("entities", "e3"), ("numbers", "n2"), ("numbers", "n3")]
    s, e = at("412")
    assert spans[2] == {"layer": "entities", "id": "e2", "start": s, "end": e, "label": "CARDINAL", "text": "412"}
    assert spans[3]["label"] == "cardinal" and spans[3]["value"] == 412
    assert spans[1]["claimant"] == "e1" and spans[1]["cue"]["text"] == "قال"


def test_export_jsonl_cli(project, tmp_path, capsys):
    out = tmp_path / "gold.jsonl"
    assert main(["--root", str(project.root), "export", "jsonl", "--out", str(out)]) == 0
    [line] = out.read_text(encoding="utf-8").splitlines()
    rec = json.loads(line)
    assert (rec["id"], rec["text"], len(rec["spans"]), len(rec["relations"])) == ("doc1", TEXT, 7, 1)
    for sp in rec["spans"]:
        assert rec["text"][sp["start"]:sp["end"]] == sp["text"]


def test_export_refuses_invalid_corpus(project, tmp_path, capsys):
    path = project.annotation("doc1")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entities"][0]["start"] += 1
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["--root", str(project.root), "export", "jsonl"]) == 2
    assert "validation error(s)" in capsys.readouterr().err


def test_stats_table(doc, ann):
    other = {**doc, "id": "doc2"}
    table = markdown(corpus_counts([(doc, ann), (other, ann)]))
    lines = table.splitlines()
    assert lines[2] == "| `doc1` | 3 | 3 | 1 (1) | 1 |"
    assert lines[4] == "| **total** | 6 | 6 | 2 (2) | 2 |"
    assert "| entities | ORG | 1 | 1 | 2 |" in lines
    assert "| numbers | cardinal | 3 | 3 | 6 |" in lines


def test_repository_export_roundtrip():
    """Every exported span reads back from the text, and the layers' sizes match the gold files."""
    layout = Layout(REPO)
    for line in export_jsonl(layout).splitlines():
        rec = json.loads(line)
        gold = json.loads(layout.annotation(rec["id"]).read_text(encoding="utf-8"))
        assert len(rec["spans"]) == sum(len(gold[k]) for k in ("entities", "numbers", "claims"))
        assert all(rec["text"][s["start"]:s["end"]] == s["text"] for s in rec["spans"])


def test_readme_stats_table_is_current():
    from khabar.corpus.stats import stats_markdown
    from readme_blocks import block, stale
    assert block("stats") == stats_markdown(Layout(REPO)), stale("the README's `khabar stats` table")


def test_export_jsonl_named_documents_and_out_guard(project, tmp_path, capsys):
    out = tmp_path / "gold.jsonl"
    assert main(["--root", str(project.root), "export", "jsonl", "--doc", "doc1", "--out", str(out)]) == 0
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["doc1"]
    # An existing file is replaced only with --force; corpus/ and annotations/ never.
    assert main(["--root", str(project.root), "export", "jsonl", "--out", str(out)]) == 2
    assert capsys.readouterr().err.rstrip().endswith("[out-refused]")
    assert main(["--root", str(project.root), "export", "jsonl", "--out", str(out), "--force"]) == 0
    assert main(["--root", str(project.root), "export", "jsonl", "--out",
                 str(project.annotation("doc1"))]) == 2
    assert "refusing to write into or over" in capsys.readouterr().err
    assert main(["--root", str(project.root), "export", "jsonl", "--doc", "nope"]) == 2
    assert capsys.readouterr().err.rstrip().endswith("[document-missing]")
