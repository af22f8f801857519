"""What a build produced: the figures the card, Croissant, the datasheet and the CLI report."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.corpus.gold import SelectionSummary


@dataclass
class BuildResult:
    """What was built: the card and croissant.json are written from it, the CLI reports it."""

    out: Path
    sizes: dict[str, dict[str, Any]] = field(default_factory=dict)  # config -> split -> parquet.SplitFiles
    projection: Any = None          # rows.Projection (ner)
    projection_coarse: Any = None   # rows.Projection (ner_coarse)
    projection_nested: Any = None   # rows.Projection (ner_nested: every level, and the entities deeper than the last)
    split_counts: dict[str, Counter] = field(default_factory=dict)  # split -> spans per layer
    counts: dict[str, Counter] = field(default_factory=dict)  # per document (small corpora) and "total"
    sources: Any = None             # rows.Sources
    split_policy: str = ""          # the split manifest's policy
    split_units: dict[str, int] = field(default_factory=dict)  # its documents by unit ("document", "paragraph")
    has_datasheet: bool = False
    repo_id: str | None = None
    files: list[dict[str, Any]] = field(default_factory=list)  # the release manifest's entries
    notices: list[str] = field(default_factory=list)  # recovery from killed builds, said to the user
    selection: SelectionSummary | None = None  # released and left-out documents, by status
    attributions: list[dict[str, str]] = field(default_factory=list)  # sources of the released text

    @property
    def open_release(self) -> bool:
        """Built with --open-only: every released document's text is openly licensed."""
        return bool(self.selection is not None and self.selection.open_only)
