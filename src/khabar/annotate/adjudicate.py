"""Adjudication of two annotation passes: a draft gold of what they agree on, and the list of disagreements.

`compare_passes` pairs the passes layer by layer. What both passes annotate identically (span,
label, attributes, claimant) goes into the draft; everything else becomes one disagreement of a
type — `span` (one pass marks an extent the other does not, or marks it differently: overlapping
items are grouped), `label` (same entity span, other type), `attribute` (same number or claim
span, another value of one attribute), `claimant` (same claim, another source, perhaps with other attributes) or `relation`; one
disagreement per pair of items, naming every attribute that differs.
The adjudicator writes a decision (`A`, `B`, `both`, `neither`) and a reason into the JSON list,
which is kept with the document under annotations/passes/<id>/adjudication/; `apply_decisions`
then makes the gold, status `adjudicated`, with its provenance, and validates it before anything
is written.

References between items (a claim's claimant and numbers, a relation's numbers) are carried by
span keys while passes are merged, and turned back into ids in text order by `renumber`. Decisions
may mix the passes (a relation from A over a number from B): `decided_layers` moves each reference
onto the item the gold keeps, or refuses, naming both decisions; nothing is dropped in silence.
"""
from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, overload

from khabar.corpus.documents import as_stored, is_source_backed, load_document
from khabar.corpus.layout import Layout, check_id, inside
from khabar.io import read_json
from khabar.model.errors import KhabarError
from khabar.model.labels import DECISIONS, SCHEMA_VERSION
from khabar.model.spans import Span, with_texts, without_texts

NUMBER_ATTRS = ("value", "kind", "qualifier", "qualifier_span", "counted", "value_override")
CLAIM_ATTRS = ("cue", "kind", "check_worthy")
KEY_ORDER = {
    "entities": ("id", "start", "end", "text", "label"),
    "numbers": ("id", "start", "end", "text", "value", "kind", "qualifier", "qualifier_span", "counted",
                "value_override"),
    "claims": ("id", "start", "end", "text", "claimant", "cue", "kind", "check_worthy", "numbers"),
    "relations": ("id", "type", "total", "parts"),
}


# ---------------------------------------------------------------- span keys

def _span(x: dict | None) -> tuple[int, int] | None:
    return None if x is None else (x["start"], x["end"])


def keyed(ann: dict[str, Any]) -> dict[str, list[dict]]:
    """The layers with references replaced by span keys: a claimant by (start, end, label) of its
    entity (or 'author'), a claim's and a relation's numbers by (start, end)."""
    ents = {e["id"]: (e["start"], e["end"], e["label"]) for e in ann.get("entities", [])}
    nums = {n["id"]: (n["start"], n["end"]) for n in ann.get("numbers", [])}
    out = {"entities": [dict(e) for e in ann.get("entities", [])],
           "numbers": [dict(n) for n in ann.get("numbers", [])], "claims": [], "relations": []}
    for c in ann.get("claims", []):
        c = dict(c)
        c["claimant"] = "author" if c["claimant"] == "author" else ents.get(c["claimant"], c["claimant"])
        c["numbers"] = [nums[n] for n in c.get("numbers", []) if n in nums]
        out["claims"].append(c)
    for r in ann.get("relations", []):
        out["relations"].append({**r, "total": nums.get(r["total"]), "parts": [nums.get(p) for p in r["parts"]]})
    return out


def _order(items: list[dict]) -> list[dict]:
    return sorted(items, key=lambda x: (x["start"], -x["end"], x.get("label", "")))


def renumber(layers: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Keyed layers back to ids: every layer in text order (start, longer first), ids e1.., n1..,
    c1.., relations by (total, type); keys in schema order. A reference to an item the layers do
    not hold is an error (`ref-unresolved`), never dropped: dropping it loses a decided link."""
    return _shaped(_renumbered(layers))


def _renumbered(layers: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The layers in gold order with their ids, every other key kept (an item's `_from` among
    them, which names the decision it comes from when the gold is checked)."""
    layers = copy.deepcopy(layers)
    ents, nums, claims = _order(layers["entities"]), _order(layers["numbers"]), _order(layers["claims"])
    ent_id, num_id = {}, {}
    for i, x in enumerate(ents, 1):
        x["id"] = f"e{i}"
        ent_id[(x["start"], x["end"], x["label"])] = x["id"]
    for i, x in enumerate(nums, 1):
        x["id"] = f"n{i}"
        num_id[(x["start"], x["end"])] = x["id"]

    def number(key: Any, what: str) -> str:
        if key is None or tuple(key) not in num_id:
            raise KhabarError(f"{what}: its number {key} is not among the numbers", "ref-unresolved")
        return num_id[tuple(key)]

    for i, c in enumerate(claims, 1):
        c["id"] = f"c{i}"
        who = c["claimant"]
        if who != "author":
            who = tuple(who)
            if who not in ent_id:
                raise KhabarError(f"claim {c['text']!r}: its claimant {who} is not among the entities",
                                  "ref-unresolved")
            who = ent_id[who]
        c["claimant"] = who
        c["numbers"] = sorted((number(k, f"claim {c['text']!r}") for k in c["numbers"]), key=lambda n: int(n[1:]))
    rels = [{**r, "total": number(r["total"], f"relation {r['type']}"),
             "parts": [number(k, f"relation {r['type']}") for k in r["parts"]]} for r in layers["relations"]]
    rels.sort(key=lambda r: (int(r["total"][1:]), r["type"]))
    for i, r in enumerate(rels, 1):
        r["id"] = f"r{i}"
    return {"entities": ents, "numbers": nums, "claims": claims, "relations": rels}


def _shaped(layers: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Every item with the keys of its layer, in schema order."""
    return {layer: [{k: x[k] for k in KEY_ORDER[layer] if k in x} for x in layers[layer]]
            for layer in ("entities", "numbers", "claims", "relations")}


def annotation_file(doc: dict[str, Any], layers: dict[str, list[dict]], status: str,
                    provenance: list[dict]) -> dict[str, Any]:
    """A whole annotation file (keys in schema order) from renumbered layers; a source-backed
    document's keeps offsets only (its text is third-party, see the validator's
    `span-text-stored`)."""
    return as_stored({"schema_version": SCHEMA_VERSION, "document_id": doc["id"], "text_sha256": doc["text_sha256"],
                      "status": status, "provenance": provenance, **layers}, doc)


# A quotation of more words than this is shown by its first and last words: the adjudication
# files are kept in the project, and a source-backed document's sentences are not.
QUOTE_WORDS = 7


def excerpt(text: str) -> str:
    """`text`, or its first and last three tokens around an ellipsis when it holds more than
    QUOTE_WORDS words (counted as runs of letters and digits: "07:00" is two)."""
    if len(re.findall(r"\w+", text)) <= QUOTE_WORDS:
        return text
    tokens = text.split()
    return " ".join(tokens[:3]) + " … " + " ".join(tokens[-3:])


# ---------------------------------------------------------------- disagreements

@dataclass
class Disagreement:
    """One point the adjudicator decides: the items of each pass involved and what differs."""

    id: str
    layer: str
    type: str  # span, label, attribute, claimant, relation
    start: int
    end: int
    text: str
    paragraph: int  # 1-based, as the guidelines count
    attribute: str | None
    a: list[dict]
    b: list[dict]
    decision: str | None = None
    reason: str | None = None


def _overlaps(x: dict, y: dict) -> bool:
    return x["start"] < y["end"] and y["start"] < x["end"]


def _clusters(xs: list[dict], ys: list[dict]) -> list[tuple[list[dict], list[dict]]]:
    """Groups of A-only and B-only items joined by overlap across the passes."""
    parent = list(range(len(xs) + len(ys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            if _overlaps(x, y):
                parent[find(i)] = find(len(xs) + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, x in enumerate(xs):
        groups.setdefault(find(i), ([], []))[0].append(x)
    for j, y in enumerate(ys):
        groups.setdefault(find(len(xs) + j), ([], []))[1].append(y)
    return sorted(groups.values(), key=lambda g: min(x["start"] for x in g[0] + g[1]))


@dataclass
class Comparison:
    """What two passes agree on (keyed layers) and where they differ; `text` is the document's,
    to show what a span key covers in words."""

    agreed: dict[str, list[dict]]
    disagreements: list[Disagreement] = field(default_factory=list)
    text: str = ""


def _comparable(v: Any) -> Any:
    if isinstance(v, list):  # a claim's numbers, as span keys
        return sorted(tuple(k) for k in v)
    return _span(v) if isinstance(v, dict) else v


# What must be equal for two passes' items over one span to agree (ids aside): adjudication
# compares by it, and `khabar view --against` marks by it, so the two never disagree on what
# "the same claim" (entity, number) is.
COMPARED = {"entities": ("label",), "numbers": NUMBER_ATTRS, "claims": ("claimant", *CLAIM_ATTRS, "numbers")}


def identity(layer: str, item: dict) -> tuple:
    """An item of `keyed` layers as what must be equal for agreement: its span and COMPARED."""
    def hashable(v: Any) -> Any:
        return tuple(hashable(x) for x in v) if isinstance(v, (list, tuple)) else v

    return (item["start"], item["end"], *(hashable(_comparable(item.get(k))) for k in COMPARED[layer]))


def identities(ann: dict[str, Any]) -> dict[tuple[str, Any], tuple]:
    """(layer, id) -> `identity` of every entity, number and claim of an annotation file."""
    k = keyed(ann)
    return {(layer, x.get("id")): identity(layer, kx) for layer in ("entities", "numbers", "claims")
            for x, kx in zip(ann.get(layer, []), k[layer], strict=True)}


def compare_passes(doc: dict[str, Any], a: dict[str, Any], b: dict[str, Any]) -> Comparison:
    """Pair two passes of one document: the agreed items and the disagreements, in text order."""
    text = doc["text"]
    starts = [p["start"] for p in doc["paragraphs"]]
    ka, kb = keyed(a), keyed(b)
    agreed: dict[str, list[dict]] = {"entities": [], "numbers": [], "claims": [], "relations": []}
    raw: list[tuple[str, str, str | None, list[dict], list[dict]]] = []

    def par(offset: int) -> int:
        return sum(1 for s in starts if s <= offset)

    # Entities: exact (span, label); same span other label; the rest by overlap.
    key_e = lambda e: identity("entities", e)  # noqa: E731
    eb = {key_e(e) for e in kb["entities"]}
    ea = {key_e(e) for e in ka["entities"]}
    agreed["entities"] = [e for e in ka["entities"] if key_e(e) in eb]
    only_a = [e for e in ka["entities"] if key_e(e) not in eb]
    only_b = [e for e in kb["entities"] if key_e(e) not in ea]
    for x in list(only_a):
        same = [y for y in only_b if _span(y) == _span(x)]
        if same:
            raw.append(("entities", "label", "label", [x], same))
            only_a.remove(x)
            for y in same:
                only_b.remove(y)
    raw += [("entities", "span", None, xs, ys) for xs, ys in _clusters(only_a, only_b)]

    # Numbers and claims: by span, then attribute by attribute.
    for layer, attrs in (("numbers", COMPARED["numbers"]), ("claims", COMPARED["claims"])):
        by_b = {_span(x): x for x in kb[layer]}
        by_a = {_span(x): x for x in ka[layer]}
        for x in ka[layer]:
            twin = by_b.get(_span(x))
            if twin is None:
                continue
            differ = [k for k in attrs if _comparable(x.get(k)) != _comparable(twin.get(k))]
            if not differ:
                agreed[layer].append(x)
            else:  # one decision per item pair, however many attributes differ
                raw.append((layer, "claimant" if "claimant" in differ else "attribute", ", ".join(differ),
                            [x], [twin]))
        raw += [(layer, "span", None, xs, ys) for xs, ys in
                _clusters([x for x in ka[layer] if _span(x) not in by_b],
                          [y for y in kb[layer] if _span(y) not in by_a])]

    # Relations: by (type, total, parts) as span keys.
    key_r = lambda r: (r["type"], r["total"], tuple(sorted(r["parts"])))  # noqa: E731
    rb, ra = {key_r(r) for r in kb["relations"]}, {key_r(r) for r in ka["relations"]}
    agreed["relations"] = [r for r in ka["relations"] if key_r(r) in rb]
    nums = {_span(n): n for n in ka["numbers"] + kb["numbers"]}
    for side, rels, other in (("a", ka["relations"], rb), ("b", kb["relations"], ra)):
        for r in rels:
            if key_r(r) not in other:
                raw.append(("relations", "relation", None, [r] if side == "a" else [], [r] if side == "b" else []))

    out = []
    for layer, kind, attr, xs, ys in raw:
        items = xs + ys
        if layer == "relations":
            spans = [nums[k] for r in items for k in [r["total"], *r["parts"]] if k in nums]
        else:
            spans = items
        s, e = min(x["start"] for x in spans), max(x["end"] for x in spans)
        out.append((s, -e, layer, kind, attr or "", xs, ys, e))
    out.sort(key=lambda t: t[:5])
    dis = [Disagreement(id=f"d{i}", layer=layer, type=kind, start=s, end=e, text=text[s:e], paragraph=par(s),
                        attribute=attr or None, a=xs, b=ys)
           for i, (s, _, layer, kind, attr, xs, ys, e) in enumerate(out, 1)]
    return Comparison(agreed=agreed, disagreements=dis, text=text)


# ---------------------------------------------------------------- writing and applying

def draft(doc: dict[str, Any], comparison: Comparison, pass_names: tuple[str, str]) -> dict[str, Any]:
    """The draft gold: only what both passes agree on; status `suggested` (it is not gold yet)."""
    layers = copy.deepcopy(comparison.agreed)
    # An agreed claim or relation may refer to a number or entity in dispute: the draft holds only
    # the agreed part (a claim's undisputed numbers; no relation, and no claim, whose reference is
    # disputed). The gold takes them whole, with the decision on what they refer to.
    kept = {_span(n) for n in layers["numbers"]}
    for c in layers["claims"]:
        c["numbers"] = [k for k in c["numbers"] if tuple(k) in kept]
    layers["relations"] = [r for r in layers["relations"]
                           if all(k is not None and tuple(k) in kept for k in [r["total"], *r["parts"]])]
    ent_keys = {(e["start"], e["end"], e["label"]) for e in layers["entities"]}
    layers["claims"] = [c for c in layers["claims"] if c["claimant"] == "author" or tuple(c["claimant"]) in ent_keys]
    prov = [{"step": "adjudication", "agent": "khabar adjudicate", "source": None,
             "note": f"Draft: what passes {pass_names[0]} and {pass_names[1]} agree on; "
                     f"{len(comparison.disagreements)} disagreement(s) to decide."}]
    return annotation_file(doc, renumber(layers), "suggested", prov)


def _quote(text: str, limit: int = 0) -> str:
    text = excerpt(text)
    if limit and len(text) > limit:
        text = text[:limit] + "…"
    return f"«{text}»"


def _words(text: str, key: Any) -> str:
    """What a span key (start, end[, label]) covers, in words."""
    return _quote(text[key[0]:key[1]])


def _value(attr: str, v: Any, text: str, offsets: bool = False) -> str:
    """One attribute's value as the adjudicator reads it: spans and references in words (with
    their offsets only where the words alone do not tell two values apart)."""
    at = lambda k: f" [{k[0]}, {k[1]})" if offsets else ""  # noqa: E731
    if v is None:
        return "none"
    if attr == "claimant":
        return "author" if v == "author" else f"{v[2]} {_words(text, v)}{at(v)}"
    if attr == "numbers":
        return ", ".join(f"{_words(text, k)}{at(k)}" for k in sorted(tuple(k) for k in v)) or "none"
    if isinstance(v, dict):  # a sub-span: counted noun, qualifier span, cue
        return f"{_quote(v['text'])}{at(_span(v))}"
    if attr in ("value", "value_override") and isinstance(v, (int, float)) and not isinstance(v, bool):
        return f"{v:g}"
    return str(v)


def _show(layer: str, x: dict, text: str) -> str:
    """One item of a pass in words."""
    if layer == "entities":
        return f"{x['label']} {_quote(x['text'])}"
    if layer == "numbers":
        qual = x["qualifier"] + (f" {_value('qualifier_span', x['qualifier_span'], text)}"
                                 if x.get("qualifier_span") else "")
        shown = f"{_quote(x['text'])} = {_value('value', x['value'], text)} {x['kind']} {qual}, " \
                f"counted {_value('counted', x.get('counted'), text)}"
        if "value_override" in x:
            shown += f", value_override {_value('value_override', x['value_override'], text)}"
        return shown
    if layer == "claims":
        return (f"{_quote(x['text'])} {x['kind']} check_worthy={x['check_worthy']}, "
                f"claimant {_value('claimant', x['claimant'], text)}, cue {_value('cue', x.get('cue'), text)}, "
                f"numbers {_value('numbers', x['numbers'], text)}")
    parts = ", ".join(_words(text, k) for k in x["parts"])
    return f"{x['type']}: total {_words(text, x['total'])}, parts {parts}"


def _side_by_side(d: Disagreement, text: str, pass_names: tuple[str, str]) -> list[str]:
    """The attributes that differ, one row each, the two passes' values side by side."""
    if len(d.a) != 1 or len(d.b) != 1 or not d.attribute:
        return []
    x, y = d.a[0], d.b[0]
    rows = [f"| | {pass_names[0]} | {pass_names[1]} |", "|---|---|---|"]
    for attr in d.attribute.split(", "):
        va, vb = _value(attr, x.get(attr), text), _value(attr, y.get(attr), text)
        if va == vb:  # the same words at other places
            va, vb = _value(attr, x.get(attr), text, True), _value(attr, y.get(attr), text, True)
        rows.append(f"| {attr} | {va} | {vb} |".replace("\n", " "))
    return rows + [""]


def markdown(doc_id: str, comparison: Comparison, pass_names: tuple[str, str]) -> str:
    """The disagreements as a Markdown list for the adjudicator: each pass's items in words, and
    for a pair of items the attributes that differ side by side."""
    a, b = pass_names
    text = comparison.text
    lines = [f"# Adjudication of {doc_id}: {a} vs {b}", "",
             f"{sum(len(v) for v in comparison.agreed.values())} item(s) agreed (in draft.json); "
             f"{len(comparison.disagreements)} disagreement(s). Write each decision ({', '.join(DECISIONS)}) "
             "and its reason into disagreements.json, then run `khabar adjudicate --apply`.", ""]
    for d in comparison.disagreements:
        what = f"{d.type}" + (f" `{d.attribute}`" if d.attribute else "")
        lines.append(f"## {d.id}: ¶{d.paragraph} {d.layer}, {what}")
        lines.append(f"{_quote(d.text)} [{d.start}, {d.end})")
        for name, items in ((a, d.a), (b, d.b)):
            shown = "; ".join(_show(d.layer, x, text) for x in items) if items else "nothing"
            lines.append(f"- {name}: {shown}")
        if d.decision:
            lines.append(f"- decision: {d.decision}" + (f" ({d.reason})" if d.reason else ""))
        lines.append("")
        lines += _side_by_side(d, text, pass_names)
    return "\n".join(lines)


def to_json(doc_id: str, comparison: Comparison, pass_names: tuple[str, str],
            offsets_only: bool = False) -> dict[str, Any]:
    """disagreements.json; with `offsets_only` (a source-backed document) claims keep no text and
    a disagreement's covered text is an excerpt."""
    records = [asdict(d) for d in comparison.disagreements]
    if offsets_only:
        for r in records:
            r["text"] = excerpt(r["text"])
            for side in "ab":
                r[side] = without_texts({r["layer"]: r[side]}).get(r["layer"], r[side])
    return {"document_id": doc_id, "passes": list(pass_names), "decisions": list(DECISIONS), "disagreements": records}


def _dkey(d: dict[str, Any]) -> str:
    """A disagreement's place and type, as JSON writes them (hashable whatever a hand-edited
    record holds; a tuple and the list it becomes compare equal)."""
    return json.dumps([d.get(k) for k in ("layer", "type", "attribute", "start", "end")], ensure_ascii=False,
                      sort_keys=True)


def _items_key(d: dict[str, Any]) -> str:
    """The items of both sides, as JSON writes them (a tuple and the list it becomes compare equal),
    without their covered texts: the offsets fix them, and a source-backed document's items are
    written without (see `to_json`)."""
    layer = d.get("layer") if isinstance(d.get("layer"), str) else ""

    def bare(side: Any) -> Any:
        if not isinstance(side, list):
            return side
        items = without_texts({layer: side}).get(layer, side) if layer else side
        return [{k: v for k, v in x.items() if k != "text"} if isinstance(x, dict) else x for x in items]
    return json.dumps([bare(d.get("a")), bare(d.get("b"))], ensure_ascii=False, sort_keys=True)


_FLIP = {"A": "B", "B": "A"}


def _seen_from_the_other_side(r: dict[str, Any]) -> dict[str, Any]:
    """A record as the passes in the other order give it: the sides swap, and a decision for one
    pass (A or B) follows its pass, so that it keeps the same items."""
    decision = r.get("decision")
    return {**r, "a": r.get("b"), "b": r.get("a"),
            "decision": _FLIP.get(decision, decision) if isinstance(decision, str) else decision}


Found = tuple[dict[str, Any], dict[str, Any]]  # the record as the disagreement sees it, and as written


def _matcher(records: list[dict[str, Any]], flipped: bool = False) -> Callable[[dict[str, Any]], Found | None]:
    """Finds the record of a disagreement by what it is about: its place, type and both sides'
    items, in either order of the passes (a record found with the sides swapped is returned seen
    from the other side, its A/B decision following its pass). A record that holds no items (written
    by hand) is found by place and type alone where it is the only one there; `flipped` says
    whether the passes are now in the other order, which such a record cannot tell. Two
    disagreements can share a place (two relations over the same numbers): the items tell them
    apart, and one record's decision never answers both. A record whose items differ from every
    disagreement's is not found: the passes it was decided on are not these."""
    exact: dict[tuple, Found] = {}
    for r in records:
        exact.setdefault((_dkey(r), _items_key(r)), (r, r))
    for r in records:
        other = _seen_from_the_other_side(r)
        exact.setdefault((_dkey(other), _items_key(other)), (other, r))
    by_place: dict[str, list[Found]] = {}
    for r in records:
        if "a" not in r and "b" not in r:
            by_place.setdefault(_dkey(r), []).append((_seen_from_the_other_side(r) if flipped else r, r))

    def find(d: dict[str, Any]) -> Found | None:
        hit = exact.get((_dkey(d), _items_key(d)))
        if hit is None and len(by_place.get(_dkey(d), [])) == 1:
            hit = by_place[_dkey(d)][0]
        return hit

    return find


def _flipped(new: dict[str, Any], old: dict[str, Any]) -> bool:
    """Whether the old record names the same two passes in the other order."""
    a, b = (new.get("passes") or [None, None])[:2], (old.get("passes") or [None, None])[:2]
    return a != b and a == b[::-1]


def carry(new: dict[str, Any], old: Any, where: str = "disagreements.json"
          ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """`new` with the decisions of a previous disagreements.json carried over (see `_matcher`),
    and the decided records of `old` that no disagreement of `new` matches: decisions that no
    longer apply, which the caller reports and never drops in silence. A record out of shape is
    one error naming its JSON path (`decision_records`)."""
    if not old:
        return new, []
    decided = [d for d in decision_records(old, where) if d.get("decision")]
    find = _matcher(decided, _flipped(new, old))
    used: set[int] = set()
    for d in new["disagreements"]:
        hit = find(d)
        if hit:
            d["decision"], d["reason"] = hit[0]["decision"], hit[0].get("reason")
            used.add(id(hit[1]))
    return new, [r for r in decided if id(r) not in used]


def carry_decisions(new: dict[str, Any], old: Any, where: str = "disagreements.json") -> dict[str, Any]:
    """Keep the decisions already written in a previous disagreements.json (see `carry`)."""
    return carry(new, old, where)[0]


def describe_decision(r: dict[str, Any]) -> str:
    """A decided record in words, to name a decision that no longer applies."""
    what = f"{r.get('layer')} {r.get('type')}" + (f" `{r['attribute']}`" if r.get("attribute") else "")
    reason = f", {r['reason']}" if r.get("reason") else ""
    return f"{r.get('id')} (¶{r.get('paragraph')} {what} «{r.get('text')}», decided {r.get('decision')}{reason})"


def apply_decisions(doc: dict[str, Any], comparison: Comparison, decided: dict[str, Any],
                    where: str, provenance: list[dict]) -> dict[str, Any]:
    """The gold: the agreed items plus, per disagreement, the decided pass's items, validated
    against the document before it is returned. Decisions whose items cannot stand together
    (a `both` that keeps two copies of a span, crossing spans) are one error naming them."""
    layers = decided_layers(comparison, decided, where)
    ordered = _renumbered(layers)
    gold = annotation_file(doc, _shaped(ordered), "adjudicated", provenance)
    _check_gold(doc, gold, ordered, comparison.text, where)
    return gold


# What each record of disagreements.json must hold for its decision to be matched and applied.
_RECORD_FIELDS: dict[str, tuple[type, ...]] = {"layer": (str,), "type": (str,), "attribute": (str, type(None)),
                                               "start": (int,), "end": (int,)}


def decision_records(decided: Any, where: str) -> list[dict[str, Any]]:
    """The records of a disagreements.json, checked for the shape adjudication writes; a record
    edited out of shape is one error naming its JSON path (never a traceback, never ignored)."""
    def fail(at: str, message: str) -> KhabarError:
        return KhabarError(f"{where}: {at}: {message}", "adjudication-decisions", where, at)

    if not isinstance(decided, dict) or not isinstance(decided.get("disagreements"), list):
        raise fail("$.disagreements", "expected an object holding the list `disagreements`")
    layers = ("entities", "numbers", "claims", "relations")
    for k, r in enumerate(decided["disagreements"]):
        at = f"$.disagreements[{k}]"
        if not isinstance(r, dict):
            raise fail(at, "expected a disagreement object")
        for name, types in _RECORD_FIELDS.items():
            if not isinstance(r.get(name), types) or isinstance(r.get(name), bool):
                raise fail(f"{at}.{name}", f"expected the disagreement's {name}, found {str(r.get(name))[:40]!r}")
        if r["layer"] not in layers:
            raise fail(f"{at}.layer", f"unknown layer {r['layer'][:40]!r}; expected one of {', '.join(layers)}")
        if r.get("decision") is not None and r["decision"] not in DECISIONS:
            raise fail(f"{at}.decision", f"expected one of {', '.join(DECISIONS)} (or null while undecided), "
                                         f"found {str(r['decision'])[:40]!r}")
    return decided["disagreements"]


def _choices(comparison: Comparison, decided: dict[str, Any], where: str) -> dict[str, str]:
    """The decision on every disagreement (by id); one missing or unknown is an error."""
    find = _matcher(decision_records(decided, where))
    out = {}
    for d in comparison.disagreements:
        hit = find(asdict(d))
        choice = hit[0].get("decision") if hit else None
        if choice not in DECISIONS:
            found = "has no decision" if choice is None else f"has the decision {choice!r}"
            raise KhabarError(f"{where}: disagreement {d.id} (¶{d.paragraph} {d.layer} {d.type} «{d.text}») "
                              f"{found}; expected one of {', '.join(DECISIONS)}", "usage")
        out[d.id] = choice
    return out


_SIDES = {"A": ("a",), "B": ("b",), "both": ("a", "b"), "neither": ()}
_REF_KEY = {"entities": lambda x: (x["start"], x["end"], x["label"]), "numbers": lambda x: (x["start"], x["end"])}
_NOUN = {"entities": "entity", "numbers": "number", "claims": "claim", "relations": "relation"}


def decided_layers(comparison: Comparison, decided: dict[str, Any], where: str) -> dict[str, list[dict]]:
    """Keyed layers: the agreed items plus, per disagreement, the items of the side decided.

    Every reference is carried: a claim's claimant and numbers, a relation's numbers. A reference
    to an item that its own disagreement's decision replaces by the other pass's (one overlapping
    item: the same entity or number marked otherwise) is moved onto it; a reference to an item the
    decisions leave out, or replace by several, is an error naming both decisions
    (`adjudication-reference`). Items a move makes identical are kept once. Each item taken from a
    disagreement records it in `_from` (dropped when the layers are renumbered)."""
    choices = _choices(comparison, decided, where)
    text = comparison.text
    layers = copy.deepcopy(comparison.agreed)
    disputed: dict[tuple[str, str, tuple], tuple[Disagreement, str, dict]] = {}
    for d in comparison.disagreements:
        for side in _SIDES[choices[d.id]]:
            for x in getattr(d, side):
                layers[d.layer].append({**copy.deepcopy(x), "_from": (d.id, side.upper(), choices[d.id])})
        if d.layer in _REF_KEY:
            for side in ("a", "b"):
                for x in getattr(d, side):
                    disputed[(d.layer, side, _REF_KEY[d.layer](x))] = (d, side, x)
    kept = {layer: {_REF_KEY[layer](x) for x in layers[layer]} for layer in _REF_KEY}
    conflicts: list[str] = []

    def holder(layer: str, x: dict) -> str:
        if layer == "claims":
            what = f"claim {_quote(x['text'], 30)}"
        else:
            what = f"relation {_show('relations', x, text)}"
        origin = x.get("_from")
        return f"{what} ({origin[0]}, decided {origin[2]})" if origin else f"{what} (agreed)"

    def resolve(layer: str, key: tuple, x: dict, owner: str) -> tuple | None:
        """The key `key` (of `layer`, referred to by the item `x` of `owner`) names in the gold."""
        if key in kept[layer]:
            return key
        origin = x.get("_from")
        sides = [origin[1].lower()] if origin else ["a", "b"]  # agreed items refer alike in both passes
        hit = next((disputed[(layer, s, key)] for s in sides if (layer, s, key) in disputed), None)
        if hit is None:  # cannot happen with validated passes; never drop it all the same
            conflicts.append(f"{holder(owner, x)} refers to the {_NOUN[layer]} {_words(text, key)}, "
                             "which no pass holds")
            return None
        d, side, item = hit
        other = [y for y in getattr(d, "b" if side == "a" else "a") if
                 Span.of(y, None).overlaps(Span.of(item, None))] if choices[d.id] != "neither" else []
        if len(other) == 1:
            return _REF_KEY[layer](other[0])
        gone = "leaves it out" if not other else \
            f"replaces it by {len(other)} {layer}: " + ", ".join(_quote(Span.of(y, None).covered(text))
                                                                 for y in other)
        conflicts.append(f"{holder(owner, x)} refers to the {_NOUN[layer]} {_quote(Span.of(item, None).covered(text))} of pass "
                         f"{side.upper()}, which {d.id} (decided {choices[d.id]}) {gone}")
        return None

    for c in layers["claims"]:
        who = c["claimant"] if c["claimant"] == "author" else resolve("entities", tuple(c["claimant"]), c, "claims")
        numbers = [resolve("numbers", tuple(k), c, "claims") for k in c["numbers"]]
        # two numbers moved onto one are listed once
        c["claimant"], c["numbers"] = who, list(dict.fromkeys(numbers))
    for r in layers["relations"]:
        total = resolve("numbers", tuple(r["total"]), r, "relations")
        r["total"], r["parts"] = total, [resolve("numbers", tuple(k), r, "relations") for k in r["parts"]]
    if conflicts:
        raise KhabarError(f"{len(conflicts)} reference(s) of decided items to what other decisions leave out, "
                          "nothing written: " + "; ".join(conflicts) + "; change one decision of each pair",
                          "adjudication-reference", path=where)
    for layer in ("claims", "relations"):  # a move can make two decided items one
        seen: list[dict] = []
        for x in layers[layer]:
            if not any(_same(x, y) for y in seen):
                seen.append(x)
        layers[layer] = seen
    return layers


def _same(x: dict, y: dict) -> bool:
    """Whether two items are the same annotation, whichever pass (and id) they come from."""
    strip = lambda z: {k: (sorted(v) if k == "parts" else v) for k, v in z.items()  # noqa: E731
                       if k not in ("_from", "id")}
    return strip(x) == strip(y)


def _check_gold(doc: dict[str, Any], gold: dict[str, Any], ordered: dict[str, list[dict]], text: str,
                where: str) -> None:
    """Validate the gold before anything is written; its errors are reported with the decisions
    and the items they come from, so that the adjudicator sees which decisions clash."""
    from khabar.model.errors import ERROR
    from khabar.validate.core import annotation_problems

    errors = [p for p in annotation_problems(gold, doc, "gold") if p.severity == ERROR]
    if not errors:
        return

    def item(pointer: str) -> str:
        m = re.match(r"(?:.*:)?\$\.(entities|numbers|claims|relations)\[(\d+)\]", pointer)
        if not m:
            return pointer
        layer, x = m.group(1), ordered[m.group(1)][int(m.group(2))]
        shown = _quote(x["text"], 30) if "text" in x else x["id"]
        origin = x.get("_from")
        return (f"{_NOUN[layer]} {shown} of pass {origin[1]} ({origin[0]}, decided {origin[2]})" if origin
                else f"{_NOUN[layer]} {shown} (agreed)")

    shown = []
    for p in errors:
        items = " and ".join([item(p.pointer), *(item(r) for r in p.references)])
        shown.append(f"{items}: [{p.code}] {p.message}")
    raise KhabarError("the decisions give a gold that does not validate, nothing written: " + "; ".join(shown),
                      "adjudication-conflict", path=where)


ADJUDICATION_FILES = ("draft.json", "disagreements.md", "disagreements.json")


def foreign_files(folder: Path) -> str | None:
    """Why an adjudication --out folder holds what adjudication did not write (None: only its
    three files), so that a rerun writes into a folder of its own and nowhere else."""
    extra = sorted(p.name for p in Path(folder).iterdir() if p.name not in ADJUDICATION_FILES or not p.is_file())
    if extra:
        shown = ", ".join(extra[:3]) + (f" and {len(extra) - 3} more" if len(extra) > 3 else "")
        return f"holds what adjudication did not write ({shown})"
    return None


@dataclass
class AdjudicationFiles:
    folder: Path
    draft: Path
    markdown: Path
    json: Path
    comparison: Comparison
    dropped: list[dict] = field(default_factory=list)  # decided records no longer applying, dropped by --force


def pass_step(name: str, source: str, ann: dict[str, Any]) -> dict[str, Any]:
    """The gold's provenance step for one pass: who made it and how, as the pass itself records
    (its own `pass` step: the annotator, and whether it started from a suggestion or blind)."""
    own = [x for x in ann.get("provenance") or [] if isinstance(x, dict) and x.get("step") == "pass"]
    step: dict[str, Any] = {"step": "pass", "agent": f"pass {name}", "source": source}
    if own and isinstance(own[-1].get("agent"), str):
        step["agent"] = f"pass {name}: {own[-1]['agent']}"
        started = own[-1].get("source")
        note = own[-1].get("note") if isinstance(own[-1].get("note"), str) else ""
        how = f"started from {started}" if isinstance(started, str) else "started from the raw text"
        step["note"] = f"{note} ({how})".strip()
    return step


def load_passes(layout: Layout, doc_id: str, passes: list[Path]) -> tuple[dict, list[dict]]:
    """The document and the passes, each validated first (a broken pass is one clear error)."""
    from khabar.annotate.agreement import checked

    doc = load_document(layout, doc_id)
    return doc, [with_texts(checked(p, doc), doc["text"]) for p in passes]


def _decisions_file(path: Path, doc_id: str) -> dict[str, Any]:
    """disagreements.json, checked to be the decisions on `doc_id`: decisions on another document
    never answer this one's disagreements."""
    record = read_json(path)
    decision_records(record, str(path))  # the shape first: one line naming the JSON path
    found = check_id(record.get("document_id"), f"{path}:$.document_id")
    if found != doc_id:
        raise KhabarError(f"{path}: holds the decisions on {found!r}, not on {doc_id!r}", "document-id-mismatch",
                          str(path), "$.document_id")
    return record


@overload
def adjudicate(layout: Layout, doc_id: str, passes: list[Path], out: Path | None = None,
               apply: Literal[False] = False, force: bool = False) -> AdjudicationFiles: ...


@overload
def adjudicate(layout: Layout, doc_id: str, passes: list[Path], out: Path | None = None, *,
               apply: Literal[True], force: bool = False) -> Path: ...


@overload
def adjudicate(layout: Layout, doc_id: str, passes: list[Path], out: Path | None = None,
               apply: bool = False, force: bool = False) -> AdjudicationFiles | Path: ...


def adjudicate(layout: Layout, doc_id: str, passes: list[Path], out: Path | None = None,
               apply: bool = False, force: bool = False) -> AdjudicationFiles | Path:
    """Write draft.json, disagreements.md and disagreements.json (keeping decisions already made);
    with `apply`, write the gold from the decisions instead and return its path."""
    from khabar.io import atomic_write_text, dumps_json, write_json

    check_id(doc_id, "DOC_ID")
    if len(passes) != 2:
        raise KhabarError(f"expected two passes, found {len(passes)}", "usage")
    for p in passes:  # a pass is read from the project only, and named in the gold's provenance
        inside(p, layout.root, "a pass")
    doc, (a, b) = load_passes(layout, doc_id, passes)
    names = (Path(passes[0]).stem, Path(passes[1]).stem)
    if names[0] == names[1]:
        names = (str(passes[0]), str(passes[1]))
    comparison = compare_passes(doc, a, b)
    folder = Path(out) if out else layout.passes(doc_id) / "adjudication"
    decisions_path = folder / "disagreements.json"
    if apply:
        decided = _decisions_file(decisions_path, doc_id)
        rel = lambda p: str(Path(p).resolve().relative_to(layout.root.resolve())) \
            if layout.root.resolve() in Path(p).resolve().parents else str(p)  # noqa: E731
        prov = [*(pass_step(n, rel(p), x) for n, p, x in zip(names, passes, (a, b), strict=True)),
                {"step": "adjudication", "agent": "adjudicator", "source": rel(decisions_path),
                 "note": "Agreed items of the passes plus the decided side of each disagreement."}]
        gold = apply_decisions(doc, comparison, decided, str(decisions_path), prov)
        target = layout.annotation(doc_id)
        if target.is_file() and not force:
            from khabar.corpus.gold import status_of
            if status_of(read_json(target)) != "empty":
                raise KhabarError(f"{target}: gold exists and is not empty; pass --force to overwrite it",
                                  "gold-exists")
        write_json(target, gold)
        return target
    old = _decisions_file(decisions_path, doc_id) if decisions_path.is_file() else None
    record, orphaned = carry(to_json(doc_id, comparison, names, is_source_backed(doc)), old, str(decisions_path))
    if orphaned and not force:
        # A decision is the adjudicator's work: it is never dropped unless asked.
        raise KhabarError(f"{len(orphaned)} decision(s) no longer match a disagreement of "
                          f"{names[0]} and {names[1]}, nothing written: "
                          + "; ".join(describe_decision(r) for r in orphaned)
                          + "; rerun with the passes they were made on, or pass --force to drop them",
                          "decision-orphaned", str(decisions_path))
    for d, rec in zip(comparison.disagreements, record["disagreements"], strict=True):
        d.decision, d.reason = rec["decision"], rec["reason"]
    folder.mkdir(parents=True, exist_ok=True)
    files = AdjudicationFiles(folder, folder / "draft.json", folder / "disagreements.md", decisions_path, comparison,
                              orphaned)
    write_json(files.draft, draft(doc, comparison, names))
    atomic_write_text(files.markdown, markdown(doc_id, comparison, names))
    atomic_write_text(files.json, dumps_json(record))
    return files
