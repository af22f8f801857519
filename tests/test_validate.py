from __future__ import annotations

import json
from typing import Callable

import pytest

from conftest import TEXT, at, span
from khabar.cli import main
from khabar.model.errors import ERROR
from khabar.validate.annotation import annotation_problems
from khabar.validate.core import validate_corpus
from khabar.validate.document import document_problems
from khabar.validate.numbers import digits_value


def codes(problems) -> list[str]:
    return sorted(p.code for p in problems if p.severity == ERROR)


def test_valid_annotation_has_no_problems(ann, doc):
    assert annotation_problems(ann, doc, "a.json", "doc1") == []


def _set(path: str, value) -> Callable[[dict], None]:
    def mutate(a: dict) -> None:
        *keys, last = path.split(".")
        obj = a
        for k in keys:
            obj = obj[int(k)] if k.isdigit() else obj[k]
        obj[int(last) if last.isdigit() else last] = value
    return mutate


def _del(path: str) -> Callable[[dict], None]:
    def mutate(a: dict) -> None:
        *keys, last = path.split(".")
        obj = a
        for k in keys:
            obj = obj[int(k)] if k.isdigit() else obj[k]
        del obj[last]
    return mutate


def _append(layer: str, item: dict) -> Callable[[dict], None]:
    return lambda a: a[layer].append(item)


s_qtl, e_qtl = at("قتيلا")
s_hlb, e_hlb = at("حلب")

# The defect catalogue: one mutation of a valid file each, and the code it must produce.
CATALOGUE = [
    ("missing-field", _del("entities.0.label"), "schema-required"),
    ("unknown-field", _set("entities.0.score", 0.9), "schema-additional-property"),
    ("unknown-label", _set("entities.0.label", "PERSON"), "schema-enum"),
    ("bad-type", _set("numbers.0.value", "412"), "schema-type"),
    ("bad-id", _set("entities.0.id", "x1"), "schema-pattern"),
    ("bad-kind", _set("numbers.0.kind", "big"), "schema-enum"),
    ("bad-qualifier", _set("numbers.0.qualifier", "roughly"), "schema-enum"),
    ("negative-start", _set("entities.0.start", -1), "schema-minimum"),
    ("empty-text", _set("entities.0.text", ""), "schema-min-length"),
    ("bad-version", _set("schema_version", "2.0.0"), "schema-pattern"),
    ("bad-counted", _set("numbers.0.counted", {"start": 1}), "schema-required"),
    ("text-mismatch", _set("entities.0.text", "المرصد السوري"), "span-text-mismatch"),
    ("shifted", lambda a: a["entities"][2].update(start=s_hlb + 1, end=e_hlb + 1,
                                                  text=TEXT[s_hlb + 1:e_hlb + 1]), "span-edge"),
    ("out-of-bounds", _set("entities.0.end", len(TEXT) + 5), "span-out-of-bounds"),
    ("empty-span", lambda a: a["entities"][0].update(end=a["entities"][0]["start"]), "span-empty"),
    ("mid-word", lambda a: a["entities"][2].update(start=s_hlb + 1, text=TEXT[s_hlb + 1:e_hlb]),
     "span-word-boundary"),
    ("trailing-space", lambda a: a["entities"][2].update(end=e_hlb + 1, text=TEXT[s_hlb:e_hlb + 1]),
     "span-edge"),
    ("crosses-paragraph", lambda a: a["claims"][0].update(end=len(TEXT), text=TEXT[a["claims"][0]["start"]:]),
     "span-crosses-paragraph"),
    ("duplicate-id", _set("entities.1.id", "e1"), "id-duplicate"),
    ("duplicate-span", _append("entities", {"id": "e9", **span("حلب"), "label": "GPE"}), "span-duplicate"),
    ("crossing", _append("claims", {"id": "c9", "start": at("المرصد")[0], "end": at("412")[1],
                                    "text": TEXT[at("المرصد")[0]:at("412")[1]], "claimant": "author",
                                    "cue": None, "kind": "event", "check_worthy": False,
                                    "numbers": ["n1"]}), "span-crossing"),
    ("unresolved-claimant", _set("claims.0.claimant", "e42"), "ref-unresolved"),
    ("unresolved-number", _set("claims.0.numbers", ["n1", "n2", "n77"]), "ref-unresolved"),
    ("unresolved-relation", _set("relations.0.parts", ["n9"]), "ref-unresolved"),
    ("number-outside-claim", _set("claims.0.numbers", ["n1", "n2", "n3"]), "claim-number-outside"),
    ("value-mismatch", _set("numbers.0.value", 410), "number-value-mismatch"),
    ("qualifier-on-exact", _set("numbers.0.qualifier_span", span("في")), "qualifier-span-exact"),
    ("relation-arithmetic", _set("relations.0.type", "sum"), "relation-arithmetic"),
    ("relation-self", _set("relations.0.parts", ["n1"]), "relation-self"),
    ("includes-too-big", lambda a: a["relations"].append(
        {"id": "r2", "type": "includes", "total": "n2", "parts": ["n1"]}), "relation-arithmetic"),
    ("hash-mismatch", _set("text_sha256", "0" * 64), "text-hash-mismatch"),
    ("wrong-document", _set("document_id", "doc2"), "document-id-mismatch"),
    ("year-fraction", lambda a: a["numbers"][2].update(kind="year", value=50.5), "number-kind-value"),
    ("bad-sub-span", _set("numbers.0.counted", {"start": s_qtl, "end": e_qtl, "text": "قتلى"}),
     "span-text-mismatch"),
]


@pytest.mark.parametrize("name,mutate,code", CATALOGUE, ids=[c[0] for c in CATALOGUE])
def test_defect_catalogue(ann, doc, name, mutate, code):
    mutate(ann)
    found = codes(annotation_problems(ann, doc, "a.json", "doc1"))
    assert code in found, f"{name}: expected [{code}], found {found}"


def test_catalogue_is_broad():
    assert len({code for _, _, code in CATALOGUE}) >= 20


def test_schema_problem_message_and_pointer(ann, doc):
    ann["entities"][1]["label"] = "PERSON"
    [p] = annotation_problems(ann, doc, "annotations/doc1.json", "doc1")
    assert p.format() == ("annotations/doc1.json:$.entities[1].label: [schema-enum] expected one of "
                          "PERS, NORP, OCC, ORG, GPE, LOC, FAC, EVENT, ..., found 'PERSON'")


def test_every_schema_error_is_collected(ann, doc):
    ann["entities"][0]["label"] = "X"
    ann["entities"][1]["label"] = "Y"
    del ann["numbers"][0]["kind"]
    assert codes(annotation_problems(ann, doc, "a", "doc1")) == [
        "schema-enum", "schema-enum", "schema-required"]


def test_unlisted_number_is_a_warning(ann, doc):
    ann["claims"][0]["numbers"] = ["n1"]
    [p] = annotation_problems(ann, doc, "a", "doc1")
    assert (p.severity, p.code) == ("warning", "claim-number-unlisted")


def test_not_an_object(doc):
    [p] = annotation_problems([1, 2], doc, "a", "doc1")
    assert (p.code, p.message) == ("not-object", "expected a JSON object, found array")


def test_missing_document(ann):
    assert codes(annotation_problems(ann, None, "a", "doc1")) == ["document-missing"]


@pytest.mark.parametrize("surface,value", [
    ("412", 412.0), ("٤١٢", 412.0), ("۴۱۲", 412.0), ("1,200", 1200.0), ("2.5", 2.5), ("٢٫٥", 2.5),
    ("خمسة", None), ("بين 3 و4", None),
])
def test_digits_value(surface, value):
    assert digits_value(surface) == value


# ---- document records

def test_document_defects(doc):
    assert document_problems(doc, "d", expected_id="doc1") == []
    bad = {**doc, "text_sha256": "f" * 64, "paragraphs": [{"start": 0, "end": 3}]}
    assert sorted(p.code for p in document_problems(bad, "d", expected_id="doc2")) == [
        "document-id-mismatch", "paragraph-offsets", "text-hash-mismatch"]


def test_document_against_raw(doc):
    from conftest import RAW
    assert document_problems(doc, "d", RAW) == []
    assert {p.code for p in document_problems(doc, "d", RAW.replace("412", "413"))} == {
        "raw-hash-mismatch", "raw-text-mismatch"}


# ---- files and the CLI

def test_corpus_valid(project):
    assert validate_corpus(project) == []


@pytest.mark.parametrize("content,code,where", [
    ('{"a": 1,\n  "b": }', "json-invalid", "2:8"),
    (b"\xff\xfe{}", "file-encoding", "byte 0"),
    ("[]", "not-object", "$"),
])
def test_unreadable_files(project, content, code, where):
    path = project.annotation("doc1")
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    [p] = validate_corpus(project)
    assert (p.path, p.pointer, p.code) == ("annotations/doc1.json", where, code)


def test_cli_validate_reports_and_exits_1(project, capsys):
    path = project.annotation("doc1")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entities"][0]["text"] = "المرصد السوري"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rc = main(["--root", str(project.root), "validate"])
    out = capsys.readouterr().out.splitlines()
    assert rc == 1
    assert out[0] == ("annotations/doc1.json:$.entities[0]: [span-text-mismatch] expected 'المرصد' "
                      "(text[4:10]), found 'المرصد السوري'")
    assert out[1].split() == ["1", "error", "span-text-mismatch"]
    assert out[-1] == "1 error(s), 0 warning(s)"


def test_cli_validate_json_and_missing_path(project, capsys):
    rc = main(["--root", str(project.root), "validate", "--format", "json",
               str(project.root / "annotations" / "nope.json")])
    report = json.loads(capsys.readouterr().out)
    assert rc == 1
    assert [p["code"] for p in report["problems"]] == ["file-missing"]


def test_cli_validate_ok(project, capsys):
    assert main(["--root", str(project.root), "validate"]) == 0
    assert capsys.readouterr().out.strip().endswith("0 error(s), 0 warning(s)")


def test_document_without_annotation(project):
    project.annotation("doc1").unlink()
    assert [p.code for p in validate_corpus(project)] == ["annotation-missing"]
