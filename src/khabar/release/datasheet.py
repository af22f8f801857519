"""Keep DATASHEET.md's figures true: the block between its `khabar:counts` markers is computed
from a built release (the parquet files), never typed by hand.

`khabar build` writes the release's DATASHEET.md with the block filled from what it just built;
`khabar datasheet --write` does the same for the repository's DATASHEET.md, and a test fails when
the repository's block and a fresh build disagree.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from khabar.corpus.splits import SPLITS
from khabar.io import KhabarError
from khabar.model.labels import CLAIM_KINDS, ENTITY_LABELS, NUMBER_KINDS
from khabar.release.names import CONFIG_NAMES as CONFIGS
from khabar.release.parquet import split_pattern

START, END = "<!-- khabar:counts:start -->", "<!-- khabar:counts:end -->"


def _batches(release: Path, config: str, split: str, columns: list[str]) -> Iterator:
    """Record batches of a config and split, from all its shards, only the columns counted
    (streaming: the counts of a release of any size take the memory of one batch)."""
    files = sorted(release.glob(split_pattern(config, split)))
    if not files:
        raise KhabarError(f"{release / split_pattern(config, split)}: missing from the release; "
                          "rebuild with `khabar build`")
    for f in files:
        yield from pq.ParquetFile(f).iter_batches(columns=columns)


def _split_counts(release: Path, split: str) -> tuple[dict[str, int], int, Counter]:
    """Rows per config, tokens of `ner`, and spans per (layer, label) of one split."""
    import pyarrow.compute as pc

    rows = {c: sum(b.num_rows for b in _batches(release, c, split, ["id"])) for c in CONFIGS}
    tokens = sum(pc.sum(pc.list_value_length(b.column("tokens"))).as_py() or 0
                 for b in _batches(release, "ner", split, ["tokens"]))
    per: Counter = Counter()
    for b in _batches(release, "spans", split, ["entities", "numbers", "claims", "relations"]):
        for layer, names in (("entities", ENTITY_LABELS), ("numbers", NUMBER_KINDS), ("claims", CLAIM_KINDS)):
            items = pc.list_flatten(b.column(layer))
            per[(layer, None)] += len(items)
            labels = pc.struct_field(items, "label" if layer == "entities" else "kind")
            for vc in pc.value_counts(labels).to_pylist():
                per[(layer, names[vc["values"]])] += vc["counts"]
            if layer == "claims":
                per[("claims", "check-worthy")] += pc.sum(pc.struct_field(items, "check_worthy")).as_py() or 0
        per[("relations", None)] += len(pc.list_flatten(b.column("relations")))
    return rows, tokens, per


def release_counts(release: Path, selection=None) -> str:
    """Markdown tables of rows per config and split, and of spans per layer and label per split;
    with the build's `selection` (khabar.corpus.gold), documents by annotation status first."""
    from khabar.release.card import status_section

    counted = {s: _split_counts(release, s) for s in SPLITS}
    lines = ([status_section(selection)] if selection is not None else []) + ["Rows per configuration and split:", "",
             "| config | " + " | ".join(SPLITS) + " | total |", "|---|" + "---:|" * (len(SPLITS) + 1)]
    for c in CONFIGS:
        n = [counted[s][0][c] for s in SPLITS]
        lines.append(f"| `{c}` | " + " | ".join(map(str, n)) + f" | {sum(n)} |")
    tokens = [counted[s][1] for s in SPLITS]
    lines.append("| tokens (`ner`) | " + " | ".join(map(str, tokens)) + f" | {sum(tokens)} |")
    per = {s: counted[s][2] for s in SPLITS}
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
