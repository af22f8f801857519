"""`--force` replaces only what Khabar wrote: a folder someone else filled (a home folder with
`.ssh/`) is refused by every command that writes under --out, with --force or without, in one
line, and nothing in it changes."""
from __future__ import annotations

from pathlib import Path

import pytest

from khabar.cli import main
from khabar.io import KhabarError, write_json
from khabar.release.build import build
from releasefix import make_project


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def home(tmp_path):
    """A project, and beside it a home folder holding a key and notes."""
    layout = make_project(tmp_path / "proj")
    assert main(["--root", str(layout.root), "splits"]) == 0
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_rsa").write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n", encoding="utf-8")
    (home / "notes.txt").write_text("mine", encoding="utf-8")
    return layout, home


ANN = "annotations/doc1.json"

# Every command with --force that writes under --out, pointed at the home folder.
COMMANDS = [
    ["build"],
    ["export", "labelstudio"], ["export", "brat"], ["export", "inception"], ["export", "wojood"],
    ["export", "jsonl"], ["export", "conll"], ["export", "spacy"],
    ["import", "labelstudio", "export.json"], ["import", "brat", "ann"], ["import", "inception", "x.zip"],
    ["adjudicate", "doc1", "--passes", ANN, ANN],
    ["suggest", "doc1"],
    ["view", "doc1"],
    ["benchmark", "--model", "baseline:gazetteer"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_force_never_replaces_a_folder_khabar_did_not_write(home, command, capsys):
    layout, folder = home
    before = _tree(folder)
    args = [a if a != ANN else str(layout.root / ANN) for a in command]
    assert main(["--root", str(layout.root), *args, "--out", str(folder), "--force"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.rstrip().endswith("[out-refused]") and str(folder) in err, err
    assert _tree(folder) == before


@pytest.mark.parametrize("fmt", ["wojood", "conll"])
def test_external_import_never_writes_into_a_home_folder(home, fmt, tmp_path, capsys):
    layout, folder = home
    src = tmp_path / "in.txt"
    src.write_text("كتب O\n", encoding="utf-8")
    before = _tree(folder)
    assert main(["import", fmt, str(src), "--out", str(folder)]) == 2
    assert "[out-refused]" in capsys.readouterr().err
    assert _tree(folder) == before


def test_build_force_replaces_a_previous_release_and_nothing_else(home):
    layout, folder = home
    out = folder.parent / "release"
    build(layout, out)
    first = _tree(out)
    build(layout, out, force=True)  # a previous release: replaced, with or without --force
    assert _tree(out) == first
    (out / "thesis.docx").write_bytes(b"years of work")
    with pytest.raises(KhabarError, match=r"does not list \(thesis.docx\); refusing to replace it"):
        build(layout, out, force=True)
    assert (out / "thesis.docx").read_bytes() == b"years of work"


def test_adjudicate_out_is_rewritten_only_when_it_holds_its_own_files(home, capsys):
    layout, folder = home
    out = folder.parent / "adj"
    args = ["--root", str(layout.root), "adjudicate", "doc1", "--passes", str(layout.root / ANN),
            str(layout.root / ANN), "--out", str(out)]
    assert main(args) == 0
    assert sorted(p.name for p in out.iterdir()) == ["disagreements.json", "disagreements.md", "draft.json"]
    assert main(args) == 0 and main([*args, "--force"]) == 0  # its own folder: rewritten
    (out / "mine.txt").write_text("mine", encoding="utf-8")
    capsys.readouterr()
    assert main([*args, "--force"]) == 2
    assert "holds what adjudication did not write (mine.txt)" in capsys.readouterr().err
    assert (out / "mine.txt").read_text(encoding="utf-8") == "mine"


def test_import_out_is_replaced_only_when_it_holds_a_previous_import(home, tmp_path, capsys):
    layout, folder = home
    src = tmp_path / "exp"
    assert main(["--root", str(layout.root), "export", "brat", "--out", str(src)]) == 0
    out = tmp_path / "imported"
    args = ["--root", str(layout.root), "import", "brat", str(src), "--out", str(out)]
    assert main(args) == 0 and [p.name for p in out.iterdir()] == ["doc1.json"]
    capsys.readouterr()
    assert main(args) == 2 and "holds a previous import; pass --force" in capsys.readouterr().err
    assert main([*args, "--force"]) == 0
    write_json(out / "other.json", {"document_id": "other"})  # not a project document
    capsys.readouterr()
    assert main([*args, "--force"]) == 2 and "holds other.json, which no import wrote" in capsys.readouterr().err
