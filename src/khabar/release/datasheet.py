"""Keep DATASHEET.md's figures true: the block between its `khabar:counts` markers is computed
from a built release (the parquet files), never typed by hand.

`khabar build` writes the release's DATASHEET.md with the block filled from what it just built;
`khabar datasheet --write` does the same for the repository's DATASHEET.md, and a test fails when
the repository's block and a fresh build disagree.
"""
from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

from khabar.io import KhabarError, atomic_write_text, read_text
from khabar.model.labels import CLAIM_KINDS, ENTITY_LABELS, NUMBER_KINDS
from khabar.corpus.splits import SPLITS

START, END = "<!-- khabar:counts:start -->", "<!-- khabar:counts:end -->"
CONFIGS = ("spans", "ner", "ner_coarse", "numbers", "claims")


def _table(path: Path):
    if not path.is_file():
        raise KhabarError(f"{path}: missing from the release; rebuild with `khabar build`")
    return pq.read_table(path)


def release_counts(release: Path, selection=None) -> str:
    """Markdown tables of rows per config and split, and of spans per layer and label per split;
    with the build's `selection` (khabar.corpus.gold), documents by annotation status first."""
    from khabar.release.card import status_section

    rows = {(c, s): _table(release / "data" / c / f"{s}.parquet") for c in CONFIGS for s in SPLITS}
    lines = ([status_section(selection)] if selection is not None else []) + ["Rows per configuration and split:", "",
             "| config | " + " | ".join(SPLITS) + " | total |", "|---|" + "---:|" * (len(SPLITS) + 1)]
    for c in CONFIGS:
        n = [rows[(c, s)].num_rows for s in SPLITS]
        lines.append(f"| `{c}` | " + " | ".join(map(str, n)) + f" | {sum(n)} |")
    tokens = [sum(len(t) for t in rows[("ner", s)].column("tokens").to_pylist()) for s in SPLITS]
    lines.append("| tokens (`ner`) | " + " | ".join(map(str, tokens)) + f" | {sum(tokens)} |")

    per: dict[str, Counter] = {s: Counter() for s in SPLITS}
    for s in SPLITS:
        table = rows[("spans", s)]
        for layer, names in (("entities", ENTITY_LABELS), ("numbers", NUMBER_KINDS), ("claims", CLAIM_KINDS)):
            field = "label" if layer == "entities" else "kind"
            for items in table.column(layer).to_pylist():
                for item in items:
                    per[s][(layer, None)] += 1
                    per[s][(layer, names[item[field]])] += 1
                    if layer == "claims" and item["check_worthy"]:
                        per[s][("claims", "check-worthy")] += 1
        per[s][("relations", None)] = sum(len(x) for x in table.column("relations").to_pylist())
    lines += ["", "Spans per layer and label (from the `spans` configuration):", "",
              "| layer | label | " + " | ".join(SPLITS) + " | total |", "|---|---|" + "---:|" * (len(SPLITS) + 1)]
    order = ([("entities", None)] + [("entities", x) for x in ENTITY_LABELS]
             + [("numbers", None)] + [("numbers", x) for x in NUMBER_KINDS]
             + [("claims", None)] + [("claims", x) for x in CLAIM_KINDS] + [("claims", "check-worthy")]
             + [("relations", None)])
    for layer, label in order:
        n = [per[s][(layer, label)] for s in SPLITS]
        if label is None or any(n):
            lines.append(f"| {layer} | {label or '**all**'} | " + " | ".join(map(str, n)) + f" | {sum(n)} |")
    return "\n".join(lines) + "\n"


def fill(text: str, block: str, where: str = "DATASHEET.md") -> str:
    """`text` with the counts block replaced by `block`."""
    if text.count(START) != 1 or text.count(END) != 1 or text.index(START) > text.index(END):
        raise KhabarError(f"{where}: expected one '{START}' ... '{END}' block for the counts")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{block}{END}{tail}"


def current_block(text: str, where: str = "DATASHEET.md") -> str:
    fill(text, "", where)  # checks the markers
    return text.split(START, 1)[1].split(END, 1)[0].lstrip("\n")


def check_datasheet(layout, path: Path, write: bool = False) -> str:
    """Compare DATASHEET.md's counts block with a fresh build: "current", "stale", or "written"."""
    from khabar.release.build import build

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
