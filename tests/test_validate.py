from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from conftest import TEXT, at, span
from khabar.cli import main
from khabar.model.errors import ERROR
from khabar.model.numerals import digits_value
from khabar.validate.annotation import annotation_problems
from khabar.validate.core import validate_corpus
from khabar.validate.document import document_problems


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


def test_catalogue_covers_every_annotation_error():
    # Every error code an annotation checker can emit has a defect in the catalogue, except the
    # three whole-file verdicts tested by name below. A new checker code without a case fails here.
    from khabar.model.errors import CODES
    from khabar.model.errors import ERROR as E
    modules = ("spans", "entities", "numbers", "claims", "relations", "annotation", "schema")
    emitted = {c for c in _emitted_codes(modules) if CODES[c].severity == E}
    tested_by_name = {"not-object", "document-missing", "status-empty-gold", "span-text-stored"}
    assert sorted(emitted - tested_by_name - {code for _, _, code in CATALOGUE}) == []


@pytest.mark.parametrize("source_backed,stored,expected", [
    (False, True, []), (False, False, []),
    (True, False, []),
    # every span and sub-span of the fixture: 3 entities, 3 numbers (2 counted, 1 qualifier), 1 claim and its cue
    (True, True, ["$.claims[0].cue.text", "$.claims[0].text", "$.entities[0].text", "$.entities[1].text",
                  "$.entities[2].text", "$.numbers[0].counted.text", "$.numbers[0].text",
                  "$.numbers[1].counted.text", "$.numbers[1].text", "$.numbers[2].qualifier_span.text",
                  "$.numbers[2].text"]),
])
def test_span_text_is_stored_only_for_a_document_holding_its_text(ann, doc, source_backed, stored, expected):
    # A source-backed record's text is third-party: its annotation keeps offsets only. The span
    # checks run on the offsets, text or not.
    from khabar.model.spans import without_texts
    if source_backed:
        doc = {**doc, "source": {"name": "arwikinews", "locator": "WikiNews_2014/art/01"}}
    if not stored:
        ann = without_texts(ann)
    found = sorted(p.pointer for p in annotation_problems(ann, doc, "a.json", "doc1") if p.code == "span-text-stored")
    assert found == expected
    ann["claims"][0]["end"] -= 1  # inside its last word: reported whether the text is stored or not
    assert "span-word-boundary" in codes(annotation_problems(ann, doc, "a.json", "doc1"))


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


# ---- hostile input: each of these got past the validator or crashed it before

from khabar.model.errors import CODES  # noqa: E402


@pytest.mark.parametrize("name,mutate,code", [
    # Draft 2020-12 calls 999999.0 an integer; an offset must be a real one
    ("float-start", _set("entities.0.start", 999999.0), "schema-type"),
    ("float-end", _set("numbers.0.end", float(at("412")[1])), "schema-type"),
    ("float-sub-span", _set("numbers.0.counted.start", float(s_qtl)), "schema-type"),
    ("true-offset", _set("entities.0.start", True), "schema-type"),
    # NaN in memory (the reader refuses it in files) is not a number
    ("nan-value", _set("numbers.0.value", float("nan")), "schema-type"),
    ("inf-value", _set("numbers.0.value", float("inf")), "schema-type"),
    # whole-string patterns
    ("id-newline", _set("document_id", "doc1\n"), "schema-pattern"),
    ("entity-id-newline", _set("entities.0.id", "e1\n"), "schema-pattern"),
    ("hash-newline", _set("text_sha256", "0" * 64 + "\n"), "schema-pattern"),
    # offsets are bounded
    ("huge-end", _set("entities.0.end", 10**20), "schema-maximum"),
])
def test_strict_schema(ann, doc, name, mutate, code):
    mutate(ann)
    assert code in codes(annotation_problems(ann, doc, "a.json", "doc1")), name


@pytest.mark.parametrize("name,mutate,expected", [
    ("label-list", _set("entities.0.label", ["ORG"]), ["schema-enum"]),
    ("label-dict", _set("entities.2.label", {"a": 1}), ["schema-enum"]),
    ("claim-numbers-float", _set("claims.0.numbers", 1.5), ["schema-type"]),
    ("claim-numbers-list-of-lists", _set("claims.0.numbers", [["n1"]]), ["schema-type"]),
    ("relation-parts-empty", _set("relations.0.parts", []), ["schema-min-items"]),
    ("relation-parts-null", _set("relations.0.parts", None), ["schema-type"]),
    ("relation-total-list", _set("relations.0.total", ["n1"]), ["schema-type"]),
    ("value-10**400", _set("numbers.0.value", 10**400), []),  # too big to be a float: no check runs
    ("text-null", _set("entities.0.text", None), ["schema-type"]),
    ("entity-is-list", _set("entities.0", [1, 2]), ["ref-unresolved", "schema-type"]),  # claimant e1
    ("layer-is-string", _set("numbers", "n1"), ["ref-unresolved"] * 4 + ["schema-type"]),
    ("counted-is-list", _set("numbers.0.counted", [1]), ["schema-any-of"]),
    ("claimant-int", _set("claims.0.claimant", 3), ["schema-type"]),
    ("kind-list", _set("numbers.2.kind", ["year"]), ["schema-enum"]),
    ("surrogate-text", _set("entities.0.text", "\ud800"), ["span-text-mismatch"]),
    ("surrogate-key", lambda a: a["entities"][0].update({"\udc80": 1}), ["schema-additional-property"]),
])
def test_semantic_checks_survive_what_the_schema_rejects(ann, doc, name, mutate, expected):
    # These raised TypeError, ValueError or OverflowError, or crashed printing.
    mutate(ann)
    problems = annotation_problems(ann, doc, "a.json", "doc1")
    assert codes(problems) == expected, name
    assert all("\n" not in p.format() and p.format().encode("utf-8", "backslashreplace") for p in problems)


def test_document_text_null_and_bad_paragraphs(doc):
    assert codes(document_problems({**doc, "text": None}, "d", expected_id="doc1")) == ["schema-type"]
    # a paragraph end beyond the text (10**20 slices like len(text)) is refused
    pars = [*doc["paragraphs"][:-1], {"start": doc["paragraphs"][-1]["start"], "end": 10**20}]
    assert codes(document_problems({**doc, "paragraphs": pars}, "d", expected_id="doc1")) == [
        "paragraph-offsets", "schema-maximum"]
    pars = [{"start": 0.0, "end": float(len(doc["text"]))}]
    assert "schema-type" in codes(document_problems({**doc, "paragraphs": pars}, "d", expected_id="doc1"))


def test_document_text_control_character(doc):
    # a zero-width space in the text is reported with its offset
    from khabar.corpus.documents import sha256_text
    text = doc["text"].replace(" ", "\u200b", 1)
    bad = {**doc, "text": text, "text_sha256": sha256_text(text)}
    [p] = document_problems(bad, "d", expected_id="doc1")
    assert (p.code, p.message) == ("text-control-char", "expected no control or invisible format character, "
                                   f"found U+200B at offset {doc['text'].index(' ')}")


@pytest.mark.parametrize("status, codes", [
    ("adjudicated", [("status-empty-gold", "$.status")]),
    ("annotated", [("status-empty-gold", "$.status")]),
    ("empty", []),
    ("suggested", []),
    (None, []),          # no status and no span reads as empty: valid, and never released
])
def test_empty_annotation_is_not_gold(ann, doc, status, codes):
    # a never-annotated file does not pass as zero-entity gold
    for layer in ("entities", "numbers", "claims", "relations"):
        ann[layer] = []
    ann.pop("status", None)
    ann.pop("provenance", None)
    if status:
        ann["status"] = status
    assert [(p.code, p.pointer) for p in annotation_problems(ann, doc, "a.json", "doc1")] == codes


def _write_json_text(path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("text,code,where", [
    ('{"entities": [], "entities": []}', "json-duplicate-key", "1:18"),  # item 9
    ('{"a":\n NaN}', "json-constant", "2:2"),  # item 5
    ("[" * 100_000, "json-too-deep", "1:65"),  # item 13
    ('{"v": ' + "9" * 5000 + "}", "json-number-too-long", "1:7"),
    ('{"document_id": "\\ud800"}', "text-control-char", "$.document_id"),
])
def test_hostile_files_are_one_problem(project, text, code, where):
    _write_json_text(project.annotation("doc1"), text)
    [p] = validate_corpus(project)
    assert (p.path, p.pointer, p.code) == ("annotations/doc1.json", where, code)


def test_raw_file_must_be_the_documents_own(project, tmp_path):
    # a record's raw_file pointing elsewhere is refused and the file never read
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET first line\nmore", encoding="utf-8")
    for raw_file in (str(secret), "../secret.txt", "corpus/raw/../../secret.txt", "corpus/raw/doc2.txt"):
        data = json.loads(project.document("doc1").read_text(encoding="utf-8"))
        data["raw_file"] = raw_file
        _write_json_text(project.document("doc1"), json.dumps(data, ensure_ascii=False))
        problems = validate_corpus(project)
        assert [(p.code, p.pointer) for p in problems] == [("raw-path", "$.raw_file")], raw_file
        assert "TOP-SECRET" not in problems[0].format()


def test_raw_without_record_and_record_without_raw(project):
    # validate reports a raw file without a record, and the reverse
    (project.raw_dir / "orphan.txt").write_text("x", encoding="utf-8")
    project.raw("doc1").unlink()
    assert [(p.path, p.code) for p in validate_corpus(project)] == [
        ("corpus/documents/doc1.json", "raw-missing"), ("corpus/raw/orphan.txt", "raw-orphan")]


def test_file_name_with_newline_is_one_line(project, capsys):
    # every problem and error is one line, whatever the file name holds
    odd = project.root / "annotations" / "a\nb.json"
    odd.write_text("{", encoding="utf-8")
    assert main(["--root", str(project.root), "validate", str(odd)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "annotations/a\\nb.json:1:2: [json-invalid] expected valid JSON, found invalid JSON " \
                     "(Expecting property name enclosed in double quotes)"


def _emitted_codes(modules: tuple[str, ...] = ()) -> set[str]:
    """Every problem code the validator's source can emit (string literals given to Problem)."""
    import ast
    import pathlib

    import khabar.validate as pkg

    found = set()
    for path in pathlib.Path(pkg.__file__).parent.glob("*.py"):
        if modules and path.stem not in modules:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Problem":
                code = node.args[2] if len(node.args) > 2 else None
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    found.add(code.value)
    return found


def test_every_code_the_validator_emits_is_registered():
    emitted = _emitted_codes()
    assert len(emitted) > 30
    assert sorted(emitted - set(CODES)) == []
    # the schema step makes "schema-" + keyword codes: every keyword the schemas use is registered
    from khabar.model.schemas import SCHEMAS
    keywords = set()

    def walk(node):
        if isinstance(node, dict):
            # if/then/else only apply their branches: jsonschema reports a branch's own keyword.
            keywords.update(k for k in node if k not in ("description", "$schema", "$id", "title",
                                                         "schema_version", "if", "then", "else"))
            for key, v in node.items():
                if key == "properties":
                    for sub in v.values():
                        walk(sub)
                elif key in ("items", "anyOf"):
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    for build in SCHEMAS.values():
        walk(build())
    from khabar.validate.schema import keyword_code
    # `properties` and `items` only hold sub-schemas: their errors carry the sub-schema's keyword.
    codes_ = {keyword_code(k) for k in keywords - {"properties", "items"}}
    assert len(codes_) >= 10 and sorted(codes_ - set(CODES)) == []


def test_an_offsets_only_file_is_checked_on_the_covered_text(ann, doc):
    # The digits check reads what the offsets cover when the file stores no text (a source-backed
    # document's annotation): a wrong value is still an error.
    from khabar.model.spans import without_texts
    doc = {**doc, "source": {"name": "arwikinews", "locator": "WikiNews_2014/art/01"}}
    ann = without_texts(ann)
    assert codes(annotation_problems(ann, doc, "a.json", "doc1")) == []
    ann["numbers"][0]["value"] = 413
    assert codes(annotation_problems(ann, doc, "a.json", "doc1")) == ["number-value-mismatch"]
