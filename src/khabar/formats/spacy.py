"""spaCy DocBin export: one `Doc` per document, tokens = Khabar tokens, with `doc.ents` the
outermost entities, `doc.spans["entities"]` every entity (nested), `doc.spans["numbers"]` (label:
the kind) and `doc.spans["claims"]` (label: the kind); span ids are the Khabar ids.

A spaCy span is a run of whole tokens. An annotation whose edges are not token edges (a
proclitic left out: `فرنسا` in `لفرنسا`) is cut by a token boundary: it is written widened to
whole tokens and reported in `SpacyReport.cut`, never dropped or widened silently. Numbers' values
and qualifiers, claims' claimants, cues and check-worthiness, and relations have no place in a
DocBin's span groups: they are lost (the annotation file keeps them). `split_at_spans` cuts
tokens at annotation edges instead, so that every span is exact.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from khabar.model.errors import KhabarError, install_hint
from khabar.model.labels import LABEL_FIELD
from khabar.model.spans import Span, outermost
from khabar.model.tokens import Token, tokenize

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan


@dataclass
class SpacyReport:
    documents: int = 0
    spans: int = 0
    # (document id, annotation id, layer, annotated text, text written after widening)
    cut: list[tuple[str, str, str, str, str]] = field(default_factory=list)


def _split(tokens, cuts: Iterable[int]):
    """The tokens, each cut again at every offset of `cuts` strictly inside it."""
    cuts = sorted(set(cuts))
    out = []
    for tok in tokens:
        edges = [tok.start, *(c for c in cuts if tok.start < c < tok.end), tok.end]
        out += [Token(a, b, tok.text[a - tok.start:b - tok.start]) for a, b in pairwise(edges)]
    return out


def words_and_spaces(text: str, cuts: Iterable[int] = ()) -> tuple[list[str], list[bool]]:
    """spaCy `words`/`spaces` whose text is exactly `text`: Khabar tokens (cut again at `cuts`),
    one trailing space each where the text has one, and any other white space as a token of its
    own (spaCy's way)."""
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0

    def white(gap: str) -> None:
        # One space after a word is that word's trailing space; any other white space is a token.
        if gap.startswith(" ") and words:
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)

    for tok in _split(tokenize(text), cuts):
        white(text[pos:tok.start])
        words.append(tok.text)
        spaces.append(False)
        pos = tok.end
    white(text[pos:])
    return words, spaces


def _aligned(span: SpacySpan | None) -> SpacySpan:
    """A span of `char_span` at offsets that are token edges (or with alignment "expand"): never None."""
    assert span is not None
    return span


def make_doc(vocab, doc: Mapping[str, Any], ann: Mapping[str, Any], report: SpacyReport,
             split_at_spans: bool = False):
    """The spaCy Doc of one document and its annotation (see the module docstring).

    `split_at_spans` cuts Khabar tokens at every annotation edge (`ب` + `دمشق`), so that no
    span is cut: exact spans, at the price of tokens that are not the `ner` view's.
    """
    from spacy.tokens import Doc

    text = doc["text"]
    cuts = [x[k] for layer in LABEL_FIELD for x in ann[layer] for k in ("start", "end")]
    words, spaces = words_and_spaces(text, cuts if split_at_spans else ())
    sdoc = Doc(vocab, words=words, spaces=spaces)
    assert sdoc.text == text
    sdoc.user_data["khabar_document_id"] = doc["id"]
    for layer, label_field in LABEL_FIELD.items():
        group = []
        for item in ann[layer]:
            sp = Span.of(item, label_field)
            s = sdoc.char_span(sp.start, sp.end, label=sp.label, alignment_mode="strict")
            if s is None:
                s = _aligned(sdoc.char_span(sp.start, sp.end, label=sp.label, alignment_mode="expand"))
                report.cut.append((doc["id"], item["id"], layer, sp.covered(text), s.text))
            s.id_ = item["id"]
            group.append(s)
        sdoc.spans[layer] = group
        report.spans += len(group)
    outer = outermost(Span(s.start_char, s.end_char, s.label_, None, s.id_)
                      for s in sdoc.spans["entities"])
    sdoc.ents = [_aligned(sdoc.char_span(s.start, s.end, label=s.label)) for s in outer]
    report.documents += 1
    return sdoc


def export_docbin(pairs: Iterable[tuple[Mapping, Mapping]], split_at_spans: bool = False
                  ) -> tuple[bytes, SpacyReport]:
    """The DocBin (bytes) of (document, annotation) pairs, and what did not fit token edges."""
    try:
        import spacy
        from spacy.tokens import DocBin
    except ImportError:
        raise KhabarError(f"export spacy needs spaCy; {install_hint('bench')}",
                          "dependency-missing") from None

    nlp = spacy.blank("ar")
    report = SpacyReport()
    db = DocBin(store_user_data=True)
    for doc, ann in pairs:
        db.add(make_doc(nlp.vocab, doc, ann, report, split_at_spans))
    return db.to_bytes(), report
