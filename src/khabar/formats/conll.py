"""CoNLL / IOB2, one layer (`token tag` per line, ANERcorp's layout): export of the `ner` and
`ner_coarse` views of the gold, and import of such a file into an evaluation folder (as
`khabar import wojood` does), so that `khabar benchmark --data` scores on any flat IOB2 corpus.

Layout: a `-DOCSTART- O` line and a blank line open each document; sentences are separated by
blank lines; one `token TAG` per line. Export tokens and sentences are Khabar's
(`khabar.model.tokens`); a sentence break that would cut an entity is not made. One layer
holds only the outermost entities (`encode_iob2`): nested ones are lost, and an entity whose
edges are not token edges is widened to whole tokens (both counted). `ner_coarse` maps Wojood
labels to CoNLL's PER/ORG/LOC/MISC (`COARSE_MAP`) before taking the outermost layer.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from khabar.corpus.documents import require_printable
from khabar.io import KhabarError, read_text
from khabar.model.labels import COARSE_MAP, ENTITY_LABELS
from khabar.model.spans import OrphanTag, Span, decode_iob2, encode_iob2, outermost, split_tag
from khabar.model.tokens import Token, token_sentences, tokenize
from khabar.progress import SILENT, Progress

DOCSTART = "-DOCSTART-"
VIEWS = ("ner", "ner_coarse")
FORMAT = "conll-iob2"


@dataclass
class ConllStats:
    documents: int = 0
    sentences: int = 0
    tokens: int = 0
    entities: int = 0  # entities of the view (after the coarse mapping)
    written: int = 0  # outermost entities written
    nested: int = 0  # entities inside another: one layer cannot hold them
    widened: int = 0  # written entities whose edges were not token edges
    merged: int = 0  # sentence breaks not made because an entity ran across them


def view_spans(ann: Mapping[str, Any], view: str) -> list[Span]:
    """The entities of a view: Wojood labels (`ner`) or CoNLL's (`ner_coarse`, unmapped dropped)."""
    if view not in VIEWS:
        raise KhabarError(f"view {view!r}: expected one of {', '.join(VIEWS)}", "usage")
    spans = [Span.of(e) for e in ann["entities"]]
    if view == "ner_coarse":
        spans = [s._replace(label=coarse) for s in spans if (coarse := COARSE_MAP[s.label])]
    return spans


def _imported_tokens(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.start() + start, m.end() + start, m.group())
            for m in re.finditer(r"\S+", text[start:end])]


def document_sentences(doc: Mapping[str, Any], ann: Mapping[str, Any], view: str,
                       imported: bool = False) -> tuple[list[list[tuple[str, str]]], ConllStats]:
    """The `(token, tag)` sentences of one document, and what the projection lost."""
    text = doc["text"]
    st = ConllStats(documents=1)
    spans = view_spans(ann, view)
    st.entities = len(spans)
    out: list[list[tuple[str, str]]] = []
    for par in doc["paragraphs"]:
        ps, pe = par["start"], par["end"]
        toks = _imported_tokens(text, ps, pe) if imported else tokenize(text[ps:pe], ps)
        inside = [s for s in spans if ps <= s.start and s.end <= pe]
        tags, lossy = encode_iob2(toks, inside)
        outer = outermost(inside)
        st.written += len(outer)
        st.nested += len(inside) - len(outer)
        st.widened += lossy
        if imported:
            cuts = [(0, len(toks))]
        else:
            firsts = [next(i for i, t in enumerate(toks) if t.start >= s)
                      for s, _ in token_sentences(toks)]
            keep = [b for b in firsts[1:] if not tags[b].startswith("I-")]
            st.merged += len(firsts) - 1 - len(keep)
            bounds = [0, *keep, len(toks)]
            cuts = list(pairwise(bounds))
        out += [[(toks[i].text, tags[i]) for i in range(a, b)] for a, b in cuts if a < b]
    st.sentences = len(out)
    st.tokens = sum(len(s) for s in out)
    return out, st


def export_conll(pairs: Iterable[tuple[Mapping, Mapping]], view: str = "ner",
                 imported: bool = False) -> tuple[str, ConllStats]:
    """The CoNLL file of (document, annotation) pairs, and the totals of what was lost."""
    total = ConllStats()
    parts: list[str] = []
    for doc, ann in pairs:
        sents, st = document_sentences(doc, ann, view, imported)
        for k in vars(total):
            setattr(total, k, getattr(total, k) + getattr(st, k))
        parts.append(("\n" if parts else "") + f"{DOCSTART} O\n")
        parts += ["\n" + "".join(f"{tok} {tag}\n" for tok, tag in sent) for sent in sents]
    return "".join(parts), total


# ---------------------------------------------------------------- import


def parse_label_map(pairs: Iterable[str]) -> dict[str, str]:
    """`FROM=TO` pairs (`--label-map MISC=EVENT`), each TO a Wojood label."""
    out = {}
    for item in pairs:
        src, sep, dst = item.partition("=")
        if not sep or not src or dst not in ENTITY_LABELS:
            raise KhabarError(f"--label-map {item!r}: expected FROM=TO with TO one of "
                              f"{', '.join(ENTITY_LABELS)}", "usage")
        out[src] = dst
    return out


def parse_conll(text: str, where: str, *, repair: bool = False,
                label_map: Mapping[str, str] | None = None):
    """Sentences (`wojood.Sentence`, one layer) and documents (runs of sentences split at
    `-DOCSTART-`) of a flat IOB2 file; malformed lines raise KhabarError naming the line."""
    from khabar.formats.wojood import Sentence

    label_map = dict(label_map or {})
    text = text.removeprefix("\ufeff")

    def fail(n: int | None, message: str, code: str = "format-invalid") -> KhabarError:
        at = f"{where}:{n}" if n else where
        return KhabarError(f"{at}: {message}", code, where, str(n) if n else None)

    if not text.strip():
        raise fail(None, "empty file; expected one `token TAG` per line")
    if "\r" in text:
        raise fail(text[: text.index("\r")].count("\n") + 1, "carriage return found; expected LF "
                   "line endings")
    docs: list[list[Sentence]] = [[]]
    rows: list[tuple[int, str, str]] = []

    def close() -> None:
        if not rows:
            return
        tags = [t for _, _, t in rows]
        try:
            chunks = decode_iob2(tags, orphan="error")
            repairs: list[tuple[int, int, str]] = []
        except OrphanTag as exc:
            if not repair:
                raise fail(rows[exc.index][0], f"{exc.tag} continues no entity (the previous token "
                           f"has {exc.previous}); expected B-{exc.tag[2:]} (--repair-orphan-i reads "
                           "it as B-)", "conll-iob2") from None
            chunks = decode_iob2(tags, orphan="begin")
            starts = {a for a, _, _ in chunks}
            repairs = [(rows[i][0], 1, t) for i, t in enumerate(tags) if t[0] == "I" and i in starts]
        docs[-1].append(Sentence(tuple(tok for _, tok, _ in rows),
                                 tuple((a, b, label, 0) for a, b, label in chunks),
                                 rows[0][0], tuple(repairs)))
        rows.clear()

    for n, line in enumerate(text.split("\n"), 1):
        require_printable(line, where, n)
        fields = line.split()
        if not fields:
            close()
            continue
        if fields[0] == DOCSTART:
            close()
            if docs[-1]:
                docs.append([])
            continue
        if len(fields) != 2:
            raise fail(n, f"{len(fields)} fields; expected `token TAG` (one layer; nested IOB2 is "
                       "`khabar import wojood`)")
        tok, tag = fields
        try:
            kind, label = split_tag(tag)
        except ValueError:
            raise fail(n, f"malformed tag {tag!r}; expected O, B-<label> or I-<label>") from None
        if kind != "O":
            label = label_map.get(label, label)
            if label not in ENTITY_LABELS:
                raise fail(n, f"unknown label {label!r} in tag {tag!r}; expected one of "
                           f"{', '.join(ENTITY_LABELS)} (map others with --label-map FROM=TO)",
                           "schema-enum")
            tag = f"{kind}-{label}"
        rows.append((n, tok, tag))
    close()
    docs = [d for d in docs if d]
    if not docs:
        raise fail(None, "no tokens; expected one `token TAG` per line")
    return [s for d in docs for s in d], docs


def import_conll(path: Path, out: Path, *, prefix: str | None = None,
                 source_note: str | None = None, repair: bool = False,
                 label_map: Mapping[str, str] | None = None, progress: Progress = SILENT) -> dict[str, Any]:
    """Import a flat IOB2 file into a new evaluation folder `out`; returns the manifest."""
    from khabar.formats.wojood import CONLL_MANIFEST, write_import

    path = Path(path)
    sents, docs = parse_conll(read_text(path), str(path), repair=repair, label_map=label_map)
    return write_import(path, Path(out), sents, prefix=prefix, source_note=source_note, segs=docs,
                        fmt=FORMAT, command="conll", manifest_name=CONLL_MANIFEST,
                        extra={"label_map": dict(sorted((label_map or {}).items()))}, progress=progress)
