from __future__ import annotations

from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from khabar.cli import main
from khabar.model.labels import ENTITY_LABELS, SCHEMA_VERSION
from khabar.model.schemas import SCHEMAS

REPO = Path(__file__).resolve().parent.parent


def test_schema_files_are_current(capsys):
    assert main(["--root", str(REPO), "schema"]) == 0, "schema/*.json are stale: run `python scripts/refresh.py`"


def _objects(node, where="$"):
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield where, node
        for k, v in node.items():
            yield from _objects(v, f"{where}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _objects(v, f"{where}[{i}]")


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_is_strict_and_described(name):
    schema = SCHEMAS[name]()
    Draft202012Validator.check_schema(schema)
    assert schema["$id"].startswith("urn:khabar:schema:") and schema["schema_version"] == SCHEMA_VERSION
    objects = list(_objects(schema))
    assert objects
    for where, obj in objects:
        assert obj["additionalProperties"] is False, where
        for prop, sub in obj["properties"].items():
            assert sub.get("description"), f"{where}.{prop}"


def test_labels_feed_the_schema():
    entity = SCHEMAS["annotation"]()["properties"]["entities"]["items"]
    assert entity["properties"]["label"]["enum"] == list(ENTITY_LABELS)
    assert len(ENTITY_LABELS) == 21
