"""`khabar suggest` at corpus scale: many documents in one command, entity models trained once per
training set (leave-one-out) and cached on disk by what they learned from."""
from __future__ import annotations

import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from khabar.annotate import models
from khabar.annotate.models import entity_model, read_cached, training_set
from khabar.annotate.suggest import empty_documents, suggest, suggest_documents
from khabar.cli import main
from khabar.corpus.documents import empty_annotation, load_document
from khabar.corpus.layout import Layout
from khabar.io import KhabarError, read_json, write_json
from khabar.validate.core import annotation_problems
from releasefix import RAW, make_project

REPO = Path(__file__).resolve().parents[2]
# A document of the corpus whose text lives in a third-party source (the verified cache).
WIKINEWS = "wn14_art_01"
# A tiny synthetic Wojood-format training file (tests only): token and IOB2 tag per line.
WOJOOD = "قال O\nالمتحدث B-OCC\nباسم I-OCC\nالجيش I-OCC\nإن O\nالقصف O\nطال O\nدمشق B-GPE\n. O\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """doc1 and doc2 gold; doc3 empty (synthetic); wn14_art_01 empty and source-backed."""
    root = tmp_path_factory.mktemp("scale")
    make_project(root)
    make_project(root, "doc2", raw=RAW.replace("12/2/2024", "12/5/2024").replace("سقطوا", "قتلوا"))
    layout = make_project(root, "doc3", raw=RAW.replace("12/2/2024", "12/7/2024").replace("سقطوا", "جرحوا"))
    write_json(layout.annotation("doc3"), empty_annotation(read_json(layout.document("doc3"))))
    shutil.copy(REPO / "corpus" / "sources.json", root / "corpus" / "sources.json")
    shutil.copy(REPO / layout.document(WIKINEWS).relative_to(root), layout.document(WIKINEWS))
    # Empty here, whatever the corpus holds for it now (its gold would be learned from).
    write_json(layout.annotation(WIKINEWS), empty_annotation(read_json(layout.document(WIKINEWS)),
                                                            agent="khabar sources add"))
    (root / "wojood.txt").write_text(WOJOOD, encoding="utf-8")
    return root


@pytest.fixture
def fits(monkeypatch) -> list[list[str]]:
    """The training sets `models.fit` is called on (the documents each learns from), in order."""
    calls: list[list[str]] = []
    real = models.fit

    def counting(layout, tset):
        calls.append([g.id for g in tset.gold])
        return real(layout, tset)

    monkeypatch.setattr(models, "fit", counting)
    return calls


@pytest.fixture
def project(built, tmp_path, monkeypatch, fits) -> Layout:
    """A fresh copy of the project with its own model cache; trainings are counted in `fits`."""
    root = tmp_path / "proj"
    shutil.copytree(built, root)
    monkeypatch.setenv("KHABAR_WOJOOD_TRAIN", str(root / "wojood.txt"))
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path / "cache"))
    return Layout(root)


def _edit_json(path: Path, change) -> None:
    obj = read_json(path)
    change(obj)
    write_json(path, obj)


def _relabel_first_entity(ann: dict) -> None:
    ann["entities"][0]["label"] = "PERS" if ann["entities"][0]["label"] != "PERS" else "ORG"


# What changes the cache key: exactly what the model learns from, and the code and library that train it.
@pytest.mark.parametrize("change, new_key", [
    (lambda layout, mp: None, False),
    (lambda layout, mp: _edit_json(layout.annotation("doc1"), _relabel_first_entity), True),
    (lambda layout, mp: _edit_json(layout.document("doc1"), lambda d: d["paragraphs"].pop()), True),
    # An empty document is not learned from: editing its file leaves the model as it is.
    (lambda layout, mp: _edit_json(layout.annotation("doc3"), lambda a: a["provenance"][0].update(note="x")), False),
    (lambda layout, mp: (layout.root / "wojood.txt").write_text(WOJOOD + "\nحلب B-GPE\n", encoding="utf-8"), True),
    (lambda layout, mp: mp.setattr(models, "MODEL_VERSION", models.MODEL_VERSION + 1), True),
    (lambda layout, mp: mp.setattr("khabar.evaluate.adapters.crf.FEATURES_VERSION", 99), True),
    (lambda layout, mp: mp.setattr("khabar.evaluate.adapters.crf.crfsuite_versions",
                                   lambda: {"sklearn-crfsuite": "0", "python-crfsuite": "0"}), True),
], ids=["nothing", "gold annotation", "gold record", "empty document", "wojood file", "model version",
        "features version", "crfsuite version"])
def test_the_key_is_what_the_model_learns_from(project, monkeypatch, change, new_key):
    before = training_set(project).key
    change(project, monkeypatch)
    assert (training_set(project).key != before) == new_key


def test_a_second_call_reads_the_cache_and_trains_nothing(project, fits):
    tset = training_set(project, exclude=["doc2"])
    first = entity_model(project, tset)
    assert (fits, first.cache["cache"]) == ([["doc1"]], "trained")
    entry = Path(first.cache["path"])
    mtimes = (entry.stat().st_mtime_ns, entry.with_suffix(".json").stat().st_mtime_ns)
    again = entity_model(project, training_set(project, exclude=["doc2"]))
    assert (fits, again.cache) == ([["doc1"]], {"cache": "hit", "path": str(entry)})
    assert (entry.stat().st_mtime_ns, entry.with_suffix(".json").stat().st_mtime_ns) == mtimes
    # The cached model suggests exactly what the trained one did.
    assert suggest(project, "doc2", again) == suggest(project, "doc2", first)
    assert again.trained_on == first.trained_on and again.trained_on["corpus_documents"] == ["doc1"]
    # A changed gold annotation is another training set: trained again.
    _edit_json(project.annotation("doc1"), _relabel_first_entity)
    assert entity_model(project, training_set(project, exclude=["doc2"])).cache["cache"] == "trained"
    assert fits == [["doc1"], ["doc1"]]


def _garble(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])


def _other_model(path: Path) -> None:
    # Bytes crfsuite refuses, recorded with their own SHA-256 (a record made for another file).
    import hashlib

    path.write_bytes(b"not a crfsuite model")
    _edit_json(path.with_suffix(".json"), lambda m: m.update(model_sha256=hashlib.sha256(b"not a crfsuite model")
                                                             .hexdigest()))


@pytest.mark.parametrize("spoil", [
    lambda p: _garble(p),
    lambda p: _garble(p.with_suffix(".json")),
    lambda p: p.with_suffix(".json").write_text("[1, 2]\n", encoding="utf-8"),
    lambda p: _edit_json(p.with_suffix(".json"), lambda m: m.update(format="khabar-crf-cache/1")),
    lambda p: _edit_json(p.with_suffix(".json"), lambda m: m.update(key="0" * 64)),
    lambda p: _edit_json(p.with_suffix(".json"), lambda m: m.update(gazetteer=[["حلب"]])),
    lambda p: _edit_json(p.with_suffix(".json"), lambda m: m["trained_on"].pop("corpus_documents")),
    lambda p: p.unlink(),
    _other_model,
], ids=["model truncated", "record truncated", "record not an object", "another format", "another key",
        "gazetteer malformed", "trained_on malformed", "model missing", "model crfsuite refuses"])
def test_a_corrupt_or_foreign_cache_entry_is_trained_again(project, spoil, fits):
    tset = training_set(project, exclude=["doc2"])
    entry = Path(entity_model(project, tset).cache["path"])
    spoil(entry)
    again = entity_model(project, tset)
    assert (again.cache["cache"], fits) == ("trained", [["doc1"], ["doc1"]])
    assert read_cached(entry.parent, tset.key) is not None  # the entry is whole again


def test_each_document_is_suggested_by_a_model_that_never_saw_it(project, fits):
    outcomes = suggest_documents(project, ["doc1", "doc2", "doc3", WIKINEWS])
    # One model per gold document left out; one for every document outside the gold.
    assert fits == [["doc2"], ["doc1"], ["doc1", "doc2"]]
    keys = {o.doc_id: o.model["key"] for o in outcomes}
    assert keys["doc3"] == keys[WIKINEWS] and len(set(keys.values())) == 3
    for o in outcomes:
        ann = read_json(o.path)
        assert (o.wrote, ann["status"], ann["document_id"]) == (True, "suggested", o.doc_id)
        learned = ann["provenance"][0]["note"]
        assert ("2 corpus document(s)" in learned) == (o.doc_id in ("doc3", WIKINEWS))
        doc = load_document(project, o.doc_id)
        assert [p for p in annotation_problems(ann, doc, str(o.path)) if p.severity == "error"] == []
    # The gold is untouched.
    assert read_json(project.annotation("doc3"))["status"] == "empty"


def test_a_source_backed_document_is_suggested_with_offsets_only(project):
    outcomes = {o.doc_id: read_json(o.path) for o in suggest_documents(project, ["doc3", WIKINEWS])}
    wiki, own = outcomes[WIKINEWS], outcomes["doc3"]
    assert wiki["claims"] and own["claims"] and wiki["entities"] and wiki["numbers"]

    def texts(ann):  # whether each span and sub-span stores its text
        out = []
        for layer in ("entities", "numbers", "claims"):
            for x in ann[layer]:
                out.append("text" in x)
                out += ["text" in x[k] for k in ("qualifier_span", "counted", "cue") if x.get(k)]
        return out
    assert set(texts(wiki)) == {False}
    assert set(texts(own)) == {True}


def test_empty_documents_are_those_waiting_for_a_first_draft(project):
    assert empty_documents(project) == ["doc3", WIKINEWS]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _suggestions(layout: Layout) -> dict[str, bytes]:
    folder = layout.annotations_dir / "suggestions"
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.json"))}


def test_the_command_suggests_every_empty_document_with_a_bar(project, monkeypatch, capsys, fits):
    root = str(project.root)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--root", root, "suggest", "--empty"]) == 0
    out = capsys.readouterr().out.splitlines()
    folder = project.annotations_dir / "suggestions"
    assert [line.split(" (")[0] for line in out[:2]] == [f"wrote {folder / 'doc3.json'}",
                                                          f"wrote {folder / (WIKINEWS + '.json')}"]
    assert out[2:] == ["2 of 2 document(s) suggested, 0 kept; entity models: 1 trained, 0 read from the cache"]
    assert "suggest:" in terminal.getvalue() and "/2" in terminal.getvalue()
    assert sorted(_suggestions(project)) == ["doc3.json", f"{WIKINEWS}.json"]
    written = _suggestions(project)

    # Again: the files are kept, nothing is trained or rewritten.
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert main(["--root", root, "suggest", "--empty", "doc1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split(" (")[0] == f"wrote {folder / 'doc1.json'}"
    assert out[1:] == [f"kept {folder / 'doc3.json'}: it exists (--force replaces it)",
                       f"kept {folder / (WIKINEWS + '.json')}: it exists (--force replaces it)",
                       "1 of 3 document(s) suggested, 2 kept; entity models: 1 trained, 0 read from the cache"]
    assert fits == [["doc1", "doc2"], ["doc2"]]
    assert {k: v for k, v in _suggestions(project).items() if k != "doc1.json"} == written

    # --force rewrites Khabar's own files, from the cached model.
    os.utime(folder / "doc3.json", ns=(0, 0))
    assert main(["--root", root, "suggest", "--empty", "--force"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == \
        "2 of 2 document(s) suggested, 0 kept; entity models: 0 trained, 1 read from the cache"
    assert (folder / "doc3.json").stat().st_mtime_ns > 0 and len(fits) == 2
    assert {k: v for k, v in _suggestions(project).items() if k != "doc1.json"} == written


def test_force_never_replaces_a_file_khabar_did_not_write(project, capsys, fits):
    root = str(project.root)
    folder = project.annotations_dir / "suggestions"
    folder.mkdir(parents=True)
    (folder / "doc3.json").write_text("my notes\n", encoding="utf-8")
    assert main(["--root", root, "suggest", "--empty", "--force"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.rstrip().endswith("[out-refused]") and "doc3.json" in err, err
    # Refused before anything was written or trained.
    assert (folder / "doc3.json").read_text(encoding="utf-8") == "my notes\n"
    assert not (folder / f"{WIKINEWS}.json").exists() and fits == []
    # Without --force it is kept like any existing suggestion.
    assert main(["--root", root, "suggest", "--empty"]) == 0
    assert (folder / "doc3.json").read_text(encoding="utf-8") == "my notes\n"


@pytest.mark.parametrize("argv, message", [
    ([], "name the documents to suggest (DOC_ID ...), or pass --empty"),
    (["doc1", "doc2", "--out", "x.json"], "--out writes one document's suggestion"),
    (["--empty", "--out", "x.json"], "--out writes one document's suggestion"),
    (["nosuchdoc"], "nosuchdoc.json: no such document"),
])
def test_command_usage_errors_are_one_line(project, capsys, argv, message, fits):
    assert main(["--root", str(project.root), "suggest", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err, err
    assert not (project.annotations_dir / "suggestions").exists() and fits == []


def test_suggest_documents_refuses_a_hostile_id_before_any_work(project):
    with pytest.raises(KhabarError, match="not a safe document id"):
        suggest_documents(project, ["doc3", "../doc1"])
    assert not (project.annotations_dir / "suggestions").exists()


def test_the_cache_record_is_plain_json(project):
    """No pickle: an entry is crfsuite bytes and a JSON record, so a foreign entry can run no code."""
    entry = Path(entity_model(project, training_set(project)).cache["path"])
    record = json.loads(entry.with_suffix(".json").read_text(encoding="utf-8"))
    assert sorted(record) == ["format", "gazetteer", "key", "model_sha256", "stems", "trained_on", "whole"]
    assert sorted(p.suffix for p in entry.parent.iterdir()) == [".crfsuite", ".json"]


def test_empty_with_no_empty_document_says_so(tmp_path, capsys):
    layout = make_project(tmp_path)  # doc1, gold
    assert main(["--root", str(layout.root), "suggest", "--empty"]) == 0
    assert capsys.readouterr().out == "nothing to suggest: no document has status empty\n"
    assert not (layout.annotations_dir / "suggestions").exists()


@pytest.mark.parametrize("covered, expected", [
    ("59 سنة)", "59 سنة"), ("«المرصد»", "المرصد"), ('"', None), (" حلب ", "حلب"), ("50%", "50%"), ("حلب", "حلب"),
])
def test_entity_spans_lose_the_punctuation_at_their_ends(covered, expected):
    from khabar.annotate.suggest import _trim_edges
    from khabar.model.spans import Span

    text = "قبل " + covered + " بعد"
    got = _trim_edges(text, Span(4, 4 + len(covered), "GPE"))
    assert (None if got is None else text[got.start:got.end]) == expected


def test_claimants_follow_their_entities_when_sources_join_the_layer(project, monkeypatch):
    """Before: a source added to the entity layer renumbered the entities after it, and the
    claimants named by id kept the old numbers (a claim attributed to a CARDINAL)."""
    import khabar.annotate.suggest as mod

    doc = load_document(project, "doc3")
    text = doc["text"]
    real = mod.suggest_claims
    seen: dict[str, tuple[int, int, str]] = {}

    def claims_with_an_early_source(text_, paragraphs, entities, numbers):
        out = real(text_, paragraphs, entities, numbers)
        # The first claim names the last entity by id; another names a source missing from the
        # layer, placed before every entity, so that joining the layer it renumbers them all.
        last = entities[-1]
        seen["named"] = (last["start"], last["end"], last["label"])
        out[0]["claimant"] = last["id"]
        seen["claim"] = (out[0]["start"], out[0]["end"])
        out[1]["claimant"] = {"start": 0, "end": len("قال"), "label": "ORG"}
        return out

    monkeypatch.setattr(mod, "suggest_claims", claims_with_an_early_source)
    ann = suggest(project, "doc3", entity_model(project, training_set(project)))
    by_id = {e["id"]: (e["start"], e["end"], e["label"]) for e in ann["entities"]}
    assert text[:len("قال")] == "قال" and by_id["e1"] == (0, len("قال"), "ORG")
    named = next(c["claimant"] for c in ann["claims"] if (c["start"], c["end"]) == seen["claim"])
    assert by_id[named] == seen["named"]
