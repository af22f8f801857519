"""Where things live under a project root, and finding that root.

Layout under the project root::

    corpus/raw/<id>.txt          the article exactly as received (dateline line, then paragraphs)
    corpus/documents/<id>.json   the document record (schema/document.schema.json)
    annotations/<id>.json        the gold annotation (schema/annotation.schema.json)
    annotations/passes/<id>/*.json  independent annotation passes kept for agreement
    dist/khabar/                 the default release folder (`khabar build`)
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from khabar.model.errors import KhabarError

DEFAULT_RELEASE = Path("dist") / "khabar"

# The one document-id rule, wherever an id enters (an argument, a record, a pass, an import, a
# predictions file): a slug that is a file name on every file system and never a path.
# `\Z`, not `$`: `$` also matches before a final newline, and 'abc\n' is no slug.
SLUG_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}\Z")
ID_RULE = "lowercase letters, digits, '_' and '-', at most 64, starting with a letter or digit"


def check_id(value: object, where: str) -> str:
    """`value` if it is a valid document id; otherwise one error naming `where` it came from."""
    if isinstance(value, str) and SLUG_RE.match(value):
        return value
    shown = repr(value) if not isinstance(value, str) or len(value) <= 70 \
        else f"{value[:60]!r}... ({len(value)} characters)"
    raise KhabarError(f"{where}: {shown} is not a safe document id ({ID_RULE})", "id-invalid")


def inside(path: Path, folder: Path, what: str) -> Path:
    """`path` resolved (symlinks followed), refused unless it lies inside `folder`: a path given
    or read from a file never reaches outside the project (or the --out folder)."""
    target, base = Path(path).resolve(), Path(folder).resolve()
    if not _inside(target, base):
        raise KhabarError(f"{path}: {what} resolves to {target}, outside {base}", "path-outside", str(path))
    return target


@dataclass(frozen=True)
class Layout:
    """Where things live under a project root."""

    root: Path

    @property
    def raw_dir(self) -> Path:
        return self.root / "corpus" / "raw"

    @property
    def documents_dir(self) -> Path:
        return self.root / "corpus" / "documents"

    @property
    def annotations_dir(self) -> Path:
        return self.root / "annotations"

    def raw(self, doc_id: str) -> Path:
        return self.raw_dir / f"{check_id(doc_id, 'corpus/raw/<id>.txt')}.txt"

    def document(self, doc_id: str) -> Path:
        return self.documents_dir / f"{check_id(doc_id, 'corpus/documents/<id>.json')}.json"

    def annotation(self, doc_id: str) -> Path:
        return self.annotations_dir / f"{check_id(doc_id, 'annotations/<id>.json')}.json"

    def passes(self, doc_id: str) -> Path:
        return self.annotations_dir / "passes" / check_id(doc_id, 'annotations/passes/<id>/')

    def suggestion(self, doc_id: str) -> Path:
        return self.annotations_dir / "suggestions" / f"{check_id(doc_id, 'annotations/suggestions/<id>.json')}.json"

    def document_ids(self) -> list[str]:
        return sorted(p.stem for p in self.documents_dir.glob("*.json"))

    def annotation_paths(self) -> list[Path]:
        return sorted(self.annotations_dir.glob("*.json"))

    def pass_paths(self) -> list[Path]:
        return sorted(self.annotations_dir.glob("passes/*/*.json"))


def find_root(start: Path | None = None) -> Path:
    """The nearest folder (from `start` upwards) holding `corpus/` and `annotations/`."""
    here = Path(start or Path.cwd()).resolve()
    for cand in (here, *here.parents):
        if (cand / "corpus").is_dir() and (cand / "annotations").is_dir():
            return cand
    raise KhabarError(
        f"{here}: not inside a Khabar project (no folder with corpus/ and annotations/); use --root"
    )




def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_guards(out: Path, root: Path | None) -> Path:
    """The guards every --out passes, whatever it is and whatever the flags: never inside (or
    containing) the project's `corpus/` or `annotations/`, never the project root or a folder
    holding a `.git`, never a dangling symlink. Returns the resolved target."""
    target = Path(out).resolve()
    if root is not None:
        root = Path(root).resolve()
        for name in ("corpus", "annotations"):
            protected = root / name
            if _inside(target, protected) or _inside(protected, target):
                raise KhabarError(f"{out}: refusing to write into or over {protected}; "
                                  "choose an output outside corpus/ and annotations/", "out-refused",
                                  str(out))
    if (target / ".git").exists() or (root is not None and _inside(root, target)):
        raise KhabarError(f"{out}: refusing to write over a project or repository folder", "out-refused",
                          str(out))
    if not target.exists() and Path(out).is_symlink():
        raise KhabarError(f"{out}: a dangling symlink; remove it or choose another path",
                          "out-refused", str(out))
    return target


def check_output(out: Path, root: Path | None, *, is_dir: bool, marker: str | None = None,
                 force: bool = False, owned: Callable[[Path], str | None] | None = None) -> None:
    """Refuse an --out path that would destroy what the command did not create.

    Never inside (or containing) the project's `corpus/` or `annotations/`, never the project
    root or a folder holding a `.git`. An existing folder must be empty, or be this command's
    own output: hold `marker` (the file the command writes to mark it, such as a release
    manifest) and pass `owned(folder)`, which checks it further (a release holding only its
    manifest's files) and returns why it is refused, or None. `force` never widens that: a
    folder the command did not write is refused whatever the flags, since replacing it would
    delete what someone else put there (a home folder's `.ssh/`). An existing file is
    overwritten only with `force`, and a folder never stands in for a file. Symlinks are
    resolved first, so a link cannot smuggle the output into a protected folder.
    """
    target = check_guards(out, root)
    if not target.exists():
        return
    if is_dir:
        if not target.is_dir():
            raise KhabarError(f"{out}: exists and is not a folder", "out-refused", str(out))
        if not any(target.iterdir()):
            return
        if marker and (target / marker).is_file() and not (target / marker).is_symlink():
            reason = owned(target) if owned else None
            if reason is None:
                return
            raise KhabarError(f"{out}: {reason}; refusing to replace it, with or without --force "
                              "(move those files away, or choose a new folder)", "out-refused", str(out))
        raise KhabarError(f"{out}: folder exists and is not empty (and is not this command's output); "
                          "refusing to replace it, with or without --force: choose a new or empty folder",
                          "out-refused", str(out))
    if target.is_dir():
        raise KhabarError(f"{out}: is a folder, expected a file path", "out-refused", str(out))
    if not force:
        raise KhabarError(f"{out}: file exists; pass --force to overwrite it", "out-refused", str(out))
    # --force replaces a file of the kind this command writes (`owned` recognises it), never
    # another file that happens to sit at the path.
    reason = owned(target) if owned else None
    if reason is not None:
        raise KhabarError(f"{out}: exists and {reason}; refusing to overwrite it, with or without --force "
                          "(move it away, or choose another path)", "out-refused", str(out))
