"""The number layer's checker: spans, and values against the digits written and the kind."""
from __future__ import annotations

from khabar.model.errors import Problem
from khabar.model.numerals import digits_value, format_value, read_number
from khabar.validate.context import AnnotationContext, number_value
from khabar.validate.spans import layer_span_problems

# Two readings of a number agree when they differ by less than this (values are parsed floats).
VALUE_TOLERANCE = 1e-9
# Kinds whose value is a whole number.
WHOLE_KINDS = ("year", "ordinal", "time")
# A time is minutes after midnight.
DAY_MINUTES = 24 * 60


def number_problems(ctx: AnnotationContext) -> list[Problem]:
    """Span problems; a value that differs from the digits alone of its span (an error: digits
    say one thing, unless `value_override` gives the reason for a deliberate difference;
    "12 مليون" and number words are `khabar.validate.numberwords`'s); a value
    that does not fit its kind; a qualifier span on an exact number."""
    out = layer_span_problems(ctx, "numbers")
    for where, num in ctx.items("numbers"):
        value, sp = number_value(num.get("value")), ctx.span(num)
        kind = num.get("kind")
        override = num.get("value_override")
        # A deliberate difference, with its reason, is silenced: "300" of "ما بين 300 إلى 400 ألف"
        # is 300,000 (GUIDELINES, decision W29), "20 تحت الصفر" is -20 (W14).
        deliberate = isinstance(override, str) and override.strip() != ""
        if sp is not None and value is not None and not deliberate and digits_value(sp.text or "") is not None:
            # One reader (khabar.model.numerals): digits of a time are a clock reading ("10" -> 600).
            reading = read_number(sp.text or "", kind if isinstance(kind, str) else None)
            if reading is not None and abs(reading.value - value) > VALUE_TOLERANCE:
                how = "the clock time" if reading.kind == "time" else "the digits"
                out.append(Problem(ctx.path, f"{where}.value", "number-value-mismatch",
                                   f"expected {format_value(reading.value, reading.kind)} ({how} in {sp.text!r}), "
                                   f"found {format_value(value, kind if isinstance(kind, str) else None)}"))
        if value is not None and kind in WHOLE_KINDS and value != int(value):
            out.append(Problem(ctx.path, f"{where}.value", "number-kind-value",
                               f"expected a whole number for kind {kind!r}, found {format_value(value)}"))
        elif value is not None and kind == "time" and not 0 <= value < DAY_MINUTES:
            out.append(Problem(ctx.path, f"{where}.value", "number-kind-value",
                               f"expected minutes after midnight (0 to {DAY_MINUTES - 1}) for kind 'time', "
                               f"found {format_value(value)}"))
        if num.get("qualifier") == "exact" and num.get("qualifier_span") is not None:
            out.append(Problem(ctx.path, f"{where}.qualifier_span", "qualifier-span-exact",
                               "expected no qualifier span for qualifier 'exact', found one"))
    return out
