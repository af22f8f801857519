"""Format commands: `export FORMAT` and `import FORMAT` (jsonl, wojood)."""
from __future__ import annotations

import argparse
from pathlib import Path

from khabar.cli.common import layout_of, require_valid
from khabar.model.errors import KhabarError


def cmd_export(args: argparse.Namespace) -> int:
    from khabar.io import atomic_write_text

    layout = layout_of(args)
    require_valid(layout)
    if args.format == "wojood":
        return _export_wojood(args, layout)
    from khabar.formats.jsonl import export_jsonl

    data = export_jsonl(layout)
    if args.out:
        atomic_write_text(Path(args.out), data)
    else:
        print(data, end="")
    return 0


def _export_wojood(args: argparse.Namespace, layout) -> int:
    from khabar.formats.wojood import export_wojood_files
    from khabar.io import atomic_write_text

    if not args.out:
        raise KhabarError("wojood needs --out DIR (a folder for one file per split)", "usage")
    files, st = export_wojood_files(layout)
    out = Path(args.out)
    for name, text in files.items():
        atomic_write_text(out / name, text)
        print(f"wrote {out / name}")
    print(f"{st.documents} documents, {st.sentences} sentences, {st.tokens} tokens, {st.entities} entities; "
          f"{st.widened} widened to whole tokens (a proclitic or part of a token left out), "
          f"{st.dropped} dropped, {st.merged} sentence breaks removed inside entities")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from khabar.formats.wojood import import_wojood

    m = import_wojood(Path(args.file), Path(args.out), prefix=args.prefix, source_note=args.source_note,
                      repair=args.repair_orphan_i)
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
    p.add_argument("format", choices=["jsonl", "wojood"],
                   help="jsonl: one object per document with every span; "
                        "wojood: nested IOB2 entity layers, one file per split")
    p.add_argument("--out", help="output file (default: standard output); wojood: output folder")

    p = command("import", cmd_import, "import external annotated data into a folder of its own")
    p.add_argument("format", choices=["wojood"], help="wojood: nested IOB2, one token per line")
    p.add_argument("file", help="the file to import (UTF-8)")
    p.add_argument("--out", required=True, help="new or empty folder to write")
    p.add_argument("--prefix", help="document id prefix (default: wojood-<file name>)")
    p.add_argument("--source-note", help="what is known of the source (licence, origin)")
    p.add_argument("--repair-orphan-i", action="store_true",
                   help="read an I- tag that continues no entity as B- (as conlleval does) instead of "
                        "refusing the file; each repair is listed in the manifest")
