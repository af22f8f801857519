"""CoNLL (one IOB2 layer, export and import into an evaluation folder) and spaCy DocBin
(export, read back with spaCy)."""
from __future__ import annotations

import pytest

from fmt_fixtures import DOC, SEED, run
from khabar.corpus.documents import make_document
from khabar.formats import conll
from khabar.formats.spacy import export_docbin
from khabar.io import read_json
from khabar.model.labels import COARSE_MAP
from khabar.model.tokens import tokenize

# Synthetic sentence for tests only: a title over a nested organisation, a proclitic on a name.
SENT = "قال وزير خارجية فرنسا لفرانس برس."


def sdoc_ann():
    doc = make_document("12/2/2024 9:50:00 AM\n" + SENT, "s1", "corpus/raw/s1.txt")
    def ent(i, sub, label):
        s = SENT.index(sub)
        return {"id": i, "start": s, "end": s + len(sub), "text": sub, "label": label}
    ann = {"schema_version": "1.1.0", "document_id": "s1", "text_sha256": doc["text_sha256"],
           "entities": [ent("e1", "وزير خارجية فرنسا", "OCC"), ent("e2", "خارجية فرنسا", "ORG"),
                        ent("e3", "فرنسا", "GPE"), ent("e4", "فرانس برس", "ORG")],
           "numbers": [], "claims": [], "relations": []}
    return doc, ann


@pytest.mark.parametrize("view,expected,stats", [
    ("ner", "قال O\nوزير B-OCC\nخارجية I-OCC\nفرنسا I-OCC\nلفرانس B-ORG\nبرس I-ORG\n. O\n",
     dict(entities=4, written=2, nested=2, widened=1)),
    # OCC is not a CoNLL type: dropping it exposes the ORG nested in it.
    ("ner_coarse", "قال O\nوزير O\nخارجية B-ORG\nفرنسا I-ORG\nلفرانس B-ORG\nبرس I-ORG\n. O\n",
     dict(entities=3, written=2, nested=1, widened=1)),
])
def test_conll_export_truth_table(view, expected, stats):
    text, st = conll.export_conll([sdoc_ann()], view)
    assert text == "-DOCSTART- O\n\n" + expected
    assert {k: getattr(st, k) for k in stats} == stats
    assert (st.documents, st.sentences, st.tokens) == (1, 1, 7)


@pytest.mark.parametrize("view", conll.VIEWS)
def test_conll_export_of_the_seed_matches_seqeval(view, gold):
    """The file's entities, read by seqeval (an independent IOB2 reader), are the outermost
    gold entities of the view projected onto Khabar tokens."""
    from seqeval.metrics.sequence_labeling import get_entities

    doc, ann = gold[SEED]
    text, st = conll.export_conll([(doc, ann)], view)
    lines = [ln for ln in text.split("\n") if ln and not ln.startswith("-DOCSTART-")]
    tags = [ln.split(" ")[1] for ln in lines]
    tokens = [t for p in doc["paragraphs"] for t in tokenize(doc["text"][p["start"]:p["end"]], p["start"])]
    assert [ln.split(" ")[0] for ln in lines] == [t.text for t in tokens]
    spans = [(e["start"], e["end"], e["label"] if view == "ner" else COARSE_MAP[e["label"]])
             for e in ann["entities"]]
    spans = [s for s in spans if s[2]]
    outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    expected = sorted((min(i for i, t in enumerate(tokens) if t.end > s),
                       max(i for i, t in enumerate(tokens) if t.start < e), label)
                      for s, e, label in outer)
    assert sorted((a, b, label) for label, a, b in get_entities(tags)) == expected
    assert st.written == len(outer) and st.nested == len(spans) - len(outer)


def test_conll_import_into_an_evaluation_folder(gold, tmp_path, capsys):
    """Export then import: a folder `khabar benchmark --data` reads, with the file's entities."""
    from khabar.evaluate.data import rows_from_folder

    doc, ann = gold[SEED]
    text, _ = conll.export_conll([(doc, ann), sdoc_ann()], "ner")
    src = tmp_path / "two.conll"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "imp"
    assert run(["import", "conll", src, "--out", out]) == 0
    manifest = read_json(out / "conll-import.json")
    assert manifest["format"] == "conll-iob2"
    assert [d["id"] for d in manifest["documents"]] == ["conll-two-0001", "conll-two-0002"]
    rows = rows_from_folder(out)
    back = {(sp.covered(r.text), sp.label) for r in rows for sp in r.entities}
    assert {("وزير خارجية فرنسا", "OCC"), ("لفرانس برس", "ORG")} <= back
    # Re-export of the imported folder gives the file back (its own tokens, one sentence a line).
    assert run(["--root", out, "export", "conll", "--out", tmp_path / "again.conll"]) == 0
    assert (tmp_path / "again.conll").read_text(encoding="utf-8") == text


@pytest.mark.parametrize("content,line,message,code", [
    ("أ O\nب I-PERS\n", 2, "I-PERS continues no entity (the previous token has O)", "conll-iob2"),
    ("أ B-PERS O\n", 1, "3 fields; expected `token TAG`", "format-invalid"),
    ("أ B-PER\n", 1, "unknown label 'PER' in tag 'B-PER'", "schema-enum"),
    ("أ X-PERS\n", 1, "malformed tag 'X-PERS'", "format-invalid"),
    ("", None, "empty file", "format-invalid"),
    ("أ O\n\u200b B-LOC\n", "2:1", "control or invisible character U+200B", "text-control-char"),
])
def test_conll_import_refuses_malformed(content, line, message, code, tmp_path, capsys):
    src = tmp_path / "bad.conll"
    src.write_text(content, encoding="utf-8")
    assert run(["import", "conll", src, "--out", tmp_path / "out"]) == 2
    err = capsys.readouterr().err
    where = f"{src}:{line}: " if line else f"{src}: "
    assert err.startswith(f"khabar import: error: {where}") and message in err
    assert err.rstrip().endswith(f"[{code}]")
    assert not (tmp_path / "out").exists()


def test_conll_label_map_and_repair(tmp_path, capsys):
    src = tmp_path / "aner.conll"
    src.write_text("-DOCSTART- O\n\nزار B-PER\nدمشق I-LOC\n\n-DOCSTART- O\n\nفي O\nالقاهرة B-LOC\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    assert run(["import", "conll", src, "--out", out, "--label-map", "PER=PERS", "--label-map", "LOC=GPE",
                "--repair-orphan-i"]) == 0
    m = read_json(out / "conll-import.json")
    assert m["label_map"] == {"LOC": "GPE", "PER": "PERS"}
    assert m["repaired_i_tags"] == [{"line": 4, "layer": 1, "tag": "I-GPE"}]
    anns = [read_json(p) for p in sorted((out / "annotations").glob("*.json"))]
    assert [[(e["text"], e["label"]) for e in a["entities"]] for a in anns] == \
        [[("زار", "PERS"), ("دمشق", "GPE")], [("القاهرة", "GPE")]]


# ---------------------------------------------------------------- spaCy


def read_docbin(data: bytes):
    import spacy
    from spacy.tokens import DocBin

    return list(DocBin().from_bytes(data).get_docs(spacy.blank("ar").vocab))


@pytest.fixture(scope="module")
def docbin(gold):
    pairs = [gold[SEED], gold[DOC]]
    data, report = export_docbin(pairs)
    return pairs, read_docbin(data), report


def test_spacy_docbin_read_back(docbin):
    pairs, docs, report = docbin
    cut = {(d, i) for d, i, *_ in report.cut}
    for (doc, ann), sdoc in zip(pairs, docs, strict=True):
        assert sdoc.text == doc["text"] and sdoc.user_data["khabar_document_id"] == doc["id"]
        toks = tokenize(doc["text"])
        edges = {t.start for t in toks} | {t.end for t in toks}
        for layer, field in (("entities", "label"), ("numbers", "kind"), ("claims", "kind")):
            got = [(s.id_, s.start_char, s.end_char, s.label_) for s in sdoc.spans[layer]]
            want = [(x["id"], x["start"], x["end"], x[field]) for x in ann[layer]]
            assert [g[0] for g in got] == [w[0] for w in want]
            for g, w in zip(got, want, strict=True):
                exact = w[1] in edges and w[2] in edges
                # An annotation is written exactly, or widened to whole tokens and reported.
                assert (g == w) == exact == ((doc["id"], w[0]) not in cut)
                assert g[1] <= w[1] and w[2] <= g[2] and g[3] == w[3]
        ents = [(e.start_char, e.end_char, e.label_) for e in sdoc.ents]
        spans = [(s.start_char, s.end_char, s.label_) for s in sdoc.spans["entities"]]
        assert ents == sorted(s for s in spans if not any(
            o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans))
    assert len(report.cut) == 29  # the seed's proclitics (بدمشق, لفرانس برس, ...)
    assert ("000_3e7c9696a8bc251b", "e27", "entities", "دمشق", "بدمشق") in report.cut


def test_spacy_split_at_spans_is_exact(gold):
    pairs = [gold[SEED], gold[DOC]]
    data, report = export_docbin(pairs, split_at_spans=True)
    assert report.cut == []
    for (_doc, ann), sdoc in zip(pairs, read_docbin(data), strict=True):
        for layer, field in (("entities", "label"), ("numbers", "kind"), ("claims", "kind")):
            assert [(s.id_, s.start_char, s.end_char, s.label_) for s in sdoc.spans[layer]] == \
                [(x["id"], x["start"], x["end"], x[field]) for x in ann[layer]]


def test_spacy_cli_reports_cut_spans(proj, tmp_path, capsys):
    out = tmp_path / "gold.spacy"
    assert run(["--root", proj.root, "export", "spacy", "--doc", SEED, "--out", out]) == 0
    printed = capsys.readouterr().out
    assert "29 cut by a token boundary" in printed and "e27 (entities) 'دمشق' written as 'بدمشق'" in printed
    assert len(read_docbin(out.read_bytes())) == 1
    assert run(["--root", proj.root, "export", "spacy", "--doc", SEED, "--out", out]) == 2
    assert capsys.readouterr().err.rstrip().endswith("[out-refused]")
