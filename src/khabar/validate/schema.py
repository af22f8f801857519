"""The JSON Schema step of validation: problems as `Problem`s, with Python's types checked strictly."""
from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
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


@cache
def _strict_class() -> Any:
    """jsonschema's Draft 2020-12 validator with Python's types checked strictly. Imported on
    first need: valid files never get here (the compiled fast path answers for them), and
    jsonschema costs about ten bare interpreter starts to import."""
    from jsonschema import Draft202012Validator, validators

    types = Draft202012Validator.TYPE_CHECKER.redefine_many({"integer": _is_integer, "number": _is_number})
    return validators.extend(Draft202012Validator, type_checker=types)


def StrictValidator(schema: dict) -> Draft202012Validator:  # noqa: N802 - reads as the class it makes
    return _strict_class()(schema)


@cache
def _schema(kind: str) -> dict:
    return SCHEMAS[kind]()


@cache
def _integer_plan(kind: str, layer: str | None = None) -> Any:
    schema = _schema(kind)
    return _plan(schema if layer is None else schema["properties"][layer]["items"])


def pointer(parts: Iterable[Any]) -> str:
    """A JSON path as the validator prints it: $.entities[3].start."""
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


_TYPE_NAMES: dict[type, str] = {str: "string", list: "array", dict: "object"}


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
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def short(value: Any, limit: int = 40) -> str:
    text = repr(value) if not isinstance(value, int) or abs(value) < 10**limit else "a huge integer"
    return text if len(text) <= limit else text[: limit - 3] + "..."


# Where a schema wants integers, as a plan to walk only those places: INTEGER at a leaf, a dict
# {property: plan} for an object, a 1-tuple (plan,) for the items of an array, None for nothing.
INTEGER = "integer"


def _plan(schema: dict) -> Any:
    if "anyOf" in schema:  # nullable objects: the object branch
        schema = next((b for b in schema["anyOf"] if b.get("type") == "object"), {})
    if "else" in schema and "type" not in schema:  # if/then/else (a predictions span): the checked branch
        schema = schema["else"]
    types = schema.get("type", [])
    types = [types] if isinstance(types, str) else types
    if "integer" in types:
        return INTEGER
    if "object" in types:
        props = {k: _plan(v) for k, v in schema.get("properties", {}).items()}
        return {k: v for k, v in props.items() if v is not None} or None
    if "array" in types:
        item = _plan(schema.get("items", {}))
        return None if item is None else (item,)
    return None


def _float_where_integer(plan: Any, value: Any) -> bool:
    """Whether a float sits where the schema wants an integer. The compiled validator follows
    Draft 2020-12 and accepts 999999.0 as an integer; such files go to the reference, whose
    type checker looks at the Python type. (NaN, infinities and unpaired surrogates need no
    walk: the compiled validator rejects the first two and cannot read the third.)"""
    found = _WALKERS.get(id(plan))
    if found is None or found[0] is not plan:
        found = _WALKERS[id(plan)] = (plan, _walker(plan))
    return found[1](value)


# id(plan) -> (plan, its walker); plans are the few `_integer_plan` keeps (cached), kept alive here.
_WALKERS: dict[int, tuple[Any, Callable[[Any], bool]]] = {}


def _walker(plan: Any) -> Callable[[Any], bool]:
    """`_float_where_integer` for one plan, as nested closures (every file of a build is walked:
    the plan is looked at once, not at every value)."""
    if plan is INTEGER:
        return lambda value: isinstance(value, float)
    if isinstance(plan, dict):
        ints = tuple(k for k, sub in plan.items() if sub is INTEGER)
        nested = tuple((k, _walker(sub)) for k, sub in plan.items() if sub is not INTEGER)

        def in_object(value: Any) -> bool:
            if not isinstance(value, dict):
                return False
            for k in ints:
                if k in value and isinstance(value[k], float):
                    return True
            for k, walk in nested:
                if k in value and walk(value[k]):
                    return True
            return False
        return in_object
    if isinstance(plan, tuple):
        item = _walker(plan[0])

        def in_list(value: Any) -> bool:
            if not isinstance(value, list):
                return False
            for v in value:
                if item(v):
                    return True
            return False
        return in_list
    return lambda value: False


def keyword_code(keyword: str) -> str:
    """The problem code of a JSON Schema keyword: schema-type, schema-min-items, ..."""
    if keyword == "additionalProperties":
        return "schema-additional-property"  # one problem per extra property
    return "schema-" + re.sub(r"(?<!^)(?=[A-Z])", "-", keyword).lower()


def _problems(path: str, err: ValidationError, prefix: tuple = ()) -> Iterator[Problem]:
    kw, inst, want = err.validator, err.instance, err.validator_value
    where = pointer([*prefix, *err.absolute_path])
    if kw == "anyOf" and isinstance(inst, dict):
        # Nullable objects: report why the object branch failed, not the bare anyOf.
        for sub in err.context or []:
            if sub.schema_path and sub.schema_path[0] == 0:
                yield from _problems(path, sub, prefix)
        return
    if kw == "required":
        for key in [k for k in want if isinstance(inst, dict) and k not in inst]:
            yield Problem(path, where, keyword_code(kw), f"expected property {short(key)}, found none")
        return
    if kw == "additionalProperties":
        allowed = set(err.schema.get("properties", {}))
        for key in sorted(k for k in inst if k not in allowed):
            yield Problem(path, pointer([*prefix, *err.absolute_path, key]), keyword_code(kw),
                          f"expected only {sorted(allowed)}, found {short(key)}")
        return
    if kw is None or (kw == "not" and want == {}):
        # A property the record's kind may not hold (`"not": {}`): a source-backed record holds
        # no text, raw file or dateline, since its text comes from the source.
        yield Problem(path, where, "schema-additional-property",
                      "expected no such property in a source-backed record (its text comes from the source)")
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


def _lists_of_objects(schema: dict) -> list[str]:
    """The properties of a schema that are lists of objects (the layers, the paragraphs)."""
    return [k for k, v in schema["properties"].items()
            if v.get("type") == "array" and v.get("items", {}).get("type") == "object"]


@cache
def _shallow_validator(kind: str) -> Draft202012Validator:
    """The root of a schema with its lists of objects left unchecked item by item."""
    schema = copy.deepcopy(_schema(kind))
    for layer in _lists_of_objects(schema):
        del schema["properties"][layer]["items"]
    return StrictValidator(schema)


@cache
def _item_validator(kind: str, layer: str) -> Draft202012Validator:
    return StrictValidator(_schema(kind)["properties"][layer]["items"])


def _sort_key(item: tuple[tuple, ValidationError]) -> list[str]:
    prefix, err = item
    return [str(x) for x in (*prefix, *err.absolute_path)]


def schema_problems(kind: str, obj: Any, path: str) -> list[Problem]:
    """Every schema problem of `obj` against the `kind` schema ("annotation" or "document")."""
    # Most files are valid: a compiled validator answers that fast, and only what it rejects (or
    # cannot judge) goes through jsonschema, the reference, for every error and its message.
    # The reference is slow on big files, so it sees only the root and the items that fail.
    if not isinstance(obj, dict):
        return [Problem(path, "$", "not-object", f"expected a JSON object, found {json_type(obj)}")]
    schema = _schema(kind)
    if not _float_where_integer(_integer_plan(kind), obj) and fast_is_valid(kind, obj):
        return []
    found: list[tuple[tuple[()] | tuple[str, int], Any]] = [((), e) for e in _shallow_validator(kind).iter_errors(obj)]
    for layer in _lists_of_objects(schema):
        items = obj.get(layer)
        for i, item in enumerate(items if isinstance(items, list) else []):
            if not _float_where_integer(_integer_plan(kind, layer), item) and fast_is_valid(kind, item, layer):
                continue
            found += [((layer, i), e) for e in _item_validator(kind, layer).iter_errors(item)]
    found.sort(key=_sort_key)
    # dict.fromkeys keeps the order and drops repeats: jsonschema reports `required` once per
    # missing key, and each report lists every missing key.
    return list(dict.fromkeys(p for prefix, err in found for p in _problems(path, err, prefix)))
