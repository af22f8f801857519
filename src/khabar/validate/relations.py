"""The relation checker: references resolve, and the arithmetic (sum, includes, equals) holds."""
from __future__ import annotations

from typing import Any

from khabar.model.errors import Problem
from khabar.validate.context import AnnotationContext, id_list, number_value
from khabar.validate.numbers import VALUE_TOLERANCE


def _values(numbers: dict[str, dict], ids: list[Any]) -> list[float] | None:
    vals = []
    for i in ids:
        v = number_value(numbers[i].get("value")) if isinstance(i, str) and i in numbers else None
        if v is None:
            return None
        vals.append(v)
    return vals


def relation_problem(rel: dict, numbers: dict[str, dict]) -> str | None:
    """A message when the relation does not hold arithmetically, else None (also when a value
    is missing or not a finite number: the schema step reports that)."""
    total = _values(numbers, [rel.get("total")])
    parts = _values(numbers, id_list(rel.get("parts")))
    if total is None or not parts:
        return None
    t, kind, eps = total[0], rel.get("type"), VALUE_TOLERANCE
    shown = ", ".join(f"{p:g}" for p in parts)
    if kind == "sum" and abs(sum(parts) - t) > eps:
        return f"expected parts summing to {t:g}, found {' + '.join(f'{p:g}' for p in parts)} = {sum(parts):g}"
    if kind == "includes" and (max(parts) > t + eps or sum(parts) > t + eps):
        return f"expected parts within {t:g}, found {shown}"
    if kind == "equals" and any(abs(p - t) > eps for p in parts):
        return f"expected every part equal to {t:g}, found {shown}"
    return None


def relation_problems(ctx: AnnotationContext) -> list[Problem]:
    out: list[Problem] = []
    numbers = ctx.by_id("numbers")
    for where, rel in ctx.items("relations"):
        total, parts = rel.get("total"), id_list(rel.get("parts"))
        refs = [("total", total)] + [(f"parts[{j}]", p) for j, p in enumerate(parts)]
        unresolved = False
        for name, nid in refs:
            if isinstance(nid, str) and nid not in numbers:
                unresolved = True
                out.append(Problem(ctx.path, f"{where}.{name}", "ref-unresolved",
                                   f"expected a number id, found {nid!r}"))
        if isinstance(total, str) and total in parts:
            out.append(Problem(ctx.path, f"{where}.parts", "relation-self",
                               f"expected parts other than the total, found {total!r}"))
        elif not unresolved:
            msg = relation_problem(rel, numbers)
            if msg:
                out.append(Problem(ctx.path, where, "relation-arithmetic", msg))
    return out
