"""The adapter interface, what adapters may ask for (`Context`), and the `--model SPEC` dispatcher.

An adapter turns evaluation rows into predicted character spans in row offsets, in the model's
own labels; `khabar.evaluate.schemes` maps them. Each adapter kind declares in `NEEDS` what it
takes from the benchmark (Khabar's train rows, the tag scheme, the project root for a training
file and a model cache, the ids the scored data knows), and the benchmark provides exactly that,
with no case for any kind by name. Heavy libraries (transformers, spaCy, sklearn-crfsuite) are
imported only by the adapter that needs them (the `bench` extra).
"""
from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from khabar.evaluate.data import EvalRow
from khabar.model.errors import KhabarError, install_hint
from khabar.model.spans import Span, strip_proclitics

KINDS = ("hf", "spacy", "predictions", "trained", "baseline")
BASELINES = ("gazetteer", "crf", "crf-wojood")

# What an adapter may need (the keys of NEEDS):
KHABAR_TRAIN = "khabar_train"  # Khabar's train rows, in the scheme: the adapter trains on them
SCHEME = "scheme"  # the tag scheme's name: the adapter trains in it
PROJECT = "project"  # the project root, a training-file override and a model cache folder
KNOWN_IDS = "known_ids"  # every row, paragraph and document id of the data the rows come from


class Adapter(Protocol):
    spec: str
    # What the model learned from, for the seen/unseen split: rows in the scheme, or None when
    # Khabar cannot know (an outside model); and a provenance record for the results file.
    train_rows: Sequence[EvalRow] | None
    training: dict[str, Any] | None
    # One-line notes for the user (cache hit, training time, rows a predictions file skipped).
    notes: list[str]

    def predict(self, rows: Sequence[EvalRow]) -> list[list[Span]]:
        """Predicted spans for each row, in row-text offsets."""
        ...


@dataclass
class Context:
    """What the benchmark can provide; an adapter reads only what its kind declares in NEEDS.

    `khabar_train` and `known_ids` are callables, so nothing is read that no adapter asked for.
    """

    scheme: str = "wojood"
    khabar_train: Callable[[], list[EvalRow]] = lambda: []
    root: Path | None = None
    train_file: Path | None = None
    cache: Path | None = None
    known_ids: Callable[[], set[str]] = lambda: set()
    splits: tuple[str, ...] = ()  # the release splits scored (none for --data): a model trained on one refuses it
    options: dict[str, Any] = field(default_factory=dict)


# kind -> (module, loader function, needs). Baselines are "baseline:<name>" kinds.
LOADERS: dict[str, tuple[str, str, frozenset[str]]] = {
    "hf": ("khabar.evaluate.adapters.hf", "load", frozenset()),
    "spacy": ("khabar.evaluate.adapters.spacy_adapter", "load", frozenset()),
    "predictions": ("khabar.evaluate.adapters.predictions", "load", frozenset({KNOWN_IDS})),
    "trained": ("khabar.evaluate.adapters.trained", "load", frozenset()),
    "baseline:gazetteer": ("khabar.evaluate.adapters.gazetteer", "load", frozenset({KHABAR_TRAIN})),
    "baseline:crf": ("khabar.evaluate.adapters.crf", "load", frozenset({KHABAR_TRAIN})),
    "baseline:crf-wojood": ("khabar.evaluate.adapters.crf", "load_wojood", frozenset({SCHEME, PROJECT})),
}
# The Python package each kind needs (installed by the `bench` extra; the CRF by `annotate`, which it holds).
REQUIRES = {"hf": "transformers", "spacy": "spacy", "baseline:crf": "sklearn_crfsuite",
            "baseline:crf-wojood": "sklearn_crfsuite"}


def parse_spec(spec: str) -> tuple[str, str]:
    """(kind, argument) of a model spec; baselines come back as ("baseline:NAME", NAME)."""
    kind, sep, arg = spec.partition(":")
    if not sep or kind not in KINDS or not arg:
        raise KhabarError(f"model spec {spec!r}: expected hf:PATH_OR_ID, spacy:NAME_OR_PATH, "
                          f"predictions:FILE, trained:DIR or baseline:{'|'.join(BASELINES)}", "usage")
    if kind == "baseline":
        if arg not in BASELINES:
            raise KhabarError(f"model spec {spec!r}: unknown baseline (expected {', '.join(BASELINES)})",
                              "usage")
        return spec, arg
    return kind, arg


def needs(spec: str) -> frozenset[str]:
    """What the adapter of `spec` takes from the benchmark."""
    return LOADERS[parse_spec(spec)[0]][2]


def _require(module: str, extra: str = "bench", what: str = "this model") -> None:
    """Refuse, in one line naming the extra that installs it, when `module` is not installed."""
    if importlib.util.find_spec(module) is None:
        raise KhabarError(f"{what} needs the Python package {module!r}; {install_hint(extra)}",
                          "dependency-missing")


def load_adapter(spec: str, context: Context | None = None) -> Adapter:
    """The adapter for a spec, given what it needs from `context`."""
    kind, arg = parse_spec(spec)
    if kind in REQUIRES:
        _require(REQUIRES[kind])
    module, func, _ = LOADERS[kind]
    return getattr(importlib.import_module(module), func)(arg, context or Context())


def entity_stems(rows: Sequence[EvalRow]) -> tuple[set[str], set[str]]:
    """First words of train entities: as written (the span starts at its token), and the words
    whose span started after a proclitic (the stem without it)."""
    from khabar.model.tokens import tokenize

    whole: set[str] = set()
    stems: set[str] = set()
    for r in rows:
        toks = tokenize(r.text)
        for sp in r.entities:
            tok = next((t for t in toks if t.start <= sp.start < t.end), None)
            if tok is None:
                continue
            (whole if tok.start == sp.start else stems).add(r.text[sp.start:min(tok.end, sp.end)])
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
