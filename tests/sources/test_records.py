"""Source-backed document records: no text in the repository, the text rehydrated from the
verified cache and checked against the record's hash before any command uses it."""
from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.corpus.documents import add_source_documents, load_document, sha256_text
from khabar.corpus.layout import Layout
from khabar.model.errors import KhabarError
from khabar.validate.core import validate_corpus, validate_files
from sourcefix import MANIFEST, REPO

WIKINEWS = [d for d in Layout(REPO).document_ids() if d.startswith("wn14_")]
DOMAINS = ("culture", "health", "politics", "science", "sports", "art", "economy")


def test_the_corpus_holds_71_documents_that_validate():
    layout = Layout(REPO)
    assert len(layout.document_ids()) == 71 and len(WIKINEWS) == 70
    assert Counter(d.split("_")[1] for d in WIKINEWS) == {d: 10 for d in DOMAINS}
    assert [p for p in validate_corpus(layout) if p.severity == "error"] == []


@pytest.mark.parametrize("doc_id", WIKINEWS)
def test_a_wikinews_record_holds_no_text_and_rehydrates_to_its_hash(doc_id):
    record = json.loads((REPO / "corpus" / "documents" / f"{doc_id}.json").read_text(encoding="utf-8"))
    assert {"text", "raw_file", "raw_sha256", "title"}.isdisjoint(record)
    source = MANIFEST.source("arwikinews")
    assert (record["source"]["name"], record["source"]["license"], record["source"]["attribution"]) == \
        ("arwikinews", source.license, source.attribution)
    assert record["published"] is None and record["undated"]
    assert record["source"]["locator"] == f"WikiNews_2014/{record['domain']}/{doc_id.rsplit('_', 1)[1]}"
    doc = load_document(Layout(REPO), doc_id)
    assert sha256_text(doc["text"]) == record["text_sha256"]
    assert doc["text"].split("\n")[0] == doc["title"]
    assert [doc["text"][p["start"]:p["end"]] for p in record["paragraphs"]] == doc["text"].split("\n")
    ann = json.loads((REPO / "annotations" / f"{doc_id}.json").read_text(encoding="utf-8"))
    assert ann["text_sha256"] == record["text_sha256"]
    if ann["status"] == "empty":
        assert (ann["entities"], ann["numbers"], ann["claims"]) == ([], [], [])
    else:  # gold of a source-backed document: offsets only, no text anywhere (GUIDELINES §0)
        assert ann["status"] == "adjudicated" and ann["entities"] and ann["claims"]
        stored = [x for layer in ("entities", "numbers", "claims") for x in ann[layer]]
        stored += [x[k] for x in stored for k in ("qualifier_span", "counted", "cue") if x.get(k)]
        assert [x for x in stored if "text" in x] == []


def test_the_empty_documents_are_never_released_and_split_only_with_their_stratum(repo_build):
    # The release takes the gold documents and leaves out every empty one; a Wikinews document is
    # in the split manifest only when its domain's stratum was assigned whole (corpus.splits).
    import pyarrow.parquet as pq

    result = repo_build
    status = {d: json.loads((REPO / "annotations" / f"{d}.json").read_text(encoding="utf-8"))["status"]
              for d in WIKINEWS}
    gold = {d for d, s in status.items() if s != "empty"}
    empty = sorted(d for d in WIKINEWS if d not in gold)
    released = {d for f in result.out.glob("data/spans/*.parquet") for d in pq.read_table(f)["document_id"].to_pylist()}
    assert released == {"000_3e7c9696a8bc251b"} | gold and result.selection.released == len(released)
    assert result.selection.left_out == \
        ({"status empty: not gold (never released)": (empty[:3], len(empty))} if empty else {})
    splits = json.loads((REPO / "corpus" / "splits.json").read_text(encoding="utf-8"))
    strata = {splits["documents"][d]["stratum"] for d in gold}
    assert {d for d in WIKINEWS if d in splits["documents"]} == \
        {d for d in WIKINEWS if f"arwikinews/{d.split('_')[1]}" in strata}


@pytest.fixture
def copy_project(tmp_path) -> Layout:
    """The project's corpus and annotations (records only: no third-party text), copied."""
    for sub in ("corpus", "annotations", "schema"):
        shutil.copytree(REPO / sub, tmp_path / sub)
    return Layout(tmp_path)


def _record(layout: Layout, doc_id: str) -> dict:
    return json.loads(layout.document(doc_id).read_text(encoding="utf-8"))


def _write(layout: Layout, doc_id: str, record: dict) -> None:
    layout.document(doc_id).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def _codes(layout: Layout, doc_id: str) -> list[tuple[str, str]]:
    return sorted((p.code, p.pointer) for p in validate_files(layout, [layout.document(doc_id)]))


@pytest.mark.parametrize("edit, expected", [
    (lambda r: r.update(text_sha256="0" * 64), [("text-hash-mismatch", "$.text_sha256")]),
    (lambda r: r.update(text="نص"), [("schema-additional-property", "$.text")]),
    (lambda r: r.pop("undated"), [("published-missing", "$.published")]),
    (lambda r: r["source"].update(license="CC-BY-4.0"), [("source-licence-mismatch", "$.source.license")]),
    (lambda r: r["source"].update(locator="WikiNews_2014/culture/99"), [("source-locator", "$.source")]),
    (lambda r: r["source"].update(name="nowhere"), [("source-unknown", "$.source.name")]),
    (lambda r: r["paragraphs"].pop(), [("paragraph-offsets", "$.paragraphs")]),
])
def test_a_damaged_record_is_reported_at_its_place(copy_project, edit, expected):
    layout = copy_project
    record = _record(layout, "wn14_science_04")
    edit(record)
    _write(layout, "wn14_science_04", record)
    assert _codes(layout, "wn14_science_04") == expected


def test_without_the_cache_every_command_says_to_fetch(copy_project, tmp_path, monkeypatch, capsys):
    layout = copy_project
    monkeypatch.setenv("KHABAR_SOURCE_CACHE", str(tmp_path / "empty-cache"))
    problems = [p for p in validate_corpus(layout) if p.severity == "error"]
    assert {(p.path.split("/")[-1], p.code) for p in problems} == {(f"{d}.json", "source-missing") for d in WIKINEWS}
    assert all("khabar sources fetch" in p.message for p in problems)
    with pytest.raises(KhabarError) as exc:
        load_document(layout, "wn14_art_01")
    assert exc.value.code == "source-missing"
    out = tmp_path / "v.html"
    assert main(["--root", str(layout.root), "view", "wn14_art_01", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "khabar sources fetch" in err and "[source-missing]" in err
    assert not out.exists()


def test_a_changed_source_text_is_refused_before_use(copy_project, tmp_path, monkeypatch):
    """A record pins its text by hash: a converter (or source) that gave another text is refused."""
    from khabar.sources import converters

    layout = copy_project
    real = converters.source_articles(REPO, MANIFEST, "arwikinews")
    changed = {k: a if k != "WikiNews_2014/art/01" else a.__class__(a.doc_id, a.locator, a.domain, a.title,
                                                                      (a.paragraphs[0] + " زيادة",) + a.paragraphs[1:])
               for k, a in real.items()}
    monkeypatch.setattr(converters, "source_articles", lambda *args: changed)
    with pytest.raises(KhabarError) as exc:
        load_document(layout, "wn14_art_01")
    assert exc.value.code == "text-hash-mismatch" and "wn14_art_01.json" in str(exc.value)
    assert load_document(layout, "wn14_art_02")["text"] == real["WikiNews_2014/art/02"].text


def test_sources_add_is_idempotent_and_never_overwrites(copy_project):
    layout = copy_project
    assert add_source_documents(layout, "arwikinews") == ([], WIKINEWS_BY_LOCATOR)
    for doc_id in ("wn14_health_01", "wn14_health_02"):
        layout.document(doc_id).unlink()
        layout.annotation(doc_id).unlink()
    assert add_source_documents(layout, "arwikinews")[0] == ["wn14_health_01", "wn14_health_02"]
    assert sorted(p.name for p in (layout.root / "corpus").iterdir() if p.name.startswith(".")) == []
    record = _record(layout, "wn14_health_03")
    record["text_sha256"] = "1" * 64
    _write(layout, "wn14_health_03", record)
    with pytest.raises(KhabarError) as exc:
        add_source_documents(layout, "arwikinews")
    assert exc.value.code == "document-exists"
    assert _record(layout, "wn14_health_03")["text_sha256"] == "1" * 64


WIKINEWS_BY_LOCATOR = sorted(WIKINEWS, key=lambda d: (DOMAINS.index(d.split("_")[1]), d))


def test_the_release_licence_follows_the_documents(tmp_path):
    """--open-only releases only documents whose record states an open licence, and the card
    then carries cc-by-sa-4.0; a build with text of unknown licence stays `other`."""
    import yaml

    from khabar.io import read_json, write_json
    from khabar.release.build import build
    from releasefix import make_project

    layout = make_project(tmp_path / "p")
    make_project(tmp_path / "p", "doc2")
    doc2 = read_json(layout.document("doc2"))
    doc2["source"] |= {"license": "CC-BY-4.0", "note": "synthetic test document"}
    write_json(layout.document("doc2"), doc2)
    assert main(["--root", str(layout.root), "splits"]) == 0

    def card(out: Path) -> tuple[dict, str]:
        text = (out / "README.md").read_text(encoding="utf-8")
        return yaml.safe_load(text.split("---")[1]), text

    mixed = build(layout, tmp_path / "mixed")
    meta, text = card(tmp_path / "mixed")
    assert (meta["license"], mixed.selection.released, mixed.selection.left_out) == ("other", 2, {})
    assert "CC-BY-4.0: 1" in text and "unknown: 1" in text and "--open-only" in text
    opened = build(layout, tmp_path / "open", open_only=True)
    meta, text = card(tmp_path / "open")
    assert (meta["license"], opened.selection.released) == ("cc-by-sa-4.0", 1)
    assert opened.selection.left_out == {
        "licence unknown: not open (--open-only releases only openly licensed text)": (["doc1"], 1)}
    assert read_json(tmp_path / "open" / "croissant.json")["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert read_json(tmp_path / "open" / "khabar-manifest.json")["text_licence"] == {"documents": 1, "unknown": 0}


def test_the_viewer_says_an_undated_article_is_undated():
    from khabar.annotate.view import page

    doc = load_document(Layout(REPO), "wn14_health_03")
    html = page(doc, {"entities": [], "numbers": [], "claims": [], "status": "empty"}, "wn14_health_03")
    assert f'<div class="meta" dir="ltr">undated; {len(doc["paragraphs"])} paragraphs</div>' in html
    assert "published ;" not in html
