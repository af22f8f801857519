"""Label Studio: the labeling config generated from labels.py, tasks with the gold as
predictions, and a Label Studio JSON export read back into annotation files.

Mapping. One `Text` object (right to left; entity types in the viewer's colours, from
labels.py) and four `Labels` controls on it: `entity` (Wojood labels, regions
may nest), `number` (the label is the number's kind), `claim` (the label is the claim's kind)
and `aux` (qualifier words, counted noun, attribution cue). Per-region controls carry the
number's `value` (Number) and `qualifier` (Choices) and the claim's `check_worthy` (Choices).
Links are Label Studio relations, from the first region to the second: `claimant`
(claim -> entity; no claimant relation: the author), `cue` (claim -> cue), `qualifier` and
`counted` (number -> aux span), `number` (claim -> number, in the claim's order) and the
arithmetic relations `sum`, `includes`, `equals` (total -> each part, parts in order). Label
Studio relations are binary and carry no id, so each task's data holds the gold's arithmetic
relations (`khabar_relations`): on import, a link belongs to the relation that lists it, and two
relations of one type and total stay two.
Region ids are the Khabar ids (e1, n3, c2), so they survive a round trip; regions drawn in
Label Studio get the next free ids. Offsets are UTF-16 code units (JavaScript strings) in Label
Studio and code points in Khabar: converted here with one `Utf16Index` per text (linear
in the text and the regions, however many regions a text has).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from xml.sax.saxutils import quoteattr

from khabar.corpus.layout import check_id
from khabar.formats.base import Link, assign_ids, new_annotation, rebuild_relations, span_obj
from khabar.model.errors import KhabarError
from khabar.model.labels import CLAIM_KINDS, ENTITY_COLOURS, ENTITY_LABELS, NUMBER_KINDS, QUALIFIERS, RELATION_TYPES
from khabar.model.spans import Span, Utf16Index

TO_NAME = "text"
CONTROL = {"entities": "entity", "numbers": "number", "claims": "claim"}
LAYER_OF = {v: k for k, v in CONTROL.items()}
AUX = "aux"
AUX_LABELS = ("qualifier", "counted", "cue")
CHECK_WORTHY = {True: "check-worthy", False: "not check-worthy"}
LINKS = ("claimant", "cue", "qualifier", "counted", "number")
RELATION_LABELS = LINKS + RELATION_TYPES
MODEL_VERSION = "khabar-gold"
TEXT_STYLE = "direction: rtl; text-align: right; font-size: 1.15em; line-height: 2"
# The task data field holding the gold's arithmetic relations (ids, types, totals, parts).
RELATIONS_KEY = "khabar_relations"

# Entity types take the viewer's palette (one colour each, from labels.py); the other layers
# one hue per layer, so that numbers, claims and auxiliary spans stand apart from entities.
_COLOURS = {"number": "#2ca02c", "claim": "#ff7f0e", AUX: "#7f7f7f"}


def _colour(name: str, value: str) -> str:
    return ENTITY_COLOURS[value] if name == "entity" else _COLOURS[name]


def _labels(name: str, values: tuple[str, ...]) -> str:
    items = "".join(f'\n    <Label value={quoteattr(v)} background="{_colour(name, v)}"/>' for v in values)
    return f'  <Labels name="{name}" toName="{TO_NAME}">{items}\n  </Labels>'


def _choices(name: str, values, when: str) -> str:
    items = "".join(f"\n      <Choice value={quoteattr(v)}/>" for v in values)
    return (f'    <Choices name="{name}" toName="{TO_NAME}" perRegion="true" choice="single">'
            f"{items}\n    </Choices>")


def labeling_config() -> str:
    """The Label Studio labeling config (XML), generated from `khabar.model.labels`."""
    relations = "".join(f"\n    <Relation value={quoteattr(v)}/>" for v in RELATION_LABELS)
    return "\n".join([
        "<View>",
        '  <Header value="Entities (nested), numbers, claims; relations from the first region to the second"/>',
        _labels("entity", ENTITY_LABELS),
        _labels("number", NUMBER_KINDS),
        _labels("claim", CLAIM_KINDS),
        _labels(AUX, AUX_LABELS),
        # Arabic runs right to left: Label Studio's Text has no direction of its own, so the
        # View around it sets it (the text is drawn in the page, inheriting it).
        f'  <View style="{TEXT_STYLE}">',
        f'    <Text name="{TO_NAME}" value="$text"/>',
        "  </View>",
        f"  <Relations>{relations}\n  </Relations>",
        '  <View visibleWhen="region-selected" whenTagName="number">',
        '    <Header value="Number: value and qualifier"/>',
        f'    <Number name="value" toName="{TO_NAME}" perRegion="true"/>',
        _choices("qualifier", QUALIFIERS, "number"),
        "  </View>",
        '  <View visibleWhen="region-selected" whenTagName="claim">',
        '    <Header value="Claim: check-worthiness"/>',
        _choices("check_worthy", CHECK_WORTHY.values(), "claim"),
        "  </View>",
        "</View>",
    ]) + "\n"


# ---------------------------------------------------------------- export


def _region(text: str, u16: Utf16Index, rid: str, control: str, typ: str, span: Span, key: str,
            value: Any) -> dict[str, Any]:
    return {"id": rid, "from_name": control, "to_name": TO_NAME, "type": typ, "origin": "manual",
            "value": {"start": u16.to_utf16(span.start), "end": u16.to_utf16(span.end),
                      "text": text[span.start:span.end], key: value}}


def _relation(a: str, b: str, label: str) -> dict[str, Any]:
    return {"from_id": a, "to_id": b, "type": "relation", "direction": "right", "labels": [label]}


def annotation_result(doc: Mapping[str, Any], ann: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The Label Studio `result` list of one annotation file (regions, per-region values,
    relations), offsets in UTF-16 code units."""
    text = doc["text"]
    u16 = Utf16Index(text)
    out: list[dict[str, Any]] = []
    aux: dict[tuple[str, int, int], str] = {}

    def aux_id(label: str, obj: Mapping[str, Any]) -> str:
        key = (label, obj["start"], obj["end"])
        if key not in aux:
            aux[key] = f"x{len(aux) + 1}"
            out.append(_region(text, u16, aux[key], AUX, "labels", Span(obj["start"], obj["end"]),
                               "labels", [label]))
        return aux[key]

    for e in ann["entities"]:
        out.append(_region(text, u16, e["id"], "entity", "labels", Span.of(e), "labels", [e["label"]]))
    links: list[dict[str, Any]] = []
    for n in ann["numbers"]:
        sp = Span.of(n)
        out.append(_region(text, u16, n["id"], "number", "labels", sp, "labels", [n["kind"]]))
        out.append(_region(text, u16, n["id"], "value", "number", sp, "number", n["value"]))
        out.append(_region(text, u16, n["id"], "qualifier", "choices", sp, "choices", [n["qualifier"]]))
        for label in ("qualifier", "counted"):
            obj = n["qualifier_span" if label == "qualifier" else "counted"]
            if obj is not None:
                links.append(_relation(n["id"], aux_id(label, obj), label))
    for c in ann["claims"]:
        sp = Span.of(c)
        out.append(_region(text, u16, c["id"], "claim", "labels", sp, "labels", [c["kind"]]))
        out.append(_region(text, u16, c["id"], "check_worthy", "choices", sp, "choices",
                           [CHECK_WORTHY[c["check_worthy"]]]))
        if c["claimant"] != "author":
            links.append(_relation(c["id"], c["claimant"], "claimant"))
        if c["cue"] is not None:
            links.append(_relation(c["id"], aux_id("cue", c["cue"]), "cue"))
        links += [_relation(c["id"], nid, "number") for nid in c["numbers"]]
    for r in ann["relations"]:
        links += [_relation(r["total"], part, r["type"]) for part in r["parts"]]
    return out + links


def export_tasks(pairs, versions: list[str] | None = None) -> list[dict[str, Any]]:
    """One Label Studio task per document: the whole text, and its annotation as a prediction
    (so that an annotator corrects it rather than starting blank; none when it is empty).
    `versions` gives each prediction's model version (where it came from; default the gold)."""
    tasks = []
    versions = versions or [MODEL_VERSION] * len(pairs)
    for (doc, ann), version in zip(pairs, versions, strict=True):
        task: dict[str, Any] = {"data": {"text": doc["text"], "doc_id": doc["id"],
                                         "text_sha256": doc["text_sha256"]}}
        if ann["relations"]:
            # Label Studio relations are binary and have no id of their own: the task carries
            # which relation each total -> part link belongs to (Label Studio keeps task data
            # in its export), so that includes(n1; n2) and includes(n1; n3) do not come back
            # as includes(n1; n2, n3).
            task["data"][RELATIONS_KEY] = [{k: r[k] for k in ("id", "type", "total", "parts")}
                                           for r in ann["relations"]]
        result = annotation_result(doc, ann)
        task["predictions"] = [{"model_version": version, "result": result}] if result else []
        tasks.append(task)
    return tasks


# ---------------------------------------------------------------- import


def _fail(where: str, pointer: str, message: str, code: str = "format-invalid") -> KhabarError:
    return KhabarError(f"{where}:{pointer}: {message}", code, where, pointer)


def _relation_map(value: Any, where: str, pointer: str) -> list[dict[str, Any]]:
    """The task's map of arithmetic relations (`RELATIONS_KEY`), checked: [] when absent."""
    if value is None:
        return []
    ok = isinstance(value, list) and all(
        isinstance(r, dict) and isinstance(r.get("id"), str) and r.get("type") in RELATION_TYPES
        and isinstance(r.get("total"), str) and isinstance(r.get("parts"), list)
        and all(isinstance(p, str) for p in r["parts"]) for r in value)
    if not ok:
        raise _fail(where, pointer, "expected a list of relations {id, type, total, parts} as "
                    "`khabar export labelstudio` writes them")
    return value


def parse_result(result: Any, doc: Mapping[str, Any], where: str, pointer: str,
                 relations: Any = None, relations_at: str = "$.data." + RELATIONS_KEY
                 ) -> dict[str, Any]:
    """The annotation file of one Label Studio `result` list against its document record.

    `pointer` is the JSON path of `result` in the export, for error messages; `relations` is
    the task's relation map (`RELATIONS_KEY`, at `relations_at`), which says which Khabar
    relation each arithmetic link belongs to."""
    rmap = _relation_map(relations, where, relations_at)
    text = doc["text"]
    u16 = Utf16Index(text)  # once per text: converting each offset from scratch is quadratic
    if not isinstance(result, list):
        raise _fail(where, pointer, "expected a list of results")
    regions: dict[str, dict[str, Any]] = {}  # region id -> {"layer", "span", "label", attrs...}
    values: dict[str, dict[str, tuple[Any, str, Span]]] = {}  # region id -> control -> (value, place, span)
    rels: list[tuple[Any, Any, str, str]] = []  # (from region id, to region id, label, place): ids unchecked
    for i, r in enumerate(result):
        at = f"{pointer}[{i}]"
        if not isinstance(r, dict):
            raise _fail(where, at, "expected an object")
        if r.get("type") == "relation":
            labels = r.get("labels") or []
            # `labels` is whatever the file holds: a list of one known label, or refused below.
            if not isinstance(labels, list) or len(labels) != 1 or labels[0] not in RELATION_LABELS:
                raise _fail(where, f"{at}.labels", f"expected one relation label of "
                            f"{', '.join(RELATION_LABELS)}, found {labels!r}", "format-relation")
            a, b = r.get("from_id"), r.get("to_id")
            if r.get("direction") == "left":  # drawn backwards: the arrow points at from_id
                a, b = b, a
            rels.append((a, b, labels[0], at))
            continue
        rid, value = r.get("id"), r.get("value")
        if not isinstance(rid, str) or not isinstance(value, dict):
            raise _fail(where, at, "expected a region with an `id` and a `value` object")
        if not all(type(value.get(k)) is int for k in ("start", "end")):
            raise _fail(where, f"{at}.value", f"bad offsets ({value.get('start')!r}, {value.get('end')!r}); "
                        "expected whole-number UTF-16 offsets into the document text", "format-offset")
        try:
            start, end = u16.from_utf16(value["start"]), u16.from_utf16(value["end"])
        except (KeyError, TypeError, ValueError) as exc:
            raise _fail(where, f"{at}.value", f"bad offsets ({exc}); expected UTF-16 offsets into "
                        f"the document text of {u16.length16} units",
                        "format-offset") from None
        if not 0 <= start < end <= len(text):
            raise _fail(where, f"{at}.value", f"offsets {value['start']}..{value['end']} are not a "
                        "non-empty span of the text", "format-offset")
        if "text" in value and value["text"] != text[start:end]:
            raise _fail(where, f"{at}.value.text", f"quotes {value['text']!r} but the offsets cover "
                        f"{text[start:end]!r}", "format-offset")
        span = Span(start, end)
        name = r.get("from_name")
        if isinstance(name, str) and (name in LAYER_OF or name == AUX):
            labels = value.get("labels") or []
            allowed = {"entity": ENTITY_LABELS, "number": NUMBER_KINDS, "claim": CLAIM_KINDS,
                       AUX: AUX_LABELS}[name]
            if not isinstance(labels, list) or len(labels) != 1 or labels[0] not in allowed:
                raise _fail(where, f"{at}.value.labels", f"expected one {name} label of "
                            f"{', '.join(allowed)}, found {labels!r}", "schema-enum")
            if rid in regions:
                raise _fail(where, f"{at}.id", f"region id {rid!r} is used twice", "id-duplicate")
            regions[rid] = {"layer": LAYER_OF.get(name, AUX), "span": span, "label": labels[0],
                            "at": at}
        elif name in ("value", "qualifier", "check_worthy"):
            key = {"value": "number"}.get(name, "choices")
            v = value.get(key)
            if key == "choices":
                v = v[0] if isinstance(v, list) and len(v) == 1 else None
            values.setdefault(rid, {})[name] = (v, f"{at}.value.{key}", span)
        else:
            raise _fail(where, f"{at}.from_name", f"unknown control {name!r}; expected one of "
                        "entity, number, claim, aux, value, qualifier, check_worthy")

    def attr(rid: str, name: str, region: dict) -> Any:
        got = values.get(rid, {}).get(name)
        if got is None or got[0] is None:
            raise _fail(where, region["at"], f"{region['layer'][:-1]} {rid!r} has no {name}",
                        "format-missing-attribute")
        if got[2] != region["span"]:
            raise _fail(where, got[1], f"the {name} of {rid!r} is on another span than its region",
                        "format-offset")
        return got[0]

    layers: dict[str, list[tuple[str, dict]]] = {"entities": [], "numbers": [], "claims": []}
    for rid, reg in regions.items():
        if reg["layer"] == AUX:
            continue
        sp = reg["span"]
        item: dict[str, Any] = {"start": sp.start, "end": sp.end, "text": text[sp.start:sp.end]}
        if reg["layer"] == "entities":
            item["label"] = reg["label"]
        elif reg["layer"] == "numbers":
            value = attr(rid, "value", reg)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise _fail(where, values[rid]["value"][1], f"expected a number, found {value!r}",
                            "schema-type")
            qualifier = attr(rid, "qualifier", reg)
            if qualifier not in QUALIFIERS:
                raise _fail(where, values[rid]["qualifier"][1], f"expected one of "
                            f"{', '.join(QUALIFIERS)}, found {qualifier!r}", "schema-enum")
            item.update(value=value, kind=reg["label"], qualifier=qualifier, qualifier_span=None,
                        counted=None)
        else:
            cw = attr(rid, "check_worthy", reg)
            flags = {v: k for k, v in CHECK_WORTHY.items()}
            if not isinstance(cw, str) or cw not in flags:  # the file's value: any JSON, a list too
                raise _fail(where, values[rid]["check_worthy"][1], f"expected one of "
                            f"{', '.join(flags)}, found {cw!r}", "schema-enum")
            item.update(claimant="author", cue=None, kind=reg["label"], check_worthy=flags[cw],
                        numbers=[])
        layers[reg["layer"]].append((rid, item))
    ids: dict[str, dict[str, str]] = {}
    ann = new_annotation(doc)
    for layer, items in layers.items():
        ann[layer], ids[layer] = assign_ids(layer, [x for _, x in items], [r for r, _ in items])
    by_id = {layer: {x["id"]: x for x in ann[layer]} for layer in layers}

    def endpoint(rid: Any, layer: str, at: str, label: str) -> tuple[str, Any]:
        reg = regions.get(rid) if isinstance(rid, str) else None
        if reg is None:
            raise _fail(where, at, f"{label} relation names region {rid!r}, which does not exist",
                        "ref-unresolved")
        if reg["layer"] != layer:
            raise _fail(where, at, f"{label} relation: expected a {layer} region, found "
                        f"{reg['layer']} region {rid!r}", "format-relation")
        return (ids[layer][rid], by_id[layer][ids[layer][rid]]) if layer != AUX else (rid, reg)

    # The relations of the map by (type, total region): a lookup per link, not a scan of the map
    # per link (quadratic in a long document's relations).
    mapped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rmap:
        mapped.setdefault((r["type"], r["total"]), []).append(r)
    links: list[Link] = []
    for a, b, label, at in rels:
        if label in RELATION_TYPES:
            total, _ = endpoint(a, "numbers", at, label)
            part, _ = endpoint(b, "numbers", at, label)
            # The map names regions by the ids they had at export (a and b), as Label Studio does.
            carried = tuple(r["id"] for r in mapped.get((label, a), ()) if b in r["parts"])
            links.append(Link(label, total, part, at, carried))
            continue
        src_layer = "numbers" if label in ("qualifier", "counted") else "claims"
        _, src = endpoint(a, src_layer, at, label)
        if label == "claimant":
            src["claimant"] = endpoint(b, "entities", at, label)[0]
        elif label == "number":
            nid = endpoint(b, "numbers", at, label)[0]
            if nid not in src["numbers"]:
                src["numbers"].append(nid)
        else:
            _, reg = endpoint(b, AUX, at, label)
            if reg["label"] != label:
                raise _fail(where, at, f"{label} relation points at a {reg['label']} span",
                            "format-relation")
            src["qualifier_span" if label == "qualifier" else label] = span_obj(text, reg["span"])
    known = {}
    for r in rmap:
        total_reg = regions.get(r["total"])
        if total_reg is not None and total_reg["layer"] == "numbers":
            known[r["id"]] = (r["type"], ids["numbers"][r["total"]])
    # A mapped relation whose total region is gone has no link left to carry it.
    links = [x if all(i in known for i in x.ids) else Link(x.type, x.total, x.part, x.at) for x in links]
    ann["relations"] = rebuild_relations(links, known, where)
    return ann


def parse_export(data: Any, documents: Mapping[str, Mapping[str, Any]], where: str,
                 only: str | None = None) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Annotation files (by document id) of a Label Studio JSON export, and notes on what was
    skipped. `documents` maps ids to document records; `only` restricts to one document."""
    if not isinstance(data, list):
        raise _fail(where, "$", "expected a Label Studio JSON export (a list of tasks)")
    out: dict[str, dict[str, Any]] = {}
    notes: list[str] = []
    skipped: dict[str, tuple[str, str]] = {}  # document id -> (place, why its task gave nothing)
    for t, task in enumerate(data):
        at = f"$[{t}]"
        d = task.get("data") if isinstance(task, dict) else None
        if not isinstance(d, dict) or not isinstance(d.get("text"), str):
            raise _fail(where, f"{at}.data", "expected the task's data with its `text`")
        doc_id = d.get("doc_id")
        check_id(doc_id, f"{where}:{at}.data.doc_id")
        if only is not None and doc_id != only:
            continue
        if not isinstance(doc_id, str) or doc_id not in documents:
            raise _fail(where, f"{at}.data.doc_id", f"no document {doc_id!r} in the project",
                        "format-unknown-document")
        doc = documents[doc_id]
        if d["text"] != doc["text"]:
            raise _fail(where, f"{at}.data.text", f"the task's text differs from document "
                        f"{doc_id!r}; offsets would point elsewhere", "text-hash-mismatch")
        if not isinstance(task.get("annotations") or [], list):
            raise _fail(where, f"{at}.annotations", "expected a list of annotations")
        anns = [(k, a) for k, a in enumerate(task.get("annotations") or [])
                if isinstance(a, dict) and not a.get("was_cancelled")]
        if not anns:
            skipped[doc_id] = (at, _why_empty(task))
            notes.append(f"{where}:{at}: task for {doc_id} skipped: {_why_empty(task)}")
            continue
        if len(anns) > 1:
            raise _fail(where, f"{at}.annotations", f"{len(anns)} submitted annotations of "
                        f"{doc_id} (ids {', '.join(str(a.get('id')) for _, a in anns)}); keep one "
                        "(Label Studio's review or a filtered export), Khabar will not pick",
                        "format-ambiguous")
        if doc_id in out:
            raise _fail(where, f"{at}.data.doc_id", f"a second task for {doc_id}", "format-ambiguous")
        k, a = anns[0]
        out[doc_id] = parse_result(a.get("result"), doc, where, f"{at}.annotations[{k}].result",
                                   d.get(RELATIONS_KEY), f"{at}.data.{RELATIONS_KEY}")
    if only is not None and only not in out:
        if only in skipped:
            at, why = skipped[only]
            raise _fail(where, at, f"nothing to import: the task for {only} has {why}{_HINT}",
                        "import-nothing")
        raise _fail(where, "$", f"no submitted annotation of {only!r} in the export",
                    "format-unknown-document")
    if not out:
        # Nothing could be imported: say what was skipped and why, not "nothing changed".
        if not skipped:
            raise _fail(where, "$", "nothing to import: the file holds no task", "import-nothing")
        by_why: dict[str, list[str]] = {}
        for doc_id, (at, why) in skipped.items():
            by_why.setdefault(why, []).append(f"{at} {doc_id}")
        listing = "; ".join(f"{len(v)} with {why} ({', '.join(v[:3])}"
                            + (f" and {len(v) - 3} more)" if len(v) > 3 else ")")
                            for why, v in by_why.items())
        raise _fail(where, "$", f"nothing to import: none of its {len(skipped)} task(s) has a "
                    f"submitted annotation: {listing}{_HINT}", "import-nothing")
    return out, notes


# What a user who imports tasks.json (what `khabar export labelstudio` writes) should do instead.
_HINT = (". Label Studio's export holds each task's submitted `annotations`; `tasks.json` from "
         "`khabar export labelstudio` holds only `predictions`: annotate and submit in Label Studio, "
         "then export the project as JSON and import that file")


def _why_empty(task: Mapping[str, Any]) -> str:
    """Why a task gives no annotation: predictions only, cancelled annotations, or nothing."""
    if task.get("annotations"):
        return "only cancelled annotations (skipped in Label Studio)"
    if task.get("predictions"):
        return "predictions only"
    return "no annotation and no prediction"

