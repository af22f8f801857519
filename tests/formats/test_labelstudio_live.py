"""Label Studio, live: install it from PyPI into an environment of its own, start it on
127.0.0.1 with a temporary data folder, and round-trip the gold through its API.

The environment is `$KHABAR_LS_VENV` when set, else `.cache/labelstudio-venv` in the repository;
it is installed when missing and reused afterwards (the install is about 1 GB). The server
starts once per test session (about a minute) and the fixture stops it, on failure too. Never
skipped: without Label Studio the test installs it, and fails if it cannot.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from fmt_fixtures import DOC, REPO, SEED, layers, make_project, run
from khabar.model.spans import to_utf16

# A real Label Studio server on 127.0.0.1 (installed from PyPI into a venv of its own).
pytestmark = pytest.mark.live

LS_REQUIREMENT = "label-studio==1.23.2"
START_TIMEOUT = 600  # seconds; the first start migrates a fresh database (about 55 s here)
USER, PASSWORD, TOKEN = "khabar@example.com", "khabar-test-Passw0rd", "khabartesttoken0123456789"


def ls_venv() -> Path:
    return Path(os.environ.get("KHABAR_LS_VENV") or REPO / ".cache" / "labelstudio-venv")


def ensure_label_studio() -> Path:
    """The `label-studio` executable of the test environment, installed when missing."""
    venv = ls_venv()
    exe = venv / "bin" / "label-studio"
    if not exe.exists():
        t0 = time.monotonic()
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
                        LS_REQUIREMENT], check=True)
        print(f"installed {LS_REQUIREMENT} into {venv} in {time.monotonic() - t0:.0f} s")
    return exe


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    def __init__(self, base: str):
        self.base = base

    def __call__(self, method: str, path: str, body=None, raw: bool = False):
        req = urllib.request.Request(
            self.base + path, method=method, data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"Token {TOKEN}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=120) as resp:
                data = resp.read()
                return resp.status, (data if raw else json.loads(data or b"null"))
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()[:2000]


@pytest.fixture(scope="session")
def label_studio(tmp_path_factory):
    """A running Label Studio server (its API client); stopped at the end of the session."""
    exe = ensure_label_studio()
    data = tmp_path_factory.mktemp("label-studio-data")
    port = free_port()
    log = open(data / "server.log", "wb")
    env = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": str(data), "DJANGO_DB": "sqlite"}
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [str(exe), "start", "--data-dir", str(data / "app"), "--internal-host", "127.0.0.1",
         "-p", str(port), "--username", USER, "--password", PASSWORD, "--user-token", TOKEN,
         "--enable-legacy-api-token", "--no-browser"],
        stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    client = Client(f"http://127.0.0.1:{port}")
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"Label Studio exited ({proc.returncode}):\n"
                            + (data / "server.log").read_text(errors="replace")[-3000:])
            try:
                if client("GET", "/api/current-user/whoami")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() - t0 > START_TIMEOUT:
                pytest.fail(f"Label Studio did not answer within {START_TIMEOUT} s:\n"
                            + (data / "server.log").read_text(errors="replace")[-3000:])
            time.sleep(2)
        print(f"Label Studio answered after {time.monotonic() - t0:.0f} s")
        yield client
    finally:
        # The server and its workers run in their own session: stop that group, and only it.
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        except ProcessLookupError:
            pass
        log.close()


def test_live_round_trip(label_studio, tmp_path, gold):
    """Khabar's config and tasks into a real server; the gold submitted as an annotator's
    annotation through the API; the server's export imported back: identical in all three
    layers and the relations, for the seed and for a text with characters outside the BMP."""
    api = label_studio
    layout = make_project(tmp_path / "proj")
    assert run(["--root", layout.root, "export", "labelstudio", "--out", tmp_path / "ls"]) == 0
    config = (tmp_path / "ls" / "config.xml").read_text(encoding="utf-8")
    tasks = json.loads((tmp_path / "ls" / "tasks.json").read_text(encoding="utf-8"))

    status, project = api("POST", "/api/projects", {"title": "khabar", "label_config": config})
    assert status == 201, project
    pid = project["id"]
    status, body = api("POST", f"/api/projects/{pid}/import", tasks)
    assert status == 201, body
    assert (body["task_count"], body["prediction_count"]) == (2, 2)

    status, listing = api("GET", f"/api/tasks?project={pid}&fields=all")
    assert status == 200, listing
    by_doc = {t["data"]["doc_id"]: t for t in listing["tasks"]}
    assert sorted(by_doc) == sorted([SEED, DOC])
    from khabar.formats.labelstudio import annotation_result

    for doc_id, task in by_doc.items():
        doc, ann = gold[doc_id]
        status, preds = api("GET", f"/api/predictions?task={task['id']}")
        assert status == 200 and len(preds) == 1, preds
        # The annotator starts from the prediction and submits it, as the browser does.
        status, body = api("POST", f"/api/tasks/{task['id']}/annotations/?project={pid}",
                           {"result": annotation_result(doc, ann), "was_cancelled": False,
                            "ground_truth": False, "lead_time": 42.0,
                            "parent_prediction": preds[0]["id"]})
        assert status == 201, body

    status, exported = api("GET", f"/api/projects/{pid}/export?exportType=JSON&download_all_tasks=true",
                           raw=True)
    assert status == 200, exported
    export = tmp_path / "export.json"
    export.write_bytes(exported)
    data = json.loads(exported)
    # Label Studio stores UTF-16 offsets: after the U+1F4F0 at the start, each is one more.
    bmp = next(t for t in data if t["data"]["doc_id"] == DOC)
    region = next(r for r in bmp["annotations"][0]["result"] if r.get("id") == "e1")
    doc, ann = gold[DOC]
    assert region["value"]["start"] == to_utf16(doc["text"], ann["entities"][0]["start"]) \
        == ann["entities"][0]["start"] + 1

    assert run(["--root", layout.root, "import", "labelstudio", export, "--out", tmp_path / "back"]) == 0
    for doc_id in (SEED, DOC):
        back = json.loads((tmp_path / "back" / f"{doc_id}.json").read_text(encoding="utf-8"))
        assert layers(back) == layers(gold[doc_id][1])
    # Into the project itself: gold is kept unless --force; the same gold is no change at all.
    before = layout.annotation(SEED).read_bytes()
    assert run(["--root", layout.root, "import", "labelstudio", export]) == 0
    assert layout.annotation(SEED).read_bytes() == before
