"""Every reader answers or refuses in one line: seeded mutations of valid inputs (made by Khabar's
own writers from a synthetic document) through each reader, under hypothesis (derandomized);
scripts/fuzz.py --reader runs the same cases at length. Then each crash the fuzzer found, as a
plain regression test."""
from __future__ import annotations

import io
import json
import random
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzzfix import fuzz
from khabar.cli import main
from khabar.io import KhabarError
from khabar.model.errors import CODES


@pytest.fixture(scope="module")
def case():
    with tempfile.TemporaryDirectory(prefix="khabar-fuzz-", dir=fuzz.scratch_dir()) as tmp:
        yield fuzz.ReaderCase(Path(tmp))


@pytest.fixture(scope="module")
def readers(case):
    return {name: make(case) for name, make in fuzz.READERS.items()}


@pytest.mark.parametrize("name", [n for n in fuzz.READERS if n != "numerals"])
def test_unmutated_inputs_are_read(readers, case, name):
    """The fuzzers start from inputs each reader accepts (else every case would be a refusal)."""
    from khabar.annotate.adjudicate import adjudicate
    from khabar.evaluate.adapters.predictions import PredictionsAdapter
    from khabar.formats.tools import import_annotations

    r = readers[name]
    if name == "disagreements":
        (r.folder / "disagreements.json").write_bytes(r.base)
        gold = adjudicate(case.layout, fuzz.READER_DOC, r.passes, r.folder, apply=True, force=True)
        assert gold == case.layout.annotation(fuzz.READER_DOC)
    elif name == "predictions":
        path = case.path("p.jsonl", b"\n".join(r.base))
        got = PredictionsAdapter(str(path), {x.id for x in r.rows}).predict(r.rows)
        assert got == [row.entities for row in r.rows]
    else:
        data = r.base if not r.zipped else fuzz.zip_bytes(random.Random(1), r.name, r.base)
        name_ = r.name if not r.zipped else "x.zip"
        path = case.path(name_, data if not r.zipped else _plain_zip(r.name, r.base))
        rep = import_annotations(case.layout, name.split("-")[0], path, out=case.out, force=True)
        assert [p.name for p in rep.written] in ([f"{fuzz.READER_DOC}.json"], [])


def _plain_zip(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(name, data)
    return buf.getvalue()


# A case's mutations are drawn from random.Random(seed): hypothesis picks the seeds (derandomized,
# so every run checks the same cases), and a failure names its seed for scripts/fuzz.py to replay.
@pytest.mark.slow
@pytest.mark.parametrize("name", list(fuzz.READERS))
@settings(max_examples=400, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(seed=st.integers(0, 2**64))
def test_reader_never_crashes(readers, name, seed):
    readers[name].run(random.Random(seed))  # raises on any exception but a one-line, registered KhabarError


# ---------------------------------------------------------------- what the fuzzer found

def _refused(fn, code: str, *where: str) -> str:
    with pytest.raises(KhabarError) as info:
        fn()
    line = str(info.value)
    assert info.value.code == code and code in CODES and "\n" not in line, line
    for w in where:
        assert w in line, line
    return line


def _ls(case, mutate) -> Path:
    tasks = json.loads(fuzz.READERS["labelstudio"](case).base)
    mutate(tasks[0])
    return case.path("export.json", json.dumps(tasks, ensure_ascii=False).encode("utf-8"))


def _import(case, fmt, path):
    from khabar.formats.tools import import_annotations

    return lambda: import_annotations(case.layout, fmt, path, out=case.out, force=True)


@pytest.mark.parametrize("bad,code,where", [
    (lambda t: t.update(annotations=7), "format-invalid", "$[0].annotations"),
    (lambda t: t.update(annotations=2.5), "format-invalid", "$[0].annotations"),
    (lambda t: t["annotations"][0]["result"][0]["value"].update(start=0.0), "format-offset",
     "$[0].annotations[0].result[0].value"),
    (lambda t: t["annotations"][0]["result"][0]["value"].update(end="7"), "format-offset",
     "$[0].annotations[0].result[0].value"),
    (lambda t: [r.update(from_id=["e1"]) for r in t["annotations"][0]["result"] if r.get("type") == "relation"],
     "ref-unresolved", "$[0].annotations[0].result"),
    (lambda t: t["annotations"][0]["result"][0].update(from_name=["entity"]), "format-invalid",
     "$[0].annotations[0].result[0].from_name"),
    # Found by `scripts/fuzz.py 100000 --reader labelstudio --seed 1`: labels that are not a list.
    (lambda t: [r.update(labels=7) for r in t["annotations"][0]["result"] if r.get("type") == "relation"],
     "format-relation", "$[0].annotations[0].result"),
    (lambda t: t["annotations"][0]["result"][0]["value"].update(labels=7), "schema-enum",
     "$[0].annotations[0].result[0].value.labels"),
    # Found by `scripts/fuzz.py 100000 --reader labelstudio --seed 1` (case 78384): a
    # check-worthiness choice that is a list.
    (lambda t: [r["value"].update(choices=[["yes"]]) for r in t["annotations"][0]["result"]
                if r.get("from_name") == "check_worthy"], "schema-enum", "$[0].annotations[0].result"),
])
def test_labelstudio_wrong_types_are_one_line(case, bad, code, where):
    path = _ls(case, bad)
    _refused(_import(case, "labelstudio", path), code, path.name, where)


@pytest.mark.parametrize("offsets", ["1/3", "٣ ٧", "3", "9" * 5000, "1" + "0" * 4400 + " 5"])
def test_brat_offsets_are_one_line(case, offsets):
    base = fuzz.READERS["brat"](case).base.decode("utf-8").split("\n")
    first = base[0].split("\t")
    typ = first[1].split(" ")[0]
    base[0] = "\t".join([first[0], f"{typ} {offsets}", first[2]])
    path = case.path(f"{fuzz.READER_DOC}.ann", "\n".join(base).encode("utf-8"))
    code = "format-invalid" if offsets == "1/3" else "format-offset"  # `1/3` is no brat T line at all
    _refused(_import(case, "brat", path), code, path.name, ":1:")


def test_brat_ids_and_values_of_thousands_of_digits_are_read_or_refused(case):
    text = fuzz.READERS["brat"](case).base.decode("utf-8")
    long_id = "T" + "7" * 5000
    path = case.path(f"{fuzz.READER_DOC}.ann", text.replace("T1\t", f"{long_id}\t").replace(
        ":T1\n", f":{long_id}\n").encode())
    _import(case, "brat", path)()  # an id is only a name: read as T1 was
    huge = text.replace("AnnotatorNotes T3\t250", "AnnotatorNotes T3\t" + "9" * 5000)  # n1's value
    path = case.path(f"{fuzz.READER_DOC}.ann", huge.encode("utf-8"))
    _refused(_import(case, "brat", path), "format-invalid", path.name, "is not a JSON number")
    # Found by `scripts/fuzz.py 100000 --reader brat --seed 1`: a value of 50 digits was imported,
    # and the annotation file written could not be read back by Khabar's own reader (40 at most).
    long = text.replace("AnnotatorNotes T3\t250", "AnnotatorNotes T3\t" + "9" * 50)
    path = case.path(f"{fuzz.READER_DOC}.ann", long.encode("utf-8"))
    _refused(_import(case, "brat", path), "format-invalid", path.name, "is not a JSON number")


@pytest.mark.parametrize("damage", ["encrypted", "truncated", "bad-deflate"])
def test_damaged_inception_zip_is_one_line(case, damage):
    r = fuzz.READERS["inception"](case)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(r.name, r.base)
    data = bytearray(buf.getvalue())
    if damage == "encrypted":
        data[6] |= 1
        data[data.find(b"PK\x01\x02") + 8] |= 1
    elif damage == "truncated":
        data = data[:len(data) // 2] + data[-22:]
    else:
        data[40:60] = b"\xff" * 20  # inside the deflate stream
    path = case.path("fz.zip", bytes(data))
    line = _refused(_import(case, "inception", path), "format-invalid", path.name)
    if damage == "encrypted":
        assert f"{path}!{r.name}: the zip member is encrypted; export it again without a password" in line


@pytest.mark.parametrize("edit,where", [
    (lambda d: d["disagreements"][0].update(decision=["A"]), "$.disagreements[0].decision"),
    (lambda d: d["disagreements"][0].update(decision=1), "$.disagreements[0].decision"),
    (lambda d: d["disagreements"].__setitem__(0, "A"), "$.disagreements[0]"),
    (lambda d: d["disagreements"][0].pop("layer"), "$.disagreements[0].layer"),
    (lambda d: d["disagreements"][0].pop("start"), "$.disagreements[0].start"),
    (lambda d: d["disagreements"][0].update(layer="events"), "$.disagreements[0].layer"),
    (lambda d: d["disagreements"][0].update(attribute={"x": 1}), "$.disagreements[0].attribute"),
    (lambda d: d.update(disagreements={"a": 1}), "$.disagreements"),
])
def test_malformed_disagreements_are_one_line(case, edit, where):
    from khabar.annotate.adjudicate import adjudicate

    r = fuzz.READERS["disagreements"](case)
    decided = json.loads(r.base)
    edit(decided)
    path = r.folder / "disagreements.json"
    path.write_text(json.dumps(decided, ensure_ascii=False), encoding="utf-8")
    _refused(lambda: adjudicate(case.layout, fuzz.READER_DOC, r.passes, r.folder, apply=True, force=True),
             "adjudication-decisions", str(path), where)
    # A rerun that carries the decisions over reads the same file: the same one line.
    _refused(lambda: adjudicate(case.layout, fuzz.READER_DOC, r.passes, r.folder), "adjudication-decisions",
             str(path), where)


def test_truncated_disagreements_is_one_line(case):
    from khabar.annotate.adjudicate import adjudicate

    r = fuzz.READERS["disagreements"](case)
    path = r.folder / "disagreements.json"
    path.write_bytes(r.base[: len(r.base) // 2])
    _refused(lambda: adjudicate(case.layout, fuzz.READER_DOC, r.passes, r.folder, apply=True, force=True),
             "json-invalid", str(path))


@pytest.mark.parametrize("spans", [[3], ["PERS"], [None], [[0, 1]]])
def test_predictions_span_that_is_no_object_is_one_line(case, spans):
    from khabar.evaluate.adapters.predictions import PredictionsAdapter

    r = fuzz.READERS["predictions"](case)
    path = case.path("p.jsonl", b"\n".join([r.base[0], json.dumps({"id": r.rows[1].id, "spans": spans}).encode()]))
    _refused(lambda: PredictionsAdapter(str(path), {x.id for x in r.rows}).predict(r.rows), "schema-type",
             f"{path}:2: $.spans[0]: expected object")


@pytest.mark.parametrize("text", [
    "نجح " + "9" * 5000 + " طالبا",
    "نجح " + "٣" * 400 + " طالبا",
    "قال و ب " + "4٢" + " ۴2 ١٢٣",
    "و",
    "ب 5",
])
def test_number_reader_on_huge_and_mixed_numbers(text):
    from khabar.model.numerals import digits_value, find_numbers

    found = find_numbers(text)
    assert all(0 <= f.start < f.end <= len(text) and f.value == f.value for f in found)
    assert digits_value("9" * 5000) is None and digits_value("٤١٢") == 412.0


@pytest.mark.parametrize("command", [["suggest"], ["view", "--out", "v.html"], ["adjudicate", "--passes", "a", "b"]])
def test_ids_longer_than_a_file_name_are_one_line(tmp_path, command, capsys):
    from releasefix import make_project

    layout = make_project(tmp_path / "proj")
    long_id = "a" * 300
    args = [*command[:1], long_id, *command[1:]]
    assert main(["--root", str(layout.root), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.rstrip().endswith("[id-invalid]") and "(300 characters)" in err, err


@pytest.mark.parametrize("seed", ["inception:0:1881", "inception:0:8024"])
def test_inception_reference_to_an_element_of_another_type_is_one_line(readers, seed):
    # Cases scripts/fuzz.py found: a link or qualifierSpan pointing at an element cassis reads as
    # uima_cas_NULL (no offsets, no target).
    readers["inception"].run(random.Random(seed))
