"""`khabar build`: validate, project and write the release folder, then swap it in atomically.

Orchestration only: which documents go in (`select_documents`), validation and row projection
as tasks on an engine (local processes or Dask, `khabar.parallel`), streaming parquet
writing (`khabar.release.parquet`), the card, Croissant, the datasheet, and the release manifest
(`khabar-manifest.json`: every file with its SHA-256) that marks the folder as Khabar's own.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from khabar.corpus.gold import DEFAULT_MIN_STATUS, Selection, select
from khabar.corpus.layout import Layout, check_output
from khabar.corpus.splits import SPLITS, load_manifest, manifest_path
from khabar.io import plain_mode
from khabar.model.errors import KhabarError
from khabar.progress import SILENT, Progress
from khabar.release.manifest import MANIFEST, release_manifest, unlisted_files
from khabar.release.names import CONFIG_NAMES as CONFIGS  # noqa: F401
from khabar.release.result import BuildResult
from khabar.validate.core import require_valid

CHUNK_DOCS = 50          # documents per task


# ---------------------------------------------------------------- what goes into the release

def select_documents(layout: Layout, manifest: dict[str, Any], min_status: str,
                     known: dict[str, str] | None = None, open_only: bool = False) -> Selection:
    """The documents to release, in id order, and those left out with the reason: the one place
    that chooses them. Only annotation files at `min_status` or above are released
    (`khabar.corpus.gold`): an empty or suggested file never is, whatever the minimum. `known`:
    statuses the validation read already."""
    selection = select(layout, min_status, known=known, open_only=open_only)
    if not selection.released:
        what = " and an open licence" if open_only else ""
        raise KhabarError(f"{layout.annotations_dir}: no document has status {min_status} or above{what}; "
                          "nothing to release", "usage")
    missing = [d for d in selection.released if d not in manifest["documents"]]
    if missing:
        raise KhabarError(f"{manifest_path(layout)}: no split for document(s) {', '.join(missing)}; "
                          "run `khabar splits` to assign them")
    return selection


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


def split_spec(manifest: dict[str, Any], doc_id: str) -> str | tuple[str, ...]:
    """A document's split (whole documents) or its paragraphs' splits, for a worker task."""
    entry = manifest["documents"][doc_id]
    units = manifest["units"]
    if entry.get("unit") != "paragraph":
        split = units.get(doc_id)
        if split is None:
            raise KhabarError(f"corpus/splits.json: no split for {doc_id!r}; run `khabar splits`")
        return split
    out: list[str] = []
    while f"{doc_id}#p{len(out)}" in units:
        out.append(units[f"{doc_id}#p{len(out)}"])
    return tuple(out)


# ---------------------------------------------------------------- rows to parquet

def write_parquet(folder: Path, layout: Layout, doc_ids: list[str], manifest: dict[str, Any],
                  engine: Any, row_group_rows: int | None = None, shard_bytes: int | None = None,
                  progress: Progress = SILENT) -> dict[str, Any]:
    """Write every config and split's shards; return their sizes and the build's counts.

    Runs of documents become Arrow tables on the engine; they are written in document order and
    cut into fixed row groups and size-bounded shards, so the files depend on the rows alone.
    """
    from khabar.parallel import chunked
    from khabar.release import parquet
    from khabar.release.configs import arrow_schema
    from khabar.release.rows import Projection, Sources, project_chunk

    writers = {(c, s): parquet.ShardedWriter(folder, c, s, arrow_schema(c),
                                             row_group_rows or parquet.ROW_GROUP_ROWS,
                                             shard_bytes or parquet.SHARD_BYTES)
               for c in CONFIGS for s in SPLITS}
    split_counts: dict[str, Counter] = {s: Counter() for s in SPLITS}
    per_doc: dict[str, Counter] = {}
    total: Counter = Counter()
    sources, proj, coarse = Sources(), Projection(), Projection()
    tasks = ((d, str(layout.document(d)), str(layout.annotation(d)), split_spec(manifest, d)) for d in doc_ids)
    schemas = {c: arrow_schema(c) for c in CONFIGS}
    tick = progress("build", len(doc_ids))
    try:
        for chunk in engine.map(project_chunk, ((schemas, c) for c in chunked(tasks, CHUNK_DOCS))):
            for key, table in chunk.tables.items():
                writers[key].append(table)
            for split, c in chunk.layers.items():
                split_counts[split].update(c)
            for doc_id, c in chunk.counts:
                total.update(c)
                if len(doc_ids) <= PER_DOCUMENT_COUNTS_MAX:
                    per_doc[doc_id] = c
            sources, proj, coarse = sources + chunk.sources, proj + chunk.projection, coarse + chunk.projection_coarse
            tick(len(chunk.counts))
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
    no_entities = [s for s in SPLITS if not split_counts[s]["entities"]]
    if no_entities:
        raise KhabarError(f"corpus/splits.json: split(s) {', '.join(no_entities)} hold no entities")
    return {"sizes": sizes, "split_counts": split_counts, "counts": {**per_doc, "total": total},
            "sources": sources, "projection": proj, "projection_coarse": coarse}


# Per-document counts are kept for the card's statistics table up to this many documents.
PER_DOCUMENT_COUNTS_MAX = 20


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


def _swap(tmp: Path, out: Path) -> None:
    """Put the new folder in place; the previous build is removed only once the new one is there."""
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


# ---------------------------------------------------------------- the release folder

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
    with _locked(out.parent):
        notices = recover(out)
        check_output(out, layout.root, is_dir=True, marker=MANIFEST, force=force, owned=unlisted_files)
        manifest = load_manifest(layout)
        if manifest is None:
            raise KhabarError(f"{manifest_path(layout)}: not found; run `khabar splits` to create the split manifest")
        with open_engine(engine, jobs, scheduler) as eng:
            # Validation first: it reads every gold file once and hands back the statuses that
            # the selection goes by.
            selection = select_documents(layout, manifest, min_status, require_valid(layout, eng, progress),
                                         open_only)
            folder_mode = plain_mode(out, folder=True)
            tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.build-", dir=out.parent))
            try:
                parts = write_parquet(tmp, layout, selection.released, manifest, eng, row_group_rows, shard_bytes,
                                      progress)
            except BaseException:
                shutil.rmtree(tmp, ignore_errors=True)
                raise
        try:
            result = BuildResult(out=out, manifest=manifest, repo_id=repo_id, notices=notices, selection=selection,
                                 has_datasheet=(layout.root / "DATASHEET.md").is_file(),
                                 attributions=attributions(layout, parts["sources"]), **parts)
            _write_documentation(layout, tmp, result)
            meta = release_manifest(tmp, repo_id, result.sources)
            (tmp / MANIFEST).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            result.files = meta["files"]
            # Its files and subfolders were made by plain writes (umask applied); mkdtemp made
            # the folder itself 0700, which would hide the release from everyone else.
            os.chmod(tmp, folder_mode)
            _swap(tmp, out)
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
