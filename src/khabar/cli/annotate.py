"""Annotation commands: `agreement`, `adjudicate`, `suggest`, `view`."""
from __future__ import annotations

import argparse
from pathlib import Path

from khabar.cli.common import layout_of
from khabar.cli.progress import bars


def cmd_agreement(args: argparse.Namespace) -> int:
    from khabar.annotate.agreement import by_group, compare, decision_markdown, decision_tally, group_markdown, markdown

    x, y = args.passes
    layout = layout_of(args)
    pairs = [(x, y)] + ([] if args.no_gold else [(x, "gold"), (y, "gold")])
    print(markdown(compare(layout, pairs, args.doc or None)), end="")
    if args.by_domain:
        print()
        print(group_markdown(by_group(layout, (x, y), args.doc or None), (x, y)), end="")
        tally = decision_tally(layout, args.doc or None)
        if tally:
            print()
            print(decision_markdown(tally), end="")
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
    from khabar.annotate.suggest import empty_documents, suggest_documents, write_suggestion
    from khabar.corpus.layout import check_output
    from khabar.model.errors import KhabarError
    from khabar.outputs import foreign_file

    layout = layout_of(args)
    if args.out:
        if args.empty or len(args.doc_ids) != 1:
            raise KhabarError("--out writes one document's suggestion: name exactly one DOC_ID "
                              "(without --out, each goes to annotations/suggestions/DOC_ID.json)", "usage")
        check_output(Path(args.out), layout.root, is_dir=False, force=args.force,
                     owned=foreign_file("annotation"))
        path, ann = write_suggestion(layout, args.doc_ids[0], Path(args.out), force=args.force)
        print(f"wrote {path} (status suggested): {len(ann['entities'])} entities, {len(ann['numbers'])} numbers, "
              f"{len(ann['claims'])} claims")
        return 0
    if not args.doc_ids and not args.empty:
        raise KhabarError("name the documents to suggest (DOC_ID ...), or pass --empty for every document "
                          "whose status is empty", "usage")
    ids = list(args.doc_ids) + (empty_documents(layout) if args.empty else [])
    if not ids:
        print("nothing to suggest: no document has status empty")
        return 0
    with bars() as progress:
        outcomes = suggest_documents(layout, ids, force=args.force, progress=progress)
    for o in outcomes:
        if o.wrote:
            c = o.counts
            print(f"wrote {o.path} (status suggested): {c['entities']} entities, {c['numbers']} numbers, "
                  f"{c['claims']} claims")
        else:
            print(f"kept {o.path}: it exists (--force replaces it)")
    models = {o.model["key"]: o.model for o in outcomes if o.wrote}
    if len(outcomes) != 1 or models:
        trained = sum(m["cache"] == "trained" for m in models.values())
        print(f"{sum(o.wrote for o in outcomes)} of {len(outcomes)} document(s) suggested, "
              f"{sum(not o.wrote for o in outcomes)} kept; entity models: {trained} trained, "
              f"{len(models) - trained} read from the cache")
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
    p.add_argument("--by-domain", action="store_true",
                   help="also the headline figures per domain and how adjudication decided (A, B, both, neither)")

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
                "pre-annotate documents (entities, numbers, claims) into suggestion files, never the gold")
    p.add_argument("doc_ids", nargs="*", metavar="DOC_ID", help="the documents to suggest")
    p.add_argument("--empty", action="store_true",
                   help="every document whose status is empty (with the DOC_IDs named, if any)")
    p.add_argument("--out", help="output file, for one DOC_ID (default: annotations/suggestions/DOC_ID.json)")
    p.add_argument("--force", action="store_true",
                   help="replace existing suggestion files (only files Khabar wrote; default: keep them)")

    p = command("view", cmd_view, "one self-contained right-to-left HTML page showing a document's annotation")
    p.add_argument("doc_id", metavar="DOC_ID")
    p.add_argument("--out", required=True, help="the HTML file to write")
    p.add_argument("--annotation", help="annotation file to show (default: the gold)")
    p.add_argument("--against", help="a second annotation of the document, shown side by side with "
                                     "differences marked")
    p.add_argument("--force", action="store_true", help="overwrite an existing --out file")
