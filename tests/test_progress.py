"""Progress: the library reports counts through its hook; bars are drawn on a terminal only."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

from khabar.cli.progress import bars
from khabar.corpus.layout import Layout
from khabar.progress import SILENT
from khabar.validate.core import Listing, validate_corpus

REPO = Path(__file__).resolve().parent.parent


class Recorder:
    """A Progress hook that keeps what it was told."""

    def __init__(self):
        self.phases: dict[str, list] = {}

    def __call__(self, what, total):
        self.phases[what] = [total, 0]
        return lambda n: self.phases[what].__setitem__(1, self.phases[what][1] + n)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _files(layout: Layout) -> int:
    """Records, gold files and passes."""
    return sum(1 for folder in (layout.documents_dir, layout.annotations_dir) for _ in folder.glob("*.json")) \
        + len(layout.pass_paths())


def test_validate_reports_every_file():
    rec = Recorder()
    # The one problem of the repository: a warning in a pass, kept as its annotator made it
    # (tests/test_corpus.py says which).
    assert [p.severity for p in validate_corpus(Layout(REPO), progress=rec)] == ["warning"]
    assert rec.phases == {"validate": [None, _files(Layout(REPO))]}


def test_build_reports_every_document(tmp_path):
    """One phase: every document is validated, selected and projected in one pass."""
    from khabar.release.build import build

    rec = Recorder()
    build(Layout(REPO), tmp_path / "rel", progress=rec)
    documents = len(Layout(REPO).document_ids())
    assert rec.phases == {"build": [documents, documents]} and documents == Listing(Layout(REPO)).count


def test_no_bar_when_the_output_is_not_a_terminal():
    stream = io.StringIO()
    with bars(stream) as progress:
        assert progress is SILENT
        progress("validate", 3)(3)
    assert stream.getvalue() == ""


def test_a_bar_on_a_terminal():
    stream = Terminal()
    with bars(stream) as progress:
        tick = progress("validate", 4)
        tick(4)
    drawn = stream.getvalue()
    # drawn at once (later redraws are rate-limited by tqdm), and wiped when the block ends
    assert drawn.startswith("\rvalidate:   0%|") and "0/4" in drawn and drawn.endswith("\r")


def test_validate_command_output_is_unchanged_in_a_pipe(tmp_path, capsys):
    from khabar.cli import main

    for sub in ("corpus", "annotations", "schema"):
        shutil.copytree(REPO / sub, tmp_path / sub)
    shutil.rmtree(tmp_path / "annotations" / "passes")  # a pass's warning is the annotator's (test_corpus)
    assert main(["--root", str(tmp_path), "validate"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == "0 error(s), 0 warning(s)\n"
