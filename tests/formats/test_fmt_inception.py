"""INCEpTION imports that would otherwise lose or move annotation silently: a khabarId on two
annotations, two XMI files of one document in a zip, an annotation without an offset."""
from __future__ import annotations

import re
import zipfile

import pytest

from fmt_fixtures import DOC, run
from khabar.formats import inception


def _xmi(gold) -> str:
    doc, ann = gold[DOC]
    return inception.export_xmi(doc, ann)


def _xmi_id(xmi: str, khabar_id: str) -> str:
    """The xmi:id of the annotation carrying `khabar_id` in an exported XMI."""
    found = re.findall(rf'xmi:id="(\d+)"[^>]*khabarId="{khabar_id}"', xmi)
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("first,second", [("e1", "e3"), ("n1", "n2"), ("c1", "c2"), ("r1", "r2")])
def test_inception_khabar_id_on_two_annotations_is_refused(first, second, proj, gold, tmp_path, capsys):
    """A khabarId given to two annotations of a layer (copied in INCEpTION, or edited) would
    send every reference to one of them (a claim's claimant, its numbers, a relation's parts)
    to the other: refused, naming the file and both annotations (id-duplicate)."""
    xmi = _xmi(gold)
    kept, repeated = _xmi_id(xmi, first), _xmi_id(xmi, second)
    edited = xmi.replace(f'khabarId="{second}"', f'khabarId="{first}"')
    src = tmp_path / f"{DOC}.xmi"
    src.write_text(edited, encoding="utf-8")
    assert run(["--root", proj.root, "import", "inception", src, "--out", tmp_path / "out"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"khabar import: error: {src}:xmi:id={repeated}: khabarId {first!r} is also "
                          f"on xmi:id={kept} ")
    assert err.rstrip().endswith("[id-duplicate]") and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def _import_refused(proj, tmp_path, capsys, xmi: str):
    """Import an edited .xmi into a new folder: the import must refuse it (exit 2) and write
    nothing; returns the file and what the command printed."""
    src = tmp_path / f"{DOC}.xmi"
    src.write_text(xmi, encoding="utf-8")
    assert run(["--root", proj.root, "import", "inception", src, "--out", tmp_path / "out"]) == 2
    assert not (tmp_path / "out").exists()
    return src, capsys.readouterr().err


@pytest.mark.parametrize("khabar_id,attr,type_name", [
    ("e2", "begin", "KhabarEntity"), ("n3", "begin", "KhabarNumber"), ("c1", "end", "KhabarClaim"),
    ("r1", "begin", "KhabarArithmetic"),
])
def test_inception_annotation_without_an_offset_is_refused(khabar_id, attr, type_name, proj, gold, tmp_path,
                                                          capsys):
    """An annotation without `begin` (or `end`) is not read as offset 0: refused, naming the
    file and the annotation (format-offset)."""
    xmi = _xmi(gold)
    xid = _xmi_id(xmi, khabar_id)
    edited, n = re.subn(rf'(xmi:id="{xid}"[^>]*?) {attr}="\d+"', r"\1", xmi)
    assert n == 1
    src, err = _import_refused(proj, tmp_path, capsys, edited)
    assert err == f"khabar import: error: {src}:xmi:id={xid}: {type_name} has no {attr} (a missing offset " \
                  "is not read as 0) [format-offset]\n"


def test_inception_aux_span_without_begin_is_refused(proj, gold, tmp_path, capsys):
    """The same for an auxiliary span (a claim's cue), which has no khabarId of its own."""
    xmi = _xmi(gold)
    xid = re.findall(r'<custom:KhabarCue xmi:id="(\d+)"', xmi)[0]
    edited = re.sub(rf'(<custom:KhabarCue xmi:id="{xid}"[^>]*?) begin="\d+"', r"\1", xmi)
    src, err = _import_refused(proj, tmp_path, capsys, edited)
    assert err == f"khabar import: error: {src}:xmi:id={xid}: KhabarCue has no begin (a missing offset " \
                  "is not read as 0) [format-offset]\n"


def test_inception_zip_with_two_xmi_of_one_document_is_refused(proj, gold, tmp_path, capsys):
    """Two members of one document (two annotators' folders, say) are refused, naming both,
    rather than the last one read silently winning."""
    xmi = _xmi(gold)
    src = tmp_path / "export.zip"
    with zipfile.ZipFile(src, "w") as z:
        z.writestr(f"annotation/{DOC}/anna/{DOC}.xmi", xmi)
        z.writestr(f"annotation/{DOC}/omar/{DOC}.xmi", xmi.replace('label="GPE"', 'label="LOC"'))
        z.writestr("annotation/TypeSystem.xml", inception.typesystem_xml())
    assert run(["--root", proj.root, "import", "inception", src, "--out", tmp_path / "out"]) == 2
    err = capsys.readouterr().err
    assert err == (f"khabar import: error: {src}!annotation/{DOC}/omar/{DOC}.xmi: a second .xmi member for "
                   f"document {DOC!r} (the first is annotation/{DOC}/anna/{DOC}.xmi); keep one, Khabar will "
                   "not pick [format-ambiguous]\n")
    assert not (tmp_path / "out").exists()
