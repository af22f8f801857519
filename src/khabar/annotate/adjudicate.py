"""Adjudication of two annotation passes: a draft gold of what they agree on, and the list of disagreements.

`compare_passes` pairs the passes layer by layer. What both passes annotate identically (span,
label, attributes, claimant) goes into the draft; everything else becomes one disagreement of a
type — `span` (one pass marks an extent the other does not, or marks it differently: overlapping
items are grouped), `label` (same entity span, other type), `attribute` (same number or claim
span, another value of one attribute), `claimant` (same claim, another source, perhaps with other attributes) or `relation`; one
disagreement per pair of items, naming every attribute that differs.
The adjudicator writes a decision (`A`, `B`, `both`, `neither`) and a reason into the JSON list,
which is kept with the document under annotations/passes/<id>/adjudication/; `apply_decisions`
then writes the gold, status `adjudicated`, with its provenance.

References between items (a claim's claimant and numbers, a relation's numbers) are carried by
span keys while passes are merged, and turned back into ids in text order by `renumber`.
"""
from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from khabar.corpus.layout import Layout
from khabar.corpus.documents import load_document
from khabar.io import read_json
from khabar.model.errors import KhabarError
from khabar.model.labels import SCHEMA_VERSION

DECISIONS = ("A", "B", "both", "neither")
NUMBER_ATTRS = ("value", "kind", "qualifier", "qualifier_span", "counted")
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
    c1.., relations by (total, type); keys in schema order."""
    layers = copy.deepcopy(layers)
    ents, nums, claims = _order(layers["entities"]), _order(layers["numbers"]), _order(layers["claims"])
    ent_id, num_id = {}, {}
    for i, x in enumerate(ents, 1):
        x["id"] = f"e{i}"
        ent_id[(x["start"], x["end"], x["label"])] = x["id"]
    for i, x in enumerate(nums, 1):
        x["id"] = f"n{i}"
        num_id[(x["start"], x["end"])] = x["id"]
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
        c["numbers"] = sorted((num_id[tuple(k)] for k in c["numbers"] if tuple(k) in num_id),
                              key=lambda n: int(n[1:]))
    rels = []
    for r in layers["relations"]:
        ids = [num_id.get(tuple(k)) if k is not None else None for k in [r["total"], *r["parts"]]]
        if None in ids:
            continue  # a relation whose numbers are not all kept
        rels.append({**r, "total": ids[0], "parts": ids[1:]})
    rels.sort(key=lambda r: (int(r["total"][1:]), r["type"]))
    for i, r in enumerate(rels, 1):
        r["id"] = f"r{i}"

    def shape(layer: str, items: list[dict]) -> list[dict]:
        return [{k: x[k] for k in KEY_ORDER[layer] if k in x} for x in items]

    return {"entities": shape("entities", ents), "numbers": shape("numbers", nums),
            "claims": shape("claims", claims), "relations": shape("relations", rels)}


def annotation_file(doc: dict[str, Any], layers: dict[str, list[dict]], status: str,
                    provenance: list[dict]) -> dict[str, Any]:
    """A whole annotation file (keys in schema order) from renumbered layers."""
    return {"schema_version": SCHEMA_VERSION, "document_id": doc["id"], "text_sha256": doc["text_sha256"],
            "status": status, "provenance": provenance, **layers}


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
    """What two passes agree on (keyed layers) and where they differ."""

    agreed: dict[str, list[dict]]
    disagreements: list[Disagreement] = field(default_factory=list)


def _comparable(v: Any) -> Any:
    if isinstance(v, list):  # a claim's numbers, as span keys
        return sorted(tuple(k) for k in v)
    return _span(v) if isinstance(v, dict) else v


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
    key_e = lambda e: (e["start"], e["end"], e["label"])  # noqa: E731
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
    for layer, attrs in (("numbers", NUMBER_ATTRS), ("claims", ("claimant", *CLAIM_ATTRS, "numbers"))):
        by_b = {_span(x): x for x in kb[layer]}
        by_a = {_span(x): x for x in ka[layer]}
        for x in ka[layer]:
            y = by_b.get(_span(x))
            if y is None:
                continue
            differ = [k for k in attrs if _comparable(x.get(k)) != _comparable(y.get(k))]
            if not differ:
                agreed[layer].append(x)
            else:  # one decision per item pair, however many attributes differ
                raw.append((layer, "claimant" if "claimant" in differ else "attribute", ", ".join(differ),
                            [x], [y]))
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
    return Comparison(agreed=agreed, disagreements=dis)


# ---------------------------------------------------------------- writing and applying

def draft(doc: dict[str, Any], comparison: Comparison, pass_names: tuple[str, str]) -> dict[str, Any]:
    """The draft gold: only what both passes agree on; status `suggested` (it is not gold yet)."""
    layers = copy.deepcopy(comparison.agreed)
    # A claim's numbers are those of the draft inside its span.
    for c in layers["claims"]:
        kept = {_span(n) for n in layers["numbers"]}
        c["numbers"] = [k for k in c["numbers"] if tuple(k) in kept]
    ent_keys = {(e["start"], e["end"], e["label"]) for e in layers["entities"]}
    # An agreed claim whose claimant entity is in dispute keeps the claim for the adjudicator.
    layers["claims"] = [c for c in layers["claims"] if c["claimant"] == "author" or tuple(c["claimant"]) in ent_keys]
    prov = [{"step": "adjudication", "agent": "khabar adjudicate", "source": None,
             "note": f"Draft: what passes {pass_names[0]} and {pass_names[1]} agree on; "
                     f"{len(comparison.disagreements)} disagreement(s) to decide."}]
    return annotation_file(doc, renumber(layers), "suggested", prov)


def _show(layer: str, x: dict) -> str:
    if layer == "entities":
        return f"{x['label']} «{x['text']}»"
    if layer == "numbers":
        cnt = x["counted"]["text"] if x.get("counted") else None
        return f"«{x['text']}» = {x['value']:g} {x['kind']} {x['qualifier']} counted={cnt!r}"
    if layer == "claims":
        who = x["claimant"] if x["claimant"] == "author" else f"entity {tuple(x['claimant'])}"
        cue = x["cue"]["text"] if x.get("cue") else None
        return (f"«{x['text']}» {x['kind']} check_worthy={x['check_worthy']} claimant={who} "
                f"cue={cue!r}")
    return f"{x['type']} total={x['total']} parts={x['parts']}"


def markdown(doc_id: str, comparison: Comparison, pass_names: tuple[str, str]) -> str:
    """The disagreements as a Markdown list for the adjudicator."""
    a, b = pass_names
    lines = [f"# Adjudication of {doc_id}: {a} vs {b}", "",
             f"{sum(len(v) for v in comparison.agreed.values())} item(s) agreed (in draft.json); "
             f"{len(comparison.disagreements)} disagreement(s). Write each decision ({', '.join(DECISIONS)}) "
             "and its reason into disagreements.json, then run `khabar adjudicate --apply`.", ""]
    for d in comparison.disagreements:
        what = f"{d.type}" + (f" `{d.attribute}`" if d.attribute else "")
        lines.append(f"## {d.id}: ¶{d.paragraph} {d.layer}, {what}")
        lines.append(f"«{d.text}» [{d.start}, {d.end})")
        for name, items in ((a, d.a), (b, d.b)):
            shown = "; ".join(_show(d.layer, x) for x in items) if items else "nothing"
            lines.append(f"- {name}: {shown}")
        if d.decision:
            lines.append(f"- decision: {d.decision}" + (f" ({d.reason})" if d.reason else ""))
        lines.append("")
    return "\n".join(lines)


def to_json(doc_id: str, comparison: Comparison, pass_names: tuple[str, str]) -> dict[str, Any]:
    return {"document_id": doc_id, "passes": list(pass_names),
            "decisions": list(DECISIONS),
            "disagreements": [asdict(d) for d in comparison.disagreements]}


def _dkey(d: dict[str, Any]) -> tuple:
    return (d["layer"], d["type"], d["attribute"], d["start"], d["end"])


def carry_decisions(new: dict[str, Any], old: dict[str, Any] | None) -> dict[str, Any]:
    """Keep the decisions already written in a previous disagreements.json (matched by place and type)."""
    if not old:
        return new
    made = {_dkey(d): d for d in old.get("disagreements", []) if d.get("decision")}
    for d in new["disagreements"]:
        prev = made.get(_dkey(d))
        if prev:
            d["decision"], d["reason"] = prev["decision"], prev.get("reason")
    return new


def apply_decisions(doc: dict[str, Any], comparison: Comparison, decided: dict[str, Any],
                    where: str, provenance: list[dict]) -> dict[str, Any]:
    """The gold: the agreed items plus, per disagreement, the decided pass's items."""
    return annotation_file(doc, renumber(decided_layers(comparison, decided, where)), "adjudicated", provenance)


def decided_layers(comparison: Comparison, decided: dict[str, Any], where: str) -> dict[str, list[dict]]:
    """Keyed layers: the agreed items plus, per disagreement, the items of the side decided."""
    layers = copy.deepcopy(comparison.agreed)
    decisions = {_dkey(d): d for d in decided.get("disagreements", [])}
    for d in comparison.disagreements:
        rec = decisions.get(_dkey(asdict(d)))
        choice = rec.get("decision") if rec else None
        if choice not in DECISIONS:
            raise KhabarError(f"{where}: disagreement {d.id} (¶{d.paragraph} {d.layer} {d.type} «{d.text}») "
                              f"has no decision; expected one of {', '.join(DECISIONS)}", "usage")
        take = {"A": d.a, "B": d.b, "both": d.a + d.b, "neither": []}[choice]
        for x in take:
            if x not in layers[d.layer]:
                layers[d.layer].append(copy.deepcopy(x))
    return layers


@dataclass
class AdjudicationFiles:
    folder: Path
    draft: Path
    markdown: Path
    json: Path
    comparison: Comparison


def load_passes(layout: Layout, doc_id: str, passes: list[Path]) -> tuple[dict, list[dict]]:
    """The document and the passes, each validated first (a broken pass is one clear error)."""
    from khabar.annotate.agreement import checked

    doc = load_document(layout, doc_id)
    return doc, [checked(p, doc) for p in passes]


def adjudicate(layout: Layout, doc_id: str, passes: list[Path], out: Path | None = None,
               apply: bool = False, force: bool = False) -> AdjudicationFiles | Path:
    """Write draft.json, disagreements.md and disagreements.json (keeping decisions already made);
    with `apply`, write the gold from the decisions instead and return its path."""
    from khabar.io import atomic_write_text, dumps_json, write_json

    if len(passes) != 2:
        raise KhabarError(f"expected two passes, found {len(passes)}", "usage")
    doc, (a, b) = load_passes(layout, doc_id, passes)
    names = (Path(passes[0]).stem, Path(passes[1]).stem)
    if names[0] == names[1]:
        names = (str(passes[0]), str(passes[1]))
    comparison = compare_passes(doc, a, b)
    folder = Path(out) if out else layout.passes(doc_id) / "adjudication"
    decisions_path = folder / "disagreements.json"
    if apply:
        decided = read_json(decisions_path)
        rel = lambda p: str(Path(p).resolve().relative_to(layout.root.resolve())) \
            if layout.root.resolve() in Path(p).resolve().parents else str(p)  # noqa: E731
        prov = [*({"step": "pass", "agent": f"pass {n}", "source": rel(p)} for n, p in zip(names, passes)),
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
    old = read_json(decisions_path) if decisions_path.is_file() else None
    record = carry_decisions(to_json(doc_id, comparison, names), old)
    for d, rec in zip(comparison.disagreements, record["disagreements"]):
        d.decision, d.reason = rec["decision"], rec["reason"]
    folder.mkdir(parents=True, exist_ok=True)
    files = AdjudicationFiles(folder, folder / "draft.json", folder / "disagreements.md", decisions_path, comparison)
    write_json(files.draft, draft(doc, comparison, names))
    atomic_write_text(files.markdown, markdown(doc_id, comparison, names))
    atomic_write_text(files.json, dumps_json(record))
    return files
