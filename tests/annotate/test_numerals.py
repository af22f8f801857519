"""The numeral reader (khabar.model.numerals) and the validator's number-word check."""
from __future__ import annotations

import copy

import pytest

from conftest import TEXT, valid_annotation
from khabar.model.numerals import Reading, digits_value, find_numbers, read_number
from khabar.validate.numberwords import number_word_problems


@pytest.mark.parametrize("surface,expected", [
    ("410", Reading(410.0, "cardinal")), ("٤١٢", Reading(412.0, "cardinal")),
    ("1,200", Reading(1200.0, "cardinal")), ("2.5", Reading(2.5, "cardinal")),
    ("خمسين", Reading(50.0, "cardinal")), ("مئتين", Reading(200.0, "cardinal")),
    ("أربعمئة واثنا عشر", Reading(412.0, "cardinal")), ("ثلاثة آلاف", Reading(3000.0, "cardinal")),
    ("ثمانية", Reading(8.0, "cardinal")), ("طفلان", Reading(2.0, "cardinal")),
    ("اليومين", Reading(2.0, "cardinal")), ("ساعتين", Reading(2.0, "cardinal")),
    ("عشرات", Reading(30.0, "cardinal")), ("مئات", Reading(300.0, "cardinal")),
    ("ثاني", Reading(2.0, "ordinal")), ("الأولى", Reading(1.0, "ordinal")), ("الثالث", Reading(3.0, "ordinal")),
    ("نصف", Reading(0.5, "fraction")), ("ربع", Reading(0.25, "fraction")),
    ("مدنيين", None), ("آخرين", None), ("المرصد", None), ("", None),
])
def test_read_number(surface, expected):
    assert read_number(surface) == expected


def test_digits_value():
    assert (digits_value("٤١٢"), digits_value("1,200"), digits_value("عام 2011")) == (412.0, 1200.0, None)


def _spans(text, found):
    return [(text[f.start:f.end], f.value, f.kind, f.qualifier,
             None if f.qualifier_span is None else text[f.qualifier_span[0]:f.qualifier_span[1]],
             None if f.counted is None else text[f.counted[0]:f.counted[1]]) for f in found]


@pytest.mark.parametrize("text,expected", [
    # Synthetic sentences for tests only.
    ("قتل أكثر من 410 أشخاص", [("410", 410.0, "cardinal", "more_than", "أكثر من", "أشخاص")]),
    ("سقط 412 قتيلا على الأقل", [("412", 412.0, "cardinal", "at_least", "على الأقل", "قتيلا")]),
    ("وأصيب نحو خمسين آخرين", [("خمسين", 50.0, "cardinal", "approximately", "نحو", "آخرين")]),
    ("قتل أربعمئة واثنا عشر مدنيا", [("أربعمئة واثنا عشر", 412.0, "cardinal", "exact", None, "مدنيا")]),
    ("بينهم طفلان", [("طفلان", 2.0, "cardinal", "exact", None, "طفلان")]),
    ("اندلع عام 2011", [("2011", 2011.0, "year", "exact", None, None)]),
    ("منذ صيف 2012", [("2012", 2012.0, "year", "exact", None, None)]),
    ("للمرة الأولى", [("الأولى", 1.0, "ordinal", "exact", None, None)]),
    ("ثاني كبرى مدن", [("ثاني", 2.0, "ordinal", "exact", None, "مدن")]),
    ("على نحو نصف مساحة", [("نصف", 0.5, "fraction", "approximately", "نحو", "مساحة")]),
    ("عشرات المدن والقرى", [("عشرات", 30.0, "cardinal", "at_least", None, "المدن والقرى")]),
    ("قتلى و137 جريحا", [("137", 137.0, "cardinal", "exact", None, "جريحا")]),
    ("ارتفعت 5 في المئة", [("5", 5.0, "percent", "exact", None, None)]),
    ("بينهم 17 سقطوا الأحد", [("17", 17.0, "cardinal", "exact", None, None)]),
    ("قال المصدر إن المقاتلين انسحبوا", []),
])
def test_find_numbers(text, expected):
    assert _spans(text, find_numbers(text)) == expected


def test_find_numbers_offsets_shift():
    text = "قتل 5 أشخاص"
    [f] = find_numbers(text, base=100)
    assert (f.start, f.end) == (100 + len("قتل "), 100 + len("قتل 5"))


def _numbers(doc):
    return copy.deepcopy(valid_annotation(doc)["numbers"])


def test_number_words_agree(doc):
    assert number_word_problems(_numbers(doc), TEXT, "a.json") == []


def test_number_word_disagreement_is_a_warning(doc):
    nums = _numbers(doc)
    nums[2]["value"] = 40  # "خمسين" is 50
    [p] = number_word_problems(nums, TEXT, "a.json")
    assert (p.code, p.severity, p.pointer) == ("number-word-value", "warning", "$.numbers[2].value")
    assert p.message.startswith("expected 50 (what 'خمسين' reads as), found 40")


def test_override_with_reason_silences_it(doc):
    nums = _numbers(doc)
    nums[2]["value"] = 40
    nums[2]["value_override"] = "the later breakdown gives 40"
    assert number_word_problems(nums, TEXT, "a.json") == []


def test_digits_are_left_to_the_core_check(doc):
    nums = _numbers(doc)
    nums[0]["value"] = 413  # digits: number-value-mismatch is the core validator's
    assert number_word_problems(nums, TEXT, "a.json") == []


def test_validator_reports_it(project, doc):
    from khabar.cli import main
    from khabar.io import write_json

    ann = valid_annotation(doc)
    ann["numbers"][2]["value"] = 40
    write_json(project.annotation("doc1"), ann)
    from khabar.validate.core import validate_corpus
    codes = [(p.code, p.severity) for p in validate_corpus(project)]
    assert codes == [("number-word-value", "warning")]
    ann["numbers"][2]["value_override"] = "a reason"
    ann["schema_version"] = "1.2.0"
    write_json(project.annotation("doc1"), ann)
    assert validate_corpus(project) == []
    assert main(["--root", str(project.root), "validate"]) == 0


def test_seed_numbers_read_as_annotated():
    """Every number of the seed gold reads as its value (the validator gives no number-word-value)."""
    from pathlib import Path

    from khabar.io import read_json
    repo = Path(__file__).resolve().parents[2]
    ann = read_json(repo / "annotations" / "000_3e7c9696a8bc251b.json")
    text = read_json(repo / "corpus" / "documents" / "000_3e7c9696a8bc251b.json")["text"]
    assert number_word_problems(ann["numbers"], text, "gold") == []
    read = [read_number(n["text"]) for n in ann["numbers"]]
    assert all(r is not None and r.value == n["value"] for r, n in zip(read, ann["numbers"], strict=True))


@pytest.mark.parametrize("text, expected", [
    # One tokenizer for the corpus: a number with inner separators is one token, as in `ner` rows,
    # so it is read whole instead of as its pieces.
    ("قتل 1,250 شخصا", [("1,250", 1250.0)]),
    ("بلغ النمو 2.5 بالمئة", [("2.5", 2.5)]),
    ("سقط 412 قتيلا", [("412", 412.0)]),
])
def test_numbers_are_read_over_the_corpus_tokens(text, expected):
    from khabar.model.numerals import tokens
    from khabar.model.tokens import tokenize

    assert [(t.start, t.end, t.text) for t in tokens(text)] == [tuple(t) for t in tokenize(text)]
    assert [(f.text, f.value) for f in find_numbers(text)] == expected


# ---------------------------------------------------------------- the validator reads what the reader reads

# A synthetic sentence for tests only.
SCALED = "قالت الوزارة إن 12 مليون شخص نزحوا وبدأ الاجتماع الساعة 10 أمس."


def _one_number(surface: str, value, kind: str = "cardinal", **extra) -> tuple[dict, dict]:
    """A document of SCALED and an annotation holding one number over `surface`."""
    from khabar.corpus.documents import make_document

    doc = make_document("12/2/2024 9:50:00 AM\n" + SCALED, "doc2", "corpus/raw/doc2.txt")
    s = doc["text"].index(surface)
    num = {"id": "n1", "start": s, "end": s + len(surface), "text": surface, "value": value, "kind": kind,
           "qualifier": "exact", "qualifier_span": None, "counted": None, **extra}
    ann = {"schema_version": "1.4.0", "document_id": "doc2", "text_sha256": doc["text_sha256"],
           "entities": [], "numbers": [num], "claims": [], "relations": []}
    return doc, ann


def _problems(doc, ann):
    from khabar.validate.annotation import annotation_problems

    return [(p.code, p.severity, p.message) for p in annotation_problems(ann, doc, "a.json", "doc2")]


@pytest.mark.parametrize("surface, value, kind, extra, expected", [
    # Digits with a scale word: the reader's value is valid, the digits' value a warning naming it.
    ("12 مليون", 12_000_000, "cardinal", {}, []),
    ("12 مليون", 12, "cardinal", {}, [
        ("number-word-value", "warning", "expected 12,000,000 (what '12 مليون' reads as), found 12; "
                                         "fix the value or give the reason in value_override")]),
    ("12 مليون", 12, "cardinal", {"value_override": "the source means 12 million households"}, []),
    # Digits alone: an error, unless the override gives the reason for a deliberate difference
    # (the first end of "ما بين 300 إلى 400 ألف" is 300,000); an empty reason is no reason.
    ("12", 13, "cardinal", {}, [("number-value-mismatch", "error", "expected 12 (the digits in '12'), found 13")]),
    ("12", 12_000, "cardinal", {"value_override": "the scale word after the range applies to it"}, []),
    ("12", 13, "cardinal", {"value_override": " "},
     [("number-value-mismatch", "error", "expected 12 (the digits in '12'), found 13")]),
    # A time's digits are a clock reading (minutes after midnight).
    ("10", 600, "time", {}, []),
    ("10", 10, "time", {}, [("number-value-mismatch", "error", "expected 10:00 (the clock time in '10'), found 0:10")]),
    ("10", 2000, "time", {}, [
        ("number-value-mismatch", "error", "expected 10:00 (the clock time in '10'), found 2000"),
        ("number-kind-value", "error", "expected minutes after midnight (0 to 1439) for kind 'time', found 2000")]),
])
def test_the_validator_reads_scale_words_and_times(surface, value, kind, extra, expected):
    assert _problems(*_one_number(surface, value, kind, **extra)) == expected


@pytest.mark.parametrize("value, expected", [
    (1_000_000, "1,000,000"), (2_500_000_000, "2,500,000,000"), (2.5e9, "2,500,000,000"), (0.5, "0.5"),
    (12.5, "12.5"), (12, "12"), (2011, "2011"), (1250, "1250"), (12500, "12,500"), (1 / 3, "0.333333"),
    (1e12, "1,000,000,000,000"), (-40, "-40"), (0, "0"), (1e-9, "1e-09"), (True, "True"), ("x", "x"),
])
def test_format_value(value, expected):
    from khabar.model.numerals import format_value

    assert format_value(value) == expected


@pytest.mark.parametrize("value, kind, expected", [
    (250, "time", "4:10"), (0, "time", "0:00"), (1439, "time", "23:59"), (2000, "time", "2000"),
    (2011, "year", "2011"), (1_000_000, "money", "1,000,000"), (30, "percent", "30"),
])
def test_format_value_by_kind(value, kind, expected):
    from khabar.model.numerals import format_value

    assert format_value(value, kind) == expected
