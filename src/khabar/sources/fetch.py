"""Obtaining every source file into the cache, from a mirror folder or its pinned URL, verified.

The cache lives outside the tracked tree (`.cache/khabar/sources/<source>/<file>` under the
project, or `$KHABAR_SOURCE_CACHE/<source>/<file>`). A file enters it only whole and only with the SHA-256 the
manifest pins: it is written to a temporary file beside its place, hashed as it arrives, and
renamed into place only when its size and hash match, so a tampered, truncated or interrupted
fetch leaves the cache as it was.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from khabar.io import plain_mode
from khabar.model.errors import KhabarError
from khabar.progress import SILENT, Progress
from khabar.sources.manifest import Manifest, Source, SourceFile

CACHE_ENV = "KHABAR_SOURCE_CACHE"  # the source cache (default: <project>/.cache/khabar/sources)
MIRROR_ENV = "KHABAR_SOURCES"   # a mirror folder holding <source>/<file> (stands in for the download)
FETCH_HINT = "run `khabar sources fetch`"
CHUNK = 1 << 16
TIMEOUT_S = 60


def cache_root(root: Path) -> Path:
    env = os.environ.get(CACHE_ENV)
    return Path(env).resolve() if env else Path(root).resolve() / ".cache" / "khabar" / "sources"


def source_dir(root: Path, source: Source) -> Path:
    return cache_root(root) / source.name


def mirror_from_env() -> Path | None:
    env = os.environ.get(MIRROR_ENV)
    return Path(env) if env else None


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


# Files verified in this process, by (path, size, mtime): a command that reads a source many
# times hashes it once, and a file changed since is hashed again.
_VERIFIED: set[tuple[str, int, int]] = set()


def _verified(path: Path, want: SourceFile) -> bool:
    try:
        st = path.stat()
    except OSError:
        return False
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key in _VERIFIED:
        return True
    if st.st_size != want.bytes or sha256_file(path) != want.sha256:
        return False
    _VERIFIED.add(key)
    return True


@dataclass(frozen=True)
class FileState:
    source: str
    file: str
    state: str   # ok, missing, changed
    path: Path


def status(root: Path, manifest: Manifest) -> list[FileState]:
    """Every file of every source: in the cache and verified, missing, or changed."""
    out = []
    for s in manifest.sources:
        for f in s.files:
            path = source_dir(root, s) / f.name
            state = "missing" if not path.is_file() else "ok" if _verified(path, f) else "changed"
            out.append(FileState(s.name, f.name, state, path))
    return out


def cached_file(root: Path, manifest: Manifest, source: str, name: str) -> Path:
    """The verified cached path of one source file, or one error line that names the fetch command."""
    s = manifest.source(source)
    f = s.file(name)
    path = source_dir(root, s) / f.name
    if not path.is_file():
        raise KhabarError(f"{path}: source file {source}/{name} is not in the cache; {FETCH_HINT} "
                          f"(with --mirror DIR or {MIRROR_ENV} where there is no network)",
                          "source-missing", str(path))
    if not _verified(path, f):
        raise KhabarError(f"{path}: cached {source}/{name} does not have the manifest's size and "
                          f"SHA-256; {FETCH_HINT} to replace it", "source-hash-mismatch", str(path))
    return path


def _copy_verified(reader: BinaryIO, tmp: BinaryIO, f: SourceFile, origin: str,
                   expected: int | None) -> None:
    """Copy `reader` into `tmp`, hashing; refuse a short, long or altered stream."""
    import http.client

    h, n = hashlib.sha256(), 0
    try:
        while True:
            block = reader.read(CHUNK)
            if not block:
                break
            n += len(block)
            if n > f.bytes:
                raise KhabarError(f"{origin}: more than the manifest's {f.bytes} bytes; refused "
                                  "(nothing written)", "source-hash-mismatch", origin)
            h.update(block)
            tmp.write(block)
    except http.client.IncompleteRead as exc:
        n += len(exc.partial)
        raise KhabarError(f"{origin}: truncated download ({n} of {expected or f.bytes} bytes, the "
                          "connection closed early); refused (nothing written)", "source-truncated",
                          origin) from None
    except (OSError, http.client.HTTPException) as exc:
        raise KhabarError(f"{origin}: reading failed after {n} bytes ({exc.__class__.__name__}: "
                          f"{exc}); refused (nothing written)", "source-truncated", origin) from None
    if n < f.bytes:
        raise KhabarError(f"{origin}: truncated ({n} of the manifest's {f.bytes} bytes); refused "
                          "(nothing written)", "source-truncated", origin)
    if h.hexdigest() != f.sha256:
        raise KhabarError(f"{origin}: SHA-256 {h.hexdigest()} differs from the manifest's {f.sha256}; "
                          "refused (nothing written)", "source-hash-mismatch", origin)


def _open_origin(source: Source, f: SourceFile, mirror: Path | None) -> tuple[BinaryIO, str, int | None]:
    if mirror is not None:
        path = Path(mirror) / source.name / f.name
        if not path.is_file():
            raise KhabarError(f"{path}: not in the mirror (expected {source.name}/{f.name} under "
                              f"{mirror})", "source-missing", str(path))
        try:
            return open(path, "rb"), str(path), None
        except OSError as exc:
            raise KhabarError(f"{path}: cannot be read ({exc.strerror})", "file-unreadable", str(path)) from None
    import urllib.error
    import urllib.request

    try:
        resp = urllib.request.urlopen(f.url, timeout=TIMEOUT_S)  # noqa: S310 - https URLs from the manifest
    except urllib.error.HTTPError as exc:
        raise KhabarError(f"{f.url}: download refused (HTTP {exc.code}); nothing written",
                          "source-download", f.url) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise KhabarError(f"{f.url}: download failed ({reason}); where there is no network, name a "
                          f"mirror folder with --mirror DIR or {MIRROR_ENV}", "source-download", f.url) from None
    length = resp.headers.get("Content-Length")
    return resp, f.url, int(length) if length and length.isdigit() else None


def fetch_file(root: Path, source: Source, f: SourceFile, mirror: Path | None = None) -> str:
    """Bring one file into the cache; 'present' if it was already there and verified, else 'fetched'."""
    folder = source_dir(root, source)
    target = folder / f.name
    if target.is_file() and _verified(target, f):
        return "present"
    folder.mkdir(parents=True, exist_ok=True)
    reader, origin, expected = _open_origin(source, f, mirror)
    fd, tmp = tempfile.mkstemp(prefix=f".{f.name}.", suffix=".part", dir=folder)
    try:
        with reader, os.fdopen(fd, "wb") as out:
            _copy_verified(reader, out, f, origin, expected)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file 0600; a cache file is as readable as any file the user writes.
        os.chmod(tmp, plain_mode(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return "fetched"


@dataclass(frozen=True)
class Fetched:
    source: str
    file: str
    action: str   # present, fetched
    path: Path


def fetch(root: Path, manifest: Manifest, names: Iterable[str] | None = None,
          mirror: Path | None = None, progress: Progress = SILENT) -> list[Fetched]:
    """Bring every file of the named sources (all by default) into the cache, verified.

    Files already cached and verified are kept; the first failure stops with one error line,
    and every file fetched before it is whole and verified.
    """
    chosen = [manifest.source(n) for n in names] if names else list(manifest.sources)
    if mirror is not None and not Path(mirror).is_dir():
        raise KhabarError(f"{mirror}: mirror folder does not exist", "source-missing", str(mirror))
    tick = progress("fetch", sum(len(s.files) for s in chosen))
    out = []
    for s in chosen:
        for f in s.files:
            action = fetch_file(root, s, f, mirror)
            out.append(Fetched(s.name, f.name, action, source_dir(root, s) / f.name))
            tick(1)
    return out
