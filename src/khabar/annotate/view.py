"""`khabar view`: one self-contained right-to-left HTML page showing a document's annotation.

Entities (nested, with their type), numbers (with value, kind and qualifier), claims (with
claimant and cue) and paragraph numbers are drawn over the text; with `--against` two
annotations of the document are shown side by side and what one has and the other lacks is
marked. The page loads nothing (no script, font or image from the network): fonts come from the
system, first the Arabic Noto faces Debian ships in fonts-noto-core.

Labels and paragraph numbers are CSS generated content (`::before`/`::after` from data
attributes), so every annotation element's text is exactly the annotated text, and each
paragraph element's text is exactly the paragraph: tools (and the test) can check the page
against the annotation by reading the DOM.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.corpus.layout import Layout
from khabar.corpus.documents import load_document
from khabar.io import read_json

FONTS = ('"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "DejaVu Sans", '
         '"Arial", sans-serif')
# Draw order when two items have the same extent: claims outside, then entities, then numbers.
PRIORITY = {"claims": 0, "cue": 1, "entities": 2, "numbers": 3}
ENTITY_COLOURS = {
    "PERS": "#c2185b", "ORG": "#1565c0", "GPE": "#2e7d32", "LOC": "#558b2f", "NORP": "#6a1b9a",
    "OCC": "#ef6c00", "FAC": "#00838f", "DATE": "#5d4037", "CARDINAL": "#455a64", "ORDINAL": "#455a64",
    "EVENT": "#ad1457",
}

CSS = """
html { background: #fafafa; }
body { font-family: %(fonts)s; margin: 1.5rem; color: #111; line-height: 2.6; font-size: 19px; }
h1 { font-size: 1.2rem; line-height: 1.5; }
.meta, .legend, .summary { font-size: 0.8rem; line-height: 1.6; color: #444; }
.columns { display: grid; grid-template-columns: repeat(var(--cols), minmax(0, 1fr)); gap: 1.5rem; }
.side h2 { font-size: 1rem; line-height: 1.4; border-bottom: 1px solid #ccc; }
.par { margin: 0 0 0.9rem 0; position: relative; padding-inline-start: 2.2rem; }
.par::before { content: attr(data-n); position: absolute; inset-inline-start: 0; top: 0; color: #888;
  font-size: 0.75rem; font-family: "DejaVu Sans", sans-serif; }
.ann { position: relative; }
.ent { border: 1.5px solid var(--c, #555); border-radius: 4px; padding: 1px 2px; }
.ent::after { content: attr(data-label); font-size: 0.55rem; font-family: "DejaVu Sans", sans-serif;
  color: #fff; background: var(--c, #555); border-radius: 3px; padding: 0 2px; margin-inline-start: 2px;
  vertical-align: super; line-height: 1; white-space: nowrap; }
.num { background: #fff3b0; border-bottom: 2px solid #f9a825; }
.num::after { content: attr(data-show); font-size: 0.6rem; font-family: "DejaVu Sans", sans-serif;
  color: #7a5d00; vertical-align: sub; margin-inline-start: 2px; line-height: 1;
  direction: ltr; unicode-bidi: isolate; white-space: nowrap; }
.claim { background: rgba(120, 160, 255, 0.10); text-decoration: underline 2px rgba(40, 80, 200, 0.55);
  text-underline-offset: 0.55em; }
.claim[data-first]::before { content: attr(data-show); font-size: 0.6rem; color: #1a3a9a;
  font-family: "Noto Sans Arabic", "DejaVu Sans", sans-serif; background: #e3eaff; border-radius: 3px;
  padding: 0 3px; margin-inline-end: 3px; vertical-align: super; line-height: 1; white-space: nowrap; }
.ltr { direction: ltr; unicode-bidi: isolate; }
.cue { font-weight: bold; color: #1a3a9a; }
.diff { outline: 2.5px dashed #d50000; outline-offset: 1px; }
.legend span { margin-inline-end: 0.8rem; }
"""


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    layer: str  # entities, numbers, claims, cue
    obj: dict
    frag: bool = False

    def key(self) -> tuple:
        return (self.start, -self.end, PRIORITY[self.layer], self.obj.get("id", ""))


def _fmt(v: Any) -> str:
    return f"{v:g}" if isinstance(v, (int, float)) else str(v)


QUAL_SIGN = {"exact": "", "at_least": "≥", "more_than": ">", "approximately": "≈", "at_most": "≤",
             "less_than": "<"}


def identity(layer: str, x: dict, ents: dict[str, dict]) -> tuple:
    """What must be equal for two annotations of an item to agree (ids aside)."""
    sp = lambda s: None if s is None else (s["start"], s["end"])  # noqa: E731
    if layer == "entities":
        return (x["start"], x["end"], x["label"])
    if layer == "numbers":
        return (x["start"], x["end"], x["value"], x["kind"], x["qualifier"], sp(x.get("qualifier_span")),
                sp(x.get("counted")))
    who = x["claimant"]
    who = "author" if who == "author" else (sp(ents[who]) if who in ents else who)
    return (x["start"], x["end"], who, sp(x.get("cue")), x["kind"], x["check_worthy"])


def _open(item: Item, text: str, ents: dict[str, dict], differs: set[tuple], side: str) -> str:
    x, layer = item.obj, item.layer
    attrs = {"data-layer": layer, "data-id": x.get("id", ""), "data-start": str(item.start),
             "data-end": str(item.end)}
    cls = ["ann"]
    if item.frag:
        attrs["data-frag"] = "1"
    if layer == "entities":
        cls.append("ent")
        attrs["data-label"] = x["label"]
        attrs["style"] = f"--c: {ENTITY_COLOURS.get(x['label'], '#555')}"
        attrs["title"] = f"{x['id']} {x['label']}"
    elif layer == "numbers":
        cls.append("num")
        show = f"{QUAL_SIGN[x['qualifier']]}{_fmt(x['value'])}"
        if x["kind"] != "cardinal":
            show += f" {x['kind']}"
        attrs["data-show"] = show
        counted = x["counted"]["text"] if x.get("counted") else "—"
        attrs["title"] = f"{x['id']}: {_fmt(x['value'])} {x['kind']} {x['qualifier']}; counted: {counted}"
    elif layer == "claims":
        cls.append("claim")
        who = x["claimant"]
        who_text = "author" if who == "author" else ents.get(who, {}).get("text", who)
        cue = x["cue"]["text"] if x.get("cue") else None
        attrs["data-show"] = f"{x['id']} ← {who_text}" + (f" ({cue})" if cue else "") + \
            ("" if x["check_worthy"] else " ·") + f" {x['kind']}"
        attrs["data-claimant"] = who
        attrs["title"] = attrs["data-show"]
        if item.start == x["start"]:
            attrs["data-first"] = "1"
    else:
        cls.append("cue")
        attrs["data-id"] = f"{x['id']}.cue"
        attrs["title"] = f"cue of {x['id']}"
    if layer != "cue" and (layer, identity(layer, x, ents)) in differs:
        cls.append("diff")
        attrs["data-diff"] = "1"
    attrs["class"] = " ".join(cls)
    return "<span " + " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs.items()) + ">"


def _render(text: str, items: list[Item], lo: int, hi: int, ents, differs, side) -> str:
    """HTML of text[lo:hi] with the items (all inside it) as nested elements; an item crossing
    another is cut into fragments (data-frag) at the other's edge."""
    out: list[str] = []
    pos = lo
    items = sorted(items, key=Item.key)
    while items:
        a = items.pop(0)
        out.append(html.escape(text[pos:a.start]))
        inner, rest = [], []
        for b in items:
            if b.start < a.end:
                if b.end <= a.end:
                    inner.append(b)
                else:
                    inner.append(Item(b.start, a.end, b.layer, b.obj, True))
                    rest.append(Item(a.end, b.end, b.layer, b.obj, True))
            else:
                rest.append(b)
        out.append(_open(a, text, ents, differs, side) + _render(text, inner, a.start, a.end, ents, differs, side)
                   + "</span>")
        pos = a.end
        items = sorted(rest, key=Item.key)
    out.append(html.escape(text[pos:hi]))
    return "".join(out)


def _items(ann: dict[str, Any]) -> list[Item]:
    out = [Item(x["start"], x["end"], layer, x) for layer in ("entities", "numbers", "claims")
           for x in ann.get(layer, [])]
    out += [Item(c["cue"]["start"], c["cue"]["end"], "cue", c) for c in ann.get("claims", []) if c.get("cue")]
    return out


def _side(doc: dict[str, Any], ann: dict[str, Any], title: str, differs: set[tuple], side: str) -> str:
    text = doc["text"]
    ents = {e["id"]: e for e in ann.get("entities", [])}
    items = _items(ann)
    pars = []
    for k, p in enumerate(doc["paragraphs"], 1):
        inside = []
        for it in items:
            s, e = max(it.start, p["start"]), min(it.end, p["end"])
            if s < e:
                inside.append(it if (s, e) == (it.start, it.end) else Item(s, e, it.layer, it.obj, True))
        body = _render(text, inside, p["start"], p["end"], ents, differs, side)
        pars.append(f'<p class="par" data-n="{k}" data-start="{p["start"]}" data-end="{p["end"]}">{body}</p>')
    counts = ", ".join(f"{len(ann.get(layer, []))} {layer}" for layer in ("entities", "numbers", "claims"))
    status = ann.get("status", "—")
    return (f'<section class="side" data-side="{side}"><h2><bdi dir="ltr">{html.escape(title)}</bdi></h2>'
            f'<div class="meta" dir="ltr">status: {html.escape(str(status))}; {counts}</div>' + "".join(pars) + "</section>")


def differences(doc: dict[str, Any], x: dict[str, Any], y: dict[str, Any]) -> tuple[set, set]:
    """(what x has that y lacks, what y has that x lacks), as (layer, identity) sets."""
    def ids(ann):
        ents = {e["id"]: e for e in ann.get("entities", [])}
        return {(layer, identity(layer, it, ents)) for layer in ("entities", "numbers", "claims")
                for it in ann.get(layer, [])}
    a, b = ids(x), ids(y)
    return a - b, b - a


def page(doc: dict[str, Any], ann: dict[str, Any], title: str, against: dict[str, Any] | None = None,
         against_title: str = "") -> str:
    """The whole HTML page."""
    sides, summary = [], ""
    if against is None:
        sides.append(_side(doc, ann, title, set(), "main"))
    else:
        only_a, only_b = differences(doc, ann, against)
        sides.append(_side(doc, ann, title, only_a, "main"))
        sides.append(_side(doc, against, against_title, only_b, "against"))

        def per_layer(s: set) -> str:
            return ", ".join(f"{sum(1 for l_, _ in s if l_ == layer)} {layer}"
                             for layer in ("entities", "numbers", "claims"))
        summary = (f'<div class="summary" dir="ltr">Marked with a dashed red outline: what one side has and the other '
                   f'does not (span, label or attribute). Only in {html.escape(title)}: {per_layer(only_a)}; '
                   f'only in {html.escape(against_title)}: {per_layer(only_b)}.</div>')
    legend = ('<div class="legend" dir="ltr"><span class="ann ent" style="--c:#1565c0" data-label="TYPE">entity</span>'
              '<span class="ann num" data-show="value">number</span>'
              '<span class="ann claim">claim</span> <span class="ann cue">cue</span>'
              ' — claim labels: id ← claimant (cue), · = not check-worthy, kind</div>')
    head = (f'<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{html.escape(doc["id"])}</title>\n<style>{CSS % {"fonts": FONTS}}</style>\n</head>\n')
    dateline = html.escape(doc.get("published") or doc.get("dateline") or "")
    return (head + f'<body>\n<h1><bdi dir="ltr">{html.escape(doc["id"])}</bdi></h1>\n'
            f'<div class="meta" dir="ltr">published {dateline}; {len(doc["paragraphs"])} paragraphs</div>\n'
            f'{legend}\n{summary}\n<div class="columns" style="--cols: {len(sides)}">'
            + "\n".join(sides) + "</div>\n</body>\n</html>\n")


def write_view(layout: Layout, doc_id: str, out: Path, annotation: Path | None = None,
               against: Path | None = None) -> Path:
    """Write the page for a document (its gold, or `annotation`), optionally `against` another."""
    from khabar.annotate.agreement import checked
    from khabar.io import atomic_write_text
    from khabar.model.errors import KhabarError

    if not layout.document(doc_id).is_file():
        raise KhabarError(f"{layout.document(doc_id)}: no such document", "file-missing")
    doc = load_document(layout, doc_id)
    path = Path(annotation) if annotation else layout.annotation(doc_id)
    ann = checked(path, doc)
    other = checked(Path(against), doc) if against else None
    name = lambda p: p.stem if p.parent.name != "annotations" else f"{p.stem} (gold)"  # noqa: E731
    atomic_write_text(Path(out), page(doc, ann, name(path), other, name(Path(against)) if against else ""))
    return Path(out)
