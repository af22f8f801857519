from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.corpus.documents import add_article, parse_dateline
from khabar.corpus.layout import Layout, find_root
from khabar.io import KhabarError, read_json
from khabar.model.errors import ERROR
from khabar.validate.core import validate_corpus

REPO = Path(__file__).resolve().parent.parent
SEED = "000_3e7c9696a8bc251b"
PAR = "قال المرصد إن 412 قتيلا سقطوا في حلب."


@pytest.mark.parametrize("line,iso", [
    ("12/2/2024 9:50:00 AM", "2024-12-02T09:50:00"),
    ("1/13/2025 12:05:09 AM", "2025-01-13T00:05:09"),
    ("1/13/2025 12:05:09 PM", "2025-01-13T12:05:09"),
    ("7/4/2023 1:00:00 PM", "2023-07-04T13:00:00"),
    ("2/12/2024 9:50:00 AM", "2024-02-12T09:50:00"),
    ("12/2/2024 21:50", "2024-12-02T21:50:00"),
    ("2024-12-02 09:50", "2024-12-02T09:50:00"),
    ("2024-12-02T09:50:07", "2024-12-02T09:50:07"),
    ("2024-12-02", "2024-12-02T00:00:00"),
])
def test_parse_dateline(line, iso):
    assert parse_dateline(line).isoformat() == iso


@pytest.mark.parametrize("line,iso", [
    ("2/12/2024 9:50:00 AM", "2024-12-02T09:50:00"),
    ("13/2/2024 21:50", "2024-02-13T21:50:00"),
    ("2024-12-02 09:50", "2024-12-02T09:50:00"),  # ISO is read the same in either order
])
def test_parse_dateline_day_first(line, iso):
    assert parse_dateline(line, "dmy").isoformat() == iso


@pytest.mark.parametrize("line", ["2/30/2024 9:50:00 AM", "13/2/2024 9:50:00 AM", "12/2/2024 13:50:00 PM",
                                  "2024-13-02 09:50", "2024-12-02 09:50 PM", "", "قال المرصد",
                                  "١٢/٢/٢٠٢٤ 9:50:00 AM"])
def test_parse_dateline_rejects(line):
    with pytest.raises(ValueError):
        parse_dateline(line)


def test_seed_document_is_byte_faithful():
    layout = Layout(REPO)
    doc = read_json(layout.document(SEED))
    raw = layout.raw(SEED).read_bytes()
    # SHA-256 of the seed as received (shared/README.md).
    assert hashlib.sha256(raw).hexdigest() == "fab2ad2dee5e5c6951702827fbbe579950856d0ba4f7d840e261ba4a7f9e0966"
    assert doc["raw_sha256"] == hashlib.sha256(raw).hexdigest()
    body = raw.decode("utf-8").split("\n", 1)[1]
    assert (doc["text"], doc["published"], doc["dateline"]) == (body, "2024-12-02T09:50:00", "12/2/2024 9:50:00 AM")
    assert len(doc["paragraphs"]) == 15
    assert [doc["text"][p["start"]:p["end"]] for p in doc["paragraphs"]] == body.split("\n")
    assert doc["source"]["agency"] == "AFP" and doc["source"]["outlet"] is None
    assert doc["text_sha256"] == hashlib.sha256(body.encode("utf-8")).hexdigest()


def test_repository_corpus_validates():
    # No error anywhere, and no warning in a record or a gold file. A pass is kept as its
    # annotator made it: a warning there is the annotator's (one pass A labels a palace that
    # issues a statement FAC, a claimant the validator expects to be a source; the gold has ORG).
    problems = validate_corpus(Layout(REPO))
    assert [p.format() for p in problems if p.severity == ERROR or "/passes/" not in p.path] == []
    assert [(p.path.split("annotations/")[-1], p.code) for p in problems] == \
        [("passes/wn14_health_05/A.json", "claimant-label")]


def _files(root: Path) -> dict[str, bytes]:
    """Every file of the project's corpus/ and annotations/ folders, with its bytes."""
    return {str(p.relative_to(root)): p.read_bytes() for d in ("corpus", "annotations")
            for p in sorted((root / d).rglob("*")) if p.is_file()}


def _raw(tmp_path: Path, content: bytes | str, name: str = "new.txt") -> Path:
    p = tmp_path / "in" / name
    p.parent.mkdir(exist_ok=True)
    p.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return p


def test_add_creates_document_and_empty_annotation(empty, tmp_path):
    src = _raw(tmp_path, "12/2/2024 9:50:00 AM\n" + PAR + "\n\n  " + PAR + " \n")
    doc = add_article(empty, src, "art-1").document
    assert doc["text"] == PAR + "\n" + PAR
    assert empty.raw("art-1").read_bytes() == src.read_bytes()
    assert read_json(empty.annotation("art-1"))["entities"] == []
    # The new, never-annotated file is valid as what it is (status empty), and no
    # release takes it as zero-entity gold.
    from khabar.corpus.gold import select

    assert validate_corpus(empty) == []
    assert read_json(empty.annotation("art-1"))["status"] == "empty"
    assert (select(empty).released, select(empty).left_out) == ([], {"art-1": "status empty: not gold (never released)"})


DECOMPOSED = unicodedata.normalize("NFD", "آ")  # alef + madda above: not NFC


@pytest.mark.parametrize("content,doc_id,message", [
    (b"\xff\xfe12/2/2024", "x1", "not valid UTF-8 (byte 0xff at offset 0)"),
    ("", "x1", "empty file"),
    (PAR + "\n" + PAR, "x1", ":1: [dateline] expected a dateline like"),
    ("13/45/2024 9:50:00 AM\n" + PAR, "x1", ":1: [dateline]"),
    ("12/2/2024 9:50:00 AM\n", "x1", "no paragraphs after the dateline"),
    ("12/2/2024 9:50:00 AM\n" + PAR + DECOMPOSED, "x1", ":2: text is not NFC-normalized; rerun with --normalize"),
    ("12/2/2024 9:50:00 AM\n" + PAR + "\r" + PAR, "x1", ":2:" + str(len(PAR) + 1) + ": character U+000D"),
    ("12/2/2024 9:50:00 AM\n" + PAR + "\x00", "x1", "character U+0000"),
    ("12/2/2024 9:50:00 AM\n" + "\u200b" + PAR, "x1", ":2:1: character U+200B (ZERO WIDTH SPACE)"),
    ("12/2/2024 9:50:00 AM\n" + PAR, "abc\n", "is not a safe slug"),
    ("12/2/2024 9:50:00 AM\n" + PAR, "Bad Id", "is not a safe slug"),
    ("12/2/2024 9:50:00 AM\n" + PAR, "../up", "is not a safe slug"),
])
def test_add_refuses_and_writes_nothing(empty, tmp_path, content, doc_id, message):
    src = _raw(tmp_path, content)
    before = _files(empty.root)
    with pytest.raises(KhabarError) as exc:
        add_article(empty, src, doc_id)
    assert message in str(exc.value)
    assert str(src) in str(exc.value)
    assert _files(empty.root) == before


def test_add_normalize(empty, tmp_path):
    src = _raw(tmp_path, "12/2/2024 9:50:00 AM\n" + PAR + DECOMPOSED)
    doc = add_article(empty, src, "n1", normalize=True).document
    assert doc["text"] == PAR + "آ" and doc["normalized_to_nfc"] is True
    assert validate_corpus(empty) == []


def test_add_refuses_duplicate_and_existing_annotation(empty, tmp_path):
    add_article(empty, _raw(tmp_path, "12/2/2024 9:50:00 AM\n" + PAR), "a1")
    before = _files(empty.root)
    with pytest.raises(KhabarError, match="duplicate of document 'a1'"):
        add_article(empty, _raw(tmp_path, "1/1/2025 9:50:00 AM\n" + PAR, "b.txt"), "a2")
    with pytest.raises(KhabarError, match="already exists; refusing to overwrite"):
        add_article(empty, _raw(tmp_path, "12/2/2024 9:50:00 AM\n" + PAR + " 2", "c.txt"), "a1")
    empty.annotation("z9").write_text("{}", encoding="utf-8")
    before["annotations/z9.json"] = b"{}"
    with pytest.raises(KhabarError, match="annotations/z9.json: already exists"):
        add_article(empty, _raw(tmp_path, "12/2/2024 9:50:00 AM\n" + PAR + " 3", "d.txt"), "z9")
    assert _files(empty.root) == before


def test_cli_add_error_is_one_line(empty, tmp_path, capsys):
    src = _raw(tmp_path, "")
    assert main(["--root", str(empty.root), "add", str(src), "--id", "e1"]) == 2
    err = capsys.readouterr().err
    assert err == f"khabar add: error: {src}: empty file, expected a dateline line then paragraphs [text-empty]\n"


def test_find_root(tmp_path, empty):
    (tmp_path / "corpus" / "deep").mkdir()
    assert find_root(tmp_path / "corpus" / "deep") == tmp_path.resolve()
    with pytest.raises(KhabarError, match="not inside a Khabar project"):
        find_root(Path("/"))
