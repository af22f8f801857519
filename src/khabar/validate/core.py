"""Validation: JSON Schema checks plus the semantic checks a schema cannot express.

Nothing here raises on bad input: every check appends a `Problem`, so one run reports all of
them, UD-validate style, as ``path:$.json.path: [code] expected X, found Y``.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from khabar.corpus.layout import Layout

from khabar.corpus.documents import make_document, sha256_text
from khabar.validate.fastcheck import is_valid as fast_is_valid
from khabar.io import KhabarError, read_json, read_text
from khabar.model.errors import ERROR, WARNING, Problem
from khabar.model.labels import LAYERS, PROCLITICS
from khabar.model.schemas import annotation_schema, document_schema


# Claimants are sources of statements: people, organisations, places acting as governments...
CLAIMANT_LABELS = {"PERS", "ORG", "OCC", "GPE", "NORP", "WEBSITE"}




# ---------------------------------------------------------------- schema

@lru_cache(maxsize=None)
def _validator(name: str) -> Draft202012Validator:
    schema = {"annotation": annotation_schema, "document": document_schema}[name]()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _pointer(parts: Iterable[Any]) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return {str: "string", list: "array", dict: "object"}.get(type(value), type(value).__name__)


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _schema_problems(path: str, err: ValidationError) -> Iterator[Problem]:
    kw, inst, want = err.validator, err.instance, err.validator_value
    where = _pointer(err.absolute_path)
    if kw == "anyOf" and isinstance(inst, dict):
        # Nullable objects: report why the object branch failed, not the bare anyOf.
        for sub in err.context or []:
            if sub.schema_path and sub.schema_path[0] == 0:
                yield from _schema_problems(path, sub)
        return
    if kw == "required":
        missing = [k for k in want if isinstance(inst, dict) and k not in inst]
        for key in missing:
            yield Problem(path, where, "schema-required", f"expected property {key!r}, found none")
        return
    if kw == "additionalProperties":
        allowed = set(err.schema.get("properties", {}))
        for key in sorted(k for k in inst if k not in allowed):
            yield Problem(path, _pointer([*err.absolute_path, key]), "schema-additional-property",
                          f"expected only {sorted(allowed)}, found {key!r}")
        return
    if kw == "type":
        msg = f"expected {want if isinstance(want, str) else ' or '.join(want)}, found {_json_type(inst)}"
    elif kw == "enum":
        shown = ", ".join(want[:8]) + (", ..." if len(want) > 8 else "")
        msg = f"expected one of {shown}, found {_short(inst)}"
    elif kw == "anyOf":
        msg = f"expected object or null, found {_json_type(inst)}"
    else:
        msg = f"expected {kw} {_short(want)}, found {_short(inst)}"
    code = "schema-" + re.sub(r"(?<!^)(?=[A-Z])", "-", kw).lower()
    yield Problem(path, where, code, msg)


def schema_problems(kind: str, obj: Any, path: str) -> list[Problem]:
    # Most files are valid: a compiled validator answers that fast, and only files it rejects
    # go through jsonschema, the reference, for every error and its message.
    if fast_is_valid(kind, obj):
        return []
    errors = sorted(_validator(kind).iter_errors(obj), key=lambda e: list(map(str, e.absolute_path)))
    return [p for e in errors for p in _schema_problems(path, e)]


# ---------------------------------------------------------------- spans

def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def _is_edge_junk(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PSZ" and ch not in "%$€£"


def _offsets(obj: Any) -> tuple[int, int, str] | None:
    """(start, end, text) when the object is well-typed enough to check as a span."""
    if not isinstance(obj, dict):
        return None
    s, e, t = obj.get("start"), obj.get("end"), obj.get("text")
    if type(s) is int and type(e) is int and isinstance(t, str):
        return s, e, t
    return None


def span_problems(text: str, obj: Any, path: str, where: str) -> list[Problem]:
    """Bounds, covered text, edges and word boundaries of one span."""
    sp = _offsets(obj)
    if sp is None:
        return []
    s, e, t = sp
    out: list[Problem] = []
    if s >= e:
        return [Problem(path, where, "span-empty", f"expected start < end, found [{s}, {e})")]
    if s < 0 or e > len(text):
        return [Problem(path, where, "span-out-of-bounds",
                        f"expected 0 <= start < end <= {len(text)}, found [{s}, {e})")]
    covered = text[s:e]
    if covered != t:
        out.append(Problem(path, where, "span-text-mismatch",
                           f"expected {covered!r} (text[{s}:{e}]), found {t!r}"))
    if "\n" in covered:
        out.append(Problem(path, where, "span-crosses-paragraph",
                           "expected a span inside one paragraph, found one covering a line break"))
    if _is_edge_junk(covered[0]) or _is_edge_junk(covered[-1]):
        out.append(Problem(path, where, "span-edge",
                           f"expected no space or punctuation at either end, found {covered!r}"))
    w = s
    while w > 0 and _is_word_char(text[w - 1]):
        w -= 1
    prefix = text[w:s]
    if prefix and not (len(prefix) <= 3 and all(c in PROCLITICS for c in prefix)):
        out.append(Problem(path, where, "span-word-boundary",
                           f"expected the span to start a word (after proclitics only), "
                           f"found it inside {text[w:e]!r}"))
    if e < len(text) and _is_word_char(text[e]) and _is_word_char(text[e - 1]):
        tail = e
        while tail < len(text) and _is_word_char(text[tail]):
            tail += 1
        out.append(Problem(path, where, "span-word-boundary",
                           f"expected the span to end a word, found it inside {text[s:tail]!r}"))
    return out


def crossing_problems(items: list[tuple[int, int, str]], path: str, layer: str) -> list[Problem]:
    """Spans of one layer must nest or be disjoint. `items` are (start, end, pointer)."""
    out: list[Problem] = []
    stack: list[tuple[int, int, str]] = []
    for s, e, where in sorted(items, key=lambda x: (x[0], -x[1])):
        while stack and stack[-1][1] <= s:
            stack.pop()
        if stack and e > stack[-1][1]:
            ps, pe, pw = stack[-1]
            out.append(Problem(path, where, "span-crossing",
                               f"expected {layer} spans to nest or be disjoint, found [{s}, {e}) "
                               f"crossing {pw} [{ps}, {pe})"))
            continue
        stack.append((s, e, where))
    return out


# ---------------------------------------------------------------- numbers

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")
_NUMBER_RE = re.compile(r"\d+(?:[.]\d+)?")


def digits_value(surface: str) -> float | None:
    """The number written in digits in a span (Western or Eastern Arabic), if any.

    >>> digits_value("٤١٢"), digits_value("1,200"), digits_value("خمسة")
    (412.0, 1200.0, None)
    """
    plain = surface.translate(_DIGITS).replace(",", "").replace("٬", "")
    found = _NUMBER_RE.findall(plain)
    if len(found) != 1:
        return None
    return float(found[0])


def _values(numbers: dict[str, dict], ids: list[Any]) -> list[float] | None:
    vals = []
    for i in ids:
        v = numbers.get(i, {}).get("value") if isinstance(i, str) else None
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            return None
        vals.append(float(v))
    return vals


def relation_problem(rel: dict, numbers: dict[str, dict]) -> str | None:
    """A message when the relation does not hold arithmetically, else None."""
    total = _values(numbers, [rel.get("total")])
    parts = _values(numbers, list(rel.get("parts") or []))
    if total is None or parts is None:
        return None
    t, kind, eps = total[0], rel.get("type"), 1e-9
    if kind == "sum" and abs(sum(parts) - t) > eps:
        return f"expected parts summing to {t:g}, found {' + '.join(f'{p:g}' for p in parts)} = {sum(parts):g}"
    if kind == "includes" and (max(parts) > t + eps or sum(parts) > t + eps):
        return f"expected parts within {t:g}, found {', '.join(f'{p:g}' for p in parts)}"
    if kind == "equals" and any(abs(p - t) > eps for p in parts):
        return f"expected every part equal to {t:g}, found {', '.join(f'{p:g}' for p in parts)}"
    return None


# ---------------------------------------------------------------- annotation

def _items(ann: dict, layer: str) -> list[tuple[int, dict]]:
    seq = ann.get(layer)
    if not isinstance(seq, list):
        return []
    return [(i, x) for i, x in enumerate(seq) if isinstance(x, dict)]


def annotation_problems(
    ann: Any, document: dict | None, path: str, expected_id: str | None = None
) -> list[Problem]:
    """Every problem of one annotation file against its document record (None: not found)."""
    if not isinstance(ann, dict):
        return [Problem(path, "$", "not-object", f"expected a JSON object, found {_json_type(ann)}")]
    out = schema_problems("annotation", ann, path)
    doc_id = ann.get("document_id")
    if expected_id is not None and isinstance(doc_id, str) and doc_id != expected_id:
        out.append(Problem(path, "$.document_id", "document-id-mismatch",
                           f"expected {expected_id!r} (from the file name), found {doc_id!r}"))
    if document is None:
        out.append(Problem(path, "$.document_id", "document-missing",
                           f"expected a document record for {doc_id!r}, found none"))
        return out
    text = document.get("text", "")
    want = document.get("text_sha256")
    if ann.get("text_sha256") != want:
        out.append(Problem(path, "$.text_sha256", "text-hash-mismatch",
                           f"expected {want} (the document's text), found {ann.get('text_sha256')}; "
                           "the offsets were made against another text"))
        return out  # offsets into another text: span checks would only add noise

    seen: dict[str, str] = {}
    for layer in (*LAYERS, "relations"):
        for i, item in _items(ann, layer):
            where = f"$.{layer}[{i}]"
            iid = item.get("id")
            if isinstance(iid, str):
                if iid in seen:
                    out.append(Problem(path, f"{where}.id", "id-duplicate",
                                       f"expected a unique id, found {iid!r} again (first at {seen[iid]})"))
                else:
                    seen[iid] = where

    for layer in LAYERS:
        extents: list[tuple[int, int, str]] = []
        keys: dict[tuple, str] = {}
        for i, item in _items(ann, layer):
            where = f"$.{layer}[{i}]"
            out += span_problems(text, item, path, where)
            for sub in ("qualifier_span", "counted", "cue"):
                if isinstance(item.get(sub), dict):
                    out += span_problems(text, item[sub], path, f"{where}.{sub}")
            sp = _offsets(item)
            if sp and 0 <= sp[0] < sp[1] <= len(text):
                extents.append((sp[0], sp[1], where))
                key = (sp[0], sp[1], item.get("label")) if layer == "entities" else (sp[0], sp[1])
                if key in keys:
                    out.append(Problem(path, where, "span-duplicate",
                                       f"expected one {layer[:-1]} per extent, found a copy of {keys[key]}"))
                else:
                    keys[key] = where
        out += crossing_problems(extents, path, layer)

    entities = {x["id"]: x for _, x in _items(ann, "entities") if isinstance(x.get("id"), str)}
    numbers = {x["id"]: x for _, x in _items(ann, "numbers") if isinstance(x.get("id"), str)}

    number_spans = {nid: sp for nid, sp in ((nid, _offsets(n)) for nid, n in numbers.items()) if sp}
    for i, num in _items(ann, "numbers"):
        where = f"$.numbers[{i}]"
        value, sp = num.get("value"), _offsets(num)
        if sp and isinstance(value, (int, float)) and not isinstance(value, bool):
            written = digits_value(sp[2])
            if written is not None and abs(written - value) > 1e-9:
                out.append(Problem(path, f"{where}.value", "number-value-mismatch",
                                   f"expected {written:g} (the digits in {sp[2]!r}), found {value:g}"))
            if num.get("kind") in ("year", "ordinal") and value != int(value):
                out.append(Problem(path, f"{where}.value", "number-kind-value",
                                   f"expected a whole number for kind {num['kind']!r}, found {value:g}"))
        if num.get("qualifier") == "exact" and num.get("qualifier_span") is not None:
            out.append(Problem(path, f"{where}.qualifier_span", "qualifier-span-exact",
                               "expected no qualifier span for qualifier 'exact', found one"))
    from khabar.validate.numberwords import number_word_problems  # number words (khabar.model.numerals)
    out += number_word_problems(ann["numbers"] if isinstance(ann.get("numbers"), list) else [], text, path)

    for i, claim in _items(ann, "claims"):
        where = f"$.claims[{i}]"
        who = claim.get("claimant")
        if isinstance(who, str) and who != "author":
            if who not in entities:
                out.append(Problem(path, f"{where}.claimant", "ref-unresolved",
                                   f"expected an entity id or 'author', found {who!r}"))
            elif entities[who].get("label") not in CLAIMANT_LABELS:
                out.append(Problem(path, f"{where}.claimant", "claimant-label",
                                   f"expected a source entity ({', '.join(sorted(CLAIMANT_LABELS))}), "
                                   f"found {entities[who].get('label')!r}", WARNING))
        listed = [n for n in claim.get("numbers") or [] if isinstance(n, str)]
        csp = _offsets(claim)
        for j, nid in enumerate(listed):
            if nid not in numbers:
                out.append(Problem(path, f"{where}.numbers[{j}]", "ref-unresolved",
                                   f"expected a number id, found {nid!r}"))
                continue
            nsp = _offsets(numbers[nid])
            if csp and nsp and not (csp[0] <= nsp[0] and nsp[1] <= csp[1]):
                out.append(Problem(path, f"{where}.numbers[{j}]", "claim-number-outside",
                                   f"expected {nid} inside the claim [{csp[0]}, {csp[1]}), "
                                   f"found it at [{nsp[0]}, {nsp[1]})"))
        if csp:
            for nid, nsp in number_spans.items():
                if csp[0] <= nsp[0] and nsp[1] <= csp[1] and nid not in listed:
                    out.append(Problem(path, f"{where}.numbers", "claim-number-unlisted",
                                       f"expected {nid} ({nsp[2]!r}, inside the claim) listed, found it missing",
                                       WARNING))

    for i, rel in _items(ann, "relations"):
        where = f"$.relations[{i}]"
        refs = [("total", rel.get("total"))] + [
            (f"parts[{j}]", p) for j, p in enumerate(rel.get("parts") or [])]
        unresolved = False
        for field, nid in refs:
            if isinstance(nid, str) and nid not in numbers:
                unresolved = True
                out.append(Problem(path, f"{where}.{field}", "ref-unresolved",
                                   f"expected a number id, found {nid!r}"))
        if rel.get("total") in (rel.get("parts") or []):
            out.append(Problem(path, f"{where}.parts", "relation-self",
                               f"expected parts other than the total, found {rel.get('total')!r}"))
        elif not unresolved:
            msg = relation_problem(rel, numbers)
            if msg:
                out.append(Problem(path, where, "relation-arithmetic", msg))
    if document.get("origin") == "external":
        # Imported data follows its own corpus's conventions (a Wojood span may end with ")"):
        # Khabar's edge rule is reported, not enforced.
        out = [replace(p, severity=WARNING) if p.code == "span-edge" else p for p in out]
    return out


# ---------------------------------------------------------------- document

def document_problems(doc: Any, path: str, raw: str | None = None,
                      expected_id: str | None = None) -> list[Problem]:
    """Every problem of one document record; `raw` is its raw article when available."""
    if not isinstance(doc, dict):
        return [Problem(path, "$", "not-object", f"expected a JSON object, found {_json_type(doc)}")]
    out = schema_problems("document", doc, path)
    text = doc.get("text")
    if not isinstance(text, str):
        return out
    if expected_id is not None and doc.get("id") != expected_id:
        out.append(Problem(path, "$.id", "document-id-mismatch",
                           f"expected {expected_id!r} (from the file name), found {doc.get('id')!r}"))
    if not unicodedata.is_normalized("NFC", text):
        out.append(Problem(path, "$.text", "text-not-nfc", "expected NFC text, found another form"))
    if doc.get("text_sha256") != sha256_text(text):
        out.append(Problem(path, "$.text_sha256", "text-hash-mismatch",
                           f"expected {sha256_text(text)}, found {doc.get('text_sha256')}"))
    pars = doc.get("paragraphs")
    if isinstance(pars, list) and all(_offsets({**p, "text": ""}) for p in pars if isinstance(p, dict)):
        pieces = [text[p["start"]:p["end"]] for p in pars if isinstance(p, dict)]
        if "\n".join(pieces) != text or any("\n" in x or not x for x in pieces):
            out.append(Problem(path, "$.paragraphs", "paragraph-offsets",
                               "expected paragraph offsets that tile the text between line breaks, "
                               "found offsets that do not"))
    if raw is not None and doc.get("origin") != "external":
        if doc.get("raw_sha256") != sha256_text(raw):
            out.append(Problem(path, "$.raw_sha256", "raw-hash-mismatch",
                               "expected the SHA-256 of the raw file, found another"))
        try:
            rebuilt = make_document(raw, str(doc.get("id")), "", normalize=bool(doc.get("normalized_to_nfc")))
        except KhabarError as exc:
            out.append(Problem(path, "$.raw_file", "raw-unreadable", f"expected a parseable article, found: {exc}"))
        else:
            if rebuilt["text"] != text:
                out.append(Problem(path, "$.text", "raw-text-mismatch",
                                   "expected the text derived from the raw file, found another"))
            if rebuilt["published"] != doc.get("published"):
                out.append(Problem(path, "$.published", "dateline-mismatch",
                                   f"expected {rebuilt['published']} (from the dateline), "
                                   f"found {doc.get('published')}"))
    return out


# ---------------------------------------------------------------- files and corpus

def _load(path: Path, shown: str) -> tuple[Any, Problem | None]:
    try:
        return read_json(path), None
    except KhabarError as exc:
        msg = str(exc).split(": ", 1)[-1] if exc.path else str(exc)
        if exc.code == "json-invalid":
            return None, Problem(shown, exc.where or "$", exc.code, f"expected valid JSON, found {msg}")
        return None, Problem(shown, "$", exc.code, msg)


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _is_document_path(path: Path) -> bool:
    return path.parent.name == "documents"


def _expected_id(path: Path) -> str:
    # Passes live in annotations/passes/<doc-id>/<pass>.json.
    return path.parent.name if path.parent.parent.name == "passes" else path.stem


def validate_files(layout: Layout, paths: Iterable[Path]) -> list[Problem]:
    """Validate the given document records and annotation files."""
    problems: list[Problem] = []
    docs: dict[str, dict | None] = {}

    def document(doc_id: Any) -> dict | None:
        if not isinstance(doc_id, str):
            return None
        if doc_id not in docs:
            p = layout.document(doc_id)
            try:
                docs[doc_id] = read_json(p) if p.is_file() else None
            except KhabarError:
                docs[doc_id] = None
            if not isinstance(docs[doc_id], dict):
                docs[doc_id] = None
        return docs[doc_id]

    for path in paths:
        shown = _rel(path, layout.root)
        obj, problem = _load(path, shown)
        if problem:
            problems.append(problem)
            continue
        if _is_document_path(path):
            raw = None
            if isinstance(obj, dict) and isinstance(obj.get("raw_file"), str):
                raw_path = layout.root / obj["raw_file"]
                try:
                    raw = read_text(raw_path)
                except KhabarError as exc:
                    problems.append(Problem(shown, "$.raw_file", "raw-missing",
                                            f"expected a readable raw file, found: {exc}"))
            problems += document_problems(obj, shown, raw, expected_id=path.stem)
        else:
            doc_id = obj.get("document_id") if isinstance(obj, dict) else None
            problems += annotation_problems(obj, document(doc_id), shown, _expected_id(path))
    return problems


def corpus_paths(layout: Layout) -> list[Path]:
    docs = sorted(layout.documents_dir.glob("*.json"))
    return docs + layout.annotation_paths() + layout.pass_paths()


def _validate_chunk(job: tuple[Layout, list[Path]]) -> list[Problem]:
    return validate_files(*job)


def validate_corpus(layout: Layout, jobs: int | None = None) -> list[Problem]:
    """The whole corpus: every record, gold file and pass, and that each document has gold.

    Large corpora are checked in parallel; the problems come back in path order regardless.
    """
    from khabar.release.parallel import ordered_map

    paths = corpus_paths(layout)
    chunks = [(layout, paths[i:i + 100]) for i in range(0, len(paths), 100)]
    problems = [p for part in ordered_map(_validate_chunk, chunks, jobs, chunksize=1, min_items=4)
                for p in part]
    for doc_id in layout.document_ids():
        if not layout.annotation(doc_id).is_file():
            problems.append(Problem(_rel(layout.document(doc_id), layout.root), "$", "annotation-missing",
                                    f"expected {_rel(layout.annotation(doc_id), layout.root)}, found none"))
    return problems


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out += sorted(p.rglob("*.json")) if p.is_dir() else [p]
    return out


def summary(problems: list[Problem]) -> list[str]:
    """One line per code with its count, errors first."""
    counts = Counter((p.severity, p.code) for p in problems)
    return [f"{n:6d}  {sev:7s} {code}" for (sev, code), n in
            sorted(counts.items(), key=lambda kv: (kv[0][0] != ERROR, kv[0][1]))]


def require_valid(layout: Layout) -> None:
    """Refuse to work from an invalid corpus: one line naming the first problem and the count."""
    problems = [p for p in validate_corpus(layout) if p.severity == ERROR]
    if problems:
        raise KhabarError(f"the corpus has {len(problems)} validation error(s), the first: "
                          f"{problems[0].format()}; run `khabar validate`", "invalid-corpus")
