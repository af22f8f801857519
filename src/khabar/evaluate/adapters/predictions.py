"""`predictions:FILE`: character-span predictions from any system, as JSONL (docs/benchmark.md).

One object per line, the shape of `khabar export jsonl`, checked against
`schema/predictions.schema.json` (`khabar.model.schemas.predictions_schema`): `{"id": ...,
"text"?: ..., "spans": [{"start", "end", "label", "text"?, "layer"?}]}`. The id names an
evaluation row (sentence, "<paragraph id>s<k>" as in the `ner` config), a paragraph row of the
release, or a document; offsets are into that unit's text, which `text`, when given, must equal.
Spans of another `layer` than "entities" are ignored. A span straddling two rows counts in the
row where it starts, cut at its end.

Every scored row must be covered by exactly one record (its own, its paragraph's or its
document's); an id the data does not know is an error, and an id of a row outside the scored
splits is skipped with a note. Errors name the file, the line and the JSON path of the field.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from khabar.evaluate.data import EvalRow
from khabar.io import read_text
from khabar.model.errors import KhabarError, Problem
from khabar.model.spans import Span

ENTITY_LAYER = "entities"
MAX_DEPTH = 64  # a predictions line is three levels deep; anything far deeper is not one


class _Constant(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _Constant(name)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise _Constant(f"duplicate key {k!r}")
        out[k] = v
    return out


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    from khabar.model.schemas import predictions_schema

    return Draft202012Validator(predictions_schema())


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return {str: "string", list: "array", dict: "object"}.get(type(value), type(value).__name__)


def _schema_problem(path: str, line: int, err) -> Problem:
    from khabar.validate.core import _pointer

    kw, inst, want = err.validator, err.instance, err.validator_value
    where = _pointer(err.absolute_path)
    if kw == "required":
        missing = [k for k in want if isinstance(inst, dict) and k not in inst]
        where, msg = f"{where}.{missing[0]}" if missing else where, "expected this property, found none"
    elif kw == "additionalProperties":
        extra = sorted(k for k in inst if k not in err.schema.get("properties", {}))
        where = f"{where}.{extra[0]}" if extra else where
        return Problem(path, f"{line}:{where}", "schema-additional-property",
                       f"expected only {sorted(err.schema.get('properties', {}))}, found {extra[0]!r}"
                       if extra else "unexpected property")
    elif kw == "type":
        msg = f"expected {want if isinstance(want, str) else ' or '.join(want)}, found {_json_type(inst)}"
    else:
        shown = repr(inst)
        msg = f"expected {kw} {want!r}, found {shown if len(shown) <= 40 else shown[:37] + '...'}"
    code = "schema-" + "".join("-" + c.lower() if c.isupper() else c for c in kw)
    return Problem(path, f"{line}:{where}", code, msg)


def line_problems(path: str, line: int, text: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The record of one line and the problems of its JSON and its shape (the schema)."""
    try:
        rec = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicates)
    except _Constant as exc:
        code = "json-duplicate-key" if str(exc).startswith("duplicate") else "json-constant"
        return None, [Problem(path, f"{line}:$", code, f"expected JSON, found {exc}")]
    except json.JSONDecodeError as exc:
        return None, [Problem(path, f"{line}:$", "json-invalid", f"invalid JSON at column {exc.colno} ({exc.msg})")]
    except RecursionError:
        return None, [Problem(path, f"{line}:$", "json-too-deep", "expected a predictions record, "
                              "found JSON nested too deep")]
    except ValueError as exc:  # an integer too long for Python's int()
        return None, [Problem(path, f"{line}:$", "json-number-too-long", str(exc).splitlines()[0][:80])]
    errors = sorted(_validator().iter_errors(rec), key=lambda e: [str(p) for p in e.absolute_path])
    problems = [_schema_problem(path, line, e) for e in errors]
    if not problems:
        # JSON Schema counts 3.0 as an integer; an offset must be written as one (3).
        for k, sp in enumerate(rec["spans"]):
            for key in ("start", "end"):
                if isinstance(sp, dict) and isinstance(sp.get(key), float) and sp.get("layer", ENTITY_LAYER) == ENTITY_LAYER:
                    problems.append(Problem(path, f"{line}:$.spans[{k}].{key}", "schema-type",
                                            f"expected integer, found number {sp[key]!r}"))
    return (rec if not problems else None), problems


def read_predictions(path: Path) -> dict[str, tuple[int, dict[str, Any]]]:
    """Records by id, with their line number; every line is checked (the first problem raises)."""
    path = Path(path)
    out: dict[str, tuple[int, dict[str, Any]]] = {}
    problems: list[Problem] = []
    for n, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        rec, found = line_problems(str(path), n, line)
        problems += found
        if rec is None:
            continue
        if rec["id"] in out:
            problems.append(Problem(str(path), f"{n}:$.id", "predictions-duplicate-id",
                                    f"id {rec['id']!r} already given on line {out[rec['id']][0]}"))
            continue
        out[rec["id"]] = (n, rec)
    raise_first(problems)
    return out


def raise_first(problems: list[Problem]) -> None:
    """Raise the first problem as a one-line KhabarError (naming how many others there are)."""
    if not problems:
        return
    p = problems[0]
    more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
    line, _, pointer = p.pointer.partition(":")
    field = f"{pointer}: " if pointer else ""
    raise KhabarError(f"{p.path}:{line}: {field}{p.message}{more}",
                      p.code, p.path, line)


def _spans(rec: dict[str, Any], text: str | None, path: str, line: int) -> list[Span]:
    """The entity spans of a record, checked against `text` when it is known."""
    out = []
    for k, sp in enumerate(rec["spans"]):
        if sp.get("layer", ENTITY_LAYER) != ENTITY_LAYER:
            continue
        span = Span.of(sp)
        where = f"{line}:$.spans[{k}]"
        if not (span.start < span.end and (text is None or span.end <= len(text))):
            raise_first([Problem(path, where, "predictions-span-out-of-bounds",
                                 f"[{span.start}, {span.end}) is not a span of the text")])
        if text is not None and not span.text_matches(text):
            raise_first([Problem(path, f"{where}.text", "predictions-span-text-mismatch",
                                 f"[{span.start}, {span.end}) covers {span.covered(text)!r}, "
                                 f"its text says {span.text!r}")])
        out.append(Span(span.start, span.end, span.label))
    return out


class PredictionsAdapter:
    train_rows = None  # predictions of an outside system: what it learned from is unknown
    training = None

    def __init__(self, path: str, known_ids: set[str] | None = None):
        self.spec = f"predictions:{path}"
        self.path = Path(path)
        self.records = read_predictions(self.path)
        self.sha256 = hashlib.sha256(self.path.read_bytes()).hexdigest()
        # Ids of the data outside the scored rows (other splits): skipped, not errors.
        self.known_ids = known_ids or set()
        self.notes: list[str] = []

    def _record_for(self, row: EvalRow) -> tuple[str, int]:
        keys = {row.id: 0}
        if row.paragraph_id:
            keys.setdefault(row.paragraph_id, row.paragraph_offset)
        if row.document_id and row.offset >= 0:
            keys.setdefault(row.document_id, row.offset)
        found = [(k, base) for k, base in keys.items() if k in self.records]
        if not found:
            raise KhabarError(f"{self.path}: no predictions for row {row.id!r} (nor its paragraph or "
                              "document); every scored row needs one record", "predictions-row-missing",
                              str(self.path))
        if len(found) > 1:
            lines = ", ".join(f"{k!r} on line {self.records[k][0]}" for k, _ in found)
            raise KhabarError(f"{self.path}:{self.records[found[1][0]][0]}: row {row.id!r} is covered twice "
                              f"({lines}); give each row one record", "predictions-row-covered-twice",
                              str(self.path), str(self.records[found[1][0]][0]))
        return found[0]

    def predict(self, rows: Sequence[EvalRow]) -> list[list[Span]]:
        result = []
        used: set[str] = set()
        for row in rows:
            key, base = self._record_for(row)
            used.add(key)
            line, rec = self.records[key]
            text = rec.get("text")
            if key == row.id and text is None:
                text = row.text
            if text is not None and text[base:base + len(row.text)] != row.text:
                raise_first([Problem(str(self.path), f"{line}:$.text", "predictions-text-mismatch",
                                     f"differs from the data's text at row {row.id!r}")])
            spans = _spans(rec, text, str(self.path), line)
            end = base + len(row.text)
            result.append(sorted(Span(sp.start - base, min(sp.end, end) - base, sp.label) for sp in spans
                                 if base <= sp.start < end))
        unused = [k for k in self.records if k not in used]
        unknown = [k for k in unused if k not in self.known_ids]
        if unknown:
            line = self.records[unknown[0]][0]
            raise KhabarError(f"{self.path}:{line}: $.id: id {unknown[0]!r} names no row, paragraph or "
                              f"document of the data ({len(unknown)} such id(s))", "predictions-unknown-id",
                              str(self.path), str(line))
        if unused:
            self.notes.append(f"{self.spec}: {len(unused)} record(s) for rows outside the scored split(s) "
                              "skipped")
        return result


def load(arg: str, context) -> PredictionsAdapter:
    """predictions:FILE (NEEDS: known_ids, to tell another split's rows from unknown ids)."""
    return PredictionsAdapter(arg, context.known_ids())
