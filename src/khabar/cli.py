"""`khabar <command>`: a thin layer over the library; errors are one line, never a traceback."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable, Sequence

from khabar import __version__
from khabar.corpus import Layout, add_article, find_root
from khabar.io import KhabarError, dumps_json, read_text, write_json
from khabar.schemas import SCHEMAS, schema_path
from khabar.validate import ERROR, expand_paths, summary, validate_corpus, validate_files


def layout_of(args: argparse.Namespace) -> Layout:
    return Layout(Path(args.root) if args.root else find_root())


def require_valid(layout: Layout) -> None:
    """Refuse to work from an invalid corpus: one line naming the first problem and the count."""
    problems = [p for p in validate_corpus(layout) if p.severity == ERROR]
    if problems:
        raise KhabarError(f"the corpus has {len(problems)} validation error(s), the first: "
                          f"{problems[0].format()}; run `khabar validate`")


def cmd_validate(args: argparse.Namespace) -> int:
    layout = layout_of(args)
    if args.paths:
        missing = [p for p in args.paths if not Path(p).exists()]
        problems = validate_files(layout, expand_paths(Path(p) for p in args.paths))
    else:
        missing, problems = [], validate_corpus(layout)
    del missing  # a missing path is reported by validate_files as file-missing
    errors = sum(p.severity == ERROR for p in problems)
    if args.format == "json":
        print(json.dumps({"problems": [p.to_dict() for p in problems], "errors": errors,
                          "warnings": len(problems) - errors}, ensure_ascii=False, indent=2))
    else:
        for p in problems:
            print(p.format())
        for line in summary(problems):
            print(line)
        print(f"{errors} error(s), {len(problems) - errors} warning(s)")
    return 1 if errors else 0


def cmd_add(args: argparse.Namespace) -> int:
    layout = layout_of(args)
    doc = add_article(layout, Path(args.path), args.id, normalize=args.normalize,
                      agency=args.agency, source_note=args.source_note)
    print(f"added {doc['id']}: {len(doc['paragraphs'])} paragraphs, {len(doc['text'])} characters, "
          f"published {doc['published']}")
    print(f"  {layout.document(doc['id']).relative_to(layout.root)}")
    print(f"  {layout.annotation(doc['id']).relative_to(layout.root)} (empty, to annotate)")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    layout = layout_of(args)
    stale = []
    for name, build in SCHEMAS.items():
        path = schema_path(layout.root, name)
        want = dumps_json(build())
        current = read_text(path) if path.is_file() else None
        if current != want:
            stale.append(path)
            if args.write:
                write_json(path, build())
                print(f"wrote {path.relative_to(layout.root)}")
    if stale and not args.write:
        for path in stale:
            print(f"{path.relative_to(layout.root)}: out of date; run `khabar schema --write`")
        return 1
    if not stale:
        print("schemas are up to date")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="khabar", description=__doc__)
    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    parser.add_argument("--root", help="project folder (default: the nearest one with corpus/)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, fn: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(func=fn)
        return p

    p = command("validate", cmd_validate, "check documents and annotations (schema + semantics)")
    p.add_argument("paths", nargs="*", help="files or folders (default: the whole corpus)")
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = command("add", cmd_add, "ingest a raw article and create its empty annotation file")
    p.add_argument("path", help="raw article: dateline line, then one paragraph per line (UTF-8)")
    p.add_argument("--id", help="document id (default: the file name without extension)")
    p.add_argument("--normalize", action="store_true", help="store the NFC form of non-NFC text")
    p.add_argument("--agency", help="wire agency the text credits (e.g. AFP)")
    p.add_argument("--source-note", help="what is known of the source, and how")

    p = command("schema", cmd_schema, "check (or --write) schema/*.json against the label inventories")
    p.add_argument("--write", action="store_true", help="rewrite stale schema files")

    for register in _extra_commands():
        register(command)
    return parser


def _extra_commands() -> list[Callable]:
    """Commands that live with their own module (export, stats, build, ...)."""
    from khabar import commands

    return commands.REGISTRY


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KhabarError as exc:
        print(f"khabar {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
