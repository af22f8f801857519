"""Format commands: `export FORMAT` and `import FORMAT` (jsonl, wojood, labelstudio, brat,
inception, conll, spacy)."""
from __future__ import annotations

import argparse
from pathlib import Path

from khabar.cli.common import layout_of, require_valid
from khabar.cli.progress import bars
from khabar.formats.registry import TOOL_EXPORTS, TOOL_IMPORTS
from khabar.model.errors import KhabarError


def _project_root(args: argparse.Namespace):
    """The project root for the --out guard, None outside a project (imports of external data
    may run anywhere)."""
    try:
        return layout_of(args).root
    except KhabarError:
        return None


def cmd_export(args: argparse.Namespace) -> int:
    layout = layout_of(args)
    require_valid(layout)
    if args.format == "wojood":
        return _export_wojood(args, layout)
    if args.format in TOOL_EXPORTS:
        from khabar.formats.tools import export_format

        rep = export_format(layout, args.format, args.doc_ids, Path(args.out), force=args.force,
                            view=args.view, split_at_spans=args.split_at_spans,
                            annotations=[Path(p) for p in args.annotation or []])
        for line in rep.lines:
            print(line)
        print(f"wrote {len(rep.written)} file(s): {', '.join(str(p) for p in rep.written)}")
        return 0
    from khabar.corpus.layout import check_output
    from khabar.formats.jsonl import export_jsonl
    from khabar.io import atomic_write_text
    from khabar.outputs import foreign_file

    data = export_jsonl(layout, args.doc_ids or None)
    if args.out:
        check_output(Path(args.out), layout.root, is_dir=False, force=args.force, owned=foreign_file("jsonl"))
        atomic_write_text(Path(args.out), data)
    else:
        print(data, end="")
    return 0


def _export_wojood(args: argparse.Namespace, layout) -> int:
    from khabar.formats.tools import export_folder_target, write_export_folder
    from khabar.formats.wojood import export_wojood_files

    out = Path(args.out)
    previous = export_folder_target(out, layout.root, force=args.force)
    files, st = export_wojood_files(layout)
    for path in write_export_folder(out, "wojood", dict(files), None, previous):
        print(f"wrote {path}")
    print(f"{st.documents} documents, {st.sentences} sentences, {st.tokens} tokens, {st.entities} entities; "
          f"{st.widened} widened to whole tokens (a proclitic or part of a token left out), "
          f"{st.dropped} dropped, {st.merged} sentence breaks removed inside entities")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if args.format in TOOL_IMPORTS:
        from khabar.formats.tools import import_annotations

        rep = import_annotations(layout_of(args), args.format, Path(args.file), doc=args.doc,
                                 out=Path(args.out) if args.out else None, force=args.force,
                                 pass_name=args.pass_name)
        for line in rep.lines:
            print(line)
        for path in rep.written:
            print(f"wrote {path}")
        if not rep.written:
            print("nothing changed (the annotation files already hold this annotation)")
        return 0
    from khabar.corpus.layout import check_output

    out = Path(args.out)
    if out.exists() and out.is_dir() and not any(out.iterdir()) or not out.exists():
        # The library refuses a non-empty folder with its own message; the guard adds the rest
        # (the project itself, a repository).
        check_output(out, _project_root(args), is_dir=True)
    if args.format == "conll":
        from khabar.formats.conll import import_conll, parse_label_map

        with bars() as progress:
            m = import_conll(Path(args.file), out, prefix=args.prefix, source_note=args.source_note,
                             repair=args.repair_orphan_i, label_map=parse_label_map(args.label_map or []),
                             progress=progress)
    else:
        from khabar.formats.wojood import import_wojood

        with bars() as progress:
            m = import_wojood(Path(args.file), out, prefix=args.prefix, source_note=args.source_note,
                              repair=args.repair_orphan_i, progress=progress)
    c = m["counts"]
    print(f"imported {args.file}: {c['documents']} documents, {c['sentences']} sentences, "
          f"{c['tokens']} tokens, {c['entities']} entities ({c['nested_entities']} nested)")
    print(f"  {c['tokens_nfc_changed']} tokens NFC-normalized; Khabar conventions broken (kept as "
          f"annotated): {', '.join(f'{k} {v}' for k, v in m['khabar_conventions_broken'].items()) or 'none'}")
    for r in m["repaired_i_tags"]:
        print(f"  {args.file}:{r['line']}: {r['tag']} read as B-{r['tag'][2:]} (no entity to continue)")
    print(f"  {args.out} (external evaluation data: never copy it into corpus/)")
    return 0


# Every option a format may take, with its argparse arguments; the registry
# (`khabar.formats.registry`) says which format takes which, and a format's subcommand has only
# those, so an option it does not take is refused instead of ignored.
EXPORT_OPTIONS: dict[str, dict] = {
    "--doc": dict(dest="doc_ids", action="append", default=[], metavar="ID",
                  help="export this document only (repeatable; default: every document)"),
    "--annotation": dict(action="append", metavar="FILE",
                         help="export this annotation file (a suggestion, a pass) instead of the gold "
                              "of its document; repeatable, one per document"),
    "--view": dict(choices=["ner", "ner_coarse"], default="ner",
                   help="Wojood labels (ner) or CoNLL's PER/ORG/LOC/MISC (ner_coarse)"),
    "--split-at-spans": dict(action="store_true",
                             help="cut tokens at every annotation edge so that no span is cut "
                                  "(default: Khabar tokens; spans cut by a token boundary are reported)"),
}
IMPORT_OPTIONS: dict[str, dict] = {
    "--doc": dict(help="import this document only (and the id of a single file whose name is not the id)"),
    "--pass": dict(dest="pass_name", metavar="NAME",
                   help="write each document's annotation as pass NAME, annotations/passes/<id>/NAME.json "
                        "(status annotated, with its provenance), not as the gold"),
    "--prefix": dict(help="document id prefix (default: FORMAT-<file name>)"),
    "--source-note": dict(help="what is known of the source (licence, origin)"),
    "--repair-orphan-i": dict(action="store_true",
                              help="read an I- tag that continues no entity as B- (as conlleval does) "
                                   "instead of refusing the file; each repair is listed in the manifest"),
    "--label-map": dict(action="append", metavar="FROM=TO",
                        help="read label FROM as the Wojood label TO (e.g. PER=PERS); repeatable"),
}
_DEFAULTS: dict[str, object] = {"doc_ids": [], "annotation": None, "view": "ner", "split_at_spans": False, "doc": None,
             "pass_name": None, "prefix": None, "source_note": None, "repair_orphan_i": False,
             "label_map": None}


def register(command) -> None:
    from khabar.formats.registry import exporters, importers

    p = command("export", cmd_export, "export the gold (or any annotation file) in another format; "
                "`khabar export FORMAT --help` lists what each format takes (docs/annotation-format.md: "
                "what each keeps and loses)")
    formats = p.add_subparsers(dest="format", required=True, metavar="FORMAT")
    for name, d in exporters().items():
        q = formats.add_parser(name, help=d.summary, description=f"Export {name}: {d.summary}.")
        q.set_defaults(**_DEFAULTS)
        q.add_argument("--out", required=d.out_required, help=f"output: {d.out}")
        q.add_argument("--force", action="store_true",
                       help="replace the previous export at --out (only the files it wrote)")
        for option in d.options:
            q.add_argument(option, **EXPORT_OPTIONS[option])

    p = command("import", cmd_import, "import annotation from a tool into annotations/, or external "
                                      "IOB2 data into a folder of its own")
    formats = p.add_subparsers(dest="format", required=True, metavar="FORMAT")
    for name, d in importers().items():
        q = formats.add_parser(name, help=d.summary, description=f"Import {name}: {d.summary}.")
        q.set_defaults(**_DEFAULTS)
        q.add_argument("file", help="the file or folder to import")
        q.add_argument("--out", required=d.out_required, help=f"output: {d.out}")
        if name in ("labelstudio", "brat", "inception"):
            q.add_argument("--force", action="store_true",
                           help="replace existing gold in annotations/ (or the existing pass, with --pass)")
        for option in d.options:
            q.add_argument(option, **IMPORT_OPTIONS[option])
