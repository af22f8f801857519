"""Annotation commands: `agreement`."""
from __future__ import annotations

import argparse

from khabar.cli.common import layout_of


def cmd_agreement(args: argparse.Namespace) -> int:
    from khabar.annotate.agreement import compare, markdown

    x, y = args.passes
    pairs = [(x, y)] + ([] if args.no_gold else [(x, "gold"), (y, "gold")])
    print(markdown(compare(layout_of(args), pairs)), end="")
    return 0


def register(command) -> None:
    p = command("agreement", cmd_agreement,
                "inter-annotator agreement between the kept passes (and each pass against the gold)")
    p.add_argument("--passes", nargs=2, default=["A", "B"], metavar=("X", "Y"),
                   help="the two passes to compare (file stems in annotations/passes/<id>/; default A B)")
    p.add_argument("--no-gold", action="store_true", help="compare the two passes only")
