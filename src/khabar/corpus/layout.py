"""Where things live under a project root, and finding that root.

Layout under the project root::

    corpus/raw/<id>.txt          the article exactly as received (dateline line, then paragraphs)
    corpus/documents/<id>.json   the document record (schema/document.schema.json)
    annotations/<id>.json        the gold annotation (schema/annotation.schema.json)
    annotations/passes/<id>/*.json  independent annotation passes kept for agreement
    dist/khabar/                 the default release folder (`khabar build`)
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from khabar.model.errors import KhabarError

DEFAULT_RELEASE = Path("dist") / "khabar"


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
        return self.raw_dir / f"{doc_id}.txt"

    def document(self, doc_id: str) -> Path:
        return self.documents_dir / f"{doc_id}.json"

    def annotation(self, doc_id: str) -> Path:
        return self.annotations_dir / f"{doc_id}.json"

    def passes(self, doc_id: str) -> Path:
        return self.annotations_dir / "passes" / doc_id

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


