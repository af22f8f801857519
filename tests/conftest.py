"""Shared fixtures: a tiny synthetic project (never part of the corpus)."""
from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest

from khabar.corpus.documents import make_document
from khabar.corpus.layout import Layout
from khabar.io import write_json

REPO = Path(__file__).resolve().parent.parent
# Third-party sources are read from one verified cache, shared by every project a test makes.
os.environ.setdefault("KHABAR_SOURCE_CACHE", str(REPO / ".cache" / "khabar" / "sources"))


def pytest_sessionstart(session):
    """Fetch what the cache lacks (from $KHABAR_SOURCES where there is no network), verified;
    without the sources the suite cannot run, and says why in one line."""
    from khabar.model.errors import KhabarError
    from khabar.sources.fetch import fetch, mirror_from_env
    from khabar.sources.manifest import load_manifest

    try:
        fetch(REPO, load_manifest(REPO), mirror=mirror_from_env())
    except KhabarError as exc:
        pytest.exit(f"third-party sources unavailable: {exc}", returncode=3)


# Synthetic sentences for tests only.
P1 = "قال المرصد إن 412 قتيلا سقطوا في حلب، بينهم 61 مدنيا."
P2 = "وأوقعت الغارات أكثر من خمسين جريحا وثمانية قتلى."
RAW = "12/2/2024 9:50:00 AM\n" + P1 + "\n" + P2
TEXT = P1 + "\n" + P2


def at(sub: str, nth: int = 0, within: str = TEXT) -> tuple[int, int]:
    """Offsets of the nth occurrence of `sub` (computed, never counted)."""
    pos = -1
    for _ in range(nth + 1):
        pos = within.index(sub, pos + 1)
    return pos, pos + len(sub)


def span(sub: str, nth: int = 0) -> dict:
    s, e = at(sub, nth)
    return {"start": s, "end": e, "text": sub}


def valid_annotation(doc: dict) -> dict:
    n = lambda i, sub, value, **kw: {"id": i, **span(sub), "value": value, "kind": "cardinal",
                                     "qualifier": "exact", "qualifier_span": None,
                                     "counted": None, **kw}
    claim_start = at("412")[0]
    claim_end = at("مدنيا")[1]
    return {
        "schema_version": "1.0.0",
        "document_id": doc["id"],
        "text_sha256": doc["text_sha256"],
        "entities": [
            {"id": "e1", **span("المرصد"), "label": "ORG"},
            {"id": "e2", **span("412"), "label": "CARDINAL"},
            {"id": "e3", **span("حلب"), "label": "GPE"},
        ],
        "numbers": [
            n("n1", "412", 412, counted=span("قتيلا")),
            n("n2", "61", 61, counted=span("مدنيا")),
            n("n3", "خمسين", 50, qualifier="more_than", qualifier_span=span("أكثر من")),
        ],
        "claims": [
            {"id": "c1", "start": claim_start, "end": claim_end, "text": TEXT[claim_start:claim_end],
             "claimant": "e1", "cue": span("قال"), "kind": "statistic", "check_worthy": True,
             "numbers": ["n1", "n2"]},
        ],
        "relations": [{"id": "r1", "type": "includes", "total": "n1", "parts": ["n2"]}],
    }


@pytest.fixture
def doc() -> dict:
    return make_document(RAW, "doc1", "corpus/raw/doc1.txt")


@pytest.fixture
def ann(doc: dict) -> dict:
    return copy.deepcopy(valid_annotation(doc))


@pytest.fixture
def project(tmp_path: Path, doc: dict) -> Layout:
    """A project folder with one document and its valid gold annotation."""
    layout = Layout(tmp_path)
    layout.raw_dir.mkdir(parents=True)
    layout.raw("doc1").write_text(RAW, encoding="utf-8")
    write_json(layout.document("doc1"), doc)
    write_json(layout.annotation("doc1"), valid_annotation(doc))
    return layout


@pytest.fixture
def empty(tmp_path: Path) -> Layout:
    """A project folder with empty corpus/ and annotations/ folders."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "annotations").mkdir()
    return Layout(tmp_path)


# ---------------------------------------------------------------- format fixtures (fmt_fixtures)

@pytest.fixture
def proj(tmp_path: Path) -> Layout:
    """A project holding a copy of the seed and fmt_fixtures' synthetic document outside the BMP."""
    from fmt_fixtures import make_project

    return make_project(tmp_path / "proj")


@pytest.fixture(scope="session")
def gold() -> dict[str, tuple[dict, dict]]:
    """(document, annotation) of the seed and of fmt_fixtures' BMP document, by id (read-only)."""
    import tempfile

    from fmt_fixtures import make_project
    from khabar.formats.base import load_pairs

    with tempfile.TemporaryDirectory() as tmp:
        layout = make_project(Path(tmp) / "p")
        return {d["id"]: (d, a) for d, a in load_pairs(layout)}


@pytest.fixture(scope="session")
def crf_cache(tmp_path_factory) -> Path:
    """One baseline:crf-wojood model cache per test run (KHABAR_CACHE_DIR): the CRF is trained
    on the Wojood sample once, by whichever test asks first, and read back by every other test
    and by the scripts the README tests run."""
    return tmp_path_factory.mktemp("crf-cache")


def pytest_sessionfinish(session, exitstatus):
    """A skipped test is a test that did not run: with KHABAR_NO_SKIP=1 (CI), any skip fails the run."""
    import os

    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if os.environ.get("KHABAR_NO_SKIP") == "1" and skipped and exitstatus == 0:
        reporter.write_line(f"KHABAR_NO_SKIP=1: {skipped} test(s) skipped; every test must run", red=True)
        session.exitstatus = 1


# ---------------------------------------------------------------- release fixtures (built once per session)

@pytest.fixture(scope="session")
def synthetic_release(tmp_path_factory) -> tuple[Layout, Path]:
    """The synthetic project of releasefix, split and built once, for the tests that only read the
    release: (layout, release folder at <root>/dist/khabar), built for the repository org/khabar."""
    from khabar.cli import main
    from khabar.release.build import build
    from releasefix import make_project

    root = tmp_path_factory.mktemp("synthetic-release")
    layout = make_project(root)
    assert main(["--root", str(root), "splits"]) == 0
    out = root / "dist" / "khabar"
    build(layout, out, "org/khabar")
    return layout, out


@pytest.fixture(scope="session")
def repo_build(tmp_path_factory):
    """The repository's own corpus, built once per test run into a temporary folder (the
    BuildResult). Read it, never write it: tests that change a release build their own."""
    from khabar.release.build import build

    return build(Layout(REPO), tmp_path_factory.mktemp("repo-release") / "khabar")


@pytest.fixture(scope="session")
def repo_release(repo_build) -> Path:
    """The folder of `repo_build`."""
    return repo_build.out
