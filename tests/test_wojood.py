"""Wojood's nested IOB2 format: reading, writing, `khabar import wojood`, `khabar export wojood`."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.corpus.documents import make_document
from khabar.corpus.gold import load_gold
from khabar.corpus.layout import Layout
from khabar.formats.wojood import (
    CONVENTION_CODES,
    MANIFEST,
    MARKER,
    document_rows,
    export_wojood,
    format_sentences,
    layer_tags,
    parse_wojood,
    split_files,
)
from khabar.io import KhabarError, read_json, write_json
from khabar.model.errors import ERROR
from khabar.model.tokens import Token, tokenize
from khabar.validate.annotation import annotation_problems
from khabar.validate.core import validate_corpus
from khabar.validate.document import document_problems
from sourcefix import SAMPLE

REPO = Path(__file__).resolve().parent.parent
SAMPLE_FILES = ["train.txt", "val.txt", "test.txt"]


def run(argv: list[str]) -> int:
    return main([str(a) for a in argv])


def lines_of(text: str) -> list[list[str]]:
    return [line.split() for line in text.split("\n")]


# ---------------------------------------------------------------- the public sample


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_round_trip(name, tmp_path, capsys):
    """Import then export gives the file back (NFC), except I- tags the import had to repair."""
    src = SAMPLE / name
    original = src.read_text(encoding="utf-8")
    assert run(["import", "wojood", src, "--out", tmp_path / "imp", "--repair-orphan-i"]) == 0
    manifest = read_json(tmp_path / "imp" / MANIFEST)
    assert run(["--root", tmp_path / "imp", "export", "wojood", "--out", tmp_path / "exp"]) == 0
    exported = (tmp_path / "exp" / name).read_text(encoding="utf-8")

    want = lines_of(unicodedata.normalize("NFC", original))
    for r in manifest["repaired_i_tags"]:
        row = want[r["line"] - 1]
        assert row[r["layer"]] == r["tag"]
        row[r["layer"]] = "B-" + r["tag"][2:]
    assert lines_of(exported) == want
    assert manifest["counts"]["tokens"] == sum(1 for line in original.split("\n") if line.strip())
    assert manifest["counts"]["sentences"] == sum(
        1 for block in original.split("\n\n") if block.strip())

    # A strict import accepts the file exactly when nothing needed repair.
    if manifest["repaired_i_tags"]:
        with pytest.raises(KhabarError, match=rf"^{src}:{manifest['repaired_i_tags'][0]['line']}: "):
            parse_wojood(original, str(src))
    else:
        assert len(parse_wojood(original, str(src))) == manifest["counts"]["sentences"]


def test_sample_records_validate(tmp_path, capsys):
    """Imported records pass the validator but for Khabar conventions, counted in the manifest."""
    assert run(["import", "wojood", SAMPLE / "val.txt", "--out", tmp_path / "imp"]) == 0
    layout = Layout(tmp_path / "imp")
    manifest = read_json(layout.root / MANIFEST)
    codes: dict[str, int] = {}
    for doc, ann in load_gold(layout):
        assert (doc["origin"], doc["published"], doc["dateline"]) == ("external", None, None)
        assert doc["raw_file"] == "source/val.txt"
        assert (layout.root / doc["raw_file"]).read_bytes() == (SAMPLE / "val.txt").read_bytes()
        problems = (document_problems(doc, "d", None, doc["id"])
                    + annotation_problems(ann, doc, "a", doc["id"]))
        for p in problems:
            assert p.severity != ERROR, p.format()
            codes[p.code] = codes.get(p.code, 0) + 1
    assert set(codes) <= CONVENTION_CODES
    assert codes == manifest["khabar_conventions_broken"]
    # The folder as a whole validates like a corpus (raw file checksums included).
    assert [p.format() for p in validate_corpus(layout) if p.severity == ERROR] == []
    assert [d["id"] for d in manifest["documents"]] == layout.document_ids()


def test_import_is_deterministic(tmp_path, capsys):
    for out in ("a", "b"):
        assert run(["import", "wojood", SAMPLE / "val.txt", "--out", tmp_path / out]) == 0

    def tree(root: Path) -> dict[str, bytes]:
        return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

    assert tree(tmp_path / "a") == tree(tmp_path / "b")


# ---------------------------------------------------------------- Khabar's gold


def token_entities(doc: dict, ann: dict, tokens: list) -> list[tuple[int, int, str]]:
    """Entities as (first token, last token + 1, label) over the document's tokens."""
    out = []
    for x in ann["entities"]:
        covered = [i for i, t in enumerate(tokens) if t.start < x["end"] and x["start"] < t.end]
        out.append((covered[0], covered[-1] + 1, x["label"]))
    return sorted(out)


def test_gold_round_trip(tmp_path, capsys):
    """Export then import gives every entity of the gold back, at token level."""
    layout = Layout(REPO)
    files, _ = export_wojood(layout)
    assert list(files) == ["all.txt"]
    (tmp_path / "all.txt").write_text(files["all.txt"], encoding="utf-8")
    assert run(["import", "wojood", tmp_path / "all.txt", "--out", tmp_path / "imp"]) == 0
    gold = list(load_gold(layout, annotated_only=True))
    back = list(load_gold(Layout(tmp_path / "imp")))
    assert len(back) == len(gold)
    for (doc, ann), (bdoc, bann) in zip(gold, back, strict=True):
        tokens = [t for p in doc["paragraphs"] for t in tokenize(doc["text"][p["start"]:p["end"]], p["start"])]
        btokens = [Token(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", bdoc["text"])]
        assert [t.text for t in btokens] == [t.text for t in tokens] + [MARKER]
        assert token_entities(bdoc, bann, btokens) == token_entities(doc, ann, tokens)


def test_cli_export_follows_the_split_manifest(tmp_path, capsys):
    """One file per split of corpus/splits.json; together they hold every sentence and entity."""
    assert run(["--root", REPO, "export", "wojood", "--out", tmp_path / "w"]) == 0
    names = sorted(p.name for p in (tmp_path / "w").iterdir())
    assert names == ["khabar-export.json", "test.txt", "train.txt", "validation.txt"]  # the marker: --force
    entities = 0
    for name in names[1:]:
        sents = parse_wojood((tmp_path / "w" / name).read_text(encoding="utf-8"), name)
        assert sents, name
        entities += sum(len(s.entities) for s in sents)
    assert entities == sum(len(a["entities"]) for _, a in load_gold(Layout(REPO)))


P = "قال رئيس وزراء لبنان إن وفدا زار لفرنسا. وعاد الوفد."


def synthetic(tmp_path: Path, entities: list[tuple[str, str, int]]) -> Layout:
    """A one-document project; entities are (surface, label, occurrence)."""
    layout = Layout(tmp_path / "proj")
    raw = "12/2/2024 9:50:00 AM\n" + P + "\n" + P
    doc = make_document(raw, "doc1", "corpus/raw/doc1.txt")
    layout.raw_dir.mkdir(parents=True)
    layout.raw("doc1").write_text(raw, encoding="utf-8")
    ents = []
    for i, (sub, label, nth) in enumerate(entities, 1):
        pos = -1
        for _ in range(nth + 1):
            pos = doc["text"].index(sub, pos + 1)
        ents.append({"id": f"e{i}", "start": pos, "end": pos + len(sub), "text": sub, "label": label})
    write_json(layout.document("doc1"), doc)
    write_json(layout.annotation("doc1"), {
        "schema_version": "1.0.0", "document_id": "doc1", "text_sha256": doc["text_sha256"],
        "entities": ents, "numbers": [], "claims": [], "relations": []})
    return layout


def test_export_layers_proclitic_and_splits(tmp_path):
    layout = synthetic(tmp_path, [("رئيس وزراء لبنان", "OCC", 0), ("لبنان", "GPE", 0),
                                  ("فرنسا", "GPE", 0), ("فرنسا", "GPE", 1)])
    doc, ann = next(load_gold(layout))
    rows, st = document_rows(doc, ann)
    first = [("قال", ["O"]), ("رئيس", ["B-OCC"]), ("وزراء", ["I-OCC"]), ("لبنان", ["I-OCC", "B-GPE"]),
             ("إن", ["O"]), ("وفدا", ["O"]), ("زار", ["O"]), ("لفرنسا", ["B-GPE"]), (".", ["O"])]
    second = [("وعاد", ["O"]), ("الوفد", ["O"]), (".", ["O"])]
    first_again = [(t, ["B-GPE"] if t == "لفرنسا" else ["O"]) for t, _ in first]
    assert rows == [(0, first), (0, second), (1, first_again), (1, second)]
    assert (st.entities, st.widened, st.dropped, st.merged) == (4, 2, 0, 0)

    files = split_files({"doc1": rows}, lambda doc_id, k: ["train", "test"][k])
    assert sorted(files) == ["test.txt", "train.txt"]
    assert files["train.txt"] == format_sentences([first, second + [(MARKER, ["O"])]])
    assert export_wojood(layout)[0] == {"all.txt": format_sentences(
        [r for _, r in rows[:3]] + [rows[3][1] + [(MARKER, ["O"])]])}


def test_export_keeps_entities_whole_across_sentence_ends(tmp_path):
    layout = synthetic(tmp_path, [("لفرنسا. وعاد", "EVENT", 0)])
    doc, ann = next(load_gold(layout))
    rows, st = document_rows(doc, ann)
    assert [len(r) for k, r in rows if k == 0] == [len(tokenize(P))]
    assert st.merged == 1


@pytest.mark.parametrize("spans,tags,rejected", [
    ([(0, 2, "ORG"), (1, 2, "GPE")], [["B-ORG"], ["I-ORG", "B-GPE"]], []),
    ([(0, 2, "ORG"), (0, 2, "PERS")], [["B-ORG", "B-PERS"], ["I-ORG", "I-PERS"]], []),
    ([(0, 2, "ORG"), (1, 3, "GPE")], [["B-ORG"], ["I-ORG"], ["O"]], [(1, 3, "GPE")]),
    ([(0, 1, "ORG"), (0, 1, "ORG")], [["B-ORG"], ["O"], ["O"]], [(0, 1, "ORG")]),
    ([(1, 3, "OCC"), (1, 2, "OCC"), (2, 3, "GPE")], [["O"], ["B-OCC", "B-OCC"], ["I-OCC", "B-GPE"]], []),
])
def test_layer_tags(spans, tags, rejected):
    got_tags, got_rejected = layer_tags(len(tags), spans)
    assert (got_tags, got_rejected) == (tags, rejected)


# ---------------------------------------------------------------- malformed input


@pytest.mark.parametrize("content,line,message", [
    ("", None, "empty file"),
    ("\n \n", None, "empty file"),
    ("أ O\nب I-PERS\n", 2, "I-PERS in layer 1 with no open PERS entity in that layer"),
    ("أ B-ORG\nب I-PERS\n", 2, "I-PERS in layer 1 with no open PERS entity in that layer"),
    ("أ B-PERS\n\nب I-PERS\n", 3, "I-PERS in layer 1 with no open PERS entity in that layer"),
    ("أ B-ORG B-PERS\nب B-GPE I-PERS\n", 2, "I-PERS in layer 2 continues across the start of B-GPE"),
    ("أ B-ORG O\nب I-ORG B-GPE\nج O\n", 3, "layer count changes mid-sentence: 1 tag(s) here, 2 on line 1"),
    ("أ O B-GPE\n", 1, "B-GPE in layer 2 under O in layer 1"),
    ("أ B-PERSON\n", 1, "unknown label 'PERSON' in tag 'B-PERSON'"),
    ("أ X-PERS\n", 1, "malformed tag 'X-PERS'"),
    ("أ O\nب\n", 2, "no tag after the token 'ب'"),
    ("أ O\r\nب O\n", 1, "carriage return found"),
    ("أ O\n\xff\n", None, "not valid UTF-8"),
    # A zero-width token once became a GPE entity; NUL and other controls too
    ("أ O\n\u200b B-GPE\n", "2:1", "control or invisible character U+200B"),
    ("أ O\nب\x00 O\n", "2:2", "control or invisible character U+0000"),
    ("أ\u200f O\n", "1:2", "control or invisible character U+200F"),
])
def test_import_refuses_malformed(tmp_path, capsys, content, line, message):
    src = tmp_path / "bad.txt"
    src.write_bytes(content.encode("utf-8").replace("\xff".encode(), b"\xff"))
    assert run(["import", "wojood", src, "--out", tmp_path / "out"]) == 2
    err = capsys.readouterr().err
    where = f"{src}:{line}: " if line else f"{src}: "
    assert err.startswith(f"khabar import: error: {where}") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_repair_reads_orphan_i_as_b(tmp_path, capsys):
    src = tmp_path / "x.txt"
    src.write_text("أ O\nب I-PERS\nج I-PERS\n", encoding="utf-8")
    assert run(["import", "wojood", src, "--out", tmp_path / "out", "--repair-orphan-i"]) == 0
    manifest = read_json(tmp_path / "out" / MANIFEST)
    assert manifest["repaired_i_tags"] == [{"line": 2, "layer": 1, "tag": "I-PERS"}]
    ann = read_json(tmp_path / "out" / "annotations" / "wojood-x-0001.json")
    assert [(e["text"], e["label"]) for e in ann["entities"]] == [("ب ج", "PERS")]


@pytest.mark.parametrize("make_out,message", [
    (lambda root: root / "full", "already exists and is not an empty folder"),
    (lambda root: root / "proj" / "corpus" / "ext", "inside a Khabar corpus/ or annotations/ folder"),
])
def test_import_refuses_destination(tmp_path, capsys, make_out, message):
    src = tmp_path / "x.txt"
    src.write_text("أ B-GPE\n", encoding="utf-8")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("x", encoding="utf-8")
    (tmp_path / "proj" / "corpus").mkdir(parents=True)
    (tmp_path / "proj" / "annotations").mkdir()
    out = make_out(tmp_path)
    assert run(["import", "wojood", src, "--out", out]) == 2
    assert message in capsys.readouterr().err
    assert not (out / MANIFEST).exists()


def test_export_wojood_needs_out(project, capsys):
    assert run(["--root", project.root, "export", "wojood"]) == 2
    err = capsys.readouterr().err
    assert "required: --out" in err and err.count("\n") == 1


@pytest.mark.parametrize("content,code", [
    ("أ O\nب I-PERS\n", "wojood-nested-iob2"),
    ("أ B-ORG B-PERS\nب B-GPE I-PERS\n", "wojood-nested-iob2"),
    ("أ O B-GPE\n", "wojood-nested-iob2"),
    ("أ B-PERSON\n", "schema-enum"),
    ("أ X-PERS\n", "format-invalid"),
])
def test_import_errors_carry_codes(tmp_path, capsys, content, code):
    src = tmp_path / "bad.txt"
    src.write_text(content, encoding="utf-8")
    assert run(["import", "wojood", src, "--out", tmp_path / "out"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(f"[{code}]")


@pytest.mark.parametrize("text,entities,repairs", [
    # Each layer is read by the one IOB2 decoder; the layer above bounds the layer below.
    ("أ B-ORG B-GPE\nب I-ORG I-GPE\nج I-ORG\n", [(0, 3, "ORG", 0), (0, 2, "GPE", 1)], ()),
    ("أ B-ORG\nب I-ORG B-GPE\n\nج B-PERS\n", [(0, 2, "ORG", 0), (1, 2, "GPE", 1)], ()),
    # Repaired: an I- across the start of an enclosing entity, and an orphan I- in layer 1.
    ("أ B-ORG B-PERS\nب B-GPE I-PERS\n", [(0, 1, "ORG", 0), (0, 1, "PERS", 1), (1, 2, "GPE", 0),
                                         (1, 2, "PERS", 1)], ((2, 2, "I-PERS"),)),
    ("أ O\nب I-PERS\n", [(1, 2, "PERS", 0)], ((2, 1, "I-PERS"),)),
])
def test_nested_decoding(text, entities, repairs):
    first = parse_wojood(text, "x", repair=True)[0]
    assert list(first.entities) == entities and first.repairs == repairs
