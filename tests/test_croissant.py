"""croissant.json: checksums, and a real Croissant client (mlcroissant) validates and reads it."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import mlcroissant as mlc  # noqa: E402
import pyarrow.parquet as pq
import pytest

from khabar.cli import main
from khabar.release.build import build
from khabar.release.configs import CONFIGS
from khabar.release.parquet import split_pattern
from releasefix import make_project


@pytest.fixture(scope="module")
def release(synthetic_release) -> Path:
    return synthetic_release[1]


@pytest.fixture(scope="module")
def sharded(tmp_path_factory) -> Path:
    """The synthetic project built with shards of one row group of two rows each."""

    root = tmp_path_factory.mktemp("cr-sharded")
    layout = make_project(root)
    assert main(["--root", str(root), "splits"]) == 0
    return build(layout, root / "out", row_group_rows=2, shard_bytes=1).out


@pytest.mark.parametrize("which", ["release", "sharded"])
def test_checksums_and_relative_urls(request, which):
    release = request.getfixturevalue(which)
    meta = json.loads((release / "croissant.json").read_text(encoding="utf-8"))
    objects = [f for f in meta["distribution"] if f["@type"] == "cr:FileObject"]
    sets = [f for f in meta["distribution"] if f["@type"] == "cr:FileSet"]
    shards = sorted(p.relative_to(release).as_posix() for p in release.rglob("*.parquet"))
    assert sorted(f["contentUrl"] for f in objects) == shards
    assert len(shards) == 3 * len(CONFIGS) if which == "release" else len(shards) > 3 * len(CONFIGS)
    for f in objects:
        assert not f["contentUrl"].startswith(("/", "http"))
        assert f["sha256"] == hashlib.sha256((release / f["contentUrl"]).read_bytes()).hexdigest()
    assert [f["includes"] for f in sets] == [split_pattern(c, s) for c in CONFIGS for s in ("train", "validation", "test")]


@pytest.mark.slow
def test_mlcroissant_validate(release):
    # (mlc.Dataset, below, validates the sharded release's metadata in-process as it reads it.)
    mlcroissant = Path(sys.executable).with_name("mlcroissant")
    res = subprocess.run([str(mlcroissant), "validate", "--jsonld", "croissant.json"], cwd=release,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "error" not in res.stderr.lower().replace("0 error", "")


@pytest.mark.slow
@pytest.mark.parametrize("which", ["release", "sharded"])
def test_mlcroissant_reads_every_record_set(request, which, monkeypatch):
    release = request.getfixturevalue(which)
    monkeypatch.chdir(release)
    ds = mlc.Dataset("croissant.json")
    meta = json.loads(Path("croissant.json").read_text(encoding="utf-8"))
    sources = {f["@id"]: f["includes"] for f in meta["distribution"] if f["@type"] == "cr:FileSet"}
    for rs in meta["recordSet"]:
        records = list(ds.records(rs["@id"]))
        if "data" in rs:
            assert len(records) == len(rs["data"])
            continue
        shards = sorted(Path(".").glob(sources[rs["field"][0]["source"]["fileSet"]["@id"]]))
        table = [row for f in shards for row in pq.read_table(f).to_pylist()]
        assert len(records) == len(table)
        # mlcroissant reads the shards in an order of its own: compare row by row, matched by id.
        by_id = {row["id"]: row for row in table}
        records = sorted(records, key=lambda rec: list(by_id).index(rec[f"{rs['@id']}/id"].decode("utf-8")))
        for rec, row in zip(records, table, strict=True):
            assert rec[f"{rs['@id']}/id"].decode("utf-8") == row["id"]
            for f in rs["field"]:
                if "subField" not in f:
                    value = rec[f["@id"]]
                    value = [v.decode() if isinstance(v, bytes) else v for v in value] if isinstance(value, list) \
                        else value.decode() if isinstance(value, bytes) else value
                    assert value == row[f["name"]], f["@id"]
