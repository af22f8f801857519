"""The strict JSON reader: what it refuses, with which code and where; the modes of the files
Khabar writes."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.io import MAX_JSON_DEPTH, atomic_write_bytes, loads_json, read_json, write_json
from khabar.model.errors import CODES, KhabarError

DEEP = "[" * 100_000


@pytest.mark.parametrize("text,code,where", [
    ('{"a": NaN}', "json-constant", "1:7"),
    ('{"a": [1,\n  Infinity]}', "json-constant", "2:3"),
    ('{"a": -Infinity}', "json-constant", "1:7"),
    ('{"a": 1e400}', "json-constant", "1:7"),  # Python reads it as inf
    ('{"a": 1,\n "b": {"c": 1, "c": 2}}', "json-duplicate-key", "2:16"),
    ('{"a": 1, "a": 1}', "json-duplicate-key", "1:10"),
    (DEEP, "json-too-deep", f"1:{MAX_JSON_DEPTH + 1}"),
    ('{"a": ' + "[" * 70 + "]" * 70 + "}", "json-too-deep", f"1:{7 + MAX_JSON_DEPTH - 1}"),
    ('{"a": 1' + "0" * 5000 + "}", "json-number-too-long", "1:7"),
    ('{"a": 0.' + "0" * 5000 + "1}", "json-number-too-long", "1:7"),
    ('{"a": [1, -' + "9" * 40 + "]}", "json-number-too-long", "1:11"),  # 41 characters, the sign counted
    ('{"a": "' + "7" * 50 + '", "b": ' + "8" * 41 + "}", "json-number-too-long", "1:66"),
    ('{"a": "x\\ud800"}', "text-control-char", "$.a"),
    ('{"a": [{"\\udfff": 1}]}', "text-control-char", "$.a[0]"),
    ('{"a": 1,\n  "b": }', "json-invalid", "2:8"),
])
def test_refused(text, code, where):
    with pytest.raises(KhabarError) as exc:
        loads_json(text, "f.json")
    assert (exc.value.code, exc.value.path, exc.value.where) == (code, "f.json", where)
    assert code in CODES
    assert "\n" not in str(exc.value) and str(exc.value).startswith(f"f.json:{where}: ")


@pytest.mark.parametrize("text,value", [
    ('{"a": "\\ud83d\\ude00"}', {"a": "😀"}),  # a surrogate pair is one character
    ('{"a": "\\\\ud800"}', {"a": "\\ud800"}),  # an escaped backslash, not an escape
    ('{"a": 1.5, "b": -0, "c": 12345678901234567890}', {"a": 1.5, "b": 0, "c": 12345678901234567890}),
    ('{"a": {"b": 1}, "b": {"b": 2}}', {"a": {"b": 1}, "b": {"b": 2}}),  # same key, other objects
    ('{"NaN": "NaN"}', {"NaN": "NaN"}),
    ('{"a": -' + "9" * 39 + ', "b": "' + "7" * 50 + '"}', {"a": -int("9" * 39), "b": "7" * 50}),  # 40 characters
    ('{"s": "a\\"b[[[{", "t": "}]"}', {"s": 'a"b[[[{', "t": "}]"}),  # brackets and escaped quotes in strings
    ("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH, eval("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH)),
])
def test_accepted(text, value):
    assert loads_json(text) == value


def test_read_json_names_the_file(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"v": NaN}', encoding="utf-8")
    with pytest.raises(KhabarError) as exc:
        read_json(path)
    assert str(exc.value) == f"{path}:1:7: NaN is not a JSON number"


# ---------------------------------------------------------------- file modes


@pytest.fixture(params=[0o022, 0o002], ids=["umask022", "umask002"])
def umask(request):
    """Run the test under a umask, restored afterwards."""
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_atomic_write_has_the_mode_of_a_plain_write(tmp_path, umask):
    # Before: mkstemp's 0600 for every file, whatever the umask.
    new, plain = tmp_path / "new.json", tmp_path / "plain.json"
    atomic_write_bytes(new, b"{}\n")
    plain.write_bytes(b"{}\n")
    assert (_mode(new), _mode(plain)) == (0o666 & ~umask, 0o666 & ~umask)
    # An existing file keeps its own mode, as a plain write into it would.
    for mode in (0o640, 0o604, 0o600):
        os.chmod(new, mode)
        write_json(new, {"v": mode})
        assert (_mode(new), read_json(new)) == (mode, {"v": mode})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.json", "plain.json"]  # no temporary left


def test_every_file_a_command_writes_is_readable_as_the_umask_says(tmp_path, umask):
    """A project made, grown, exported, viewed, built and imported under a umask: every file and
    folder has the mode a plain write or mkdir gives (before: gold, records, exports and the view
    0600, the release 0644 whatever the umask, an imported folder 0700)."""
    from releasefix import make_project

    root = tmp_path / "proj"
    make_project(root)
    (tmp_path / "new.txt").write_text("12/2/2024 9:50:00 AM\nقالت الوزارة إن 7 مدارس فتحت.\n",
                                      encoding="utf-8")
    cli = lambda *args: main(["--root", str(root), *map(str, args)])
    out = root / "out"
    assert cli("add", tmp_path / "new.txt", "--id", "doc2") == 0
    assert cli("splits") == 0
    for args in (("export", "jsonl", "--out", out / "all.jsonl"), ("export", "brat", "--out", out / "brat"),
                 ("export", "conll", "--out", out / "ner.conll"), ("export", "wojood", "--out", out / "wojood"),
                 ("view", "doc1", "--out", out / "doc1.html"), ("build", "--out", out / "release"),
                 ("import", "wojood", out / "wojood" / "train.txt", "--out", out / "imported")):
        assert cli(*args) == 0, args
    written = {p.relative_to(root).as_posix(): _mode(p) for p in root.rglob("*")}
    assert {"corpus/raw/doc2.txt", "corpus/documents/doc2.json", "annotations/doc2.json",
            "corpus/splits.json", "out/brat/doc1.ann", "out/doc1.html", "out/release/khabar-manifest.json",
            "out/imported"} <= set(written)
    assert written == {p: 0o777 & ~umask if (root / p).is_dir() else 0o666 & ~umask for p in written}
