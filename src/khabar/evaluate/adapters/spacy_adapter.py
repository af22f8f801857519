"""`spacy:NAME_OR_PATH`: a spaCy pipeline's `doc.ents`; `train_spacy` makes a small one."""
from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from khabar.evaluate.data import EvalRow
from khabar.io import KhabarError
from khabar.model.spans import Span, outermost

if TYPE_CHECKING:
    from spacy.pipeline import EntityRecognizer


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
        return [sorted(Span(e.start_char, e.end_char, e.label_) for e in doc.ents)
                for doc in self.nlp.pipe(r.text for r in rows)]


def load(arg: str, context) -> SpacyAdapter:
    return SpacyAdapter(arg)


def train_spacy(rows: Sequence[EvalRow], out: Path, *, epochs: int = 10, seed: int = 0,
                width: int = 64):
    """Train a blank Arabic pipeline with one `ner` on the outermost gold spans; save it to `out`.

    A span starting after a proclitic is widened to whole spaCy tokens ("بدمشق"), as spaCy
    entities are token-aligned.
    """
    import spacy
    from spacy.training import Example
    from spacy.util import filter_spans, fix_random_seed

    fix_random_seed(seed)
    nlp = spacy.blank("ar")
    cfg = {"model": {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
                     "extra_state_tokens": False, "hidden_width": width, "maxout_pieces": 2,
                     "use_upper": True, "nO": None,
                     "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
                                 "width": width, "depth": 2, "embed_size": 2000, "window_size": 1,
                                 "maxout_pieces": 3, "subword_features": True}}}
    # add_pipe is typed as returning any pipe; the "ner" factory makes an EntityRecognizer.
    ner = cast("EntityRecognizer", nlp.add_pipe("ner", config=cfg))
    examples = []
    for r in rows:
        doc = nlp.make_doc(r.text)
        spans = [doc.char_span(sp.start, sp.end, label=sp.label, alignment_mode="expand")
                 for sp in outermost(r.entities)]
        doc.ents = filter_spans([s for s in spans if s is not None])
        for ent in doc.ents:
            ner.add_label(ent.label_)
        examples.append(Example(nlp.make_doc(r.text), doc))
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        order = examples[:]
        rng.shuffle(order)
        for i in range(0, len(order), 8):
            nlp.update(order[i:i + 8], sgd=optimizer, drop=0.1)
    nlp.to_disk(out)
    return nlp
