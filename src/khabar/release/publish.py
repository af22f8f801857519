"""`khabar publish`: upload a built release folder to a Hugging Face dataset repository.

The token comes from the environment (HF_TOKEN) or the hub login, through huggingface_hub; it is
never printed. The folder is checked against its own croissant.json checksums first, so a folder
changed by hand after the build is not uploaded.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from khabar.release.build import DEFAULT_OUT
from khabar.release.croissant import sha256_file
from khabar.io import KhabarError

REPO_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}/[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$")


def release_files(folder: Path) -> list[tuple[str, int]]:
    """(relative path, size in bytes) of every file to upload, sorted."""
    return sorted((p.relative_to(folder).as_posix(), p.stat().st_size)
                  for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def check_release(folder: Path) -> None:
    """The folder is a complete build whose data files match croissant.json's checksums."""
    if not folder.is_dir():
        raise KhabarError(f"{folder}: no build folder; run `khabar build` first")
    for name in ("README.md", "croissant.json"):
        if not (folder / name).is_file():
            raise KhabarError(f"{folder / name}: missing; not a complete build, run `khabar build`")
    try:
        meta = json.loads((folder / "croissant.json").read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise KhabarError(f"{folder / 'croissant.json'}:{exc.lineno}:{exc.colno}: invalid JSON ({exc.msg})") from None
    for obj in meta.get("distribution", []):
        path = folder / obj["contentUrl"]
        if not path.is_file():
            raise KhabarError(f"{path}: listed in croissant.json but missing; run `khabar build`")
        if sha256_file(path) != obj["sha256"]:
            raise KhabarError(f"{path}: sha256 differs from croissant.json; the folder changed after the build, "
                              "run `khabar build`")


def check_repo_id(repo_id: str) -> None:
    if not REPO_ID_RE.match(repo_id) or ".." in repo_id:
        raise KhabarError(f"--repo-id {repo_id!r}: expected ORG/NAME (letters, digits, '-', '_', '.')")


def publish(folder: Path, repo_id: str, *, dry_run: bool = False, private: bool = False,
            api: Any = None) -> dict[str, Any]:
    """Upload the folder (or with dry_run only describe the upload); returns what was (to be) done."""
    check_repo_id(repo_id)
    check_release(folder)
    files = release_files(folder)
    plan: dict[str, Any] = {"repo_id": repo_id, "url": f"https://huggingface.co/datasets/{repo_id}",
                            "files": files, "bytes": sum(n for _, n in files)}
    if dry_run:
        return plan
    import huggingface_hub

    if api is None:
        token = huggingface_hub.get_token()
        if not token:
            raise KhabarError("no Hugging Face token: set HF_TOKEN or log in with `hf auth login`")
        api = huggingface_hub.HfApi(token=token)
    try:
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        commit = api.upload_folder(repo_id=repo_id, repo_type="dataset", folder_path=str(folder),
                                   commit_message=f"Khabar release ({len(files)} files)",
                                   delete_patterns=["data/**", "schema/**"])
    except Exception as exc:  # the hub's errors are many; show one line, never the token
        raise KhabarError(f"upload to {repo_id} failed: {type(exc).__name__}: {str(exc).splitlines()[0]}") from None
    plan["commit"] = str(getattr(commit, "commit_url", commit))
    return plan
