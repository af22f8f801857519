"""The JSON Schema step of validation: problems as `Problem`s, with Python's types checked strictly."""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any, Iterable, Iterator

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError

from khabar.model.errors import Problem
from khabar.model.schemas import SCHEMAS
from khabar.validate.fastcheck import is_valid as fast_is_valid


def _is_integer(_checker: Any, value: Any) -> bool:
    # Draft 2020-12 calls 1.0 an integer; an offset read as 999999.0 is not one, so the type of
    # the parsed value decides (and True is not 1).
    return type(value) is int


def _is_number(_checker: Any, value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return isinstance(value, int) or math.isfinite(value)


_TYPES = Draft202012Validator.TYPE_CHECKER.redefine_many({"integer": _is_integer, "number": _is_number})
StrictValidator = validators.extend(Draft202012Validator, type_checker=_TYPES)


@lru_cache(maxsize=None)
def _schema(kind: str) -> dict:
    return SCHEMAS[kind]()


@lru_cache(maxsize=None)
def _validator(kind: str) -> Draft202012Validator:
    schema = _schema(kind)
    Draft202012Validator.check_schema(schema)
    return StrictValidator(schema)


def pointer(parts: Iterable[Any]) -> str:
    """A JSON path as the validator prints it: $.entities[3].start."""
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, float):
        if not math.isfinite(value):
            return repr(value)
        return "number with a fraction" if value != int(value) else f"number {value!r} (not an integer)"
    if isinstance(value, int):
        return "integer"
    return {str: "string", list: "array", dict: "object"}.get(type(value), type(value).__name__)


def short(value: Any, limit: int = 40) -> str:
    text = repr(value) if not isinstance(value, int) or abs(value) < 10**limit else "a huge integer"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _needs_reference(schema: dict, value: Any) -> bool:
    """Whether `value` holds what the compiled validator would wrongly accept or cannot read:
    a float where the schema wants an integer, a non-finite number, an unpaired surrogate."""
    if isinstance(value, float):
        return not math.isfinite(value) or "integer" in _types(schema)
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    branches = schema.get("anyOf", [])
    if isinstance(value, dict):
        props = schema.get("properties") or next(
            (b.get("properties") for b in branches if b.get("type") == "object"), {})
        return any(_needs_reference(props.get(k, {}), v) or _needs_reference({}, k)
                   for k, v in value.items())
    if isinstance(value, list):
        items = schema.get("items", {})
        return any(_needs_reference(items, v) for v in value)
    return False


def _types(schema: dict) -> list[str]:
    t = schema.get("type", [])
    return [t] if isinstance(t, str) else list(t)


def keyword_code(keyword: str) -> str:
    """The problem code of a JSON Schema keyword: schema-type, schema-min-items, ..."""
    if keyword == "additionalProperties":
        return "schema-additional-property"  # one problem per extra property
    return "schema-" + re.sub(r"(?<!^)(?=[A-Z])", "-", keyword).lower()


def _problems(path: str, err: ValidationError) -> Iterator[Problem]:
    kw, inst, want = err.validator, err.instance, err.validator_value
    where = pointer(err.absolute_path)
    if kw == "anyOf" and isinstance(inst, dict):
        # Nullable objects: report why the object branch failed, not the bare anyOf.
        for sub in err.context or []:
            if sub.schema_path and sub.schema_path[0] == 0:
                yield from _problems(path, sub)
        return
    if kw == "required":
        for key in [k for k in want if isinstance(inst, dict) and k not in inst]:
            yield Problem(path, where, keyword_code(kw), f"expected property {short(key)}, found none")
        return
    if kw == "additionalProperties":
        allowed = set(err.schema.get("properties", {}))
        for key in sorted(k for k in inst if k not in allowed):
            yield Problem(path, pointer([*err.absolute_path, key]), keyword_code(kw),
                          f"expected only {sorted(allowed)}, found {short(key)}")
        return
    if kw == "type":
        msg = f"expected {want if isinstance(want, str) else ' or '.join(want)}, found {json_type(inst)}"
    elif kw == "enum":
        shown = ", ".join(want[:8]) + (", ..." if len(want) > 8 else "")
        msg = f"expected one of {shown}, found {short(inst)}"
    elif kw == "anyOf":
        msg = f"expected object or null, found {json_type(inst)}"
    else:
        msg = f"expected {kw} {short(want)}, found {short(inst)}"
    yield Problem(path, where, keyword_code(kw), msg)


def schema_problems(kind: str, obj: Any, path: str) -> list[Problem]:
    """Every schema problem of `obj` against the `kind` schema ("annotation" or "document")."""
    # Most files are valid: a compiled validator answers that fast, and only files it rejects
    # (or cannot judge) go through jsonschema, the reference, for every error and its message.
    if not _needs_reference(_schema(kind), obj) and fast_is_valid(kind, obj):
        return []
    errors = sorted(_validator(kind).iter_errors(obj), key=lambda e: list(map(str, e.absolute_path)))
    # dict.fromkeys keeps the order and drops repeats: jsonschema reports `required` once per
    # missing key, and each report lists every missing key.
    return list(dict.fromkeys(p for err in errors for p in _problems(path, err)))
