"""The dataset card (README.md of the release): YAML metadata and body, from `khabar.release.configs.CONFIGS`."""
from __future__ import annotations

from typing import Any

import yaml

from khabar import __version__
from khabar.corpus.splits import SPLITS
from khabar.corpus.stats import markdown as stats_table
from khabar.model.labels import CLAIM_KINDS, ENTITY_LABELS, NUMBER_KINDS, QUALIFIERS, RELATION_TYPES
from khabar.model.spans import Span
from khabar.model.tokens import tokenize
from khabar.release.configs import (
    COARSE_LABELS,
    COARSE_MAP,
    CONFIGS,
    DEFAULT_CONFIG,
    NER_COARSE_TAGS,
    NER_TAGS,
    NESTED_LEVELS,
    field_docs,
    yaml_features,
)
from khabar.release.parquet import split_pattern
from khabar.release.result import BuildResult
from khabar.release.rows import nested_iob2
from khabar.sources.manifest import OPEN_RELEASE_LICENCE

PRETTY_NAME = "Khabar"
HUB_PLACEHOLDER = "ORG/NAME"
PER_DOCUMENT_STATS_MAX = 20  # beyond this, the stats table shows totals only
# The card's example of nesting levels: a synthetic sentence ("the president of Damascus
# University said"), never source text, with an occupation holding an organization holding a city.
NESTING_EXAMPLE = ("قال رئيس جامعة دمشق", (("رئيس جامعة دمشق", "OCC"), ("جامعة دمشق", "ORG"), ("دمشق", "GPE")))


def size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return name
    return "10M<n<100M"


def metadata(result: BuildResult) -> dict[str, Any]:
    """The card's YAML header."""
    meta: dict[str, Any] = {
        "pretty_name": PRETTY_NAME,
        "language": ["ar"],
        "multilinguality": ["monolingual"],
        **({"license": OPEN_RELEASE_LICENCE} if result.open_release else
           {"license": "other", "license_name": "unknown-news-text"}),
    }
    if result.has_datasheet:
        meta["license_link"] = "DATASHEET.md"
    meta |= {
        "task_categories": ["token-classification", "text-classification"],
        "task_ids": ["named-entity-recognition", "fact-checking"],
        "size_categories": [size_category(sum(s.num_examples for s in result.sizes[DEFAULT_CONFIG].values()))],
        "source_datasets": ["original"],
        "tags": ["arabic", "news", "nested-ner", "wojood", "numbers", "claims", "fact-checking"],
        "configs": [
            {"config_name": c, **({"default": True} if c == DEFAULT_CONFIG else {}),
             "data_files": [{"split": s, "path": split_pattern(c, s)} for s in SPLITS]}
            for c in CONFIGS
        ],
        "dataset_info": [
            {"config_name": c, "features": yaml_features(CONFIGS[c][1]),
             "splits": [{"name": s, "num_bytes": result.sizes[c][s].num_bytes,
                         "num_examples": result.sizes[c][s].num_examples} for s in SPLITS],
             "download_size": sum(x.file_bytes for x in result.sizes[c].values()),
             "dataset_size": sum(x.num_bytes for x in result.sizes[c].values())}
            for c in CONFIGS
        ],
    }
    return meta


def _table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(x) for x in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _configs_section(result: BuildResult) -> str:
    rows = [[f"`{c}`" + (" (default)" if c == DEFAULT_CONFIG else ""),
             *(result.sizes[c][s].num_examples for s in SPLITS), desc] for c, (desc, _) in CONFIGS.items()]
    out = [_table(["config", *SPLITS, "what a row is"], rows)]
    for c, (_, spec) in CONFIGS.items():
        out.append(f"\n### `{c}`\n\n" + _table(["field", "type", "description"],
                                               [[f"`{n}`", t, d] for n, t, d in field_docs(spec)]))
    return "".join(out)


def _loading_section(repo_id: str) -> str:
    local = "\n".join(f'{c} = load_dataset("dist/khabar", "{c}")' for c in CONFIGS)
    return f"""From a build folder (`khabar build` writes `dist/khabar/`):

```python
from datasets import load_dataset

{local}
spans["train"].features["entities"][0]["label"].names  # the Wojood types
```

From the Hugging Face Hub:

```python
from datasets import load_dataset

spans = load_dataset("{repo_id}")               # the default config, `spans`
ner = load_dataset("{repo_id}", "ner")
tags = ner["train"].features["ner_tags"].feature.names
for row in ner["test"]:
    print(list(zip(row["tokens"], (tags[t] for t in row["ner_tags"]))))
nested = load_dataset("{repo_id}", "ner_nested")  # ner_tags_1 ... ner_tags_{NESTED_LEVELS}, outermost first
```

Offsets are Unicode code points: in Python `row["text"][e["start"]:e["end"]] == e["text"]` for every
entity `e` of a `spans` row. ClassLabel columns hold integers; `features[...].names` maps them to names.
"""


def _labels_section() -> str:
    coarse = [[f"`{c}`", ", ".join(f"`{w}`" for w in ENTITY_LABELS if COARSE_MAP[w] == c)] for c in COARSE_LABELS]
    coarse.append(["`O` (not tagged)", ", ".join(f"`{w}`" for w in ENTITY_LABELS if COARSE_MAP[w] is None)])
    inv = lambda names: ", ".join(f"{i} `{n}`" for i, n in enumerate(names))  # noqa: E731
    return f"""ClassLabel names, in index order (the single source is `src/khabar/labels.py`):

- entity types (Wojood, 21): {inv(ENTITY_LABELS)}
- number kinds: {inv(NUMBER_KINDS)}
- qualifiers: {inv(QUALIFIERS)}
- claim kinds: {inv(CLAIM_KINDS)}
- relation types: {inv(RELATION_TYPES)}
- `ner` tags: `O`, then `B-`/`I-` of each entity type in the order above ({len(NER_TAGS)} names)
- `ner_coarse` tags: `O`, then `B-`/`I-` of {", ".join(f"`{c}`" for c in COARSE_LABELS)} ({len(NER_COARSE_TAGS)} names)

`ner_coarse` maps the Wojood types to CoNLL-2003 types, drops the spans that map to nothing, then takes
the outermost remaining spans (so a person inside an occupation phrase is still tagged `PER`):

{_table(["CoNLL type", "Wojood types"], coarse)}
{_levels_section()}"""


def _levels_section() -> str:
    """How `ner_nested` lays the nesting levels out, shown on `NESTING_EXAMPLE` as the build tags it."""
    text, entities = NESTING_EXAMPLE
    spans = [Span(text.index(sub), text.index(sub) + len(sub), label) for sub, label in entities]
    tokens = tokenize(text)
    levels, _ = nested_iob2(tokens, spans)
    rows = [[t.text, *(f"`{level[i]}`" for level in levels)] for i, t in enumerate(tokens)]
    return f"""`ner_nested` tags every nesting level, {NESTED_LEVELS} levels in columns `ner_tags_1` ... `ner_tags_{NESTED_LEVELS}`, as Wojood's
files give one IOB2 tag per nesting layer: level 1 holds the outermost entities (the tags of `ner`), level k
the entities whose parent (in `spans`) is at level k - 1 (`depth` k - 1), `O` where a level has none.
Entities of one level never overlap. In the synthetic sentence "{text}" ("the president of
Damascus University said"), an occupation holds an organization that holds a city:

{_table(["token", *(f"`ner_tags_{k}`" for k in range(1, NESTED_LEVELS + 1))], rows)}"""


def _splits_section(result: BuildResult) -> str:
    docs = ", ".join(f"{n} document(s) split by {k}" for k, n in sorted(result.split_units.items()))
    rows = [[s, *(result.split_counts[s][layer] for layer in ("entities", "numbers", "claims", "relations"))]
            for s in SPLITS]
    return f"""Splits come from the frozen manifest `corpus/splits.json` of the repository ({docs}).
{result.split_policy}

{_table(["split", "entities", "numbers", "claims", "relations"], rows)}
While a document is split by paragraph, its paragraphs in different splits share a source article:
the test split is then not independent of the training split at the document level.
"""


def status_section(selection) -> str:
    """Documents of the corpus by annotation status, and which the release took (khabar.corpus.gold)."""
    if selection is None:
        return ""
    lines = [f"Documents by annotation status (the release takes status `{selection.min_status}` and above; "
             "`empty` and `suggested` files are never released):", "",
             "| status | in the corpus | released |", "|---|---:|---:|"]
    taken = selection.released_by_status()
    by_status = selection.statuses()
    for status, n in by_status.items():
        lines.append(f"| {status} | {n} | {taken.get(status, 0)} |")
    lines.append(f"| **all** | {sum(by_status.values())} | {selection.released} |")
    return "\n".join(lines) + "\n"


def _stats_section(result: BuildResult) -> str:
    counts = result.counts
    if len(counts) - 1 > PER_DOCUMENT_STATS_MAX:
        counts = {"total": counts["total"]}
    return stats_table(counts)


def _attribution_lines(result: BuildResult) -> str:
    return "\n".join(f"- **{a['title']}** ({a['upstream']}): licence {a['license']} "
                     f"(<{a['license_url']}>). Attribution: {a['attribution']}" if "name" in a else
                     f"- Documents added with licence {a['license']}. Attribution: {a['attribution']}"
                     for a in result.attributions)


def _source_section(result: BuildResult) -> str:
    src = result.sources
    licences = ", ".join(f"{name}: {n}" for name, n in src.licenses)
    if result.open_release:
        return f"""Every document of this release is openly licensed text ({src.documents} document(s); by
licence: {licences}), released under {OPEN_RELEASE_LICENCE.upper().replace("-", " ", 2)} (the ShareAlike
licence that covers every open source of Khabar). Each document record states its source, locator and
licence. The text comes from:

{_attribution_lines(result)}

Changes made: diacritics removed, running-text spacing restored, and the copies reconciled
(`docs/sources/` in the source repository). The annotations, guidelines, schemas and code are the
Khabar project's, released here under the same licence."""
    if src.licensed:
        listed = f" Openly licensed sources:\n\n{_attribution_lines(result)}\n" if result.attributions else ""
        return f"""Documents by licence of their text: {licences}; each document record states its licence.{listed}

The other documents are third-party news copy of unknown licence (below). Build with `--open-only`
to release only the openly licensed documents under {OPEN_RELEASE_LICENCE}.

""" + _unknown_section(result)
    return _unknown_section(result)


def _unknown_section(result: BuildResult) -> str:
    src = result.sources
    n = src.documents - sum(c for name, c in src.licenses if name != "unknown")
    return f"""The article text is a third party's news copy, not Khabar's. What is known: {n} document(s),
published {(src.first_published or "?")[:10]} to {(src.last_published or "?")[:10]} (from their datelines), crediting the wire agency
{", ".join(sorted(src.agencies))}; each document record says how that is known. What is not known: the publishing
outlet ({src.documents - src.known_outlet} of {n} unknown), the URL, and the licence of the text
({src.documents - src.licensed} of {n} unknown), hence `license: other`. Whether the text may be
redistributed has not been established: use it for research, and ask before republishing it. The
annotations, guidelines, schemas and code are the Khabar project's, under the MIT licence (LICENSE in
the source repository); that licence does not cover the article text."""


def card_markdown(result: BuildResult, repo_id: str | None = None) -> str:
    """The whole README.md of the release folder."""
    meta = yaml.safe_dump(metadata(result), sort_keys=False, allow_unicode=True, width=4096)
    repo = repo_id or HUB_PLACEHOLDER
    datasheet = ("See [DATASHEET.md](DATASHEET.md) for the datasheet (motivation, composition, collection, "
                 "uses, distribution).\n" if result.has_datasheet else "")
    p = result.projection
    pc = result.projection_coarse
    pn = result.projection_nested
    return f"""---
{meta}---

# Khabar (خبر)

Arabic news articles annotated in three layers over one span model (half-open `[start, end)` offsets
in Unicode code points into the NFC text, the covered `text` stored beside them): **entities** (the
21 WojoodNER types, nested), **numbers** (every numeric expression with its normalized value, kind,
qualifier and counted noun, and arithmetic relations between them) and **claims** (checkable
propositions with claimant, attribution cue, kind and check-worthiness). Annotation rules:
[GUIDELINES.md](GUIDELINES.md). JSON Schemas of the source files: [schema/](schema/).
Metadata for ML tools: [croissant.json](croissant.json) (MLCommons Croissant). Built by Khabar {__version__}.
{datasheet}
## Configs

{_configs_section(result)}
## Loading

{_loading_section(repo)}
## Labels

{_labels_section()}
## Splits

{_splits_section(result)}
## Statistics

{status_section(result.selection)}
{_stats_section(result)}
Projection onto tokens (`ner`): tokens are word and punctuation tokens, and a token carrying a proclitic
before an entity takes the entity's tag (the ANERcorp convention). Information is lost where a span edge
is not a token edge: {p.spans} outermost entity span(s), covering {p.tokens} token(s) with characters
outside the entity (`ner_coarse`: {pc.spans} span(s), {pc.tokens} token(s)). `ner` and `ner_coarse` keep the
outermost entities only; `ner_nested` keeps every level up to {NESTED_LEVELS}, where {pn.spans} span(s) of all levels
lose information ({pn.tokens} token(s)), and {pn.deep} entity(ies) nested deeper than level {NESTED_LEVELS} are in no
tag column (every entity, at any depth, is in `spans`).

## Source and licence

{_source_section(result)}

## How it was annotated

Every released document was annotated twice, independently, and adjudicated. The annotators and the
adjudicators are language-model agents working under the written guidelines ([GUIDELINES.md](GUIDELINES.md)):
for each Arabic Wikinews article, pass A started from Khabar's machine suggestion (`khabar suggest`)
and corrected it, pass B started from the raw text, each by a different agent that saw only the
guidelines and the text; a third agent decided every disagreement with a reason and corrected what
both passes got wrong alike. No native-speaker linguist has reviewed the passes or the gold.
Inter-annotator agreement per layer and domain, and how adjudication decided, are in the guidelines
(§6) and [DATASHEET.md](DATASHEET.md).

## Limitations

- Small: {result.sources.documents} document(s). Figures computed on its test split carry wide
  intervals; report them with any score.
- Arabic Wikinews of 2009-2014 in 7 domains and one AFP wire article of 2024: models trained on it will not
  transfer as such to other genres, periods or dialects.
- Machine-made gold: the annotators are language-model agents (above); their errors of judgement
  are bounded by the agreement figures, not removed by them.
- Claims and check-worthiness are judgements under the guidelines; check-worthiness in particular is
  subjective. Numbers are normalized by the annotators where written in words.
- The seed article is split by paragraph, so its test paragraphs share an article with training
  paragraphs; every other document goes whole to one split.

## Citation

```bibtex
@misc{{khabar,
  title  = {{Khabar: a span-annotated Arabic news corpus of entities, numbers and claims}},
  note   = {{Dataset, version {__version__}}}
}}
```
"""
