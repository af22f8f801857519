#!/usr/bin/env python3
"""The number reader's accuracy on the grammar catalogue (tests/numerals_catalogue.py): the README table.

    PYTHONPATH=src python scripts/numerals_eval.py

For each group of the catalogue: how many expressions; value accuracy (a number proposed over
exactly the expression's span with its value; for "not numbers", nothing proposed there);
whole-proposal accuracy (span, value, kind, counted noun or currency or unit, and qualifier
all as expected); and the validator's reading (`read_number` on the span, with the kind
expected, gives the value). The catalogue was generated from the grammar, not from articles.
"""
from __future__ import annotations

import importlib.util
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

from khabar.model.numerals import read_number

REPO = Path(__file__).resolve().parent.parent


def catalogue() -> ModuleType:
    spec = importlib.util.spec_from_file_location("numerals_catalogue", REPO / "tests" / "numerals_catalogue.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def evaluate(cases: list) -> dict[str, dict[str, int]]:
    """Per group (and "all"): cases, value right, whole proposal right, read_number right, numbers."""
    cat = catalogue()
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for case in cases:
        want, got = cat.expected(case), cat.proposed(case)
        value_ok = got is None if want is None else got is not None and got[:2] == want[:2]
        reading = read_number(case.span, case.kind) if case.value is not None else None
        for group in (case.group, "all"):
            row = out[group]
            row["cases"] += 1
            row["value"] += value_ok
            row["whole"] += got == want
            if case.value is not None:
                row["numbers"] += 1
                row["read"] += reading is not None and abs(reading.value - case.value) <= 1e-9 * max(1, case.value)
    return {g: dict(r) for g, r in out.items()}


def markdown(res: dict[str, dict[str, int]]) -> str:
    def acc(n: int, d: int) -> str:
        return f"{n / d:.3f} ({n}/{d})" if d else "–"

    lines = ["| group | expressions | value accuracy | whole proposal (span, value, kind, counted, qualifier) "
             "| `read_number` on the span |", "|---|---:|---:|---:|---:|"]
    for group, r in [*((g, r) for g, r in res.items() if g != "all"), ("all", res["all"])]:
        name = f"**{group}**" if group == "all" else group
        lines.append(f"| {name} | {r['cases']} | {acc(r['value'], r['cases'])} | {acc(r['whole'], r['cases'])} "
                     f"| {acc(r.get('read', 0), r.get('numbers', 0))} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    sys.stdout.write(markdown(evaluate(catalogue().CASES)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
