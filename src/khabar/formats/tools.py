"""`khabar export FORMAT` and `khabar import FORMAT` for the annotation tools and training
formats (labelstudio, brat, inception, conll, spacy): one entry point each way, over the
format modules, so that the CLI maps its arguments onto one function.
"""
from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.corpus.documents import load_document
from khabar.corpus.layout import Layout, check_guards, check_id, check_output
from khabar.formats.base import load_annotation_files, load_pairs, shown_path, write_annotations, write_pass
from khabar.formats.registry import TOOL_EXPORTS as EXPORT_FORMATS
from khabar.formats.registry import TOOL_IMPORTS as IMPORT_FORMATS
from khabar.io import KhabarError, atomic_write_bytes, atomic_write_text, dumps_json, read_json, read_text

# Folder exports hold this file listing the files the export wrote: `--force` replaces those
# and nothing else (a file someone added beside them stays).
MARKER = "khabar-export.json"
FOLDER_FORMATS = ("labelstudio", "brat", "inception")


@dataclass
class Report:
    """What a command did: files written, figures and notes to print."""
    written: list[Path] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def export_format(layout: Layout, fmt: str, doc_ids: Iterable[str], out: Path, *,
                  force: bool = False, view: str = "ner", split_at_spans: bool = False,
                  annotations: Iterable[Path] = ()) -> Report:
    """Write the gold of `doc_ids` (none: every document) in `fmt` to `out` (a folder for
    labelstudio, brat and inception; a file for conll and spacy). `annotations` names annotation
    files to export instead of the gold (a suggestion, a pass), one per document."""
    if fmt not in EXPORT_FORMATS:
        raise KhabarError(f"format {fmt!r}: expected one of {', '.join(EXPORT_FORMATS)}", "usage")
    annotations = [Path(p) for p in annotations]
    doc_ids = list(doc_ids)
    if annotations and doc_ids:
        raise KhabarError("name documents (--doc) or annotation files (--annotation), not both: an "
                          "annotation file names its document", "usage")
    out = Path(out)
    if fmt in FOLDER_FORMATS:
        previous = export_folder_target(out, layout.root, force=force)
    else:
        from khabar.outputs import foreign_file

        check_output(out, layout.root, is_dir=False, force=force, owned=foreign_file(fmt))
    pairs = load_annotation_files(layout, annotations) if annotations else load_pairs(layout, doc_ids)
    what = ", ".join(shown_path(layout, p) for p in annotations) if annotations else "gold"
    rep = Report()
    files: dict[str, str | bytes] = {}
    if fmt == "labelstudio":
        from khabar.formats import labelstudio as ls

        files["config.xml"] = ls.labeling_config()
        # The prediction's model version says where it came from (shown in Label Studio).
        versions = ([f"khabar:{shown_path(layout, p)}" for p in annotations] if annotations
                    else [ls.MODEL_VERSION] * len(pairs))
        files["tasks.json"] = dumps_json(ls.export_tasks(pairs, versions))
        rep.lines.append(f"{len(pairs)} tasks ({what} as predictions); create a project with "
                         f"{out / 'config.xml'} as its labeling config, then import {out / 'tasks.json'}")
    elif fmt == "brat":
        from khabar.formats import brat

        files["annotation.conf"] = brat.annotation_conf()
        files["visual.conf"] = brat.visual_conf()
        for doc, ann in pairs:
            files[f"{doc['id']}.txt"] = doc["text"]
            files[f"{doc['id']}.ann"] = brat.export_ann(doc, ann)
        rep.lines.append(f"{len(pairs)} documents (.txt + .ann, {what}) with annotation.conf and visual.conf")
    elif fmt == "inception":
        from khabar.formats import inception

        files[inception.TYPESYSTEM_FILE] = inception.typesystem_xml()
        for doc, ann in pairs:
            files[f"{doc['id']}.xmi"] = inception.export_xmi(doc, ann)
        rep.lines.append(f"{len(pairs)} documents (UIMA CAS XMI, {what}) with {inception.TYPESYSTEM_FILE}")
    elif fmt == "conll":
        from khabar.formats import conll
        from khabar.formats.wojood import is_import

        text, st = conll.export_conll(pairs, view, imported=is_import(layout.root))
        atomic_write_text(out, text)
        rep.written.append(out)
        rep.lines.append(
            f"{st.documents} documents, {st.sentences} sentences, {st.tokens} tokens; {st.written} of "
            f"{st.entities} {view} entities written (one layer: {st.nested} nested entities left "
            f"out; {st.widened} widened to whole tokens; {st.merged} sentence breaks removed "
            "inside entities)")
        return rep
    else:
        from khabar.formats import spacy as kspacy

        data, sr = kspacy.export_docbin(pairs, split_at_spans=split_at_spans)
        atomic_write_bytes(out, data)
        rep.written.append(out)
        rep.lines.append(f"{sr.documents} documents, {sr.spans} spans; {len(sr.cut)} cut by a token "
                         "boundary (written widened to whole tokens)")
        rep.lines += [f"  {d}: {i} ({layer}) {a!r} written as {b!r}" for d, i, layer, a, b in sr.cut]
        return rep
    rep.written += write_export_folder(out, fmt, files, [d["id"] for d, _ in pairs], previous,
                                       annotation=what)
    return rep


def _previous_files(out: Path) -> set[str]:
    """The files the export in `out` wrote, as its marker lists them (markers written before
    the list was kept name only the format and documents: the files follow from those)."""
    where = out / MARKER
    meta = read_json(where)
    fmt = meta.get("format") if isinstance(meta, dict) else None
    docs = meta.get("documents") if isinstance(meta, dict) else None
    names = meta.get("files") if isinstance(meta, dict) else None
    if names is None and isinstance(docs, list) and all(isinstance(d, str) for d in docs):
        from khabar.formats.inception import TYPESYSTEM_FILE

        names = {"labelstudio": ["config.xml", "tasks.json"],
                 "brat": ["annotation.conf", "visual.conf", *(f"{d}{x}" for d in docs for x in (".txt", ".ann"))],
                 "inception": [TYPESYSTEM_FILE, *(f"{d}.xmi" for d in docs)]}.get(str(fmt))
    # Only plain names in the folder itself: a marker cannot send --force elsewhere.
    if not isinstance(names, list) or not all(
            isinstance(n, str) and n not in ("", ".", "..", MARKER) and Path(n).name == n and "\\" not in n
            for n in names):
        raise KhabarError(f"{where}: not a marker Khabar wrote (expected the format and the list of "
                          "files of the export); choose a new folder", "out-refused", str(where))
    return set(names)


def export_folder_target(out: Path, root: Path | None, *, force: bool = False) -> set[str]:
    """Check a folder export's --out; the names of the files of the previous export there (to be
    replaced), empty for an absent or empty folder.

    A folder holding anything is refused unless it is a previous export (it holds MARKER) and
    `force` is given: then only the files that export wrote are replaced, never another file.
    """
    check_guards(out, root)  # corpus/, annotations/, a repository
    if out.exists() and not out.is_dir():
        raise KhabarError(f"{out}: exists and is not a folder", "out-refused", str(out))
    if not out.is_dir() or not any(out.iterdir()):
        return set()
    if not (out / MARKER).is_file():
        raise KhabarError(f"{out}: folder exists and is not empty, and is not a Khabar export (no {MARKER}); "
                          "choose a new or empty folder", "out-refused", str(out))
    previous = _previous_files(out)
    if not force:
        raise KhabarError(f"{out}: holds a previous export; pass --force to replace it", "out-refused", str(out))
    return previous


def write_export_folder(out: Path, fmt: str, files: dict[str, str | bytes], documents: list[str] | None,
                        previous: set[str], annotation: str | None = None) -> list[Path]:
    """Write an export's files into `out` and its marker (with the exported `documents`, when
    the files are per document); replace the files of the previous export (`previous`, from
    `export_folder_target`), removing those this one no longer writes.

    Refuses before writing anything when a new file would overwrite a file no export wrote. The
    marker claims every file old and new while the files are written, so an interrupted export
    is still replaced whole by the next `--force`.
    """
    foreign = sorted(n for n in files if n not in previous and (out / n).exists())
    if foreign:
        raise KhabarError(f"{out / foreign[0]}: exists and the previous export did not write it; refusing "
                          "to overwrite it (move it away, or choose a new folder)", "out-refused",
                          str(out / foreign[0]))
    marker = lambda names: dumps_json({"format": fmt, **({} if documents is None else {"documents": documents}),
                                       **({} if annotation is None else {"annotation": annotation}),
                                       "files": sorted(names)})
    atomic_write_text(out / MARKER, marker(previous | set(files)))
    written = []
    for name, data in files.items():
        path = out / name
        if isinstance(data, bytes):
            atomic_write_bytes(path, data)
        else:
            atomic_write_text(path, data)
        written.append(path)
    for name in sorted(previous - set(files)):
        (out / name).unlink(missing_ok=True)
    atomic_write_text(out / MARKER, marker(files))
    return written


def _documents(layout: Layout) -> dict[str, dict[str, Any]]:
    return {i: load_document(layout, i) for i in layout.document_ids()}


# Limits on a zip read (an INCEpTION export): checked on the central directory before any
# member is read, and again while reading (a header can lie). An XMI of a long article is a few
# megabytes; a project of thousands of documents stays far below the totals.
ZIP_MAX_MEMBERS = 100_000
ZIP_MAX_MEMBER_BYTES = 256 * 2**20
ZIP_MAX_TOTAL_BYTES = 4 * 2**30
# XMI compresses about 10:1; a member inflating more than this (beyond a small size) is a bomb.
ZIP_MAX_RATIO = 200
ZIP_RATIO_FLOOR = 2**20


def _zip_refused(path: Path, message: str, name: str | None = None) -> KhabarError:
    where = f"{path}!{name}" if name else str(path)
    return KhabarError(f"{where}: {message}; refused before reading it", "zip-refused", where)


def _zip_members(path: Path, z: zipfile.ZipFile, suffix: str, doc: str | None) -> list[str]:
    """The names of the `suffix` members to read (of `doc` only, when given), in name order,
    after checking the zip's directory against the limits: member count, each member's and the
    total uncompressed size, and the compression ratio."""
    infos = z.infolist()
    if len(infos) > ZIP_MAX_MEMBERS:
        raise _zip_refused(path, f"{len(infos)} members (at most {ZIP_MAX_MEMBERS})")
    chosen = sorted((i for i in infos if i.filename.endswith(suffix) and not i.is_dir()
                     and (doc is None or Path(i.filename).stem == doc)), key=lambda i: i.filename)
    total = 0
    for info in chosen:
        if info.file_size > ZIP_MAX_MEMBER_BYTES:
            raise _zip_refused(path, f"{info.file_size} bytes uncompressed (at most "
                               f"{ZIP_MAX_MEMBER_BYTES})", info.filename)
        if info.file_size > ZIP_RATIO_FLOOR and info.file_size > ZIP_MAX_RATIO * max(info.compress_size, 1):
            raise _zip_refused(path, f"{info.compress_size} bytes inflating to {info.file_size} (a ratio "
                               f"over {ZIP_MAX_RATIO}:1, a zip bomb)", info.filename)
        total += info.file_size
        if total > ZIP_MAX_TOTAL_BYTES:
            raise _zip_refused(path, f"its {suffix} members hold over {ZIP_MAX_TOTAL_BYTES} bytes "
                               "uncompressed")
    # A member's name (without folders and suffix) is its document: two members of one document
    # (an export of two annotators' work, say) are refused rather than the last read winning.
    seen: dict[str, str] = {}
    for info in chosen:
        stem = Path(info.filename).stem
        if stem in seen:
            where = f"{path}!{info.filename}"
            raise KhabarError(f"{where}: a second {suffix} member for document {stem!r} (the first is "
                              f"{seen[stem]}); keep one, Khabar will not pick", "format-ambiguous", where)
        seen[stem] = info.filename
    return [i.filename for i in chosen]


def _zip_read(path: Path, z: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """One member's text, read no further than its declared size (a member that holds more
    than its header says is refused, not read on)."""
    with z.open(info) as fh:
        data = fh.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise _zip_refused(path, f"holds {'more' if len(data) > info.file_size else 'less'} than the "
                           f"{info.file_size} bytes its header declares", info.filename)
    return data.decode("utf-8")


def _files(path: Path, suffix: str, doc: str | None) -> list[tuple[str, str, str]]:
    """(document id, where, content) of every `suffix` file of `path` (a file, a folder or a
    zip); a single file takes its id from `doc` or its name."""
    if path.is_dir():
        found = sorted(path.glob(f"*{suffix}"))
        if doc is not None:
            found = [p for p in found if p.stem == doc]
        if not found:
            raise KhabarError(f"{path}: no {suffix} file{f' for {doc}' if doc else ''}", "file-missing",
                              str(path))
        return [(p.stem, str(p), read_text(p)) for p in found]
    if path.suffix == ".zip" and path.is_file():
        out = []
        name = ""
        try:
            with zipfile.ZipFile(path) as z:
                members = _zip_members(path, z, suffix, doc)
                for name in members:
                    info = z.getinfo(name)
                    if info.flag_bits & 0x1:
                        raise KhabarError(f"{path}!{name}: the zip member is encrypted; export it again "
                                          "without a password", "format-invalid", str(path))
                    out.append((Path(name).stem, f"{path}!{name}", _zip_read(path, z, info)))
        # zipfile raises many kinds for a damaged archive: a bad header, a bad CRC, a truncated or
        # corrupt deflate stream (zlib.error), an unknown compression method, a bad seek.
        except (zipfile.BadZipFile, UnicodeDecodeError, zlib.error, EOFError, OSError, RuntimeError,
                NotImplementedError, ValueError) as exc:
            member = f" (member {name})" if name else ""
            raise KhabarError(f"{path}: unreadable zip{member} ({type(exc).__name__}: {exc})", "format-invalid",
                              str(path)) from None
        if not out:
            raise KhabarError(f"{path}: no {suffix} member", "file-missing", str(path))
        return out
    return [(doc or path.stem, str(path), read_text(path))]


def import_folder_target(out: Path, root: Path | None, doc_ids: set[str], *, force: bool = False) -> None:
    """Check an import's --out folder: absent or empty, or (with `force`) a previous import's,
    recognised by what an import writes there: only `<id>.json` annotation files of project
    documents, each naming its document. Anything else is refused whatever the flags."""

    def foreign(folder: Path) -> str | None:
        for p in sorted(folder.iterdir()):
            ann = None
            if p.suffix == ".json" and p.is_file() and not p.is_symlink() and p.stem in doc_ids:
                try:
                    ann = read_json(p)
                except KhabarError:
                    pass  # not an annotation an import wrote: refused below
            if not (isinstance(ann, dict) and ann.get("document_id") == p.stem):
                return f"holds {p.name}, which no import wrote"
        return None

    # The marker an import leaves is its annotation files themselves: any one stands for it.
    marker = next((p.name for p in sorted(out.glob("*.json"))), None) if out.is_dir() else None
    check_output(out, root, is_dir=True, marker=marker, owned=foreign)
    if out.is_dir() and any(out.iterdir()) and not force:
        raise KhabarError(f"{out}: holds a previous import; pass --force to replace its files", "out-refused",
                          str(out))


def import_annotations(layout: Layout, fmt: str, path: Path, *, doc: str | None = None,
                       out: Path | None = None, force: bool = False,
                       pass_name: str | None = None) -> Report:
    """Read a tool's annotation of project documents, validate it, and write annotation files
    (into annotations/, gold replaced only with `force`; into the folder `out`; or, with
    `pass_name`, as that pass of each document, an existing pass replaced only with `force`)."""
    if fmt not in IMPORT_FORMATS:
        raise KhabarError(f"format {fmt!r}: expected one of {', '.join(IMPORT_FORMATS)}", "usage")
    if pass_name is not None and out is not None:
        raise KhabarError("--pass writes into annotations/passes/<id>/; it takes no --out", "usage")
    path = Path(path)
    if doc is not None:
        check_id(doc, "--doc")
    docs = _documents(layout)
    if out is not None:
        import_folder_target(Path(out), layout.root, set(docs), force=force)
    rep = Report()
    anns: dict[str, dict[str, Any]] = {}

    def known(doc_id: str, where: str) -> dict[str, Any]:
        check_id(doc_id, where)  # a file's name is the id it annotates
        if doc_id not in docs:
            raise KhabarError(f"{where}: no document {doc_id!r} in the project (name the document "
                              "with --doc)", "format-unknown-document", where)
        return docs[doc_id]

    if fmt == "labelstudio":
        from khabar.formats import labelstudio as ls

        data = read_json(path)
        anns, notes = ls.parse_export(data, docs, str(path), only=doc)
        rep.lines += notes
    elif fmt == "brat":
        from khabar.formats import brat

        for doc_id, where, text in _files(path, ".ann", doc):
            d = known(doc_id, where)
            txt = Path(where).with_suffix(".txt")
            if txt.is_file() and read_text(txt) != d["text"]:
                raise KhabarError(f"{txt}: differs from the text of document {doc_id!r}; offsets would "
                                  "point elsewhere", "text-hash-mismatch", str(txt))
            anns[doc_id] = brat.parse_ann(text, d, where)
    else:
        from khabar.formats import inception

        for doc_id, where, text in _files(path, ".xmi", doc):
            anns[doc_id] = inception.parse_xmi(text, known(doc_id, where), where)
    if pass_name is not None:
        written = write_pass(layout, anns, str(path), pass_name, fmt, force=force)
    else:
        written = write_annotations(layout, anns, str(path), out=out, force=force)
    rep.written += written
    for doc_id, ann in anns.items():
        counts = ", ".join(f"{len(ann[k])} {k}" for k in ("entities", "numbers", "claims", "relations"))
        rep.lines.append(f"{doc_id}: {counts}")
    return rep


__all__ = ["export_format", "export_folder_target", "import_folder_target", "write_export_folder", "import_annotations", "Report",
           "EXPORT_FORMATS", "IMPORT_FORMATS"]
