"""Annotation status: which annotation files are gold enough to release, and why the others are not.

Each annotation file records `status` (`khabar.model.labels.STATUSES`, least to most reviewed)
and its `provenance`. A file without `status` (written before schema 1.2) reads as `annotated`
when any layer holds a span and `empty` otherwise, so an untouched `khabar add` file never
passes for gold. A release takes the documents at or above a minimum status (`annotated` by
default); `suggested` (machine output) and `empty` are never releasable, whatever the minimum.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from khabar.corpus.documents import load_document
from khabar.corpus.layout import Layout
from khabar.io import read_json
from khabar.model.errors import KhabarError, Problem
from khabar.model.labels import LAYERS, STATUSES
from khabar.sources.manifest import OPEN_LICENCES

DEFAULT_MIN_STATUS = "annotated"
# Below this a file is never gold, whatever --min-status says: machine output and empty files.
GOLD_FLOOR = "annotated"


def rank(status: str) -> int:
    """Position of a status in STATUSES; a KhabarError for an unknown one."""
    try:
        return STATUSES.index(status)
    except ValueError:
        raise KhabarError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}",
                          "usage") from None


def has_spans(ann: dict[str, Any]) -> bool:
    return any(ann.get(layer) for layer in LAYERS)


def status_of(ann: dict[str, Any]) -> str:
    """The file's status, or the one its content implies when it records none (files before 1.2)."""
    status = ann.get("status")
    if status is None:
        return "annotated" if has_spans(ann) else "empty"
    return status


def releasable(status: str, min_status: str = DEFAULT_MIN_STATUS) -> bool:
    """Whether a file with this status enters a release built with `--min-status min_status`.

    >>> [releasable(s) for s in ("empty", "suggested", "annotated", "adjudicated")]
    [False, False, True, True]
    >>> releasable("suggested", "empty")
    False
    """
    return rank(status) >= max(rank(min_status), rank(GOLD_FLOOR))


def check_min_status(min_status: str) -> str:
    """`min_status` if it can select gold; a usage error for `empty`/`suggested`/unknown values."""
    if rank(min_status) < rank(GOLD_FLOOR):
        raise KhabarError(f"--min-status {min_status}: {min_status} files are never released as gold; "
                          f"use one of {', '.join(STATUSES[rank(GOLD_FLOOR):])}", "usage")
    return min_status


@dataclass
class Selection:
    """The documents a release takes, and those it leaves out with the reason."""

    min_status: str
    open_only: bool = False   # only openly licensed documents (the card's licence is then open)
    released: list[str] = field(default_factory=list)
    left_out: dict[str, str] = field(default_factory=dict)  # doc id -> reason
    by_status: dict[str, int] = field(default_factory=dict)  # status -> documents in the corpus
    statuses: dict[str, str] = field(default_factory=dict)  # doc id -> status

    def released_by_status(self) -> dict[str, int]:
        c = Counter(self.statuses[d] for d in self.released)
        return {s: c[s] for s in STATUSES if c[s]}


# Left-out documents a summary names per reason (the build's report says "and N more").
LEFT_OUT_SHOWN = 3


@dataclass
class SelectionSummary:
    """What a release took and left out, counted as documents stream past (`khabar build`): no
    list of documents, only counts by status and the first ids left out for each reason."""

    min_status: str
    open_only: bool = False
    by_status: Counter = field(default_factory=Counter)   # status -> documents in the corpus
    taken: Counter = field(default_factory=Counter)       # status -> documents released
    left_out: dict[str, tuple[list[str], int]] = field(default_factory=dict)  # reason -> (first ids, count)

    def add(self, doc_id: str, status: str, reason: str | None) -> None:
        """One document of the corpus, its status, and why it was left out (None: released)."""
        self.by_status[status] += 1
        if reason is None:
            self.taken[status] += 1
            return
        shown, n = self.left_out.get(reason, ([], 0))
        if len(shown) < LEFT_OUT_SHOWN:
            shown.append(doc_id)
        self.left_out[reason] = (shown, n + 1)

    def merge(self, other: SelectionSummary) -> None:
        """Fold in the summary of the documents that come after this one's."""
        self.by_status.update(other.by_status)
        self.taken.update(other.taken)
        for reason, (ids, n) in other.left_out.items():
            shown, m = self.left_out.get(reason, ([], 0))
            self.left_out[reason] = ((shown + ids)[:LEFT_OUT_SHOWN], m + n)

    @property
    def released(self) -> int:
        return sum(self.taken.values())

    def statuses(self) -> dict[str, int]:
        """Documents in the corpus by status, in STATUSES order."""
        return {s: self.by_status[s] for s in STATUSES if self.by_status[s]}

    def released_by_status(self) -> dict[str, int]:
        return {s: self.taken[s] for s in STATUSES if self.taken[s]}


def left_out_reason(status: str, min_status: str, open_only: bool = False, licence: str | None = None,
                    claimed: str | None = None) -> str | None:
    """Why a document with this effective status is left out of a release built with
    `--min-status` (and `--open-only`, its record stating `licence`), or None when it is taken:
    the one rule that chooses. `claimed`: the status its file states, when that differs (a file
    claiming gold with no span)."""
    if releasable(status, min_status):
        if open_only and licence not in OPEN_LICENCES:
            return f"licence {licence or 'unknown'}: not open (--open-only releases only openly licensed text)"
        return None
    if rank(status) < rank(GOLD_FLOOR):
        why = "" if claimed is None or claimed == status else f" (it claims {claimed} but holds no span)"
        return f"status {status}{why}: not gold (never released)"
    return f"status {status}: below --min-status {min_status}"


def effective_status(ann: dict[str, Any]) -> str:
    """The status a release goes by: a file that claims gold but holds no span counts as empty
    (the validator reports it as status-empty-gold), so no claim of status releases nothing as gold."""
    status = status_of(ann)
    if status in STATUSES and rank(status) >= rank(GOLD_FLOOR) and not has_spans(ann):
        return "empty"
    return status


def statuses(layout: Layout, doc_ids: Iterable[str] | None = None,
             known: Mapping[str, str] | None = None) -> dict[str, str]:
    """Document id -> effective status of its annotation file (validation requires the file);
    `known` holds statuses already read (by the build's validation), the others are read."""
    ids = layout.document_ids() if doc_ids is None else list(doc_ids)
    known = known or {}
    return {d: known[d] if d in known else effective_status(read_json(layout.annotation(d))) for d in ids}


def licence_of(layout: Layout, doc_id: str) -> str | None:
    """The licence a document record states for its text (SPDX), None when unknown."""
    doc = read_json(layout.document(doc_id))
    src = doc.get("source") if isinstance(doc, dict) else None
    return src.get("license") if isinstance(src, dict) else None


def select(layout: Layout, min_status: str = DEFAULT_MIN_STATUS,
           doc_ids: Iterable[str] | None = None, known: Mapping[str, str] | None = None,
           open_only: bool = False) -> Selection:
    """Which documents a release built with `--min-status` takes; the others with their reason."""
    check_min_status(min_status)
    found = statuses(layout, doc_ids, known)
    sel = Selection(min_status=min_status, open_only=open_only, statuses=found)
    counts = Counter(found.values())
    sel.by_status = {s: counts[s] for s in STATUSES if counts[s]}
    for doc_id, status in found.items():
        licence = licence_of(layout, doc_id) if open_only and releasable(status, min_status) else None
        # A file that claims gold but holds no span fails validation, so statuses known from a
        # validation (`known`) need no second read to say so.
        claimed = status_of(read_json(layout.annotation(doc_id))) \
            if status == "empty" and doc_id not in (known or {}) else None
        reason = left_out_reason(status, min_status, open_only, licence, claimed)
        if reason is None:
            sel.released.append(doc_id)
        else:
            sel.left_out[doc_id] = reason
    return sel


def status_problems(ann: Any, path: str) -> list[Problem]:
    """A file that claims gold status (annotated or adjudicated) but holds no span at all."""
    if not isinstance(ann, dict) or not isinstance(ann.get("status"), str):
        return []
    status = ann["status"]
    if status in STATUSES and rank(status) >= rank(GOLD_FLOOR) and not has_spans(ann):
        return [Problem(path, "$.status", "status-empty-gold",
                        f"expected status empty for a file with no entities, numbers or claims, "
                        f"found {status!r}")]
    return []


def load_pair(layout: Layout, doc_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The document record and the annotation file of one document, every span with its covered
    text (a source-backed document's file stores offsets only)."""
    from khabar.model.spans import with_texts

    doc = load_document(layout, doc_id)
    path = layout.annotation(doc_id)
    if not path.is_file():
        raise KhabarError(f"{path}: missing; every document needs its annotation file",
                          "annotation-missing", str(path))
    ann = read_json(path)
    return doc, with_texts(ann, doc["text"]) if isinstance(ann, dict) else ann


def load_gold(layout: Layout, annotated_only: bool = False) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(document, annotation) pairs of the corpus, in id order; with `annotated_only`, only the
    documents whose annotation is gold (status annotated or above: the ones a release and the
    splits know), so that articles not yet annotated are never read as all-O gold."""
    for doc_id in layout.document_ids():
        if annotated_only and not releasable(effective_status(read_json(layout.annotation(doc_id)))):
            continue
        yield load_pair(layout, doc_id)
