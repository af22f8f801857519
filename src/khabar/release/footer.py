"""Parquet footers spliced: the row groups of several short-lived writers become one file's footer.

pyarrow's ParquetWriter keeps the metadata of every row group it has written until it closes,
about six times the size of the footer it then writes (some 150 MB for a release of 100,000
documents). So `khabar.release.parquet` writes a shard in segments of a few row groups, each
by a fresh writer into a file of its own: the segment's column chunks are appended to the shard
as they are, and the metadata of its row groups, with every file offset moved to where the chunks now
lie, goes to a spool on disk. Closing the shard writes the footer one writer would have
written, byte for byte (tests/test_parquet.py compares the two).

Only what the splice needs of the Thrift compact protocol is here: walking a value to its end,
and re-encoding the i64 offsets of a RowGroup (parquet.thrift: RowGroup.file_offset;
ColumnChunk.file_offset, offset_index_offset, column_index_offset; ColumnMetaData
data_page_offset, index_page_offset, dictionary_page_offset, bloom_filter_offset).
"""
from __future__ import annotations

from typing import Any, BinaryIO

# Compact protocol types.
_BOOL_TRUE, _BOOL_FALSE, _BYTE, _I16, _I32, _I64, _DOUBLE, _BINARY, _LIST, _SET, _MAP, _STRUCT = range(1, 13)
MAGIC = b"PAR1"

# (i64 fields holding a file offset, nested fields to walk into): a struct's walk plan; a
# one-item list is a list of such structs.
Plan = tuple[frozenset[int], dict[int, Any]]
_COLUMN_META: Plan = (frozenset({9, 10, 11, 14}), {})
_COLUMN_CHUNK: Plan = (frozenset({2, 4, 6}), {3: _COLUMN_META})
_ROW_GROUP: Plan = (frozenset({5}), {1: [_COLUMN_CHUNK]})
_ROW_GROUP_ORDINAL = 7          # written by some writers: the row group's index in its file


class FooterError(RuntimeError):
    """A footer this module cannot splice (a pyarrow that writes fields it does not know)."""


def _varint(b: bytes, p: int) -> tuple[int, int]:
    x = b[p]
    if x < 0x80:
        return x, p + 1
    out, shift = x & 0x7F, 7
    while True:
        p += 1
        x = b[p]
        out |= (x & 0x7F) << shift
        if x < 0x80:
            return out, p + 1
        shift += 7


def _uvarint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _i64(n: int) -> bytes:
    """An i64 as the compact protocol writes it (zigzag, then varint)."""
    return _uvarint((n << 1) ^ (n >> 63))


def _list_header(n: int, elem: int) -> bytes:
    return bytes([n << 4 | elem]) if n <= 14 else bytes([0xF0 | elem]) + _uvarint(n)


def _skip(b: bytes, p: int, t: int) -> int:
    """The position after a value of compact type t at p."""
    if _I16 <= t <= _I64:
        while b[p] & 0x80:
            p += 1
        return p + 1
    if t == _BINARY:
        n, p = _varint(b, p)
        return p + n
    if t == _STRUCT:
        return _skip_struct(b, p)
    if t <= _BOOL_FALSE:
        return p  # a bool field's value is in its header
    if t == _BYTE:
        return p + 1
    if t == _DOUBLE:
        return p + 8
    if t in (_LIST, _SET):
        h = b[p]
        p += 1
        n, elem = h >> 4, h & 15
        if n == 15:
            n, p = _varint(b, p)
        if elem <= _BYTE:  # bools in a list take a byte each
            return p + n
        if elem == _STRUCT:
            for _ in range(n):
                p = _skip_struct(b, p)
        elif _I16 <= elem <= _I64:
            for _ in range(n):
                while b[p] & 0x80:
                    p += 1
                p += 1
        else:
            for _ in range(n):
                p = _skip(b, p, elem)
        return p
    if t == _MAP:
        n, p = _varint(b, p)
        if n:
            kv = b[p]
            p += 1
            for _ in range(n):
                p = _skip(b, _skip(b, p, kv >> 4), kv & 15)
        return p
    raise FooterError(f"unknown Thrift compact type {t}")


def _skip_struct(b: bytes, p: int) -> int:
    """The position after the struct at p (the common types inline: this walk is the splice's cost)."""
    while True:
        h = b[p]
        p += 1
        if not h:
            return p
        if not h & 0xF0:  # a long field header: the field id follows as a varint
            while b[p] & 0x80:
                p += 1
            p += 1
        t = h & 15
        if _I16 <= t <= _I64:
            while b[p] & 0x80:
                p += 1
            p += 1
        elif t == _BINARY:
            n, p = _varint(b, p)
            p += n
        elif t > _BOOL_FALSE:
            p = _skip(b, p, t)


def _fields(b: bytes, p: int) -> list[tuple[int, int, int]]:
    """(field id, header position, end) of each field of the struct at p; the stop byte last,
    as field id 0."""
    out, last = [], 0
    while True:
        start = p
        h = b[p]
        p += 1
        if not h:
            out.append((0, start, p))
            return out
        if h >> 4:
            last += h >> 4
        else:
            v, p = _varint(b, p)
            last = (v >> 1) ^ -(v & 1)
        p = _skip(b, p, h & 15)
        out.append((last, start, p))


def _walk(b: bytes, p: int, delta: int, out: list[bytes], copy: int, plan: Plan) -> tuple[int, int]:
    """Walk the struct at p, re-encoding its offsets moved by `delta` into `out` (bytes from
    `copy` on not yet copied); returns the end of the struct and the new `copy`."""
    shifted, nested = plan
    last = 0
    while True:
        h = b[p]
        p += 1
        if not h:
            return p, copy
        t = h & 15
        if h >> 4:
            last += h >> 4
        else:
            v, p = _varint(b, p)
            last = (v >> 1) ^ -(v & 1)
        if t == _I64 and last in shifted and b[p]:  # 0: an offset the writer leaves unset
            v, q = _varint(b, p)
            out.append(b[copy:p])
            out.append(_i64(((v >> 1) ^ -(v & 1)) + delta))
            p = copy = q
        elif last in nested and t == _STRUCT:
            p, copy = _walk(b, p, delta, out, copy, nested[last])
        elif last in nested and t == _LIST:
            hdr = b[p]
            p += 1
            n = hdr >> 4
            if n == 15:
                n, p = _varint(b, p)
            for _ in range(n):
                p, copy = _walk(b, p, delta, out, copy, nested[last][0])
        elif plan is _ROW_GROUP and last == _ROW_GROUP_ORDINAL:
            raise FooterError("this pyarrow writes row group ordinals, which the spliced writer "
                              "cannot renumber yet")
        elif _I16 <= t <= _I64:
            while b[p] & 0x80:
                p += 1
            p += 1
        elif t == _BINARY:
            n, p = _varint(b, p)
            p += n
        elif t > _BOOL_FALSE:
            p = _skip(b, p, t)


class Frame:
    """What every footer of one schema and writer shares: the bytes before `num_rows` (version,
    schema) and after the row groups (key-value metadata, created_by, column orders)."""

    def __init__(self, footer: bytes):
        fields = _fields(footer, 0)
        ids = [f for f, _, _ in fields]
        if 3 not in ids or 4 not in ids or ids.index(4) != ids.index(3) + 1:
            raise FooterError("a parquet footer without num_rows followed by row_groups")
        _, start3, _ = fields[ids.index(3)]
        _, start4, _ = fields[ids.index(4)]
        _, after, _ = fields[ids.index(4) + 1]
        if not footer[start3] >> 4 or not footer[start4] >> 4:
            raise FooterError("a parquet footer with long field headers for num_rows or row_groups")
        self.prefix, self.suffix = footer[:start3], footer[after:]
        self.num_rows_header, self.row_groups_header = footer[start3:start3 + 1], footer[start4:start4 + 1]

    def row_groups(self, footer: bytes, delta: int) -> tuple[int, int, bytes]:
        """(row groups, rows, their RowGroup structs with every offset moved by `delta`) of a
        segment's footer."""
        b = footer
        if not (b.startswith(self.prefix) and b.endswith(self.suffix)):
            raise FooterError("a segment footer that differs from its shard's outside the row groups")
        p = len(self.prefix)
        if b[p:p + 1] != self.num_rows_header:
            raise FooterError("a segment footer without num_rows where expected")
        v, p = _varint(b, p + 1)
        rows = (v >> 1) ^ -(v & 1)
        if b[p:p + 1] != self.row_groups_header or b[p + 1] & 15 != _STRUCT:
            raise FooterError("a segment footer without its list of row groups where expected")
        h = b[p + 1]
        p += 2
        n = h >> 4
        if n == 15:
            n, p = _varint(b, p)
        out: list[bytes] = []
        start = p
        for _ in range(n):
            p, start = _walk(b, p, delta, out, start, _ROW_GROUP)
        out.append(b[start:p])
        if p != len(b) - len(self.suffix):
            raise FooterError("a segment footer whose row groups end before its metadata")
        return n, rows, b"".join(out)

    def write_footer(self, sink: BinaryIO, row_groups: int, rows: int, spool: BinaryIO, spooled: int) -> None:
        """The footer of a file of `row_groups` row groups and `rows` rows whose RowGroup
        structs (`spooled` bytes) are in `spool`, then its length and the closing magic."""
        head = (self.prefix + self.num_rows_header + _i64(rows) + self.row_groups_header
                + _list_header(row_groups, _STRUCT))
        sink.write(head)
        spool.seek(0)
        while chunk := spool.read(1 << 20):
            sink.write(chunk)
        sink.write(self.suffix)
        sink.write((len(head) + spooled + len(self.suffix)).to_bytes(4, "little") + MAGIC)
