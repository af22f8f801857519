"""Third-party text is never committed: no tracked file holds a run of 8 or more consecutive words
of any source in corpus/sources.json (short covered strings of entity and number spans are fine)."""
from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest

from khabar.sources.converters import CONVERTERS, source_articles
from khabar.sources.fetch import cached_file
from sourcefix import MANIFEST, REPO

RUN = 8
# Words compared without diacritics, tatweel or punctuation: a copy that differs only in those
# is still a copy.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(_MARKS.sub("", unicodedata.normalize("NFC", text)))


def shingles(sequence: list[str]) -> set[tuple[str, ...]]:
    return {tuple(sequence[i:i + RUN]) for i in range(len(sequence) - RUN + 1)}


def _source_runs(source) -> set[tuple[str, ...]]:
    """Every run of RUN words of every text file of the source, each line or sentence whole, and
    of the converted articles where the source has a corpus converter."""
    out: set[tuple[str, ...]] = set()
    for f in source.files:
        text = cached_file(REPO, MANIFEST, source.name, f.name).read_text(encoding="utf-8")
        if f.name.endswith(".tsv") or source.converter == "wojood-iob2":
            # one token per line (the first column); blank lines end sentences or lines
            seq: list[str] = []
            for line in text.split("\n") + [""]:
                token = line.split("\t")[0].split(" ")[0].strip()
                if token and token != "#":
                    seq += words(token)
                elif seq:
                    out |= shingles(seq)
                    seq = []
        else:
            for line in text.split("\n"):
                out |= shingles(words(line))
    if CONVERTERS[source.converter].articles is not None:
        for article in source_articles(REPO, MANIFEST, source.name).values():
            for par in (article.title, *article.paragraphs):
                out |= shingles(words(par))
    return out


@pytest.fixture(scope="module")
def source_runs() -> dict[str, set[tuple[str, ...]]]:
    return {s.name: _source_runs(s) for s in MANIFEST.sources}


def tracked_texts() -> list[tuple[str, str]]:
    names = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    out = []
    for name in names.decode("utf-8").split("\0"):
        path = REPO / name
        if not name or not path.is_file():
            continue
        try:
            out.append((name, path.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            continue  # images and parquet: no text to copy
    return out


def copied_runs(text: str, runs: set[tuple[str, ...]]) -> list[str]:
    seq = words(text)
    return [" ".join(seq[i:i + RUN]) for i in range(len(seq) - RUN + 1) if tuple(seq[i:i + RUN]) in runs]


def test_every_source_has_runs_to_compare(source_runs):
    assert sorted(source_runs) == sorted(s.name for s in MANIFEST.sources)
    assert all(len(runs) > 1000 for runs in source_runs.values()), {k: len(v) for k, v in source_runs.items()}


def test_no_tracked_file_holds_eight_words_of_a_source(source_runs):
    found = []
    for name, text in tracked_texts():
        for source, runs in source_runs.items():
            hits = copied_runs(text, runs)
            if hits:
                found.append(f"{name}: {len(hits)} run(s) of {RUN} words of {source}")
    assert found == []


def test_the_check_finds_a_copied_run_and_only_that(source_runs):
    """The detector itself: a run of 8 words from a source is found in any spelling of it (with
    diacritics, other punctuation); 7 words are not."""
    run = next(iter(sorted(source_runs["arwikinews"])))
    assert copied_runs("مقدمة: " + "، ".join(run) + ".", source_runs["arwikinews"]) == [" ".join(run)]
    with_marks = " ".join(w[0] + "\u064e" + w[1:] for w in run)
    assert copied_runs(with_marks, source_runs["arwikinews"]) == [" ".join(run)]
    assert copied_runs(" ".join(run[:7]), source_runs["arwikinews"]) == []
    wojood = next(iter(sorted(source_runs["wojood-sample"])))
    assert copied_runs(" ".join(wojood), source_runs["wojood-sample"]) == [" ".join(wojood)]
