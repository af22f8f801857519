"""Release commands: `build`, `datasheet`, `publish`."""
from __future__ import annotations

import argparse
from pathlib import Path

from khabar.cli.common import layout_of
from khabar.cli.progress import bars
from khabar.corpus.layout import DEFAULT_RELEASE


def cmd_build(args: argparse.Namespace) -> int:
    from khabar.release.build import build
    from khabar.release.names import NESTED_LEVELS

    layout = layout_of(args)
    out = Path(args.out) if args.out else layout.root / DEFAULT_RELEASE
    with bars() as progress:
        result = build(layout, out, args.repo_id, engine=args.engine, scheduler=args.scheduler, jobs=args.jobs,
                       force=args.force, min_status=args.min_status, open_only=args.open_only,
                       progress=progress)
    for notice in result.notices:
        print(f"recovered: {notice}")
    left_out = result.selection.left_out if result.selection is not None else {}
    for reason, (ids, n) in left_out.items():
        # 70 documents awaiting annotation make one line, not 70.
        shown = ", ".join(ids) + (f" and {n - len(ids)} more" if n > len(ids) else "")
        print(f"left out {shown}: {reason}")
    for config, splits in result.sizes.items():
        print(f"{config}: " + ", ".join(f"{s} {n.num_examples}" + (f" ({len(n.files)} shards)" if len(n.files) > 1
                                                                    else "") for s, n in splits.items()))
    print(f"ner: {result.projection.spans} entity span(s) and {result.projection.tokens} token(s) lose "
          "information on projection to tokens")
    nested = result.projection_nested
    print(f"ner_nested: {nested.spans} entity span(s) and {nested.tokens} token(s) lose information on projection "
          f"to tokens, at every level; {nested.deep} entity(ies) nested deeper than level {NESTED_LEVELS} are in "
          "no tag column")
    if not result.has_datasheet:
        print("warning: DATASHEET.md not found at the project root; the release has no datasheet")
    print(f"wrote {out} ({len(result.files) + 1} files, listed with their SHA-256 in khabar-manifest.json)")
    return 0


def cmd_datasheet(args: argparse.Namespace) -> int:
    from khabar.release.build import check_datasheet

    layout = layout_of(args)
    path = layout.root / "DATASHEET.md"
    state = check_datasheet(layout, path, write=args.write)
    if state == "current":
        print(f"{path.name}: counts match the build")
        return 0
    if state == "stale":
        print(f"{path.name}: counts differ from the build; run `khabar datasheet --write`")
        return 1
    print(f"{path.name}: counts updated from the build")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from khabar.release.publish import publish

    folder = Path(args.release) if args.release else layout_of(args).root / DEFAULT_RELEASE
    plan = publish(folder, args.repo_id, dry_run=args.dry_run, private=args.private,
                   acknowledge_unknown_licence=args.acknowledge_unknown_licence)
    verb = "would upload" if args.dry_run else "uploaded"
    for path, size in plan["files"]:
        print(f"{size:>12,d}  {path}")
    if plan["stray"]:
        print(f"not uploaded ({len(plan['stray'])} file(s) the build's manifest does not list): "
              + ", ".join(plan["stray"][:5]) + (" ..." if len(plan["stray"]) > 5 else ""))
    print(f"{verb} {len(plan['files'])} file(s), {plan['bytes']:,d} bytes, to {plan['url']}")
    if args.dry_run:
        import huggingface_hub

        print("token: " + ("found (not shown)" if huggingface_hub.get_token() else
                           "none; set HF_TOKEN or run `hf auth login` before publishing"))
    else:
        if plan.get("deleted"):
            print(f"deleted {len(plan['deleted'])} stale file(s) from the repository: " + ", ".join(plan["deleted"]))
        print(f"commit: {plan['commit']}")
    return 0


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, found {text!r}")
    return int(text)


def register(command) -> None:
    p = command("build", cmd_build, "build the Hugging Face release folder (parquet, card, croissant.json)")
    p.add_argument("--out", help=f"output folder (default: {DEFAULT_RELEASE}/ under the project root); "
                                 "must be absent, empty or a previous Khabar release")
    p.add_argument("--repo-id", help="Hub dataset id (ORG/NAME) for the card's loading examples (publish needs it)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where documents are validated and projected: local processes (default) or a Dask cluster")
    p.add_argument("--scheduler", help="dask.distributed scheduler ADDRESS (with --engine dask; default: a "
                                       "LocalCluster on this machine)")
    p.add_argument("--jobs", type=_jobs, help="worker processes (default: KHABAR_JOBS, else the CPUs available)")
    p.add_argument("--force", action="store_true", help="accepted for scripts; a previous Khabar release is replaced without it, and nothing else is, with it or without")
    p.add_argument("--open-only", action="store_true",
                   help="release only documents whose text is openly licensed (their records say so); "
                        "the card's licence is then cc-by-sa-4.0")
    p.add_argument("--min-status", default="annotated", choices=["annotated", "adjudicated"],
                   help="release only documents whose annotation status is at least this (default: "
                        "annotated; empty and suggested files are never released)")

    p = command("datasheet", cmd_datasheet, "check (or --write) DATASHEET.md's counts against a fresh build")
    p.add_argument("--write", action="store_true", help="rewrite the counts block")

    p = command("publish", cmd_publish, "upload the built release folder to the Hugging Face Hub")
    p.add_argument("--repo-id", required=True, help="dataset repository, ORG/NAME (the build's --repo-id)")
    p.add_argument("--dry-run", action="store_true", help="list what would be uploaded; upload nothing")
    # --release, as `khabar benchmark` names the built release folder it reads.
    p.add_argument("--release", help=f"built release folder (default: {DEFAULT_RELEASE}/ under the project root)")
    p.add_argument("--private", action="store_true", help="create the repository as private")
    p.add_argument("--acknowledge-unknown-licence", action="store_true",
                   help="upload article text whose licence is unknown (DATASHEET.md, Distribution)")
