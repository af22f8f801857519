"""`khabar build`: the Hugging Face release folder (parquet per config and split, card, Croissant).

Every config's columns are declared once in `CONFIGS` (feature and description side by side):
the parquet schema, the card's YAML `dataset_info`, its field tables and croissant.json all
derive from it, so they cannot drift apart.
"""
from __future__ import annotations

import bisect
from collections import Counter
from contextlib import contextmanager
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq
from datasets import ClassLabel, Features, List, Value

from khabar.corpus.layout import Layout
from khabar.io import KhabarError
from khabar.model.labels import (
    CLAIM_KINDS, COARSE_LABELS, COARSE_MAP, ENTITY_LABELS, NUMBER_KINDS, QUALIFIERS, RELATION_TYPES,
)
from khabar.corpus.splits import SPLITS, load_manifest, manifest_path, split_of
from khabar.model.tokens import Token, iob2, outermost, token_sentences, tokenize

DEFAULT_OUT = Path("dist") / "khabar"
DEFAULT_CONFIG = "spans"
ROW_GROUP_ROWS = 10_000  # fixed, so row groups depend on the rows only
CHUNK_DOCS = 50  # documents per worker task
COMPRESSION = "zstd"
COMPRESSION_LEVEL = 9



def iob2_names(labels: Iterable[str]) -> list[str]:
    return ["O", *(f"{p}-{x}" for x in labels for p in ("B", "I"))]


NER_TAGS = iob2_names(ENTITY_LABELS)
NER_COARSE_TAGS = iob2_names(COARSE_LABELS)
NER_TAG_IDS = {t: i for i, t in enumerate(NER_TAGS)}
NER_COARSE_TAG_IDS = {t: i for i, t in enumerate(NER_COARSE_TAGS)}

# ---------------------------------------------------------------- declared columns

# A spec maps a column to (description, feature); a feature is a datasets feature, a dict spec
# (struct) or a one-item list holding a dict spec (list of structs).
Spec = dict[str, tuple[str, Any]]


def _i32() -> Value:
    return Value("int32")


def _str() -> Value:
    return Value("string")


def _offsets(what: str, into: str) -> Spec:
    return {"start": (f"First code point of the {what} in {into} (inclusive).", _i32()),
            "end": (f"Code point after the {what} in {into} (exclusive).", _i32()),
            "text": (f"The covered string: {into}[start:end].", _str())}


SUBSPAN: Spec = {
    "paragraph": ("Paragraph (0-based, in the document) whose text the offsets index: the row's own "
                  "paragraph except for rare attributions made in another paragraph.", _i32()),
    **_offsets("span", "that paragraph's text"),
}
CONTEXT_SPAN: Spec = _offsets("span", "`context`")

NUMBER_ATTRS: Spec = {
    "value": ("Normalized numeric value ('خمسين' -> 50).", Value("float64")),
    "kind": ("What sort of number it is.", ClassLabel(names=list(NUMBER_KINDS))),
    "qualifier": ("How the value bounds the real quantity ('أكثر من' -> more_than).",
                  ClassLabel(names=list(QUALIFIERS))),
}

CLAIM_ATTRS: Spec = {
    "claimant": ("Entity id of the source ('e7'), or 'author' when the article asserts it.", _str()),
    "claimant_text": ("The claimant entity's text; null for 'author'.", _str()),
    "claimant_label": ("The claimant entity's type; null for 'author'.", ClassLabel(names=list(ENTITY_LABELS))),
    "kind": ("What sort of proposition it is.", ClassLabel(names=list(CLAIM_KINDS))),
    "check_worthy": ("Whether a fact-checker could and should verify it.", Value("bool")),
}

SPANS: Spec = {
    "id": ("Row id: '<document_id>#p<paragraph>'.", _str()),
    "document_id": ("Id of the source document.", _str()),
    "paragraph": ("Paragraph index in the document (0-based).", _i32()),
    "offset": ("Code point offset of this paragraph in the document text.", _i32()),
    "text": ("The paragraph text (NFC); every span offset of the row indexes it.", _str()),
    "entities": ("Entity mentions (Wojood types), nested.", [{
        "id": ("Entity id, unique in the document ('e1', ...).", _str()),
        **_offsets("mention", "`text`"),
        "label": ("Wojood entity type.", ClassLabel(names=list(ENTITY_LABELS))),
        "parent": ("Id of the innermost entity containing this one; null when outermost.", _str()),
        "depth": ("Nesting depth: 0 for an outermost entity.", _i32()),
    }]),
    "numbers": ("Numeric expressions.", [{
        "id": ("Number id, unique in the document ('n1', ...).", _str()),
        **_offsets("numeral", "`text`"),
        **NUMBER_ATTRS,
        "qualifier_span": ("The words expressing the qualifier; null when none.", SUBSPAN),
        "counted": ("The counted noun ('قتيلا'); null when none.", SUBSPAN),
    }]),
    "claims": ("Checkable propositions.", [{
        "id": ("Claim id, unique in the document ('c1', ...).", _str()),
        **_offsets("proposition", "`text`"),
        **CLAIM_ATTRS,
        "cue": ("The attribution cue ('وفق', 'قال'); null when none.", SUBSPAN),
        "numbers": ("Ids of the numbers inside the claim.", List(_str())),
    }]),
    "relations": ("Arithmetic relations whose total is a number of this paragraph (parts may lie in "
                  "another paragraph of the document).", [{
        "id": ("Relation id, unique in the document ('r1', ...).", _str()),
        "type": ("sum: total = sum of parts; includes: parts within the total; equals: parts restate it.",
                 ClassLabel(names=list(RELATION_TYPES))),
        "total": ("Id of the number that is the whole.", _str()),
        "parts": ("Ids of the numbers that are the parts.", List(_str())),
    }]),
}


def _ner_spec(tags: list[str], what: str) -> Spec:
    return {
        "id": ("Row id: '<document_id>#p<paragraph>s<sentence>'.", _str()),
        "document_id": ("Id of the source document.", _str()),
        "paragraph": ("Paragraph index in the document (0-based).", _i32()),
        "sentence": ("Sentence index in the paragraph (0-based).", _i32()),
        "offset": ("Code point offset of the sentence in the document text.", _i32()),
        "text": ("The sentence text.", _str()),
        "tokens": ("Word and punctuation tokens; proclitics stay on their token.", List(_str())),
        "token_start": ("Each token's first code point in `text`.", List(_i32())),
        "token_end": ("Each token's end (exclusive) in `text`.", List(_i32())),
        "ner_tags": (f"IOB2 tags over the outermost {what}, one per token.", List(ClassLabel(names=tags))),
    }


NUMBERS: Spec = {
    "id": ("Row id: '<document_id>#<number id>'.", _str()),
    "document_id": ("Id of the source document.", _str()),
    "number_id": ("Number id in the document ('n1', ...).", _str()),
    "paragraph": ("Paragraph of the number (0-based).", _i32()),
    "offset": ("Code point offset of `context` in the document text.", _i32()),
    "context": ("The sentence holding the number (with the sentences of its qualifier and counted noun).",
                _str()),
    **_offsets("numeral", "`context`"),
    **NUMBER_ATTRS,
    "qualifier_span": ("The words expressing the qualifier; null when none.", CONTEXT_SPAN),
    "counted": ("The counted noun; null when none.", CONTEXT_SPAN),
    "claims": ("Ids of the claims that list this number.", List(_str())),
}

CLAIMS: Spec = {
    "id": ("Row id: '<document_id>#<claim id>'.", _str()),
    "document_id": ("Id of the source document.", _str()),
    "claim_id": ("Claim id in the document ('c1', ...).", _str()),
    "paragraph": ("Paragraph of the claim (0-based).", _i32()),
    "offset": ("Code point offset of `context` in the document text.", _i32()),
    "context": ("The paragraph holding the claim.", _str()),
    **_offsets("proposition", "`context`"),
    **CLAIM_ATTRS,
    "cue": ("The attribution cue; null when none.", SUBSPAN),
    "numbers": ("The numbers inside the claim.", [{
        "id": ("Number id.", _str()),
        **_offsets("numeral", "`context`"),
        "value": NUMBER_ATTRS["value"],
    }]),
}

CONFIGS: dict[str, tuple[str, Spec]] = {
    "spans": ("One row per paragraph with the three annotation layers (entities, numbers, claims) and "
              "the number relations, offsets into the row's text.", SPANS),
    "ner": ("One row per sentence, CoNLL-style: tokens and IOB2 tags over the outermost entities, "
            "21 Wojood types.", _ner_spec(NER_TAGS, "entities (Wojood types)")),
    "ner_coarse": ("The `ner` rows with CoNLL-2003 types PER/ORG/LOC/MISC (mapping below).",
                   _ner_spec(NER_COARSE_TAGS, "entities after the CoNLL mapping")),
    "numbers": ("One row per numeric expression, with its sentence as context.", NUMBERS),
    "claims": ("One row per claim, with its paragraph as context, the claimant's text and label.", CLAIMS),
}


def to_feature(feat: Any) -> Any:
    if isinstance(feat, dict):
        return {k: to_feature(v[1]) for k, v in feat.items()}
    if isinstance(feat, list):
        return List(to_feature(feat[0]))
    return feat


def features(config: str) -> Features:
    return Features({k: to_feature(v[1]) for k, v in CONFIGS[config][1].items()})


def field_docs(spec: Spec, prefix: str = "") -> Iterator[tuple[str, str, str]]:
    """(dotted name, type, description) of every column and nested field, in declaration order."""
    for name, (doc, feat) in spec.items():
        path = prefix + name
        if isinstance(feat, dict):
            yield path, "struct", doc
            yield from field_docs(feat, path + ".")
        elif isinstance(feat, list):
            yield path, "list of struct", doc
            yield from field_docs(feat[0], path + "[].")
        else:
            yield path, type_name(feat), doc


def type_name(feat: Any) -> str:
    if isinstance(feat, ClassLabel):
        return f"ClassLabel ({feat.num_classes} names)"
    if isinstance(feat, List):
        return f"list of {type_name(feat.feature)}"
    return feat.dtype


# ---------------------------------------------------------------- rows

@dataclass
class Projection:
    """Where projecting entity spans onto tokens loses information."""

    spans: int = 0   # outermost spans whose edges are not token edges
    tokens: int = 0  # tagged tokens that carry characters outside their entity (proclitics, ...)


def lossy_tokens(tokens: list[Token], spans: list[tuple[int, int, str]]) -> int:
    n = 0
    for s, e, _ in outermost(spans):
        n += sum(1 for t in tokens if t.start < e and s < t.end and (t.start < s or t.end > e))
    return n


def _paragraph_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _idnum(x: dict) -> int:
    return int(x["id"][1:])


def _order(items: Iterable[dict]) -> list[dict]:
    return sorted(items, key=lambda x: (x["start"], -x["end"], _idnum(x)))


def nesting(entities: list[dict]) -> dict[str, tuple[str | None, int]]:
    """Entity id -> (innermost containing entity id, depth)."""
    out: dict[str, tuple[str | None, int]] = {}
    stack: list[dict] = []
    for ent in _order(entities):
        while stack and not (stack[-1]["start"] <= ent["start"] and ent["end"] <= stack[-1]["end"]):
            stack.pop()
        out[ent["id"]] = (stack[-1]["id"] if stack else None, len(stack))
        stack.append(ent)
    return out


class DocumentRows:
    """The rows of every config for one document."""

    def __init__(self, doc: dict[str, Any], ann: dict[str, Any]):
        self.doc, self.ann = doc, ann
        self.text: str = doc["text"]
        self.pars: list[dict[str, int]] = doc["paragraphs"]
        self.starts = [p["start"] for p in self.pars]
        self.entities = {e["id"]: e for e in ann.get("entities", [])}
        self.numbers = {n["id"]: n for n in ann.get("numbers", [])}
        # Tokens and sentences of each paragraph, computed once: `ner` and `numbers` need them.
        self.toks = [tokenize(self.text[p["start"]:p["end"]], p["start"]) for p in self.pars]
        self.sents = [token_sentences(toks) for toks in self.toks]

    def par(self, offset: int) -> int:
        return _paragraph_of(self.starts, offset)

    def subspan(self, sp: dict | None) -> dict | None:
        if sp is None:
            return None
        k = self.par(sp["start"])
        base = self.starts[k]
        return {"paragraph": k, "start": sp["start"] - base, "end": sp["end"] - base, "text": sp["text"]}

    def claimant(self, claim: dict) -> dict[str, Any]:
        ent = self.entities.get(claim["claimant"])
        return {"claimant": claim["claimant"], "claimant_text": ent["text"] if ent else None,
                "claimant_label": ENTITY_LABELS.index(ent["label"]) if ent else None}

    def spans(self) -> Iterator[tuple[int, dict]]:
        doc_id = self.doc["id"]
        nest = nesting(list(self.entities.values()))
        by_par: dict[str, list[list[dict]]] = {k: [[] for _ in self.pars] for k in
                                               ("entities", "numbers", "claims", "relations")}
        for layer in ("entities", "numbers", "claims"):
            for x in _order(self.ann.get(layer, [])):
                by_par[layer][self.par(x["start"])].append(x)
        for r in sorted(self.ann.get("relations", []), key=_idnum):
            by_par["relations"][self.par(self.numbers[r["total"]]["start"])].append(r)
        for k, p in enumerate(self.pars):
            base = p["start"]
            loc = lambda x: {"start": x["start"] - base, "end": x["end"] - base, "text": x["text"]}  # noqa: E731
            yield k, {
                "id": f"{doc_id}#p{k}", "document_id": doc_id, "paragraph": k, "offset": base,
                "text": self.text[p["start"]:p["end"]],
                "entities": [{"id": e["id"], **loc(e), "label": ENTITY_LABELS.index(e["label"]),
                              "parent": nest[e["id"]][0], "depth": nest[e["id"]][1]}
                             for e in by_par["entities"][k]],
                "numbers": [{"id": n["id"], **loc(n), "value": float(n["value"]),
                             "kind": NUMBER_KINDS.index(n["kind"]), "qualifier": QUALIFIERS.index(n["qualifier"]),
                             "qualifier_span": self.subspan(n.get("qualifier_span")),
                             "counted": self.subspan(n.get("counted"))} for n in by_par["numbers"][k]],
                "claims": [{"id": c["id"], **loc(c), **self.claimant(c),
                            "kind": CLAIM_KINDS.index(c["kind"]), "check_worthy": c["check_worthy"],
                            "cue": self.subspan(c.get("cue")), "numbers": list(c.get("numbers", []))}
                           for c in by_par["claims"][k]],
                "relations": [{"id": r["id"], "type": RELATION_TYPES.index(r["type"]), "total": r["total"],
                               "parts": list(r["parts"])} for r in by_par["relations"][k]],
            }

    def ner(self, proj: Projection, proj_coarse: Projection) -> Iterator[tuple[int, dict, dict]]:
        """(paragraph, ner row, ner_coarse row) per sentence."""
        doc_id = self.doc["id"]
        ents = _order(self.entities.values())
        ent_starts = [e["start"] for e in ents]
        for k, p in enumerate(self.pars):
            toks = self.toks[k]
            tok_starts = [t.start for t in toks]
            for j, (s, e) in enumerate(self.sents[k]):
                sent = toks[bisect.bisect_left(tok_starts, s):bisect.bisect_left(tok_starts, e)]
                hi = bisect.bisect_left(ent_starts, e)
                spans = [(x["start"], x["end"], x["label"]) for x in ents[:hi] if x["end"] > s]
                coarse = [(a, b, COARSE_MAP[lab]) for a, b, lab in spans if COARSE_MAP[lab]]
                tags, lossy = iob2(sent, spans)
                ctags, clossy = iob2(sent, coarse)
                proj.spans += lossy
                proj.tokens += lossy_tokens(sent, spans)
                proj_coarse.spans += clossy
                proj_coarse.tokens += lossy_tokens(sent, coarse)
                base = {"id": f"{doc_id}#p{k}s{j}", "document_id": doc_id, "paragraph": k, "sentence": j,
                        "offset": s, "text": self.text[s:e], "tokens": [t.text for t in sent],
                        "token_start": [t.start - s for t in sent], "token_end": [t.end - s for t in sent]}
                yield (k, {**base, "ner_tags": [NER_TAG_IDS[t] for t in tags]},
                       {**base, "ner_tags": [NER_COARSE_TAG_IDS[t] for t in ctags]})

    def sentence_bounds(self) -> list[tuple[int, int]]:
        return [b for sents in self.sents for b in sents]

    def numbers_rows(self) -> Iterator[tuple[int, dict]]:
        doc_id = self.doc["id"]
        bounds = self.sentence_bounds()
        bstarts = [b[0] for b in bounds]
        claims_of: dict[str, list[str]] = {}
        for c in sorted(self.ann.get("claims", []), key=_idnum):
            for nid in c.get("numbers", []):
                claims_of.setdefault(nid, []).append(c["id"])
        for n in _order(self.numbers.values()):
            parts = [n, *(n[key] for key in ("qualifier_span", "counted") if n.get(key))]
            lo = bounds[max(0, bisect.bisect_right(bstarts, min(x["start"] for x in parts)) - 1)][0]
            hi_end = max(x["end"] for x in parts)
            hi = next((b[1] for b in bounds if b[1] >= hi_end), len(self.text))
            lo, hi = min(lo, min(x["start"] for x in parts)), max(hi, hi_end)
            loc = lambda x: None if x is None else {  # noqa: E731
                "start": x["start"] - lo, "end": x["end"] - lo, "text": x["text"]}
            k = self.par(n["start"])
            yield k, {"id": f"{doc_id}#{n['id']}", "document_id": doc_id, "number_id": n["id"], "paragraph": k,
                      "offset": lo, "context": self.text[lo:hi], **loc(n), "value": float(n["value"]),
                      "kind": NUMBER_KINDS.index(n["kind"]), "qualifier": QUALIFIERS.index(n["qualifier"]),
                      "qualifier_span": loc(n.get("qualifier_span")), "counted": loc(n.get("counted")),
                      "claims": claims_of.get(n["id"], [])}

    def claims_rows(self) -> Iterator[tuple[int, dict]]:
        doc_id = self.doc["id"]
        for c in _order(self.ann.get("claims", [])):
            k = self.par(c["start"])
            base = self.starts[k]
            loc = lambda x: {"start": x["start"] - base, "end": x["end"] - base, "text": x["text"]}  # noqa: E731
            yield k, {"id": f"{doc_id}#{c['id']}", "document_id": doc_id, "claim_id": c["id"], "paragraph": k,
                      "offset": base, "context": self.text[base:self.pars[k]["end"]], **loc(c),
                      **self.claimant(c), "kind": CLAIM_KINDS.index(c["kind"]),
                      "check_worthy": c["check_worthy"], "cue": self.subspan(c.get("cue")),
                      "numbers": [{"id": i, **loc(self.numbers[i]), "value": float(self.numbers[i]["value"])}
                                  for i in c.get("numbers", [])]}


# ---------------------------------------------------------------- parquet

def parquet_path(config: str, split: str) -> str:
    """Path of a data file, relative to the release folder."""
    return f"data/{config}/{split}.parquet"


class Sink:
    """Streams the rows of one config and split into one parquet file, in fixed row groups."""

    def __init__(self, path: Path, schema: pa.Schema):
        self.path, self.schema = path, schema
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.num_examples = 0
        self.num_bytes = 0
        path.parent.mkdir(parents=True, exist_ok=True)
        self.writer = pq.ParquetWriter(path, schema, compression=COMPRESSION,
                                       compression_level=COMPRESSION_LEVEL, write_statistics=True,
                                       store_schema=True)

    def add_table(self, table: pa.Table) -> None:
        self.pending.append(table)
        self.pending_rows += table.num_rows
        while self.pending_rows >= ROW_GROUP_ROWS:
            self.flush(ROW_GROUP_ROWS)

    def flush(self, n: int | None = None) -> None:
        """Write the first n pending rows (all when None) as one row group, from contiguous memory
        so that the bytes do not depend on how the rows arrived."""
        if not self.pending_rows:
            return
        table = pa.concat_tables(self.pending)
        n = table.num_rows if n is None else n
        head, rest = table.slice(0, n).combine_chunks(), table.slice(n)
        self.writer.write_table(head, row_group_size=ROW_GROUP_ROWS)
        self.num_examples += head.num_rows
        self.num_bytes += head.nbytes
        self.pending = [rest] if rest.num_rows else []
        self.pending_rows = rest.num_rows

    def close(self) -> None:
        self.flush()
        self.writer.close()


@dataclass
class BuildResult:
    """What the card and croissant.json need to know about the written files."""

    out: Path
    sizes: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)  # config -> split -> counts
    projection: Projection = field(default_factory=Projection)
    projection_coarse: Projection = field(default_factory=Projection)
    split_counts: dict[str, Any] = field(default_factory=dict)  # split -> Counter of the stats keys
    documents: list[dict[str, Any]] = field(default_factory=list)  # document records without text
    counts: dict[str, Any] = field(default_factory=dict)  # khabar.corpus.stats.corpus_counts
    manifest: dict[str, Any] = field(default_factory=dict)
    selection: Any = None  # khabar.corpus.gold.Selection: released and left-out documents by status
    has_datasheet: bool = False
    repo_id: str | None = None


def document_output(paths: tuple[Path, Path], manifest: dict[str, Any]) -> dict[str, Any]:
    """Every row of one document by (config, split), with what the build reports of it."""
    from khabar.io import read_json
    from khabar.corpus.stats import count

    doc, ann = read_json(paths[0]), read_json(paths[1])
    rows = DocumentRows(doc, ann)
    splits = [split_of(manifest, doc["id"], k) for k in range(len(rows.pars))]
    proj, proj_coarse = Projection(), Projection()
    by: dict[tuple[str, str], list[dict]] = {}
    layers: dict[str, Counter] = {s: Counter() for s in SPLITS}
    for k, row in rows.spans():
        by.setdefault(("spans", splits[k]), []).append(row)
        for layer in ("entities", "numbers", "claims", "relations"):
            layers[splits[k]][layer] += len(row[layer])
    for k, row, coarse in rows.ner(proj, proj_coarse):
        by.setdefault(("ner", splits[k]), []).append(row)
        by.setdefault(("ner_coarse", splits[k]), []).append(coarse)
    for config, gen in (("numbers", rows.numbers_rows()), ("claims", rows.claims_rows())):
        for k, row in gen:
            by.setdefault((config, splits[k]), []).append(row)
    return {"id": doc["id"], "count": count(ann), "layers": layers, "rows": by,
            "summary": {k: v for k, v in doc.items() if k not in ("text", "paragraphs")}
                       | {"paragraphs": len(doc["paragraphs"]), "characters": len(doc["text"])},
            "projection": (proj, proj_coarse)}


def chunk_output(job: tuple[list[tuple[Path, Path]], dict[str, Any]]) -> dict[str, Any]:
    """The rows of a run of documents as Arrow tables per (config, split) (runs in a worker).

    Arrow tables cross the process boundary far faster than lists of dicts.
    """
    paths, manifest = job
    outs = [document_output(p, manifest) for p in paths]
    tables = {}
    for key in ((c, s) for c in CONFIGS for s in SPLITS):
        rows = [r for o in outs for r in o["rows"].get(key, [])]
        if rows:
            tables[key] = pa.Table.from_pylist(rows, schema=features(key[0]).arrow_schema)
    for o in outs:
        del o["rows"]
    return {"documents": outs, "tables": tables}


def write_parquet(folder: Path, layout: Layout, doc_ids: list[str], manifest: dict[str, Any],
                  result: BuildResult, jobs: int | None = None) -> None:
    """Write data/<config>/<split>.parquet for every config and split.

    Runs of documents become Arrow tables in parallel; they are written in document order and
    cut into fixed row groups, so the files do not depend on the number of processes.
    """
    from khabar.release.parallel import ordered_map

    sinks = {(c, s): Sink(folder / parquet_path(c, s), features(c).arrow_schema) for c in CONFIGS for s in SPLITS}
    split_counts = {s: Counter() for s in SPLITS}
    per_doc: dict[str, Counter] = {}
    paths = [(layout.document(d), layout.annotation(d)) for d in doc_ids]
    jobs_list = [(paths[i:i + CHUNK_DOCS], manifest) for i in range(0, len(paths), CHUNK_DOCS)]
    try:
        for chunk in ordered_map(chunk_output, jobs_list, jobs, chunksize=1, min_items=2):
            for key, table in chunk["tables"].items():
                sinks[key].add_table(table)
            for out in chunk["documents"]:
                for split, c in out["layers"].items():
                    split_counts[split].update(c)
                for mine, theirs in zip((result.projection, result.projection_coarse), out["projection"]):
                    mine.spans += theirs.spans
                    mine.tokens += theirs.tokens
                per_doc[out["id"]] = out["count"]
                result.documents.append(out["summary"])
    finally:
        for sink in sinks.values():
            sink.close()
    for (c, s), sink in sinks.items():
        result.sizes.setdefault(c, {})[s] = {"num_examples": sink.num_examples, "num_bytes": sink.num_bytes,
                                             "file_bytes": sink.path.stat().st_size}
    empty = [f"{c}/{s}" for c in CONFIGS for s in SPLITS if not result.sizes[c][s]["num_examples"]]
    if empty:
        raise KhabarError(f"corpus/splits.json: the split assignment leaves {', '.join(empty)} empty; "
                          "every split of every config needs rows")
    no_entities = [s for s in SPLITS if not split_counts[s]["entities"]]
    if no_entities:
        raise KhabarError(f"corpus/splits.json: split(s) {', '.join(no_entities)} hold no entities")
    total = Counter()
    for c in per_doc.values():
        total.update(c)
    result.counts = {**per_doc, "total": total}
    result.split_counts = split_counts


# ---------------------------------------------------------------- the release folder

def build(layout: Layout, out: Path, repo_id: str | None = None, min_status: str = "annotated") -> BuildResult:
    """Validate, then write the release folder into a temporary folder and swap it in.

    Only documents whose annotation status is at least `min_status` are released
    (khabar.corpus.gold); `result.selection` says which were left out and why.
    """
    from khabar.corpus.gold import select
    from khabar.release.card import card_markdown
    from khabar.validate.core import require_valid
    from khabar.release.croissant import croissant_json
    from khabar.release.datasheet import START as COUNTS_START, fill as fill_datasheet, release_counts
    from khabar.io import atomic_write_text, read_text

    require_valid(layout)
    selection = select(layout, min_status)
    if not selection.released:
        raise KhabarError(f"{layout.annotations_dir}: no document has status {min_status} or above; "
                          "nothing to release", "usage")
    manifest = load_manifest(layout)
    if manifest is None:
        raise KhabarError(f"{manifest_path(layout)}: not found; run `khabar splits` to create the split manifest")
    missing = [d for d in selection.released if d not in manifest["documents"]]
    if missing:
        raise KhabarError(f"{manifest_path(layout)}: no split for document(s) {', '.join(missing)}; "
                          "run `khabar splits` to assign them")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.build-", dir=out.parent))
    try:
        result = BuildResult(out=out, manifest=manifest, repo_id=repo_id, selection=selection)
        write_parquet(tmp, layout, selection.released, manifest, result)
        for schema in sorted((layout.root / "schema").glob("*.json")):
            (tmp / "schema").mkdir(exist_ok=True)
            shutil.copyfile(schema, tmp / "schema" / schema.name)
        datasheet = layout.root / "DATASHEET.md"
        result.has_datasheet = datasheet.is_file()
        if result.has_datasheet:
            # The release's datasheet carries the counts of this very build, where it has a block.
            text = read_text(datasheet)
            if COUNTS_START in text:
                text = fill_datasheet(text, release_counts(tmp, selection), str(datasheet))
            atomic_write_text(tmp / "DATASHEET.md", text)
        guidelines = layout.annotations_dir / "GUIDELINES.md"
        if guidelines.is_file():
            shutil.copyfile(guidelines, tmp / "GUIDELINES.md")
        atomic_write_text(tmp / "README.md", card_markdown(result, repo_id))
        atomic_write_text(tmp / "croissant.json", croissant_json(tmp, result))
        for path in tmp.rglob("*"):
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
        os.chmod(tmp, 0o755)
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return result


@contextmanager
def release_or_build(release: str | Path | None, layout: Layout) -> Iterator[Path]:
    """The given release folder, or else a fresh build of `layout` in a temporary folder."""
    if release:
        yield Path(release)
        return
    with tempfile.TemporaryDirectory() as tmp:
        yield build(layout, Path(tmp) / "khabar").out


def _swap(tmp: Path, out: Path) -> None:
    """Put the new folder in place; the previous build is removed only once the new one is there."""
    if out.exists() and not out.is_dir():
        raise KhabarError(f"{out}: exists and is not a folder; refusing to replace it")
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.rmdir(old)
        os.replace(out, old)
    try:
        os.replace(tmp, out)
    except BaseException:
        if old is not None:
            os.replace(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
