"""Label Studio (offline), brat and INCEpTION: configs generated from labels.py, exact round
trips of the gold, UTF-16 edges, and imports that validate, refuse malformed input and keep gold."""
from __future__ import annotations

import copy
import json
import re
import xml.etree.ElementTree as ET

import pytest

from fmt_fixtures import DOC, SEED, TEXT, at, layers, run
from khabar.formats import brat, inception, labelstudio
from khabar.model.labels import CLAIM_KINDS, ENTITY_LABELS, NUMBER_KINDS, QUALIFIERS, RELATION_TYPES
from khabar.model.spans import to_utf16

TOOLS = ("labelstudio", "brat", "inception")


def utf16(text: str, offset: int) -> int:
    """UTF-16 code units before `offset`, counted independently of khabar.model.spans."""
    return len(text[:offset].encode("utf-16-le")) // 2


# ---------------------------------------------------------------- configs from labels.py


def test_labelstudio_config_lists_labels_py():
    root = ET.fromstring(labelstudio.labeling_config())
    labels = {c.get("name"): [x.get("value") for x in c] for c in root.iter("Labels")}
    assert labels == {"entity": list(ENTITY_LABELS), "number": list(NUMBER_KINDS),
                      "claim": list(CLAIM_KINDS), "aux": ["qualifier", "counted", "cue"]}
    assert [r.get("value") for r in root.iter("Relation")] == \
        ["claimant", "cue", "qualifier", "counted", "number", *RELATION_TYPES]
    choices = {c.get("name"): [x.get("value") for x in c] for c in root.iter("Choices")}
    assert choices == {"qualifier": list(QUALIFIERS),
                       "check_worthy": ["check-worthy", "not check-worthy"]}
    assert [(n.get("name"), n.get("perRegion")) for n in root.iter("Number")] == [("value", "true")]


def contrast_with_white(hex_colour: str) -> float:
    """WCAG 2 contrast ratio of white text on `hex_colour`."""
    def lin(c: int) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


def test_entity_palette_one_distinct_readable_colour_per_type():
    from khabar.annotate import view
    from khabar.model.labels import ENTITY_COLOURS

    assert list(ENTITY_COLOURS) == list(ENTITY_LABELS)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in ENTITY_COLOURS.values())
    assert len(set(ENTITY_COLOURS.values())) == len(ENTITY_LABELS)
    assert min(contrast_with_white(c) for c in ENTITY_COLOURS.values()) >= 4.5
    assert view.ENTITY_COLOURS is ENTITY_COLOURS  # one palette, not a copy to drift


def test_labelstudio_config_colours_entities_and_reads_right_to_left():
    from khabar.model.labels import ENTITY_COLOURS

    root = ET.fromstring(labelstudio.labeling_config())
    entity = next(c for c in root.iter("Labels") if c.get("name") == "entity")
    assert {x.get("value"): x.get("background") for x in entity} == ENTITY_COLOURS
    # The Text sits in a View whose style sets the direction (Text has no attribute for it).
    holder = next(v for v in root.iter("View") if v.find("Text") is not None)
    style = dict(part.split(":", 1) for part in holder.get("style").replace(" ", "").split(";") if part)
    assert style["direction"] == "rtl" and style["text-align"] == "right"
    assert [t.get("name") for t in holder] == ["text"]


def test_brat_conf_lists_labels_py():
    conf = brat.annotation_conf()
    sections = dict(re.findall(r"\[(\w+)\]\n(.*?)(?=\n\[|\Z)", conf, re.S))
    assert sections["entities"].split() == [*ENTITY_LABELS, "Number", "Claim", "QualifierSpan",
                                            "Counted", "Cue"]
    attrs = dict(line.split("\t") for line in sections["attributes"].strip().split("\n"))
    assert attrs["NumberKind"] == "Arg:Number, Value:" + "|".join(NUMBER_KINDS)
    assert attrs["Qualifier"] == "Arg:Number, Value:" + "|".join(QUALIFIERS)
    assert attrs["ClaimKind"] == "Arg:Claim, Value:" + "|".join(CLAIM_KINDS)
    rels = [line.split("\t")[0] for line in sections["relations"].strip().split("\n")]
    assert rels == ["<OVERLAP>", "Claimant", "HasCue", "HasQualifier", "HasCounted", "ClaimNumber",
                    "Sum", "Includes", "Equals"]
    assert all(label in brat.visual_conf() for label in ENTITY_LABELS)


def test_uima_typesystem_loads_in_cassis():
    from cassis import load_typesystem

    ts = load_typesystem(inception.typesystem_xml())
    names = {t.name for t in ts.get_types()}
    assert {inception.ENTITY, inception.NUMBER, inception.CLAIM, inception.ARITH,
            *inception.AUX.values()} <= names
    feats = {f.name for f in ts.get_type(inception.CLAIM).all_features}
    assert {"khabarId", "kind", "checkWorthy", "claimant", "cue", "numbers"} <= feats
    desc = next(f.description for f in ts.get_type(inception.ENTITY).all_features if f.name == "label")
    assert desc == "one of: " + ", ".join(ENTITY_LABELS)


# ---------------------------------------------------------------- round trips


def ls_back(doc, ann):
    # The task's data as Khabar exports it (Label Studio keeps it), the prediction submitted.
    export = [{"id": 1, "data": labelstudio.export_tasks([(doc, ann)])[0]["data"],
               "annotations": [{"id": 7, "result": labelstudio.annotation_result(doc, ann)}]}]
    # Through JSON, as a file would carry it.
    anns, notes = labelstudio.parse_export(json.loads(json.dumps(export)), {doc["id"]: doc}, "x.json")
    assert notes == []
    return anns[doc["id"]]


ROUND_TRIP = {
    "labelstudio": ls_back,
    "brat": lambda doc, ann: brat.parse_ann(brat.export_ann(doc, ann), doc, "x.ann"),
    "inception": lambda doc, ann: inception.parse_xmi(inception.export_xmi(doc, ann), doc, "x.xmi"),
}


@pytest.mark.parametrize("doc_id", [SEED, DOC])
@pytest.mark.parametrize("fmt", TOOLS)
def test_round_trip_is_exact(fmt, doc_id, gold):
    doc, ann = gold[doc_id]
    assert layers(ROUND_TRIP[fmt](doc, ann)) == layers(ann)


def as_tool_export(fmt, out, ls_file):
    """What the tool gives back after `khabar export FMT --out out`, unchanged by the annotator:
    for Label Studio, its JSON export (the tasks, the predictions submitted as annotations)."""
    if fmt != "labelstudio":
        return out
    tasks = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
    for t in tasks:
        t["annotations"] = [{"id": 1, "result": t.pop("predictions")[0]["result"]}]
    ls_file.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return ls_file


@pytest.mark.parametrize("fmt", TOOLS)
def test_cli_round_trip_into_the_project(fmt, proj, tmp_path, gold, capsys):
    """Export, then import into annotations/: refused over gold without --force, the same
    annotation is no change, a changed one replaces gold with --force only."""
    out = tmp_path / "out"
    assert run(["--root", proj.root, "export", fmt, "--out", out]) == 0
    src = as_tool_export(fmt, out, tmp_path / "export.json")
    before = {d: proj.annotation(d).read_bytes() for d in (SEED, DOC)}
    assert run(["--root", proj.root, "import", fmt, src]) == 0
    assert {d: proj.annotation(d).read_bytes() for d in (SEED, DOC)} == before
    assert "nothing changed" in capsys.readouterr().out

    # The project's gold changes (an entity removed): the tool's version is now different.
    changed = copy.deepcopy(gold[DOC][1])
    changed["entities"] = changed["entities"][:2]
    changed["claims"][0]["claimant"] = "author"
    proj.annotation(DOC).write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    assert run(["--root", proj.root, "import", fmt, src]) == 2
    err = capsys.readouterr().err
    assert "holds gold annotation; pass --force" in err and err.rstrip().endswith("[gold-exists]")
    assert json.loads(proj.annotation(DOC).read_text(encoding="utf-8")) == changed
    assert run(["--root", proj.root, "import", fmt, src, "--force", "--doc", DOC]) == 0
    assert layers(json.loads(proj.annotation(DOC).read_text(encoding="utf-8"))) == layers(gold[DOC][1])


def suggestion_file(proj, gold):
    """annotations/suggestions/bmp1.json: another annotation of the document than its gold
    (status suggested, one entity and one relation fewer, the claimant left to the author)."""
    sugg = copy.deepcopy(gold[DOC][1])
    sugg["entities"] = sugg["entities"][:2]
    sugg["claims"][0]["claimant"] = "author"
    sugg["relations"] = sugg["relations"][:1]
    sugg["status"] = "suggested"
    sugg["provenance"] = [{"step": "suggestion", "agent": "khabar suggest", "source": None}]
    path = proj.annotations_dir / "suggestions" / f"{DOC}.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(sugg, ensure_ascii=False), encoding="utf-8")
    return path, sugg


@pytest.mark.parametrize("fmt", TOOLS)
def test_export_an_annotation_file_and_import_it_as_a_pass(fmt, proj, tmp_path, gold, capsys):
    """A suggestion goes to the tool (not the gold) and comes back as pass A of its document,
    with its provenance; never over an existing pass without --force; the gold is untouched."""
    path, sugg = suggestion_file(proj, gold)
    out = tmp_path / "out"
    assert run(["--root", proj.root, "export", fmt, "--annotation", path, "--out", out]) == 0
    assert f"annotations/suggestions/{DOC}.json" in capsys.readouterr().out
    if fmt == "labelstudio":
        tasks = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
        assert [(t["data"]["doc_id"], [p["model_version"] for p in t["predictions"]]) for t in tasks] == \
            [(DOC, [f"khabar:annotations/suggestions/{DOC}.json"])]
    src = as_tool_export(fmt, out, tmp_path / "export.json")
    gold_before = {d: proj.annotation(d).read_bytes() for d in (SEED, DOC)}

    assert run(["--root", proj.root, "import", fmt, src, "--pass", "A"]) == 0
    pass_a = proj.passes(DOC) / "A.json"
    assert capsys.readouterr().out.rstrip().endswith(f"wrote {pass_a}")
    written = json.loads(pass_a.read_text(encoding="utf-8"))
    assert layers(written) == layers(sugg)
    assert written["status"] == "annotated"
    assert written["provenance"] == [{
        "step": "pass", "agent": "annotator A", "source": str(src),
        "note": f"Pass A annotated in {fmt}; imported with `khabar import {fmt} --pass A`."}]
    assert {d: proj.annotation(d).read_bytes() for d in (SEED, DOC)} == gold_before
    assert sorted(p.name for p in proj.passes(DOC).iterdir()) == ["A.json"]
    assert not proj.passes(SEED).exists()

    # The same again: nothing changed. The gold's export as pass A: refused, then --force.
    assert run(["--root", proj.root, "import", fmt, src, "--pass", "A"]) == 0
    assert "nothing changed" in capsys.readouterr().out
    gold_out = tmp_path / "gold-out"
    assert run(["--root", proj.root, "export", fmt, "--doc", DOC, "--out", gold_out]) == 0
    gold_src = as_tool_export(fmt, gold_out, tmp_path / "gold-export.json")
    before = pass_a.read_bytes()
    assert run(["--root", proj.root, "import", fmt, gold_src, "--pass", "A"]) == 2
    err = capsys.readouterr().err
    assert f"{pass_a}: pass A of {DOC} exists; pass --force" in err and err.rstrip().endswith("[pass-exists]")
    assert pass_a.read_bytes() == before
    assert run(["--root", proj.root, "import", fmt, gold_src, "--pass", "A", "--force"]) == 0
    replaced = json.loads(pass_a.read_text(encoding="utf-8"))
    assert layers(replaced) == layers(gold[DOC][1])
    assert [(s["step"], s["source"]) for s in replaced["provenance"]] == [("pass", str(src)),
                                                                         ("pass", str(gold_src))]


@pytest.mark.parametrize("args,message", [
    (["import", "brat", "{out}", "--pass", "A", "--out", "{tmp}/x"], "--pass writes into annotations/passes"),
    (["import", "brat", "{out}", "--pass", "../A"], "--pass '../A': a pass name is letters"),
    (["import", "conll", "{out}", "--pass", "A", "--out", "{tmp}/x"], "unrecognized arguments: --pass A"),
    (["export", "brat", "--doc", DOC, "--annotation", "{sugg}", "--out", "{tmp}/y"], "name documents (--doc) or"),
    (["export", "jsonl", "--annotation", "{sugg}"], "unrecognized arguments: --annotation"),
    (["export", "brat", "--annotation", "{sugg}", "--annotation", "{sugg}", "--out", "{tmp}/y"],
     "a second annotation file of bmp1"),
])
def test_annotation_and_pass_options_refuse_misuse(args, message, proj, tmp_path, gold, capsys):
    path, _ = suggestion_file(proj, gold)
    out = tmp_path / "out"
    assert run(["--root", proj.root, "export", "brat", "--out", out]) == 0
    capsys.readouterr()
    argv = [a.format(out=out, tmp=tmp_path, sugg=path) for a in args]
    assert run(["--root", proj.root, *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not proj.passes(DOC).exists() and not (tmp_path / "x").exists() and not (tmp_path / "y").exists()


def test_export_annotation_file_is_validated(proj, tmp_path, gold, capsys):
    path, sugg = suggestion_file(proj, gold)
    sugg["entities"][0]["label"] = "PERSON"
    path.write_text(json.dumps(sugg, ensure_ascii=False), encoding="utf-8")
    assert run(["--root", proj.root, "export", "brat", "--annotation", path, "--out", tmp_path / "y"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"khabar export: error: {path}: does not validate at $.entities[0].label")
    assert err.rstrip().endswith("[schema-enum]") and not (tmp_path / "y").exists()


# ---------------------------------------------------------------- UTF-16 edges


def test_labelstudio_offsets_are_utf16(gold):
    doc, ann = gold[DOC]
    regions = {r["id"]: r["value"] for r in labelstudio.annotation_result(doc, ann) if "id" in r}
    for e in ann["entities"]:
        v = regions[e["id"]]
        assert (v["start"], v["end"]) == (utf16(TEXT, e["start"]), utf16(TEXT, e["end"]))
        assert TEXT.encode("utf-16-le")[2 * v["start"]:2 * v["end"]].decode("utf-16-le") == e["text"]
    # one supplementary character before the first entity, two before the last number
    assert regions["e1"]["start"] == ann["entities"][0]["start"] + 1
    assert regions["n3"]["start"] == ann["numbers"][2]["start"] + 2


def test_uima_xmi_offsets_are_utf16(gold):
    doc, ann = gold[DOC]
    root = ET.fromstring(inception.export_xmi(doc, ann).encode("utf-8"))
    ns = "{http:///webanno/custom.ecore}"
    xmi = {el.get("khabarId"): (int(el.get("begin")), int(el.get("end")))
           for el in root.iter() if el.tag in (ns + "KhabarEntity", ns + "KhabarNumber")}
    for item in ann["entities"] + ann["numbers"]:
        assert xmi[item["id"]] == (utf16(TEXT, item["start"]), utf16(TEXT, item["end"]))
    assert xmi["n3"] == (at("خمسين")[0] + 2, at("خمسين")[1] + 2)


def test_labelstudio_offset_inside_a_surrogate_pair_is_refused(gold):
    doc, ann = gold[DOC]
    result = labelstudio.annotation_result(doc, ann)
    result[0]["value"]["start"] = 1  # between the two code units of U+1F4F0
    with pytest.raises(Exception) as exc:
        labelstudio.parse_result(result, doc, "x.json", "$[0].annotations[0].result")
    assert exc.value.code == "format-offset"
    assert str(exc.value).startswith("x.json:$[0].annotations[0].result[0].value: ")


def test_to_utf16_agrees_with_python_encoding():
    assert [to_utf16(TEXT, i) for i in range(len(TEXT) + 1)] == \
        [utf16(TEXT, i) for i in range(len(TEXT) + 1)]


# ---------------------------------------------------------------- malformed input


def ls_export(doc, ann, edit):
    tasks = [{"id": 1, "data": {"text": doc["text"], "doc_id": doc["id"]},
              "annotations": [{"id": 7, "result": labelstudio.annotation_result(doc, ann)}]}]
    edit(tasks)
    return json.dumps(tasks, ensure_ascii=False, indent=1)


def _set(path, value):
    def edit(tasks):
        obj = tasks
        for k in path[:-1]:
            obj = obj[k]
        obj[path[-1]] = value
    return edit


RESULT = (0, "annotations", 0, "result")
LS_CASES = [
    # (edit, where in the message, code)
    (_set((*RESULT, 0, "value", "labels"), ["PERSON"]), "$[0].annotations[0].result[0].value.labels",
     "schema-enum"),
    (_set((*RESULT, 0, "value", "text"), "غير"), "$[0].annotations[0].result[0].value.text",
     "format-offset"),
    (_set((0, "data", "doc_id"), "nope"), "$[0].data.doc_id", "format-unknown-document"),
    (lambda t: t[0]["annotations"].append(dict(t[0]["annotations"][0], id=8)), "$[0].annotations",
     "format-ambiguous"),
    (lambda t: t[0]["annotations"][0]["result"].append(
        {"from_id": "c1", "to_id": "zz", "type": "relation", "labels": ["claimant"]}),
     "$[0].annotations[0].result[", "ref-unresolved"),
    (lambda t: t[0]["annotations"][0]["result"].append(
        {"from_id": "c1", "to_id": "n1", "type": "relation", "labels": ["claimant"]}),
     "$[0].annotations[0].result[", "format-relation"),
    (lambda t: t[0]["annotations"][0].update(
        result=[r for r in t[0]["annotations"][0]["result"] if r.get("from_name") != "value"]),
     "$[0].annotations[0].result[", "format-missing-attribute"),
]


@pytest.mark.parametrize("edit,where,code", LS_CASES)
def test_labelstudio_import_refuses_malformed(edit, where, code, proj, tmp_path, gold, capsys):
    doc, ann = gold[DOC]
    src = tmp_path / "export.json"
    src.write_text(ls_export(doc, ann, edit), encoding="utf-8")
    before = proj.annotation(DOC).read_bytes()
    assert run(["--root", proj.root, "import", "labelstudio", src, "--force"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"khabar import: error: {src}:{where}") and err.rstrip().endswith(f"[{code}]")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert proj.annotation(DOC).read_bytes() == before


def test_labelstudio_import_of_tasks_json_says_what_was_skipped(proj, tmp_path, capsys):
    """tasks.json (what `khabar export labelstudio` writes: predictions, no annotation) imports
    nothing: one error line naming each skipped task and why, exit 2, no file touched. A file
    with one submitted task imports it and names the task it skipped."""
    out = tmp_path / "ls"
    assert run(["--root", proj.root, "export", "labelstudio", "--out", out]) == 0
    capsys.readouterr()
    before = {d: proj.annotation(d).read_bytes() for d in (SEED, DOC)}
    assert run(["--root", proj.root, "import", "labelstudio", out / "tasks.json", "--force"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"khabar import: error: {out / 'tasks.json'}:$: nothing to import: none of its 2 task(s) has a "
        f"submitted annotation: 2 with predictions only ($[0] {SEED}, $[1] {DOC})"
        f"{labelstudio._HINT} [import-nothing]\n")
    assert {d: proj.annotation(d).read_bytes() for d in (SEED, DOC)} == before

    tasks = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
    tasks[1]["annotations"] = [{"id": 1, "result": tasks[1]["predictions"][0]["result"]}]
    tasks[0]["annotations"] = [{"id": 2, "result": [], "was_cancelled": True}]
    src = tmp_path / "half.json"
    src.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    assert run(["--root", proj.root, "import", "labelstudio", src, "--out", tmp_path / "a"]) == 0
    assert capsys.readouterr().out.split("\n")[0] == (
        f"{src}:$[0]: task for {SEED} skipped: only cancelled annotations (skipped in Label Studio)")
    # One document asked for, and its task has nothing to import.
    assert run(["--root", proj.root, "import", "labelstudio", src, "--doc", SEED, "--out", tmp_path / "b"]) == 2
    assert capsys.readouterr().err == (
        f"khabar import: error: {src}:$[0]: nothing to import: the task for {SEED} has only cancelled "
        f"annotations (skipped in Label Studio){labelstudio._HINT} [import-nothing]\n")
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == [f"{DOC}.json"]


def test_labelstudio_invalid_json_names_line_and_column(proj, tmp_path, capsys):
    src = tmp_path / "export.json"
    src.write_text('[\n  {"data": }\n]', encoding="utf-8")
    assert run(["--root", proj.root, "import", "labelstudio", src]) == 2
    assert capsys.readouterr().err == f"khabar import: error: {src}:2:12: invalid JSON (Expecting value) [json-invalid]\n"


BRAT_CASES = [
    # (line to append, message part, code)
    ("T90\tPERS 0 3\tقال", "T90 offsets 0 3 do not cover 'قال'", "format-offset"),
    ("T90\tPERS 2 5;7 9\tx", "T90 is discontinuous", "format-offset"),
    ("T90\tPERSON 2 5\tقال", "unknown type 'PERSON'", "schema-enum"),
    ("R90\tClaimant Arg1:T1 Arg2:T2", "Claimant argument T1 is a ORG; expected Claim", "format-relation"),
    ("R90\tClaimant Arg1:T99 Arg2:T1", "Claimant names T99", "ref-unresolved"),
    ("E1\tEvent:T1", "unsupported annotation 'E1'", "format-invalid"),
    ("T90 PERS 2 5 قال", "malformed text-bound annotation", "format-invalid"),
]


@pytest.mark.parametrize("line,message,code", BRAT_CASES)
def test_brat_import_refuses_malformed(line, message, code, proj, tmp_path, gold, capsys):
    doc, ann = gold[DOC]
    text = brat.export_ann(doc, ann)
    src = tmp_path / f"{DOC}.ann"
    src.write_text(text + line + "\n", encoding="utf-8")
    n = text.count("\n") + 1
    assert run(["--root", proj.root, "import", "brat", src, "--force"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"khabar import: error: {src}:{n}: ") and message in err
    assert err.rstrip().endswith(f"[{code}]") and err.count("\n") == 1


def test_brat_number_without_value_note(gold):
    doc, ann = gold[DOC]
    text = "\n".join(ln for ln in brat.export_ann(doc, ann).split("\n") if not ln.startswith("#"))
    with pytest.raises(Exception) as exc:
        brat.parse_ann(text, doc, "x.ann")
    assert exc.value.code == "format-missing-attribute" and "needs one AnnotatorNotes" in str(exc.value)


@pytest.mark.parametrize("edit,message,code", [
    (lambda x: x.replace('label="ORG"', 'label="ORGANISATION"', 1),
     "KhabarEntity.label is 'ORGANISATION'", "schema-enum"),
    (lambda x: x[: len(x) // 2], "not a readable CAS XMI", "format-invalid"),
    (lambda x: x.replace('value="412"', 'value="four"'), "number value 'four'", "format-invalid"),
])
def test_inception_import_refuses_malformed(edit, message, code, proj, tmp_path, gold, capsys):
    doc, ann = gold[DOC]
    src = tmp_path / f"{DOC}.xmi"
    src.write_text(edit(inception.export_xmi(doc, ann)), encoding="utf-8")
    assert run(["--root", proj.root, "import", "inception", src, "--force"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"khabar import: error: {src}") and message in err
    assert err.rstrip().endswith(f"[{code}]") and err.count("\n") == 1


def test_import_validates_before_writing(proj, tmp_path, gold, capsys):
    """A span that cuts a word is valid brat but not a valid annotation: nothing is written."""
    doc, ann = gold[DOC]
    s, e = at("المرصد")
    bad = brat.export_ann(doc, ann).replace(f"ORG {s} {e}\tالمرصد", f"ORG {s} {e - 1}\tالمرص")
    src = tmp_path / f"{DOC}.ann"
    src.write_text(bad, encoding="utf-8")
    out = tmp_path / "anns"
    assert run(["--root", proj.root, "import", "brat", src, "--out", out]) == 2
    err = capsys.readouterr().err
    assert f"the imported annotation of {DOC} does not validate at $.entities[0]" in err
    assert err.rstrip().endswith("[span-word-boundary]")
    assert not out.exists() or not any(out.iterdir())


def test_ids_of_new_annotations_follow_the_gold(gold):
    """Regions drawn in Label Studio (random ids) get the next free Khabar ids, in text order."""
    doc, ann = gold[DOC]
    result = labelstudio.annotation_result(doc, ann)
    s, e = at("الغارات")
    result.insert(0, {"id": "Xy12Ab", "from_name": "entity", "to_name": "text", "type": "labels",
                      "value": {"start": to_utf16(TEXT, s), "end": to_utf16(TEXT, e),
                                "labels": ["ORG"]}})
    back = labelstudio.parse_result(result, doc, "x.json", "$")
    assert back["entities"] == ann["entities"] + [
        {"id": "e4", "start": s, "end": e, "text": "الغارات", "label": "ORG"}]


# ---------------------------------------------------------------- relations: binary links


def brat_t(ann_text: str, sub: str) -> str:
    """The T id of the Number annotation over `sub` in a .ann text."""
    s, e = at(sub)
    return next(ln.split("\t")[0] for ln in ann_text.split("\n") if f"\tNumber {s} {e}\t" in ln)


INCLUDES_N1_N2_N4 = [{"id": "r1", "type": "includes", "total": "n1", "parts": ["n2", "n4"]}]
SUM_N1_N3 = {"id": "r3", "type": "sum", "total": "n1", "parts": ["n3"]}


@pytest.mark.parametrize("edit,expected", [
    # What Khabar writes: each link's note names its relation, so two relations stay two.
    (lambda a, t: a, lambda gold: gold),
    # Links drawn in brat carry no note: those of one type and total make one relation.
    (lambda a, t: "\n".join(ln for ln in a.split("\n") if not re.match(r"#\d+\tAnnotatorNotes R", ln)),
     lambda gold: INCLUDES_N1_N2_N4),
    # A new link of a type and total no relation has: a relation of its own, the next id.
    (lambda a, t: a + f"R90\tSum Arg1:{t('412')} Arg2:{t('خمسين')}\n", lambda gold: gold + [SUM_N1_N3]),
])
def test_brat_relations_from_links(edit, expected, gold):
    doc, ann = gold[DOC]
    text = brat.export_ann(doc, ann)
    back = brat.parse_ann(edit(text, lambda sub: brat_t(text, sub)), doc, "x.ann")["relations"]
    assert back == expected(ann["relations"])


@pytest.mark.parametrize("extra,message,code", [
    # n1 -> n3 drawn in brat: r1 and r2 are both includes of n1; Khabar does not pick.
    ("R90\tIncludes Arg1:{n1} Arg2:{n3}", "could belong to relation r1 or r2", "format-ambiguous"),
    # A note naming a relation of another type.
    ("R90\tSum Arg1:{n1} Arg2:{n3}\n#90\tAnnotatorNotes R90\tr1",
     "a sum link from n1 says it belongs to relation 'r1', a includes of n1", "format-relation"),
])
def test_brat_relation_links_refused(extra, message, code, gold):
    doc, ann = gold[DOC]
    text = brat.export_ann(doc, ann)
    extra = extra.format(n1=brat_t(text, "412"), n3=brat_t(text, "خمسين"))
    with pytest.raises(Exception) as exc:
        brat.parse_ann(text + extra + "\n", doc, "x.ann")
    assert exc.value.code == code and message in str(exc.value)
    assert str(exc.value).startswith(f"x.ann:{text.count(chr(10)) + 1}: ")


def test_labelstudio_relations_from_links(gold):
    """The task's relation map keeps two includes of n1 apart; without it (a task made by hand)
    the links of one type and total make one relation; a link drawn where two relations could
    take it is refused, naming its place."""
    doc, ann = gold[DOC]
    data = labelstudio.export_tasks([(doc, ann)])[0]["data"]
    assert data["khabar_relations"] == ann["relations"]
    result = labelstudio.annotation_result(doc, ann)
    assert labelstudio.parse_result(result, doc, "x.json", "$", data["khabar_relations"])["relations"] \
        == ann["relations"]
    assert labelstudio.parse_result(result, doc, "x.json", "$")["relations"] == INCLUDES_N1_N2_N4
    drawn = result + [{"from_id": "n1", "to_id": "n3", "type": "relation", "direction": "right",
                       "labels": ["includes"]}]
    with pytest.raises(Exception) as exc:
        labelstudio.parse_result(drawn, doc, "x.json", "$", data["khabar_relations"])
    assert exc.value.code == "format-ambiguous"
    assert str(exc.value).startswith(f"x.json:$[{len(result)}]: the includes link n1 -> n3 was drawn")


@pytest.mark.parametrize("fmt", TOOLS)
def test_export_out_is_guarded(fmt, proj, capsys):
    assert run(["--root", proj.root, "export", fmt, "--out", proj.annotations_dir / "x"]) == 2
    assert capsys.readouterr().err.rstrip().endswith("[out-refused]")


FOLDER_EXPORTS = ("labelstudio", "brat", "inception", "wojood")


def _tree(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("fmt", FOLDER_EXPORTS)
def test_export_again_needs_force_and_keeps_what_it_did_not_write(fmt, proj, tmp_path, capsys):
    """Before: a second export into the same folder replaced the first without
    --force (a folder holding khabar-export.json was taken as licence), and wojood --force wrote
    into any folder."""
    out = tmp_path / "out"
    assert run(["--root", proj.root, "export", fmt, "--out", out]) == 0
    first = _tree(out)
    capsys.readouterr()
    assert run(["--root", proj.root, "export", fmt, "--out", out]) == 2
    assert capsys.readouterr().err == (f"khabar export: error: {out}: holds a previous export; "
                                       "pass --force to replace it [out-refused]\n")
    assert _tree(out) == first
    # --force replaces the export's own files; a file someone put beside them stays as it is.
    (out / "notes.md").write_text("ملاحظات المراجع", encoding="utf-8")
    marker = json.loads(first["khabar-export.json"])
    assert marker["format"] == fmt and sorted(marker["files"]) == sorted(set(first) - {"khabar-export.json"})
    assert run(["--root", proj.root, "export", fmt, "--out", out, "--force"]) == 0
    assert _tree(out) == {**first, "notes.md": "ملاحظات المراجع".encode()}


@pytest.mark.parametrize("old_marker", [False, True], ids=["marker", "marker-without-files"])
@pytest.mark.parametrize("fmt,stale", [("brat", [f"{SEED}.ann", f"{SEED}.txt"]), ("inception", [f"{SEED}.xmi"])])
def test_export_force_removes_only_its_stale_files(fmt, stale, old_marker, proj, tmp_path):
    out = tmp_path / "out"
    assert run(["--root", proj.root, "export", fmt, "--out", out]) == 0
    if old_marker:  # as exports wrote it before the marker listed the files
        (out / "khabar-export.json").write_text(json.dumps({"format": fmt, "documents": [SEED, DOC]}),
                                                encoding="utf-8")
    (out / "mine.txt").write_text("x", encoding="utf-8")
    assert run(["--root", proj.root, "export", fmt, "--doc", DOC, "--out", out, "--force"]) == 0
    marker = json.loads((out / "khabar-export.json").read_text(encoding="utf-8"))
    assert sorted(p.name for p in out.iterdir()) == sorted([*marker["files"], "khabar-export.json", "mine.txt"])
    assert marker["documents"] == [DOC] and not set(stale) & set(marker["files"])


@pytest.mark.parametrize("fmt", FOLDER_EXPORTS)
def test_export_force_refuses_a_folder_it_did_not_write(fmt, proj, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "config.xml").write_text("<mine/>", encoding="utf-8")
    for extra in ([], ["--force"]):
        assert run(["--root", proj.root, "export", fmt, "--out", out, *extra]) == 2
        assert capsys.readouterr().err == (
            f"khabar export: error: {out}: folder exists and is not empty, and is not a Khabar export "
            "(no khabar-export.json); choose a new or empty folder [out-refused]\n")
    assert _tree(out) == {"config.xml": b"<mine/>"}


def test_export_force_never_overwrites_a_file_the_export_did_not_write(proj, tmp_path, capsys):
    out = tmp_path / "out"
    assert run(["--root", proj.root, "export", "brat", "--doc", DOC, "--out", out]) == 0
    (out / f"{SEED}.ann").write_text("T1\tORG 0 3\tقال\n", encoding="utf-8")  # someone's own file
    before = _tree(out)
    assert run(["--root", proj.root, "export", "brat", "--out", out, "--force"]) == 2
    assert capsys.readouterr().err.endswith(
        f"{out / SEED}.ann: exists and the previous export did not write it; refusing to overwrite it "
        "(move it away, or choose a new folder) [out-refused]\n")
    assert _tree(out) == before


@pytest.mark.parametrize("files", [["../x.ann"], ["a/b.ann"], ["khabar-export.json"], "x.ann", [3]])
def test_export_force_refuses_a_marker_it_did_not_write(files, proj, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "khabar-export.json").write_text(json.dumps({"format": "brat", "documents": [], "files": files}),
                                            encoding="utf-8")
    before = _tree(out)
    assert run(["--root", proj.root, "export", "brat", "--out", out, "--force"]) == 2
    assert capsys.readouterr().err.rstrip().endswith(
        f"{out / 'khabar-export.json'}: not a marker Khabar wrote (expected the format and the list of files "
        "of the export); choose a new folder [out-refused]")
    assert _tree(out) == before and not (tmp_path / "x.ann").exists()


# ---------------------------------------------------------------- docs/annotation-format.md


def test_docs_example_validates_and_table_lists_every_format():
    from fmt_fixtures import REPO
    from khabar.cli.formats import TOOL_EXPORTS
    from khabar.corpus.documents import make_document
    from khabar.validate.core import annotation_problems

    page = (REPO / "docs" / "annotation-format.md").read_text(encoding="utf-8")
    text = re.search(r"Text \(one paragraph\): `([^`]+)`", page).group(1)
    example = json.loads(re.search(r"```json\n(.*?)```", page, re.S).group(1))
    doc = make_document("12/2/2024 9:50:00 AM\n" + text, "example", "corpus/raw/example.txt")
    example["text_sha256"] = doc["text_sha256"]
    assert [p.format() for p in annotation_problems(example, doc, "example.json", "example")] == []
    table = page[page.index("| format | export |"):].split("\n\n")[0]
    rows = re.findall(r"^\| `(\w+)` \|", table, re.M)
    assert sorted(rows) == sorted({"jsonl", "wojood", *TOOL_EXPORTS})


def test_inception_zip_and_brat_text_check(proj, tmp_path, gold, capsys):
    """An INCEpTION export zip is read member by member; a brat .txt that is not the
    document's text is refused (its offsets would point elsewhere)."""
    import zipfile

    doc, ann = gold[DOC]
    src = tmp_path / "inception-export.zip"
    with zipfile.ZipFile(src, "w") as z:
        z.writestr(f"annotation/{DOC}.xmi", inception.export_xmi(doc, ann))
        z.writestr("annotation/TypeSystem.xml", inception.typesystem_xml())
    assert run(["--root", proj.root, "import", "inception", src, "--out", tmp_path / "a"]) == 0
    assert layers(json.loads((tmp_path / "a" / f"{DOC}.json").read_text(encoding="utf-8"))) == layers(ann)

    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / f"{DOC}.ann").write_text(brat.export_ann(doc, ann), encoding="utf-8")
    (folder / f"{DOC}.txt").write_text(doc["text"].replace("حلب", "حمص"), encoding="utf-8")
    assert run(["--root", proj.root, "import", "brat", folder, "--out", tmp_path / "b"]) == 2
    err = capsys.readouterr().err
    assert f"{folder / DOC}.txt: differs from the text of document" in err
    assert err.rstrip().endswith("[text-hash-mismatch]")


def _foreign_options():
    """(direction, format, an option another format of that direction takes and it does not)."""
    from khabar.formats.registry import exporters, importers

    for direction, table in (("export", exporters()), ("import", importers())):
        every = {o for d in table.values() for o in d.options}
        for name, d in table.items():
            for option in sorted(every - set(d.options)):
                yield direction, name, option


@pytest.mark.parametrize("direction, fmt, option", list(_foreign_options()))
def test_an_option_a_format_does_not_take_is_refused(direction, fmt, option, proj, tmp_path, capsys):
    """Formats come from one registry: each format's subcommand has its own options only, so
    `export brat --view ner` or `import brat --label-map A=B` is an error, not silently ignored."""
    flags = {"--split-at-spans", "--repair-orphan-i"}
    value = [] if option in flags else ["x=y" if option == "--label-map" else "x"]
    target = [] if direction == "export" else [str(tmp_path / "in")]
    argv = ["--root", proj.root, direction, fmt, *target, option, *value, "--out", tmp_path / "o"]
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"unrecognized arguments: {option}" in err and "[usage]" in err
    assert not (tmp_path / "o").exists()
