"""Evaluation commands: `benchmark`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from khabar.cli.common import layout_of
from khabar.corpus.layout import DEFAULT_RELEASE
from khabar.evaluate import MODES, TOKEN
from khabar.evaluate.schemes import SCHEMES
from khabar.model.errors import KhabarError


def cmd_benchmark(args: argparse.Namespace) -> int:
    from khabar.evaluate.benchmark import compare, compare_markdown, markdown, run
    from khabar.evaluate.schemes import get_scheme, mapping_table
    from khabar.io import atomic_write_text, dumps_json

    if args.compare:
        c = compare(Path(args.compare[0]), Path(args.compare[1]), args.metric)
        print(compare_markdown(c), end="")
        if args.out:
            atomic_write_text(Path(args.out), dumps_json(c))
        return 0
    if not args.model:
        raise KhabarError("give --model SPEC (or --compare A.json B.json)", "usage")
    release = Path(args.release)
    root = None
    try:
        root = layout_of(args).root
    except KhabarError:
        pass  # outside a project: paths as given, env variables for baseline:crf-wojood
    if not release.is_absolute() and not release.exists() and root is not None:
        release = root / release
    if args.data and args.split:
        raise KhabarError("--split chooses a split of --release; --data scores every document of its folder",
                          "usage")
    res = run(args.model, release, args.split or "test", args.scheme, nested=args.nested,
              resamples=args.resamples, seed=args.seed, data=Path(args.data) if args.data else None,
              root=root, wojood_train=Path(args.wojood_train) if args.wojood_train else None,
              log=lambda msg: print(msg, file=sys.stderr))
    scheme = get_scheme(args.scheme)
    print(f"Label mapping (Wojood -> {scheme.name}; dropped labels leave gold and predictions):\n")
    print(mapping_table(scheme))
    print(markdown(res), end="")
    if args.out:
        atomic_write_text(Path(args.out), json.dumps(res, ensure_ascii=False, indent=1) + "\n")
    return 0


def register(command) -> None:
    p = command("benchmark", cmd_benchmark,
                "score an NER model on a split of the built release (P/R/F1 with bootstrap intervals)")
    p.add_argument("--model", metavar="SPEC",
                   help="hf:PATH_OR_ID, spacy:NAME_OR_PATH, predictions:FILE, baseline:gazetteer, baseline:crf, "
                        "baseline:crf-wojood")
    p.add_argument("--split", help="split of the release to score (default: test)")
    p.add_argument("--data", metavar="DIR",
                   help="score every document of this folder instead of a release split, e.g. the "
                        "output of `khabar import wojood FILE --out DIR` (one row per sentence)")
    p.add_argument("--wojood-train", metavar="FILE",
                   help="baseline:crf-wojood's training file (default: $KHABAR_WOJOOD_TRAIN, else "
                        "external/wojood-sample/train.txt in the project)")
    p.add_argument("--scheme", default="wojood", choices=sorted(SCHEMES),
                   help="tag set to score in (default: wojood)")
    p.add_argument("--release", default=str(DEFAULT_RELEASE),
                   help="built release folder (default: dist/khabar under the project)")
    p.add_argument("--nested", action="store_true",
                   help="score every nesting level (default: the outermost layer)")
    p.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples (default: 1000)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default: 0)")
    p.add_argument("--out", help="write the results (JSON) here")
    p.add_argument("--compare", nargs=2, metavar=("A.json", "B.json"),
                   help="paired bootstrap test of two results files instead of scoring")
    p.add_argument("--metric", default="strict", choices=[*MODES, TOKEN],
                   help="metric for --compare (micro F1; default: strict)")
