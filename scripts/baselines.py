#!/usr/bin/env python3
"""Build the release and score both baselines on its test split: the README's baseline table.

    .venv/bin/python scripts/baselines.py [--release DIR] [--out FILE] [--split test]

Without --release, builds the corpus into a temporary folder first (`khabar build --out TMP`).
Prints the Markdown table (and writes it to --out); the same corpus gives the same table.
"""
from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

import numpy as np

from khabar.corpus.layout import Layout
from khabar.evaluate.benchmark import cell, over_what, run
from khabar.io import atomic_write_text

REPO = Path(__file__).resolve().parent.parent

BASELINES = ("baseline:gazetteer", "baseline:crf")
SCHEMES = ("wojood", "conll")


def domains() -> dict[str, str]:
    """Each corpus document's domain (the seed, which has none, is its own group)."""
    from khabar.corpus.documents import document_domains

    return document_domains(Layout(REPO))


def by_domain(results: list[tuple[str, dict]], split: str) -> str:
    """Strict micro F1 of each model per domain of the split's documents, from the results'
    per-row statistics (no interval: two test documents per domain are too few to give one)."""
    from khabar.evaluate.score import micro_f1

    of = domains()
    groups: dict[str, dict[str, np.ndarray]] = {}
    docs: dict[str, set[str]] = {}
    gold: dict[str, int] = {}
    for spec, res in results:
        ids, stats = res["per_row"]["ids"], np.array(res["per_row"]["stats"]["strict"])
        for row_id, st in zip(ids, stats, strict=True):
            doc = row_id.split("#")[0]
            d = of.get(doc, "?")
            groups.setdefault(d, {}).setdefault(spec, np.zeros(4))
            groups[d][spec] += st
            docs.setdefault(d, set()).add(doc)
    lines = ["| domain | documents | gold | " + " | ".join(f"`{s}` strict F1" for s, _ in results) + " |",
             "|---|---:|---:|" + "---:|" * len(results)]
    for d in sorted(groups):
        first = groups[d][results[0][0]]
        gold[d] = int(first[3])
        lines.append(f"| {d} | {len(docs[d])} | {gold[d]} | "
                     + " | ".join(f"{100 * float(micro_f1(groups[d][s])):.1f}" for s, _ in results) + " |")
    return "\n".join(lines) + "\n"


def table(release: Path, split: str) -> str:
    lines = ["| model | scheme | sentences | gold | strict P | strict R | strict F1 | clitic-tolerant F1 | "
             "partial F1 | token F1 (seqeval) |", "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    digest, over = "", ""
    wojood: list[tuple[str, dict]] = []
    for scheme in SCHEMES:
        for spec in BASELINES:
            res = run(spec, release, split, scheme)
            if scheme == "wojood":
                wojood.append((spec, res))
            digest = res["dataset"]["content_sha256"]
            over = over_what(res["bootstrap"], res["dataset"]["rows"])
            span, ds = res["figures"]["span"], res["dataset"]
            s = span["strict"]["micro"]
            lines.append(f"| `{spec}` | {scheme} | {ds['rows']} | {ds['gold_mentions']} | {cell(s['precision'])} | "
                         f"{cell(s['recall'])} | {cell(s['f1'])} | {cell(span['clitic']['micro']['f1'])} | "
                         f"{cell(span['partial']['micro']['f1'])} | "
                         f"{cell(res['figures']['token_seqeval_strict']['micro']['f1'])} |")
    lines += ["", f"Split `{split}`, outermost layer, micro-averaged, % with 95% bootstrap intervals over "
              f"the {over} (1000 resamples, seed 0; a document is drawn with all its sentences); release "
              f"content SHA-256 `{digest[:16]}…`.",
              "", f"By domain (split `{split}`, wojood scheme, outermost layer, strict micro F1 in %):", "",
              by_domain(wojood, split).rstrip("\n")]
    return "\n".join(lines) + "\n"


def release_folder(release: str | None):
    """The given release, or a fresh build in a temporary folder (importing the build code, and
    with it `datasets`, only then)."""
    if release:
        return contextlib.nullcontext(Path(release))
    from khabar.release.build import release_or_build

    return release_or_build(None, Layout(REPO))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--release", help="a built release (default: build one in a temporary folder)")
    ap.add_argument("--split", default="test")
    ap.add_argument("--out", help="also write the table to this file")
    args = ap.parse_args(argv)
    with release_folder(args.release) as release:
        text = table(release, args.split)
    print(text, end="")
    if args.out:
        atomic_write_text(Path(args.out), text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
