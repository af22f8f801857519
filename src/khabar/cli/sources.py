"""Source commands: `sources fetch`, `sources status`, `sources path`, `sources add`."""
from __future__ import annotations

import argparse
from pathlib import Path

from khabar.cli.common import layout_of
from khabar.cli.progress import bars


def _mirror(args: argparse.Namespace) -> Path | None:
    from khabar.sources.fetch import mirror_from_env

    return Path(args.mirror) if getattr(args, "mirror", None) else mirror_from_env()


def cmd_fetch(args: argparse.Namespace) -> int:
    from khabar.sources.fetch import fetch
    from khabar.sources.manifest import load_manifest

    layout = layout_of(args)
    mirror = _mirror(args)
    with bars() as progress:
        done = fetch(layout.root, load_manifest(layout.root), args.names or None, mirror, progress)
    origin = f"from the mirror {mirror}" if mirror else "from the pinned URLs"
    fetched = [d for d in done if d.action == "fetched"]
    for d in fetched:
        print(f"fetched {d.source}/{d.file} ({origin}), SHA-256 verified")
    print(f"{len(fetched)} file(s) fetched, {len(done) - len(fetched)} already in the cache and verified")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from khabar.sources.fetch import cache_root, status
    from khabar.sources.manifest import load_manifest

    layout = layout_of(args)
    states = status(layout.root, load_manifest(layout.root))
    print(f"cache: {cache_root(layout.root)}")
    for st in states:
        print(f"{st.state:8} {st.source}/{st.file}")
    bad = [st for st in states if st.state != "ok"]
    if bad:
        print(f"{len(bad)} file(s) missing or changed: run `khabar sources fetch`")
    return 1 if bad else 0


def cmd_path(args: argparse.Namespace) -> int:
    from khabar.model.errors import KhabarError
    from khabar.sources.fetch import cached_file
    from khabar.sources.manifest import load_manifest

    layout = layout_of(args)
    source, sep, name = args.file.partition("/")
    if not sep or not name:
        raise KhabarError(f"{args.file!r}: expected SOURCE/FILE, e.g. wojood-sample/test.txt", "usage")
    print(cached_file(layout.root, load_manifest(layout.root), source, name))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from khabar.corpus.documents import add_source_documents

    layout = layout_of(args)
    added, present = add_source_documents(layout, args.name)
    for doc_id in added:
        print(f"added {doc_id} (status empty)")
    print(f"{len(added)} document(s) added from {args.name}, {len(present)} already in the corpus")
    return 0


def register(command) -> None:
    p = command("sources", lambda a: a.sources_func(a),
                "third-party sources (corpus/sources.json): fetch them into the cache, verified; "
                "check the cache; add a source's articles to the corpus")
    sub = p.add_subparsers(dest="sources_command", required=True, metavar="ACTION")

    f = sub.add_parser("fetch", help="obtain every source file (or those of NAME...) into the cache, "
                       "from --mirror / KHABAR_SOURCES or the pinned URL; each SHA-256 is checked",
                       description="Obtain source files into the cache; a tampered, truncated or "
                       "missing file is refused and nothing is written.")
    f.add_argument("names", nargs="*", metavar="NAME", help="sources to fetch (default: all)")
    f.add_argument("--mirror", metavar="DIR",
                   help="a folder holding NAME/FILE copies that stands in for the download "
                        "(default: $KHABAR_SOURCES)")
    f.set_defaults(sources_func=cmd_fetch)

    s = sub.add_parser("status", help="each source file: ok, missing or changed in the cache (exit 1 unless all ok)")
    s.set_defaults(sources_func=cmd_status)

    q = sub.add_parser("path", help="print the verified cached path of SOURCE/FILE")
    q.add_argument("file", metavar="SOURCE/FILE")
    q.set_defaults(sources_func=cmd_path)

    a = sub.add_parser("add", help="add every article of a corpus source that the corpus lacks "
                       "(records without text, empty annotations)")
    a.add_argument("name", metavar="NAME")
    a.set_defaults(sources_func=cmd_add)
