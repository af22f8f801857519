"""What the annotation-tool formats share: reading the gold, rebuilding annotation files from a
tool's spans, validating them, and writing them without destroying gold.

Every tool format converts at its own edge to and from the annotation file
(`schema/annotation.schema.json`); this module holds the parts that are the same for all of them.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.corpus.documents import load_document
from khabar.corpus.gold import load_pair
from khabar.corpus.layout import Layout, check_id, inside
from khabar.io import KhabarError, dumps_json, read_json, write_json
from khabar.model.labels import ID_PREFIX, LAYERS, SCHEMA_VERSION
from khabar.model.spans import Span, with_texts

# The attribute that plays the role of `label` in each layer (as in `khabar export jsonl`).
ID_RE = {layer: re.compile(rf"^{p}([1-9][0-9]*)$") for layer, p in ID_PREFIX.items()}


def load_pairs(layout: Layout, doc_ids: Iterable[str] | None = None
               ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(document, annotation) pairs of `doc_ids` (None: every document), in the order given."""
    ids = [check_id(i, "--doc") for i in doc_ids] if doc_ids else layout.document_ids()
    known = set(layout.document_ids())
    out = []
    for doc_id in ids:
        if doc_id not in known:
            raise KhabarError(f"{layout.document(doc_id)}: no such document (known: "
                              f"{', '.join(sorted(known)) or 'none'})", "document-missing",
                              str(layout.document(doc_id)))
        out.append(load_pair(layout, doc_id))
    return out


def shown_path(layout: Layout, path: Path) -> str:
    """A file as provenance and messages name it: relative to the project root when inside it."""
    try:
        return Path(path).resolve().relative_to(layout.root.resolve()).as_posix()
    except ValueError:
        return str(path)


def load_annotation_files(layout: Layout, paths: Iterable[Path]
                          ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(document, annotation) pairs of annotation files given by path (a suggestion, a pass, a
    draft), each validated against the document its `document_id` names; one file per document."""
    from khabar.validate.core import ERROR, annotation_problems

    out: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for path in paths:
        ann = read_json(path)
        doc_id = ann.get("document_id") if isinstance(ann, dict) else None
        if not isinstance(ann, dict):
            raise KhabarError(f"{path}: expected an annotation file (a JSON object)", "not-object", str(path))
        doc_id = check_id(doc_id, f"{path}:$.document_id")
        if not layout.document(doc_id).is_file():
            raise KhabarError(f"{path}: its document_id {doc_id!r} names no document of the project",
                              "document-missing", str(path), "$.document_id")
        if doc_id in out:
            raise KhabarError(f"{path}: a second annotation file of {doc_id} (one per document in an "
                              "export)", "usage", str(path))
        doc = load_document(layout, doc_id)
        for p in annotation_problems(ann, doc, str(path), doc_id):
            if p.severity == ERROR:
                raise KhabarError(f"{path}: does not validate at {p.pointer}: {p.message}", p.code,
                                  str(path), p.pointer)
        out[doc_id] = (doc, with_texts(ann, doc["text"]))  # a source-backed file holds offsets only
    return list(out.values())


def span_obj(text: str, span: Span) -> dict[str, Any]:
    """The `{start, end, text}` object of an auxiliary span (qualifier, counted noun, cue)."""
    return {"start": span.start, "end": span.end, "text": text[span.start:span.end]}


def id_number(layer: str, value: Any) -> int | None:
    """The number of a Khabar id of `layer` ("e12" -> 12), None when `value` is not one."""
    m = ID_RE[layer].match(value) if isinstance(value, str) else None
    return int(m.group(1)) if m else None


def assign_ids(layer: str, items: list[dict[str, Any]], keep: list[Any]) -> tuple[list[dict], dict]:
    """Items of `layer` with Khabar ids, sorted by id, and a map from each item's tool id.

    `keep[i]` is the id the tool carried for item i: kept when it is a free Khabar id of the
    layer; the other items get the next numbers, in document order (start, -end).
    """
    taken: set[int] = set()
    ids: list[int | None] = []
    for k in keep:
        n = id_number(layer, k)
        ids.append(n if n is not None and n not in taken else None)
        if n is not None:
            taken.add(n)
    number = {i: n for i, n in enumerate(ids) if n is not None}
    nxt = max(taken, default=0)
    order = sorted(range(len(items)), key=lambda i: (items[i]["start"], -items[i]["end"]))
    for i in order:
        if i not in number:
            nxt += 1
            number[i] = nxt
    mapping = {}
    out = []
    for i in sorted(range(len(items)), key=lambda i: number[i]):
        new = f"{ID_PREFIX[layer]}{number[i]}"
        mapping[keep[i]] = new
        out.append({"id": new, **{k: v for k, v in items[i].items() if k != "id"}})
    return out, mapping


@dataclass(frozen=True)
class Link:
    """One arithmetic link as a tool holds it: total -> part, with the Khabar relation ids the
    format carried for it (a brat note, a Label Studio task's relation map; none when the link
    was drawn in the tool) and the place in the file for messages."""
    type: str
    total: str
    part: str
    at: str
    ids: tuple[str, ...] = ()


def rebuild_relations(links: list[Link], known: Mapping[str, tuple[str, str]], where: str
                      ) -> list[dict[str, Any]]:
    """Khabar's n-ary arithmetic relations from a tool's binary links.

    Tools link two annotations at a time, so a relation `includes(n1; n2, n3)` travels as two
    links n1 -> n2 and n1 -> n3, and two relations `includes(n1; n2)` and `includes(n1; n3)`
    would look the same: they are not (the parts of one relation add up within the total, those
    of two need not), so each link carries the ids of its relations. `known` maps every carried
    id to its (type, total). A link without ids (drawn in the tool) joins the one known relation
    of its type and total, or a new relation of all such links; when several known relations
    could take it, it is refused rather than guessed. Carried ids are kept (`r<n>`); new
    relations get the next free numbers, in file order."""
    groups: dict[Any, dict[str, Any]] = {}
    parts_seen: dict[Any, set[str]] = {}  # a set per group: one relation may have many parts
    # Known relations by (type, total): a lookup per drawn link, not a scan of them all.
    by_total: dict[tuple[str, str], list[str]] = {}
    for rid, tt in known.items():
        by_total.setdefault(tt, []).append(rid)

    def add(key: Any, link: Link) -> None:
        g = groups.setdefault(key, {"type": link.type, "total": link.total, "parts": []})
        seen = parts_seen.setdefault(key, set())
        if link.part not in seen:
            seen.add(link.part)
            g["parts"].append(link.part)

    for link in links:
        if link.ids:
            for rid in link.ids:
                if known.get(rid) != (link.type, link.total):
                    t, total = known.get(rid, ("?", "?"))
                    raise KhabarError(f"{where}:{link.at}: a {link.type} link from {link.total} says it "
                                      f"belongs to relation {rid!r}, a {t} of {total}", "format-relation",
                                      where, link.at)
                add(rid, link)
            continue
        cands = sorted(by_total.get((link.type, link.total), ()))
        if len(cands) > 1:
            raise KhabarError(
                f"{where}:{link.at}: the {link.type} link {link.total} -> {link.part} was drawn in the "
                f"tool and could belong to relation {' or '.join(cands)} (one type and total); Khabar "
                "will not guess: add the part to the relation in the annotation file, or give the link "
                "the relation's id", "format-ambiguous", where, link.at)
        add(cands[0] if cands else ("new", link.type, link.total), link)
    given = {key: id_number("relations", key) for key in groups}
    numbers = {key: n for key, n in given.items() if n is not None}
    nxt = max(numbers.values(), default=0)
    for key in groups:
        if key not in numbers:
            nxt += 1
            numbers[key] = nxt
    return [{"id": f"r{numbers[k]}", **groups[k]} for k in sorted(groups, key=lambda k: numbers[k])]


def new_annotation(doc: Mapping[str, Any]) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "document_id": doc["id"],
            "text_sha256": doc["text_sha256"], "entities": [], "numbers": [], "claims": [],
            "relations": []}


def number_value(text: str, where: str) -> int | float:
    """A number's value from its JSON spelling ("410", "0.5"): an int stays an int. Read by
    Khabar's own strict reader, so that no value enters an annotation file that Khabar could not
    read back (a number of more than 40 characters, NaN, Infinity)."""
    from khabar.io import loads_json

    try:
        value = loads_json(text, where)
    except KhabarError:  # not JSON, or a number too long or not finite to read back
        value = None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise KhabarError(f"{where}: number value {shown!r} is not a JSON number", "format-invalid")
    return value


def value_text(value: int | float) -> str:
    return json.dumps(value)


def is_gold(ann: Any) -> bool:
    """Whether an annotation file holds annotation (an empty file from `khabar add` does not)."""
    return isinstance(ann, dict) and any(ann.get(k) for k in (*LAYERS, "relations"))


# What an annotation says, as against its bookkeeping (schema_version, status, provenance).
CONTENT_KEYS = ("document_id", "text_sha256", *LAYERS, "relations")


def same_annotation(a: Any, b: Mapping[str, Any]) -> bool:
    """Whether two annotation files say the same, whatever version, status or history each records."""
    strip = lambda x: {k: x.get(k) for k in CONTENT_KEYS} if isinstance(x, dict) else x
    return dumps_json(strip(a)) == dumps_json(strip(b))


def with_import_provenance(old: Any, new: dict[str, Any], where: str) -> dict[str, Any]:
    """The imported annotation as the file to write: status `annotated` (a person worked in the
    tool), and the old file's history followed by this import."""
    history = list(old.get("provenance") or []) if isinstance(old, dict) else []
    history.append({"step": "import", "agent": "khabar import", "source": str(where),
                    "note": "Annotation imported from an annotation tool's export."})
    return {**new, "status": "annotated", "provenance": history}


def stored(layout: Layout, anns: Mapping[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The annotations as the project keeps them: a source-backed document's with offsets only
    (an import from a tool carries covered texts; the document's text is third-party)."""
    from khabar.corpus.documents import as_stored

    return {doc_id: as_stored(ann, read_json(layout.document(doc_id))) if layout.document(doc_id).is_file()
            else ann for doc_id, ann in anns.items()}


def check_annotations(layout: Layout, anns: Mapping[str, dict[str, Any]], where: str) -> None:
    """Refuse (KhabarError with the validator's code) unless every annotation validates against
    its document record; nothing is written before this passes."""
    from khabar.validate.core import ERROR, annotation_problems

    for doc_id, ann in anns.items():
        doc = load_document(layout, doc_id)
        for p in annotation_problems(ann, doc, f"{where}[{doc_id}]", doc_id):
            if p.severity == ERROR:
                raise KhabarError(f"{where}: the imported annotation of {doc_id} does not validate at "
                                  f"{p.pointer}: {p.message}", p.code, where, p.pointer)


def write_annotations(layout: Layout, anns: Mapping[str, dict[str, Any]], where: str, *,
                      out: Path | None = None, force: bool = False) -> list[Path]:
    """Validate every annotation, then write each atomically: into `out` (a folder of annotation
    files) or over the project's annotations/, where existing gold is replaced only with `force`.
    Returns the paths written (an unchanged file is not rewritten)."""
    anns = stored(layout, anns)
    check_annotations(layout, anns, where)
    targets = {}
    for doc_id in anns:
        check_id(doc_id, where)
        # Resolved and kept inside --out: a file name made of an id never leads elsewhere.
        path = inside(Path(out) / f"{doc_id}.json", Path(out), "an imported annotation") if out is not None \
            else layout.annotation(doc_id)
        if out is None and path.is_file() and not force:
            old = read_json(path)
            if is_gold(old) and not same_annotation(old, anns[doc_id]):
                raise KhabarError(f"{path}: holds gold annotation; pass --force to replace it with "
                                  f"the import from {where}", "gold-exists", str(path))
        targets[doc_id] = path
    written = []
    for doc_id, path in targets.items():
        old = read_json(path) if path.is_file() else None
        if old is not None and same_annotation(old, anns[doc_id]):
            continue  # the file already says this (perhaps under an older schema_version)
        write_json(path, with_import_provenance(old, anns[doc_id], where))
        written.append(path)
    return written


PASS_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


def write_pass(layout: Layout, anns: Mapping[str, dict[str, Any]], where: str, name: str, fmt: str,
               *, force: bool = False) -> list[Path]:
    """Validate every annotation, then write each as the pass `name` of its document
    (annotations/passes/<id>/<name>.json, status `annotated`, its provenance saying which pass,
    from which file and tool); an existing pass that differs is replaced only with `force`.
    Returns the paths written (an unchanged pass is not rewritten)."""
    if not PASS_NAME.match(name):
        raise KhabarError(f"--pass {name!r}: a pass name is letters, digits, '_' and '-' (A, B, "
                          "annotator_2)", "usage")
    anns = stored(layout, anns)
    check_annotations(layout, anns, where)
    targets = {doc_id: layout.passes(doc_id) / f"{name}.json" for doc_id in anns}
    for doc_id, path in targets.items():
        if path.is_file() and not force and not same_annotation(read_json(path), anns[doc_id]):
            raise KhabarError(f"{path}: pass {name} of {doc_id} exists; pass --force to replace it with "
                              f"the import from {where}", "pass-exists", str(path))
    source = shown_path(layout, Path(where))
    written = []
    for doc_id, path in targets.items():
        old = read_json(path) if path.is_file() else None
        if old is not None and same_annotation(old, anns[doc_id]):
            continue
        history = list(old.get("provenance") or []) if isinstance(old, dict) else []
        history.append({"step": "pass", "agent": f"annotator {name}", "source": source,
                        "note": f"Pass {name} annotated in {fmt}; imported with `khabar import {fmt} "
                                f"--pass {name}`."})
        write_json(path, {**anns[doc_id], "status": "annotated", "provenance": history})
        written.append(path)
    return written
