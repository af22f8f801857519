"""One document-id rule wherever an id enters, and no path leaving the project.

Every entry point gets the same table of hostile ids; each must end in exit 2 with one line
naming the rule's code, and leave every file under tmp_path as it was.
"""
from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import pytest

from conftest import TEXT, valid_annotation
from khabar.cli import main
from khabar.corpus.layout import Layout
from khabar.io import read_json, write_json
from khabar.model.errors import KhabarError

HOSTILE = {
    "parent": "../x",
    "up into the corpus": "../../corpus/documents/doc1",
    "slash": "a/b",
    "absolute": "/tmp/x",
    "300 characters": "a" * 300,
    "65 characters": "a" * 65,
    "NUL": "a\x00b",
    "newline": "a\nb",
    "final newline": "doc1\n",
    "dot": ".",
    "empty": "",
    "uppercase": "Doc1",
}
VALID = ["doc1", "0", "a-b_c", "a" * 64]


def _listing(root: Path) -> dict[str, str]:
    """Every file and folder under `root`, with a hash of each file's bytes."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for p in sorted(root.rglob("*"))}


@pytest.fixture
def adjudicable(project, tmp_path):
    """The one-document project with two passes of doc1 that disagree once."""
    a = valid_annotation(read_json(project.document("doc1")))
    b = copy.deepcopy(a)
    b["entities"][2]["label"] = "LOC"
    write_json(project.passes("doc1") / "A.json", a)
    write_json(project.passes("doc1") / "B.json", b)
    return project


def _fails_cleanly(tmp_path: Path, argv: list[str], capsys, code: str = "id-invalid") -> None:
    before = _listing(tmp_path)
    capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.endswith(f"[{code}]\n") and "Traceback" not in err, err
    assert _listing(tmp_path) == before


def _argv(which: str, root: Path, tmp_path: Path, doc_id: str) -> list[str]:
    out = tmp_path / "out"
    command = {
        "view": ["view", doc_id, "--out", str(out / "page.html")],
        "suggest": ["suggest", doc_id],
        "adjudicate": ["adjudicate", doc_id, "--passes", "A", "B"],
        "adjudicate --apply": ["adjudicate", doc_id, "--passes", "A", "B", "--apply", "--force"],
        "agreement --doc": ["agreement", "--doc", doc_id],
        "export brat --doc": ["export", "brat", "--doc", doc_id, "--out", str(out)],
        "export jsonl --doc": ["export", "jsonl", "--doc", doc_id, "--out", str(out / "x.jsonl")],
        "export conll --doc": ["export", "conll", "--doc", doc_id, "--out", str(out / "x.conll")],
        "import brat --doc": ["import", "brat", str(tmp_path), "--doc", doc_id],
        "import labelstudio --doc": ["import", "labelstudio", str(tmp_path / "ls.json"), "--doc", doc_id],
    }[which]
    return ["--root", str(root), *command]


ARGUMENTS = ["view", "suggest", "adjudicate", "adjudicate --apply", "agreement --doc", "export brat --doc",
             "export jsonl --doc", "export conll --doc", "import brat --doc", "import labelstudio --doc"]


@pytest.mark.parametrize("which", ARGUMENTS)
@pytest.mark.parametrize("name", list(HOSTILE))
def test_every_command_argument_refuses_a_hostile_id(adjudicable, tmp_path, capsys, which, name):
    write_json(tmp_path / "ls.json", [])
    _fails_cleanly(tmp_path, _argv(which, adjudicable.root, tmp_path, HOSTILE[name]), capsys)


def _ls_task(doc_id: str) -> list:
    return [{"id": 1, "data": {"text": TEXT, "doc_id": doc_id}, "annotations": []}]


def _annotation_of(layout: Layout, doc_id: str) -> dict:
    return {**valid_annotation(read_json(layout.document("doc1"))), "document_id": doc_id}


# An id read from a file: what the file holds, and the command that reads it.
def _from_file(which: str, layout: Layout, tmp_path: Path, doc_id: str) -> list[str]:
    root = ["--root", str(layout.root)]
    if which == "labelstudio task":
        write_json(tmp_path / "ls.json", _ls_task(doc_id))
        return [*root, "import", "labelstudio", str(tmp_path / "ls.json")]
    if which == "labelstudio task, into --out":
        write_json(tmp_path / "ls.json", _ls_task(doc_id))
        return [*root, "import", "labelstudio", str(tmp_path / "ls.json"), "--out", str(tmp_path / "imported")]
    if which == "annotation file given by path":
        write_json(tmp_path / "given.json", _annotation_of(layout, doc_id))
        return [*root, "export", "brat", "--annotation", str(tmp_path / "given.json"), "--out", str(tmp_path / "o")]
    if which == "disagreements.json":
        assert main([*root, "adjudicate", "doc1", "--passes", "A", "B"]) == 0
        path = layout.passes("doc1") / "adjudication" / "disagreements.json"
        write_json(path, {**read_json(path), "document_id": doc_id})
        return [*root, "adjudicate", "doc1", "--passes", "A", "B"]
    raise AssertionError(which)


FILES = ["labelstudio task", "labelstudio task, into --out", "annotation file given by path", "disagreements.json"]


@pytest.mark.parametrize("which", FILES)
@pytest.mark.parametrize("name", list(HOSTILE))
def test_every_id_read_from_a_file_is_refused(adjudicable, tmp_path, capsys, which, name):
    argv = _from_file(which, adjudicable, tmp_path, HOSTILE[name])
    _fails_cleanly(tmp_path, argv, capsys)


@pytest.mark.parametrize("name", ["uppercase", "dot", "65 characters"])
@pytest.mark.parametrize("fmt, suffix", [("brat", ".ann"), ("inception", ".xmi")])
def test_an_imported_file_whose_name_is_no_id_is_refused(adjudicable, tmp_path, capsys, name, fmt, suffix):
    """brat and INCEpTION take the id from the file name (names that a file system can hold)."""
    folder = tmp_path / "tool"
    folder.mkdir()
    (folder / f"{HOSTILE[name]}{suffix}").write_text("", encoding="utf-8")
    _fails_cleanly(tmp_path, ["--root", str(adjudicable.root), "import", fmt, str(folder)], capsys)


@pytest.mark.parametrize("name", list(HOSTILE))
def test_predictions_ids_follow_the_rule(tmp_path, name):
    import json

    from khabar.evaluate.adapters.predictions import read_predictions

    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"id": HOSTILE[name] + "#p1", "spans": []}) + "\n", encoding="utf-8")
    with pytest.raises(KhabarError) as exc:
        read_predictions(path)
    assert exc.value.code == "id-invalid" and str(exc.value).startswith(f"{path}:1: $.id: ")


@pytest.mark.parametrize("builder", ["raw", "document", "annotation", "passes", "suggestion"])
@pytest.mark.parametrize("name", list(HOSTILE))
def test_layout_builds_no_path_from_an_invalid_id(tmp_path, builder, name):
    with pytest.raises(KhabarError) as exc:
        getattr(Layout(tmp_path), builder)(HOSTILE[name])
    assert exc.value.code == "id-invalid" and "\n" not in str(exc.value)


@pytest.mark.parametrize("value", VALID)
def test_valid_ids_pass(value):
    from khabar.corpus.layout import check_id

    assert check_id(value, "test") == value


def test_a_record_whose_file_name_is_no_id_is_a_problem_not_a_path(project, capsys):
    """`validate` reports the file by name and builds no path of it (it used to look for
    corpus/raw/Doc1.txt and annotations/Doc1.json)."""
    doc = read_json(project.document("doc1"))
    write_json(project.documents_dir / "Doc1.json", doc)
    assert main(["--root", str(project.root), "validate"]) == 1
    out = capsys.readouterr().out
    assert "corpus/documents/Doc1.json:$: [id-invalid]" in out
    assert "annotations/Doc1.json" not in out and "corpus/raw/Doc1.txt" not in out


def test_adjudicate_reads_passes_only_inside_the_project(adjudicable, tmp_path, tmp_path_factory, capsys):
    """`--passes` given as paths must resolve inside the project (tmp_path); a pass outside is
    never read, and nothing is written (the gold's provenance would name a file elsewhere)."""
    outside = tmp_path_factory.mktemp("elsewhere")
    (outside / "A.json").write_bytes(adjudicable.passes("doc1").joinpath("A.json").read_bytes())
    argv = ["--root", str(adjudicable.root), "adjudicate", "doc1", "--passes", str(outside / "A.json"), "B"]
    _fails_cleanly(tmp_path, argv, capsys, "path-outside")
    # The same pass through a link inside the project is refused too (the link is resolved).
    link = adjudicable.passes("doc1") / "L.json"
    link.symlink_to(outside / "A.json")
    argv = ["--root", str(adjudicable.root), "adjudicate", "doc1", "--passes", str(link), "B"]
    _fails_cleanly(tmp_path, argv, capsys, "path-outside")
