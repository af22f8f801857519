"""Wojood's nested IOB2 format: `khabar import wojood` and `khabar export wojood`.

The format: one token per line, then one IOB2 tag per nesting layer, outermost first
(`نابلس I-OCC B-GPE`); a line with no entity carries the single tag `O`; blank lines separate
sentences; `$#$` tokens mark breaks of the source text. The public sample is *ragged*: a line
lists only the layers it uses, so the number of tags varies from line to line. A sentence padded
with `O` (`نابلس I-OCC B-GPE O`) must keep one width on every line.

Import: a document is a run of sentences up to a sentence that ends with `$#$` (the file's
own segment marker); its text is the tokens joined by single spaces (NFC), one sentence per
paragraph. The records say that there is no dateline and that they are external data.

Export: Khabar tokens (`khabar.model.tokens.tokenize`) and sentences; a span that excludes a proclitic
(`فرنسا` in `لفرنسا`) becomes the whole token, and such spans are counted; a document (or its
part in a split) ends with a `$#$` token so that a re-import finds it again. An imported folder
is exported with its own whitespace tokens and nothing added: import then export reproduces the
file (NFC, O padding dropped).
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from khabar.corpus.documents import paragraph_offsets, require_printable, sha256_text
from khabar.corpus.layout import SLUG_RE, Layout, check_id
from khabar.io import KhabarError, atomic_write_bytes, plain_mode, read_json, read_text, write_json
from khabar.model.errors import ERROR, Problem
from khabar.model.labels import ENTITY_LABELS, SCHEMA_VERSION
from khabar.model.spans import OrphanTag, Span, Token, decode_iob2, iob2_transition, token_range
from khabar.model.tokens import sentences, tokenize
from khabar.progress import SILENT, Progress
from khabar.validate.annotation import annotation_problems
from khabar.validate.document import document_problems

MARKER = "$#$"
MANIFEST = "wojood-import.json"
# `khabar import conll` writes the same folder layout with its own manifest.
CONLL_MANIFEST = "conll-import.json"
MANIFESTS = (MANIFEST, CONLL_MANIFEST)
FORMAT = "wojood-nested-iob2"
# Khabar annotation conventions (not integrity rules) that Wojood's own annotation may break,
# e.g. a LAW mention that ends with ")": counted on import, reported as warnings by the validator.
CONVENTION_CODES = frozenset({"span-edge"})
EXTERNAL_NOTE = ("External evaluation data, not part of Khabar's corpus or release. The source gives no "
                 "dateline or date (both null). Text: the file's tokens joined by single "
                 "spaces (NFC), one sentence per paragraph.")

TAG_RE = re.compile(r"^([BI])-(.+)$")
LABEL_SET = frozenset(ENTITY_LABELS)

TokenSpan = tuple[int, int, str]  # [first token, last token + 1), label


@dataclass(frozen=True)
class Sentence:
    """A sentence of a Wojood file: tokens, entities as token spans with their layer."""

    tokens: tuple[str, ...]
    entities: tuple[tuple[int, int, str, int], ...]  # (start, end, label, layer), outer first
    line: int  # line number of the first token
    repairs: tuple[tuple[int, int, str], ...] = ()  # (line, layer from 1, tag) of I- read as B-

    def spans(self) -> list[TokenSpan]:
        return [(s, e, label) for s, e, label, _ in self.entities]


# ---------------------------------------------------------------- reading


def _check_tag(tag: str, where: str, line: int) -> None:
    if tag == "O":
        return
    m = TAG_RE.match(tag)
    if not m:
        raise KhabarError(f"{where}:{line}: malformed tag {tag!r}; expected O, B-<label> or I-<label>",
                          "format-invalid", where, str(line))
    if m.group(2) not in LABEL_SET:
        raise KhabarError(f"{where}:{line}: unknown label {m.group(2)!r} in tag {tag!r}; expected one of "
                          f"{', '.join(ENTITY_LABELS)}", "schema-enum", where, str(line))


def _decode(rows: list[tuple[int, str, list[str]]], where: str, repair: bool = False) -> Sentence:
    """Entities of one sentence; `rows` are (line number, token, tags).

    Each layer is one IOB2 sequence, read by the one decoder (`decode_iob2`), outer layer first.
    What nesting adds is checked around it: a layer is never tagged under O in the layer above,
    and an I- never runs across the start (B-) of an entity in the layer above. An I- that breaks
    either rule (or continues no entity of its type) is an error; with `repair` it starts an
    entity (conlleval's reading: the decoder's `begin` orphan policy) and is listed in `repairs`.
    """
    repairs: list[tuple[int, int, str]] = []
    padded = next(((n, len(t)) for n, _, t in rows if len(t) > 1 and "O" in t), None)
    if padded:
        for n, _, tags in rows:
            if len(tags) != padded[1]:
                raise KhabarError(
                    f"{where}:{n}: layer count changes mid-sentence: {len(tags)} tag(s) here, "
                    f"{padded[1]} on line {padded[0]} of the same O-padded sentence",
                    "wojood-nested-iob2", where, str(n))
    for n, _, tags in rows:
        first_o = tags.index("O") if "O" in tags else len(tags)
        if any(t != "O" for t in tags[first_o:]):
            k = next(j for j in range(first_o, len(tags)) if tags[j] != "O")
            raise KhabarError(f"{where}:{n}: {tags[k]} in layer {k + 1} under O in layer {first_o + 1}; "
                              "a nested entity needs an enclosing entity in every layer above it",
                              "wojood-nested-iob2", where, str(n))
    width = max(len(tags) for _, _, tags in rows)
    # columns[k][i]: the tag of token i in layer k (a ragged line is O in the layers it omits)
    columns = [[tags[k] if k < len(tags) else "O" for _, _, tags in rows] for k in range(width)]
    entities: list[tuple[int, int, str, int]] = []
    for k, col in enumerate(columns):
        for i, tag in enumerate(col):
            # An I- under a B- in the layer above would leave its enclosing entity.
            if k > 0 and tag[0] == "I" and columns[k - 1][i][0] == "B":
                problem = (f"{where}:{rows[i][0]}: {tag} in layer {k + 1} continues across the start of "
                           f"{columns[k - 1][i]} in layer {k}; a nested entity must stay inside its "
                           "enclosing entity")
                if not repair:
                    raise KhabarError(problem + " (--repair-orphan-i reads it as B-)", "wojood-nested-iob2",
                                      where, str(rows[i][0]))
                repairs.append((rows[i][0], k + 1, tag))
                col[i] = "B" + tag[1:]
        try:
            chunks = decode_iob2(col, orphan="error")
        except OrphanTag:
            if not repair:
                i, tag, had = _first_orphan(col)
                raise KhabarError(
                    f"{where}:{rows[i][0]}: {tag} in layer {k + 1} with no open {tag[2:]} entity in that "
                    f"layer (the previous token has {had}); expected B-{tag[2:]} "
                    "(--repair-orphan-i reads it as B-)", "wojood-nested-iob2", where, str(rows[i][0])) from None
            repairs += [(rows[i][0], k + 1, col[i]) for i in _orphans(col)]
            chunks = decode_iob2(col, orphan="begin")
        entities += [(s, e, label, k) for s, e, label in chunks]
    repairs.sort()
    entities.sort(key=lambda x: (x[0], -x[1], x[3]))
    return Sentence(tuple(t for _, t, _ in rows), tuple(entities), rows[0][0], tuple(repairs))


def _orphans(col: list[str]) -> list[int]:
    """Indices of the I- tags that continue no entity of their type (the decoder's orphans)."""
    prev, out = "O", []
    for i, tag in enumerate(col):
        starts, inside, _ = iob2_transition(prev, tag)
        if starts and tag[0] == "I":
            out.append(i)
        prev = tag if inside else "O"
    return out


def _first_orphan(col: list[str]) -> tuple[int, str, str]:
    i = _orphans(col)[0]
    return i, col[i], col[i - 1] if i > 0 else "O"


def parse_wojood(text: str, where: str = "<input>", *, repair: bool = False) -> list[Sentence]:
    """Sentences of a Wojood file's text; raises KhabarError naming `where` and the line."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise KhabarError(f"{where}: empty file; expected one token and its tags per line",
                          "format-invalid", where)
    if "\r" in text:
        at = text[: text.index("\r")].count("\n") + 1
        raise KhabarError(f"{where}:{at}: carriage return found; expected LF line endings",
                          "format-invalid", where, str(at))
    out: list[Sentence] = []
    rows: list[tuple[int, str, list[str]]] = []
    for n, line in enumerate(text.split("\n"), 1):
        require_printable(line, where, n)
        fields = line.split()
        if not fields:
            if rows:
                out.append(_decode(rows, where, repair))
                rows = []
            continue
        if len(fields) < 2:
            raise KhabarError(f"{where}:{n}: no tag after the token {fields[0]!r}; expected "
                              "`token TAG [TAG...]` with one IOB2 tag per nesting layer",
                              "format-invalid", where, str(n))
        for tag in fields[1:]:
            _check_tag(tag, where, n)
        rows.append((n, fields[0], fields[1:]))
    if rows:
        out.append(_decode(rows, where, repair))
    return out


def read_wojood(path: Path, *, repair: bool = False) -> list[Sentence]:
    return parse_wojood(read_text(Path(path)), str(path), repair=repair)


# ---------------------------------------------------------------- writing


def layer_tags(n_tokens: int, spans: Iterable[TokenSpan]) -> tuple[list[list[str]], list[TokenSpan]]:
    """Tags per token, one per nesting layer (outer first), and the spans that could not be placed.

    `spans` come in priority order: among spans with the same extent, the earlier is the outer.
    A span that crosses another at token level, or repeats one (same tokens and label), is
    returned as rejected.
    """
    order = sorted(enumerate(spans), key=lambda x: (x[1][0], -x[1][1], x[0]))
    tags: list[list[str]] = [[] for _ in range(n_tokens)]
    stack: list[TokenSpan] = []
    seen: set[TokenSpan] = set()
    rejected: list[TokenSpan] = []
    for _, sp in order:
        s, e, label = sp
        while stack and stack[-1][1] <= s:
            stack.pop()
        if sp in seen or (stack and e > stack[-1][1]) or not 0 <= s < e <= n_tokens:
            rejected.append(sp)
            continue
        depth = len(stack)
        for i in range(s, e):
            # Every token of the span sits under the same `depth` enclosing spans.
            assert len(tags[i]) == depth, (tags[i], depth, sp)
            tags[i].append(("B-" if i == s else "I-") + label)
        stack.append(sp)
        seen.add(sp)
    return [t or ["O"] for t in tags], rejected


def format_sentences(rows: Iterable[list[tuple[str, list[str]]]]) -> str:
    """The file text: `token TAG...` lines, a blank line between sentences."""
    return "\n".join("".join(f"{tok} {' '.join(tags)}\n" for tok, tags in sent) for sent in rows)


# ---------------------------------------------------------------- import


def _slug(stem: str) -> str:
    return re.sub(r"[^a-z0-9_-]+", "-", stem.lower()).strip("-_")


def segments(sents: list[Sentence]) -> list[list[Sentence]]:
    """Runs of sentences, each closed by a sentence whose last token is the `$#$` marker."""
    out: list[list[Sentence]] = [[]]
    for s in sents:
        out[-1].append(s)
        if s.tokens[-1] == MARKER:
            out.append([])
    return [seg for seg in out if seg]


@dataclass
class Imported:
    """Records built from a Wojood file, before anything is written."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    annotations: list[dict[str, Any]] = field(default_factory=list)
    lines: list[tuple[int, int]] = field(default_factory=list)  # first, last line per document
    entity_lines: list[list[int]] = field(default_factory=list)  # line of each entity's first token
    counts: Counter = field(default_factory=Counter)


def build_import(sents: list[Sentence], *, prefix: str, raw_file: str, raw_sha256: str,
                 source_name: str, source_note: str | None = None,
                 segs: list[list[Sentence]] | None = None, command: str = "wojood") -> Imported:
    """Khabar document records and annotations for the sentences of one Wojood file."""
    out = Imported()
    segs = segments(sents) if segs is None else segs
    width = max(4, len(str(len(segs))))  # ids sort in file order
    for k, seg in enumerate(segs, 1):
        paragraphs: list[str] = []
        starts: list[list[int]] = []
        pos = 0
        for sent in seg:
            toks = [unicodedata.normalize("NFC", t) for t in sent.tokens]
            out.counts["tokens_nfc_changed"] += sum(a != b for a, b in zip(toks, sent.tokens, strict=True))
            offs = []
            for t in toks:
                offs.append(pos)
                pos += len(t) + 1
            starts.append(offs)
            paragraphs.append(" ".join(toks))
        text = "\n".join(paragraphs)
        doc_id = check_id(f"{prefix}-{k:0{width}d}", "--prefix")  # a long prefix and many documents
        first, last = seg[0].line, seg[-1].line + len(seg[-1].tokens) - 1
        note = (f"Imported by `khabar import {command}` from {source_name}, lines {first}-{last} "
                f"(SHA-256 of the file in raw_sha256). {EXTERNAL_NOTE}")
        doc = {
            "schema_version": SCHEMA_VERSION,
            "id": doc_id,
            "language": "ar",
            "raw_file": raw_file,
            "raw_sha256": raw_sha256,
            "origin": "external",
            "dateline": None,
            "dateline_reading": "none: the source has no dateline, and the publication date is unknown",
            "published": None,
            "source": {"outlet": None, "agency": None, "url": None, "license": None,
                       "note": note + (f" {source_note}" if source_note else "")},
            "normalized_to_nfc": text != "\n".join(" ".join(s.tokens) for s in seg),
            "text": text,
            "text_sha256": sha256_text(text),
            "paragraphs": paragraph_offsets(paragraphs),
        }
        entities: list[dict[str, Any]] = []
        lines: list[int] = []
        for sent, offs in zip(seg, starts, strict=True):
            for s, e, label, layer in sent.entities:
                start, end = offs[s], offs[e - 1] + len(unicodedata.normalize("NFC", sent.tokens[e - 1]))
                entities.append({"id": f"e{len(entities) + 1}", "start": start, "end": end,
                                 "text": text[start:end], "label": label})
                lines.append(sent.line)
                out.counts["entities"] += 1
                out.counts["nested_entities"] += layer > 0
        out.documents.append(doc)
        out.annotations.append({"schema_version": SCHEMA_VERSION, "document_id": doc_id,
                                "text_sha256": doc["text_sha256"], "entities": entities,
                                "numbers": [], "claims": [], "relations": []})
        out.lines.append((first, last))
        out.entity_lines.append(lines)
        out.counts["documents"] += 1
        out.counts["sentences"] += len(seg)
        out.counts["tokens"] += sum(len(s.tokens) for s in seg)
        out.counts["markers"] += sum(t == MARKER for s in seg for t in s.tokens)
    return out


def record_problems(doc: dict[str, Any], ann: dict[str, Any], doc_path: str,
                    ann_path: str) -> list[Problem]:
    """The validator's findings for an imported document and its annotation (no raw article:
    the source is a token file, not an article with a dateline)."""
    return (document_problems(doc, doc_path, None, expected_id=doc["id"])
            + annotation_problems(ann, doc, ann_path, doc["id"]))


def _entity_index(pointer: str) -> int | None:
    m = re.match(r"^\$\.entities\[(\d+)\]", pointer)
    return int(m.group(1)) if m else None


def check_import(imp: Imported, where: str) -> Counter:
    """Refuse on any validation error except Khabar conventions; returns those, counted by code."""
    conventions: Counter = Counter()
    for doc, ann, (first, _), lines in zip(imp.documents, imp.annotations, imp.lines, imp.entity_lines, strict=True):
        for p in record_problems(doc, ann, f"corpus/documents/{doc['id']}.json",
                                 f"annotations/{doc['id']}.json"):
            if p.code in CONVENTION_CODES:
                conventions[p.code] += 1
            elif p.severity == ERROR:
                i = _entity_index(p.pointer)
                line = lines[i] if i is not None and i < len(lines) else first
                raise KhabarError(f"{where}:{line}: the imported record does not validate: {p.format()}",
                                  p.code, where, str(line))
    return conventions


def _inside_project_data(path: Path) -> bool:
    for parent in (path, *path.parents):
        if parent.name in ("corpus", "annotations") and (parent.parent / "corpus").is_dir() \
                and (parent.parent / "annotations").is_dir():
            return True
    return False


def import_wojood(path: Path, out: Path, *, prefix: str | None = None,
                  source_note: str | None = None, repair: bool = False,
                  progress: Progress = SILENT) -> dict[str, Any]:
    """Import one Wojood file into a new folder `out` (corpus/documents, annotations, source/,
    and the manifest); returns the manifest. Every check runs before anything is written."""
    path = Path(path)
    sents = parse_wojood(read_text(path), str(path), repair=repair)
    return write_import(path, Path(out), sents, prefix=prefix, source_note=source_note, progress=progress)


def write_import(path: Path, out: Path, sents: list[Sentence], *, prefix: str | None,
                 source_note: str | None, segs: list[list[Sentence]] | None = None,
                 fmt: str = FORMAT, command: str = "wojood", manifest_name: str = MANIFEST,
                 extra: Mapping[str, Any] | None = None, progress: Progress = SILENT) -> dict[str, Any]:
    """Write the sentences of a token file `path` as a new evaluation folder `out`, after
    every record validates; returns the manifest."""
    raw_bytes = path.read_bytes()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise KhabarError(f"{out}: already exists and is not an empty folder; refusing to write "
                          "(imports go to a new folder of their own)", "out-refused", str(out))
    if _inside_project_data(out.resolve()):
        raise KhabarError(f"{out}: inside a Khabar corpus/ or annotations/ folder; external data "
                          "never goes there", "out-refused", str(out))
    prefix = prefix if prefix is not None else f"{command}-" + _slug(path.stem)
    if not SLUG_RE.match(f"{prefix}-0000"):
        raise KhabarError(f"{path}: id prefix {prefix!r} is not a safe slug (lowercase letters, digits, "
                          "'_' and '-'); pass --prefix", "usage")
    raw_file = f"source/{path.name}"
    imp = build_import(sents, prefix=prefix, raw_file=raw_file,
                       raw_sha256=hashlib.sha256(raw_bytes).hexdigest(), source_name=path.name,
                       source_note=source_note, segs=segs, command=command)
    conventions = check_import(imp, str(path))
    manifest = {
        "format": fmt,
        "note": EXTERNAL_NOTE,
        "source": {"file": path.name, "copy": raw_file, "sha256": hashlib.sha256(raw_bytes).hexdigest()},
        "split": _slug(path.stem) or "all",
        "counts": {k: imp.counts[k] for k in ("documents", "sentences", "tokens", "entities",
                                              "nested_entities", "markers", "tokens_nfc_changed")},
        "khabar_conventions_broken": dict(sorted(conventions.items())),
        # Export writes these as B- tags: the one place where import then export changes a tag.
        "repaired_i_tags": [{"line": n, "layer": k, "tag": tag} for s in sents for n, k, tag in s.repairs],
        **(extra or {}),
        "documents": [{"id": d["id"], "lines": list(ln)} for d, ln in zip(imp.documents, imp.lines, strict=True)],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    mode = plain_mode(out, folder=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        os.chmod(tmp, mode)  # mkdtemp makes it 0700; the folder gets the mode a mkdir would give
        layout = Layout(tmp)
        tick = progress("import", len(imp.documents))
        for doc, ann in zip(imp.documents, imp.annotations, strict=True):
            write_json(layout.document(doc["id"]), doc)
            write_json(layout.annotation(doc["id"]), ann)
            tick(1)
        atomic_write_bytes(tmp / raw_file, raw_bytes)
        licence = path.parent / "LICENSE"
        if licence.is_file():  # the source's licence travels with its copy
            atomic_write_bytes(tmp / "source" / "LICENSE", licence.read_bytes())
        write_json(tmp / manifest_name, manifest)
        os.replace(tmp, out)  # an empty `out` is replaced whole: no half-imported folder
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return manifest


# ---------------------------------------------------------------- export


@dataclass
class ExportStats:
    documents: int = 0
    sentences: int = 0
    tokens: int = 0
    entities: int = 0
    widened: int = 0  # spans whose edges were not token edges (a proclitic left out): whole tokens now
    dropped: int = 0  # spans with no token, crossing another at token level, or repeating one
    merged: int = 0  # sentence breaks removed because an entity ran across them

    def add(self, other: ExportStats) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


def _tokens_imported(text: str, start: int, end: int) -> list[Token]:
    out, pos = [], start
    for piece in text[start:end].split(" "):
        out.append(Token(pos, pos + len(piece), piece))
        pos += len(piece) + 1
    return out


def _project(tokens: list[Token], span: Span, starts: list[int]) -> tuple[int, int] | None:
    covered = token_range(tokens, span, starts)
    return (covered.start, covered.stop) if covered else None


Row = tuple[str, list[str]]  # token, tags (outer layer first)


def document_rows(doc: dict[str, Any], ann: dict[str, Any], *, imported: bool = False
                  ) -> tuple[list[tuple[int, list[Row]]], ExportStats]:
    """The Wojood sentences of one document, each with its paragraph index, and what the
    projection lost.

    Khabar documents: Khabar tokens and sentences (a sentence break inside an entity is not
    made). Imported documents: one sentence per paragraph, its own space-separated tokens.
    """
    text = doc["text"]
    st = ExportStats(documents=1)
    # Same-extent entities keep their annotation order (e9 before e10: the id's number, not its
    # string, which Span.sort_key would compare): the earlier is the outer layer.
    ents = [Span.of(x) for x in sorted(ann.get("entities", []),
                                       key=lambda x: (x["start"], -x["end"], int(x["id"][1:])))]
    rows: list[tuple[int, list[Row]]] = []
    for k, par in enumerate(doc["paragraphs"]):
        ps, pe = par["start"], par["end"]
        toks = _tokens_imported(text, ps, pe) if imported else tokenize(text[ps:pe], ps)
        starts = [t.start for t in toks]
        spans: list[TokenSpan] = []
        for x in ents:
            if not (ps <= x.start and x.end <= pe):
                continue
            st.entities += 1
            sp = _project(toks, x, starts)
            if sp is None:
                st.dropped += 1
                continue
            st.widened += toks[sp[0]].start != x.start or toks[sp[1] - 1].end != x.end
            spans.append((sp[0], sp[1], x.label))
        if imported:
            cuts = [(0, len(toks))]
        else:
            firsts = [next(i for i, t in enumerate(toks) if t.start >= s) for s, _ in sentences(text, ps, pe)]
            keep = [b for b in firsts[1:] if not any(s < b < e for s, e, _ in spans)]
            st.merged += len(firsts) - 1 - len(keep)
            bounds = [0, *keep, len(toks)]
            cuts = list(pairwise(bounds))
        tags, rejected = layer_tags(len(toks), spans)
        st.dropped += len(rejected)
        rows += [(k, [(toks[i].text, tags[i]) for i in range(a, b)]) for a, b in cuts if a < b]
    st.sentences = len(rows)
    st.tokens = sum(len(r) for _, r in rows)
    return rows, st


Assignment = Callable[[str, int], str]  # (document id, paragraph index) -> split


def split_files(blocks: Mapping[str, list[tuple[int, list[Row]]]], assignment: Assignment | None,
                default: str = "all", marker: bool = True) -> dict[str, str]:
    """File name -> text, one file per split (None: everything in `default`).

    Documents keep id order; with `marker`, the part of a document that goes to a split ends
    with a `$#$` token, so that `khabar import wojood` finds the document again.
    """
    by_split: dict[str, list[list[Row]]] = {}
    for doc_id in sorted(blocks):
        touched: list[str] = []
        for k, sent in blocks[doc_id]:
            split = default if assignment is None else assignment(doc_id, k)
            by_split.setdefault(split, []).append(list(sent))
            if split not in touched:
                touched.append(split)
        if marker:
            for split in touched:
                by_split[split][-1].append((MARKER, ["O"]))
    return {f"{split}.txt": format_sentences(rows) for split, rows in sorted(by_split.items())}


def is_import(root: Path) -> bool:
    return import_manifest(root) is not None


def import_manifest(root: Path) -> Path | None:
    """The manifest of a folder written by `khabar import wojood|conll`, None for a project."""
    return next((Path(root) / m for m in MANIFESTS if (Path(root) / m).is_file()), None)


def export_wojood(layout: Layout, assignment: Assignment | None = None
                  ) -> tuple[dict[str, str], ExportStats]:
    """File name -> text for the gold of `layout`, and what was lost on the way.

    An imported folder goes back to one file named after its source, with its own tokens.
    """
    from khabar.corpus.gold import load_gold

    manifest = import_manifest(layout.root)
    imported = manifest is not None
    default = read_json(manifest)["split"] if manifest is not None else "all"
    blocks, total = {}, ExportStats()
    # A project's documents not annotated yet are not gold and have no split.
    for doc, ann in load_gold(layout, annotated_only=not imported):
        blocks[doc["id"]], st = document_rows(doc, ann, imported=imported)
        total.add(st)
    return split_files(blocks, None if imported else assignment, default, marker=not imported), total


def export_wojood_files(layout: Layout) -> tuple[dict[str, str], ExportStats]:
    """The Wojood files of the gold, one per split (one file for an imported folder)."""
    from khabar.corpus import splits

    manifest = None if is_import(layout.root) else splits.load_manifest(layout)
    assignment = (lambda d, k: splits.split_of(manifest, d, k)) if manifest else None
    return export_wojood(layout, assignment)
