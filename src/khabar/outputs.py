"""Recognising the files Khabar's commands write, so that `--force` overwrites only those."""
from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from khabar.io import loads_json
from khabar.model.errors import KhabarError

# What `khabar view` writes into every page's head (the mark it is recognised by).
VIEW_GENERATOR = '<meta name="generator" content="khabar view">'
# What `khabar benchmark --plot` writes into the PNG's text chunk.
PLOT_SOFTWARE = "khabar benchmark"
# A file larger than this is read no further: no output Khabar writes is that large but a
# release's shards, which are folders' business.
MAX_READ = 256 * 2**20
_TAG_LINE = re.compile(r"\S+ (?:O|[BI]-[A-Za-z_]+)")


def _json(data: bytes) -> Any:
    try:
        return loads_json(data.decode("utf-8"))
    except (KhabarError, UnicodeDecodeError):
        return None


def _view(data: bytes) -> bool:
    return VIEW_GENERATOR.encode() in data[:8192]


def _annotation(data: bytes) -> bool:
    obj = _json(data)
    return isinstance(obj, dict) and isinstance(obj.get("document_id"), str) and "schema_version" in obj


def _results(data: bytes) -> bool:
    obj = _json(data)
    # A benchmark's results carry their format; a comparison, the two models and the data hash.
    return isinstance(obj, dict) and (str(obj.get("format", "")).startswith("khabar-benchmark")
                                      or {"a", "b", "metric", "data_sha256"} <= set(obj))


def _plot(data: bytes) -> bool:
    return data.startswith(b"\x89PNG") and b"Software\x00" + PLOT_SOFTWARE.encode() in data[:4096]


def _jsonl(data: bytes) -> bool:
    lines = [ln for ln in data.decode("utf-8", "replace").split("\n") if ln.strip()]
    records = [_json(ln.encode("utf-8")) for ln in lines]
    return bool(records) and all(isinstance(r, dict) and "id" in r and "spans" in r for r in records)


def _conll(data: bytes) -> bool:
    try:
        lines = [ln for ln in data.decode("utf-8").split("\n") if ln.strip()]
    except UnicodeDecodeError:
        return False
    return bool(lines) and all(_TAG_LINE.fullmatch(ln) for ln in lines)


def _docbin(data: bytes) -> bool:
    # spaCy's DocBin.to_bytes: zlib-compressed msgpack of a map whose keys include these.
    try:
        head = zlib.decompressobj().decompress(data, 4096)
    except zlib.error:
        return False
    return b"attrs" in head and b"tokens" in head


KINDS: dict[str, tuple[str, Callable[[bytes], bool]]] = {
    "view": ("a page `khabar view` wrote", _view),
    "annotation": ("a Khabar annotation file", _annotation),
    "results": ("a `khabar benchmark` results file", _results),
    "plot": ("a `khabar benchmark --plot` image", _plot),
    "jsonl": ("a `khabar export jsonl` file", _jsonl),
    "conll": ("a `khabar export conll` file", _conll),
    "spacy": ("a `khabar export spacy` DocBin", _docbin),
}


def foreign_file(kind: str) -> Callable[[Path], str | None]:
    """For `check_output(owned=...)`: why an existing file is not a `kind` output Khabar wrote, or None."""
    what, looks_right = KINDS[kind]

    def check(path: Path) -> str | None:
        try:
            size = path.stat().st_size
            data = path.read_bytes() if size <= MAX_READ else b""
        except OSError as exc:
            return f"cannot be read ({exc.strerror})"
        return None if data and looks_right(data) else f"is not {what}"
    return check
