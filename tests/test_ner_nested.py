"""The `ner_nested` config: one IOB2 tag column per nesting level, its projection's truth table,
and a round trip from the released rows back to the `spans` entities at every depth."""
from __future__ import annotations

import datasets
import pytest

from khabar.corpus.splits import SPLITS
from khabar.model.labels import ENTITY_LABELS
from khabar.model.spans import Span, decode_iob2
from khabar.model.tokens import tokenize
from khabar.release.configs import NER_TAGS, NESTED_LEVELS, features
from khabar.release.rows import Projection, nested_iob2

# The six-deep staircase: each entity holds the next, one token shorter (synthetic letters).
STAIRS = "أ ب ج د ه و"
STAIR_LABELS = ("OCC", "ORG", "ORG", "FAC", "LOC", "GPE")


def _stairs() -> list[tuple[str, str]]:
    words = STAIRS.split()
    return [(" ".join(words[k:]), label) for k, label in enumerate(STAIR_LABELS)]


def _spans(text: str, entities: list[tuple[str, str]]) -> list[Span]:
    """Entities given as (covered string, label); a string that occurs twice is taken at its last
    occurrence (the inner one of the fixtures below)."""
    return [Span(text.rindex(sub), text.rindex(sub) + len(sub), label, id=f"e{i}")
            for i, (sub, label) in enumerate(entities, 1)]


def _padded(levels: list[str]) -> list[list[str]]:
    """Space-separated tags per level, padded with all-O levels up to NESTED_LEVELS."""
    rows = [level.split() for level in levels]
    return rows + [["O"] * len(rows[0])] * (NESTED_LEVELS - len(rows))


@pytest.mark.parametrize("text,entities,levels,lost", [
    pytest.param("قال المتحدث", [], ["O O"], Projection(), id="no entity"),
    pytest.param("زار الوفد دمشق", [("دمشق", "GPE")], ["O O B-GPE"], Projection(), id="one level"),
    pytest.param("قال سفير لبنان لدى فرنسا",
                 [("سفير لبنان لدى فرنسا", "OCC"), ("لبنان", "GPE"), ("فرنسا", "GPE")],
                 ["O B-OCC I-OCC I-OCC I-OCC", "O O B-GPE O B-GPE"], Projection(), id="two levels"),
    pytest.param("قال رئيس جامعة دمشق", [("رئيس جامعة دمشق", "OCC"), ("جامعة دمشق", "ORG"), ("دمشق", "GPE")],
                 ["O B-OCC I-OCC I-OCC", "O O B-ORG I-ORG", "O O O B-GPE"], Projection(), id="three levels"),
    pytest.param(STAIRS, _stairs(),
                 ["B-OCC I-OCC I-OCC I-OCC I-OCC I-OCC", "O B-ORG I-ORG I-ORG I-ORG I-ORG",
                  "O O B-ORG I-ORG I-ORG I-ORG", "O O O B-FAC I-FAC I-FAC", "O O O O B-LOC I-LOC"],
                 Projection(deep=1), id="deeper than the last level"),
    # The inner GPE starts after the proclitic ب of its token: the token takes its tag (ANERcorp).
    pytest.param("التقى سفير لبنان بفرنسا",
                 [("سفير لبنان بفرنسا", "OCC"), ("لبنان", "GPE"), ("فرنسا", "GPE")],
                 ["O B-OCC I-OCC I-OCC", "O O B-GPE B-GPE"], Projection(spans=1, tokens=1),
                 id="inner entity after a proclitic"),
    # The outer entity leaves out a proclitic; the level inside it is exact.
    pytest.param("يعالجون بمستشفى دمشق", [("مستشفى دمشق", "FAC"), ("دمشق", "GPE")],
                 ["O B-FAC I-FAC", "O O B-GPE"], Projection(spans=1, tokens=1), id="outer entity after a proclitic"),
    # Same extent twice: the first annotated is the outer (level 1), the other level 2.
    pytest.param("قال الطبيب", [("الطبيب", "OCC"), ("الطبيب", "PERS")], ["O B-OCC", "O B-PERS"], Projection(),
                 id="same extent"),
])
def test_nested_projection(text, entities, levels, lost):
    assert nested_iob2(tokenize(text), _spans(text, entities)) == (_padded(levels), lost)


def test_same_level_entities_never_overlap():
    """Crossing spans (which validation refuses) would put two overlapping entities on one level:
    the projection refuses to tag them rather than let one silently win."""
    text = "أ ب ج د"
    crossing = [Span(0, len(text), "ORG", id="e1"), Span(0, len("أ ب ج"), "GPE", id="e2"),
                Span(len("أ "), len("أ ب ج د"), "LOC", id="e3")]
    with pytest.raises(AssertionError, match="overlapping spans at depth 1"):
        nested_iob2(tokenize(text), crossing)


def test_the_card_shows_the_levels_on_its_synthetic_example(built_release):
    card = (built_release / "README.md").read_text(encoding="utf-8")
    header = "| token | " + " | ".join(f"`ner_tags_{k}`" for k in range(1, NESTED_LEVELS + 1)) + " |"
    rows = ["| قال | `O` | `O` | `O` | `O` | `O` |", "| رئيس | `B-OCC` | `O` | `O` | `O` | `O` |",
            "| جامعة | `I-OCC` | `B-ORG` | `O` | `O` | `O` |", "| دمشق | `I-OCC` | `I-ORG` | `B-GPE` | `O` | `O` |"]
    assert "\n".join([header, "|" + "---|" * (NESTED_LEVELS + 1), *rows]) in card
    assert "### `ner_nested`" in card


@pytest.fixture(scope="module")
def built_release(synthetic_release):
    return synthetic_release[1]


@pytest.fixture(scope="module")
def repo_rows(repo_release, tmp_path_factory) -> dict[str, datasets.DatasetDict]:
    """The repository release's `ner`, `ner_nested` and `spans` configs, loaded as the README shows."""
    cache = str(tmp_path_factory.mktemp("hf-cache"))
    return {c: datasets.load_dataset(str(repo_release), c, cache_dir=cache) for c in ("ner", "ner_nested", "spans")}


def test_nested_rows_decode_to_the_spans_entities_at_every_depth(repo_rows, repo_build):
    """Every level of every `ner_nested` row, decoded by the one IOB2 decoder, gives back the
    entities of that depth in that sentence; the ones it cannot give back are exactly those the
    build reports (edges that are not token edges, at every level, and entities deeper than the
    last level), counted per sentence as the build counts them."""
    assert repo_rows["ner_nested"]["train"].features == features("ner_nested")
    names = repo_rows["ner_nested"]["train"].features["ner_tags_1"].feature.names
    assert names == NER_TAGS
    # Every entity at document offsets, by document: (start, end, label, depth).
    gold: dict[str, list[tuple[int, int, str, int]]] = {}
    for s in SPLITS:
        for row in repo_rows["spans"][s]:
            gold.setdefault(row["document_id"], []).extend(
                (row["offset"] + e["start"], row["offset"] + e["end"], ENTITY_LABELS[e["label"]], e["depth"])
                for e in row["entities"])
    missed = deep = rows = 0
    widened: list[tuple[tuple, tuple]] = []
    for s in SPLITS:
        ner = {r["id"]: r["ner_tags"] for r in repo_rows["ner"][s]}
        for row in repo_rows["ner_nested"][s]:
            rows += 1
            assert row["ner_tags_1"] == ner[row["id"]]
            lo, hi = row["offset"], row["offset"] + len(row["text"])
            decoded = {(lo + row["token_start"][a], lo + row["token_end"][b - 1], label, level)
                       for level in range(NESTED_LEVELS)
                       for a, b, label in decode_iob2([names[t] for t in row[f"ner_tags_{level + 1}"]])}
            inside = {e for e in gold[row["document_id"]] if e[0] < hi and e[1] > lo}
            deep += sum(e[3] >= NESTED_LEVELS for e in inside)
            wanted = {e for e in inside if e[3] < NESTED_LEVELS}
            missed += len(wanted - decoded)
            # What was decoded but not annotated is a missed entity widened to whole tokens.
            for d in decoded - wanted:
                matches = [e for e in wanted - decoded if e[2:] == d[2:] and e[0] < d[1] and e[1] > d[0]]
                assert len(matches) == 1, (row["id"], d)
                widened.append((d, matches[0]))
    reported = repo_build.projection_nested
    assert (missed, deep) == (reported.spans, reported.deep)
    assert rows == sum(repo_build.sizes["ner_nested"][s].num_examples for s in SPLITS)
    assert len(widened) <= missed and reported.spans > repo_build.projection.spans  # inner levels lose some too


def test_nested_rows_are_the_ner_rows(repo_rows):
    """Same rows, ids, tokens and offsets as `ner`; only the tag columns differ."""
    for s in SPLITS:
        ner, nested = repo_rows["ner"][s], repo_rows["ner_nested"][s]
        shared = [c for c in ner.column_names if c != "ner_tags"]
        assert nested.column_names == [*shared, *(f"ner_tags_{k}" for k in range(1, NESTED_LEVELS + 1))]
        assert nested.select_columns(shared).to_dict() == ner.select_columns(shared).to_dict()
