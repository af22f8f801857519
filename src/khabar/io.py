"""File input/output: UTF-8 everywhere, atomic writes, readable errors."""
from __future__ import annotations

import itertools
import json
import math
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any

from khabar.model.errors import KhabarError


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)  # elsewhere the only way to read it is to set it (and back)
    os.umask(umask)
    return umask


def plain_mode(path: Path, *, folder: bool = False) -> int:
    """The permission bits a plain open(path, "w") (or mkdir) would leave: an existing file's
    own, else 0666 (0777 for a folder) less the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return (0o777 if folder else 0o666) & ~current_umask()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename: readers never see half a file.

    The file gets the mode a plain write would have given it (`plain_mode`): mkstemp makes its
    file 0600, which would lock co-annotators, a brat server or a web server out of gold files,
    records and exports.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = plain_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
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
    return _read(path)[1]


def _read(path: Path) -> tuple[bytes, str]:
    """A UTF-8 file's bytes and text (`read_text`)."""
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
        return data, data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KhabarError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            "file-encoding", str(path), f"byte {exc.start}") from None


# Bounds on what a JSON file may hold. Khabar's own files nest 5 levels and its numbers have
# a handful of digits; the bounds keep a hostile file from exhausting the stack or the CPU
# (Python's int() of a 5,000-digit string raises, a 10**6-digit one takes seconds).
MAX_JSON_DEPTH = 64
MAX_NUMBER_CHARS = 40

# Tokens outside strings: the depth pre-check and the error locator walk these.
_TOKEN_RE = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}:,]|-?Infinity|NaN|-?[0-9][0-9.eE+-]*')
_SURROGATE_ESCAPE_RE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class _Refused(Exception):
    """Raised inside the decoder's hooks; read_json turns it into a located KhabarError."""

    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code, self.detail = code, detail


def line_col(text: str, index: int) -> str:
    """The 1-based line:column of a string index."""
    line = text.count("\n", 0, index) + 1
    return f"{line}:{index - (text.rfind(chr(10), 0, index) + 1) + 1}"


def _added(seen: set[str], key: str) -> bool:
    """Add `key` to `seen`; False, so that `k in seen or _added(seen, k)` is true at a repeat."""
    seen.add(key)
    return False


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        key = next(k for k, _ in pairs if k in seen or _added(seen, k))
        raise _Refused("json-duplicate-key", f"duplicate key {key!r}")
    return obj


def _constant(name: str) -> Any:
    raise _Refused("json-constant", f"{name} is not a JSON number")


def _short_number(token: str) -> str:
    if len(token) > MAX_NUMBER_CHARS:
        raise _Refused("json-number-too-long", f"a number of {len(token)} characters "
                       f"(at most {MAX_NUMBER_CHARS})")
    return token


def _integer(token: str) -> int:
    return int(_short_number(token))


def _float(token: str) -> float:
    value = float(_short_number(token))
    if not math.isfinite(value):
        raise _Refused("json-constant", f"{token} is out of range (it reads as {value})")
    return value


_DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_constant,
                            parse_int=_integer, parse_float=_float)
# Without a run of MAX_NUMBER_CHARS digits no integer (with its sign) can be too long, and `int`
# reads the rest the same: the common case skips a Python call per integer.
_FAST_DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_constant, parse_float=_float)


def _locate(text: str, code: str) -> int | None:
    """The index of the first token that breaks the rule `code`, found by a flat token walk."""
    stack: list[tuple[str, set[str], bool]] = []  # (bracket, keys seen, next string is a key)
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        if tok in "[{":
            if len(stack) >= MAX_JSON_DEPTH and code == "json-too-deep":
                return m.start()
            stack.append((tok, set(), tok == "{"))
        elif tok in "]}":
            if stack:
                stack.pop()
        elif tok == ",":
            if stack and stack[-1][0] == "{":
                stack[-1] = (stack[-1][0], stack[-1][1], True)
        elif tok == ":":
            continue
        elif tok.startswith('"'):
            if stack and stack[-1][2]:
                br, keys, _ = stack[-1]
                try:
                    key = json.loads(tok)
                except ValueError:
                    key = tok
                if key in keys and code == "json-duplicate-key":
                    return m.start()
                keys.add(key)
                stack[-1] = (br, keys, False)
        elif code == "json-constant" and (tok in ("NaN", "Infinity", "-Infinity") or (
                len(tok) <= MAX_NUMBER_CHARS and _not_finite(tok))):
            return m.start()
        elif code == "json-number-too-long" and len(tok) > MAX_NUMBER_CHARS:
            return m.start()
    return None


def _not_finite(token: str) -> bool:
    try:
        return not math.isfinite(float(token))
    except ValueError:
        return False


# The unrolled form of '"(?:[^"\\]|\\.)*"' (same matches): runs of plain characters are taken
# in one step instead of one alternation per character, 3x faster on long texts.
_STRING_RE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET_RE = re.compile(r"[^\[\]{}]+")


def _too_deep(text: str) -> int | None:
    """The index of the first bracket deeper than MAX_JSON_DEPTH (checked before parsing, so
    that a file of 100,000 '[' never reaches the recursive decoder)."""
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return None
    # The brackets outside strings, found by C-speed regexes; a Python loop only over them.
    skeleton = _NOT_BRACKET_RE.sub("", _STRING_RE.sub("", text))
    if max(itertools.accumulate(1 if c in "[{" else -1 for c in skeleton)) <= MAX_JSON_DEPTH:
        return None
    depth = 0
    for m in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text):
        tok = m.group()
        if tok in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return m.start()
        elif tok in "]}":
            depth -= 1
    return None  # pragma: no cover - an unterminated string hid the brackets; the parser reports it


# Byte tables of the fast checks below: every byte but quotes and brackets (to delete); ASCII
# digits to "0" and every other byte to "x" (a number's digits never share a byte with the
# multi-byte UTF-8 of other characters); a bracket's step in depth.
_NOT_QUOTE_OR_BRACKET = bytes(c for c in range(256) if c not in b'"[]{}')
_DIGIT_BYTES = bytes(0x30 if 0x30 <= c <= 0x39 else 0x78 for c in range(256))
# Braces read as brackets: the depth of a valid JSON text does not depend on which kind nests.
_BRACES_AS_BRACKETS = bytes.maketrans(b"{}", b"[]")
_ESCAPE_RE = re.compile(rb"\\.", re.DOTALL)
_STRING_BYTES_RE = re.compile(rb'"[^"]*"')


def _shallow(data: bytes) -> bool:
    """Whether the brackets of a valid JSON text (its UTF-8) nest at most MAX_JSON_DEPTH deep,
    by byte operations that run at C speed (a regex over the strings of a long Arabic text is 20x
    slower). Exact for valid JSON; on other text the parser fails, and the caller then asks
    `_too_deep`, so that errors come in the same order."""
    if b"\\" in data:  # escapes go first (no escape holds a bracket): the quotes left delimit strings
        data = _ESCAPE_RE.sub(b"", data)
    quotes_and_brackets = data.translate(None, _NOT_QUOTE_OR_BRACKET)
    if quotes_and_brackets.count(b'""') * 2 == quotes_and_brackets.count(b'"'):
        # Every string is a pair of quotes with nothing between: no string holds a bracket.
        skeleton = quotes_and_brackets.translate(None, b'"')
    else:
        skeleton = _STRING_BYTES_RE.sub(b"", quotes_and_brackets)
    # Each round removes every innermost pair, so a balanced skeleton is empty after as many
    # rounds as it is deep (a few for Khabar's files); at most MAX_JSON_DEPTH rounds, each at C speed.
    skeleton = skeleton.translate(_BRACES_AS_BRACKETS)
    for _ in range(MAX_JSON_DEPTH):
        if not skeleton:
            return True
        skeleton = skeleton.replace(b"[]", b"")
    return not skeleton


def _lone_surrogate(obj: Any, where: str = "$") -> str | None:
    """The JSON path of the first string (or key) holding an unpaired surrogate, if any."""
    if isinstance(obj, str):
        try:
            obj.encode("utf-8")
        except UnicodeEncodeError:
            return where
        return None
    if isinstance(obj, list):
        for i, v in enumerate(obj):
            found = _lone_surrogate(v, f"{where}[{i}]")
            if found:
                return found
    elif isinstance(obj, dict):
        for k, v in obj.items():
            found = _lone_surrogate(k, where) or _lone_surrogate(v, f"{where}.{k}")
            if found:
                return found
    return None


def loads_json(text: str, path: str = "<input>") -> Any:
    """Parse JSON strictly: the one reader for every JSON file Khabar reads.

    Refused, each with its code and line:column (or JSON path): syntax errors (json-invalid),
    NaN/Infinity and numbers that overflow to them (json-constant), repeated keys
    (json-duplicate-key), nesting deeper than MAX_JSON_DEPTH (json-too-deep), numbers longer
    than MAX_NUMBER_CHARS (json-number-too-long) and unpaired surrogates written as \\u escapes
    (text-control-char), which no UTF-8 file can hold and no encoder can write back.
    """
    return _loads(text, text.encode("utf-8", "surrogatepass"), path)


def _loads(text: str, data: bytes, path: str) -> Any:
    """`loads_json` of a text whose UTF-8 is `data` (a file's bytes, as read)."""
    # Valid files, the common case, are checked for depth by `_shallow`; any failure to parse
    # asks `_too_deep` as well, so that a file too deep is reported as such whatever else is wrong.
    shallow = data.count(b"[") + data.count(b"{") <= MAX_JSON_DEPTH or _shallow(data)
    deep = None if shallow else _too_deep(text)
    if deep is not None:
        raise KhabarError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels", "json-too-deep",
                          path, line_col(text, deep))
    try:
        # Only an integer of 40 digits or more can be too long for `int`, which reads the rest the same.
        obj = (_DECODER if b"0" * MAX_NUMBER_CHARS in data.translate(_DIGIT_BYTES) else _FAST_DECODER).decode(text)
    except (json.JSONDecodeError, _Refused, RecursionError) as exc:
        deep = _too_deep(text) if shallow else None
        if deep is not None:
            raise KhabarError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels", "json-too-deep",
                              path, line_col(text, deep)) from None
        if isinstance(exc, json.JSONDecodeError):
            raise KhabarError(f"invalid JSON ({exc.msg})", "json-invalid", path,
                              f"{exc.lineno}:{exc.colno}") from None
        if isinstance(exc, _Refused):
            at = _locate(text, exc.code)
            raise KhabarError(exc.detail, exc.code, path, None if at is None else line_col(text, at)) from None
        raise KhabarError("JSON nested too deep", "json-too-deep", path) from None  # pragma: no cover
    if b"\\u" in data and _SURROGATE_ESCAPE_RE.search(text):
        where = _lone_surrogate(obj)
        if where is not None:
            raise KhabarError("a string holds an unpaired surrogate (\\ud800-\\udfff)",
                              "text-control-char", path, where)
    return obj


def read_json(path: Path) -> Any:
    """Read and parse a JSON file strictly (see `loads_json`); errors name file and place."""
    data, text = _read(path)
    return _loads(text, data, str(path))


def swap_folder(tmp: Path, out: Path) -> None:
    """Put the folder `tmp` in place of `out`; the previous `out` is removed only once the new one
    is there, and put back if the swap fails (a build or a trained model is never half replaced)."""
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.rmdir(old)
        os.replace(out, old)
    try:
        os.replace(tmp, out)
    except BaseException:
        if old is not None:
            os.replace(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
