"""Annotation commands: `agreement`, `adjudicate`, `suggest`, `view`."""
from __future__ import annotations

import argparse
from pathlib import Path

from khabar.cli.common import layout_of


def cmd_agreement(args: argparse.Namespace) -> int:
    from khabar.annotate.agreement import compare, markdown

    x, y = args.passes
    pairs = [(x, y)] + ([] if args.no_gold else [(x, "gold"), (y, "gold")])
    print(markdown(compare(layout_of(args), pairs, args.doc or None)), end="")
    return 0


def _pass_path(layout, doc_id: str, given: str) -> Path:
    """A pass named by path, or by its stem in annotations/passes/<id>/ ("A" or "A.json")."""
    path = Path(given)
    if path.is_file():
        return path
    kept = layout.passes(doc_id) / (given if given.endswith(".json") else f"{given}.json")
    return kept if kept.is_file() else path


def cmd_adjudicate(args: argparse.Namespace) -> int:
    from khabar.annotate.adjudicate import adjudicate, describe_decision, foreign_files
    from khabar.corpus.layout import check_id, check_output

    layout = layout_of(args)
    passes = [_pass_path(layout, check_id(args.doc_id, "DOC_ID"), p) for p in args.passes]
    if args.out:
        check_output(Path(args.out), layout.root, is_dir=True, marker="disagreements.json", force=args.force,
                     owned=foreign_files)
    result = adjudicate(layout, args.doc_id, passes, Path(args.out) if args.out else None,
                        apply=args.apply, force=args.force)
    if args.apply:
        print(f"wrote {result} (status adjudicated)")
        return 0
    c = result.comparison
    by_type: dict[str, int] = {}
    for d in c.disagreements:
        by_type[d.type] = by_type.get(d.type, 0) + 1
    print(f"{sum(len(v) for v in c.agreed.values())} item(s) agreed; {len(c.disagreements)} disagreement(s)"
          + (" (" + ", ".join(f"{n} {t}" for t, n in sorted(by_type.items())) + ")" if by_type else ""))
    for path in (result.draft, result.markdown, result.json):
        print(f"wrote {path}")
    for r in result.dropped:
        print(f"dropped decision {describe_decision(r)}: no disagreement of these passes matches it (--force)")
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from khabar.annotate.suggest import write_suggestion
    from khabar.corpus.layout import check_output
    from khabar.outputs import foreign_file

    layout = layout_of(args)
    if args.out:
        check_output(Path(args.out), layout.root, is_dir=False, force=args.force,
                     owned=foreign_file("annotation"))
    path, ann = write_suggestion(layout, args.doc_id, Path(args.out) if args.out else None, force=args.force)
    print(f"wrote {path} (status suggested): {len(ann['entities'])} entities, {len(ann['numbers'])} numbers, "
          f"{len(ann['claims'])} claims")
    return 0


def cmd_view(args: argparse.Namespace) -> int:
    from khabar.annotate.view import write_view
    from khabar.corpus.layout import check_output
    from khabar.outputs import foreign_file

    layout = layout_of(args)
    check_output(Path(args.out), layout.root, is_dir=False, force=args.force, owned=foreign_file("view"))
    path = write_view(layout, args.doc_id, Path(args.out), Path(args.annotation) if args.annotation else None,
                      Path(args.against) if args.against else None)
    print(f"wrote {path}")
    return 0


def register(command) -> None:
    p = command("agreement", cmd_agreement,
                "inter-annotator agreement between the kept passes (and each pass against the gold)")
    p.add_argument("--passes", nargs=2, default=["A", "B"], metavar=("X", "Y"),
                   help="the two passes to compare (file stems in annotations/passes/<id>/; default A B)")
    p.add_argument("--no-gold", action="store_true", help="compare the two passes only")
    p.add_argument("--doc", action="append", metavar="DOC_ID",
                   help="only this document (repeatable; default: every document with two passes)")

    p = command("adjudicate", cmd_adjudicate,
                "draft gold of what two passes agree on and the list of their disagreements; "
                "--apply writes the gold from the decisions")
    p.add_argument("doc_id", metavar="DOC_ID")
    p.add_argument("--passes", nargs=2, required=True, metavar=("A.json", "B.json"),
                   help="the two passes (paths, or stems of files in annotations/passes/DOC_ID/)")
    p.add_argument("--out", help="folder for draft.json, disagreements.md and disagreements.json "
                                 "(default: annotations/passes/DOC_ID/adjudication/)")
    p.add_argument("--apply", action="store_true",
                   help="write the gold annotation from the decisions in disagreements.json")
    p.add_argument("--force", action="store_true", help="overwrite an existing non-empty gold (--apply); drop "
                                                        "decisions that match no disagreement of these passes")

    p = command("suggest", cmd_suggest,
                "pre-annotate a document (entities, numbers, claims) into a suggestion file, never the gold")
    p.add_argument("doc_id", metavar="DOC_ID")
    p.add_argument("--out", help="output file (default: annotations/suggestions/DOC_ID.json)")
    p.add_argument("--force", action="store_true", help="overwrite an existing suggestion file")

    p = command("view", cmd_view, "one self-contained right-to-left HTML page showing a document's annotation")
    p.add_argument("doc_id", metavar="DOC_ID")
    p.add_argument("--out", required=True, help="the HTML file to write")
    p.add_argument("--annotation", help="annotation file to show (default: the gold)")
    p.add_argument("--against", help="a second annotation of the document, shown side by side with "
                                     "differences marked")
    p.add_argument("--force", action="store_true", help="overwrite an existing --out file")
