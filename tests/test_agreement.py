from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import TEXT, valid_annotation
from khabar.annotate.agreement import (
    Tally,
    by_group,
    cohen_kappa,
    compare,
    decision_markdown,
    decision_tally,
    markdown,
    overlap_pairs,
    token_labels,
)
from khabar.cli import main
from khabar.io import KhabarError, write_json


@pytest.mark.parametrize("x,y,kappa", [
    (["O", "O", "PERS", "PERS"], ["O", "O", "PERS", "PERS"], 1.0),
    # po = 3/4; pe = (3*2 + 1*2) / 16 = 0.5 -> 0.5
    (["O", "PERS", "O", "O"], ["O", "PERS", "PERS", "O"], 0.5),
    # po = 0; pe = (1*1 + 1*1) / 4 = 0.5 -> -1
    (["A", "B"], ["B", "A"], -1.0),
    (["O", "O"], ["O", "O"], 1.0),
])
def test_cohen_kappa_truth_table(x, y, kappa):
    assert cohen_kappa(x, y) == pytest.approx(kappa)


def test_token_labels_use_outermost_entity():
    text = "قال مدير المرصد أمس"
    ents = [{"start": 4, "end": len("قال مدير المرصد"), "label": "OCC"},
            {"start": len("قال مدير "), "end": len("قال مدير المرصد"), "label": "ORG"}]
    assert token_labels(text, ents) == ["O", "OCC", "OCC", "O"]


def test_overlap_pairs_one_to_one():
    a = [{"start": 0, "end": 10}, {"start": 20, "end": 30}]
    b = [{"start": 0, "end": 9}, {"start": 1, "end": 10}, {"start": 26, "end": 40}]
    # (0,10)~(0,9) J=.9 and (0,10)~(1,10) J=.9: the first in order wins; (20,30)~(26,40) J=.2 < .5
    assert overlap_pairs(a, b) == [(a[0], b[0])]


def test_tally_figures(doc):
    gold = valid_annotation(doc)
    other = json.loads(json.dumps(gold))
    other["entities"][2]["label"] = "LOC"          # same span, other label
    other["numbers"][0]["value"] = 413             # same span, other value
    other["claims"][0]["claimant"] = "author"
    t = Tally()
    t.add(TEXT, gold, other)
    fig = dict(t.figures())
    assert fig["entities: span+label F1 (exact)"] == "0.667 (2 matched of 3 / 3)"
    assert fig["entities: boundary-only F1"] == "1.000 (3 matched of 3 / 3)"
    assert fig["numbers: value agreement (same span)"] == "0.667 (2/3)"
    assert fig["claims: claimant agreement (overlap pairs)"] == "0.000 (0/1)"
    assert fig["relations: F1"] == "1.000 (1 matched of 1 / 1)"


def test_compare_and_cli(project, capsys):
    gold = json.loads(project.annotation("doc1").read_text(encoding="utf-8"))
    write_json(project.passes("doc1") / "A.json", gold)
    b = json.loads(json.dumps(gold))
    b["entities"] = b["entities"][:2]
    write_json(project.passes("doc1") / "B.json", b)
    res = compare(project, [("A", "B")])
    assert dict(res["A vs B"])["entities: span+label F1 (exact)"] == "0.800 (2 matched of 3 / 2)"
    assert main(["--root", str(project.root), "agreement"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| metric | A vs B | A vs gold | B vs gold |")
    assert "| entities: span+label F1 (exact) | 0.800 (2 matched of 3 / 2) | 1.000" in out


def test_by_domain_and_decision_tally(project, capsys):
    # One document of domain "sports" with passes A (the gold) and B (two entities dropped), and
    # decisions on three disagreements: the per-domain row and the tally are read back whole.
    doc = json.loads(project.document("doc1").read_text(encoding="utf-8"))
    write_json(project.document("doc1"), {**doc, "domain": "sports"})
    gold = json.loads(project.annotation("doc1").read_text(encoding="utf-8"))
    write_json(project.passes("doc1") / "A.json", gold)
    write_json(project.passes("doc1") / "B.json", {**gold, "entities": gold["entities"][:2]})
    [(name, n, fig)] = by_group(project, ("A", "B"))
    assert (name, n) == ("sports", 1)
    assert fig["entities: span+label F1 (exact)"] == "0.800 (2 matched of 3 / 2)"
    decisions = {"document_id": "doc1", "disagreements": [
        {"layer": "entities", "decision": "A"}, {"layer": "entities", "decision": "both"},
        {"layer": "claims", "decision": None}]}
    write_json(project.passes("doc1") / "adjudication" / "disagreements.json", decisions)
    tally = decision_tally(project)
    assert {k: dict(v) for k, v in tally.items()} == {"entities": {"A": 1, "both": 1}, "claims": {"undecided": 1}}
    table = decision_markdown(tally)
    assert "| entities | 2 | 1 (50%) | 0 (0%) | 1 (50%) | 0 (0%) | 0 (0%) |" in table
    assert "| all | 3 | 1 (33%) | 0 (0%) | 1 (33%) | 0 (0%) | 1 (33%) |" in table
    assert main(["--root", str(project.root), "agreement", "--by-domain"]) == 0
    out = capsys.readouterr().out
    assert "| sports | 1 | 0.800 |" in out and table in out


def test_compare_without_passes(project):
    with pytest.raises(KhabarError, match="no document has two passes"):
        compare(project, [("A", "B")])


def test_repository_agreement_is_recomputable():
    """The figures in the guidelines are exactly what the command prints today."""
    from khabar.corpus.layout import Layout
    repo = Path(__file__).resolve().parent.parent
    table = markdown(compare(Layout(repo), [("A", "B"), ("A", "gold"), ("B", "gold")]))
    guidelines = (repo / "annotations" / "GUIDELINES.md").read_text(encoding="utf-8")
    assert table in guidelines, "stale: run python scripts/refresh.py"
