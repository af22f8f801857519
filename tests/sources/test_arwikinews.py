"""The Arabic Wikinews 2014 converter: each rule as a truth table on made-up copies, then the real files.

Synthetic copies are built here (short invented sentences, never the source's). The real-data tests
read the mirror named by KHABAR_SOURCES (a folder holding `arwikinews/`) and pin whole values: a
change in the converter's output changes the golden hash and must be deliberate.
"""
from __future__ import annotations

import hashlib
import os
import re
import time
import unicodedata
from pathlib import Path

import pytest

from khabar.model.errors import KhabarError
from khabar.sources import arwikinews as aw

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "docs" / "sources" / "arwikinews-conversion.md"
MARKS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")

# ---------------------------------------------------------------- synthetic copies

DEFAULT_TITLE = "تفتتح البلدية معرضا رقم {n}"
DEFAULT_BODY = "وَقَالَ المنظمون إن المعرض يستمر {d} أيام ."


def plain(text: str) -> str:
    return MARKS.sub("", text)


def attach(line: str) -> str:
    """farasa's running-text form of a qcri line: closing marks glued to the word before."""
    return re.sub(r" ([.،:؟!%)])", r"\1", line).replace("( ", "(")


def synthetic(changes: dict | None = None) -> dict[str, bytes]:
    """Three copies of a made-up 7 x 10 set; changes[(slug, n)] = {"q": lines, "f": lines, "c": token lists}."""
    changes = changes or {}
    q: list[str] = []
    f: list[str] = []
    c: list[list[str]] = []
    for slug, word in aw.DOMAINS:
        q.append(f"# {word}")
        f.append(f"# {word}")
        c.append(["#", word])
        for n in range(1, 11):
            spec = changes.get((slug, n), {})
            ql = spec.get("q", [DEFAULT_TITLE.format(n=n), DEFAULT_BODY.format(d=n + 2)])
            q += ql
            f += spec.get("f", [attach(line) for line in ql])
            c += spec.get("c", [line.split() for line in ql])
    camel = ["dediac\toriginal_gold\tmax_gold\tmax_gold_alt"]
    for k, toks in enumerate(c):
        if k:
            camel.append("\t\t\t")
        camel += [f"{plain(t)}\t{t}\t{t}\t" for t in toks]
    return {"qcri": ("\n".join(q) + "\n").encode(), "farasa": ("\n".join(f) + "\n").encode(),
            "camel": ("\n".join(camel) + "\n").encode()}


def article(conv: aw.Conversion, slug: str, n: int) -> aw.Article:
    return next(a for a in conv.articles if a.domain == slug and a.index == n)


def test_synthetic_default_set_converts_cleanly():
    conv = aw.convert(synthetic())
    assert len(conv.articles) == 70 and conv.unresolved == []
    a = article(conv, "health", 3)
    assert (a.number, a.locator, a.title, a.paragraphs) == (
        13, "WikiNews_2014/health/03", "تفتتح البلدية معرضا رقم 3", ("وقال المنظمون إن المعرض يستمر 5 أيام.",))
    assert set(conv.counts) == set(aw.RULES)
    assert conv.counts["boundary:title"] == 70 and conv.counts["spacing:attached-to-previous"] == 70


# ---------------------------------------------------------------- undiacritizing and tokens

@pytest.mark.parametrize("raw, expected", [
    ("كَتَبَ", "كتب"),
    ("مَدْرَسَةٌ", "مدرسة"),
    ("هَٰذَا", "هذا"),                       # dagger alef
    ("ٱلْكِتَابُ", "الكتاب"),                 # alef wasla written as plain alef
    ("قُرْآنٌ", "قرآن"),
    ("ا\u0653خر", "آخر"),                     # decomposed madda composes, it is not stripped
    ("ا\u0654مل", "أمل"),                     # decomposed hamza above likewise
    ("كتب\u200cت", "كتبت"),                   # ZWNJ
    ("\u200fنص\u202c", "نص"),                 # bidi marks
    ("\ufeffيوم", "يوم"),                     # BOM
    ("كـتاب", "كـتاب"),                       # tatweel is kept, never added
    ("Devcamp 2013", "Devcamp 2013"),
])
def test_undiacritize(raw, expected):
    out = aw.undiacritize(raw)
    assert out == expected and unicodedata.is_normalized("NFC", out)


@pytest.mark.parametrize("text, tokens", [
    ("و70", ["و", "70"]),
    ("وIOS", ["و", "IOS"]),
    ("بال10", ["بال10"]),                     # only a bare proclitic is split off
    ("والد", ["والد"]),
    ("98.9", ["98.9"]),
    ("0.4.", ["0.4", "."]),
    ("19: 48", ["19", ":", "48"]),
    ("19:48", ["19", ":", "48"]),
    ("2005،ونظم", ["2005", "،", "ونظم"]),
    ("G8", ["G8"]),
    ('(نعم)"', ["(", "نعم", ")", '"']),
])
def test_tokens(text, tokens):
    assert aw._tokens(text) == tokens


# ---------------------------------------------------------------- spacing

@pytest.mark.parametrize("tokens, text", [
    (["قال", ":", '"', "نعم", '"', "."], 'قال: "نعم".'),
    (["ب", "10", "نقاط"], "ب10 نقاط"),
    (["و", "2013"], "و2013"),
    (["ال", '"', "Expo", '"'], 'ال"Expo"'),
    (["و", '"', "سلام", '"'], 'و"سلام"'),
    (["50", "%", "و", "70", "%"], "50% و70%"),
    (["حرف", "ب", "."], "حرف ب."),            # a letter before a stop is no proclitic
    (["(", "19", ":", "30", ")"], "(19:30)"),
    (["الساعة", "3", ":", "150"], "الساعة 3: 150"),  # not a time: three digits
    (["H", "1", "N", "1"], "H1N1"),
    (["GJ", "667", "C"], "GJ 667 C"),
    (["Half", "-", "Blood"], "Half-Blood"),
    (["R", "&", "B"], "R&B"),
    (["جنيف", "-", "2"], "جنيف - 2"),
    (["5", "+", "1"], "5 + 1"),
    (["مارس", "/", "آذار"], "مارس / آذار"),
    (["أن", ".", ".", ".", "ثم"], "أن... ثم"),
    (["(", ".", ".", ".", ")"], "(...)"),
    (['"', "جيد", "!", '"', "،", "وقال"], '"جيد!"، وقال'),
    (['"', "أ", '"', "و", '"', "ب", '"'], '"أ" و"ب"'),
])
def test_join(tokens, text):
    out, word_of = aw._join(tokens, aw._Tally())
    assert out == text
    assert len(word_of) == len(tokens) and word_of[-1] == len(out.split(" ")) - 1


# ---------------------------------------------------------------- rules on whole copies

T = "تعلن الشركة نتائج العام"
RULE_CASES = [
    # (id, qcri lines, farasa lines or None, camel token lists or None, title, paragraphs, counts)
    ("proclitic-split-in-both", [T, "فاز الفريق بِ 3 أهداف ."], None, None,
     T, ("فاز الفريق ب3 أهداف.",), {"spacing:proclitic-joined": 1}),
    ("proclitic-attached-in-farasa", [T, "زاره 4 و 5 أشخاص ."], [T, "زاره 4 و5 أشخاص."], None,
     T, ("زاره 4 و5 أشخاص.",), {"spacing:proclitic-joined": 1, "word:majority-qcri-camel": 0}),
    ("percent-from-qcri", [T, "ارتفع السعر 20 % ."], [T, "ارتفع السعر 20."], None,
     T, ("ارتفع السعر 20%.",), {"percent:restored-from-qcri": 1}),
    ("percent-before-proclitic", [T, "بين 5 % و 9 % ."], [T, "بين 5 و9."], None,
     T, ("بين 5% و9%.",), {"percent:restored-from-qcri": 2}),
    ("colon-from-farasa", [T, "وقال المدير إن العمل انتهى ."], [T, "وقال المدير: إن العمل انتهى."], None,
     T, ("وقال المدير: إن العمل انتهى.",), {"punctuation:only-in-farasa-kept": 1}),
    ("comma-only-in-qcri", [T, "في الصباح ، بدأ السباق ."], [T, "في الصباح بدأ السباق."], None,
     T, ("في الصباح، بدأ السباق.",), {"punctuation:only-in-qcri-kept": 1}),
    ("mark-majority", [T, "قال الحكم ، إن اللقاء تأجل ."], [T, "قال الحكم: إن اللقاء تأجل."], None,
     T, ("قال الحكم، إن اللقاء تأجل.",), {"punctuation:majority": 1}),
    ("word-majority-qcri-camel", [T, "شاهد 40 شخصا السباق ."], [T, "شاهد 40 شخص السباق."], None,
     T, ("شاهد 40 شخصا السباق.",), {"word:majority-qcri-camel": 1}),
    ("word-majority-farasa-camel", [T, "زار الوفد مدينه حلب ."], [T, "زار الوفد مدينة حلب."],
     [T.split(), "زار الوفد مدينة حلب .".split()],
     T, ("زار الوفد مدينة حلب.",), {"word:majority-farasa-camel": 1}),
    ("decimal-point", [T, "بلغ النمو 2.5 في المئة ."], [T, "بلغ النمو 25 في المئة."], None,
     T, ("بلغ النمو 2.5 في المئة.",), {"word:decimal-point-only-in-qcri": 1}),
    ("zero-padding", [T, "بدأ الحفل ( 8 : 0 مساء ) ."], [T, "بدأ الحفل (08: 00 مساء)."], None,
     T, ("بدأ الحفل (08:00 مساء).",), {"number:zero-padding-kept": 2, "spacing:time-colon-joined": 1}),
    ("latin-name", [T, "انتشر فيروس H 5 N 1 ."], [T, "انتشر فيروس 5 1."], None,
     T, ("انتشر فيروس H5N1.",), {"spacing:latin-joined": 1, "word:majority-qcri-camel": 2}),
    ("quotes", [T, 'سمى الفيلم " نهر الغد " .'], None, None,
     T, ('سمى الفيلم "نهر الغد".',), {"spacing:quote-opening": 1, "spacing:quote-closing": 1}),
    ("diacritics", ["تُعْلِنُ الشَّرِكَةُ نَتَائِجَ الْعَامِ", "وَصَلَ الْوَفْدُ إِلَى الْمَدِينَةِ ."], None, None,
     T, ("وصل الوفد إلى المدينة.",), {}),
    ("section-heading", [T, "بدأ اللقاء باكرا .", "النتائج", "انتهى اللقاء بالتعادل ."], None, None,
     T, ("بدأ اللقاء باكرا.", "النتائج", "انتهى اللقاء بالتعادل."), {"boundary:heading-kept-in-body": 1}),
    ("title-ends-in-quote", ['يعرض المسرح مسرحية " الضيف "', "افتتح المسرح الموسم ."], None, None,
     'يعرض المسرح مسرحية "الضيف"', ("افتتح المسرح الموسم.",), {}),
    ("long-unpunctuated-body", [T, " ".join(["كلمة"] * 25)], None, None,
     T, (" ".join(["كلمة"] * 25),), {"boundary:unpunctuated-long-line-kept-in-body": 1}),
    ("farasa-alone-ends-a-line", [T, "قصة قصيرة عن البحر والسفن", "وتمت الرحلة ."],
     [T, "قصة قصيرة عن البحر والسفن.", "وتمت الرحلة."], None,
     T, ("قصة قصيرة عن البحر والسفن.", "وتمت الرحلة."), {"boundary:copies-disagree-on-final-mark": 1}),
    ("camel-outvoted", [T, "عاد الفريق إلى المدينة ."], None, [T.split(), "عاد الفريق الى المدينة .".split()],
     T, ("عاد الفريق إلى المدينة.",), {"camel:outvoted": 1, "camel:dediac-disagrees": 1}),
    ("camel-shifted-word", [T, "وقال المنظمون إن الحفل نجح ."], None,
     [T.split() + ["المنظمون"], "وقال إن الحفل نجح .".split()],
     T, ("وقال المنظمون إن الحفل نجح.",), {"camel:shifted-word": 1, "camel:outvoted": 0}),
]


@pytest.mark.parametrize("q, f, c, title, paragraphs, counts", [case[1:] for case in RULE_CASES],
                         ids=[case[0] for case in RULE_CASES])
def test_rule(q, f, c, title, paragraphs, counts):
    spec = {"q": q}
    if f is not None:
        spec["f"] = f
    if c is not None:
        spec["c"] = c
    conv = aw.convert(synthetic({("science", 4): spec}))
    a = article(conv, "science", 4)
    assert (a.locator, a.title, a.paragraphs) == ("WikiNews_2014/science/04", title, paragraphs)
    got = {rule: conv.counts[rule] for rule in counts}
    assert got == counts
    assert conv.unresolved == []
    for text in (a.title, *a.paragraphs):
        assert unicodedata.is_normalized("NFC", text) and not MARKS.search(text)


def test_unresolved_is_listed_not_guessed():
    spec = {"q": [T, "زار الوفد مدينه حلب ."], "f": [T, "زار الوفد مدينة حلب."],
            "c": [T.split(), "زار الوفد مدينت حلب .".split()]}
    conv = aw.convert(synthetic({("art", 10): spec}))
    assert conv.unresolved == [aw.Unresolved("WikiNews_2014/art/10", 1, 2,
                                             (("qcri", "مدينه"), ("farasa", "مدينة"), ("camel", "مدينت")))]
    assert conv.counts["unresolved"] == 1
    # The text keeps qcri's reading as a placeholder; the report lists the readings.
    assert article(conv, "art", 10).paragraphs == ("زار الوفد مدينه حلب.",)
    report = aw.report_markdown(conv, {})
    assert "`WikiNews_2014/art/10` | 1 | 2 |" in report and "camel: `مدينت`" in report


def test_unresolved_in_a_title_is_paragraph_zero():
    spec = {"q": ["تعلن الشركه نتائج العام", "وصل التقرير ."], "f": ["تعلن الشركة نتائج العام", "وصل التقرير."],
            "c": ["تعلن الشركت نتائج العام".split(), "وصل التقرير .".split()]}
    conv = aw.convert(synthetic({("economy", 1): spec}))
    assert [(u.locator, u.paragraph, u.word) for u in conv.unresolved] == [("WikiNews_2014/economy/01", 0, 1)]


def test_convert_is_deterministic_and_pure():
    data = synthetic({("sports", 2): {"q": [T, "بين 5 % و 9 % ."], "f": [T, "بين 5 و9."]}})
    frozen = dict(data)
    one, two = aw.convert(data), aw.convert(data)
    assert (one.articles, one.counts, one.examples, one.unresolved) == \
        (two.articles, two.counts, two.examples, two.unresolved)
    assert data == frozen


# ---------------------------------------------------------------- boundaries and malformed input

def _error(data) -> KhabarError:
    with pytest.raises(KhabarError) as info:
        aw.convert(data)
    assert info.value.code == "source-malformed"
    return info.value


@pytest.mark.parametrize("change, where", [
    # an extra unpunctuated headline-like line: 11 titles in the domain
    ({"q": [T, "وصل التقرير .", "سطر يشبه عنوانا جديدا هنا"]}, "qcri-WikiNews_2014.txt.diac:43"),
    # farasa ends the title: no copy may, so the article is lost and the domain has 9
    ({"q": [T, "وصل التقرير ."], "f": [T + ".", "وصل التقرير."]}, "qcri-WikiNews_2014.txt.diac:43"),
])
def test_boundary_rule_must_give_ten_per_domain(change, where):
    err = _error(synthetic({("politics", 5): change}))
    assert str(err).startswith(where) and "politics" in str(err)


def _lines(data: bytes) -> list[str]:
    return data.decode().split("\n")


def _with_line(data: bytes, n: int, new: str | None) -> bytes:
    rows = _lines(data)
    if new is None:
        del rows[n - 1]
    else:
        rows[n - 1] = new
    return "\n".join(rows).encode()


@pytest.mark.parametrize("key, damage, where", [
    ("farasa", lambda b: b[:13] + b"\xff" + b[13:], "farasa-WikiNewsTruth.txt:byte 13"),
    ("camel", lambda b: _with_line(b, 1, "dediac\tgold"), "camel-WikiNewsMax.tsv:1"),
    ("camel", lambda b: _with_line(b, 7, "كلمة\tكلمة\tكلمة"), "camel-WikiNewsMax.tsv:7"),
    ("qcri", lambda b: _with_line(b, 1, "# رياضة"), "qcri-WikiNews_2014.txt.diac:1"),
    ("farasa", lambda b: _with_line(b, 24, "# صحة"), "farasa-WikiNewsTruth.txt:24"),
    # farasa loses a body line: from there it is out of step with qcri
    ("farasa", lambda b: _with_line(b, 5, None), "farasa-WikiNewsTruth.txt:5"),
    # camel loses its last line: the copies differ in length, named at the first extra line
    ("camel", lambda b: b.rsplit(b"\t\t\t\n", 1)[0] + b"\n", "qcri-WikiNews_2014.txt.diac:147"),
])
def test_malformed_input_names_file_and_line(key, damage, where):
    data = synthetic()
    data[key] = damage(data[key])
    err = _error(data)
    assert str(err).startswith(where + ":"), str(err)


def test_text_before_the_first_header():
    data = synthetic()
    data["qcri"] = "كلام جديد .\n".encode() + data["qcri"]
    data["farasa"] = "كلام جديد.\n".encode() + data["farasa"]
    head, rest = data["camel"].split(b"\n", 1)
    data["camel"] = head + "\nكلام\tكلام\tكلام\t\nجديد\tجديد\tجديد\t\n.\t.\t.\t\n\t\t\t\n".encode() + rest
    assert str(_error(data)).startswith("qcri-WikiNews_2014.txt.diac:1: an article line comes before")


def test_missing_copy_is_named():
    data = synthetic()
    del data["camel"]
    assert str(_error(data)).startswith("camel-WikiNewsMax.tsv:")


# ---------------------------------------------------------------- the 2024 listing and the report

def test_list_2024_counts_without_text():
    data = "أ ب ج\nد ه .\n \n\nو ز\n".encode()
    assert aw.list_2024(data) == [{"number": 1, "lines": 2, "words": 5}, {"number": 2, "lines": 1, "words": 2}]


def test_report_has_every_rule_and_no_titles():
    conv = aw.convert(synthetic())
    report = aw.report_markdown(conv, {aw.FILES["qcri"]: "ab" * 32},
                                [{"number": 1, "lines": 2, "words": 9}])
    for rule in aw.RULES:
        assert f"| `{rule}` |" in report
    assert "ab" * 32 in report and "| 1 | 2 | 9 |" in report
    assert "تفتتح البلدية" not in report
    assert "`WikiNews_2014/economy/10`" in report


# ---------------------------------------------------------------- the real copies

def mirror() -> Path:
    root = os.environ.get("KHABAR_SOURCES")
    if not root:
        pytest.fail("KHABAR_SOURCES is not set: point it at the folder holding arwikinews/ "
                    "(the third-party mirror) to run the real-data tests")
    folder = Path(root) / "arwikinews"
    if not folder.is_dir():
        pytest.fail(f"KHABAR_SOURCES={root} holds no arwikinews/ folder")
    return folder


@pytest.fixture(scope="module")
def real():
    folder = mirror()
    data = {key: (folder / name).read_bytes() for key, name in aw.FILES.items()}
    data_2024 = (folder / aw.FILE_2024).read_bytes()
    start = time.perf_counter()
    conv = aw.convert(data)
    seconds = time.perf_counter() - start
    return data, data_2024, conv, seconds


# Pinned once from the mirror files of PROVENANCE.md; bump CONVERTER_VERSION when these change.
GOLDEN_SHA256 = "fc09bc9258b9f2acdf76c5aaf8750d0efbe2eea6b3ef2f2bb0d355b26f77fd56"
EXPECTED_COUNTS = {
    "layout:blank-lines-ignored": 28,
    "boundary:title": 70,
    "boundary:heading-kept-in-body": 3,
    "boundary:unpunctuated-long-line-kept-in-body": 3,
    "boundary:copies-disagree-on-final-mark": 0,
    "undiacritize:marks-removed": 64832,
    "undiacritize:alef-wasla-to-alef": 0,
    "undiacritize:format-characters-removed": 0,
    "undiacritize:tatweel-kept": 0,
    "camel:dediac-agrees": 18285,
    "camel:dediac-disagrees": 2,
    "camel:gold-agrees-with-dediac": 18300,
    "camel:gold-disagrees-with-dediac": 0,
    "camel:shifted-word": 1,
    "camel:outvoted": 0,
    "punctuation:only-in-farasa-kept": 59,
    "punctuation:only-in-qcri-kept": 1,
    "percent:restored-from-qcri": 14,
    "punctuation:majority": 2,
    "number:zero-padding-kept": 2,
    "word:decimal-point-only-in-qcri": 5,
    "word:majority-qcri-camel": 35,
    "word:majority-farasa-camel": 0,
    "unresolved": 0,
    "spacing:attached-to-previous": 1310,
    "spacing:attached-to-next": 46,
    "spacing:quote-opening": 205,
    "spacing:quote-closing": 205,
    "spacing:proclitic-joined": 31,
    "spacing:time-colon-joined": 2,
    "spacing:latin-joined": 5,
    "spacing:symbol-kept-spaced": 39,
}


def golden(conv: aw.Conversion) -> str:
    blob = "\n\n".join("\n".join((a.locator, a.title, *a.paragraphs)) for a in conv.articles)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def test_real_articles(real):
    _, _, conv, _ = real
    assert len(conv.articles) == 70
    assert [a.number for a in conv.articles] == list(range(1, 71))
    expected = [(slug, n, f"WikiNews_2014/{slug}/{n:02d}") for slug, _ in aw.DOMAINS for n in range(1, 11)]
    assert [(a.domain, a.index, a.locator) for a in conv.articles] == expected
    assert sum(len(a.paragraphs) for a in conv.articles) == 323
    assert all(a.paragraphs for a in conv.articles)


def test_real_text_shape(real):
    _, _, conv, _ = real
    for a in conv.articles:
        for text in (a.title, *a.paragraphs):
            assert text and text == text.strip() and "  " not in text
            assert unicodedata.is_normalized("NFC", text)
            assert not MARKS.search(text), a.locator
            assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text), a.locator
            assert "\u0640" not in text and "\u0671" not in text
        assert not aw._ends_sentence(aw._tokens(a.title)), a.locator


def test_real_words_are_camels_or_counted(real):
    data, _, conv, _ = real
    vocab = set()
    for row in data["camel"].decode("utf-8").split("\n")[1:]:
        if row.split("\t")[0].strip():
            vocab.update(aw._tokens(aw.undiacritize(row.split("\t")[0])))
    outside: dict[str, int] = {}
    for a in conv.articles:
        for text in (a.title, *a.paragraphs):
            for tok in aw._tokens(text):
                if tok not in vocab:
                    outside[tok] = outside.get(tok, 0) + 1
    # the zero-padded time (number:zero-padding-kept) and the joined Latin names (spacing:latin-joined)
    assert outside == {"07": 1, "00": 1, "H1N1": 2, "H2B": 1}


def test_real_counts_and_unresolved(real):
    _, _, conv, _ = real
    assert conv.counts == EXPECTED_COUNTS
    assert conv.unresolved == []
    for rule, shown in conv.examples.items():
        assert rule in aw.RULES and len(shown) <= 3
        assert all(len(e.split()) <= 5 for e in shown), (rule, shown)


def test_real_golden_hash_and_determinism(real):
    data, _, conv, _ = real
    assert golden(conv) == GOLDEN_SHA256
    again = aw.convert(data)
    assert (again.articles, again.counts, again.examples) == (conv.articles, conv.counts, conv.examples)


def test_real_2024_listing(real):
    _, data_2024, _, _ = real
    listing = aw.list_2024(data_2024)
    assert len(listing) == 40 and [r["number"] for r in listing] == list(range(1, 41))
    assert set(listing[0]) == {"number", "lines", "words"}
    assert (sum(r["lines"] for r in listing), sum(r["words"] for r in listing)) == (356, 9314)


def test_report_is_current(real):
    data, data_2024, conv, _ = real
    sha = {aw.FILES[k]: hashlib.sha256(v).hexdigest() for k, v in data.items()}
    sha[aw.FILE_2024] = hashlib.sha256(data_2024).hexdigest()
    expected = aw.report_markdown(conv, sha, aw.list_2024(data_2024))
    assert REPORT.read_text(encoding="utf-8") == expected, \
        "regenerate docs/sources/arwikinews-conversion.md from report_markdown"


def test_no_tracked_file_quotes_eight_words(real):
    _, _, conv, _ = real

    def words(text: str) -> list[str]:
        return [t for t in aw._tokens(aw.undiacritize(text)) if re.search(r"[^\W\d_]", t)]

    grams = set()
    for a in conv.articles:
        for text in (a.title, *a.paragraphs):
            w = words(text)
            grams.update(tuple(w[k:k + 8]) for k in range(len(w) - 7))
    for path in (REPORT, ROOT / "src" / "khabar" / "sources" / "arwikinews.py", Path(__file__)):
        w = words(path.read_text(encoding="utf-8"))
        hits = [" ".join(w[k:k + 8]) for k in range(len(w) - 7) if tuple(w[k:k + 8]) in grams]
        assert not hits, f"{path.name} quotes the source: {hits[:1]}"
