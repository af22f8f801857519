"""Corpus commands: `validate`, `add`, `schema`, `stats`, `splits`."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from khabar.cli.common import layout_of, require_valid
from khabar.cli.progress import bars


def _explain(code: str) -> int:
    from khabar.model.errors import CODES, KhabarError, explain

    if code == "list":
        for name, entry in CODES.items():
            print(f"{name:28} {entry.severity:8} {entry.explanation}")
        return 0
    text = explain(code)
    if text is None:
        raise KhabarError(f"unknown code {code!r}; `khabar validate --explain list` lists them", "usage")
    print(text)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from khabar.model.errors import ERROR
    from khabar.validate.core import expand_paths, summary, validate_corpus, validate_files

    if args.explain:
        return _explain(args.explain)
    layout = layout_of(args)
    if args.paths:
        # A missing path is reported by validate_files as file-missing.
        problems = validate_files(layout, expand_paths(Path(p) for p in args.paths))
    else:
        with bars() as progress:
            problems = validate_corpus(layout, progress=progress)
    errors = sum(p.severity == ERROR for p in problems)
    if args.format == "json":
        report = json.dumps({"problems": [p.to_dict() for p in problems], "errors": errors,
                             "warnings": len(problems) - errors}, ensure_ascii=False, indent=2)
        # An unpaired surrogate (from a file name or a JSON escape) stays a JSON \\u escape.
        print(report.encode("utf-8", "backslashreplace").decode("utf-8"))
    else:
        for p in problems:
            print(p.format())
        for line in summary(problems):
            print(line)
        print(f"{errors} error(s), {len(problems) - errors} warning(s)")
    return 1 if errors else 0


def cmd_add(args: argparse.Namespace) -> int:
    from khabar.corpus.documents import add_article, recover_adds
    from khabar.model.errors import KhabarError

    layout = layout_of(args)
    if args.path is None:
        if not args.recover:
            raise KhabarError("expected the path of a raw article (or --recover)", "usage")
        for note in recover_adds(layout) or ["nothing to recover"]:
            print(note)
        return 0
    result = add_article(layout, Path(args.path), args.id, normalize=args.normalize,
                         agency=args.agency, source_note=args.source_note,
                         date_order=args.date_order, published=args.published,
                         licence=args.license, attribution=args.attribution)
    doc = result.document
    for note in result.notes:
        print(f"note: {note}")
    print(f"added {doc['id']}: {len(doc['paragraphs'])} paragraphs, {len(doc['text'])} characters, "
          f"published {doc['published']}, licence {doc['source']['license'] or 'unknown'}")
    print(f"  {layout.document(doc['id']).relative_to(layout.root)}")
    print(f"  {layout.annotation(doc['id']).relative_to(layout.root)} (empty, to annotate)")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from khabar.model.schemas import stale_schemas, write_schemas

    layout = layout_of(args)
    stale = stale_schemas(layout.root)
    if stale and args.write:
        for path in write_schemas(layout.root, stale):
            print(f"wrote {path.relative_to(layout.root)}")
        return 0
    for path in stale:
        print(f"{path.relative_to(layout.root)}: out of date; run `khabar schema --write`")
    if not stale:
        print("schemas are up to date")
    return 1 if stale else 0


def cmd_stats(args: argparse.Namespace) -> int:
    from khabar.corpus.stats import stats_markdown

    print(stats_markdown(layout_of(args)), end="")
    return 0


def cmd_splits(args: argparse.Namespace) -> int:
    from khabar.corpus.splits import check_splits, update_splits

    layout = layout_of(args)
    if args.check:
        path, missing = check_splits(layout)
        for doc_id in missing:
            print(f"{path.relative_to(layout.root)}: no split for document {doc_id!r}")
        if missing:
            print("run `khabar splits` to assign them")
            return 1
        print(f"every document has a split ({path.relative_to(layout.root)})")
        return 0
    require_valid(layout)
    path, counts = update_splits(layout)
    if counts is None:
        print(f"{path.relative_to(layout.root)} is up to date: every document has a split")
        return 0
    print(f"wrote {path.relative_to(layout.root)}: {sum(counts.values())} new unit(s) "
          + ", ".join(f"{s} {n}" for s, n in counts.items()))
    return 0


def register(command) -> None:
    p = command("validate", cmd_validate, "check documents and annotations (schema + semantics)")
    p.add_argument("paths", nargs="*", help="files or folders (default: the whole corpus)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--explain", metavar="CODE", help="print what a problem code means (`list`: every code), and exit")

    p = command("add", cmd_add, "ingest a raw article and create its empty annotation file")
    p.add_argument("path", nargs="?",
                   help="raw article: dateline line, then one paragraph per line (UTF-8)")
    p.add_argument("--id", help="document id (default: the file name without extension)")
    p.add_argument("--normalize", action="store_true", help="store the NFC form of non-NFC text")
    p.add_argument("--agency", help="wire agency the text credits (e.g. AFP)")
    p.add_argument("--source-note", help="what is known of the source, and how")
    p.add_argument("--date-order", choices=("mdy", "dmy"), default="mdy",
                   help="how to read a slash dateline: month first (12/2/2024 is 2 December, the "
                        "default) or day first (2/12/2024); ISO datelines (2024-12-02 09:50) need neither")
    p.add_argument("--published", metavar="ISO",
                   help="publication date or datetime of an article without a dateline line")
    p.add_argument("--recover", action="store_true",
                   help="complete or undo an interrupted add, then add PATH if given")
    p.add_argument("--license", metavar="ID", default="unknown",
                   help="licence of the text: an SPDX identifier (CC-BY-4.0, CC-BY-SA-4.0, ...) or unknown "
                        "(the default); `khabar build --open-only` releases openly licensed text only")
    p.add_argument("--attribution", metavar="TEXT",
                   help="the credit the licence asks for (author, outlet); required with CC BY licences")

    p = command("schema", cmd_schema, "check (or --write) schema/*.json against the label inventories")
    p.add_argument("--write", action="store_true", help="rewrite stale schema files")

    command("stats", cmd_stats, "counts per layer and label, per document and in total (Markdown)")

    p = command("splits", cmd_splits,
                "assign new documents to train/validation/test in corpus/splits.json (never moves a unit)")
    p.add_argument("--check", action="store_true", help="only report unassigned documents (exit 1 if any)")
