"""Fetching sources into the cache: from a mirror and over HTTP from a real server on 127.0.0.1,
byte-identical; a tampered, truncated or missing file is refused and nothing is left behind."""
from __future__ import annotations

import http.server
import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.model.errors import KhabarError
from khabar.sources.fetch import cached_file, fetch, mirror_from_env, status
from khabar.sources.manifest import load_manifest, parse_manifest
from sourcefix import MANIFEST, REPO

COMMIT = "0123456789abcdef0123456789abcdef01234567"


class _Handler(http.server.BaseHTTPRequestHandler):
    """Serves `files` (URL path -> bytes); `tampered` paths get other bytes of the same length,
    `dropped` paths announce their full length and close the connection half way."""
    files: dict[str, bytes] = {}
    tampered: set[str] = set()
    dropped: set[str] = set()

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):  # noqa: N802 - the stdlib's name
        data = self.files.get(self.path)
        if data is None:
            self.send_error(404)
            return
        if self.path in self.tampered:
            data = bytes(b ^ 0x01 for b in data[:16]) + data[16:]
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.path in self.dropped:
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(2)
            return
        self.wfile.write(data)


@pytest.fixture
def server():
    """A real HTTP server on 127.0.0.1 in a thread, stopped after the test."""
    handler = type("H", (_Handler,), {"files": {}, "tampered": set(), "dropped": set()})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd, handler
    finally:
        httpd.shutdown()
        httpd.server_close()


def _mirror() -> Path:
    mirror = mirror_from_env()
    assert mirror is not None and mirror.is_dir(), "KHABAR_SOURCES must name the sources mirror"
    return mirror


def _project(tmp_path: Path, manifest: dict) -> Path:
    root = tmp_path / "proj"
    (root / "corpus").mkdir(parents=True)
    (root / "corpus" / "sources.json").write_text(json.dumps(manifest), encoding="utf-8")
    return root


def _served_manifest(port: int, handler, mirror: Path) -> dict:
    """The project's real manifest with every URL moved to the local server, which serves the
    mirror's bytes at the same paths."""
    obj = json.loads((REPO / "corpus" / "sources.json").read_text(encoding="utf-8"))
    for src in obj["sources"]:
        for f in src["files"]:
            path = "/" + f["url"].split("://", 1)[1].split("/", 1)[1]
            handler.files[path] = (mirror / src["name"] / f["name"]).read_bytes()
            f["url"] = f"http://127.0.0.1:{port}{path}"
    return obj


def _cache_bytes(cache: Path) -> dict[str, bytes]:
    return {str(p.relative_to(cache)): p.read_bytes() for p in sorted(cache.rglob("*")) if p.is_file()}


@pytest.mark.live
def test_mirror_and_http_give_byte_identical_caches(tmp_path, server, monkeypatch):
    httpd, handler = server
    mirror = _mirror()
    root = _project(tmp_path, _served_manifest(httpd.server_address[1], handler, mirror))
    manifest = load_manifest(root)
    monkeypatch.setenv("KHABAR_SOURCE_CACHE", str(tmp_path / "http-cache"))
    over_http = fetch(root, manifest)
    monkeypatch.setenv("KHABAR_SOURCE_CACHE", str(tmp_path / "mirror-cache"))
    from_mirror = fetch(root, manifest, mirror=mirror)
    assert [(f.source, f.file, f.action) for f in over_http] == \
        [(f.source, f.file, f.action) for f in from_mirror] == \
        [(s.name, f.name, "fetched") for s in MANIFEST.sources for f in s.files]
    http_cache, mirror_cache = _cache_bytes(tmp_path / "http-cache"), _cache_bytes(tmp_path / "mirror-cache")
    assert http_cache == mirror_cache
    assert sorted(http_cache) == sorted(f"{s.name}/{f.name}" for s in MANIFEST.sources for f in s.files)
    # A second fetch finds everything verified and downloads nothing.
    assert {f.action for f in fetch(root, manifest)} == {"present"}
    assert {st.state for st in status(root, manifest)} == {"ok"}


def _one_file_manifest(port: int, handler, data: bytes, name: str = "a.txt") -> dict:
    import hashlib

    path = f"/owner/repo/{COMMIT}/data/{name}"
    handler.files[path] = data
    return {"format": "khabar-sources/1", "sources": [{
        "name": "demo", "title": "t", "upstream": "u", "license": "MIT", "license_url": "l",
        "attribution": "a", "converter": "wojood-iob2", "use": "tests",
        "files": [{"name": name, "path": f"data/{name}", "url": f"http://127.0.0.1:{port}{path}",
                   "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data),
                   "repository": "https://example.org/owner/repo", "commit": COMMIT}]}]}


DATA = "سطر للاختبار فقط\n".encode() * 4000  # synthetic, 120 kB: several reads


@pytest.mark.parametrize("how, code", [
    ("tampered", "source-hash-mismatch"),
    ("dropped", "source-truncated"),
    ("missing", "source-download"),
])
@pytest.mark.live
def test_a_bad_download_is_refused_and_leaves_nothing(tmp_path, server, monkeypatch, capsys, how, code):
    httpd, handler = server
    root = _project(tmp_path, _one_file_manifest(httpd.server_address[1], handler, DATA))
    path = next(iter(handler.files))
    if how == "missing":
        handler.files.clear()
    else:
        getattr(handler, how).add(path)
    cache = tmp_path / "cache"
    monkeypatch.setenv("KHABAR_SOURCE_CACHE", str(cache))
    monkeypatch.delenv("KHABAR_SOURCES", raising=False)
    with pytest.raises(KhabarError) as exc:
        fetch(root, load_manifest(root))
    assert exc.value.code == code
    assert list(cache.rglob("*")) in ([], [cache / "demo"])  # no file, no partial file
    # The command says it in one line that names the URL, and exits 2.
    assert main(["--root", str(root), "sources", "fetch"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"[{code}]" in err and "127.0.0.1" in err and "Traceback" not in err
    assert list(cache.rglob("*")) in ([], [cache / "demo"])


@pytest.mark.live
def test_a_refused_fetch_keeps_the_verified_file_it_had(tmp_path, server, monkeypatch):
    httpd, handler = server
    root = _project(tmp_path, _one_file_manifest(httpd.server_address[1], handler, DATA))
    monkeypatch.setenv("KHABAR_SOURCE_CACHE", str(tmp_path / "cache"))
    manifest = load_manifest(root)
    assert [f.action for f in fetch(root, manifest)] == ["fetched"]
    target = tmp_path / "cache" / "demo" / "a.txt"
    target.write_bytes(DATA[:-1] + b"!")  # damaged in the cache
    assert [st.state for st in status(root, manifest)] == ["changed"]
    with pytest.raises(KhabarError) as exc:
        cached_file(root, manifest, "demo", "a.txt")
    assert exc.value.code == "source-hash-mismatch" and "khabar sources fetch" in str(exc.value)
    handler.tampered.add(next(iter(handler.files)))
    with pytest.raises(KhabarError):
        fetch(root, manifest)
    assert target.read_bytes() == DATA[:-1] + b"!"  # the refused fetch changed nothing
    handler.tampered.clear()
    assert [f.action for f in fetch(root, manifest)] == ["fetched"]
    assert target.read_bytes() == DATA and [st.state for st in status(root, manifest)] == ["ok"]


def test_mirror_missing_or_tampered_file(tmp_path, monkeypatch):
    mirror = tmp_path / "mirror"
    shutil.copytree(_mirror() / "wojood-sample", mirror / "wojood-sample")
    monkeypatch.setenv("KHABAR_SOURCE_CACHE", str(tmp_path / "cache"))
    (mirror / "wojood-sample" / "val.txt").unlink()
    with pytest.raises(KhabarError) as exc:
        fetch(REPO, MANIFEST, ["wojood-sample"], mirror=mirror)
    assert exc.value.code == "source-missing" and "val.txt" in str(exc.value)
    (mirror / "wojood-sample" / "val.txt").write_bytes(b"not the sample\n")
    with pytest.raises(KhabarError) as exc:
        fetch(REPO, MANIFEST, ["wojood-sample"], mirror=mirror)
    assert exc.value.code == "source-truncated"
    cached = sorted(p.name for p in (tmp_path / "cache" / "wojood-sample").iterdir())
    assert cached == ["train.txt"]  # fetched before the failure, whole and verified


def test_a_missing_source_is_one_line_naming_the_fetch_command(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KHABAR_SOURCE_CACHE", str(tmp_path / "empty"))
    assert main(["--root", str(REPO), "sources", "path", "wojood-sample/test.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "[source-missing]" in err and "khabar sources fetch" in err
    assert main(["--root", str(REPO), "sources", "status"]) == 1
    assert "missing  wojood-sample/test.txt" in capsys.readouterr().out


@pytest.mark.parametrize("edit, where", [
    (lambda m: m.update(format="other/1"), "$.format"),
    (lambda m: m["sources"][0]["files"][0].update(name="../escape"), "$.sources[0].files[0].name"),
    (lambda m: m["sources"][0]["files"][0].update(sha256="abc"), "$.sources[0].files[0].sha256"),
    (lambda m: m["sources"][0]["files"][0].update(url="https://example.org/main/data/train.txt"),
     "$.sources[0].files[0].url"),
    (lambda m: m["sources"][0]["files"][0].update(url=m["sources"][0]["files"][0]["url"].replace(
        "https://raw.githubusercontent.com", "http://raw.githubusercontent.com")), "$.sources[0].files[0].url"),
    (lambda m: m["sources"][1].update(name="wojood-sample"), "$.sources[1].name"),
    (lambda m: m["sources"][0].pop("license"), "$.sources[0].license"),
])
def test_a_malformed_manifest_is_refused_at_its_place(edit, where):
    obj = json.loads((REPO / "corpus" / "sources.json").read_text(encoding="utf-8"))
    edit(obj)
    with pytest.raises(KhabarError) as exc:
        parse_manifest(obj, Path("corpus/sources.json"))
    assert exc.value.code == "source-manifest" and f"corpus/sources.json:{where}:" in str(exc.value)


def test_the_manifest_pins_every_file_and_names_registered_converters():
    from khabar.sources.converters import CONVERTERS

    assert [s.name for s in MANIFEST.sources] == ["wojood-sample", "arwikinews"]
    for s in MANIFEST.sources:
        assert s.converter in CONVERTERS
        for f in s.files:
            assert f.url.startswith("https://raw.githubusercontent.com/") and f"/{f.commit}/{f.path}" in f.url


def test_the_mirror_holds_what_the_manifest_pins():
    """The mirror CI uses is a faithful stand-in: every file there has the pinned hash."""
    from khabar.sources.fetch import sha256_file

    mirror = _mirror()
    assert {(s.name, f.name): sha256_file(mirror / s.name / f.name) for s in MANIFEST.sources for f in s.files} \
        == {(s.name, f.name): f.sha256 for s in MANIFEST.sources for f in s.files}


def test_the_cache_is_outside_the_tracked_tree():
    import subprocess

    cache = REPO / ".cache" / "khabar" / "sources"
    ignored = subprocess.run(["git", "check-ignore", "-q", str(cache / "x")], cwd=REPO).returncode
    assert ignored == 0
    assert os.environ.get("KHABAR_SOURCE_CACHE")  # the suite shares one verified cache
