"""The README's figures are what its commands print today (keeps the README true)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from readme_blocks import block, refresh_module, stale

REPO = Path(__file__).resolve().parent.parent


def _run(script: str, release: Path, cache: Path) -> str:
    """The script's output on the run's release build, with the run's CRF cache (the scripts
    build the same release themselves without --release; this saves a build per script)."""
    env = {**os.environ, "KHABAR_CACHE_DIR": str(cache), "HF_HUB_OFFLINE": "1",
           "HF_DATASETS_OFFLINE": "1"}
    res = subprocess.run([sys.executable, str(REPO / "scripts" / script), "--release", str(release)],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    return res.stdout


def _unhashed(text: str) -> str:
    """Without the content hashes: parquet bytes name the pyarrow version that wrote them, so a
    hash may move with a dependency while every figure stays the same."""
    return re.sub(r"`[0-9a-f]{16}…`", "`<sha256>`", text)


def _tables(text: str) -> list[str]:
    """The Markdown table lines of a text."""
    return [line for line in text.splitlines() if line.startswith("|")]


@pytest.mark.slow
def test_readme_baseline_table(repo_release, crf_cache):
    out = _run("baselines.py", repo_release, crf_cache)
    assert _tables(out)
    assert _unhashed(block("baselines")) == _unhashed(out), stale("the README's baseline table")


@pytest.mark.slow
def test_readme_cross_corpus_tables(repo_release, crf_cache):
    out = _run("cross_corpus.py", repo_release, crf_cache)
    assert len(_tables(out)) == 16
    assert _unhashed(block("cross-corpus")) == _unhashed(out), stale("the README's cross-corpus tables")


def test_codes_page_is_the_registry():
    assert (REPO / "docs" / "codes.md").read_text(encoding="utf-8") == refresh_module().codes_markdown(), \
        stale("docs/codes.md")


def test_cli_reference_names_every_command_and_option():
    """Each command has a row in the README's CLI reference, and its rows name every option."""
    from khabar.cli import build_parser

    rows = [line for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines()
            if line.startswith("| `khabar ")]
    sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    missing = {}
    def options_of(parser) -> list[str]:
        """The options of a command and of its subcommands (export FORMAT, sources ACTION)."""
        out = [o for a in parser._actions for o in a.option_strings if o.startswith("--") and o != "--help"]
        for a in parser._actions:
            if a.__class__.__name__ == "_SubParsersAction":
                out += [o for p in a.choices.values() for o in options_of(p)]
        return list(dict.fromkeys(out))

    for name, parser in sub.choices.items():
        mine = [r for r in rows if r.startswith((f"| `khabar {name} ", f"| `khabar {name}`"))]
        options = options_of(parser)
        gaps = [o for o in options if not any(o in r for r in mine)] if mine else ["(no row)"]
        if gaps:
            missing[name] = gaps
    assert missing == {}, "add these to the README's CLI reference"


def test_workflow_runs_in_the_venv_and_refreshes_after_add():
    """Before: the workflow's commands assumed `khabar` on the PATH, never said to
    refresh the generated tables after `add`, and sent suggestion to the `bench` extra."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    rest = readme.partition("The workflow for a new article")[2]
    commands = [line.split("  #")[0].strip() for line in rest.split("```sh\n", 1)[1].split("```")[0].splitlines()
                if line.strip() and not line.startswith("#")]
    assert commands[:3] == [". .venv/bin/activate", "khabar add article.txt --id 001_example",
                            "python scripts/refresh.py"]
    assert "`.venv/bin/khabar`" in rest.split("```sh", 1)[0]
    row = next(line for line in readme.splitlines() if line.startswith("| `khabar suggest "))
    assert "pip install -e '.[annotate]'" in row and "`bench` extra (" not in row
