"""`hf:PATH_OR_ID`: a transformers token-classification model through `pipeline`.

Word aggregation ("first": a word takes its first subword's label) keeps predictions on whole
words; the pipeline's character offsets are into the row text, so they are the spans.
"""
from __future__ import annotations

from typing import Sequence

from khabar.evaluate.adapters.base import Span, trim_edges
from khabar.evaluate.data import EvalRow
from khabar.io import KhabarError


def load_pipeline(path_or_id: str, aggregation: str = "first"):
    from transformers import pipeline

    try:
        return pipeline("token-classification", model=path_or_id, tokenizer=path_or_id,
                        aggregation_strategy=aggregation, device=-1)
    except (OSError, ValueError, KeyError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise KhabarError(f"hf:{path_or_id}: cannot load a token-classification model ({first})") from None


class HFAdapter:
    def __init__(self, path_or_id: str, aggregation: str = "first", batch_size: int = 8):
        self.spec = f"hf:{path_or_id}"
        self.pipe = load_pipeline(path_or_id, aggregation)
        self.batch_size = batch_size

    def predict(self, rows: Sequence[EvalRow]) -> list[list[Span]]:
        if not rows:
            return []
        outs = self.pipe([r.text for r in rows], batch_size=self.batch_size)
        result = []
        for row, ents in zip(rows, outs):
            spans = []
            for ent in ents:
                s, e = trim_edges(row.text, int(ent["start"]), int(ent["end"]))
                if s < e:
                    spans.append((s, e, str(ent["entity_group"])))
            result.append(sorted(spans))
        return result
