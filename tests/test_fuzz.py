"""The validator never crashes: byte- and JSON-level mutations of a gold file and its record, under
hypothesis (seeded), through the library entry points. scripts/fuzz.py runs the same cases at length."""
from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import RAW, valid_annotation
from fuzzfix import fuzz
from khabar.corpus.documents import make_document
from khabar.corpus.layout import Layout
from khabar.io import write_json


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    """A scratch project to mutate, from the synthetic fixture document (never the corpus)."""
    with tempfile.TemporaryDirectory(prefix="khabar-fuzz-", dir=fuzz.scratch_dir()) as tmp:
        yield _case(Path(tmp))


def _case(tmp: Path):
    src = Layout(tmp / "src")
    src.raw_dir.mkdir(parents=True)
    src.raw("doc1").write_text(RAW, encoding="utf-8")
    doc = make_document(RAW, "doc1", "corpus/raw/doc1.txt")
    write_json(src.document("doc1"), doc)
    write_json(src.annotation("doc1"), valid_annotation(doc))
    return fuzz.Case(tmp / "run", "doc1", src)


def test_unmutated_gold_is_valid(case):
    from khabar.validate.core import validate_files
    case.layout.document("doc1").write_bytes(case.doc_bytes)
    case.layout.annotation("doc1").write_bytes(case.ann_bytes)
    assert validate_files(case.layout, [case.layout.document("doc1"), case.layout.annotation("doc1")]) == []


# A case's mutations are drawn from random.Random(seed): hypothesis picks the seeds (derandomized,
# so every run checks the same cases), and a failure names its seed for scripts/fuzz.py to replay.
@pytest.mark.slow
@settings(max_examples=2500, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(seed=st.integers(0, 2**64))
def test_validator_never_crashes(case, seed):
    case.run(random.Random(seed))  # raises on any exception, or on an unregistered or multi-line problem


def test_mutations_reach_every_kind_of_refusal(case):
    # The mutators are not toothless: a fixed sample of cases yields the refusals the fuzzer is for.
    from khabar.validate.core import validate_files
    seen = set()
    for i in range(400):
        case.run(random.Random(f"reach:{i}"))
        paths = [case.layout.document("doc1"), case.layout.annotation("doc1")]
        seen |= {p.code for p in validate_files(case.layout, paths)}
    assert {"json-invalid", "file-encoding", "json-duplicate-key", "json-constant", "schema-type",
            "schema-enum", "span-text-mismatch", "ref-unresolved"} <= seen, sorted(seen)
