from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from khabar.cli import main
from khabar.model.labels import SCHEMA_VERSION
from khabar.model.schemas import SCHEMAS
from khabar.validate.schema import schema_problems

REPO = Path(__file__).resolve().parent.parent


def test_schema_files_are_current(capsys):
    assert main(["--root", str(REPO), "schema"]) == 0, "schema/*.json are stale: run `python scripts/refresh.py`"


def _objects(node, where="$"):
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield where, node
        for k, v in node.items():
            if k != "if":  # a conditional's test is a predicate on the value, not a shape it may take
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


# WojoodNER's 21 entity types in its documented order (Jarrar et al., LREC 2022), written out
# here rather than taken from labels.py, so that the inventory is checked against its source.
WOJOOD_TYPES = ["PERS", "NORP", "OCC", "ORG", "GPE", "LOC", "FAC", "EVENT", "DATE", "TIME", "CARDINAL",
                "ORDINAL", "PERCENT", "QUANTITY", "UNIT", "MONEY", "CURR", "LANGUAGE", "PRODUCT",
                "WEBSITE", "LAW"]


def test_the_committed_schema_holds_wojoods_inventory():
    schema = json.loads((REPO / "schema" / "annotation.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["entities"]["items"]["properties"]["label"]["enum"] == WOJOOD_TYPES


@pytest.mark.parametrize("label, valid", [*((t, True) for t in WOJOOD_TYPES), ("PER", False), ("gpe", False),
                                          ("MISC", False), ("", False)])
def test_the_validator_takes_every_wojood_type_and_nothing_else(ann, label, valid):
    ann["entities"][2]["label"] = label  # حلب
    codes = {p.code for p in schema_problems("annotation", ann, "a")}
    assert codes == (set() if valid else {"schema-enum"})
