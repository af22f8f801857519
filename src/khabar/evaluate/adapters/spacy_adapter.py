"""`spacy:NAME_OR_PATH`: a spaCy pipeline's `doc.ents`, and its span categorizers' spans (all levels)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from khabar.evaluate.data import EvalRow
from khabar.io import KhabarError
from khabar.model.spans import Span

SPANCAT_FACTORIES = ("spancat", "spancat_singlelabel")


def span_keys(nlp: Any) -> list[str]:
    """The `doc.spans` keys the pipeline's span categorizers write (none for a pure NER)."""
    return [pipe.key for name, pipe in nlp.pipeline if nlp.get_pipe_meta(name).factory in SPANCAT_FACTORIES]


def doc_spans(doc: Any, keys: Sequence[str]) -> list[Span]:
    """A doc's entities and the spans under `keys`: a span categorizer's spans may nest."""
    found = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
    for key in keys:
        found |= {(s.start_char, s.end_char, s.label_) for s in doc.spans.get(key, ())}
    return sorted(Span(*t) for t in found)


class SpacyAdapter:
    train_rows = None  # an outside model: what it learned from is unknown
    training = None

    def __init__(self, name_or_path: str):
        import spacy

        self.spec = f"spacy:{name_or_path}"
        self.notes: list[str] = []
        try:
            self.nlp = spacy.load(name_or_path)
        except (OSError, ValueError) as exc:
            raise KhabarError(f"spacy:{name_or_path}: cannot load the pipeline "
                              f"({str(exc).splitlines()[0]})") from None

    def predict(self, rows: Sequence[EvalRow]) -> list[list[Span]]:
        keys = span_keys(self.nlp)
        return [doc_spans(doc, keys) for doc in self.nlp.pipe(r.text for r in rows)]


def load(arg: str, context) -> SpacyAdapter:
    return SpacyAdapter(arg)

