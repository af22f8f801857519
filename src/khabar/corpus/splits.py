"""The frozen split manifest `corpus/splits.json` (`khabar splits`).

A unit (a whole document, or while the corpus is too small one paragraph "<doc>#p<k>") is
assigned to train/validation/test once; later runs only add the units of new documents and never
move an assigned one, so a released test item stays a test item.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from khabar.corpus.layout import Layout
from khabar.io import KhabarError, dumps_json, read_json, read_text, write_json

FORMAT = "khabar-splits/1"
SPLITS: tuple[str, ...] = ("train", "validation", "test")
# Whole documents: the first 16 hex digits of sha256(id) as a fraction of 16**16.
DOCUMENT_SHARES = {"train": 0.8, "validation": 0.1, "test": 0.1}
# Paragraph units of a document split by paragraph: fixed shares of its ranked paragraphs.
PARAGRAPH_SHARES = {"train": 0.6, "validation": 0.2, "test": 0.2}
# Documents of a stratum (one source's domain: the 70 Wikinews articles are 7 domains of 10) are
# split together, ranked by hash: 7 train, 1 validation, 2 test of 10.
STRATUM_SHARES = {"train": 0.7, "validation": 0.1, "test": 0.2}
# Below this many documents when the manifest is created, documents are split by paragraph.
MIN_DOCUMENTS = 10
MAX_SALT = 10_000

POLICY = (
    "A unit goes to one split once and never moves; `khabar splits` only adds the units of new "
    "documents. A document goes whole to a split by the first 16 hex digits of the SHA-256 of its "
    "id read as a fraction h of 16**16: h < 0.8 train, h < 0.9 validation, else test. While the "
    f"corpus is too small to split by document (fewer than {MIN_DOCUMENTS} documents when the "
    "manifest was created), each document is split by paragraph (units '<id>#p<k>', k from 0): "
    "its paragraphs are ranked by SHA-256 of '<salt>:<unit id>' and the first 60% go to train, "
    "the next 20% to validation, the rest to test; the salt is the smallest from 0 that gives "
    "every split entities, numbers and claims of the document and keeps every cross-paragraph "
    "reference (relation, claimant, cue, counted noun, qualifier) inside one split. Documents of "
    "a source that gives each a domain are stratified: when the first document of a stratum (the "
    "source's name and the domain, e.g. 'arwikinews/sports') is released, every document of that "
    "stratum in the corpus is assigned at once, before its annotation is known: they are ranked "
    "by SHA-256 of '<stratum>:<id>' and the first 70% (rounded) go to train, one in ten (at "
    "least one) to validation and one in five (at least one) to test (10 documents: 7, 1, 2). A "
    "document added to a stratum later goes by the hash rule above."
)


def manifest_path(layout: Layout) -> Path:
    return layout.root / "corpus" / "splits.json"


def paragraph_unit(doc_id: str, k: int) -> str:
    return f"{doc_id}#p{k}"


def _fraction(text: str) -> float:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:16], 16) / 16 ** 16


def document_split(unit_id: str) -> str:
    """The split of a whole document (or a late paragraph unit) by the hash of its id."""
    h, acc = _fraction(unit_id), 0.0
    for name in SPLITS:
        acc += DOCUMENT_SHARES[name]
        if h < acc:
            return name
    return SPLITS[-1]


def paragraph_counts(n: int) -> dict[str, int]:
    """How many of n paragraphs go to each split (each at least one)."""
    if n < len(SPLITS):
        raise ValueError(f"expected at least {len(SPLITS)} paragraphs, found {n}")
    val = max(1, round(n * PARAGRAPH_SHARES["validation"]))
    test = max(1, round(n * PARAGRAPH_SHARES["test"]))
    return {"train": n - val - test, "validation": val, "test": test}


def _paragraph_of(starts: list[int], offset: int) -> int:
    k = 0
    while k + 1 < len(starts) and starts[k + 1] <= offset:
        k += 1
    return k


def stratum_counts(n: int) -> dict[str, int]:
    """How many of a stratum's n documents go to each split (each at least one)."""
    if n < len(SPLITS):
        raise ValueError(f"expected at least {len(SPLITS)} documents, found {n}")
    val = max(1, round(n * STRATUM_SHARES["validation"]))
    test = max(1, round(n * STRATUM_SHARES["test"]))
    return {"train": n - val - test, "validation": val, "test": test}


def stratum_of(doc: dict[str, Any]) -> str | None:
    """'<source name>/<domain>' of a source-backed record that has a domain, else None."""
    source, domain = doc.get("source"), doc.get("domain")
    name = source.get("name") if isinstance(source, dict) else None
    return f"{name}/{domain}" if isinstance(name, str) and isinstance(domain, str) else None


def stratum_split(stratum: str, doc_ids: Iterable[str]) -> dict[str, str]:
    """Each document of a stratum to its split: ranked by SHA-256 of '<stratum>:<id>' (POLICY)."""
    ids = sorted(set(doc_ids))
    counts = stratum_counts(len(ids))
    order = sorted(ids, key=lambda d: hashlib.sha256(f"{stratum}:{d}".encode()).hexdigest())
    out: dict[str, str] = {}
    pos = 0
    for name in SPLITS:
        for d in order[pos:pos + counts[name]]:
            out[d] = name
        pos += counts[name]
    return out


def paragraph_links(doc: dict[str, Any], ann: dict[str, Any]) -> tuple[dict[str, set[int]], list[set[int]]]:
    """Per layer the paragraphs holding its spans, and the paragraph groups joined by a reference."""
    starts = [p["start"] for p in doc["paragraphs"]]
    par = lambda x: _paragraph_of(starts, x["start"])  # noqa: E731
    layers = {layer: {par(x) for x in ann.get(layer, [])} for layer in ("entities", "numbers", "claims")}
    entities = {e["id"]: e for e in ann.get("entities", [])}
    numbers = {n["id"]: n for n in ann.get("numbers", [])}
    groups: list[set[int]] = []
    for n in ann.get("numbers", []):
        groups.append({par(n), *(par(n[k]) for k in ("qualifier_span", "counted") if n.get(k))})
    for c in ann.get("claims", []):
        g = {par(c)}
        if c.get("cue"):
            g.add(par(c["cue"]))
        if c.get("claimant") in entities:
            g.add(par(entities[c["claimant"]]))
        groups.append(g)
    for r in ann.get("relations", []):
        groups.append({par(numbers[i]) for i in [r["total"], *r["parts"]] if i in numbers})
    return layers, [g for g in groups if len(g) > 1]


def seed_paragraphs(doc: dict[str, Any], ann: dict[str, Any]) -> tuple[int, dict[str, str]]:
    """(salt, unit -> split) for a document split by paragraph (see POLICY)."""
    n = len(doc["paragraphs"])
    try:
        counts = paragraph_counts(n)
    except ValueError as exc:
        raise KhabarError(f"document {doc['id']!r}: cannot split by paragraph: {exc}") from None
    units = [paragraph_unit(doc["id"], k) for k in range(n)]
    layers, groups = paragraph_links(doc, ann)
    for salt in range(MAX_SALT):
        order = sorted(range(n), key=lambda k: hashlib.sha256(f"{salt}:{units[k]}".encode()).hexdigest())
        split_of: dict[int, str] = {}
        pos = 0
        for name in SPLITS:
            for k in order[pos:pos + counts[name]]:
                split_of[k] = name
            pos += counts[name]
        if all({split_of[k] for k in pars} == set(SPLITS) for pars in layers.values()) and \
                all(len({split_of[k] for k in g}) == 1 for g in groups):
            return salt, {units[k]: split_of[k] for k in range(n)}
    raise KhabarError(f"document {doc['id']!r}: no paragraph split gives every split entities, numbers "
                      "and claims with references kept inside one split; annotate it first")


def _unit_key(unit: str) -> tuple[str, int]:
    doc, _, par = unit.partition("#p")
    return doc, int(par) if par.isdigit() else -1


def empty_manifest() -> dict[str, Any]:
    return {"format": FORMAT, "splits": list(SPLITS), "policy": POLICY, "documents": {}, "units": {}}


def read_manifest(path: Path) -> dict[str, Any]:
    """Read and check the manifest; errors name the file and the place."""
    obj = read_json(path)
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise KhabarError(f"{path}: expected a split manifest with format {FORMAT!r}")
    for key in ("documents", "units"):
        if not isinstance(obj.get(key), dict):
            raise KhabarError(f"{path}:$.{key}: expected an object")
    for unit, split in obj["units"].items():
        if split not in SPLITS:
            raise KhabarError(f"{path}:$.units[{unit!r}]: expected one of {', '.join(SPLITS)}, found {split!r}")
        if _unit_key(unit)[0] not in obj["documents"]:
            raise KhabarError(f"{path}:$.units[{unit!r}]: expected its document under $.documents")
    return obj


def load_manifest(layout: Layout) -> dict[str, Any] | None:
    path = manifest_path(layout)
    return read_manifest(path) if path.is_file() else None


class SplitIndex:
    """The split manifest as a build reads it: each document's split (or its paragraphs'), kept
    compact (the ids sorted and joined in one string, a byte per document), looked up in id
    order, so that the parsed manifest (some 60 MB at 100,000 documents) is freed at once."""

    MISSING = None          # `spec` of a document the manifest does not list
    NO_UNIT = ""            # `spec` of a document listed without its unit
    _PARAGRAPHS, _NO_UNIT = 254, 255

    def __init__(self, manifest: dict[str, Any]):
        self.policy: str = manifest["policy"]
        docs, units = manifest["documents"], manifest["units"]
        self.units_by_kind: dict[str, int] = {}  # documents split by "document", by "paragraph"
        codes = bytearray()
        self._paragraphs: dict[str, tuple[str, ...]] = {}
        ids = sorted(docs)
        for doc_id in ids:
            entry = docs[doc_id]
            kind = str(entry.get("unit"))
            self.units_by_kind[kind] = self.units_by_kind.get(kind, 0) + 1
            if entry.get("unit") == "paragraph":
                out: list[str] = []
                while paragraph_unit(doc_id, len(out)) in units:
                    out.append(units[paragraph_unit(doc_id, len(out))])
                self._paragraphs[doc_id] = tuple(out)
                codes.append(self._PARAGRAPHS)
            else:
                split = units.get(doc_id)
                codes.append(self._NO_UNIT if split is None else SPLITS.index(split))
        self._ids = "".join(d + "\0" for d in ids)
        self._codes = bytes(codes)

    @classmethod
    def load(cls, layout: Layout) -> SplitIndex | None:
        manifest = load_manifest(layout)
        return None if manifest is None else cls(manifest)

    def specs(self) -> Callable[[str], str | tuple[str, ...] | None]:
        """A lookup of document ids asked in increasing order: a document's split (whole), its
        paragraphs' splits, MISSING when the manifest does not list it, NO_UNIT when it lists it
        without a unit (`no_unit` says so, should the document be released)."""
        return _Cursor(self)


class _Cursor:
    """`SplitIndex.specs`: a walk along the index's sorted ids."""

    def __init__(self, index: SplitIndex):
        self.index, self.at, self.i = index, 0, 0
        ids = index._ids
        self.id: str | None = ids[:ids.find("\0")] if ids else None

    def __call__(self, doc_id: str) -> str | tuple[str, ...] | None:
        index, ids = self.index, self.index._ids
        while self.id is not None and self.id < doc_id:
            self.at += len(self.id) + 1
            self.i += 1
            end = ids.find("\0", self.at)
            self.id = ids[self.at:end] if end >= 0 else None
        if self.id != doc_id:
            return index.MISSING
        code = index._codes[self.i]
        if code == index._PARAGRAPHS:
            return index._paragraphs[doc_id]
        if code == index._NO_UNIT:
            return index.NO_UNIT
        return SPLITS[code]


def no_unit(doc_id: str) -> KhabarError:
    """The error of a released document that the manifest lists without its unit."""
    return KhabarError(f"corpus/splits.json: no split for {doc_id!r}; run `khabar splits`")


def update_manifest(manifest: dict[str, Any] | None,
                    pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]],
                    strata: dict[str, list[str]] | None = None) -> tuple[dict[str, Any], list[str]]:
    """The manifest with the units of unassigned documents added, and the added unit ids.

    `strata` maps a stratum to every document of it in the corpus (released or not): a released
    document of a stratum nobody was assigned from yet brings its whole stratum in (POLICY).
    Assigned units are copied unchanged: nothing ever moves.
    """
    pairs = list(pairs)
    new = manifest is None
    # The policy is restated as the code applies it now (it only ever gains rules for units
    # not yet assigned; the units already assigned stay where they are).
    out = empty_manifest() if manifest is None else {**manifest, "policy": POLICY,
                                                     "documents": dict(manifest["documents"]),
                                                     "units": dict(manifest["units"])}
    by_paragraph = new and len(pairs) < MIN_DOCUMENTS
    added: list[str] = []
    for doc, ann in pairs:
        doc_id = doc["id"]
        entry = out["documents"].get(doc_id)
        stratum = stratum_of(doc)
        members = (strata or {}).get(stratum or "", [])
        if entry is None and stratum and len(members) >= len(SPLITS) and \
                not any(m in out["documents"] for m in members):
            for member, split in stratum_split(stratum, members).items():
                out["documents"][member] = {"unit": "document", "stratum": stratum}
                out["units"][member] = split
                added.append(member)
            continue
        if entry is None:
            if by_paragraph:
                salt, units = seed_paragraphs(doc, ann)
                out["documents"][doc_id] = {"unit": "paragraph", "paragraphs": len(doc["paragraphs"]),
                                            "salt": salt, "counts": paragraph_counts(len(doc["paragraphs"]))}
            else:
                units = {doc_id: document_split(doc_id)}
                out["documents"][doc_id] = {"unit": "document"}
            out["units"].update(units)
            added += list(units)
        elif entry.get("unit") == "paragraph":
            # A paragraph the manifest does not know yet goes by the hash of its unit id.
            for k in range(len(doc["paragraphs"])):
                unit = paragraph_unit(doc_id, k)
                if unit not in out["units"]:
                    out["units"][unit] = document_split(unit)
                    added.append(unit)
    out["documents"] = dict(sorted(out["documents"].items()))
    out["units"] = dict(sorted(out["units"].items(), key=lambda kv: _unit_key(kv[0])))
    return out, added


def unit_of(manifest: dict[str, Any], doc_id: str, paragraph: int) -> str:
    """The unit id a paragraph belongs to."""
    entry = manifest["documents"].get(doc_id)
    if entry is None:
        return doc_id
    return paragraph_unit(doc_id, paragraph) if entry.get("unit") == "paragraph" else doc_id


def split_of(manifest: dict[str, Any], doc_id: str, paragraph: int, where: str = "corpus/splits.json") -> str:
    """The split of a paragraph; a clear error when its document was never assigned."""
    unit = unit_of(manifest, doc_id, paragraph)
    split = manifest["units"].get(unit)
    if split is None:
        raise KhabarError(f"{where}: no split for {unit!r}; run `khabar splits` to assign new documents")
    return split


def unassigned(manifest: dict[str, Any] | None, doc_ids: Iterable[str]) -> list[str]:
    known = manifest["documents"] if manifest else {}
    return [d for d in doc_ids if d not in known]



def check_splits(layout: Layout) -> tuple[Path, list[str]]:
    """The manifest's path and the releasable documents it does not assign yet."""
    from khabar.corpus.gold import select

    return manifest_path(layout), unassigned(load_manifest(layout), select(layout).released)


def update_splits(layout: Layout) -> tuple[Path, dict[str, int] | None]:
    """Assign every new unit and write the manifest; the new units per split (None: unchanged).

    Only documents a release would take (status annotated or above, khabar.corpus.gold) get a
    split: an empty or machine-suggested file must not freeze its paragraphs into a split.
    """
    from khabar.corpus.gold import effective_status, load_gold, releasable

    path = manifest_path(layout)
    gold = [(d, a) for d, a in load_gold(layout) if releasable(effective_status(a))]
    strata: dict[str, list[str]] = {}
    for doc_id in layout.document_ids():
        record = read_json(layout.document(doc_id))
        stratum = stratum_of(record) if isinstance(record, dict) else None
        if stratum:
            strata.setdefault(stratum, []).append(doc_id)
    updated, added = update_manifest(load_manifest(layout), gold, strata)
    if not added and path.is_file() and read_text(path) == dumps_json(updated):
        return path, None
    write_json(path, updated)
    return path, {s: sum(1 for u in added if updated["units"][u] == s) for s in SPLITS}
