"""croissant.json: checksums, and a real Croissant client (mlcroissant) validates and reads it."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from khabar.release.build import CONFIGS, build
from khabar.cli import main
from releasefix import make_project

import mlcroissant as mlc  # noqa: E402


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cr")
    layout = make_project(root)
    assert main(["--root", str(root), "splits"]) == 0
    out = root / "out"
    build(layout, out)
    return out


def test_checksums_and_relative_urls(release):
    meta = json.loads((release / "croissant.json").read_text(encoding="utf-8"))
    files = meta["distribution"]
    assert len(files) == 3 * len(CONFIGS)
    for f in files:
        assert not f["contentUrl"].startswith(("/", "http"))
        assert f["sha256"] == hashlib.sha256((release / f["contentUrl"]).read_bytes()).hexdigest()


def test_mlcroissant_validate(release):
    mlcroissant = Path(sys.executable).with_name("mlcroissant")
    res = subprocess.run([str(mlcroissant), "validate", "--jsonld", "croissant.json"], cwd=release,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "error" not in res.stderr.lower().replace("0 error", "")


def test_mlcroissant_reads_every_record_set(release, monkeypatch):
    monkeypatch.chdir(release)
    ds = mlc.Dataset("croissant.json")
    meta = json.loads(Path("croissant.json").read_text(encoding="utf-8"))
    sources = {f["@id"]: f["contentUrl"] for f in meta["distribution"]}
    for rs in meta["recordSet"]:
        records = list(ds.records(rs["@id"]))
        if "data" in rs:
            assert len(records) == len(rs["data"])
            continue
        table = pq.read_table(sources[rs["field"][0]["source"]["fileObject"]["@id"]]).to_pylist()
        assert len(records) == len(table)
        for rec, row in zip(records, table):
            assert rec[f"{rs['@id']}/id"].decode("utf-8") == row["id"]
            for f in rs["field"]:
                if "subField" not in f:
                    value = rec[f["@id"]]
                    value = [v.decode() if isinstance(v, bytes) else v for v in value] if isinstance(value, list) \
                        else value.decode() if isinstance(value, bytes) else value
                    assert value == row[f["name"]], f["@id"]
