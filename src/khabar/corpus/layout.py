"""Where things live under a project root, and finding that root.

Layout under the project root::

    corpus/raw/<id>.txt          the article exactly as received (dateline line, then paragraphs)
    corpus/documents/<id>.json   the document record (schema/document.schema.json)
    annotations/<id>.json        the gold annotation (schema/annotation.schema.json)
    annotations/passes/<id>/*.json  independent annotation passes kept for agreement
    dist/khabar/                 the default release folder (`khabar build`)
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from khabar.model.errors import KhabarError

DEFAULT_RELEASE = Path("dist") / "khabar"


# A file name may hold 255 bytes on the common file systems; a document's files add an
# extension (and an atomic write a temporary suffix), so an id is kept well under that.
MAX_ID_BYTES = 200


def file_name(doc_id: str) -> str:
    """A document id as the stem of its files; an id too long to be one is a one-line error (the
    file system would answer with a traceback: File name too long)."""
    size = len(doc_id.encode("utf-8", "surrogatepass"))
    if size > MAX_ID_BYTES:
        raise KhabarError(f"document id {doc_id[:40]!r}... is {size} bytes long; a document id names "
                          f"files and may be at most {MAX_ID_BYTES} bytes", "id-invalid")
    return doc_id


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
        return self.raw_dir / f"{file_name(doc_id)}.txt"

    def document(self, doc_id: str) -> Path:
        return self.documents_dir / f"{file_name(doc_id)}.json"

    def annotation(self, doc_id: str) -> Path:
        return self.annotations_dir / f"{file_name(doc_id)}.json"

    def passes(self, doc_id: str) -> Path:
        return self.annotations_dir / "passes" / file_name(doc_id)

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
