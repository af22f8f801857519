"""The frozen split manifest: deterministic, complete, and never moving an assigned unit."""
from __future__ import annotations

import copy
import json
import random

import pytest

from khabar.cli import main
from khabar.corpus.documents import make_document
from khabar.corpus.splits import (
    MIN_DOCUMENTS,
    SPLITS,
    document_split,
    load_manifest,
    manifest_path,
    paragraph_counts,
    paragraph_links,
    read_manifest,
    seed_paragraphs,
    split_of,
    stratum_counts,
    stratum_split,
    update_manifest,
)
from khabar.io import KhabarError, read_json, write_json
from releasefix import RAW, gold, make_project


def _pair(doc_id: str, dateline: str = "12/2/2024 9:50:00 AM") -> tuple[dict, dict]:
    doc = make_document(RAW.replace("12/2/2024 9:50:00 AM", dateline), doc_id, f"corpus/raw/{doc_id}.txt")
    return doc, gold(doc)


def test_small_corpus_splits_by_paragraph_with_entities_everywhere():
    doc, ann = _pair("doc1")
    manifest, added = update_manifest(None, [(doc, ann)])
    assert manifest["documents"]["doc1"]["unit"] == "paragraph"
    assert added == [f"doc1#p{k}" for k in range(len(doc["paragraphs"]))]
    layers, groups = paragraph_links(doc, ann)
    for pars in layers.values():
        assert {manifest["units"][f"doc1#p{k}"] for k in pars} == set(SPLITS)
    for g in groups:
        assert len({manifest["units"][f"doc1#p{k}"] for k in g}) == 1
    counts = paragraph_counts(len(doc["paragraphs"]))
    assert {s: list(manifest["units"].values()).count(s) for s in SPLITS} == counts


def test_manifest_is_deterministic():
    pairs = [_pair("doc1")]
    assert json.dumps(update_manifest(None, pairs)[0]) == json.dumps(update_manifest(None, copy.deepcopy(pairs))[0])


def test_adding_documents_never_moves_a_unit():
    first, _ = update_manifest(None, [_pair("doc1")])
    frozen = copy.deepcopy(first)
    new_ids = [f"new{i:03d}" for i in range(30)]
    second, added = update_manifest(first, [_pair("doc1"), *(_pair(i) for i in new_ids)])
    assert first == frozen  # the input manifest is not mutated
    assert {u: second["units"][u] for u in frozen["units"]} == frozen["units"]
    assert added == new_ids
    assert {i: second["units"][i] for i in new_ids} == {i: document_split(i) for i in new_ids}
    assert all(second["documents"][i] == {"unit": "document"} for i in new_ids)
    again, none = update_manifest(second, [_pair("doc1"), *(_pair(i) for i in new_ids)])
    assert (again, none) == (second, [])


def test_large_first_corpus_goes_whole():
    pairs = [_pair(f"d{i:02d}") for i in range(MIN_DOCUMENTS)]
    manifest, _ = update_manifest(None, pairs)
    assert {e["unit"] for e in manifest["documents"].values()} == {"document"}


def test_document_split_shares():
    rng = random.Random(4)
    ids = [f"doc-{rng.getrandbits(64):016x}" for _ in range(4000)]
    share = {s: sum(document_split(i) == s for i in ids) / len(ids) for s in SPLITS}
    assert abs(share["train"] - 0.8) < 0.03 and abs(share["validation"] - 0.1) < 0.02


@pytest.mark.parametrize("n,expected", [(3, {"train": 1, "validation": 1, "test": 1}),
                                        (6, {"train": 4, "validation": 1, "test": 1}),
                                        (15, {"train": 9, "validation": 3, "test": 3})])
def test_paragraph_counts(n, expected):
    assert paragraph_counts(n) == expected


def test_too_few_paragraphs():
    doc = make_document("12/2/2024 9:50:00 AM\nفقرة واحدة.\nفقرة ثانية.", "tiny", "corpus/raw/tiny.txt")
    with pytest.raises(KhabarError, match="tiny"):
        seed_paragraphs(doc, {"entities": [], "numbers": [], "claims": [], "relations": []})


def test_split_of_unassigned_names_the_command():
    manifest, _ = update_manifest(None, [_pair("doc1")])
    with pytest.raises(KhabarError, match="run `khabar splits`"):
        split_of(manifest, "other", 0)


@pytest.mark.parametrize("mutate,where", [
    (lambda m: m["units"].update({"doc1#p0": "dev"}), "$.units['doc1#p0']"),
    (lambda m: m.update(format="other"), "format"),
    (lambda m: m.update(units=[]), "$.units"),
    (lambda m: m["units"].update({"ghost": "train"}), "$.units['ghost']"),
])
def test_bad_manifest(tmp_path, mutate, where):
    manifest, _ = update_manifest(None, [_pair("doc1")])
    mutate(manifest)
    path = tmp_path / "splits.json"
    write_json(path, manifest)
    with pytest.raises(KhabarError) as exc:
        read_manifest(path)
    assert str(path) in str(exc.value) and where in str(exc.value)


def test_cli_splits(tmp_path, capsys):
    layout = make_project(tmp_path)
    root = ["--root", str(tmp_path)]
    assert main([*root, "splits", "--check"]) == 1
    assert main([*root, "splits"]) == 0
    written = manifest_path(layout).read_bytes()
    assert main([*root, "splits"]) == 0
    assert "up to date" in capsys.readouterr().out
    assert manifest_path(layout).read_bytes() == written
    assert main([*root, "splits", "--check"]) == 0
    make_project(tmp_path, "doc2", raw=RAW.replace("12/2/2024", "12/3/2024"))
    assert main([*root, "splits"]) == 0
    after = load_manifest(layout)
    before = json.loads(written)
    assert {u: after["units"][u] for u in before["units"]} == before["units"]
    assert after["units"]["doc2"] == document_split("doc2")
    assert read_json(manifest_path(layout))["documents"]["doc2"] == {"unit": "document"}


def _sourced(doc_id: str, domain: str) -> tuple[dict, dict]:
    doc, ann = _pair(doc_id)
    return {**doc, "domain": domain, "source": {**doc["source"], "name": "src", "locator": doc_id}}, ann


@pytest.mark.parametrize("n,expected", [
    (3, {"train": 1, "validation": 1, "test": 1}),
    (10, {"train": 7, "validation": 1, "test": 2}),
    (20, {"train": 14, "validation": 2, "test": 4}),
])
def test_stratum_counts(n, expected):
    assert stratum_counts(n) == expected


def test_a_stratum_is_assigned_whole_when_its_first_document_is_released():
    # Two domains of ten; one released document of "a" brings all ten of "a" in (7/1/2) before
    # the others are annotated; "b" waits for its first release. The seed-like doc0 keeps going.
    strata = {"src/a": [f"a{i:02d}" for i in range(10)], "src/b": [f"b{i:02d}" for i in range(10)]}
    released = [_pair("doc0"), _sourced("a03", "a")]
    manifest, added = update_manifest(None, released, strata)
    assert sorted(u for u in added if not u.startswith("doc0")) == strata["src/a"]
    a_units = {d: manifest["units"][d] for d in strata["src/a"]}
    assert a_units == stratum_split("src/a", strata["src/a"])
    assert sorted(a_units.values()) == sorted(["train"] * 7 + ["validation"] + ["test"] * 2)
    assert all(manifest["documents"][d] == {"unit": "document", "stratum": "src/a"} for d in strata["src/a"])
    assert not any(d in manifest["documents"] for d in strata["src/b"])
    # Releasing more of "a" moves nothing; a late member of "a" goes by the hash rule.
    more, added2 = update_manifest(manifest, [*released, _sourced("a05", "a"), _sourced("a99", "a")],
                                   {**strata, "src/a": [*strata["src/a"], "a99"]})
    assert added2 == ["a99"] and more["units"]["a99"] == document_split("a99")
    assert {d: more["units"][d] for d in strata["src/a"]} == a_units


def test_stratum_split_depends_on_the_members_not_their_order():
    ids = [f"x{i}" for i in range(10)]
    assert stratum_split("s/d", ids) == stratum_split("s/d", list(reversed(ids)))
    assert stratum_split("s/d", ids) != stratum_split("s/e", ids)  # the stratum salts the ranking


def test_split_index_answers_what_the_manifest_says():
    """The build's compact index of the manifest: a whole document's split, a paragraph-split
    document's splits in paragraph order, MISSING and NO_UNIT; asked in id order, skipping ids."""
    from khabar.corpus.splits import SplitIndex

    manifest = {"format": "khabar-splits/1", "splits": list(SPLITS), "policy": "P",
                "documents": {"b": {"unit": "document"}, "a": {"unit": "paragraph"},
                              "d": {"unit": "document"}, "e": {"unit": "document"}},
                "units": {"a#p1": "test", "a#p0": "train", "b": "validation", "e": "train"}}
    index = SplitIndex(manifest)
    spec = index.specs()
    asked = ["0", "a", "b", "c", "d", "e", "f"]
    assert [spec(x) for x in asked] == [SplitIndex.MISSING, ("train", "test"), "validation", SplitIndex.MISSING,
                                        SplitIndex.NO_UNIT, "train", SplitIndex.MISSING]
    assert (index.policy, index.units_by_kind) == ("P", {"paragraph": 1, "document": 3})
    skipping = index.specs()
    assert (skipping("d"), skipping("e")) == (SplitIndex.NO_UNIT, "train")
