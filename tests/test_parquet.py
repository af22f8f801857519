"""The sharded parquet writer: shards written in segments by short-lived writers, their footers
spliced (khabar.release.footer), are byte for byte what one pyarrow writer per shard writes."""
from __future__ import annotations

import io
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from khabar.corpus.documents import make_document
from khabar.release import footer
from khabar.release.configs import arrow_schema
from khabar.release.parquet import WRITE_OPTIONS, ShardedWriter, shard_path
from khabar.release.rows import document_rows, row_dicts
from releasefix import RAW, gold


def _rows(config: str, copies: int) -> list[dict]:
    """The rows of `copies` copies of the synthetic document (ids made distinct)."""
    doc = make_document(RAW, "doc1", "corpus/raw/doc1.txt", agency="AFP")
    ann = gold(doc)
    out = []
    for i in range(copies):
        got = row_dicts(document_rows({**doc, "id": f"doc{i}"}, ann, ("train",) * len(doc["paragraphs"])))
        out += got[(config, "train")]
    return out


def _one_writer_per_shard(folder: Path, config: str, table: pa.Table, group: int, shard_bytes: int) -> list[bytes]:
    """The reference: one ParquetWriter per shard, a row group per `group` rows, a shard closed
    at the first row group that takes its file past `shard_bytes` (what ShardedWriter promises)."""
    shards, sink, writer = [], None, None
    for start in range(0, table.num_rows, group):
        if writer is None:
            sink = io.BytesIO()
            writer = pq.ParquetWriter(sink, table.schema, **WRITE_OPTIONS)
        writer.write_table(table.slice(start, group).combine_chunks(), row_group_size=group)
        if sink.tell() >= shard_bytes:
            writer.close()
            shards.append(sink.getvalue())
            writer = None
    if writer is not None:
        writer.close()
        shards.append(sink.getvalue())
    return shards


@pytest.mark.parametrize("config", ["spans", "ner", "numbers", "claims"])
@pytest.mark.parametrize("segment", [1, 2, 5])
@pytest.mark.parametrize("shard_bytes", [6000, 1 << 30])
def test_spliced_shards_are_one_writers_shards(tmp_path, config, segment, shard_bytes):
    schema = arrow_schema(config)
    table = pa.Table.from_pylist(_rows(config, 12), schema=schema)
    want = _one_writer_per_shard(tmp_path, config, table, 7, shard_bytes)
    w = ShardedWriter(tmp_path, config, "train", schema, row_group_rows=7, shard_bytes=shard_bytes,
                      segment_row_groups=segment)
    for start in range(0, table.num_rows, 5):  # tables arrive in runs that do not match row groups
        w.append(table.slice(start, 5))
    files = w.close()
    assert files.num_examples == table.num_rows
    assert files.files == tuple(shard_path(config, "train", i, len(want)) for i in range(len(want)))
    assert [(tmp_path / f).read_bytes() for f in files.files] == want
    if shard_bytes < 1 << 20:
        assert len(want) > 2  # the shard cuts were exercised


def test_an_empty_split_is_one_shard_declaring_the_schema(tmp_path):
    w = ShardedWriter(tmp_path, "claims", "test", arrow_schema("claims"))
    files = w.close()
    assert files.num_examples == 0 and len(files.files) == 1
    assert pq.read_schema(tmp_path / files.files[0]) == arrow_schema("claims")


def test_no_spool_or_part_left(tmp_path):
    schema = arrow_schema("ner")
    w = ShardedWriter(tmp_path, "ner", "train", schema, row_group_rows=3, segment_row_groups=2)
    w.append(pa.Table.from_pylist(_rows("ner", 2), schema=schema))
    files = w.close()
    assert sorted(p.name for p in (tmp_path / "data" / "ner").iterdir()) == [Path(f).name for f in files.files]



def test_an_aborted_writer_leaves_no_segment(tmp_path):
    """A segment is written to a file beside its shard (not into memory): aborting mid-segment
    closes and removes it, leaving only the part the failed build's folder goes with."""
    schema = arrow_schema("ner")
    w = ShardedWriter(tmp_path, "ner", "train", schema, row_group_rows=3, segment_row_groups=10)
    w.append(pa.Table.from_pylist(_rows("ner", 2), schema=schema))
    names = sorted(p.name for p in (tmp_path / "data" / "ner").iterdir())
    assert [n for n in names if n.endswith(".segment")], names  # a segment is open on disk
    w.abort()
    assert not [p.name for p in (tmp_path / "data" / "ner").iterdir() if p.name.endswith(".segment")]

@pytest.mark.parametrize("delta", [0, 1, 127, 128, 10**6, 2**40])
def test_row_groups_move_by_the_offset_given(delta):
    """A segment's row groups re-encoded at another place in the file read back with every
    offset moved by exactly that much, the rest unchanged (pyarrow reads the result)."""
    schema = arrow_schema("numbers")
    table = pa.Table.from_pylist(_rows("numbers", 3), schema=schema)
    sink = io.BytesIO()
    with pq.ParquetWriter(sink, schema, **WRITE_OPTIONS) as writer:
        for start in range(0, table.num_rows, 4):
            writer.write_table(table.slice(start, 4).combine_chunks(), row_group_size=4)
    data = sink.getvalue()
    flen = int.from_bytes(data[-8:-4], "little")
    meta = data[-8 - flen:-8]
    frame = footer.Frame(meta)
    n, rows, structs = frame.row_groups(meta, delta)
    spool = io.BytesIO(structs)
    moved = io.BytesIO()
    frame.write_footer(moved, n, rows, spool, len(structs))
    before = pq.ParquetFile(io.BytesIO(data)).metadata
    # Only the footer is read: the column chunks need not be where the offsets say.
    after = pq.read_metadata(io.BytesIO(b"PAR1" + moved.getvalue()))
    assert (n, rows) == (before.num_row_groups, after.num_rows) == (after.num_row_groups, table.num_rows)
    moved_keys = {"data_page_offset", "dictionary_page_offset"}
    for i in range(n):
        a, b = before.row_group(i).to_dict(), after.row_group(i).to_dict()
        assert {k: v for k, v in b.items() if k != "columns"} == {k: v for k, v in a.items() if k != "columns"}
        for ca, cb in zip(a["columns"], b["columns"], strict=True):
            for key in moved_keys:
                assert cb[key] == (ca[key] + delta if ca[key] else ca[key])
            assert {k: v for k, v in cb.items() if k not in moved_keys} == \
                {k: v for k, v in ca.items() if k not in moved_keys}
