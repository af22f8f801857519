#!/usr/bin/env python3
"""Cross-corpus baselines: three models, each scored on Khabar test and on the Wojood sample test.

    .venv/bin/python scripts/cross_corpus.py [--release DIR] [--wojood-test FILE]
                                             [--wojood-train FILE] [--out FILE]

Builds the release into a temporary folder (unless --release), imports the Wojood test file
into another (`khabar import wojood --repair-orphan-i`), then scores baseline:gazetteer and
baseline:crf (trained on Khabar's train split) and baseline:crf-wojood (trained on the Wojood
sample's train file; read from .cache/khabar/ after its first training). Prints the README's
Markdown tables (and writes them to --out); the same inputs give the same bytes.
"""
from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path
from typing import Any

from khabar.corpus.layout import Layout
from khabar.evaluate.adapters.crf import wojood_sample_file, wojood_train_file
from khabar.evaluate.benchmark import SEEN_DEFINITION, cell, over_what, run
from khabar.evaluate.data import rows_from_release
from khabar.formats.wojood import import_wojood
from khabar.io import KhabarError, atomic_write_text
from khabar.model.tokens import tokenize

REPO = Path(__file__).resolve().parent.parent
MODELS = ("baseline:gazetteer", "baseline:crf", "baseline:crf-wojood")


def trained_on(res: dict[str, Any], khabar_train: str) -> str:
    t = res["training"] or {}
    return f"Wojood sample train ({t['file_tokens']:,} tokens)" if "train_file" in t else khabar_train


def khabar_train_size(release: Path) -> str:
    rows = rows_from_release(release, "train")
    return f"Khabar train split ({sum(len(tokenize(r.text)) for r in rows):,} tokens)"


def results(release: Path, wojood_test: Path, wojood_train: Path | None, resamples: int
            ) -> tuple[list[tuple[str, dict[str, Any]]], dict[str, Any]]:
    """(test set name, result) for every model and test set, and the import manifest."""
    log = lambda msg: print(msg, file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "wojood-test"
        manifest = import_wojood(wojood_test, data, repair=True)
        out = []
        for spec in MODELS:
            for name, kw in (("Khabar test", {}), ("Wojood sample test", {"data": data})):
                res = run(spec, release, "test", "wojood", resamples=resamples, root=REPO,
                          wojood_train=wojood_train, log=log, **kw)
                out.append((name, res))
    return out, manifest


def tables(rows: list[tuple[str, dict[str, Any]]], manifest: dict[str, Any], resamples: int,
           khabar_train: str) -> str:
    lines = ["| model | trained on | scored on | sentences | gold | strict F1 | clitic-tolerant F1 |",
             "|---|---|---|---:|---:|---:|---:|"]
    for name, res in rows:
        span, ds = res["figures"]["span"], res["dataset"]
        lines.append(f"| `{res['model']}` | {trained_on(res, khabar_train)} | {name} | {ds['rows']} | "
                     f"{ds['gold_mentions']} | "
                     f"{cell(span['strict']['micro']['f1'])} | {cell(span['clitic']['micro']['f1'])} |")
    lines += ["", "| model | scored on | seen gold | seen strict F1 | seen clitic F1 | unseen gold | "
              "unseen strict F1 | unseen clitic F1 |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    for name, res in rows:
        su = res["figures"]["seen_unseen"]
        st, cl = su["strict"], su["clitic"]
        gold = lambda part, st=st: st.get(part, {}).get("gold", 0)
        f1 = lambda d, part: cell(d[part]["f1"]) if part in d else "–"
        lines.append(f"| `{res['model']}` | {name} | {gold('seen')} | {f1(st, 'seen')} | {f1(cl, 'seen')} | "
                     f"{gold('unseen')} | {f1(st, 'unseen')} | {f1(cl, 'unseen')} |")
    khabar = next(r for n, r in rows if n == "Khabar test")
    khabar_ds = khabar["dataset"]
    wojood = next(r for n, r in rows if n == "Wojood sample test")
    wtrain = next((r["training"] for _, r in rows if r["model"] == "baseline:crf-wojood"), {})
    lines += [
        "",
        f"Micro F1 in %, outermost layer, Wojood tag set, 95% percentile bootstrap intervals "
        f"({resamples} resamples, seed 0) over the {over_what(khabar['bootstrap'], khabar_ds['rows'])} of "
        f"Khabar test (a document is drawn with all its sentences) and over the "
        f"{over_what(wojood['bootstrap'], wojood['dataset']['rows'])} of the Wojood sample test (its `$#$` "
        f"segments join sentences of unrelated texts, so a sentence is the unit). Seen/unseen is relative to each model's own "
        f"training data: {SEEN_DEFINITION}. Khabar test: release content SHA-256 "
        f"`{khabar_ds['content_sha256'][:16]}…`; Wojood sample test: `{manifest['source']['file']}` "
        f"SHA-256 `{manifest['source']['sha256'][:16]}…` ({manifest['counts']['sentences']} sentences, "
        f"{manifest['counts']['tokens']:,} tokens); Wojood train: `{wtrain.get('train_file')}` SHA-256 "
        f"`{str(wtrain.get('train_sha256'))[:16]}…` ({wtrain.get('orphan_i_read_as_b')} orphan I- tag "
        f"read as B-).",
    ]
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
    ap.add_argument("--wojood-test",
                    help="the Wojood test file (default: the wojood-sample source's test.txt from the "
                         "cache; `khabar sources fetch` obtains it)")
    ap.add_argument("--wojood-train", help="baseline:crf-wojood's training file (default: "
                    "$KHABAR_WOJOOD_TRAIN, else the wojood-sample source's train.txt from the cache)")
    ap.add_argument("--resamples", type=int, default=1000)
    ap.add_argument("--out", help="also write the tables to this file")
    args = ap.parse_args(argv)
    try:
        train = Path(args.wojood_train) if args.wojood_train else wojood_train_file(REPO)
        test = Path(args.wojood_test) if args.wojood_test else wojood_sample_file(REPO, "test.txt")
    except KhabarError as exc:
        print(f"cross_corpus: error: {exc}", file=sys.stderr)
        return 2
    args.wojood_test = str(test)
    for need in (test, train):
        if not need.is_file():
            print(f"cross_corpus: error: {need}: file not found (the Wojood sample is needed)", file=sys.stderr)
            return 2
    with release_folder(args.release) as release:
        try:
            rows, manifest = results(release, Path(args.wojood_test), train, args.resamples)
            khabar_train = khabar_train_size(release)
        except KhabarError as exc:
            print(f"cross_corpus: error: {exc}", file=sys.stderr)
            return 2
    text = tables(rows, manifest, args.resamples, khabar_train)
    print(text, end="")
    if args.out:
        atomic_write_text(Path(args.out), text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
