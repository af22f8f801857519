"""Validation of files and of the whole corpus: what `khabar validate` and every command that needs
a valid corpus call.

Nothing here raises on bad input: every check returns `Problem`s, so one run reports all of
them, UD-validate style, as ``path:$.json.path: [code] expected X, found Y``. The checks of one
file live beside this module: `document` (records), `annotation` (the loop over the layer
checkers `entities`, `numbers`, `claims`, `relations`), `schema` (the JSON Schema step).
"""
from __future__ import annotations

import functools
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from khabar.corpus.documents import STAGING_PREFIX, hydrate, is_source_backed, staging_dirs
from khabar.corpus.layout import ID_RULE, SLUG_RE, Layout
from khabar.io import read_json, read_text
from khabar.model.errors import ERROR, KhabarError, Problem
from khabar.progress import SILENT, Progress
from khabar.validate.annotation import annotation_problems
from khabar.validate.document import document_problems, source_record_problems

# Documents per parallel task when the corpus is large.
CHUNK_UNITS = 50


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
    that has no error."""
    from khabar.corpus.gold import effective_status

    problems: list[Problem] = []
    statuses: dict[str, str] = {}
    gold_dir = str(layout.annotations_dir)
    docs: dict[str, dict | None] = {}

    def document(doc_id: Any) -> dict | None:
        if not isinstance(doc_id, str):  # no record (and no key for the cache)
            return None
        if doc_id not in docs:
            docs[doc_id] = _document(layout, doc_id)
        return docs[doc_id]

    for path in paths:
        shown = _rel(path, layout.root)
        obj, problem = _load(path, shown)
        if problem:
            problems.append(problem)
            continue
        if _is_document_path(path):
            problems += _record_problems(layout, path, obj, shown)
        else:
            doc_id = obj.get("document_id") if isinstance(obj, dict) else None
            these = annotation_problems(obj, document(doc_id), shown, _expected_id(path))
            problems += these
            if str(path.parent) == gold_dir and not any(p.severity == ERROR for p in these):
                statuses[path.stem] = effective_status(obj)
    return problems, statuses


def _record_problems(layout: Layout, path: Path, obj: Any, shown: str) -> list[Problem]:
    """The problems of a record read from `path` (its raw file read, its source rehydrated)."""
    if is_source_backed(obj):
        return source_record_problems(layout, obj, shown, expected_id=path.stem)
    raw, found = _raw_of(layout, path, obj, shown)
    return found + document_problems(obj, shown, raw, expected_id=path.stem)


def _as_annotations_see_it(layout: Layout, obj: Any, path: Path) -> dict | None:
    """A record as an annotation file is checked against: its text rehydrated when it has a
    source (left without text when that fails: the record's own check says why); None when it
    is no object."""
    try:
        obj = hydrate(layout.root, obj, str(path))
    except KhabarError:
        pass
    return obj if isinstance(obj, dict) else None


def _document(layout: Layout, doc_id: Any) -> dict | None:
    """The record an annotation file names by its `document_id`, read for that file alone."""
    if not isinstance(doc_id, str) or not SLUG_RE.match(doc_id):  # never a path out of the corpus
        return None
    p = layout.document(doc_id)
    try:
        obj = read_json(p) if p.is_file() else None
    except (KhabarError, OSError, ValueError):
        return None
    return _as_annotations_see_it(layout, obj, p)


# ---------------------------------------------------------------- the corpus, a document at a time

# The order `khabar validate` lists problems in: document records, gold files, passes (each by
# file name), then what no single file shows. A problem's key is (category, names...).
RECORDS, GOLD, PASSES, LAYOUT = range(4)
Key = tuple


class Unit(NamedTuple):
    """One document id and which of its files exist: what one check reads, each file once."""

    doc_id: str
    record: bool                # corpus/documents/<id>.json
    gold: bool                  # annotations/<id>.json
    passes: tuple[str, ...]     # the file names in annotations/passes/<id>/

    def files(self) -> int:
        return self.record + self.gold + len(self.passes)


@dataclass
class Checked:
    """One document's files checked: their problems (keyed, for the corpus order), the record as
    its annotations see it (text rehydrated), the gold file and its effective status (when it
    has no error)."""

    problems: list[tuple[Key, Problem]] = field(default_factory=list)
    record: dict | None = None
    gold: Any = None
    status: str | None = None

    def errors(self, category: int) -> bool:
        return any(k[0] == category and p.severity == ERROR for k, p in self.problems)


def check_document(layout: Layout, unit: Unit, root: Path | None = None) -> Checked:
    """The record, raw file, gold file and passes of one document, each read once; `root`: the
    project root resolved (to name files relative to it), when the caller has it."""
    from khabar.corpus.gold import effective_status

    root = root if root is not None else layout.root.resolve()
    out = Checked()
    name = unit.doc_id + ".json"
    record = None  # the record as its annotations see it, as `_document` gives it
    if unit.record:
        path = layout.documents_dir / name
        shown = _shown(path, root)
        obj, problem = _load(path, shown)
        found = [problem] if problem else _record_problems(layout, path, obj, shown)
        out.problems += [((RECORDS, name), p) for p in found]
        if not problem and SLUG_RE.match(unit.doc_id):
            record = _as_annotations_see_it(layout, obj, layout.document(unit.doc_id))
    out.record = record
    annotations = [(GOLD, layout.annotations_dir / name)] if unit.gold else []
    annotations += [(PASSES, layout.annotations_dir / "passes" / unit.doc_id / f) for f in unit.passes]
    for category, path in annotations:
        shown = _shown(path, root)
        key = (category, name) if category == GOLD else (category, unit.doc_id, path.name)
        obj, problem = _load(path, shown)
        if problem:
            out.problems.append((key, problem))
            continue
        doc_id = obj.get("document_id") if isinstance(obj, dict) else None
        these = annotation_problems(obj, record if doc_id == unit.doc_id else _document(layout, doc_id), shown,
                                    unit.doc_id)
        out.problems += [(key, p) for p in these]
        if category == GOLD:
            out.gold = obj
            if not any(p.severity == ERROR for p in these):
                out.status = effective_status(obj)
    return out


def _shown(path: Path, root: Path) -> str:
    """`_rel` with the root resolved once by the caller.

    A file that is no symbolic link resolves to its folder resolved and its name: one lstat
    rather than one per component of the path (a document's files share three folders)."""
    try:
        name = path.name
        if name in ("", ".", "..") or os.path.islink(path):
            return str(path.resolve().relative_to(root))
        folder = str(path.parent)
        # Only an absolute folder is remembered: a relative one depends on the working folder.
        real = _real_folder(folder) if os.path.isabs(folder) else os.path.realpath(folder)
        resolved = os.path.join(real, name)
        prefix = str(root).rstrip(os.sep) + os.sep
        if resolved.startswith(prefix) and len(resolved) > len(prefix):
            return resolved[len(prefix):]
        return str(Path(resolved).relative_to(root))
    except (ValueError, OSError):
        return str(path)


@functools.lru_cache(maxsize=64)
def _real_folder(folder: str) -> str:
    return os.path.realpath(folder)


_SEP = "\0"  # file names are kept joined by NUL, the one character no file name holds


def _joined(names: Iterable[str]) -> str:
    return "".join(n + _SEP for n in sorted(names))


def _split(joined: str) -> Iterator[str]:
    start = 0
    while start < len(joined):
        end = joined.index(_SEP, start)
        yield joined[start:end]
        start = end + 1


def _merge(*streams: Iterator[str]) -> Iterator[tuple[str, tuple[bool, ...]]]:
    """The union of sorted streams of names, in order, with which streams hold each."""
    heads = [next(s, None) for s in streams]
    while any(h is not None for h in heads):
        low = min(h for h in heads if h is not None)
        held = tuple(h == low for h in heads)
        for i, h in enumerate(held):
            if h:
                heads[i] = next(streams[i], None)
        yield low, held


class Listing:
    """The corpus's files, listed once: the documents a validation checks, in id order, and what
    no single file shows (`problems`). Names are kept sorted and joined in one string, a dozen
    bytes per file, so that listing 100,000 documents holds no object per document."""

    def __init__(self, layout: Layout):
        self.layout = layout
        self._invalid: list[tuple[tuple[str, ...], Path]] = []  # files whose name is no id

        def names(folder: Path, suffix: str, dirs: bool = False) -> tuple[str, set[str]]:
            """The stems of the entries of `folder` ending in `suffix` (folders only, or all but
            folders), joined; and those that are not regular files."""
            stems, not_files = [], set()
            if folder.is_dir():
                with os.scandir(folder) as it:
                    for e in it:
                        if not e.name.endswith(suffix) or e.is_dir() != dirs:
                            continue
                        stem = e.name[:len(e.name) - len(suffix)] if suffix else e.name
                        stems.append(stem)
                        if not dirs and not e.is_file():
                            not_files.add(stem)
                        if not SLUG_RE.match(stem):  # then as `layout_problems` always judged names
                            check = Path(e.name)
                            if not SLUG_RE.match(check.stem if check.suffix in (".txt", ".json") else e.name):
                                path = folder / e.name
                                self._invalid.append((path.parts, path))
            return _joined(stems), not_files

        self.records, _ = names(layout.documents_dir, ".json")
        self.gold, self.gold_not_files = names(layout.annotations_dir, ".json")
        self.pass_dirs, _ = names(layout.annotations_dir / "passes", "", dirs=True)
        self.raw, _ = names(layout.raw_dir, ".txt")
        self.count = sum(1 for _ in self.units(passes=False))

    def units(self, passes: bool = True) -> Iterator[Unit]:
        """Every document id that has a record, a gold file or passes, in id order."""
        folder = self.layout.annotations_dir / "passes"
        for doc_id, (record, gold, has_passes) in _merge(_split(self.records), _split(self.gold),
                                                         _split(self.pass_dirs)):
            found: tuple[str, ...] = ()
            if passes and has_passes:
                found = tuple(_json_names(folder / doc_id))
            yield Unit(doc_id, record, gold, found)

    def problems(self) -> Iterator[Problem]:
        """What no single file shows, in the order `khabar validate` lists it: file names that are
        no id, records without gold, raw files without records, interrupted adds."""
        layout, root = self.layout, self.layout.root
        for _, path in sorted(self._invalid):
            yield Problem(_rel(path, root), "$", "id-invalid",
                          f"expected a file name that is a document id ({ID_RULE}), found {path.name!r}")
        orphans = []
        for doc_id, (record, gold, raw) in _merge(_split(self.records), _split(self.gold), _split(self.raw)):
            if not SLUG_RE.match(doc_id):
                continue
            if record and (not gold or doc_id in self.gold_not_files):
                yield Problem(_rel(layout.document(doc_id), root), "$", "annotation-missing",
                              f"expected {_rel(layout.annotation(doc_id), root)}, found none")
            if raw and not record:
                orphans.append(layout.raw(doc_id))
        for raw_path in sorted(orphans):
            yield Problem(_rel(raw_path, root), "$", "raw-orphan",
                          f"expected a record {_rel(layout.document(raw_path.stem), root)}, "
                          "found none (an interrupted or partial `khabar add`?)")
        for staging in staging_dirs(layout):
            yield Problem(_rel(staging, root), "$", "add-incomplete",
                          f"expected no {STAGING_PREFIX}* folder, found one; run `khabar add --recover`")


def _json_names(folder: Path) -> list[str]:
    with os.scandir(folder) as it:
        return sorted(e.name for e in it if e.name.endswith(".json") and not e.is_dir())


def _validate_task(job: tuple[str, list[Unit], bool]) -> tuple[int, list[tuple[Key, Problem]], dict[str, str]]:
    """One task of a corpus validation (run on an engine's worker): the files it read, their
    problems (errors only, when that is all the caller needs) and the gold files' statuses."""
    root, units, errors_only = job
    layout = Layout(Path(root))
    resolved = layout.root.resolve()
    problems: list[tuple[Key, Problem]] = []
    statuses: dict[str, str] = {}
    for unit in units:
        checked = check_document(layout, unit, resolved)
        problems += [(k, p) for k, p in checked.problems if p.severity == ERROR or not errors_only]
        if checked.status is not None:
            statuses[unit.doc_id] = checked.status
    return sum(u.files() for u in units), problems, statuses


def layout_problems(layout: Layout) -> list[Problem]:
    """What no single file shows: records without gold, raw files without records, interrupted adds."""
    return list(Listing(layout).problems())


def validate_corpus(layout: Layout, engine: Any = None, progress: Progress = SILENT,
                    errors_only: bool = False) -> list[Problem]:
    """The whole corpus: every record, gold file and pass, and that the files fit together.

    Documents are checked in tasks of CHUNK_UNITS on `engine` (`khabar.parallel`: local processes
    by default, or the build's Dask cluster); the problems come back in path order regardless.
    """
    return _validate_corpus(layout, engine, progress, errors_only)[0]


def _validate_corpus(layout: Layout, engine: Any, progress: Progress,
                     errors_only: bool) -> tuple[list[Problem], dict[str, str]]:
    from contextlib import nullcontext

    from khabar.parallel import chunked
    from khabar.parallel import engine as local_engine

    listing = Listing(layout)
    jobs = ((str(layout.root), chunk, errors_only) for chunk in chunked(listing.units(), CHUNK_UNITS))
    tick = progress("validate", None)
    keyed: list[tuple[Key, Problem]] = []
    statuses: dict[str, str] = {}
    with (nullcontext(engine) if engine is not None else local_engine("local")) as eng:
        for done, part, found in eng.map(_validate_task, jobs):
            keyed += part
            statuses.update(found)
            tick(done)
    keyed.sort(key=lambda kp: kp[0])  # stable: a file's problems keep their order
    problems = [p for _, p in keyed]
    return problems + [p for p in listing.problems() if p.severity == ERROR or not errors_only], statuses


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
        raise invalid_corpus(len(problems), problems[0])
    return statuses


def invalid_corpus(errors: int, first: Problem) -> KhabarError:
    """The one-line refusal of a corpus with `errors` validation errors, `first` the first in the
    order `khabar validate` lists them."""
    return KhabarError(f"the corpus has {errors} validation error(s), the first: {first.format()}; "
                       "run `khabar validate`", "invalid-corpus")
