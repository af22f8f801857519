"""The validator's reading of numerals: a number's value must agree with what its words or digits say.

Digits alone are checked by `khabar.validate.numbers` (error `number-value-mismatch`); this
reads everything else with the same reader, `khabar.model.numerals`: digits with scale words
("12 مليون" is 12,000,000), number words, ordinals, fractions, dual nouns, the vague plurals and
clock times. A disagreement is a warning `number-word-value` naming the value expected,
silenced by an explicit `value_override` giving the reason (a number whose value the context
fixes, such as "عشرات" read as 40 from a later breakdown).
"""
from __future__ import annotations

from typing import Any

from khabar.model.errors import WARNING, Problem
from khabar.model.numerals import digits_value, format_value, read_number


def number_word_problems(numbers: list[dict], text: str, path: str) -> list[Problem]:
    """A warning for each number whose value differs from what its words read as.

    `numbers` is the annotation's `numbers` list (pointers are `$.numbers[i].value`); `text` is
    the document text (the number's own `text` is checked against it elsewhere, so the surface
    is read from the offsets when they are sound, else from the stored `text`).
    """
    out: list[Problem] = []
    for i, num in enumerate(numbers):
        if not isinstance(num, dict):
            continue
        value = num.get("value")
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            continue
        override = num.get("value_override")
        if isinstance(override, str) and override.strip():
            continue
        surface = _surface(num, text)
        if surface is None or digits_value(surface) is not None:
            continue  # digits alone: the core validator's number-value-mismatch
        kind = num.get("kind") if isinstance(num.get("kind"), str) else None
        reading = read_number(surface, kind)
        if reading is None:
            continue  # not a numeral this reader knows: nothing to compare
        if abs(reading.value - float(value)) > 1e-6 * max(1.0, abs(reading.value)):
            out.append(Problem(path, f"$.numbers[{i}].value", "number-word-value",
                               f"expected {format_value(reading.value, reading.kind)} (what {surface!r} reads as), "
                               f"found {format_value(value, kind)}; fix the value or give the reason in "
                               "value_override", WARNING))
    return out


def _surface(num: dict[str, Any], text: str) -> str | None:
    s, e = num.get("start"), num.get("end")
    if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
        return text[s:e]
    t = num.get("text")
    return t if isinstance(t, str) else None
