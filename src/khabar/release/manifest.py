"""The release manifest (`khabar-manifest.json`): every file of a release with its size and SHA-256.

It marks a folder as Khabar's own output (so a rebuild may replace it), and it is the exact list
of files `khabar publish` uploads, each checked against its hash.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from khabar.io import read_json
from khabar.model.errors import KhabarError

MANIFEST = "khabar-manifest.json"
MANIFEST_FORMAT = "khabar-release/1"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def release_manifest(folder: Path, repo_id: str | None, sources: Any) -> dict[str, Any]:
    """Every file of the folder (but the manifest) with its size and SHA-256, and what publish checks."""
    files = [{"path": p.relative_to(folder).as_posix(), "bytes": p.stat().st_size, "sha256": sha256_file(p)}
             for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST]
    return {"format": MANIFEST_FORMAT, "repo_id": repo_id,
            "text_licence": {"documents": sources.documents, "unknown": sources.documents - sources.licensed},
            "files": files}


def read_release_manifest(folder: Path) -> dict[str, Any]:
    """A release folder's manifest, checked for shape; one-line errors."""
    path = Path(folder) / MANIFEST
    if not path.is_file() or path.is_symlink():
        raise KhabarError(f"{path}: missing; not a Khabar release folder, run `khabar build`", "release-invalid",
                          str(path))
    meta = read_json(path)  # one-line errors with their JSON codes (syntax, NaN, duplicate keys, ...)
    ok = (isinstance(meta, dict) and meta.get("format") == MANIFEST_FORMAT and isinstance(meta.get("files"), list)
          and all(isinstance(f, dict) and isinstance(f.get("path"), str) and isinstance(f.get("sha256"), str)
                  and type(f.get("bytes")) is int for f in meta["files"]))
    if not ok:
        raise KhabarError(f"expected a {MANIFEST_FORMAT} manifest (format, files with path, bytes, sha256); "
                          "run `khabar build`", "release-invalid", str(path))
    return meta


def unlisted_files(folder: Path) -> str | None:
    """Why an existing release folder holds what its build did not write (None: nothing else)."""
    try:
        listed = {f["path"] for f in read_release_manifest(folder)["files"]} | {MANIFEST}
    except KhabarError as exc:
        return str(exc)
    extra = sorted(p.relative_to(folder).as_posix() for p in Path(folder).rglob("*")
                   if (p.is_file() or p.is_symlink()) and p.relative_to(folder).as_posix() not in listed)
    if extra:
        shown = ", ".join(extra[:3]) + (f" and {len(extra) - 3} more" if len(extra) > 3 else "")
        return f"a previous release holding file(s) its manifest does not list ({shown})"
    return None
