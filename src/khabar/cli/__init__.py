"""`khabar <command>`: argument parsing and printing, over the library; errors are one line.

Each module here registers one family of commands and maps their arguments onto one library
function each, as spaCy's `cli/` does. Library modules are imported inside the command that
needs them, so `khabar --help` never imports datasets, pyarrow or torch.
"""
from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from khabar import __version__
from khabar.cli import annotate, corpus, evaluate, formats, release, sources, train
from khabar.model.errors import KhabarError

# In the order `khabar --help` lists them: the corpus, its sources, formats, annotation, release,
# training, evaluation.
FAMILIES = (corpus, sources, formats, annotate, release, train, evaluate)


class Parser(argparse.ArgumentParser):
    """argparse, with a usage error as one line naming the command (and no usage block above it):
    `khabar export brat: error: unrecognized arguments: --view ner [usage]`."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}; see `{self.prog} --help` [usage]\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="khabar", description="Khabar: build, check and benchmark a span-annotated Arabic news corpus.")
    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    parser.add_argument("--root", help="project folder (default: the nearest one with corpus/)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, fn: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(func=fn)
        return p

    for family in FAMILIES:
        family.register(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # a usage error (exit 2) or --help/--version (0), already printed
        return exc.code if isinstance(exc.code, int) else 0
    try:
        return args.func(args)
    except KhabarError as exc:
        # The code goes last so that the line still opens with the file and place, compiler style.
        code = "" if exc.code == "error" else f" [{exc.code}]"
        print(f"khabar {args.command}: error: {exc}{code}", file=sys.stderr)
        return 2
    except OSError as exc:
        if exc.errno != errno.ENAMETOOLONG:
            raise
        # A path given on the command line (or made from an id) longer than a file name may be.
        shown = str(exc.filename)[:60] + ("..." if len(str(exc.filename)) > 60 else "")
        print(f"khabar {args.command}: error: {shown}: file name too long [file-unreadable]", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
