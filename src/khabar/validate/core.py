"""Validation of files and of the whole corpus: what `khabar validate` and every command that needs
a valid corpus call.

Nothing here raises on bad input: every check returns `Problem`s, so one run reports all of
them, UD-validate style, as ``path:$.json.path: [code] expected X, found Y``. The checks of one
file live beside this module: `document` (records), `annotation` (the loop over the layer
checkers `entities`, `numbers`, `claims`, `relations`), `schema` (the JSON Schema step).
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from khabar.corpus.documents import STAGING_PREFIX, hydrate, is_source_backed, staging_dirs
from khabar.corpus.layout import ID_RULE, SLUG_RE, Layout
from khabar.io import read_json, read_text
from khabar.model.errors import ERROR, KhabarError, Problem
from khabar.progress import SILENT, Progress
from khabar.validate.annotation import annotation_problems
from khabar.validate.document import document_problems, source_record_problems

# Files per parallel job when the corpus is large.
CHUNK_FILES = 100


def _load(path: Path, shown: str) -> tuple[Any, Problem | None]:
    try:
        return read_json(path), None
    except KhabarError as exc:
        msg = exc.args[0] if exc.args else str(exc)
        if exc.code == "json-invalid":
            msg = f"expected valid JSON, found {msg}"
        return None, Problem(shown, exc.where or "$", exc.code, msg)


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except (ValueError, OSError):
        return str(path)


def _is_document_path(path: Path) -> bool:
    return path.parent.name == "documents"


def _expected_id(path: Path) -> str:
    # Passes live in annotations/passes/<doc-id>/<pass>.json.
    return path.parent.name if path.parent.parent.name == "passes" else path.stem


def _raw_of(layout: Layout, path: Path, doc: Any, shown: str) -> tuple[str | None, list[Problem]]:
    """The raw article of a record, read only from corpus/raw/<id>.txt (<id> from the file name):
    a record naming another file gets a problem, and that file is never opened."""
    if not isinstance(doc, dict) or doc.get("origin") == "external":
        return None, []
    if not SLUG_RE.match(path.stem):  # layout_problems reports the name; no path is made of it
        return None, []
    want = f"corpus/raw/{path.stem}.txt"
    if doc.get("raw_file") != want:
        return None, [Problem(shown, "$.raw_file", "raw-path", f"expected {want!r}, found a different path")]
    try:
        return read_text(layout.raw(path.stem)), []
    except KhabarError as exc:
        code = "raw-missing" if exc.code == "file-missing" else "raw-unreadable"
        return None, [Problem(shown, "$.raw_file", code,
                              f"expected a readable UTF-8 file {want}, found: {exc.args[0]}")]


def validate_files(layout: Layout, paths: Iterable[Path]) -> list[Problem]:
    """Validate the given document records and annotation files."""
    return _validate_files(layout, paths)[0]


def _validate_files(layout: Layout, paths: Iterable[Path]) -> tuple[list[Problem], dict[str, str]]:
    """The problems of the given files, and the effective status of every gold file among them
    that has no error (what the build selects by, so that it never reads those files again)."""
    from khabar.corpus.gold import effective_status

    problems: list[Problem] = []
    statuses: dict[str, str] = {}
    gold_dir = str(layout.annotations_dir)
    docs: dict[str, dict | None] = {}

    def document(doc_id: Any) -> dict | None:
        if not isinstance(doc_id, str) or not SLUG_RE.match(doc_id):  # never a path out of the corpus
            return None
        if doc_id not in docs:
            p = layout.document(doc_id)
            try:
                docs[doc_id] = read_json(p) if p.is_file() else None
            except (KhabarError, OSError, ValueError):
                docs[doc_id] = None
            try:
                docs[doc_id] = hydrate(layout.root, docs[doc_id], str(p))
            except KhabarError:
                pass  # no text: the record's own validation reports why
            if not isinstance(docs[doc_id], dict):
                docs[doc_id] = None
        return docs[doc_id]

    for path in paths:
        shown = _rel(path, layout.root)
        obj, problem = _load(path, shown)
        if problem:
            problems.append(problem)
            continue
        if _is_document_path(path) and is_source_backed(obj):
            problems += source_record_problems(layout, obj, shown, expected_id=path.stem)
        elif _is_document_path(path):
            raw, found = _raw_of(layout, path, obj, shown)
            problems += found
            problems += document_problems(obj, shown, raw, expected_id=path.stem)
        else:
            doc_id = obj.get("document_id") if isinstance(obj, dict) else None
            these = annotation_problems(obj, document(doc_id), shown, _expected_id(path))
            problems += these
            if str(path.parent) == gold_dir and not any(p.severity == ERROR for p in these):
                statuses[path.stem] = effective_status(obj)
    return problems, statuses


def _json_names(folder: Path) -> list[str]:
    with os.scandir(folder) as it:
        return sorted(e.name for e in it if e.name.endswith(".json") and not e.is_dir())


def corpus_files(layout: Layout) -> Iterator[str]:
    """Every file validation reads, in order: records, gold files, passes. Path strings made
    lazily: at 100,000 documents a list of 200,000 Path objects alone takes 65 MB."""
    for folder in (layout.documents_dir, layout.annotations_dir):
        if folder.is_dir():
            yield from (os.path.join(folder, name) for name in _json_names(folder))
    passes = layout.annotations_dir / "passes"
    if passes.is_dir():
        for doc in sorted(e.name for e in os.scandir(passes) if e.is_dir()):
            yield from (os.path.join(passes, doc, name) for name in _json_names(passes / doc))


def _validate_task(job: tuple[str, list[str], bool]) -> tuple[int, list[Problem], dict[str, str]]:
    """One task of a corpus validation (run on an engine's worker): the files it read, their
    problems (errors only, when that is all the caller needs) and the gold files' statuses."""
    root, paths, errors_only = job
    found, statuses = _validate_files(Layout(Path(root)), [Path(x) for x in paths])
    return len(paths), [p for p in found if p.severity == ERROR] if errors_only else found, statuses


def layout_problems(layout: Layout) -> list[Problem]:
    """What no single file shows: records without gold, raw files without records, interrupted adds."""
    out = []
    # A file whose name is no valid id is reported once and never turned back into a path.
    named = [*layout.raw_dir.glob("*.txt"), *layout.documents_dir.glob("*.json"), *layout.annotations_dir.glob("*.json"),
             *(p for p in (layout.annotations_dir / "passes").glob("*") if p.is_dir())]
    for path in sorted(named):
        if not SLUG_RE.match(path.stem if path.suffix in (".txt", ".json") else path.name):
            out.append(Problem(_rel(path, layout.root), "$", "id-invalid",
                               f"expected a file name that is a document id ({ID_RULE}), found {path.name!r}"))
    ids = {i for i in layout.document_ids() if SLUG_RE.match(i)}
    for doc_id in sorted(ids):
        if not layout.annotation(doc_id).is_file():
            out.append(Problem(_rel(layout.document(doc_id), layout.root), "$", "annotation-missing",
                               f"expected {_rel(layout.annotation(doc_id), layout.root)}, found none"))
    for raw in sorted(layout.raw_dir.glob("*.txt")):
        if raw.stem not in ids and SLUG_RE.match(raw.stem):
            out.append(Problem(_rel(raw, layout.root), "$", "raw-orphan",
                               f"expected a record {_rel(layout.document(raw.stem), layout.root)}, "
                               "found none (an interrupted or partial `khabar add`?)"))
    for staging in staging_dirs(layout):
        out.append(Problem(_rel(staging, layout.root), "$", "add-incomplete",
                           f"expected no {STAGING_PREFIX}* folder, found one; run `khabar add --recover`"))
    return out


def validate_corpus(layout: Layout, engine: Any = None, progress: Progress = SILENT,
                    errors_only: bool = False) -> list[Problem]:
    """The whole corpus: every record, gold file and pass, and that the files fit together.

    Files are checked in tasks of CHUNK_FILES on `engine` (`khabar.parallel`: local processes by
    default, or the build's Dask cluster); the problems come back in path order regardless.
    """
    return _validate_corpus(layout, engine, progress, errors_only)[0]


def _validate_corpus(layout: Layout, engine: Any, progress: Progress,
                     errors_only: bool) -> tuple[list[Problem], dict[str, str]]:
    from contextlib import nullcontext

    from khabar.parallel import chunked
    from khabar.parallel import engine as local_engine

    jobs = ((str(layout.root), chunk, errors_only) for chunk in chunked(corpus_files(layout), CHUNK_FILES))
    tick = progress("validate", None)
    problems: list[Problem] = []
    statuses: dict[str, str] = {}
    with (nullcontext(engine) if engine is not None else local_engine("local")) as eng:
        for done, part, found in eng.map(_validate_task, jobs):
            problems += part
            statuses.update(found)
            tick(done)
    return problems + [p for p in layout_problems(layout) if p.severity == ERROR or not errors_only], statuses


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


def require_valid(layout: Layout, engine: Any = None, progress: Progress = SILENT) -> dict[str, str]:
    """Refuse to work from an invalid corpus: one line naming the first problem and the count.

    Returns the effective status of every gold file (`khabar.corpus.gold.effective_status`),
    read on the way, so that the build selects documents without reading them again."""
    problems, statuses = _validate_corpus(layout, engine, progress, errors_only=True)
    if problems:
        raise KhabarError(f"the corpus has {len(problems)} validation error(s), the first: "
                          f"{problems[0].format()}; run `khabar validate`", "invalid-corpus")
    return statuses
