"""Imports at scale: a Label Studio export of tens of megabytes reads in seconds and in memory
proportional to it (the reader is linear), and INCEpTION zips are checked against size, count
and compression-ratio limits before any member is read."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile

import pytest

from fmt_fixtures import DOC, REPO, TEXT, layers, run
from khabar.corpus.documents import make_document
from khabar.formats import inception, labelstudio
from khabar.io import write_json

# The synthetic document repeated: one long text of many paragraphs, as a long news page or a
# whole day's wire pasted into one task would be.
BLOCKS = 3500
BLOCK = TEXT + "\n"
BLOCK16 = len(BLOCK.encode("utf-16-le")) // 2  # UTF-16 units of one block, counted independently
ID_STEP = 100  # block k's ids are the fixture's plus k * ID_STEP (e1 -> e101 -> e201 ...)


def _renumber(rid: str, k: int) -> str:
    return f"{rid[0]}{int(rid[1:]) + k * ID_STEP}"


def _shift_result(result: list[dict], k: int) -> list[dict]:
    """One block's Label Studio regions and relations moved to block k (offsets and ids)."""
    out = []
    for r in result:
        r = json.loads(json.dumps(r))
        if r.get("type") == "relation":
            r["from_id"], r["to_id"] = _renumber(r["from_id"], k), _renumber(r["to_id"], k)
        else:
            r["id"] = _renumber(r["id"], k)
            r["value"]["start"] += k * BLOCK16
            r["value"]["end"] += k * BLOCK16
        out.append(r)
    return out


def _shift_annotation(ann: dict, k: int) -> dict:
    """The fixture's annotation moved to block k, as the import should give it back."""
    d = k * len(BLOCK)
    aux = lambda o: None if o is None else {**o, "start": o["start"] + d, "end": o["end"] + d}
    moved = lambda o: {**o, "id": _renumber(o["id"], k), "start": o["start"] + d, "end": o["end"] + d}
    return {
        "entities": [moved(e) for e in ann["entities"]],
        "numbers": [{**moved(n), "qualifier_span": aux(n["qualifier_span"]), "counted": aux(n["counted"])}
                    for n in ann["numbers"]],
        "claims": [{**moved(c), "cue": aux(c["cue"]), "numbers": [_renumber(i, k) for i in c["numbers"]],
                    "claimant": c["claimant"] if c["claimant"] == "author" else _renumber(c["claimant"], k)}
                   for c in ann["claims"]],
        "relations": [{**r, "id": _renumber(r["id"], k), "total": _renumber(r["total"], k),
                       "parts": [_renumber(i, k) for i in r["parts"]]} for r in ann["relations"]],
    }


# Run in a child process so that its peak memory is its own: khabar import, then the peak.
CHILD = """
import resource, sys
from khabar.cli import main
rc = main(sys.argv[1:])
print("maxrss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "rc", rc)
"""


def test_labelstudio_import_of_a_large_export_is_linear(proj, gold, tmp_path):
    """A Label Studio export of ~20 MB (one task: the synthetic document 3,500 times over, every
    layer and relation in each copy, offsets past characters outside the BMP) imports whole and
    exactly, in seconds and in memory a small multiple of the file. Converting each UTF-16
    offset by walking the text from its start made this quadratic: hours, and gigabytes."""
    small_doc, small_ann = gold[DOC]
    one = labelstudio.annotation_result(small_doc, small_ann)
    raw = "12/2/2024 9:50:00 AM\n" + (BLOCK * BLOCKS).rstrip("\n")
    proj.raw("big").write_text(raw, encoding="utf-8")
    doc = make_document(raw, "big", "corpus/raw/big.txt")
    assert doc["text"] == (BLOCK * BLOCKS).rstrip("\n")
    write_json(proj.document("big"), doc)
    rmap = [{**r, "id": _renumber(r["id"], k), "total": _renumber(r["total"], k),
             "parts": [_renumber(i, k) for i in r["parts"]]}
            for k in range(BLOCKS) for r in small_ann["relations"]]
    task = {"id": 1, "data": {"text": doc["text"], "doc_id": "big", labelstudio.RELATIONS_KEY: rmap},
            "annotations": [{"id": 1, "result": [x for k in range(BLOCKS) for x in _shift_result(one, k)]}]}
    src = tmp_path / "export.json"
    src.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    size = src.stat().st_size
    assert size > 15_000_000

    out = tmp_path / "imported"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    began = time.monotonic()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, "--root", str(proj.root), "import", "labelstudio", str(src),
             "--doc", "big", "--out", str(out)],
            capture_output=True, text=True, timeout=150, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail(f"importing a {size / 1e6:.0f} MB export took over 150 s: not linear")
    elapsed = time.monotonic() - began
    assert proc.returncode == 0, proc.stderr
    assert elapsed < 90, f"{elapsed:.0f} s for a {size // 2**20} MB export"
    peak_kb = int(proc.stdout.split("maxrss_kb")[1].split()[0])
    # Generous bounds, on a shared two-core machine: linear reading takes ~5 s and ~20x the file.
    assert peak_kb * 1024 < 60 * size, f"peak memory {peak_kb // 1024} MB for a {size // 2**20} MB export"

    got = json.loads((out / "big.json").read_text(encoding="utf-8"))
    expected = {key: [] for key in ("entities", "numbers", "claims", "relations")}
    for k in range(BLOCKS):
        for key, items in _shift_annotation(small_ann, k).items():
            expected[key] += items
    for key in expected:
        expected[key].sort(key=lambda o: int(o["id"][1:]))
    assert layers(got) == layers(expected)



# ---------------------------------------------------------------- INCEpTION zips: limits first


def _zip(path, members, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _never_open(*args, **kwargs):
    raise AssertionError("a member was read before the zip was checked")


@pytest.mark.parametrize("limit,value,members,message", [
    ("ZIP_MAX_MEMBERS", 2, {"a/x.xmi": "1", "a/y.xmi": "2", "a/z.xmi": "3"}, "3 members (at most 2)"),
    ("ZIP_MAX_MEMBER_BYTES", 1000, {f"a/{DOC}.xmi": "x" * 1001}, "1001 bytes uncompressed (at most 1000)"),
    ("ZIP_MAX_TOTAL_BYTES", 1500, {"a/x.xmi": "x" * 1000, "a/y.xmi": "y" * 1000},
     "its .xmi members hold over 1500 bytes uncompressed"),
    # A zip bomb with the default limits: 64 MB of one byte deflates to ~64 KB (1000:1).
    (None, None, {f"a/{DOC}.xmi": b"\0" * (64 * 2**20)}, "(a ratio over 200:1, a zip bomb)"),
])
def test_inception_zip_is_checked_before_any_member_is_read(limit, value, members, message, proj, tmp_path,
                                                            monkeypatch, capsys):
    """Member count, a member's size, the total size and the compression ratio are read from
    the zip's directory and checked before any member is opened: one line, code zip-refused."""
    from khabar.formats import tools

    src = _zip(tmp_path / "export.zip", members)
    if limit is not None:
        monkeypatch.setattr(tools, limit, value)
    monkeypatch.setattr(zipfile.ZipFile, "open", _never_open)
    assert run(["--root", proj.root, "import", "inception", src, "--out", tmp_path / "out"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"khabar import: error: {src}") and message in err
    assert err.rstrip().endswith("[zip-refused]") and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_inception_zip_member_larger_than_its_header_is_refused(proj, gold, tmp_path, capsys):
    """A member whose header declares fewer bytes than it holds is not read past the declared
    size: refused (zip-refused or a bad CRC), never read whole."""
    doc, ann = gold[DOC]
    xmi = inception.export_xmi(doc, ann).encode("utf-8")
    src = _zip(tmp_path / "export.zip", {f"a/{DOC}.xmi": xmi}, zipfile.ZIP_STORED)
    data = bytearray(src.read_bytes())
    declared = len(xmi).to_bytes(4, "little")
    smaller = (len(xmi) - 100).to_bytes(4, "little")
    # The uncompressed size sits in the local header (offset 22) and the central directory
    # entry (offset 24 from its signature): both say 100 bytes fewer than the member holds.
    assert data[22:26] == declared
    central = data.index(b"PK\x01\x02")
    assert data[central + 24:central + 28] == declared
    data[22:26], data[central + 24:central + 28] = smaller, smaller
    src.write_bytes(bytes(data))
    assert run(["--root", proj.root, "import", "inception", src, "--out", tmp_path / "out"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"khabar import: error: {src}") and err.count("\n") == 1
    assert err.rstrip().endswith(("[zip-refused]", "[format-invalid]"))
    assert not (tmp_path / "out").exists()
