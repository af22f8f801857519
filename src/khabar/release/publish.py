"""`khabar publish`: upload exactly the files of a built release to a Hugging Face dataset repository.

What goes up is the build's manifest (`khabar-manifest.json`) and the files it lists, each checked
against its SHA-256 and refused if it is a symlink or lies under one; anything else in the folder
stays home. A card built for another repository (or without --repo-id) is refused, and so is text
of unknown licence unless the user acknowledges it. The token comes from HF_TOKEN or the hub
login, through huggingface_hub; it is never printed.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path, PurePosixPath
from typing import Any

from khabar.io import KhabarError, read_json
from khabar.release.manifest import MANIFEST, read_release_manifest, sha256_file

REPO_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,95}/[A-Za-z0-9][A-Za-z0-9_.-]{0,95}")
# Remote files under these folders that the manifest does not list are stale shards: deleted.
MANAGED_PREFIXES = ("data/", "schema/")


def check_repo_id(repo_id: str) -> None:
    if not REPO_ID_RE.fullmatch(repo_id) or ".." in repo_id:
        raise KhabarError(f"--repo-id {repo_id!r}: expected ORG/NAME (letters, digits, '-', '_', '.')", "usage")


def _regular_file(folder: Path, rel: str) -> Path:
    """folder/rel, refused unless a regular file reached through no symlink."""
    parts = PurePosixPath(rel).parts
    if not parts or PurePosixPath(rel).is_absolute() or any(p in ("..", ".", "") for p in parts):
        raise KhabarError(f"{folder / MANIFEST}: lists {rel!r}, not a path inside the release; run `khabar build`",
                          "release-invalid")
    path = folder
    for part in parts:
        path = path / part
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            raise KhabarError(f"{path}: listed in {MANIFEST} but missing; run `khabar build`",
                              "release-invalid") from None
        if stat.S_ISLNK(mode):
            raise KhabarError(f"{path}: a symlink; a release holds regular files only, run `khabar build`",
                              "release-invalid")
    if not stat.S_ISREG(mode):
        raise KhabarError(f"{path}: not a regular file; run `khabar build`", "release-invalid")
    return path


def _check_croissant(folder: Path, listed: dict[str, str]) -> None:
    """croissant.json parses, and each file it names is a listed file with the same SHA-256."""
    path = folder / "croissant.json"
    where = str(path)
    meta = read_json(path)  # one-line errors with their JSON codes (syntax, NaN, duplicate keys, ...)
    dist = meta.get("distribution") if isinstance(meta, dict) else None
    if not isinstance(dist, list):
        raise KhabarError(f"{where}:$.distribution: expected a list of files; run `khabar build`", "release-invalid")
    for i, obj in enumerate(dist):
        if not isinstance(obj, dict):
            raise KhabarError(f"{where}:$.distribution[{i}]: expected an object", "release-invalid")
        if obj.get("@type") != "cr:FileObject":
            continue
        url, sha = obj.get("contentUrl"), obj.get("sha256")
        if not isinstance(url, str) or not isinstance(sha, str):
            raise KhabarError(f"{where}:$.distribution[{i}]: expected contentUrl and sha256 strings",
                              "release-invalid")
        if listed.get(url) != sha:
            raise KhabarError(f"{where}:$.distribution[{i}]: {url!r} is not a file of the build with this sha256; "
                              "run `khabar build`", "release-invalid")


def check_release(folder: Path, repo_id: str, acknowledge_unknown_licence: bool = False) -> dict[str, Any]:
    """The files to upload (the manifest's, each hash checked) and the stray files left behind.

    Refuses (KhabarError, one line) a folder that is not a complete, unchanged build, a card made
    for another repository, and text of unknown licence without the acknowledgement.
    """
    folder = Path(folder)
    if folder.is_symlink() or not folder.is_dir():
        raise KhabarError(f"{folder}: no build folder; run `khabar build` first", "release-invalid")
    meta = read_release_manifest(folder)
    listed = {f["path"]: f["sha256"] for f in meta["files"]}
    for name in ("README.md", "croissant.json"):
        if name not in listed:
            raise KhabarError(f"{folder / MANIFEST}: does not list {name}; not a complete build, run `khabar build`",
                              "release-invalid")
    files = []
    for f in meta["files"]:
        path = _regular_file(folder, f["path"])
        if path.stat().st_size != f["bytes"] or sha256_file(path) != f["sha256"]:
            raise KhabarError(f"{path}: sha256 differs from {MANIFEST}; the folder changed after the build, "
                              "run `khabar build`", "release-invalid")
        files.append((f["path"], f["bytes"]))
    _regular_file(folder, MANIFEST)
    files.append((MANIFEST, (folder / MANIFEST).stat().st_size))
    _check_croissant(folder, listed)
    built_for = meta.get("repo_id")
    if built_for is None:
        raise KhabarError(f"{folder}: the card was built without --repo-id (its examples say ORG/NAME); "
                          f"run `khabar build --repo-id {repo_id}`", "publish-refused")
    if built_for != repo_id:
        raise KhabarError(f"{folder}: the card was built for {built_for}, not {repo_id}; "
                          f"run `khabar build --repo-id {repo_id}`", "publish-refused")
    licence = meta.get("text_licence") or {}
    unknown = licence.get("unknown") if isinstance(licence, dict) else None
    if not isinstance(unknown, int) or unknown > 0:
        if not acknowledge_unknown_licence:
            total = licence.get("documents") if isinstance(licence, dict) else None
            raise KhabarError(f"{folder}: the licence of the article text is unknown for {unknown} of {total} "
                              "document(s) (DATASHEET.md, Distribution); pass --acknowledge-unknown-licence to "
                              "upload it anyway", "publish-refused")
    names = {p for p, _ in files}
    stray = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                   if (p.is_file() or p.is_symlink()) and p.relative_to(folder).as_posix() not in names)
    return {"files": sorted(files), "stray": stray, "licence_unknown": unknown}


def publish(folder: Path, repo_id: str, *, dry_run: bool = False, private: bool = False,
            acknowledge_unknown_licence: bool = False, api: Any = None) -> dict[str, Any]:
    """Upload the release (or with dry_run only describe the upload); returns what was (to be) done."""
    check_repo_id(repo_id)
    checked = check_release(folder, repo_id, acknowledge_unknown_licence)
    files = checked["files"]
    plan: dict[str, Any] = {"repo_id": repo_id, "url": f"https://huggingface.co/datasets/{repo_id}",
                            "files": files, "bytes": sum(n for _, n in files), "stray": checked["stray"]}
    if dry_run:
        return plan
    import huggingface_hub

    if api is None:
        token = huggingface_hub.get_token()
        if not token:
            raise KhabarError("no Hugging Face token: set HF_TOKEN or log in with `hf auth login`")
        api = huggingface_hub.HfApi(token=token)
    names = {p for p, _ in files}
    try:
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        remote = api.list_repo_files(repo_id, repo_type="dataset")
        ops: list[huggingface_hub.CommitOperationAdd | huggingface_hub.CommitOperationDelete] = [
            huggingface_hub.CommitOperationAdd(path_in_repo=p, path_or_fileobj=str(Path(folder) / p))
               for p, _ in files]
        ops += [huggingface_hub.CommitOperationDelete(path_in_repo=p) for p in sorted(remote)
                if p.startswith(MANAGED_PREFIXES) and p not in names]
        commit = api.create_commit(repo_id=repo_id, repo_type="dataset", operations=ops,
                                   commit_message=f"Khabar release ({len(files)} files)")
    except Exception as exc:  # the hub's errors are many; show one line, never the token
        lines = str(exc).splitlines()
        raise KhabarError(f"upload to {repo_id} failed: {type(exc).__name__}: {lines[0] if lines else ''}") from None
    plan["deleted"] = [op.path_in_repo for op in ops if isinstance(op, huggingface_hub.CommitOperationDelete)]
    plan["commit"] = str(getattr(commit, "commit_url", commit))
    return plan
