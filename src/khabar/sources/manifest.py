"""The sources manifest (`corpus/sources.json`): every third-party source, its pinned files and licence."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.io import read_json
from khabar.model.errors import KhabarError

MANIFEST = Path("corpus") / "sources.json"
# Licences (SPDX) under which article text may be redistributed with attribution. A release of
# only such documents is published under CC BY-SA 4.0, the ShareAlike licence that covers every
# open source here (CC BY 2.5 text may be adapted under it; the CAMeL copy is CC BY-SA 4.0).
OPEN_LICENCES = ("CC-BY-2.5", "CC-BY-4.0", "CC-BY-SA-4.0")
OPEN_RELEASE_LICENCE = "cc-by-sa-4.0"
FORMAT = "khabar-sources/1"

# A source or file name becomes a folder or file in the cache: a slug, never a path.
_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\Z")
_SHA_RE = re.compile(r"[0-9a-f]{64}\Z")
_COMMIT_RE = re.compile(r"[0-9a-f]{40}\Z")
# A pinned URL names its commit as a path segment: the bytes behind it never change, so a hash
# can be checked. https, or plain http on the loopback only (a local server standing in for
# the upstream, as the download tests run one).
_URL_RE = re.compile(r"(?:https://[A-Za-z0-9.-]+|http://(?:127\.0\.0\.1|localhost)(?::[0-9]{1,5})?)"
                     r"(?:/[^/\s]+)*?/([0-9a-f]{40})/\S+\Z")


@dataclass(frozen=True)
class SourceFile:
    name: str          # file name in the cache (and in a mirror folder)
    path: str          # path inside the upstream repository
    url: str           # raw URL pinned to a commit
    sha256: str
    bytes: int
    repository: str
    commit: str


@dataclass(frozen=True)
class Source:
    name: str
    title: str
    upstream: str
    license: str           # SPDX identifier
    license_url: str
    attribution: str
    converter: str         # a key of khabar.sources.converters.CONVERTERS
    use: str
    outlet: str | None
    files: tuple[SourceFile, ...]

    def file(self, name: str) -> SourceFile:
        return _named(self.files, name, f"source {self.name!r} has no file")


@dataclass(frozen=True)
class Manifest:
    path: Path
    sources: tuple[Source, ...]

    def source(self, name: str) -> Source:
        return _named(self.sources, name, "no source")


def _named(items: tuple, name: str, missing: str):
    """The item called `name`, or one error line listing the names there are."""
    for item in items:
        if item.name == name:
            return item
    raise KhabarError(f"{MANIFEST}: {missing} {name!r} (known: {', '.join(i.name for i in items)})",
                      "source-unknown")


def _str(obj: dict, key: str, where: str, path: Path) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise KhabarError(f"{path}:{where}.{key}: expected a non-empty string, found {value!r:.60}",
                          "source-manifest", str(path), f"{where}.{key}")
    return value


def _file(obj: Any, where: str, path: Path) -> SourceFile:
    if not isinstance(obj, dict):
        raise KhabarError(f"{path}:{where}: expected an object", "source-manifest", str(path), where)
    name, url, sha = _str(obj, "name", where, path), _str(obj, "url", where, path), _str(obj, "sha256", where, path)
    commit = _str(obj, "commit", where, path)
    size = obj.get("bytes")
    problems = []
    if not _NAME_RE.match(name) or name in (".", ".."):
        problems.append(("name", "a plain file name"))
    if not _SHA_RE.match(sha):
        problems.append(("sha256", "64 lowercase hex digits"))
    if not _COMMIT_RE.match(commit):
        problems.append(("commit", "a 40-hex commit"))
    m = _URL_RE.match(url)
    if not m or m.group(1) != commit:
        problems.append(("url", "an https URL pinned to the file's commit (a path segment)"))
    if type(size) is not int or size < 0:
        problems.append(("bytes", "the file's size in bytes"))
    if problems:
        key, want = problems[0]
        raise KhabarError(f"{path}:{where}.{key}: expected {want}, found {obj.get(key)!r:.80}",
                          "source-manifest", str(path), f"{where}.{key}")
    assert isinstance(size, int)  # else problems named "bytes"
    return SourceFile(name, _str(obj, "path", where, path), url, sha, size,
                      _str(obj, "repository", where, path), commit)


def parse_manifest(obj: Any, path: Path) -> Manifest:
    """The manifest from its JSON, or a KhabarError naming the place of the first mistake."""
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise KhabarError(f"{path}:$.format: expected {FORMAT!r}", "source-manifest", str(path), "$.format")
    items = obj.get("sources")
    if not isinstance(items, list):
        raise KhabarError(f"{path}:$.sources: expected a list", "source-manifest", str(path), "$.sources")
    sources, seen = [], set()
    for i, s in enumerate(items):
        where = f"$.sources[{i}]"
        if not isinstance(s, dict):
            raise KhabarError(f"{path}:{where}: expected an object", "source-manifest", str(path), where)
        name = _str(s, "name", where, path)
        if not _NAME_RE.match(name) or name in seen:
            raise KhabarError(f"{path}:{where}.name: expected a new plain name, found {name!r:.60}",
                              "source-manifest", str(path), f"{where}.name")
        seen.add(name)
        files = s.get("files")
        if not isinstance(files, list) or not files:
            raise KhabarError(f"{path}:{where}.files: expected a non-empty list", "source-manifest",
                              str(path), f"{where}.files")
        parsed = tuple(_file(f, f"{where}.files[{j}]", path) for j, f in enumerate(files))
        if len({f.name for f in parsed}) != len(parsed):
            raise KhabarError(f"{path}:{where}.files: a file name repeats", "source-manifest", str(path),
                              f"{where}.files")
        sources.append(Source(name, _str(s, "title", where, path), _str(s, "upstream", where, path),
                              _str(s, "license", where, path), _str(s, "license_url", where, path),
                              _str(s, "attribution", where, path), _str(s, "converter", where, path),
                              _str(s, "use", where, path),
                              s.get("outlet") if isinstance(s.get("outlet"), str) else None, parsed))
    return Manifest(path, tuple(sources))


# Manifests read, by path and the file's identity: every source-backed document of a build asks
# for it, and a process reads it once (a write replaces the file: a new inode, a new reading).
_READ: dict[str, tuple[tuple[int, int, int], Manifest]] = {}


def load_manifest(root: Path) -> Manifest:
    """The project's sources manifest, checked."""
    path = Path(root) / MANIFEST
    try:
        st = path.stat()
    except OSError:
        st = None
    if st is None or not path.is_file():
        raise KhabarError(f"{path}: no sources manifest", "file-missing", str(path))
    seen = _READ.get(str(path))
    identity = (st.st_ino, st.st_size, st.st_mtime_ns)
    if seen is not None and seen[0] == identity:
        return seen[1]
    manifest = parse_manifest(read_json(path), path)
    _READ[str(path)] = (identity, manifest)
    return manifest
