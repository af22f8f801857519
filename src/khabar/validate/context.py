"""What every annotation checker is given: the parsed file, its document, and typed views of both.

The checkers run on files the schema may have rejected, so nothing here trusts a type: a span
is only a `Span` when its offsets are integers and its text a string, a value only a number
when it is a finite int or float, a reference only an id when it is a string.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from khabar.model.spans import Span


def span_of(obj: Any, label_field: str | None = None) -> Span | None:
    """The span of an annotation object, or None when its offsets or text are mistyped.

    A text that is absent (a claim of a source-backed document stores offsets only) is None in
    the span; a text that is present must be a string."""
    if not isinstance(obj, dict):
        return None
    s, e, t = obj.get("start"), obj.get("end"), obj.get("text")
    if type(s) is int and type(e) is int and (isinstance(t, str) or "text" not in obj):
        label = obj.get(label_field) if label_field else ""
        iid = obj.get("id")
        return Span(s, e, label if isinstance(label, str) else "", t, iid if isinstance(iid, str) else None)
    return None


def number_value(value: Any) -> float | None:
    """A finite numeric value as a float, or None (booleans, strings, NaN, 10**400 are not)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        out = float(value)
    except OverflowError:
        return None
    return out if math.isfinite(out) else None


def id_list(value: Any) -> list[str]:
    """The string ids of a list field (a mistyped field is a schema problem, reported there)."""
    return [x for x in value if isinstance(x, str)] if isinstance(value, list) else []


# The JSON paths of a layer's items, made once per process, not once per file ("$.entities[12]").
_PATHS: dict[str, list[str]] = {}


def _paths(layer: str, n: int) -> list[str]:
    made = _PATHS.setdefault(layer, [])
    if len(made) < n:
        made += [f"$.{layer}[{i}]" for i in range(len(made), n)]
    return made


@dataclass
class AnnotationContext:
    """One annotation file (`ann`, a dict) and the text of its document, for the checkers."""
    ann: dict
    text: str
    path: str
    document: dict = field(default_factory=dict)
    _items: dict = field(default_factory=dict, repr=False, compare=False)  # made once per layer

    def items(self, layer: str) -> list[tuple[str, dict]]:
        """(JSON path, object) of each object of a layer (every checker asks; a new list each time)."""
        if layer not in self._items:
            seq = self.ann.get(layer)
            paths = _paths(layer, len(seq)) if isinstance(seq, list) else []
            self._items[layer] = [] if not isinstance(seq, list) else \
                [(paths[i], x) for i, x in enumerate(seq) if isinstance(x, dict)]
        return list(self._items[layer])

    def layer(self, layer: str) -> list[dict]:
        """The objects of a layer, as the number-word checker and other plug-ins take them."""
        return [x for _, x in self.items(layer)]

    def by_id(self, layer: str) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for _, x in self.items(layer):
            iid = x.get("id")
            if isinstance(iid, str):
                out.setdefault(iid, x)
        return out

    def span(self, obj: Any, label_field: str | None = None) -> Span | None:
        """The span of obj when well-typed and inside the text (bounds are reported elsewhere),
        with its covered text when the file stores offsets only (a source-backed document)."""
        sp = span_of(obj, label_field)
        if sp is None or not sp.in_bounds(len(self.text)):
            return None
        return sp if sp.text is not None else sp._replace(text=sp.covered(self.text))
