"""Evaluation commands: `benchmark`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from khabar.cli.common import layout_of
from khabar.cli.progress import bars
from khabar.corpus.layout import DEFAULT_RELEASE
from khabar.evaluate import MODES, TOKEN
from khabar.evaluate.schemes import SCHEMES
from khabar.model.errors import KhabarError


def _resamples(text: str) -> int:
    """argparse type: a positive bootstrap resample count (0 or -1 would crash the bootstrap)."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, found {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1 resample, found {n}")
    return n


def _outputs(args: argparse.Namespace, root: Path | None) -> None:
    """Check --out and --plot before any work (never overwrite what this command did not write)."""
    from khabar.corpus.layout import check_output
    from khabar.outputs import foreign_file

    for path, kind in ((args.out, "results"), (args.plot, "plot")):
        if path:
            check_output(Path(path), root, is_dir=False, force=args.force, owned=foreign_file(kind))
    if args.plot and Path(args.plot).suffix.lower() != ".png":
        raise KhabarError(f"--plot {args.plot}: expected a .png file name", "usage")


def cmd_benchmark(args: argparse.Namespace) -> int:
    from khabar.evaluate.benchmark import compare, compare_markdown, load_result, markdown, plot, run
    from khabar.evaluate.schemes import get_scheme, mapping_table
    from khabar.io import atomic_write_text, dumps_json

    root = None
    try:
        root = layout_of(args).root
    except KhabarError:
        pass  # outside a project: paths as given, env variables for baseline:crf-wojood
    _outputs(args, root)
    if args.compare:
        c = compare(Path(args.compare[0]), Path(args.compare[1]), args.metric, bootstrap=args.bootstrap)
        print(compare_markdown(c), end="")
        if args.out:
            atomic_write_text(Path(args.out), dumps_json(c))
        if args.plot:
            plot([load_result(Path(p)) for p in args.compare], Path(args.plot), args.metric)
        return 0
    if not args.model:
        raise KhabarError("give --model SPEC (or --compare A.json B.json)", "usage")
    release = Path(args.release)
    if not release.is_absolute() and not release.exists() and root is not None:
        release = root / release
    if args.data and args.split:
        raise KhabarError("--split chooses splits of --release; --data scores every document of its folder",
                          "usage")
    with bars() as progress:
        res = run(args.model, release, args.split or "test", args.scheme, nested=args.nested,
                  resamples=args.resamples, seed=args.seed, bootstrap=args.bootstrap, data=Path(args.data) if args.data else None,
                  root=root, wojood_train=Path(args.wojood_train) if args.wojood_train else None,
                  log=lambda msg: print(msg, file=sys.stderr), progress=progress)
    scheme = get_scheme(args.scheme)
    print(f"Label mapping (Wojood -> {scheme.name}; dropped labels leave gold and predictions):\n")
    print(mapping_table(scheme))
    print(markdown(res), end="")
    if args.out:
        atomic_write_text(Path(args.out), json.dumps(res, ensure_ascii=False, indent=1) + "\n")
    if args.plot:
        plot([res], Path(args.plot), args.metric)
    return 0


def register(command) -> None:
    p = command("benchmark", cmd_benchmark,
                "score an NER model on splits of the built release (P/R/F1 with bootstrap intervals)")
    p.add_argument("--model", metavar="SPEC",
                   help="hf:PATH_OR_ID, spacy:NAME_OR_PATH, predictions:FILE (docs/benchmark.md), "
                        "baseline:gazetteer, baseline:crf, baseline:crf-wojood")
    p.add_argument("--split", help="split(s) of the release to score: a name, a comma-separated list "
                                   "(validation,test) or all (default: test); the built-in baselines "
                                   "that train on train refuse it")
    p.add_argument("--data", metavar="DIR",
                   help="score every document of this folder instead of a release split, e.g. the "
                        "output of `khabar import wojood FILE --out DIR` (one row per sentence)")
    p.add_argument("--wojood-train", metavar="FILE",
                   help="baseline:crf-wojood's training file (default: $KHABAR_WOJOOD_TRAIN, else "
                        "the wojood-sample source's train.txt from the cache: `khabar sources fetch`)")
    p.add_argument("--scheme", default="wojood", choices=sorted(SCHEMES),
                   help="tag set to score in (default: wojood)")
    p.add_argument("--release", default=str(DEFAULT_RELEASE),
                   help="built release folder (default: dist/khabar under the project)")
    p.add_argument("--nested", action="store_true",
                   help="score every nesting level (default: the outermost layer)")
    p.add_argument("--resamples", type=_resamples, default=1000, help="bootstrap resamples, >= 1 (default: 1000)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default: 0)")
    p.add_argument("--bootstrap", default="documents", choices=["documents", "sentences"],
                   help="resample whole documents (a cluster bootstrap: the sentences of one article "
                        "are not independent) or sentences (default: documents; an imported Wojood "
                        "file, whose segments are not articles, always by sentences)")
    p.add_argument("--out", help="write the results (JSON) here")
    p.add_argument("--plot", metavar="FILE.png",
                   help="draw per-type F1 with 95%% bootstrap intervals and gold counts (with --compare: "
                        "both models side by side)")
    p.add_argument("--force", action="store_true", help="overwrite an existing --out or --plot file")
    p.add_argument("--compare", nargs=2, metavar=("A.json", "B.json"),
                   help="paired bootstrap test of two results files instead of scoring")
    p.add_argument("--metric", default="strict", choices=[*MODES, TOKEN],
                   help="metric for --compare and --plot (default: strict)")
