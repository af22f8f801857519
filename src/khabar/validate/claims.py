"""The claim layer's checker: spans, the claimant, and the numbers a claim lists."""
from __future__ import annotations

import bisect

from khabar.model.errors import WARNING, Problem
from khabar.model.labels import CLAIMANT_LABELS
from khabar.validate.context import AnnotationContext, id_list
from khabar.validate.spans import layer_span_problems

AUTHOR = "author"  # the claimant of what the article itself asserts


def claim_problems(ctx: AnnotationContext) -> list[Problem]:
    out = layer_span_problems(ctx, "claims")
    entities, numbers = ctx.by_id("entities"), ctx.by_id("numbers")
    spans = ((nid, ctx.span(n)) for nid, n in numbers.items())
    number_spans = {nid: sp for nid, sp in spans if sp is not None}
    by_start = sorted((sp.start, k, nid, sp) for k, (nid, sp) in enumerate(number_spans.items()))
    starts = [x[0] for x in by_start]
    for where, claim in ctx.items("claims"):
        who = claim.get("claimant")
        if isinstance(who, str) and who != AUTHOR:
            label = entities[who].get("label") if who in entities else None
            if who not in entities:
                out.append(Problem(ctx.path, f"{where}.claimant", "ref-unresolved",
                                   f"expected an entity id or {AUTHOR!r}, found {who!r}"))
            elif not isinstance(label, str) or label not in CLAIMANT_LABELS:
                out.append(Problem(ctx.path, f"{where}.claimant", "claimant-label",
                                   f"expected a source entity ({', '.join(sorted(CLAIMANT_LABELS))}), "
                                   f"found {label!r}", WARNING))
        listed = id_list(claim.get("numbers"))
        listed_set = set(listed)
        csp = ctx.span(claim)
        for j, nid in enumerate(listed):
            if nid not in numbers:
                out.append(Problem(ctx.path, f"{where}.numbers[{j}]", "ref-unresolved",
                                   f"expected a number id, found {nid!r}"))
                continue
            nsp = number_spans.get(nid)
            if csp is not None and nsp is not None and not csp.contains(nsp):
                out.append(Problem(ctx.path, f"{where}.numbers[{j}]", "claim-number-outside",
                                   f"expected {nid} inside the claim [{csp.start}, {csp.end}), "
                                   f"found it at [{nsp.start}, {nsp.end})"))
        if csp is not None:
            # Only the numbers that start inside the claim, found by bisection: every number
            # against every claim is quadratic in a long document. In file order, as listed.
            lo = bisect.bisect_left(starts, csp.start)
            hi = bisect.bisect_right(starts, csp.end)
            inside = sorted(by_start[lo:hi], key=lambda x: x[1])
            for _, _, nid, nsp in inside:
                if csp.contains(nsp) and nid not in listed_set:
                    out.append(Problem(ctx.path, f"{where}.numbers", "claim-number-unlisted",
                                       f"expected {nid} ({nsp.text!r}, inside the claim) listed, "
                                       "found it missing", WARNING))
    return out
