"""`khabar build`: validate, project and write the release folder, then swap it in atomically.

Orchestration only: the corpus listed and the split manifest indexed once, then every document
validated, selected and projected in one task on an engine (local processes or Dask,
`khabar.parallel`; the task is `khabar.release.task`), streaming parquet writing
(`khabar.release.parquet`), the card, Croissant, the datasheet, and the release manifest
(`khabar-manifest.json`: every file with its SHA-256) that marks the folder as Khabar's own.
The building process keeps counts, never a list of documents.
"""
from __future__ import annotations

import fcntl
import functools
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.corpus.gold import DEFAULT_MIN_STATUS, SelectionSummary, check_min_status
from khabar.corpus.layout import Layout, check_output
from khabar.corpus.splits import SPLITS, SplitIndex, manifest_path
from khabar.io import plain_mode, swap_folder
from khabar.model.errors import ERROR, KhabarError, Problem
from khabar.progress import SILENT, Progress
from khabar.release.manifest import MANIFEST, release_manifest, unlisted_files
from khabar.release.names import CONFIG_NAMES as CONFIGS  # noqa: F401
from khabar.release.result import BuildResult
from khabar.release.rows import Projection, Sources
from khabar.validate.core import LAYOUT, Key, Listing, invalid_corpus

if TYPE_CHECKING:
    from khabar.release.task import TaskResult

CHUNK_DOCS = 100         # documents per task (100 rather than 50: a task has its fixed costs, in the
                         # worker and in the building process; a worker then holds about 30 MB more)
# Per-document counts are kept for the card's statistics table up to this many documents.
PER_DOCUMENT_COUNTS_MAX = 20


# ---------------------------------------------------------------- what goes into the release

def attributions(layout: Layout, sources: Any) -> list[dict[str, str]]:
    """The manifest's entry (title, licence, attribution) of every source the release's text comes
    from, then the licence and attribution that added documents state (`khabar add --attribution`)."""
    from khabar.sources.manifest import load_manifest as load_sources

    stated = [{"license": lic, "attribution": text} for lic, text in sources.credits]
    if not sources.names:
        return stated
    manifest = load_sources(layout.root)
    return [{"name": s.name, "title": s.title, "license": s.license, "license_url": s.license_url,
             "attribution": s.attribution, "upstream": s.upstream}
            for s in manifest.sources if s.name in sources.names] + stated


class _Pass:
    """What the building process keeps while documents stream past: counts, the first of each
    kind of failure, and the refusals in the order a build gives them (validation, selection,
    splits, projection). Nothing per document."""

    def __init__(self, selection: SelectionSummary):
        self.selection = selection
        self.errors = 0
        self.first: tuple[Key, Problem] | None = None
        self.missing: list[str] = []     # released documents the split manifest lacks (a refusal)
        self.failure: tuple[str, str] | None = None
        self.per_doc: dict[str, Counter] = {}
        self.total: Counter = Counter()
        self.split_counts: dict[str, Counter] = {s: Counter() for s in SPLITS}
        self.sources, self.projection, self.coarse, self.nested = Sources(), Projection(), Projection(), Projection()

    @property
    def failing(self) -> bool:
        return bool(self.errors or self.missing or self.failure)

    def error(self, key: Key, problem: Problem) -> None:
        self.errors += 1
        if self.first is None or key < self.first[0]:
            self.first = (key, problem)

    def fold(self, res: TaskResult) -> None:
        for key, problem in res.problems:
            self.error(key, problem)
        assert res.selection is not None
        self.selection.merge(res.selection)
        self.missing += res.missing
        self.failure = self.failure or res.failure
        for doc_id, c in res.counts:
            self.total.update(c)
            if len(self.per_doc) <= PER_DOCUMENT_COUNTS_MAX:
                self.per_doc[doc_id] = c
        for split, c in res.layers.items():
            self.split_counts[split].update(c)
        self.sources = self.sources + res.sources
        self.projection = self.projection + res.projection
        self.coarse = self.coarse + res.projection_coarse
        self.nested = self.nested + res.projection_nested

    def refuse(self, layout: Layout) -> None:
        """Raise the build's first refusal, if any."""
        if self.first is not None:
            raise invalid_corpus(self.errors, self.first[1])
        if not self.selection.released:
            what = " and an open licence" if self.selection.open_only else ""
            raise KhabarError(f"{layout.annotations_dir}: no document has status {self.selection.min_status} "
                              f"or above{what}; nothing to release", "usage")
        if self.missing:
            raise KhabarError(f"{manifest_path(layout)}: no split for document(s) {', '.join(self.missing)}; "
                              "run `khabar splits` to assign them")
        if self.failure is not None:
            raise KhabarError(*self.failure)


# ---------------------------------------------------------------- rows to parquet

def write_release(folder: Path, layout: Layout, listing: Listing, splits: SplitIndex, engine: Any,
                  min_status: str, open_only: bool = False, row_group_rows: int | None = None,
                  shard_bytes: int | None = None, progress: Progress = SILENT) -> dict[str, Any]:
    """Validate, select and project every document on the engine, and write every config and
    split's shards; return their sizes and the build's counts, or raise the first refusal.

    Runs of documents become Arrow tables on the engine; they are written in document order and
    cut into fixed row groups and size-bounded shards, so the files depend on the rows alone.
    """
    from khabar.parallel import chunked
    from khabar.release import parquet
    from khabar.release.configs import arrow_schema
    from khabar.release.task import Task, run, tables

    writers = {(c, s): parquet.ShardedWriter(folder, c, s, arrow_schema(c),
                                             row_group_rows or parquet.ROW_GROUP_ROWS,
                                             shard_bytes or parquet.SHARD_BYTES)
               for c in CONFIGS for s in SPLITS}
    state = _Pass(SelectionSummary(min_status, open_only))
    root = str(layout.root)

    # Local workers share this machine's files: their tables come back through a folder of the
    # temporary release folder (removed with it if the build fails), not through a pipe.
    spool = folder / ".spool" if engine.name == "local" else None
    if spool is not None:
        spool.mkdir()

    def tasks() -> Iterator[Task]:
        spec = splits.specs()
        for i, chunk in enumerate(chunked(listing.units(), CHUNK_DOCS)):
            # Once the build is known to fail, the documents are only validated (for the count).
            yield Task(root, [(u, spec(u.doc_id) if u.record else None) for u in chunk], min_status, open_only,
                       project=not state.failing, spool=None if spool is None else str(spool), name=f"{i:07d}")

    tick = progress("build", listing.count)
    try:
        for res in engine.map(run, tasks()):
            state.fold(res)
            if not state.failing:
                for key, table in tables(res).items():
                    writers[key].append(table)
            elif res.spooled is not None:
                os.unlink(res.spooled)
            tick(res.documents)
            # Parquet writing leaves freed memory in the C heap that the next task's writing
            # does not reuse: without this the building process grew from 149 to 166 MB over the
            # first 90 s of a 100,000-document build; with it, 142 to 151 MB (0.7 ms a call).
            _give_back_freed_memory()
        if spool is not None:
            spool.rmdir()
        for i, problem in enumerate(listing.problems()):
            if problem.severity == ERROR:
                state.error((LAYOUT, i), problem)
        state.refuse(layout)
        sizes: dict[str, dict[str, Any]] = {}
        for (c, s), w in writers.items():
            sizes.setdefault(c, {})[s] = w.close()
    except BaseException:
        for w in writers.values():
            w.abort()
        raise
    empty = [f"{c}/{s}" for c in CONFIGS for s in SPLITS if not sizes[c][s].num_examples]
    if empty:
        raise KhabarError(f"corpus/splits.json: the split assignment leaves {', '.join(empty)} empty; "
                          "every split of every config needs rows")
    no_entities = [s for s in SPLITS if not state.split_counts[s]["entities"]]
    if no_entities:
        raise KhabarError(f"corpus/splits.json: split(s) {', '.join(no_entities)} hold no entities")
    per_doc = state.per_doc if len(state.per_doc) <= PER_DOCUMENT_COUNTS_MAX else {}
    return {"sizes": sizes, "split_counts": state.split_counts, "counts": {**per_doc, "total": state.total},
            "sources": state.sources, "projection": state.projection, "projection_coarse": state.coarse,
            "projection_nested": state.nested,
            "selection": state.selection}


# ---------------------------------------------------------------- the release manifest

# ---------------------------------------------------------------- swapping the folder in, and recovering

@contextmanager
def _locked(parent: Path) -> Iterator[None]:
    """One build at a time per output folder's parent (a killed build's lock goes with it)."""
    fd = os.open(parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def recover(out: Path) -> list[str]:
    """Undo what killed builds left beside `out`; returns what was done, to tell the user.

    A build killed between its two renames leaves no `out` and the previous release in
    `.<name>.old-*`: it is put back. A build killed later leaves an old folder beside the new
    release: it is removed. Temporary folders of killed builds are removed.
    """
    out = Path(out)
    notices = []
    olds = sorted(out.parent.glob(f".{out.name}.old-*"), key=lambda p: p.stat().st_mtime)
    if olds and not out.exists() and not out.is_symlink():
        os.replace(olds.pop(), out)
        notices.append(f"restored the previous release into {out} (a build was killed while swapping folders)")
    for old in olds:
        shutil.rmtree(old, ignore_errors=True)
        notices.append(f"removed {old.name}, a previous release left by a killed build")
    temps = list(out.parent.glob(f".{out.name}.build-*"))
    for tmp in temps:
        shutil.rmtree(tmp, ignore_errors=True)
    if temps:
        notices.append(f"removed {len(temps)} temporary folder(s) of killed builds beside {out}")
    return notices


# ---------------------------------------------------------------- the release folder

def _give_back_freed_memory() -> None:
    """Return the C heap's free memory to the system (glibc's malloc_trim; elsewhere nothing).

    Called after reading the split manifest and after each task's tables are written. Parsing
    the split manifest of 100,000 documents takes some 60 MB that are freed at once, but glibc
    keeps about 20 MB of it in the process; this gives back 12 MB of them (measured after
    reading the manifest and listing the files of a 100,000-document corpus).
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Any:
    """glibc's malloc_trim, looked up once; None under another C library."""
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim  # the C library this process runs on
    except (OSError, AttributeError):
        return None


def build(layout: Layout, out: Path, repo_id: str | None = None, *, engine: str = "local",
          scheduler: str | None = None, jobs: int | None = None, force: bool = False,
          row_group_rows: int | None = None, shard_bytes: int | None = None,
          min_status: str = DEFAULT_MIN_STATUS, open_only: bool = False,
          progress: Progress = SILENT) -> BuildResult:
    """Validate, then write the release folder into a temporary folder and swap it in.

    Only documents whose annotation status is at least `min_status` are released;
    `result.selection` says which were left out and why. `open_only`: only documents whose
    text is openly licensed, and the card then carries the open release licence.
    """
    from khabar.parallel import engine as open_engine

    if repo_id is not None:
        from khabar.release.publish import check_repo_id

        check_repo_id(repo_id)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    check_min_status(min_status)
    with _locked(out.parent):
        notices = recover(out)
        check_output(out, layout.root, is_dir=True, marker=MANIFEST, force=force, owned=unlisted_files)
        # Read first, before the build's memory grows: the parsed manifest is freed at once.
        splits = SplitIndex.load(layout)
        if splits is None:
            raise KhabarError(f"{manifest_path(layout)}: not found; run `khabar splits` to create the split manifest")
        listing = Listing(layout)
        _give_back_freed_memory()
        folder_mode = plain_mode(out, folder=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.build-", dir=out.parent))
        try:
            # The temporary folder goes only once the engine is closed: no worker is still
            # writing into its spool.
            with open_engine(engine, jobs, scheduler) as eng:
                parts = write_release(tmp, layout, listing, splits, eng, min_status, open_only, row_group_rows,
                                      shard_bytes, progress)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        try:
            result = BuildResult(out=out, split_policy=splits.policy, split_units=splits.units_by_kind,
                                 repo_id=repo_id, notices=notices,
                                 has_datasheet=(layout.root / "DATASHEET.md").is_file(),
                                 attributions=attributions(layout, parts["sources"]), **parts)
            _write_documentation(layout, tmp, result)
            meta = release_manifest(tmp, repo_id, result.sources)
            (tmp / MANIFEST).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            result.files = meta["files"]
            # Its files and subfolders were made by plain writes (umask applied); mkdtemp made
            # the folder itself 0700, which would hide the release from everyone else.
            os.chmod(tmp, folder_mode)
            swap_folder(tmp, out)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return result


def _write_documentation(layout: Layout, tmp: Path, result: BuildResult) -> None:
    """Schemas, guidelines, the datasheet (its counts from this build), the card and croissant.json."""
    from khabar.io import atomic_write_text, read_text
    from khabar.release.card import card_markdown
    from khabar.release.croissant import croissant_json
    from khabar.release.datasheet import START as COUNTS_START
    from khabar.release.datasheet import fill as fill_datasheet
    from khabar.release.datasheet import release_counts

    for schema in sorted((layout.root / "schema").glob("*.json")):
        (tmp / "schema").mkdir(exist_ok=True)
        shutil.copyfile(schema, tmp / "schema" / schema.name)
    datasheet = layout.root / "DATASHEET.md"
    if result.has_datasheet:
        # The release's datasheet carries the counts of this very build, where it has a block.
        text = read_text(datasheet)
        if COUNTS_START in text:
            text = fill_datasheet(text, release_counts(tmp, result.selection), str(datasheet))
        atomic_write_text(tmp / "DATASHEET.md", text)
    guidelines = layout.annotations_dir / "GUIDELINES.md"
    if guidelines.is_file():
        shutil.copyfile(guidelines, tmp / "GUIDELINES.md")
    atomic_write_text(tmp / "README.md", card_markdown(result, result.repo_id))
    atomic_write_text(tmp / "croissant.json", croissant_json(tmp, result))


def check_datasheet(layout, path: Path, write: bool = False) -> str:
    """Compare DATASHEET.md's counts block with a fresh build: "current", "stale", or "written"."""
    from khabar.io import atomic_write_text, read_text
    from khabar.release.datasheet import current_block, fill, release_counts

    text = read_text(path)
    with tempfile.TemporaryDirectory() as tmp:
        result = build(layout, Path(tmp) / "release")
        block = release_counts(result.out, result.selection)
    if current_block(text, str(path)) == block:
        return "current"
    if not write:
        return "stale"
    atomic_write_text(path, fill(text, block, str(path)))
    return "written"


@contextmanager
def release_or_build(release: str | Path | None, layout: Layout) -> Iterator[Path]:
    """The given release folder, or else a fresh build of `layout` in a temporary folder."""
    if release:
        yield Path(release)
        return
    with tempfile.TemporaryDirectory() as tmp:
        yield build(layout, Path(tmp) / "khabar").out
