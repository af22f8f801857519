"""`khabar adjudicate`: draft of agreement, disagreements, decisions; and the seed's adjudication."""
from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TEXT, at, span, valid_annotation
from khabar.annotate.adjudicate import compare_passes, excerpt, renumber
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
    # How each pass was made, as its own provenance says; the gold names both.
    a["provenance"] = [{"step": "pass", "agent": "annotator a1", "source": "annotations/suggestions/doc1.json",
                        "note": "Pass A."}]
    b["provenance"] = [{"step": "pass", "agent": "annotator b1", "source": None, "note": "Pass B."}]
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
    assert gold["provenance"][:2] == [
        {"step": "pass", "agent": "pass A: annotator a1", "source": "annotations/passes/doc1/A.json",
         "note": "Pass A. (started from annotations/suggestions/doc1.json)"},
        {"step": "pass", "agent": "pass B: annotator b1", "source": "annotations/passes/doc1/B.json",
         "note": "Pass B. (started from the raw text)"}]
    assert main(["--root", str(project.root), "validate"]) == 0


def test_invalid_pass_is_one_clear_error(project, capsys):
    a = valid_annotation(read_json(project.document("doc1")))
    b = copy.deepcopy(a)
    del b["entities"][0]["label"]
    passes = _passes(project, a, b)
    assert main(["--root", str(project.root), "adjudicate", "doc1", "--passes", *passes]) == 2
    err = capsys.readouterr().err
    assert "B.json:$.entities[0]: [schema-required]" in err and "Traceback" not in err
    # Agreement validates the passes first (it used to raise KeyError: 'label').
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


# ---------------------------------------------------------------- decisions that mix the passes

# Synthetic sentences for these tests only.
MIX_RAW = ("12/2/2024 9:50:00 AM\n"
           "قال المرصد السوري إن 412 قتيلا سقطوا في حلب، بينهم 61 مدنيا.\n"
           "وأعلن الدفاع المدني أن أكثر من خمسين جريحا نقلوا إلى إدلب.\n"
           "وتسيطر الفصائل على المدينة منذ الأحد.")


def _mix_project(tmp_path):
    from khabar.corpus.documents import make_document
    from khabar.corpus.layout import Layout

    layout = Layout(tmp_path)
    layout.raw_dir.mkdir(parents=True)
    layout.raw("mix").write_text(MIX_RAW, encoding="utf-8")
    doc = make_document(MIX_RAW, "mix", "corpus/raw/mix.txt")
    write_json(layout.document("mix"), doc)
    return layout, doc


def _mix_passes(doc: dict) -> tuple[dict, dict]:
    """Two passes, ids in text order, that differ in one item of each kind: an entity's span (the
    claimant of c1), an entity's label, a number's span (in c1 and the relation), a number's
    attributes, a claim's cue, a claim's claimant; the claim c1 and the relation differ only
    through what they refer to."""
    text = doc["text"]

    def sp(sub: str) -> dict:
        s = text.index(sub)
        return {"start": s, "end": s + len(sub), "text": sub}

    def num(i, sub, value, counted, **kw):
        return {"id": i, **sp(sub), "value": value, "kind": "cardinal", "qualifier": "exact",
                "qualifier_span": None, "counted": sp(counted), **kw}

    def claim(i, sub, claimant, cue, kind, numbers):
        return {"id": i, **sp(sub), "claimant": claimant, "cue": cue and sp(cue), "kind": kind,
                "check_worthy": True, "numbers": numbers}

    a = {"schema_version": "1.0.0", "document_id": doc["id"], "text_sha256": doc["text_sha256"],
         "entities": [{"id": "e1", **sp("المرصد السوري"), "label": "ORG"},
                      {"id": "e2", **sp("حلب"), "label": "GPE"},
                      {"id": "e3", **sp("الدفاع المدني"), "label": "ORG"},
                      {"id": "e4", **sp("إدلب"), "label": "GPE"}],
         "numbers": [num("n1", "412", 412, "قتيلا"), num("n2", "61", 61, "مدنيا"),
                     num("n3", "خمسين", 50, "جريحا", qualifier="more_than", qualifier_span=sp("أكثر من"))],
         "claims": [claim("c1", "412 قتيلا سقطوا في حلب، بينهم 61 مدنيا", "e1", "قال", "statistic", ["n1", "n2"]),
                    claim("c2", "أكثر من خمسين جريحا نقلوا إلى إدلب", "e3", "أعلن", "statistic", ["n3"]),
                    claim("c3", "تسيطر الفصائل على المدينة منذ الأحد", "author", None, "state", [])],
         "relations": [{"id": "r1", "type": "includes", "total": "n1", "parts": ["n2"]}]}
    b = copy.deepcopy(a)
    b["entities"][0].update(sp("المرصد"))                                  # span (c1's claimant)
    b["entities"][1]["label"] = "LOC"                                      # label
    b["numbers"][0].update(sp("412 قتيلا"))                                # span (in c1 and r1)
    b["numbers"][2].update(qualifier="exact", qualifier_span=None)         # attributes
    b["claims"][1]["cue"] = None                                           # cue
    b["claims"][2]["claimant"] = "e3"                                      # claimant
    return a, b


LAYER_KEYS = ("entities", "numbers", "claims", "relations")


def _layers(ann: dict) -> dict:
    return {k: ann[k] for k in LAYER_KEYS}


def _decide(record: dict, rule: dict) -> None:
    """Fill every decision: rule[(layer, type)], or for a relation rule['relations'][side it is on]."""
    for d in record["disagreements"]:
        if d["layer"] == "relations":
            d["decision"] = rule["relations"]["a" if d["a"] else "b"]
        else:
            d["decision"] = rule[(d["layer"], d["type"])]
        d["reason"] = "test"


def _rule(entities_span, entities_label, numbers_span, numbers_attr, claims, rel_a, rel_b) -> dict:
    return {("entities", "span"): entities_span, ("entities", "label"): entities_label,
            ("numbers", "span"): numbers_span, ("numbers", "attribute"): numbers_attr,
            ("claims", "claimant"): claims, ("claims", "attribute"): claims,
            "relations": {"a": rel_a, "b": rel_b}}


def _expected(which: str, a: dict, b: dict) -> dict:
    """The gold each decision table must give, built by hand from the passes."""
    if which == "A":
        return _layers(a)
    if which == "B":
        return _layers(b)
    if which == "B, claims and relation A":
        # c1 and r1 of A refer to A's «المرصد السوري» and «412», replaced by B's: they become B's c1 and r1.
        return {**_layers(b), "claims": [b["claims"][0], a["claims"][1], a["claims"][2]]}
    if which == "A, claims and relation B":
        return {**_layers(a), "claims": [a["claims"][0], b["claims"][1], b["claims"][2]]}
    # mixed within layers: A's claimant span and number attributes, B's label and number span;
    # both relations decided in, which are one relation once r1 of A is moved onto B's «412 قتيلا».
    out = copy.deepcopy(_layers(b))
    out["entities"][0], out["numbers"][2] = a["entities"][0], a["numbers"][2]
    return out


ROUND_TRIPS = {
    "A": _rule("A", "A", "A", "A", "A", "A", "A"),
    "B": _rule("B", "B", "B", "B", "B", "B", "B"),
    "B, claims and relation A": _rule("B", "B", "B", "B", "A", "A", "neither"),
    "A, claims and relation B": _rule("A", "A", "A", "A", "B", "neither", "B"),
    "mixed within layers": _rule("A", "B", "B", "A", "B", "A", "B"),
}


@pytest.mark.parametrize("which", list(ROUND_TRIPS))
def test_round_trip_carries_every_layer_relation_and_link(tmp_path, which, capsys):
    """Draft -> decisions -> gold keeps every decided item and every link, the
    references of an item taken from one pass moved onto the other pass's item where the
    decisions took that; the gold validates without a problem, warnings included."""
    from khabar.validate.core import annotation_problems

    layout, doc = _mix_project(tmp_path)
    a, b = _mix_passes(doc)
    assert annotation_problems(a, doc, "A") == [] and annotation_problems(b, doc, "B") == []
    passes = _passes_of(layout, "mix", a, b)
    root = ["--root", str(layout.root)]
    assert main([*root, "adjudicate", "mix", "--passes", *passes]) == 0
    folder = layout.passes("mix") / "adjudication"
    record = read_json(folder / "disagreements.json")
    assert sorted((d["layer"], d["type"]) for d in record["disagreements"]) == [
        ("claims", "attribute"), ("claims", "claimant"), ("claims", "claimant"), ("entities", "label"),
        ("entities", "span"), ("numbers", "attribute"), ("numbers", "span"), ("relations", "relation"),
        ("relations", "relation")]
    _decide(record, ROUND_TRIPS[which])
    write_json(folder / "disagreements.json", record)
    capsys.readouterr()
    assert main([*root, "adjudicate", "mix", "--passes", *passes, "--apply"]) == 0, capsys.readouterr().err
    gold = read_json(layout.annotation("mix"))
    assert _layers(gold) == _expected(which, a, b)
    assert annotation_problems(gold, doc, "gold") == []


def _passes_of(layout, doc_id: str, a: dict, b: dict) -> list[str]:
    write_json(layout.passes(doc_id) / "A.json", a)
    write_json(layout.passes(doc_id) / "B.json", b)
    return [str(layout.passes(doc_id) / "A.json"), str(layout.passes(doc_id) / "B.json")]


def _adjudicated_mix(tmp_path: Path):
    """The mixed-passes project adjudicated once: layout, document, the two passes, their paths,
    the --root arguments, the adjudication folder and its disagreements.json."""
    layout, doc = _mix_project(tmp_path)
    a, b = _mix_passes(doc)
    passes = _passes_of(layout, "mix", a, b)
    root = ["--root", str(layout.root)]
    assert main([*root, "adjudicate", "mix", "--passes", *passes]) == 0
    folder = layout.passes("mix") / "adjudication"
    return layout, doc, (a, b), passes, root, folder, read_json(folder / "disagreements.json")


@pytest.mark.parametrize("left_out, refers", [
    ("numbers", "the number «412» of pass A, which {d} (decided neither) leaves it out"),
    ("entities", "the entity «المرصد السوري» of pass A, which {d} (decided neither) leaves it out"),
])
def test_a_reference_to_an_item_left_out_is_refused_naming_both_decisions(tmp_path, capsys, left_out, refers):
    """A decided claim (and relation) whose number or claimant the decisions leave out is one
    error naming both disagreements; nothing is written."""
    layout, doc, (a, b), passes, root, folder, record = _adjudicated_mix(tmp_path)
    _decide(record, _rule("A", "A", "A", "A", "A", "A", "A"))
    [gone] = [d for d in record["disagreements"] if (d["layer"], d["type"]) == (left_out, "span")]
    gone["decision"] = "neither"
    [c1] = [d for d in record["disagreements"] if d["layer"] == "claims" and d["text"].startswith("412")]
    write_json(folder / "disagreements.json", record)
    capsys.readouterr()
    assert main([*root, "adjudicate", "mix", "--passes", *passes, "--apply"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and err.rstrip().endswith("[adjudication-reference]")
    assert f"claim «{excerpt(c1['text'])[:30]}…» ({c1['id']}, decided A) refers to " \
           + refers.format(d=gone["id"]) in err
    if left_out == "numbers":  # the relation too
        assert f"relation includes: total «412», parts «61» ({_relation_a(record)}, decided A) refers to " \
               + refers.format(d=gone["id"]) in err
    assert not layout.annotation("mix").exists()


def _relation_a(record: dict) -> str:
    [d] = [d for d in record["disagreements"] if d["layer"] == "relations" and d["a"]]
    return d["id"]


def test_every_decision_both_is_refused_naming_both_items(tmp_path, capsys):
    """`both` everywhere used to write a gold that does not validate (two copies of a number, of
    three claims). The gold is validated first; nothing is written."""
    layout, doc, (a, b), passes, root, folder, record = _adjudicated_mix(tmp_path)
    for d in record["disagreements"]:
        d["decision"] = "both"
    write_json(folder / "disagreements.json", record)
    capsys.readouterr()
    assert main([*root, "adjudicate", "mix", "--passes", *passes, "--apply"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.rstrip().endswith("[adjudication-conflict]")
    ids = {(d["layer"], d["a"][0].get("text") if d["a"] else None): d["id"] for d in record["disagreements"]}
    pairs = re.findall(r"(\w+) «[^»]*» of pass B \((d\d+), decided both\) and \1 «[^»]*» of pass A "
                       r"\((d\d+), decided both\): \[span-duplicate\]", err)
    assert sorted(pairs) == sorted([
        ("number", ids[("numbers", "خمسين")], ids[("numbers", "خمسين")]),
        *(("claim", ids[("claims", c["text"])], ids[("claims", c["text"])]) for c in _mix_passes(doc)[0]["claims"]),
    ])
    assert not layout.annotation("mix").exists()


def test_disagreements_show_words_and_the_differing_values_side_by_side(tmp_path):
    """A claimant in words, not offsets; each differing attribute's two values
    side by side (a claim's numbers used to print two identical lines)."""
    from khabar.annotate.adjudicate import markdown

    _, doc = _mix_project(tmp_path)
    a, b = _mix_passes(doc)
    md = markdown("mix", compare_passes(doc, a, b), ("A", "B"))
    rows = [line for line in md.splitlines() if line.startswith("| ") and not line.startswith("| |")]
    assert rows == [
        "| claimant | ORG «المرصد السوري» | ORG «المرصد» |",
        "| numbers | «412», «61» | «412 قتيلا», «61» |",
        "| label | GPE | LOC |",
        "| cue | «أعلن» | none |",
        "| qualifier | more_than | exact |",
        "| qualifier_span | «أكثر من» | none |",
        "| claimant | author | ORG «الدفاع المدني» |",
    ]
    assert "(4, " not in md  # no span keys
    for block in md.split("\n## ")[1:]:
        sides = [line for line in block.splitlines() if line.startswith(("- A: ", "- B: "))]
        assert sides[0][5:] != sides[1][5:]


def test_same_words_elsewhere_are_told_apart_by_offsets(tmp_path):
    """Two values whose words are the same (a counted noun marked at another occurrence)
    are shown with their offsets, never as two identical values."""
    from khabar.annotate.adjudicate import markdown

    raw = "12/2/2024 9:50:00 AM\nسقط 12 قتيلا أمس و7 قتيلا اليوم."
    from khabar.corpus.documents import make_document

    doc = make_document(raw, "same", "corpus/raw/same.txt")
    text = doc["text"]
    first, second = text.index("قتيلا"), text.index("قتيلا", text.index("قتيلا") + 1)
    s = text.index("12")
    n = {"id": "n1", "start": s, "end": s + 2, "text": "12", "value": 12, "kind": "cardinal", "qualifier": "exact",
         "qualifier_span": None, "counted": {"start": first, "end": first + 5, "text": "قتيلا"}}
    a = {"schema_version": "1.0.0", "document_id": "same", "text_sha256": doc["text_sha256"], "entities": [],
         "numbers": [n], "claims": [], "relations": []}
    b = copy.deepcopy(a)
    b["numbers"][0]["counted"].update(start=second, end=second + 5)
    md = markdown("same", compare_passes(doc, a, b), ("A", "B"))
    assert f"| counted | «قتيلا» [{first}, {first + 5}) | «قتيلا» [{second}, {second + 5}) |" in md.splitlines()


def test_passes_that_differ_only_in_value_override_are_a_disagreement(doc):
    """Every attribute is compared; a `value_override` of pass B was lost (A's number taken as agreed)."""
    a = valid_annotation(doc)
    b = copy.deepcopy(a)
    b["numbers"][2]["value_override"] = "the writer rounds"
    [d] = compare_passes(doc, a, b).disagreements
    assert (d.layer, d.type, d.attribute, d.b) == ("numbers", "attribute", "value_override", [b["numbers"][2]])


def test_two_disagreements_at_one_place_keep_their_own_decisions(tmp_path):
    """The relations of A and of B over the same numbers are two disagreements at one place;
    each keeps its own decision on a rerun and on --apply (one record used to answer both, so a
    relation decided A could take the other's `neither`)."""
    layout, doc, (a, b), passes, root, folder, record = _adjudicated_mix(tmp_path)
    _decide(record, _rule("A", "A", "A", "A", "A", "A", "neither"))
    write_json(folder / "disagreements.json", record)
    assert main([*root, "adjudicate", "mix", "--passes", *passes]) == 0
    again = read_json(folder / "disagreements.json")
    assert [(d["layer"], d["decision"]) for d in again["disagreements"]] == \
        [(d["layer"], d["decision"]) for d in record["disagreements"]]
    assert main([*root, "adjudicate", "mix", "--passes", *passes, "--apply"]) == 0
    assert read_json(layout.annotation("mix"))["relations"] == a["relations"]


def test_seed_disagreements_md_is_what_the_command_writes():
    """The committed list of the seed's disagreements is the command's output with its decisions."""
    from khabar.annotate.adjudicate import carry_decisions, markdown, to_json

    doc = read_json(REPO / "corpus" / "documents" / f"{SEED}.json")
    folder = REPO / "annotations" / "passes" / SEED
    comparison = compare_passes(doc, *(read_json(folder / f"{x}.json") for x in "AB"))
    record = carry_decisions(to_json(SEED, comparison, ("A", "B")), read_json(folder / "adjudication" / "disagreements.json"))
    for d, rec in zip(comparison.disagreements, record["disagreements"], strict=True):
        d.decision, d.reason = rec["decision"], rec["reason"]
    assert markdown(SEED, comparison, ("A", "B")) == \
        (folder / "adjudication" / "disagreements.md").read_text(encoding="utf-8")


def _decisions(record: dict) -> dict:
    """Decision and reason of every disagreement, by what it is about (layer, type, place, sides)."""
    return {(d["layer"], d["type"], d["start"], d["end"], repr(d["a"]), repr(d["b"])): (d["decision"], d["reason"])
            for d in record["disagreements"]}


@pytest.mark.parametrize("which", ["B, claims and relation A", "mixed within layers"])
def test_rerun_with_the_passes_swapped_keeps_every_decision_following_its_pass(tmp_path, which, capsys):
    """`--passes B A` after deciding on `--passes A B` keeps every decision, a
    decision for one pass now named by the other letter, and --apply gives the same gold (the
    decisions used to be carried by place, so A kept meaning the first pass, which is now B)."""
    layout, doc = _mix_project(tmp_path)
    a, b = _mix_passes(doc)
    _passes_of(layout, "mix", a, b)
    root = ["--root", str(layout.root)]
    assert main([*root, "adjudicate", "mix", "--passes", "A", "B"]) == 0
    path = layout.passes("mix") / "adjudication" / "disagreements.json"
    record = read_json(path)
    _decide(record, ROUND_TRIPS[which])
    write_json(path, record)
    assert main([*root, "adjudicate", "mix", "--passes", "B", "A"]) == 0, capsys.readouterr().err
    swapped = read_json(path)
    flip = {"A": "B", "B": "A", "both": "both", "neither": "neither"}
    assert swapped["passes"] == ["B", "A"]
    assert _decisions(swapped) == {(layer, t, s, e, b_, a_): (flip[dec], why) for (layer, t, s, e, a_, b_), (dec, why)
                                   in _decisions(record).items()}
    assert main([*root, "adjudicate", "mix", "--passes", "B", "A", "--apply"]) == 0, capsys.readouterr().err
    assert _layers(read_json(layout.annotation("mix"))) == _expected(which, a, b)


def test_rerun_with_other_passes_keeps_what_still_applies_and_drops_nothing_without_force(tmp_path, capsys):
    """Against a third pass C (B with the label of «حلب» set back to A's, and
    «إدلب» left out), the label decision no longer applies: the rerun names it and writes nothing;
    with --force it is dropped (and said so), every other decision is kept, and the new
    disagreement waits for its decision (a rerun used to rewrite disagreements.json, decisions gone)."""
    layout, doc = _mix_project(tmp_path)
    a, b = _mix_passes(doc)
    _passes_of(layout, "mix", a, b)
    c = copy.deepcopy(b)
    c["entities"][1]["label"] = "GPE"
    c["entities"] = c["entities"][:3]
    write_json(layout.passes("mix") / "C.json", c)
    root = ["--root", str(layout.root)]
    assert main([*root, "adjudicate", "mix", "--passes", "A", "B"]) == 0
    folder = layout.passes("mix") / "adjudication"
    record = read_json(folder / "disagreements.json")
    _decide(record, ROUND_TRIPS["mixed within layers"])
    write_json(folder / "disagreements.json", record)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    capsys.readouterr()

    assert main([*root, "adjudicate", "mix", "--passes", "A", "C"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    [label] = [d for d in record["disagreements"] if d["type"] == "label"]
    assert len(err) == 1 and err[0].endswith("[decision-orphaned]") and "1 decision(s)" in err[0]
    assert f"{label['id']} (¶1 entities label `label` «حلب», decided B, test)" in err[0]
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before

    assert main([*root, "adjudicate", "mix", "--passes", "A", "C", "--force"]) == 0
    out = capsys.readouterr().out
    assert f"dropped decision {label['id']} " in out
    again = read_json(folder / "disagreements.json")
    kept = {k: v for k, v in _decisions(record).items() if k[:2] != ("entities", "label")}
    idlib = at("إدلب", within=doc["text"])
    assert _decisions(again) == {**kept, ("entities", "span", *idlib, repr([a["entities"][3]]), "[]"): (None, None)}


@pytest.mark.parametrize("text, shown", [
    ("قال المرصد", "قال المرصد"),
    ("واحد اثنان ثلاثة أربعة خمسة ستة سبعة", "واحد اثنان ثلاثة أربعة خمسة ستة سبعة"),  # 7 words: whole
    ("واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية", "واحد اثنان ثلاثة … ستة سبعة ثمانية"),
    # words are runs of letters and digits: "(07:00" is two, so this holds 8 and is cut
    ("في الساعة (07:00 ت ع) من صباح", "في الساعة (07:00 … ع) من صباح"),
])
def test_a_long_quotation_is_shown_as_an_excerpt(text, shown):
    # The adjudication files are kept in the project; a source-backed text must not be copied there.
    assert excerpt(text) == shown
