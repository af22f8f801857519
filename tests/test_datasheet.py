from __future__ import annotations

import re
from pathlib import Path

import pytest

from khabar.io import KhabarError
from khabar.release.datasheet import current_block, fill, release_counts

REPO = Path(__file__).resolve().parent.parent
SECTIONS = ["Motivation", "Composition", "Collection process", "Preprocessing, cleaning, labeling",
            "Uses", "Distribution", "Maintenance"]
# Questions of Gebru et al. per section (the datasheet answers every one; these are counted).
MIN_QUESTIONS = {"Motivation": 4, "Composition": 16, "Collection process": 10,
                 "Preprocessing, cleaning, labeling": 4, "Uses": 6, "Distribution": 7, "Maintenance": 8}


def test_datasheet_counts_match_the_build(repo_release, repo_build):
    release, built = repo_release, repo_build
    text = (REPO / "DATASHEET.md").read_text(encoding="utf-8")
    # The counts include the documents by status, which only the build knows (khabar.corpus.gold).
    assert current_block(text) == release_counts(release, built.selection), \
        "DATASHEET.md's counts are stale: run `python scripts/refresh.py` (or `khabar datasheet --write`)"
    # The release carries the same datasheet, counts filled from its own files.
    assert (release / "DATASHEET.md").read_text(encoding="utf-8") == text


def test_card_links_the_datasheet(repo_release):
    release = repo_release
    card = (release / "README.md").read_text(encoding="utf-8")
    assert "(DATASHEET.md)" in card


def test_every_section_answers_its_questions():
    text = (REPO / "DATASHEET.md").read_text(encoding="utf-8")
    heads = re.findall(r"^## \d\. (.+)$", text, flags=re.M)
    assert heads == SECTIONS
    bodies = re.split(r"^## \d\. .+$", text, flags=re.M)[1:]
    for head, body in zip(heads, bodies, strict=True):
        questions = re.findall(r"^\*\*([^*]+?\?)\*\*(.*?)(?=\n\n|\Z)", body, flags=re.M | re.S)
        assert len(questions) >= MIN_QUESTIONS[head], head
        for q, answer in questions:
            assert answer.strip(), f"{head}: {q} has no answer"


@pytest.mark.parametrize("text", ["no markers", "<!-- khabar:counts:end --> <!-- khabar:counts:start -->"])
def test_fill_needs_one_block(text):
    with pytest.raises(KhabarError, match="expected one"):
        fill(text, "x\n")


def test_fill_replaces_only_the_block():
    text = "a\n<!-- khabar:counts:start -->\nold\n<!-- khabar:counts:end -->\nb\n"
    assert fill(text, "new\n") == "a\n<!-- khabar:counts:start -->\nnew\n<!-- khabar:counts:end -->\nb\n"
