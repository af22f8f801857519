"""`--force` over a file path replaces a file the command writes, never another file sitting there."""
from __future__ import annotations

import pytest

from khabar.cli import main
from releasefix import make_project

FOREIGN = "my own notes, not Khabar's\n"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("outputs")
    layout = make_project(root / "p")
    assert main(["--root", str(layout.root), "splits"]) == 0
    return layout


# (argv before --out, the file name): each command that writes one file at --out.
COMMANDS = [
    (["view", "doc1"], "v.html"),
    (["export", "jsonl"], "x.jsonl"),
    (["export", "conll"], "x.conll"),
    (["export", "spacy"], "x.spacy"),
]


@pytest.mark.parametrize("argv, name", COMMANDS, ids=[c[1] for c in COMMANDS])
def test_force_replaces_the_commands_own_file_and_nothing_else(project, tmp_path, capsys, argv, name):
    root = ["--root", str(project.root)]
    out = tmp_path / name
    out.write_text(FOREIGN, encoding="utf-8")
    assert main([*root, *argv, "--out", str(out), "--force"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "[out-refused]" in err and "with or without --force" in err
    assert out.read_text(encoding="utf-8") == FOREIGN
    out.unlink()
    assert main([*root, *argv, "--out", str(out)]) == 0
    first = out.read_bytes()
    assert main([*root, *argv, "--out", str(out)]) == 2  # without --force: never
    assert main([*root, *argv, "--out", str(out), "--force"]) == 0  # its own file: replaced
    assert out.read_bytes() == first


@pytest.mark.parametrize("kind, data, ours", [
    ("view", b"<!DOCTYPE html><html><head><title>x</title></head></html>", False),
    ("annotation", b'{"schema_version": "1.3.0", "document_id": "doc1", "entities": []}', True),
    ("annotation", b'{"document_id": "doc1"}', False),
    ("results", b'{"format": "khabar-benchmark-results/2", "model": "m"}', True),
    ("results", b'{"format": "other"}', False),
    ("plot", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, False),
    ("jsonl", b'{"id": "d", "spans": []}\n{"id": "e", "spans": []}\n', True),
    ("jsonl", b'{"id": "d", "spans": []}\nnot json\n', False),
    ("conll", "قال O\nالمرصد B-ORG\n\nحلب B-GPE\n".encode(), True),
    ("conll", b"just some text\n", False),
    ("spacy", b"PK\x03\x04 a zip, not a DocBin", False),
])
def test_recognisers(tmp_path, kind, data, ours):
    from khabar.outputs import foreign_file

    path = tmp_path / "f"
    path.write_bytes(data)
    assert (foreign_file(kind)(path) is None) is ours
