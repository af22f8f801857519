"""INCEpTION / WebAnno: UIMA CAS XMI with a type system generated from labels.py, written and
read with dkpro-cassis (the library INCEpTION's own Python tooling uses).

Layers (custom layers, INCEpTION's `webanno.custom` namespace):

- `KhabarEntity` (label, khabarId): entities; they may nest.
- `KhabarNumber` (khabarId, kind, value, qualifier, qualifierSpan -> KhabarQualifierSpan,
  counted -> KhabarCounted). `value` is a string holding the JSON number ("410", "0.5"): a UIMA
  float would round it and an integer could not hold a fraction.
- `KhabarClaim` (khabarId, kind, checkWorthy, claimant -> KhabarEntity (none: the author),
  cue -> KhabarCue, numbers: link feature to KhabarNumber, in the claim's order).
- `KhabarArithmetic` over the total number (khabarId, relType, total -> KhabarNumber,
  parts: link feature to KhabarNumber, in order).
- `KhabarQualifierSpan`, `KhabarCounted`, `KhabarCue`: the auxiliary spans.

Link features are INCEpTION's: an FSArray of `...Link` structures with `role` and `target`.
Annotations created in INCEpTION have no khabarId: they get the next free ids, in document order.
UIMA counts UTF-16 code units; cassis converts XMI offsets to code points when it reads and back
when it writes, so this module works in code points (the tests check the XMI's own offsets).
"""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from khabar.formats.base import assign_ids, new_annotation, number_value, value_text
from khabar.model.errors import KhabarError
from khabar.model.labels import CLAIM_KINDS, ENTITY_LABELS, NUMBER_KINDS, QUALIFIERS, RELATION_TYPES

NS = "webanno.custom."
ENTITY, NUMBER, CLAIM, ARITH = (NS + n for n in ("KhabarEntity", "KhabarNumber", "KhabarClaim",
                                                 "KhabarArithmetic"))
AUX = {"qualifier_span": NS + "KhabarQualifierSpan", "counted": NS + "KhabarCounted",
       "cue": NS + "KhabarCue"}
CLAIM_LINK, PART_LINK = NS + "KhabarClaimNumbersLink", NS + "KhabarArithmeticPartsLink"
STRING, BOOLEAN, ANNOTATION, TOP, FS_ARRAY = ("uima.cas.String", "uima.cas.Boolean",
                                              "uima.tcas.Annotation", "uima.cas.TOP",
                                              "uima.cas.FSArray")
TYPESYSTEM_FILE = "TypeSystem.xml"


def _allowed(values) -> str:
    return "one of: " + ", ".join(values)


@lru_cache(maxsize=1)
def _typesystem_xml() -> str:
    from cassis import TypeSystem

    ts = TypeSystem()
    ent = ts.create_type(ENTITY, ANNOTATION, "A named-entity mention (Wojood inventory); may nest.")
    ts.create_feature(ent, "label", STRING, description=_allowed(ENTITY_LABELS))
    ts.create_feature(ent, "khabarId", STRING, description="Khabar id (e1, e2, ...)")
    aux = {f: ts.create_type(name, ANNOTATION, f"The {f.replace('_', ' ')} of a number or claim.")
           for f, name in AUX.items()}
    num = ts.create_type(NUMBER, ANNOTATION, "A numeric expression with its normalized value.")
    ts.create_feature(num, "khabarId", STRING, description="Khabar id (n1, n2, ...)")
    ts.create_feature(num, "kind", STRING, description=_allowed(NUMBER_KINDS))
    ts.create_feature(num, "value", STRING, description="The value as a JSON number (410, 0.5)")
    ts.create_feature(num, "qualifier", STRING, description=_allowed(QUALIFIERS))
    ts.create_feature(num, "qualifierSpan", aux["qualifier_span"])
    ts.create_feature(num, "counted", aux["counted"])
    claim_link = ts.create_type(CLAIM_LINK, TOP)
    ts.create_feature(claim_link, "role", STRING)
    ts.create_feature(claim_link, "target", num)
    claim = ts.create_type(CLAIM, ANNOTATION, "A checkable proposition at clause level.")
    ts.create_feature(claim, "khabarId", STRING, description="Khabar id (c1, c2, ...)")
    ts.create_feature(claim, "kind", STRING, description=_allowed(CLAIM_KINDS))
    ts.create_feature(claim, "checkWorthy", BOOLEAN)
    ts.create_feature(claim, "claimant", ent, description="The source entity; none: the author")
    ts.create_feature(claim, "cue", aux["cue"])
    ts.create_feature(claim, "numbers", FS_ARRAY, elementType=claim_link)
    part_link = ts.create_type(PART_LINK, TOP)
    ts.create_feature(part_link, "role", STRING)
    ts.create_feature(part_link, "target", num)
    arith = ts.create_type(ARITH, ANNOTATION, "An arithmetic relation over the total number.")
    ts.create_feature(arith, "khabarId", STRING, description="Khabar id (r1, r2, ...)")
    ts.create_feature(arith, "relType", STRING, description=_allowed(RELATION_TYPES))
    ts.create_feature(arith, "total", num)
    ts.create_feature(arith, "parts", FS_ARRAY, elementType=part_link)
    return ts.to_xml()


def typesystem_xml() -> str:
    """The UIMA type system (XML) of Khabar's layers, generated from `khabar.model.labels`."""
    return _typesystem_xml()


def typesystem():
    from cassis import load_typesystem

    return load_typesystem(_typesystem_xml())


# ---------------------------------------------------------------- export


def export_xmi(doc: Mapping[str, Any], ann: Mapping[str, Any]) -> str:
    """The CAS XMI of one annotation file (the sofa is the document text)."""
    from cassis import Cas

    ts = typesystem()
    cas = Cas(typesystem=ts)
    cas.sofa_string = doc["text"]
    T = {name: ts.get_type(name) for name in (ENTITY, NUMBER, CLAIM, ARITH, CLAIM_LINK, PART_LINK,
                                              FS_ARRAY, *AUX.values())}
    fs: dict[str, Any] = {}
    aux: dict[tuple[str, int, int], Any] = {}

    def aux_fs(field: str, obj: Mapping[str, Any] | None) -> Any:
        if obj is None:
            return None
        key = (field, obj["start"], obj["end"])
        if key not in aux:
            aux[key] = T[AUX[field]](begin=obj["start"], end=obj["end"])
            cas.add(aux[key])
        return aux[key]

    for e in ann["entities"]:
        fs[e["id"]] = T[ENTITY](begin=e["start"], end=e["end"], label=e["label"], khabarId=e["id"])
        cas.add(fs[e["id"]])
    for n in ann["numbers"]:
        fs[n["id"]] = T[NUMBER](begin=n["start"], end=n["end"], khabarId=n["id"], kind=n["kind"],
                                value=value_text(n["value"]), qualifier=n["qualifier"],
                                qualifierSpan=aux_fs("qualifier_span", n["qualifier_span"]),
                                counted=aux_fs("counted", n["counted"]))
        cas.add(fs[n["id"]])

    def links(link_type: str, role: str, ids: list[str]) -> Any:
        return T[FS_ARRAY](elements=[T[link_type](role=role, target=fs[i]) for i in ids])

    for c in ann["claims"]:
        claimant = None if c["claimant"] == "author" else fs[c["claimant"]]
        cas.add(T[CLAIM](begin=c["start"], end=c["end"], khabarId=c["id"], kind=c["kind"],
                         checkWorthy=c["check_worthy"], claimant=claimant,
                         cue=aux_fs("cue", c["cue"]),
                         numbers=links(CLAIM_LINK, "number", c["numbers"])))
    for r in ann["relations"]:
        total = fs[r["total"]]
        cas.add(T[ARITH](begin=total.begin, end=total.end, khabarId=r["id"], relType=r["type"],
                         total=total, parts=links(PART_LINK, "part", r["parts"])))
    return cas.to_xmi(pretty_print=True)


# ---------------------------------------------------------------- import


# The XMI namespace of the custom layers (`webanno.custom.X` is written `custom:X` in it), and
# the layers that are UIMA annotations (they have begin and end; link structures do not).
XMI_NS = "http:///" + NS.rstrip(".").replace(".", "/") + ".ecore"
SPAN_TYPES = frozenset(t.rsplit(".", 1)[-1] for t in (ENTITY, NUMBER, CLAIM, ARITH, *AUX.values()))


def _offsets_present(xmi: str, where: str) -> None:
    """Refuse a Khabar annotation whose XMI element lacks `begin` or `end`: cassis reads a
    missing offset as 0, which would put the annotation at the start of the text unseen.
    One streaming pass over the elements (the standard library's expat: no external entity
    is fetched)."""
    from io import BytesIO
    from xml.etree import ElementTree as ET

    xmi_id = "{http://www.omg.org/XMI}id"
    try:
        for _, el in ET.iterparse(BytesIO(xmi.encode("utf-8")), events=("start",)):
            tag = el.tag
            if tag.startswith("{" + XMI_NS + "}") and tag.split("}", 1)[1] in SPAN_TYPES:
                for attr in ("begin", "end"):
                    if el.get(attr) is None:
                        at = f"xmi:id={el.get(xmi_id)}"
                        raise KhabarError(f"{where}:{at}: {tag.split('}', 1)[1]} has no {attr} (a missing "
                                          "offset is not read as 0)", "format-offset", where, at)
    except ET.ParseError:
        return  # cassis reports a broken file, with its own message


def parse_xmi(xmi: str, doc: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The annotation file of one CAS XMI against its document record. Problems name `where`
    and the annotation's xmi:id."""
    from cassis import load_cas_from_xmi

    try:
        cas = load_cas_from_xmi(xmi, typesystem=typesystem(), lenient=True)
    except Exception as exc:  # cassis raises lxml and its own errors; both mean a broken file
        raise KhabarError(f"{where}: not a readable CAS XMI ({type(exc).__name__}: {exc})",
                          "format-invalid", where) from None
    _offsets_present(xmi, where)
    text = doc["text"]
    if cas.sofa_string != text:
        raise KhabarError(f"{where}: the CAS text differs from document {doc['id']!r}; offsets would "
                          "point elsewhere", "text-hash-mismatch", where)

    def fail(fs: Any, message: str, code: str = "format-invalid") -> KhabarError:
        at = f"xmi:id={getattr(fs, 'xmiID', None)}"
        return KhabarError(f"{where}:{at}: {message}", code, where, at)

    def check(fs: Any, feature: str, value: Any, allowed) -> Any:
        if value not in allowed:
            raise fail(fs, f"{fs.type.name.rsplit('.', 1)[-1]}.{feature} is {value!r}; expected one of "
                       f"{', '.join(map(str, allowed))}", "schema-enum")
        return value

    def base(fs: Any) -> dict[str, Any]:
        # A reference to an element of another type (cassis reads an unknown one as a bare
        # uima_cas_NULL object) has no offsets: a malformed file, not an AttributeError.
        if not isinstance(getattr(fs, "begin", None), int) or not isinstance(getattr(fs, "end", None), int):
            raise fail(fs, "expected an annotation with begin and end offsets here", "format-invalid")
        if not 0 <= fs.begin < fs.end <= len(text):
            raise fail(fs, f"offsets {fs.begin}..{fs.end} are not a non-empty span of the text",
                       "format-offset")
        return {"start": fs.begin, "end": fs.end, "text": text[fs.begin:fs.end]}

    def ordered(type_name: str) -> list[Any]:
        return sorted(cas.select(type_name), key=lambda f: f.xmiID)

    ann = new_annotation(doc)
    ids: dict[int, str] = {}  # xmi:id -> Khabar id

    def keys(found: list[Any]) -> list[Any]:
        """Each annotation's key for assign_ids: its khabarId, or its xmi:id when it has none (a
        tuple, which no khabarId can equal). A khabarId on two annotations of a layer is refused:
        the map from khabarId to Khabar id would send references to one of them to the other."""
        first: dict[str, Any] = {}
        for f in found:
            if f.khabarId:
                if f.khabarId in first:
                    raise fail(f, f"khabarId {f.khabarId!r} is also on xmi:id={first[f.khabarId].xmiID} "
                               f"({f.type.name.rsplit('.', 1)[-1]}); each annotation needs its own",
                               "id-duplicate")
                first[f.khabarId] = f
        return [f.khabarId or ("xmi", f.xmiID) for f in found]

    def layer(name: str, type_name: str, build) -> None:
        found = ordered(type_name)
        items = [build(f) for f in found]
        keep = keys(found)
        ann[name], mapping = assign_ids(name, items, keep)
        for f, k in zip(found, keep, strict=True):
            ids[f.xmiID] = mapping[k]

    layer("entities", ENTITY, lambda f: {**base(f), "label": check(f, "label", f.label, ENTITY_LABELS)})

    def number(f: Any) -> dict[str, Any]:
        if f.value is None:
            raise fail(f, "KhabarNumber has no value", "format-missing-attribute")
        return {**base(f), "value": number_value(f.value, f"{where}:xmi:id={f.xmiID}"),
                "kind": check(f, "kind", f.kind, NUMBER_KINDS),
                "qualifier": check(f, "qualifier", f.qualifier, QUALIFIERS),
                "qualifier_span": None if f.qualifierSpan is None else base(f.qualifierSpan),
                "counted": None if f.counted is None else base(f.counted)}

    layer("numbers", NUMBER, number)

    def ref(owner: Any, target: Any, what: str) -> str:
        if target is None or getattr(target, "xmiID", None) not in ids:
            raise fail(owner, f"{what} points at no Khabar annotation", "ref-unresolved")
        return ids[target.xmiID]

    def targets(owner: Any, array: Any) -> list[str]:
        out: list[str] = []
        for link in (array.elements if array is not None else []):
            nid = ref(owner, getattr(link, "target", None), "a link")
            if nid not in out:
                out.append(nid)
        return out

    def claim(f: Any) -> dict[str, Any]:
        if f.checkWorthy is None:
            raise fail(f, "KhabarClaim has no checkWorthy", "format-missing-attribute")
        return {**base(f), "claimant": "author" if f.claimant is None else ref(f, f.claimant, "claimant"),
                "cue": None if f.cue is None else base(f.cue),
                "kind": check(f, "kind", f.kind, CLAIM_KINDS), "check_worthy": bool(f.checkWorthy),
                "numbers": targets(f, f.numbers)}

    layer("claims", CLAIM, claim)
    found = ordered(ARITH)
    rels = [{"type": check(f, "relType", f.relType, RELATION_TYPES),
             "total": ref(f, f.total, "total"), "parts": targets(f, f.parts),
             "start": f.begin, "end": f.end} for f in found]
    rels, _ = assign_ids("relations", rels, keys(found))
    ann["relations"] = [{"id": r["id"], "type": r["type"], "total": r["total"], "parts": r["parts"]}
                        for r in rels]
    return ann
