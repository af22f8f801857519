"""Projection of documents onto the rows of every release config (spans, ner, ner_coarse, ner_nested, numbers,
claims).

`document_rows` is a pure function from a document and its gold to its rows and the counts the
card needs; `to_tables` turns the rows of a run of documents into Arrow tables. Both run
wherever the build engine puts a task (`khabar.release.task`: a local process, a Dask worker).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import accumulate, compress, pairwise
from typing import Any

from khabar.corpus.splits import SPLITS
from khabar.io import KhabarError
from khabar.model.labels import (
    CLAIM_KINDS,
    COARSE_MAP,
    ENTITY_LABELS,
    NUMBER_KINDS,
    QUALIFIERS,
    RELATION_TYPES,
)
from khabar.model.spans import (
    SPAN_LAYERS,
    SUB_SPANS,
    Span,
    Token,
    outermost,
    paragraph_of,
    sort_spans,
    token_range,
    with_texts,
)
from khabar.model.tokens import SENTENCE_END, TOKEN_RE
from khabar.release.names import CONFIG_NAMES, NER_COARSE_TAG_IDS, NER_TAG_IDS, NER_TAGS, NESTED_LEVELS

LAYERS = ("entities", "numbers", "claims", "relations")
_SPANS_LAYER_COLUMN = 5  # the `spans` column of the first layer (`SPANS`: id, document_id, paragraph, offset, text)
_ENTITY_INDEX = {x: i for i, x in enumerate(ENTITY_LABELS)}
_NUMBER_KIND_INDEX = {x: i for i, x in enumerate(NUMBER_KINDS)}
_QUALIFIER_INDEX = {x: i for i, x in enumerate(QUALIFIERS)}
_CLAIM_KIND_INDEX = {x: i for i, x in enumerate(CLAIM_KINDS)}
_RELATION_INDEX = {x: i for i, x in enumerate(RELATION_TYPES)}


@dataclass(frozen=True)
class Projection:
    """Where projecting entity spans onto tokens loses information (per sentence: an entity that
    a sentence break cuts counts in each of its sentences)."""

    spans: int = 0   # tagged spans (the outermost; every level's in `ner_nested`) whose edges are not token edges
    tokens: int = 0  # tagged tokens that carry characters outside their entity (proclitics, ...)
    deep: int = 0    # entities nested deeper than `ner_nested`'s last level: in no tag column at all

    def __add__(self, other: Projection) -> Projection:
        return Projection(self.spans + other.spans, self.tokens + other.tokens, self.deep + other.deep)


@dataclass(frozen=True)
class Sources:
    """What the card says of the documents' sources, folded over any number of documents."""

    documents: int = 0
    agencies: frozenset[str] = frozenset()
    licensed: int = 0
    known_outlet: int = 0
    first_published: str | None = None
    last_published: str | None = None
    names: frozenset[str] = frozenset()      # sources (corpus/sources.json) the text comes from
    licenses: tuple[tuple[str, int], ...] = ()  # (licence or "unknown", documents), sorted
    undated: int = 0
    # (licence or "unknown", attribution) stated by records of no source (`khabar add --attribution`)
    credits: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, doc: Mapping[str, Any]) -> Sources:
        src = doc.get("source") or {}
        published = doc.get("published")
        return cls(1, frozenset([src.get("agency") or "unknown"]) if src.get("agency") or not src.get("name")
                   else frozenset(), int(bool(src.get("license"))),
                   int(bool(src.get("outlet"))), published, published,
                   frozenset([src["name"]]) if src.get("name") else frozenset(),
                   ((src.get("license") or "unknown", 1),), int(published is None),
                   ((src.get("license") or "unknown", src["attribution"]),)
                   if src.get("attribution") and not src.get("name") else ())

    def __add__(self, other: Sources) -> Sources:
        if not self.documents:
            return other
        if not other.documents:
            return self
        dated = [p for p in (self.first_published, self.last_published, other.first_published,
                             other.last_published) if p is not None]
        licenses: Counter = Counter(dict(self.licenses))
        licenses.update(dict(other.licenses))
        return Sources(self.documents + other.documents, self.agencies | other.agencies,
                       self.licensed + other.licensed, self.known_outlet + other.known_outlet,
                       min(dated) if dated else None, max(dated) if dated else None,
                       self.names | other.names, tuple(sorted(licenses.items())),
                       self.undated + other.undated, tuple(sorted(set(self.credits) | set(other.credits))))


def lossy_tokens(tokens: Sequence[Token], spans: Iterable[Span]) -> int:
    """Tagged tokens that carry characters outside their (outermost) entity.

    Only the first and last token a span covers can stick out of it. (The build counts them on
    the way, in `_iob2`; this is the plain statement, which tests hold it to.)
    """
    starts = [t.start for t in tokens]
    n = 0
    for span in outermost(spans):
        covered = token_range(tokens, span, starts)
        if not covered:
            continue
        first, last = tokens[covered[0]], tokens[covered[-1]]
        if covered[0] == covered[-1]:
            n += first.start < span.start or first.end > span.end
        else:
            n += (first.start < span.start) + (last.end > span.end)
    return n


def nesting(entities: Iterable[Span]) -> dict[str | None, tuple[str | None, int]]:
    """Entity id -> (id of the innermost entity containing it, depth)."""
    return _nesting(sort_spans(entities))


def _nesting(ordered: Iterable[Span]) -> dict[str | None, tuple[str | None, int]]:
    """`nesting` of spans already in `sort_spans` order."""
    out: dict[str | None, tuple[str | None, int]] = {}
    stack: list[Span] = []
    for ent in ordered:
        while stack and not stack[-1].contains(ent):
            stack.pop()
        out[ent.id] = (stack[-1].id if stack else None, len(stack))
        stack.append(ent)
    return out


def _id_number(item: Mapping[str, Any]) -> int:
    """Annotation ids are a letter and a counter ('e12'): order by the counter."""
    return int(item["id"][1:])


# A Span without the Python-level __new__ of a NamedTuple (the build makes hundreds per document).
_make_span = partial(tuple.__new__, Span)
# A paragraph split around its tokens: gap, token, gap, ..., token, gap (the tokens of
# `khabar.model.tokens.tokenize`, with their offsets summed from the pieces' lengths at C speed).
_TOKEN_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")
_CLOSERS = frozenset({'"', "»", "”", ")"})  # stay with the sentence they close (`token_sentences`)
_NER_IDS = {label: (NER_TAG_IDS[f"B-{label}"], NER_TAG_IDS[f"I-{label}"]) for label in ENTITY_LABELS}
_NER_COARSE_IDS = {label: (NER_COARSE_TAG_IDS[f"B-{label}"], NER_COARSE_TAG_IDS[f"I-{label}"])
                   for label in set(COARSE_MAP.values()) if label}


def _tokens(text: str, offset: int) -> tuple[list[str], list[int], list[int]]:
    """The tokens of `text` (`khabar.model.tokens.tokenize`): their texts, starts and ends,
    offsets moved by `offset`."""
    parts = _TOKEN_SPLIT_RE.split(text)
    at = list(accumulate(map(len, parts), initial=offset))
    return parts[1::2], at[1:-1:2], at[2::2]


def _sentences(texts: list[str]) -> list[tuple[int, int]]:
    """The token ranges [first, last] of the sentences of a paragraph (`token_sentences`)."""
    n = len(texts)
    out = []
    first = 0
    for i in compress(range(n), map(SENTENCE_END.__contains__, texts)):
        if i < first:
            continue
        j = i
        while j + 1 < n and texts[j + 1] in _CLOSERS:
            j += 1
        out.append((first, j))
        first = j + 1
    if first < n:
        out.append((first, n - 1))
    return out


def _at(obj: Mapping[str, Any] | None, origin: int) -> tuple[int, int, str | None] | None:
    """An annotation's (start, end, text) relative to `origin` (`khabar.model.spans.local`)."""
    return None if obj is None else (obj["start"] - origin, obj["end"] - origin, obj.get("text"))


def _iob2(starts: list[int], ends: list[int], spans: list[Span], ids: dict[str, tuple[int, int]]
          ) -> tuple[list[int], Projection]:
    """`khabar.model.spans.encode_iob2` over tokens given by their offsets, the tags as ids, and
    what projection loses (`Projection`: the count of `encode_iob2`, then `lossy_tokens`).
    `spans` come in `sort_spans` order, so `outermost` needs no sorting: a span is skipped when
    it starts before the end of the last one kept."""
    tags = [0] * len(starts)
    lossy = sticking_out = 0
    kept_end = None
    for span in spans:
        if kept_end is not None and span.start < kept_end:
            continue
        kept_end = span.end
        first = bisect.bisect_right(starts, span.start) - 1
        if first < 0 or ends[first] <= span.start:
            first += 1
        last = bisect.bisect_left(starts, span.end)
        if last <= first:
            lossy += 1
            continue
        if starts[first] != span.start or ends[last - 1] != span.end:
            lossy += 1
            if last - first == 1:
                sticking_out += starts[first] < span.start or ends[first] > span.end
            else:
                sticking_out += (starts[first] < span.start) + (ends[last - 1] > span.end)
        begin, inside = ids[span.label]
        if not tags[first]:
            tags[first] = begin
        for i in range(first + 1, last):
            if not tags[i]:
                tags[i] = inside
    return tags, Projection(lossy, sticking_out) if lossy else _NOTHING_LOST


_NOTHING_LOST = Projection()


def _inner_levels(starts: list[int], ends: list[int], spans: list[Span], depth: Mapping[str | None, int],
                  outer: list[int]) -> tuple[list[list[int]], Projection]:
    """The tag ids of every nesting level over a sentence's tokens (`outer`, the level of the
    outermost spans, given), and what the inner levels lose, too-deep entities included.

    `spans` come in `sort_spans` order and `depth` gives each one's depth (`nesting`). Spans of
    one depth never overlap (nesting is laminar: crossing spans are refused by validation), so
    each level is one `_iob2` run in which no span is skipped.
    """
    zeros = [0] * len(starts)
    levels = [outer, *([zeros] * (NESTED_LEVELS - 1))]
    inner = [x for x in spans if depth[x.id]]
    if not inner:  # most sentences
        return levels, _NOTHING_LOST
    by_level: list[list[Span]] = [[] for _ in range(NESTED_LEVELS)]
    deep = 0
    for x in inner:
        d = depth[x.id]
        if d < NESTED_LEVELS:
            by_level[d].append(x)
        else:
            deep += 1
    lost = Projection(deep=deep) if deep else _NOTHING_LOST
    for d in range(1, NESTED_LEVELS):
        these = by_level[d]
        if these:
            assert all(a.end <= b.start for a, b in pairwise(these)), f"overlapping spans at depth {d}: {these}"
            levels[d], level_lost = _iob2(starts, ends, these, _NER_IDS)
            if level_lost is not _NOTHING_LOST:
                lost = lost + level_lost
    return levels, lost


def nested_iob2(tokens: Sequence[Token], entities: Iterable[Span]) -> tuple[list[list[str]], Projection]:
    """The `ner_nested` tags of one sentence's tokens, one list per level (outermost first), and
    what projection loses: the build's projection, for tests and the card's example."""
    # Ids by position: `_inner_levels` looks depths up by id, and these spans may have none.
    spans = [x._replace(id=str(i)) for i, x in enumerate(sort_spans(entities))]
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    outer, lost = _iob2(starts, ends, spans, _NER_IDS)
    levels, inner_lost = _inner_levels(starts, ends, spans, {k: v[1] for k, v in _nesting(spans).items()}, outer)
    return [[NER_TAGS[t] for t in level] for level in levels], lost + inner_lost


def _texts_missing(ann: dict[str, Any]) -> bool:
    """Whether `with_texts` would fill a text: some span or sub-span without one."""
    for layer in SPAN_LAYERS:
        items = ann.get(layer)
        if not isinstance(items, list):
            continue
        for x in items:
            if isinstance(x, dict):
                if "text" not in x:
                    return True
                for sub in SUB_SPANS:
                    y = x.get(sub)
                    if isinstance(y, dict) and "text" not in y:
                        return True
    return False


class _Document:
    """One document's gold, indexed once for every config's rows."""

    def __init__(self, doc: dict[str, Any], ann: dict[str, Any], splits: Sequence[str]):
        self.id: str = doc["id"]
        self.text: str = doc["text"]
        self.pars: list[dict[str, int]] = doc["paragraphs"]
        self.starts = [p["start"] for p in self.pars]
        self.splits = splits
        # A source-backed document's annotation stores offsets only; rows carry covered texts.
        # (Read only here: an annotation whose spans all hold their text is taken as it is.)
        ann = with_texts(ann, self.text) if _texts_missing(ann) else ann
        self.ann = ann
        self.entity_items = {e["id"]: e for e in ann.get("entities", [])}
        self.number_items = {n["id"]: n for n in ann.get("numbers", [])}
        # `Span.of` of each entity in `sort_spans` order; ids are 'e' and a counter (the schema's
        # pattern), so the counter orders them as `id_key` does.
        self.entities = sorted((_make_span((e["start"], e["end"], lab if isinstance(lab := e.get("label", ""), str)
                                            else "", e.get("text"), e.get("id"))) for e in ann.get("entities", [])),
                               key=lambda x: (x.start, -x.end, int(str(x.id)[1:])))
        self._ordered: dict[str, list[dict[str, Any]]] = {}
        self._nest: dict[str | None, tuple[str | None, int]] | None = None
        self.toks = [_tokens(self.text[p["start"]:p["end"]], p["start"]) for p in self.pars]
        self.sent_tokens = [_sentences(texts) for texts, _, _ in self.toks]
        # Sentence extents in the document, per paragraph.
        self.sents = [[(starts[a], ends[b]) for a, b in ranges]
                      for (_, starts, ends), ranges in zip(self.toks, self.sent_tokens, strict=True)]

    def par(self, offset: int) -> int:
        return paragraph_of(self.starts, offset)

    @property
    def nest(self) -> dict[str | None, tuple[str | None, int]]:
        """`nesting` of the document's entities: id -> (parent id, depth), made once."""
        if self._nest is None:
            self._nest = _nesting(self.entities)
        return self._nest

    def ordered(self, layer: str) -> list[dict[str, Any]]:
        if layer not in self._ordered:
            self._ordered[layer] = sorted(self.ann.get(layer, []), key=lambda x: (x["start"], -x["end"], _id_number(x)))
        return self._ordered[layer]

    def subspan(self, sp: dict | None) -> tuple[int, int, int, str | None] | None:
        """A sub-span as the `SUBSPAN` struct: (paragraph, start, end, text), offsets into its paragraph."""
        if sp is None:
            return None
        k = bisect.bisect_right(self.starts, sp["start"]) - 1  # `par`, inline: one call per sub-span
        base = self.starts[k]
        return (k, sp["start"] - base, sp["end"] - base, sp.get("text"))

    def claimant(self, claim: dict) -> tuple[str, str | None, int | None]:
        """(claimant, claimant_text, claimant_label) of a claim."""
        ent = self.entity_items.get(claim["claimant"])
        return (claim["claimant"], ent["text"] if ent else None, _ENTITY_INDEX[ent["label"]] if ent else None)

    # -- spans: one row per paragraph

    # Rows are tuples in their config's column order (`arrow_schema`), structs tuples in their
    # fields' order: made and converted to Arrow at twice the speed of dicts (`row_dicts` names them).

    def spans_rows(self) -> list[tuple[int, tuple]]:
        nest = self.nest
        by_par: dict[str, list[list[dict]]] = {layer: [[] for _ in self.pars] for layer in LAYERS}
        starts = self.starts
        for layer in ("entities", "numbers", "claims"):
            into = by_par[layer]
            for x in self.ordered(layer):
                into[bisect.bisect_right(starts, x["start"]) - 1].append(x)
        for r in sorted(self.ann.get("relations", []), key=_id_number):
            by_par["relations"][self.par(self.number_items[r["total"]]["start"])].append(r)
        out = []
        for k, p in enumerate(self.pars):
            base = p["start"]
            out.append((k, (
                f"{self.id}#p{k}", self.id, k, base, self.text[base:p["end"]],
                [(e["id"], e["start"] - base, e["end"] - base, e.get("text"), _ENTITY_INDEX[e["label"]],
                  *nest[e["id"]]) for e in by_par["entities"][k]],
                [(n["id"], n["start"] - base, n["end"] - base, n.get("text"), float(n["value"]),
                  _NUMBER_KIND_INDEX[n["kind"]], _QUALIFIER_INDEX[n["qualifier"]],
                  self.subspan(n.get("qualifier_span")), self.subspan(n.get("counted")))
                 for n in by_par["numbers"][k]],
                [(c["id"], c["start"] - base, c["end"] - base, c.get("text"), *self.claimant(c),
                  _CLAIM_KIND_INDEX[c["kind"]], c["check_worthy"], self.subspan(c.get("cue")),
                  list(c.get("numbers", []))) for c in by_par["claims"][k]],
                [(r["id"], _RELATION_INDEX[r["type"]], r["total"], list(r["parts"])) for r in by_par["relations"][k]],
            )))
        return out

    # -- ner, ner_coarse and ner_nested: one row per sentence

    def ner_rows(self) -> tuple[list[tuple[int, tuple]], Projection, Projection, Projection]:
        """(paragraph, row) per sentence, and what projection loses in `ner`, `ner_coarse` and
        `ner_nested`. A row holds the columns the three configs share, then `ner`'s tags (level 1
        of `ner_nested`), `ner_coarse`'s tags and the tags of nesting levels 2 and deeper."""
        rows = []
        proj, coarse_proj, inner_proj = Projection(), Projection(), Projection()
        depth = {k: v[1] for k, v in self.nest.items()}
        per_par: list[list[Span]] = [[] for _ in self.pars]
        for sp in self.entities:
            per_par[self.par(sp.start)].append(sp)
        for k, (texts, starts, ends) in enumerate(self.toks):
            for j, (a, b) in enumerate(self.sent_tokens[k]):
                s, e = starts[a], ends[b]
                sent_starts, sent_ends = starts[a:b + 1], ends[a:b + 1]
                spans = [x for x in per_par[k] if x.start < e and x.end > s]
                zeros = [0] * len(sent_starts)
                tags, ctags = zeros, zeros
                levels = [zeros] * NESTED_LEVELS
                if spans:
                    tags, lost = _iob2(sent_starts, sent_ends, spans, _NER_IDS)
                    proj = proj + lost
                    levels, lost = _inner_levels(sent_starts, sent_ends, spans, depth, tags)
                    if lost is not _NOTHING_LOST:  # most sentences have no inner entity
                        inner_proj = inner_proj + lost
                    coarse = [_make_span((x.start, x.end, lab, x.text, x.id)) for x in spans
                              if (lab := COARSE_MAP[x.label])]
                    if coarse:
                        ctags, lost = _iob2(sent_starts, sent_ends, coarse, _NER_COARSE_IDS)
                        coarse_proj = coarse_proj + lost
                rows.append((k, (f"{self.id}#p{k}s{j}", self.id, k, j, s, self.text[s:e], texts[a:b + 1],
                                 [x - s for x in sent_starts], [x - s for x in sent_ends], tags, ctags,
                                 *levels[1:])))
        return rows, proj, coarse_proj, proj + inner_proj

    # -- numbers: one row per numeric expression, its sentence(s) as context

    def numbers_rows(self) -> list[tuple[int, tuple]]:
        bounds = [b for sents in self.sents for b in sents]
        bstarts = [b[0] for b in bounds]
        bends = [b[1] for b in bounds]
        claims_of: dict[str, list[str]] = {}
        for c in sorted(self.ann.get("claims", []), key=_id_number):
            for nid in c.get("numbers", []):
                claims_of.setdefault(nid, []).append(c["id"])
        out = []
        for n in self.ordered("numbers"):
            parts = [n, *(n[key] for key in ("qualifier_span", "counted") if n.get(key))]
            first = min(x["start"] for x in parts)
            hi_end = max(x["end"] for x in parts)
            lo = bounds[max(0, bisect.bisect_right(bstarts, first) - 1)][0]
            i = bisect.bisect_left(bends, hi_end)
            hi = bends[i] if i < len(bends) else len(self.text)
            lo, hi = min(lo, first), max(hi, hi_end)
            k = self.par(n["start"])
            out.append((k, (f"{self.id}#{n['id']}", self.id, n["id"], k, lo, self.text[lo:hi],
                            n["start"] - lo, n["end"] - lo, n.get("text"), float(n["value"]),
                            _NUMBER_KIND_INDEX[n["kind"]], _QUALIFIER_INDEX[n["qualifier"]],
                            _at(n.get("qualifier_span"), lo), _at(n.get("counted"), lo),
                            claims_of.get(n["id"], []))))
        return out

    # -- claims: one row per claim, its paragraph as context

    def claims_rows(self) -> list[tuple[int, tuple]]:
        out = []
        for c in self.ordered("claims"):
            k = self.par(c["start"])
            base = self.starts[k]
            out.append((k, (f"{self.id}#{c['id']}", self.id, c["id"], k, base, self.text[base:self.pars[k]["end"]],
                            c["start"] - base, c["end"] - base, c.get("text"), *self.claimant(c),
                            _CLAIM_KIND_INDEX[c["kind"]], c["check_worthy"], self.subspan(c.get("cue")),
                            [(i, *_at(self.number_items[i], base), float(self.number_items[i]["value"]))  # type: ignore[misc]
                             for i in c.get("numbers", [])])))
        return out


@dataclass
class DocumentRows:
    """Every row of one document by (config, split), and what the build reports of it.

    Rows are tuples (`_Document`); the key ("ner", split) holds the rows of `ner`, `ner_coarse`
    and `ner_nested` at once (`ner_rows`)."""

    id: str
    rows: dict[tuple[str, str], list[tuple]]
    counts: Counter                     # khabar.corpus.stats.count of its annotation
    layers: dict[str, Counter]          # split -> spans per layer in that split
    sources: Sources
    projection: Projection
    projection_coarse: Projection
    projection_nested: Projection


def document_rows(doc: dict[str, Any], ann: dict[str, Any], splits: Sequence[str]) -> DocumentRows:
    """The rows of every config for one document; `splits[k]` is the split of paragraph k."""
    from khabar.corpus.stats import count

    d = _Document(doc, ann, splits)
    by: dict[tuple[str, str], list[tuple]] = {}
    layers: dict[str, Counter] = {s: Counter() for s in SPLITS}
    for k, row in d.spans_rows():
        by.setdefault(("spans", splits[k]), []).append(row)
        for layer, items in zip(LAYERS, row[_SPANS_LAYER_COLUMN:], strict=True):
            layers[splits[k]][layer] += len(items)
    ner, proj, coarse_proj, nested_proj = d.ner_rows()
    for config, rows in (("ner", ner), ("numbers", d.numbers_rows()), ("claims", d.claims_rows())):
        for k, row in rows:
            by.setdefault((config, splits[k]), []).append(row)
    return DocumentRows(doc["id"], by, count(ann), layers, Sources.of(doc), proj, coarse_proj, nested_proj)


# ---------------------------------------------------------------- a run of documents

def splits_of(doc: dict[str, Any], split: str | tuple[str, ...], where: str) -> tuple[str, ...]:
    """The split of each paragraph of a document, from its manifest entry (`SplitIndex.specs`)."""
    n = len(doc["paragraphs"])
    if isinstance(split, str):
        return (split,) * n
    if len(split) < n:
        raise KhabarError(f"{where}: no split for '{doc['id']}#p{len(split)}'; run `khabar splits` to assign "
                          "new documents")
    return tuple(split[:n])


def to_tables(outs: Sequence[DocumentRows]) -> dict[tuple[str, str], Any]:
    """The rows of a run of documents as Arrow tables per (config, split), in document order.

    Arrow tables cross a process boundary far faster than lists of rows. A column at a time:
    `Table.from_pylist` converts the nested struct columns of `spans` at half the speed (the
    same table); `ner`, `ner_coarse` and `ner_nested` share every column but their tags, each
    converted once.
    """
    import pyarrow as pa

    from khabar.release.configs import arrow_schema

    tables = {}
    for config in ("spans", "ner", "numbers", "claims"):
        schema = arrow_schema(config)
        for split in SPLITS:
            rows = [r for o in outs for r in o.rows.get((config, split), ())]
            if not rows:
                continue
            columns = list(zip(*rows, strict=True))
            if config != "ner":
                tables[(config, split)] = pa.Table.from_arrays(
                    [pa.array(col, type=f.type) for col, f in zip(columns, schema, strict=True)], schema=schema)
                continue
            shared = [pa.array(col, type=f.type) for col, f in zip(columns, schema, strict=False)
                      if f.name != "ner_tags"]
            tags = columns[len(shared):]  # ner, ner_coarse, then levels 2 and deeper (`ner_rows`)
            nested_schema = arrow_schema("ner_nested")
            nested = pa.Table.from_arrays(
                [*shared, *(pa.array(col, type=f.type) for col, f in zip((tags[0], *tags[2:]),
                                                                        list(nested_schema)[len(shared):], strict=True))],
                schema=nested_schema)
            coarse = pa.array(tags[1], type=arrow_schema("ner_coarse").field("ner_tags").type)
            tables.update(ner_tables(split, nested, coarse))
    return {key: tables[key] for key in ((c, s) for c in CONFIG_NAMES for s in SPLITS) if key in tables}


def ner_tables(split: str, nested: Any, coarse_tags: Any) -> dict[tuple[str, str], Any]:
    """The `ner`, `ner_coarse` and `ner_nested` tables of one split, from `ner_nested`'s table and
    `ner_coarse`'s tags: the three share every column but their tags, and `ner`'s are level 1.
    (A task sends only these two; the building process puts the three together again.)"""
    import pyarrow as pa

    from khabar.release.configs import arrow_schema

    out = {}
    for name, tags in (("ner", nested.column("ner_tags_1")), ("ner_coarse", coarse_tags)):
        schema = arrow_schema(name)
        out[(name, split)] = pa.Table.from_arrays(
            [tags if n == "ner_tags" else nested.column(n) for n in schema.names], schema=schema)
    out[("ner_nested", split)] = nested
    return out


def row_dicts(rows: DocumentRows) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """A document's rows as dicts by (config, split), each config on its own (structs stay
    tuples, in their fields' order): what `Table.from_pylist` takes, for tests and the floor of
    scripts/bench_scale.py."""
    from khabar.release.configs import arrow_schema

    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for (config, split), these in rows.rows.items():
        names = arrow_schema(config).names
        if config != "ner":
            out[(config, split)] = [dict(zip(names, r, strict=True)) for r in these]
            continue
        base = [n for n in names if n != "ner_tags"]
        levels = [f"ner_tags_{k}" for k in range(2, NESTED_LEVELS + 1)]
        for r in these:
            shared = dict(zip(base, r, strict=False))
            tags, coarse, deeper = r[len(base)], r[len(base) + 1], r[len(base) + 2:]
            out.setdefault(("ner", split), []).append({**shared, "ner_tags": tags})
            out.setdefault(("ner_coarse", split), []).append({**shared, "ner_tags": coarse})
            out.setdefault(("ner_nested", split), []).append(
                {**shared, "ner_tags_1": tags, **dict(zip(levels, deeper, strict=True))})
    return out
