"""The number layer's checker: spans, and values against the digits written and the kind."""
from __future__ import annotations

import re

from khabar.model.errors import Problem
from khabar.validate.context import AnnotationContext, number_value
from khabar.validate.spans import layer_span_problems

# Two readings of a number agree when they differ by less than this (values are parsed floats).
VALUE_TOLERANCE = 1e-9
# Kinds whose value is a whole number.
WHOLE_KINDS = ("year", "ordinal")

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")
_NUMBER_RE = re.compile(r"[0-9]+(?:[.][0-9]+)?")


def digits_value(surface: str) -> float | None:
    """The number written in digits in a span (Western or Eastern Arabic), if any.

    >>> digits_value("٤١٢"), digits_value("1,200"), digits_value("خمسة")
    (412.0, 1200.0, None)
    """
    plain = surface.translate(_DIGITS).replace(",", "").replace("٬", "")
    found = _NUMBER_RE.findall(plain)
    if len(found) != 1:
        return None
    return number_value(float(found[0]))


def number_problems(ctx: AnnotationContext) -> list[Problem]:
    out = layer_span_problems(ctx, "numbers")
    for where, num in ctx.items("numbers"):
        value, sp = number_value(num.get("value")), ctx.span(num)
        if sp is not None and value is not None:
            written = digits_value(sp.text or "")
            if written is not None and abs(written - value) > VALUE_TOLERANCE:
                out.append(Problem(ctx.path, f"{where}.value", "number-value-mismatch",
                                   f"expected {written:g} (the digits in {sp.text!r}), found {value:g}"))
        kind = num.get("kind")
        if value is not None and kind in WHOLE_KINDS and value != int(value):
            out.append(Problem(ctx.path, f"{where}.value", "number-kind-value",
                               f"expected a whole number for kind {kind!r}, found {value:g}"))
        if num.get("qualifier") == "exact" and num.get("qualifier_span") is not None:
            out.append(Problem(ctx.path, f"{where}.qualifier_span", "qualifier-span-exact",
                               "expected no qualifier span for qualifier 'exact', found one"))
    return out
