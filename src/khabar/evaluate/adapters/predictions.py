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
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from khabar.corpus.layout import ID_RULE, SLUG_RE
from khabar.evaluate.data import EvalRow
from khabar.io import read_text
from khabar.model.errors import KhabarError, Problem
from khabar.model.spans import Span

ENTITY_LAYER = "entities"


def line_problems(path: str, line: int, text: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The record of one line and the problems of its JSON and its shape (the schema), each
    located as `line:$.json.path`. The JSON is read by Khabar's one strict reader, and the shape
    checked by the validator's schema step, offsets as Python integers included (3.0 is no offset)."""
    from khabar.io import loads_json
    from khabar.validate.schema import schema_problems

    try:
        rec = loads_json(text, path)
    except KhabarError as exc:
        # The reader locates within the line's text ("1:COL"): the column is what is worth saying.
        column = f" at column {exc.where.split(':')[-1]}" if exc.where else ""
        return None, [Problem(path, f"{line}:$", exc.code, f"expected JSON, found {exc.args[0]}{column}")]
    problems = [replace(p, pointer=f"{line}:{p.pointer}") for p in schema_problems("predictions", rec, path)]
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
        unit = rec["id"].split("#", 1)[0]  # a document id, or the document of a paragraph or sentence id
        if not SLUG_RE.match(unit):
            problems.append(Problem(str(path), f"{n}:$.id", "id-invalid",
                                    f"id {rec['id']!r}: {unit!r} is not a safe document id ({ID_RULE})"))
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
            if key == row.id and text is not None and len(text) != len(row.text):
                # A record of the row itself is the row's text, whole: text past the row's end
                # would carry spans that are cut or dropped at the row's end without a word.
                raise_first([Problem(str(self.path), f"{line}:$.text", "predictions-text-mismatch",
                                     f"the text of {key!r} has {len(text)} characters, the row "
                                     f"{len(row.text)}: it is longer than the row it names")])
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
