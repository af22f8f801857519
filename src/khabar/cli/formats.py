"""Format commands: `export FORMAT` and `import FORMAT` (jsonl, wojood, labelstudio, brat,
inception, conll, spacy)."""
from __future__ import annotations

import argparse
from pathlib import Path

from khabar.cli.common import layout_of, require_valid
from khabar.cli.progress import bars
from khabar.model.errors import KhabarError

TOOL_EXPORTS = ("labelstudio", "brat", "inception", "conll", "spacy")
TOOL_IMPORTS = ("labelstudio", "brat", "inception")


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
        if args.annotation:
            raise KhabarError(f"--annotation is for {', '.join(TOOL_EXPORTS)}", "usage")
        return _export_wojood(args, layout)
    if args.format in TOOL_EXPORTS:
        from khabar.formats.tools import export_format

        if not args.out:
            raise KhabarError(f"{args.format} needs --out PATH", "usage")
        rep = export_format(layout, args.format, args.doc_ids, Path(args.out), force=args.force,
                            view=args.view, split_at_spans=args.split_at_spans,
                            annotations=[Path(p) for p in args.annotation or []])
        for line in rep.lines:
            print(line)
        print(f"wrote {len(rep.written)} file(s): {', '.join(str(p) for p in rep.written)}")
        return 0
    if args.annotation:
        raise KhabarError(f"--annotation is for {', '.join(TOOL_EXPORTS)}", "usage")
    from khabar.corpus.layout import check_output
    from khabar.formats.jsonl import export_jsonl
    from khabar.io import atomic_write_text

    data = export_jsonl(layout, args.doc_ids or None)
    if args.out:
        check_output(Path(args.out), layout.root, is_dir=False, force=args.force)
        atomic_write_text(Path(args.out), data)
    else:
        print(data, end="")
    return 0


def _export_wojood(args: argparse.Namespace, layout) -> int:
    from khabar.formats.tools import export_folder_target, write_export_folder
    from khabar.formats.wojood import export_wojood_files

    if not args.out:
        raise KhabarError("wojood needs --out DIR (a folder for one file per split)", "usage")
    if args.doc_ids:
        raise KhabarError("wojood exports the whole corpus, one file per split; no DOC_ID", "usage")
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
    if args.pass_name is not None:
        raise KhabarError(f"--pass is for {', '.join(TOOL_IMPORTS)}", "usage")
    if not args.out:
        raise KhabarError(f"import {args.format} needs --out DIR (a new folder of its own)", "usage")
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
        if args.label_map:
            raise KhabarError("--label-map is for conll imports", "usage")
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


def register(command) -> None:
    p = command("export", cmd_export, "export the gold in another format")
    p.add_argument("format", choices=["jsonl", "wojood", *TOOL_EXPORTS],
                   help="jsonl: one object per document with every span; wojood: nested IOB2 entity "
                        "layers, one file per split; labelstudio: labeling config + tasks (gold as "
                        "predictions); brat: .txt/.ann + annotation.conf/visual.conf; inception: UIMA "
                        "CAS XMI + TypeSystem.xml; conll: `token tag`, one layer; spacy: DocBin. "
                        "See docs/annotation-format.md for what each keeps and loses")
    p.add_argument("doc_ids", nargs="*", metavar="DOC_ID", help="documents to export (default: all)")
    p.add_argument("--out", help="output: a folder (wojood, labelstudio, brat, inception) or a file "
                                 "(conll, spacy, jsonl; jsonl default: standard output)")
    p.add_argument("--force", action="store_true", help="write over an existing --out")
    p.add_argument("--view", choices=["ner", "ner_coarse"], default="ner",
                   help="conll: Wojood labels (ner) or CoNLL's PER/ORG/LOC/MISC (ner_coarse)")
    p.add_argument("--annotation", action="append", metavar="FILE",
                   help="labelstudio/brat/inception/conll/spacy: export this annotation file (a "
                        "suggestion, a pass) instead of the gold of its document; repeatable, one per "
                        "document")
    p.add_argument("--split-at-spans", action="store_true",
                   help="spacy: cut tokens at every annotation edge so that no span is cut "
                        "(default: Khabar tokens; spans cut by a token boundary are reported)")

    p = command("import", cmd_import, "import annotation from a tool into annotations/, or external "
                                      "IOB2 data into a folder of its own")
    p.add_argument("format", choices=["wojood", "conll", *TOOL_IMPORTS],
                   help="labelstudio: a Label Studio JSON export; brat: a folder of .ann (or one "
                        ".ann); inception: a folder of .xmi, one .xmi or an INCEpTION zip; "
                        "wojood: nested IOB2; conll: flat `token tag` IOB2")
    p.add_argument("file", help="the file or folder to import")
    p.add_argument("--doc", help="labelstudio/brat/inception: import this document only (and the "
                                 "id of a single file whose name is not the id)")
    p.add_argument("--out", help="wojood/conll: new or empty folder to write (required); "
                                 "labelstudio/brat/inception: write annotation files there instead "
                                 "of annotations/")
    p.add_argument("--force", action="store_true",
                   help="labelstudio/brat/inception: replace existing gold in annotations/ (or the "
                        "existing pass, with --pass)")
    p.add_argument("--pass", dest="pass_name", metavar="NAME",
                   help="labelstudio/brat/inception: write each document's annotation as pass NAME, "
                        "annotations/passes/<id>/NAME.json (status annotated, with its provenance), "
                        "not as the gold")
    p.add_argument("--prefix", help="wojood/conll: document id prefix (default: FORMAT-<file name>)")
    p.add_argument("--source-note", help="what is known of the source (licence, origin)")
    p.add_argument("--repair-orphan-i", action="store_true",
                   help="read an I- tag that continues no entity as B- (as conlleval does) instead of "
                        "refusing the file; each repair is listed in the manifest")
    p.add_argument("--label-map", action="append", metavar="FROM=TO",
                   help="conll: read label FROM as the Wojood label TO (e.g. PER=PERS); repeatable")
