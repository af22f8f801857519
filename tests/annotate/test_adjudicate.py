"""`khabar adjudicate`: draft of agreement, disagreements, decisions; and the seed's adjudication."""
from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path

from conftest import TEXT, at, span, valid_annotation
from khabar.annotate.adjudicate import compare_passes, renumber
from khabar.cli import main
from khabar.io import read_json, write_json

REPO = Path(__file__).resolve().parents[2]
SEED = "000_3e7c9696a8bc251b"


def _passes(project, a: dict, b: dict) -> list[str]:
    write_json(project.passes("doc1") / "A.json", a)
    write_json(project.passes("doc1") / "B.json", b)
    return [str(project.passes("doc1") / "A.json"), str(project.passes("doc1") / "B.json")]


def test_disagreement_types(doc):
    a = valid_annotation(doc)
    b = copy.deepcopy(a)
    b["entities"][2]["label"] = "LOC"                           # label
    b["numbers"][2]["qualifier"] = "approximately"              # attribute
    b["claims"][0]["claimant"] = "author"                       # claimant
    b["entities"] = b["entities"][1:]                           # span: A only
    b["claims"][0]["numbers"] = ["n1", "n2"]
    found = [(d.layer, d.type, d.attribute, d.text, len(d.a), len(d.b))
             for d in compare_passes(doc, a, b).disagreements]
    assert found == [
        ("entities", "span", None, "المرصد", 1, 0),
        ("claims", "claimant", "claimant", TEXT[at("412")[0]:at("مدنيا")[1]], 1, 1),
        ("entities", "label", "label", "حلب", 1, 1),
        ("numbers", "attribute", "qualifier", "خمسين", 1, 1),
    ]


def test_overlapping_claims_are_one_span_disagreement(doc):
    a = valid_annotation(doc)
    b = copy.deepcopy(a)
    s, e = at("412")[0], at("حلب")[1]
    b["claims"][0].update(start=s, end=e, text=TEXT[s:e], numbers=["n1"])
    b["claims"].append({"id": "c2", **span("61 مدنيا"), "claimant": "e1", "cue": span("قال"),
                        "kind": "statistic", "check_worthy": True, "numbers": ["n2"]})
    [d] = compare_passes(doc, a, b).disagreements
    assert (d.layer, d.type, len(d.a), len(d.b)) == ("claims", "span", 1, 2)
    assert (d.start, d.end) == (at("412")[0], at("مدنيا")[1])


def test_identical_passes_have_no_disagreement_and_draft_is_the_pass(doc):
    a = valid_annotation(doc)
    c = compare_passes(doc, a, copy.deepcopy(a))
    assert c.disagreements == []
    layers = renumber(c.agreed)
    assert layers == {k: a[k] for k in ("entities", "numbers", "claims", "relations")}


def test_command_writes_draft_and_lists_then_applies_decisions(project, capsys):
    a = valid_annotation(read_json(project.document("doc1")))
    b = copy.deepcopy(a)
    b["entities"][2]["label"] = "LOC"
    b["numbers"][2]["qualifier"], b["numbers"][2]["qualifier_span"] = "exact", None
    passes = _passes(project, a, b)
    assert main(["--root", str(project.root), "adjudicate", "doc1", "--passes", *passes]) == 0
    assert "2 disagreement(s) (1 attribute, 1 label)" in capsys.readouterr().out
    assert read_json(project.passes("doc1") / "adjudication" / "disagreements.json")["disagreements"][1][
        "attribute"] == "qualifier, qualifier_span"
    folder = project.passes("doc1") / "adjudication"
    draft = read_json(folder / "draft.json")
    assert draft["status"] == "suggested"
    assert [e["text"] for e in draft["entities"]] == ["المرصد", "412"]
    assert [n["text"] for n in draft["numbers"]] == ["412", "61"]
    md = (folder / "disagreements.md").read_text(encoding="utf-8")
    assert "## d1: ¶1 entities, label" in md and "- A: GPE «حلب»" in md and "- B: LOC «حلب»" in md
    record = read_json(folder / "disagreements.json")
    assert [d["decision"] for d in record["disagreements"]] == [None, None]

    # Applying before deciding is refused; the gold is untouched.
    before = project.annotation("doc1").read_bytes()
    assert main(["--root", str(project.root), "adjudicate", "doc1", "--passes", *passes, "--apply"]) == 2
    assert "has no decision" in capsys.readouterr().err
    record["disagreements"][0].update(decision="A", reason="a city")
    record["disagreements"][1].update(decision="A", reason="the text says أكثر من")
    write_json(folder / "disagreements.json", record)
    # Re-running keeps the decisions already written.
    assert main(["--root", str(project.root), "adjudicate", "doc1", "--passes", *passes]) == 0
    assert [d["decision"] for d in read_json(folder / "disagreements.json")["disagreements"]] == ["A", "A"]
    # The gold exists: --force is needed.
    assert main(["--root", str(project.root), "adjudicate", "doc1", "--passes", *passes, "--apply"]) == 2
    assert "gold-exists" in capsys.readouterr().err and project.annotation("doc1").read_bytes() == before
    assert main(["--root", str(project.root), "adjudicate", "doc1", "--passes", *passes, "--apply",
                 "--force"]) == 0
    gold = read_json(project.annotation("doc1"))
    assert gold["status"] == "adjudicated"
    assert {k: gold[k] for k in ("entities", "numbers", "claims", "relations")} == \
        {k: a[k] for k in ("entities", "numbers", "claims", "relations")}
    assert main(["--root", str(project.root), "validate"]) == 0


def test_invalid_pass_is_one_clear_error(project, capsys):
    a = valid_annotation(read_json(project.document("doc1")))
    b = copy.deepcopy(a)
    del b["entities"][0]["label"]
    passes = _passes(project, a, b)
    assert main(["--root", str(project.root), "adjudicate", "doc1", "--passes", *passes]) == 2
    err = capsys.readouterr().err
    assert "B.json:$.entities[0]: [schema-required]" in err and "Traceback" not in err
    # Issue 11 item 15: agreement validates the passes first (it used to raise KeyError: 'label').
    assert main(["--root", str(project.root), "agreement", "--no-gold"]) == 2
    err = capsys.readouterr().err
    assert "B.json:$.entities[0]: [schema-required]" in err and "[invalid-corpus]" in err


def test_agreement_for_one_document(project, capsys):
    a = valid_annotation(read_json(project.document("doc1")))
    _passes(project, a, a)
    assert main(["--root", str(project.root), "agreement", "--doc", "doc1", "--no-gold"]) == 0
    assert "| entities: span+label F1 (exact) | 1.000 (3 matched of 3 / 3) |" in capsys.readouterr().out
    assert main(["--root", str(project.root), "agreement", "--doc", "nope"]) == 2


# ---------------------------------------------------------------- the seed

# The rows of GUIDELINES.md §5 where the passes differ, located by the text of the disagreement
# (D3 and D4 are not disagreements: both passes made the same choice and the adjudicator changed it).
SEED_TABLE = {
    "D1": ("entities", "span", "إدارة الذاتية الكردية"),
    "D2": ("claims", "span", "باتت تسيطر على مدينة حلب بالكامل، باستثناء"),
    "D5": ("claims", "span", "فقدان قواته السيطرة على حلب إثر هجوم"),
    "D6": ("claims", "span", "حلب، ثاني كبرى مدن سورية"),
    "D7": ("claims", "attribute", "يضم الجزء الشمالي"),
    "D7b": ("claims", "attribute", "العمود الفقري لقوات سورية الديموقراطية"),
    "D7c": ("claims", "attribute", "تشكل الذراع العسكرية"),
    "D8": ("claims", "span", "كانت القوات الحكومية استعادت"),
    "D9": ("claims", "span", "مع انسحاب قوات النظام منها"),
    "D10": ("claims", "attribute", "تقود الهجوم هيئة تحرير الشام"),
    "D11": ("claims", "span", "استهدفت غارات مماثلة مخيما"),
    "D12": ("claims", "span", "17 سقطوا الأحد"),
    "D13": ("numbers", "attribute", "عشرات"),
}


def test_seed_passes_give_exactly_the_recorded_disagreements():
    doc = read_json(REPO / "corpus" / "documents" / f"{SEED}.json")
    a, b = (read_json(REPO / "annotations" / "passes" / SEED / f"{x}.json") for x in "AB")
    found = [(d.layer, d.type, d.text) for d in compare_passes(doc, a, b).disagreements]
    matched = {row: [f for f in found if f[:2] == want[:2] and f[2].startswith(want[2])]
               for row, want in SEED_TABLE.items()}
    assert all(len(m) == 1 for m in matched.values()), matched
    assert len(found) == len(SEED_TABLE)  # and nothing the table does not record
    guidelines = (REPO / "annotations" / "GUIDELINES.md").read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| (D\d+) \|", guidelines, re.M))
    assert rows == {f"D{i}" for i in range(1, 14)}


def test_seed_decisions_are_recorded_for_every_disagreement():
    record = read_json(REPO / "annotations" / "passes" / SEED / "adjudication" / "disagreements.json")
    assert record["passes"] == ["A", "B"]
    assert all(d["decision"] in ("A", "B") and re.match(r"D\d+: ", d["reason"]) for d in record["disagreements"])


def test_seed_adjudication_script_reproduces_the_gold(tmp_path):
    """The script (a thin use of the library) writes the committed gold byte for byte."""
    import shutil

    for sub in ("corpus/documents", "annotations/passes", "src"):
        shutil.copytree(REPO / sub, tmp_path / sub)
    gold = REPO / "annotations" / f"{SEED}.json"
    env = {"PYTHONPATH": str(tmp_path / "src"), "PATH": "/usr/bin:/bin"}
    script = tmp_path / "annotations" / "passes" / SEED / "adjudicate.py"
    run = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "annotations" / f"{SEED}.json").read_bytes() == gold.read_bytes()
    # A second run refuses to overwrite the (now non-empty) gold.
    run = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True)
    assert run.returncode == 1 and "pass --force" in run.stderr


def test_seed_pass_scripts_use_repository_paths(tmp_path):
    import shutil

    for sub in ("corpus/raw", "annotations/passes"):
        shutil.copytree(REPO / sub, tmp_path / sub)
    for name in ("A", "B"):
        target = tmp_path / "annotations" / "passes" / SEED / f"{name}.json"
        target.unlink()
        run = subprocess.run([sys.executable, str(target.parent / f"make_{name}.py")], capture_output=True,
                             text=True, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        assert target.read_bytes() == (REPO / "annotations" / "passes" / SEED / f"{name}.json").read_bytes()
