"""One task of `khabar build` on the engine: a run of documents, each file read once, validated,
selected and projected onto the release's rows by the worker that holds it.

A worker reads a document's record, raw file, gold file and passes once
(`khabar.validate.core.check_document`, which rehydrates a source-backed record from the source
its process has read once), decides from the gold's status whether the release takes it
(`khabar.corpus.gold.left_out_reason`), and projects it (`khabar.release.rows`). Only values come
back: the errors found, the selection's counts, Arrow tables and the card's figures; the
building process keeps nothing per document.

The tables travel as Arrow IPC streams: in the result itself (pickled by the engine), or, when
the task names a spool folder the building process can read (local worker processes), in one
file there, which the building process reads and removes. A pipe and two pickles of a task's
6 MB cost more CPU than writing and reading it once.
"""
from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.corpus.gold import SelectionSummary, left_out_reason, releasable
from khabar.corpus.layout import Layout
from khabar.corpus.splits import SPLITS, SplitIndex, no_unit
from khabar.model.errors import ERROR, KhabarError, Problem
from khabar.release.rows import DocumentRows, Projection, Sources, document_rows, ner_tables, splits_of, to_tables
from khabar.validate.core import Key, Unit, check_document

# A document as the building process hands it out: its files, and its split as the manifest
# gives it (`SplitIndex.specs`; None for a file set without a record).
Item = tuple[Unit, "str | tuple[str, ...] | None"]


@dataclass(frozen=True)
class Task:
    """A run of documents and what the release takes (`project`: False once the build is known
    to fail, when only the validation still counts)."""

    root: str
    items: Sequence[Item]
    min_status: str
    open_only: bool = False
    project: bool = True
    # Where to leave the tables (a folder of the build's own temporary release folder), and the
    # file's name there: None, in the result.
    spool: str | None = None
    name: str = "task"


@dataclass
class TaskResult:
    """What a task found and made, in the order of its documents."""

    documents: int = 0                                   # documents checked
    files: int = 0                                       # files read for them
    problems: list[tuple[Key, Problem]] = field(default_factory=list)  # errors only
    selection: SelectionSummary | None = None
    missing: list[str] = field(default_factory=list)     # released, but not in the split manifest
    failure: tuple[str, str] | None = None               # the first error of projection (message, code)
    # (config, split) -> the Arrow IPC stream of its table: one buffer to pickle, a third of the
    # cost of pickling the table (its every array and buffer); `tables()` reads them back.
    packed: dict[tuple[str, str], bytes] = field(default_factory=dict)
    # Or, when spooled: the file holding the streams one after the other, and where each lies.
    spooled: str | None = None
    spooled_at: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    counts: list[tuple[str, Counter]] = field(default_factory=list)   # per released document
    layers: dict[str, Counter] = field(default_factory=dict)          # split -> spans per layer
    sources: Sources = field(default_factory=Sources)
    projection: Projection = field(default_factory=Projection)
    projection_coarse: Projection = field(default_factory=Projection)
    projection_nested: Projection = field(default_factory=Projection)


def run(task: Task) -> TaskResult:
    """Check, select and project a run of documents (in a worker; returns only values)."""
    out = TaskResult(selection=SelectionSummary(task.min_status, task.open_only),
                     layers={s: Counter() for s in SPLITS})
    # The rows are trees of fresh dicts and lists without cycles: the cyclic collector would only
    # rescan them (and every live object) again and again, while they are made and while they
    # become tables (each list made for a column would set it off), so it waits until they are gone.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        _check_and_project(task, out)
    finally:
        if was_enabled:
            gc.enable()
    return out


def _check_and_project(task: Task, out: TaskResult) -> None:
    """`run`'s work, into `out`: every document checked, the released ones projected and their
    tables left in `out`."""
    layout = Layout(Path(task.root))
    root = layout.root.resolve()
    rows: list[DocumentRows] = []
    for unit, spec in task.items:
        checked = check_document(layout, unit, root)
        errors = [(k, p) for k, p in checked.problems if p.severity == ERROR]
        out.problems += errors
        out.documents += 1
        out.files += unit.files()
        if not unit.record or checked.status is None or checked.record is None:
            continue  # no document, or one whose gold has an error: the build fails anyway
        doc, status = checked.record, checked.status
        licence = _licence(doc) if task.open_only and releasable(status, task.min_status) else None
        reason = left_out_reason(status, task.min_status, task.open_only, licence)
        out.selection.add(unit.doc_id, status, reason)  # type: ignore[union-attr]
        if reason is not None:
            continue
        if spec is SplitIndex.MISSING:
            out.missing.append(unit.doc_id)
            continue
        if not task.project or errors or out.failure or out.missing or out.problems:
            continue
        try:
            if spec == SplitIndex.NO_UNIT:
                raise no_unit(unit.doc_id)
            assert spec is not None
            rows.append(document_rows(doc, checked.gold, splits_of(doc, spec, "corpus/splits.json")))
        except KhabarError as exc:
            out.failure = (exc.args[0] if exc.args else str(exc), exc.code)
            continue
        out.counts.append((unit.doc_id, rows[-1].counts))
    if rows and not (out.failure or out.missing or out.problems):
        if task.spool is None:
            out.packed = {key: _pack(table) for key, table in _sent(to_tables(rows)).items()}
        else:
            out.spooled = str(Path(task.spool) / f"{task.name}.arrows")
            out.spooled_at = _spool(_sent(to_tables(rows)), out.spooled)
    for r in rows:
        for s, c in r.layers.items():
            out.layers[s].update(c)
        out.sources = out.sources + r.sources
        out.projection = out.projection + r.projection
        out.projection_coarse = out.projection_coarse + r.projection_coarse
        out.projection_nested = out.projection_nested + r.projection_nested


def _pack(table: Any) -> bytes:
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def _spool(tables: dict[tuple[str, str], Any], path: str) -> dict[tuple[str, str], tuple[int, int]]:
    """Write each table as an IPC stream, one after the other, into a new file; where each lies."""
    import pyarrow as pa

    at = {}
    with pa.OSFile(path, "wb") as sink:
        for key, table in tables.items():
            start = sink.tell()
            with pa.ipc.new_stream(sink, table.schema) as writer:
                writer.write_table(table)
            at[key] = (start, sink.tell() - start)
    return at


def _sent(tables: dict[tuple[str, str], Any]) -> dict[tuple[str, str], Any]:
    """What a task sends of its tables: `ner` and `ner_coarse` differ from `ner_nested` only in
    their tags (`ner`'s are `ner_tags_1`), so `ner` is not sent and `ner_coarse` only as its tags
    (`tables` puts them back together, sharing the columns in the building process too)."""
    return {key: table.select(["ner_tags"]) if key[0] == "ner_coarse" else table
            for key, table in tables.items() if key[0] != "ner"}


def tables(result: TaskResult) -> dict[tuple[str, str], Any]:
    """The Arrow tables of a task's rows, by (config, split); a spooled file is read and removed.

    Each table is read into its own buffer: a table whose rows wait for a row group keeps only
    its own bytes alive, not the whole task's.
    """
    import pyarrow as pa

    if result.spooled is None:
        got = {key: pa.ipc.open_stream(data).read_all() for key, data in result.packed.items()}
    else:
        try:
            with pa.OSFile(result.spooled, "rb") as source:
                got = {key: pa.ipc.open_stream(source.read_at(size, start)).read_all()
                       for key, (start, size) in result.spooled_at.items()}
        finally:
            Path(result.spooled).unlink()
    out = {}
    for key, table in got.items():
        config, split = key
        if config == "ner_nested":
            out.update(ner_tables(split, table, got[("ner_coarse", split)].column("ner_tags")))
        elif config != "ner_coarse":
            out[key] = table
    return out


def _licence(doc: dict[str, Any]) -> str | None:
    """The licence a record states for its text (`khabar.corpus.gold.licence_of`)."""
    src = doc.get("source")
    return src.get("license") if isinstance(src, dict) else None
