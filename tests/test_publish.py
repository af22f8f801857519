"""`khabar publish`: exactly the manifest's files, hashes checked, no symlinks, the card's repository,
the text's licence acknowledged, a one-line error for every malformed input, the token never printed."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.release.manifest import MANIFEST

SECRET = "hf_" + "x" * 34  # a fake token that must never be printed
ACK = "--acknowledge-unknown-licence"


@pytest.fixture
def release(synthetic_release, tmp_path) -> Path:
    """A project root whose dist/khabar is a copy of the session's release (built for org/khabar),
    so a test may change it."""
    layout, out = synthetic_release
    shutil.copytree(out, tmp_path / "dist" / "khabar")
    for sub in ("corpus", "annotations"):
        (tmp_path / sub).mkdir()
    return tmp_path


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def publish(root: Path, *args: str) -> int:
    return main(["--root", str(root), "publish", "--repo-id", "org/khabar", *args])


class FakeApi:
    """The three HfApi calls publish makes, recorded."""

    remote = ["README.md", ".gitattributes", "data/spans/train.parquet", "data/ner/test-00001-of-00002.parquet",
              "notes/keep.md"]

    def __init__(self, token=None):
        self.calls = [("init", token)]
        FakeApi.last = self

    def create_repo(self, repo_id, **kw):
        self.calls.append(("create_repo", repo_id, kw["repo_type"]))

    def list_repo_files(self, repo_id, **kw):
        return list(self.remote)

    def create_commit(self, **kw):
        self.calls.append(("create_commit", kw["repo_id"], kw["repo_type"],
                           [(type(op).__name__, op.path_in_repo) for op in kw["operations"]]))
        return "https://huggingface.co/datasets/org/khabar/commit/abc"


def test_dry_run_lists_the_manifest_files(release, capsys, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", SECRET)
    assert publish(release, "--dry-run", ACK) == 0
    out = capsys.readouterr().out
    listed = [line.split()[-1] for line in out.splitlines() if line.startswith(" ")]
    assert listed == _files(release / "dist" / "khabar")
    assert "would upload" in out and "https://huggingface.co/datasets/org/khabar" in out
    assert "token: found (not shown)" in out and SECRET not in out


def test_upload_is_exactly_the_manifest_and_never_prints_the_token(release, capsys, monkeypatch):
    folder = release / "dist" / "khabar"
    (folder / "stray.txt").write_text("not part of the build", encoding="utf-8")
    os.symlink("/etc/passwd", folder / "data" / "passwd")
    monkeypatch.setenv("HF_TOKEN", SECRET)
    monkeypatch.setattr("huggingface_hub.HfApi", FakeApi)
    assert publish(release, ACK) == 0
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    want = sorted([f["path"] for f in manifest["files"]] + [MANIFEST])
    assert FakeApi.last.calls == [
        ("init", SECRET), ("create_repo", "org/khabar", "dataset"),
        ("create_commit", "org/khabar", "dataset",
         [("CommitOperationAdd", p) for p in want]
         + [("CommitOperationDelete", "data/ner/test-00001-of-00002.parquet"),
            ("CommitOperationDelete", "data/spans/train.parquet")])]
    captured = capsys.readouterr()
    assert "not uploaded (2 file(s) the build's manifest does not list): data/passwd, stray.txt" in captured.out
    assert "deleted 2 stale file(s)" in captured.out
    assert SECRET not in captured.out + captured.err


def test_hub_error_is_one_line_without_token(release, capsys, monkeypatch):
    class FailingApi(FakeApi):
        def create_repo(self, *a, **k):
            raise RuntimeError("401 Unauthorized\nlong body")

    monkeypatch.setenv("HF_TOKEN", SECRET)
    monkeypatch.setattr("huggingface_hub.HfApi", FailingApi)
    assert publish(release, ACK) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "401 Unauthorized" in err and SECRET not in err


def test_no_token(release, capsys, monkeypatch):
    monkeypatch.setattr("huggingface_hub.get_token", lambda: None)
    assert publish(release, ACK) == 2
    assert "HF_TOKEN" in capsys.readouterr().err


@pytest.mark.parametrize("repo_id", ["khabar", "org/", "/x", "a/b/c", "org/na me", "org/..x", "org/x\n"])
def test_bad_repo_id(release, capsys, repo_id):
    assert main(["--root", str(release), "publish", "--repo-id", repo_id, "--dry-run"]) == 2
    assert "ORG/NAME" in capsys.readouterr().err


def _rehash(folder: Path, rel: str) -> None:
    """Record a file's new bytes in the manifest (a build that wrote them, as far as hashes go)."""
    meta = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    data = (folder / rel).read_bytes()
    for f in meta["files"]:
        if f["path"] == rel:
            f["bytes"], f["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    (folder / MANIFEST).write_text(json.dumps(meta), encoding="utf-8")


def _edit(folder: Path, rel: str, data: bytes, rehash: bool = True) -> None:
    (folder / rel).write_bytes(data)
    if rehash:
        _rehash(folder, rel)


SHARD = "data/spans/test-00000-of-00001.parquet"


@pytest.mark.parametrize("change,message", [
    (lambda f: shutil.rmtree(f), "no build folder; run `khabar build`"),
    (lambda f: (f / MANIFEST).unlink(), f"{MANIFEST}: missing; not a Khabar release folder"),
    (lambda f: (f / MANIFEST).write_text("{", encoding="utf-8"), "invalid JSON"),
    (lambda f: (f / MANIFEST).write_text('{"format": "khabar-release/1", "files": [1]}', encoding="utf-8"),
     "expected a khabar-release/1 manifest"),
    (lambda f: _edit(f, SHARD, b"changed", rehash=False), "sha256 differs from khabar-manifest.json"),
    (lambda f: (f / SHARD).unlink(), "listed in khabar-manifest.json but missing"),
    (lambda f: ((f / SHARD).unlink(), os.symlink(f / "README.md", f / SHARD)), "a symlink"),
    (lambda f: (shutil.move(f / "data", f.parent / "data-elsewhere"), os.symlink(f.parent / "data-elsewhere", f / "data")),
     "a symlink"),
    # croissant.json malformed by hand: its hash no longer matches
    (lambda f: _edit(f, "croissant.json", b"{ not json", rehash=False), "croissant.json: sha256 differs"),
    # ... and malformed in a way the manifest agrees with: croissant's own one-line errors
    (lambda f: _edit(f, "croissant.json", b"{ not json"), "croissant.json:1:3: invalid JSON"),
    (lambda f: _edit(f, "croissant.json", b"[]"), "croissant.json:$.distribution: expected a list"),
    (lambda f: _edit(f, "croissant.json", b'{"distribution": [1]}'), "$.distribution[0]: expected an object"),
    (lambda f: _edit(f, "croissant.json", b'{"distribution": [{"@type": "cr:FileObject"}]}'),
     "$.distribution[0]: expected contentUrl and sha256"),
    (lambda f: _edit(f, "croissant.json", b'{"distribution": [{"@type": "cr:FileObject", "contentUrl": "/etc/passwd", '
                                          b'"sha256": "00"}]}'), "is not a file of the build"),
    (lambda f: _edit(f, "croissant.json", b"\xff\xfe"), "croissant.json: not valid UTF-8"),
])
def test_refuses_incomplete_changed_or_malformed_builds(release, capsys, change, message):
    change(release / "dist" / "khabar")
    assert publish(release, "--dry-run", ACK) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_refuses_a_card_built_for_another_repository(release, capsys, tmp_path, synthetic_release):
    assert main(["--root", str(release), "publish", "--repo-id", "someone/else", "--dry-run", ACK]) == 2
    err = capsys.readouterr().err
    assert "built for org/khabar, not someone/else" in err and "[publish-refused]" in err
    from khabar.release.build import build

    plain = build(synthetic_release[0], tmp_path / "plain").out  # no --repo-id: ORG/NAME placeholders
    assert "ORG/NAME" in (plain / "README.md").read_text(encoding="utf-8")
    assert publish(release, "--release", str(plain), "--dry-run", ACK) == 2
    assert "built without --repo-id" in capsys.readouterr().err


def test_unknown_licence_needs_the_acknowledgement(release, capsys):
    assert publish(release, "--dry-run") == 2
    err = capsys.readouterr().err
    assert "licence of the article text is unknown for 1 of 1 document(s)" in err and ACK in err
    assert publish(release, "--dry-run", ACK) == 0
