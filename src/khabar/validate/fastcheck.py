"""A compiled JSON Schema check (jsonschema-rs) that answers only "valid or not".

`jsonschema` stays the reference: it produces every problem and its message. This fast path
only lets the validator skip it for files the compiled validator accepts; when jsonschema-rs is
not installed, `is_valid` returns None and the caller uses `jsonschema` as before.
"""
from __future__ import annotations

from functools import cache
from typing import Any

from khabar.model.schemas import SCHEMAS

try:
    import jsonschema_rs
except ImportError:  # pragma: no cover - the reference path still works
    jsonschema_rs = None  # type: ignore[assignment]  # an optional module: None when absent


@cache
def _compiled(kind: str) -> Any:
    schema = SCHEMAS[kind]()
    return jsonschema_rs.Draft202012Validator(schema)


@cache
def _compiled_items(kind: str, layer: str) -> Any:
    schema = SCHEMAS[kind]()
    return jsonschema_rs.Draft202012Validator(schema["properties"][layer]["items"])


def is_valid(kind: str, obj: Any, layer: str | None = None) -> bool | None:
    """Whether obj satisfies the `kind` schema (with `layer`: the schema of one item of that
    list property, e.g. one entity); None when the compiled validator cannot answer."""
    if jsonschema_rs is None:
        return None
    try:
        validator = _compiled(kind) if layer is None else _compiled_items(kind, layer)
        return bool(validator.is_valid(obj))
    except (UnicodeEncodeError, OverflowError, ValueError):
        # Unpaired surrogates and integers beyond 64 bits cannot cross into Rust: the reference
        # validator judges them.
        return None
