"""The compiled schema check agrees with jsonschema (the reference) on valid files and every defect."""
from __future__ import annotations

import copy

import pytest

from khabar.validate.fastcheck import is_valid
from khabar.validate.schema import schema_problems
from test_validate import CATALOGUE


def test_valid_files_agree(ann, doc):
    assert is_valid("annotation", ann) is True and schema_problems("annotation", ann, "a") == []
    assert is_valid("document", doc) is True and schema_problems("document", doc, "d") == []


@pytest.mark.parametrize("name,mutate,code", CATALOGUE, ids=[c[0] for c in CATALOGUE])
def test_same_verdict_on_the_defect_catalogue(ann, name, mutate, code):
    """Both checks give the verdict the defect calls for: a schema defect (schema-*) is invalid to
    both, a semantic one (crossing spans, arithmetic, ...) valid to both (the checkers find it)."""
    bad = copy.deepcopy(ann)
    mutate(bad)
    schema_valid = not code.startswith("schema-")
    assert (is_valid("annotation", bad), schema_problems("annotation", bad, "a") == []) == \
        (schema_valid, schema_valid)


@pytest.mark.parametrize("key,value", [("text", 5), ("paragraphs", []), ("language", "en"),
                                       ("raw_sha256", "xyz"), ("extra", 1)])
def test_same_verdict_on_document_defects(doc, key, value):
    bad = {**doc, key: value}
    assert is_valid("document", bad) == (schema_problems("document", bad, "d") == []) == False  # noqa: E712
