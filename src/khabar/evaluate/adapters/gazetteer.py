"""`baseline:gazetteer`: names seen in the train split, found again with clitic-aware lookup.

Every train entity (all nesting levels) is an entry, as its token sequence, with its most
frequent label. Lookup is leftmost-longest over Khabar tokens; the first token may carry up to
three proclitics, which stay outside the predicted span (guidelines §0).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from khabar.evaluate.data import EvalRow
from khabar.model.spans import Span, strip_proclitics
from khabar.model.tokens import tokenize


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[tuple[str, ...], str]
    spec: str = "baseline:gazetteer"
    train_rows: Sequence[EvalRow] | None = None
    training: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def max_len(self) -> int:
        return max((len(k) for k in self.entries), default=0)

    def find(self, text: str) -> list[Span]:
        toks = tokenize(text)
        out: list[Span] = []
        i = 0
        while i < len(toks):
            hit = None
            for n in range(min(self.max_len, len(toks) - i), 0, -1):
                rest = tuple(t.text for t in toks[i + 1:i + n])
                for form in strip_proclitics(toks[i].text):
                    label = self.entries.get((form, *rest))
                    if label is not None:
                        hit = Span(toks[i].end - len(form), toks[i + n - 1].end, label), n
                        break
                if hit:
                    break
            if hit:
                out.append(hit[0])
                i += hit[1]
            else:
                i += 1
        return out

    def predict(self, rows: Sequence[EvalRow]) -> list[list[Span]]:
        return [self.find(r.text) for r in rows]


def build_gazetteer(rows: Sequence[EvalRow], **kw) -> Gazetteer:
    labels: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for r in rows:
        for sp in r.entities:
            key = tuple(t.text for t in tokenize(sp.covered(r.text)))
            if key:
                labels[key][sp.label] += 1
    # Most frequent label; ties go to the alphabetically first, so the result is stable.
    return Gazetteer({k: min(c, key=lambda lab: (-c[lab], lab)) for k, c in sorted(labels.items())}, **kw)


def load(arg: str, context) -> Gazetteer:
    """baseline:gazetteer, built from Khabar's train rows (NEEDS: khabar_train)."""
    from khabar.evaluate.adapters.crf import require_entities

    train = require_entities("baseline:gazetteer", context.khabar_train())
    return build_gazetteer(train, train_rows=train, training={"data": "khabar train split"})
