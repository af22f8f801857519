"""The entity layer's checker: span checks (entities may nest, never cross)."""
from __future__ import annotations

from khabar.model.errors import Problem
from khabar.validate.context import AnnotationContext
from khabar.validate.spans import layer_span_problems


def entity_problems(ctx: AnnotationContext) -> list[Problem]:
    return layer_span_problems(ctx, "entities")
