"""Streaming, sharded, deterministic parquet writing of one config and split.

Rows arrive as Arrow tables of any size; they are cut into row groups of a fixed number of rows
and appended to the current shard, which is closed once it reaches a target size. Row groups and
shard cuts depend on the rows alone, never on how they arrived, so the bytes are the same with
one process, N processes or a Dask cluster. Shards follow the Hub's naming,
`data/<config>/<split>-00000-of-0000N.parquet`, renamed once N is known.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

ROW_GROUP_ROWS = 1_000      # fixed, so row groups depend on the rows only; small, so memory stays flat
SHARD_BYTES = 256 * 2**20   # a shard is closed at the first row group that takes it past this size
COMPRESSION = "zstd"
COMPRESSION_LEVEL = 9


def shard_path(config: str, split: str, index: int, count: int) -> str:
    """Path of one shard, relative to the release folder (the Hub's naming)."""
    return f"data/{config}/{split}-{index:05d}-of-{count:05d}.parquet"


def split_pattern(config: str, split: str) -> str:
    """The glob of every shard of a config and split (the card's `data_files` path)."""
    return f"data/{config}/{split}-*.parquet"


@dataclass(frozen=True)
class SplitFiles:
    """What was written for one config and split."""

    num_examples: int
    num_bytes: int            # Arrow bytes of the rows (the card's `num_bytes`)
    files: tuple[str, ...]    # shard paths relative to the release folder
    file_bytes: int


class ShardedWriter:
    """Appends Arrow tables of one config and split to parquet shards, in fixed row groups."""

    def __init__(self, folder: Path, config: str, split: str, schema: pa.Schema,
                 row_group_rows: int = ROW_GROUP_ROWS, shard_bytes: int = SHARD_BYTES):
        self.folder, self.config, self.split, self.schema = Path(folder), config, split, schema
        self.row_group_rows, self.shard_bytes = row_group_rows, shard_bytes
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.num_examples = 0
        self.num_bytes = 0
        self.parts: list[Path] = []
        self.sink: pa.OSFile | None = None
        self.writer: pq.ParquetWriter | None = None

    def append(self, table: pa.Table) -> None:
        self.pending.append(table)
        self.pending_rows += table.num_rows
        while self.pending_rows >= self.row_group_rows:
            self._flush(self.row_group_rows)

    def _open(self) -> None:
        path = self.folder / f"data/{self.config}/.{self.split}-{len(self.parts):05d}.part"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.parts.append(path)
        self.sink = pa.OSFile(str(path), "wb")
        self.writer = pq.ParquetWriter(self.sink, self.schema, compression=COMPRESSION,
                                       compression_level=COMPRESSION_LEVEL, write_statistics=True,
                                       store_schema=True)

    def _close_shard(self) -> None:
        if self.writer is not None and self.sink is not None:
            self.writer.close()
            self.sink.close()
            self.writer = self.sink = None

    def _flush(self, n: int | None = None) -> None:
        """Write the first n pending rows (all when None) as one row group, from contiguous memory
        so that the bytes do not depend on how the rows arrived."""
        if not self.pending_rows:
            return
        table = pa.concat_tables(self.pending)
        n = table.num_rows if n is None else n
        head, rest = table.slice(0, n).combine_chunks(), table.slice(n)
        if self.writer is None:
            self._open()
        writer, sink = self.writer, self.sink
        assert writer is not None and sink is not None  # _open makes both
        writer.write_table(head, row_group_size=self.row_group_rows)
        self.num_examples += head.num_rows
        self.num_bytes += head.nbytes
        self.pending = [rest] if rest.num_rows else []
        self.pending_rows = rest.num_rows
        if sink.tell() >= self.shard_bytes:
            self._close_shard()

    def close(self) -> SplitFiles:
        """Write what is pending, close the last shard and give every shard its final name."""
        self._flush()
        if not self.parts:  # no rows at all: one empty shard still declares the schema
            self._open()
        self._close_shard()
        names = []
        for i, part in enumerate(self.parts):
            rel = shard_path(self.config, self.split, i, len(self.parts))
            os.replace(part, self.folder / rel)
            names.append(rel)
        size = sum((self.folder / rel).stat().st_size for rel in names)
        return SplitFiles(self.num_examples, self.num_bytes, tuple(names), size)

    def abort(self) -> None:
        """Close without naming (the build failed; its temporary folder goes)."""
        try:
            self._close_shard()
        except Exception:  # already failing; the folder is removed anyway
            pass
