"""The strict JSON reader: what it refuses, with which code and where."""
from __future__ import annotations

import pytest

from khabar.io import MAX_JSON_DEPTH, loads_json, read_json
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
