"""Training commands: `train` (a CRF, spaCy NER or spaCy span categorizer, into a model folder)."""
from __future__ import annotations

import argparse
from pathlib import Path

from khabar.cli.common import layout_of
from khabar.cli.progress import bars
from khabar.corpus.layout import DEFAULT_RELEASE
from khabar.model.errors import KhabarError

# Kept here as well as in khabar.evaluate.adapters.trained so that `khabar --help` imports no
# library module; tests/test_train.py checks that the two agree.
FAMILIES = ("crf", "spacy-ner", "spacy-spancat")
TRAIN_SETS = ("khabar", "wojood", "both")


def cmd_train(args: argparse.Namespace) -> int:
    from khabar.evaluate.train import summary, train

    root = None
    try:
        root = layout_of(args).root
    except KhabarError:
        pass  # outside a project: --release and --wojood-train as given
    release = Path(args.release) if args.release else None
    if args.data in ("khabar", "both"):
        release = release or Path(DEFAULT_RELEASE)
        if not release.is_absolute() and not release.exists() and root is not None:
            release = root / release
    elif args.release:
        raise KhabarError("--release names Khabar's release, but --data wojood does not train on it", "usage")
    with bars() as progress:
        record = train(args.family, args.data, Path(args.out), release=release,
                       wojood_train=Path(args.wojood_train) if args.wojood_train else None,
                       wojood_val=Path(args.wojood_val) if args.wojood_val else None, root=root,
                       seed=args.seed, epochs=args.epochs, force=args.force, progress=progress)
    print(summary(record, Path(args.out)), end="")
    return 0


def register(command) -> None:
    p = command("train", cmd_train,
                "train a CRF, spaCy NER or spaCy span-categorizer model on Khabar, Wojood or both")
    p.add_argument("family", choices=FAMILIES,
                   help="crf (outermost layer), spacy-ner (outermost layer) or spacy-spancat (every nesting level)")
    p.add_argument("--data", required=True, choices=TRAIN_SETS,
                   help="khabar: the release's train split; wojood: the Wojood sample's train.txt; both")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="the model folder (absent or empty; an earlier model folder with --force)")
    p.add_argument("--release", help=f"built release folder for --data khabar|both (default: {DEFAULT_RELEASE})")
    p.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    p.add_argument("--epochs", type=int,
                   help="training epochs (CRF: L-BFGS iterations; default: crf 100, spaCy 20)")
    p.add_argument("--wojood-train", metavar="FILE",
                   help="Wojood train file (default: $KHABAR_WOJOOD_TRAIN, else the wojood-sample "
                        "source's train.txt from the cache)")
    p.add_argument("--wojood-val", metavar="FILE",
                   help="Wojood validation file (default: the wojood-sample source's val.txt)")
    p.add_argument("--force", action="store_true", help="replace an earlier model folder `khabar train` wrote")
