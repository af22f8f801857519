"""`predictions:FILE`: character-span predictions from any system, as JSONL.

One object per line, the shape of `khabar export jsonl`: `{"id": ..., "text": ..., "spans":
[{"start", "end", "label", "text"?, "layer"?}]}`. The id names an evaluation row (sentence,
"<paragraph id>s<k>" as in the `ner` config), a paragraph row of the release, or a document; offsets are into that
unit's text, which `text`, when given, must equal. Spans of another `layer` than "entities" are
ignored. A span straddling two rows counts in the row where it starts, cut at its end.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

from khabar.evaluate.adapters.base import Span
from khabar.evaluate.data import EvalRow
from khabar.io import KhabarError, read_text


def read_predictions(path: Path) -> dict[str, tuple[int, dict[str, Any]]]:
    """Records by id, with their line number; every line is checked."""
    out: dict[str, tuple[int, dict[str, Any]]] = {}
    for n, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KhabarError(f"{where}: invalid JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("id"), str) \
                or not isinstance(rec.get("spans"), list):
            raise KhabarError(f"{where}: expected an object with a string `id` and a list `spans`")
        if rec["id"] in out:
            raise KhabarError(f"{where}: id {rec['id']!r} already given on line {out[rec['id']][0]}")
        for k, sp in enumerate(rec["spans"]):
            if not (isinstance(sp, dict) and type(sp.get("start")) is int and type(sp.get("end")) is int
                    and isinstance(sp.get("label"), str)):
                raise KhabarError(f"{where}: spans[{k}]: expected integer `start`, `end` and a string `label`")
        out[rec["id"]] = (n, rec)
    return out


def _spans(rec: dict[str, Any], text: str | None, where: str) -> list[Span]:
    """The entity spans of a record, checked against `text` when it is known."""
    out = []
    for k, sp in enumerate(rec["spans"]):
        if sp.get("layer", "entities") != "entities":
            continue
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e and (text is None or e <= len(text))):
            raise KhabarError(f"{where}: spans[{k}]: [{s}, {e}) is not a span of the text")
        if text is not None and sp.get("text") is not None and text[s:e] != sp["text"]:
            raise KhabarError(f"{where}: spans[{k}]: [{s}, {e}) covers {text[s:e]!r}, "
                              f"its text says {sp['text']!r}")
        out.append((s, e, sp["label"]))
    return out


class PredictionsAdapter:
    def __init__(self, path: str):
        self.spec = f"predictions:{path}"
        self.path = Path(path)
        self.records = read_predictions(self.path)

    def predict(self, rows: Sequence[EvalRow]) -> list[list[Span]]:
        result = []
        for row in rows:
            for key, base in ((row.id, 0), (row.paragraph_id, row.paragraph_offset),
                              (row.document_id, row.offset)):
                if key and key in self.records and base >= 0:
                    break
            else:
                raise KhabarError(f"{self.path}: no predictions for row {row.id!r} "
                                  f"(nor its paragraph or document)")
            line, rec = self.records[key]
            where = f"{self.path}:{line}"
            text = rec.get("text")
            if key == row.id and text is None:
                text = row.text
            if text is not None and text[base:base + len(row.text)] != row.text:
                raise KhabarError(f"{where}: `text` differs from the release at row {row.id!r}")
            spans = _spans(rec, text, where)
            end = base + len(row.text)
            result.append(sorted((s - base, min(e, end) - base, lab) for s, e, lab in spans
                                 if base <= s < end))
        return result
