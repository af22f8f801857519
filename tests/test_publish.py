"""`khabar publish`: dry run, token handling (never printed), refusal of incomplete or changed folders."""
from __future__ import annotations

from pathlib import Path

import pytest

from khabar.release.build import build
from khabar.cli import main
from releasefix import make_project

SECRET = "hf_" + "x" * 34  # a fake token that must never be printed


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("pub")
    layout = make_project(root)
    assert main(["--root", str(root), "splits"]) == 0
    build(layout, root / "dist" / "khabar")
    return root


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_dry_run_lists_the_files(release, capsys, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", SECRET)
    assert main(["--root", str(release), "publish", "--repo-id", "org/khabar", "--dry-run"]) == 0
    out = capsys.readouterr().out
    listed = [line.split()[-1] for line in out.splitlines() if line.startswith(" ")]
    assert listed == _files(release / "dist" / "khabar")
    assert "would upload" in out and "https://huggingface.co/datasets/org/khabar" in out
    assert "token: found (not shown)" in out and SECRET not in out


def test_upload_uses_the_hub_api_and_never_prints_the_token(release, capsys, monkeypatch):
    calls = []

    class FakeApi:
        def __init__(self, token=None):
            calls.append(("init", token))

        def create_repo(self, repo_id, **kw):
            calls.append(("create_repo", repo_id, kw["repo_type"]))

        def upload_folder(self, **kw):
            calls.append(("upload_folder", kw["repo_id"], kw["repo_type"], kw["folder_path"]))
            return "https://huggingface.co/datasets/org/khabar/commit/abc"

    monkeypatch.setenv("HF_TOKEN", SECRET)
    monkeypatch.setattr("huggingface_hub.HfApi", FakeApi)
    assert main(["--root", str(release), "publish", "--repo-id", "org/khabar"]) == 0
    folder = str(release / "dist" / "khabar")
    assert calls == [("init", SECRET), ("create_repo", "org/khabar", "dataset"),
                     ("upload_folder", "org/khabar", "dataset", folder)]
    captured = capsys.readouterr()
    assert SECRET not in captured.out + captured.err


def test_hub_error_is_one_line_without_token(release, capsys, monkeypatch):
    class FailingApi:
        def __init__(self, token=None):
            pass

        def create_repo(self, *a, **k):
            raise RuntimeError("401 Unauthorized\nlong body")

    monkeypatch.setenv("HF_TOKEN", SECRET)
    monkeypatch.setattr("huggingface_hub.HfApi", FailingApi)
    assert main(["--root", str(release), "publish", "--repo-id", "org/khabar"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "401 Unauthorized" in err and SECRET not in err


def test_no_token(release, capsys, monkeypatch):
    monkeypatch.setattr("huggingface_hub.get_token", lambda: None)
    assert main(["--root", str(release), "publish", "--repo-id", "org/khabar"]) == 2
    assert "HF_TOKEN" in capsys.readouterr().err


@pytest.mark.parametrize("repo_id", ["khabar", "org/", "/x", "a/b/c", "org/na me", "org/..x"])
def test_bad_repo_id(release, capsys, repo_id):
    assert main(["--root", str(release), "publish", "--repo-id", repo_id, "--dry-run"]) == 2
    assert "ORG/NAME" in capsys.readouterr().err


def test_refuses_missing_or_changed_build(tmp_path, release, capsys):
    assert main(["--root", str(release), "publish", "--repo-id", "o/n", "--dry-run",
                 "--dir", str(tmp_path / "none")]) == 2
    assert "run `khabar build`" in capsys.readouterr().err
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(release / "dist" / "khabar", copy)
    (copy / "data" / "spans" / "test.parquet").write_bytes(b"changed")
    assert main(["--root", str(release), "publish", "--repo-id", "o/n", "--dry-run", "--dir", str(copy)]) == 2
    assert "sha256 differs" in capsys.readouterr().err
