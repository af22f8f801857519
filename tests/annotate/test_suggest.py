"""`khabar suggest`: three layers, status suggested, never over the gold, nothing learned from the document."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib

from khabar.annotate.models import train_entity_model
from khabar.annotate.suggest import suggest, suggest_claims
from khabar.cli import main
from khabar.io import KhabarError, read_json
from khabar.validate.core import annotation_problems
from releasefix import RAW, make_project

# A tiny synthetic Wojood-format training file (tests only): token and IOB2 tag per line.
WOJOOD = """قال O
المتحدث B-OCC
باسم I-OCC
الجيش I-OCC
إن O
القصف O
طال O
دمشق B-GPE
. O

وأعلنت O
الأمم B-ORG
المتحدة I-ORG
أن O
المساعدات O
وصلت O
إلى O
حلب B-GPE
. O
"""


@pytest.fixture(scope="module")
def two_docs(tmp_path_factory):
    """doc1 (gold) and doc2 (a second gold document with other datelines and one changed word)."""
    root = tmp_path_factory.mktemp("suggest")
    layout = make_project(root)
    make_project(root, "doc2", raw=RAW.replace("12/2/2024", "12/5/2024").replace("سقطوا", "قتلوا"))
    wojood = root / "wojood.txt"
    wojood.write_text(WOJOOD, encoding="utf-8")
    return layout, wojood


def test_leave_one_out_model(two_docs):
    layout, wojood = two_docs
    model = train_entity_model(layout, exclude=["doc2"], wojood_train=wojood, max_iterations=20)
    assert model.trained_on["corpus_documents"] == ["doc1"]
    ann = suggest(layout, "doc2", model)
    assert ann["status"] == "suggested" and ann["provenance"][0]["step"] == "suggestion"
    doc = read_json(layout.document("doc2"))
    assert [p for p in annotation_problems(ann, doc, "s.json") if p.severity == "error"] == []
    # The gazetteer of doc1's gold finds its names in doc2.
    found = {(e["text"], e["label"]) for e in ann["entities"]}
    assert {("المرصد", "ORG"), ("حلب", "GPE"), ("الأمم المتحدة", "ORG")} <= found
    # Numbers: the digits of every paragraph, with their counted nouns.
    gold = read_json(layout.annotation("doc2"))
    assert [(n["text"], n["value"], n["counted"]["text"]) for n in ann["numbers"]] == \
        [(n["text"], n["value"], n["counted"]["text"]) for n in gold["numbers"]]
    # A model that saw the document is refused.
    with pytest.raises(KhabarError, match="trained on this document"):
        suggest(layout, "doc1", model)


def test_claims_from_cues():
    # Synthetic sentence for tests only.
    text = "قال المرصد إن 412 قتيلا سقطوا في حلب. وسيطرت الفصائل على المدينة، وفق المرصد."
    ents = [{"id": "e1", "start": 4, "end": 4 + len("المرصد"), "text": "المرصد", "label": "ORG"},
            {"id": "e2", "start": text.rindex("المرصد"), "end": text.rindex("المرصد") + len("المرصد"),
             "text": "المرصد", "label": "ORG"}]
    nums = [{"id": "n1", "start": text.index("412"), "end": text.index("412") + 3, "kind": "cardinal"}]
    claims = suggest_claims(text, [{"start": 0, "end": len(text)}], ents, nums)
    assert [(c["text"], c["claimant"], c["cue"]["text"], c["kind"], c["numbers"]) for c in claims] == [
        ("412 قتيلا سقطوا في حلب", "e1", "قال", "statistic", ["n1"]),
        ("سيطرت الفصائل على المدينة", "e2", "وفق", "event", []),
    ]


def test_command_writes_beside_the_gold_never_over_it(two_docs, monkeypatch, capsys):
    layout, wojood = two_docs
    monkeypatch.setenv("KHABAR_WOJOOD_TRAIN", str(wojood))
    gold_before = layout.annotation("doc1").read_bytes()
    assert main(["--root", str(layout.root), "suggest", "doc1"]) == 0
    path = layout.annotations_dir / "suggestions" / "doc1.json"
    assert path.is_file() and read_json(path)["status"] == "suggested"
    assert layout.annotation("doc1").read_bytes() == gold_before
    capsys.readouterr()
    assert main(["--root", str(layout.root), "suggest", "doc1"]) == 0       # exists: kept (--force replaces it)
    assert capsys.readouterr().out == f"kept {path}: it exists (--force replaces it)\n"
    assert main(["--root", str(layout.root), "suggest", "doc1", "--out", str(layout.annotation("doc1")),
                 "--force"]) == 2
    assert "refusing to write into or over" in capsys.readouterr().err
    assert layout.annotation("doc1").read_bytes() == gold_before
    # The suggestion is not a corpus file: validation and the build do not see it.
    assert main(["--root", str(layout.root), "validate"]) == 0


# ---------------------------------------------------------------- the `annotate` extra

REPO = Path(__file__).resolve().parents[2]
# Packages of the `bench` extra (and the test tools) that suggestion must not need.
HEAVY = ("torch", "transformers", "tokenizers", "spacy", "seqeval", "matplotlib", "nervaluate", "dask",
         "distributed")
# Run the CLI with some top-level packages hidden from every import finder, as on a machine
# without them: importing one fails and importlib.util.find_spec says it is missing.
WITHOUT = """
import sys
hidden = set(sys.argv[1].split(","))

class Without:
    def __init__(self, inner):
        self.inner = inner

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in hidden or not hasattr(self.inner, "find_spec"):
            return None
        return self.inner.find_spec(name, path, target)

    def __getattr__(self, attr):
        return getattr(self.inner, attr)

sys.meta_path[:] = [Without(f) for f in sys.meta_path]
from khabar.cli import main
raise SystemExit(main(sys.argv[2:]))
"""


def _names(requirements: list[str]) -> list[str]:
    return sorted(re.match(r"[A-Za-z0-9_.\-]+(\[[^]]*\])?", r).group(0).lower() for r in requirements)


def test_annotate_extra_is_the_crf_alone():
    """Before: suggestion's CRF came only with the `bench` extra (torch, transformers, spaCy)."""
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert _names(extras["annotate"]) == ["python-crfsuite", "sklearn-crfsuite"]
    assert "khabar[annotate]" in _names(extras["bench"])
    assert any(n.startswith("khabar[") and "annotate" in n for n in _names(extras["test"]))
    assert not {n.split("[")[0] for n in _names(extras["bench"])} & {"python-crfsuite", "sklearn-crfsuite"}


def _suggest_without(blocked, two_docs, tmp_path) -> subprocess.CompletedProcess:
    layout, wojood = two_docs
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "KHABAR_WOJOOD_TRAIN": str(wojood)}
    return subprocess.run([sys.executable, "-c", WITHOUT, ",".join(blocked), "--root", str(layout.root),
                           "suggest", "doc1", "--out", str(tmp_path / "s.json")],
                          env=env, capture_output=True, text=True, timeout=300)


def test_suggest_runs_with_the_crf_and_pyarabic_only(two_docs, tmp_path):
    run = _suggest_without(HEAVY, two_docs, tmp_path)
    assert (run.returncode, run.stderr) == (0, ""), run.stderr
    assert read_json(tmp_path / "s.json")["status"] == "suggested"


def test_suggest_without_the_crf_names_the_extra_to_install(two_docs, tmp_path):
    """Before: the hint was `pip install 'khabar[bench]'`, which finds nothing (Khabar is not on PyPI)."""
    run = _suggest_without((*HEAVY, "sklearn_crfsuite", "pycrfsuite"), two_docs, tmp_path)
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == ("khabar suggest: error: `khabar suggest` (its entity tagger is a CRF) needs the Python "
                          "package 'sklearn_crfsuite'; install the `annotate` extra from the Khabar clone: "
                          "pip install -e '.[annotate]' [dependency-missing]\n")
    assert not (tmp_path / "s.json").exists()
