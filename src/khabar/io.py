"""File input/output: UTF-8 everywhere, atomic writes, readable errors."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from khabar.model.errors import KhabarError


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename: readers never see half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def dumps_json(obj: Any) -> str:
    """The one JSON serialisation Khabar writes: stable, readable Arabic, newline-terminated."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def write_json(path: Path, obj: Any) -> None:
    atomic_write_text(path, dumps_json(obj))


def read_text(path: Path) -> str:
    """Read a UTF-8 file or raise KhabarError naming the file and the bad byte."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KhabarError(f"{path}: file not found", "file-missing", str(path)) from None
    except IsADirectoryError:
        raise KhabarError(f"{path}: is a directory, expected a file", "file-unreadable", str(path)) from None
    except OSError as exc:
        raise KhabarError(f"{path}: cannot read ({exc.strerror})", "file-unreadable", str(path)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KhabarError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            "file-encoding", str(path), f"byte {exc.start}") from None


def read_json(path: Path) -> Any:
    """Parse a JSON file; syntax errors name the line and column."""
    text = read_text(path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise KhabarError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON ({exc.msg})", "json-invalid",
                          str(path), f"{exc.lineno}:{exc.colno}") from None
