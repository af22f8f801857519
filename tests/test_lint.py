"""ruff and mypy are clean (their configuration is in pyproject.toml): CI runs pytest, so a lint
or type error fails CI like a failing test. Each tool runs from the repository root, as a
developer would run it: `ruff check src tests scripts` and `mypy` (files = src/khabar)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True)


def test_ruff_is_clean():
    done = _run("ruff", "check", "--no-cache", "src", "tests", "scripts")
    assert done.returncode == 0, f"ruff check src tests scripts:\n{done.stdout}{done.stderr}"


@pytest.mark.slow  # about 35 s without mypy's cache (a fresh clone, as in CI)
def test_mypy_is_clean():
    done = _run("mypy")
    assert done.returncode == 0, f"mypy:\n{done.stdout}{done.stderr}"
