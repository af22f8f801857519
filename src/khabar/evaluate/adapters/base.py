"""The adapter interface and the `--model SPEC` dispatcher.

An adapter turns evaluation rows into predicted character spans `(start, end, label)` in row
offsets, in the model's own labels; `khabar.evaluate.schemes` maps them. Heavy libraries (transformers,
spaCy, sklearn-crfsuite) are imported only by the adapter that needs them (the `bench` extra).
"""
from __future__ import annotations

from typing import Protocol, Sequence

from khabar.evaluate.data import EvalRow
from khabar.io import KhabarError
from khabar.evaluate.score import strip_proclitics

Span = tuple[int, int, str]
KINDS = ("hf", "spacy", "predictions", "baseline")
BASELINES = ("gazetteer", "crf", "crf-wojood")


class Adapter(Protocol):
    spec: str

    def predict(self, rows: Sequence[EvalRow]) -> list[list[Span]]:
        """Predicted spans for each row, in row-text offsets."""
        ...


def parse_spec(spec: str) -> tuple[str, str]:
    kind, sep, arg = spec.partition(":")
    if not sep or kind not in KINDS or not arg:
        raise KhabarError(f"model spec {spec!r}: expected hf:PATH_OR_ID, spacy:NAME_OR_PATH, "
                          f"predictions:FILE or baseline:{'|'.join(BASELINES)}")
    if kind == "baseline" and arg not in BASELINES:
        raise KhabarError(f"model spec {spec!r}: unknown baseline (expected {', '.join(BASELINES)})")
    return kind, arg


def _require(module: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise KhabarError(f"this model needs the Python package {module!r}; "
                          "install the benchmark extra: pip install 'khabar[bench]'")


def load_adapter(spec: str, train: Sequence[EvalRow] = (), **options) -> Adapter:
    """The adapter for a spec; baselines are trained on `train` (gold already in the scheme).

    baseline:crf-wojood trains on its own file instead; `options` go to
    `khabar.evaluate.adapters.crf.wojood_adapter` (scheme, root, train_file, cache).
    """
    kind, arg = parse_spec(spec)
    if arg == "crf-wojood" and kind == "baseline":
        _require("sklearn_crfsuite")
        from khabar.evaluate.adapters.crf import wojood_adapter
        return wojood_adapter(**options)
    if kind == "hf":
        _require("transformers")
        from khabar.evaluate.adapters.hf import HFAdapter
        return HFAdapter(arg)
    if kind == "spacy":
        _require("spacy")
        from khabar.evaluate.adapters.spacy_adapter import SpacyAdapter
        return SpacyAdapter(arg)
    if kind == "predictions":
        from khabar.evaluate.adapters.predictions import PredictionsAdapter
        return PredictionsAdapter(arg)
    if not any(r.entities for r in train):
        raise KhabarError(f"{spec}: the train split has no entities in this scheme to learn from")
    if arg == "gazetteer":
        from khabar.evaluate.adapters.gazetteer import build_gazetteer
        return build_gazetteer(train)
    _require("sklearn_crfsuite")
    from khabar.evaluate.adapters.crf import CRFAdapter
    return CRFAdapter.from_rows(train)


def trim_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past white space (subword offsets can include a leading space)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def entity_stems(rows: Sequence[EvalRow]) -> tuple[set[str], set[str]]:
    """First words of train entities: as written (the span starts at its token), and the words
    whose span started after a proclitic (the stem without it)."""
    from khabar.model.tokens import tokenize

    whole, stems = set(), set()
    for r in rows:
        toks = tokenize(r.text)
        for s, e, _ in r.entities:
            tok = next((t for t in toks if t.start <= s < t.end), None)
            if tok is None:
                continue
            (whole if tok.start == s else stems).add(r.text[s:min(tok.end, e)])
    return whole, stems


def clitic_offset(word: str, whole: set[str], stems: set[str]) -> int:
    """How many leading proclitic letters of an entity's first word to leave outside the span.

    Kept whole when train saw the word open an entity; stripped when the rest is a known stem
    or starts with the article ال (a proclitic before the article: "والأشرفية").
    """
    if word in whole:
        return 0
    for form in list(strip_proclitics(word))[1:]:
        if form in stems or form in whole or form.startswith("ال"):
            return len(word) - len(form)
    return 0
