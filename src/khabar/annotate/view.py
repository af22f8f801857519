"""`khabar view`: one self-contained right-to-left HTML page showing a document's annotation.

Entities (nested, with their type), numbers (with value, kind and qualifier), claims (with
claimant and cue) and paragraph numbers are drawn over the text; with `--against` two
annotations of the document are shown side by side, each titled by its file, and only what
differs is marked: a span the other side lacks is outlined (a claim's underline turns red and
dashed, so that what agrees inside it is not boxed in red), a span both have with another label
or attribute has its label marked. The page loads nothing (no script, font or image from the network): fonts come from the
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

# The viewer marks exactly what adjudication counts as a disagreement: one definition of "the
# same item", in adjudicate (the one sideways import of this package, by that rule).
from khabar.annotate.adjudicate import identities
from khabar.corpus.documents import load_document
from khabar.corpus.layout import Layout, check_id
from khabar.model.labels import ENTITY_COLOURS
from khabar.model.numerals import format_value
from khabar.outputs import VIEW_GENERATOR

FONTS = ('"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "DejaVu Sans", '
         '"Arial", sans-serif')
# Draw order when two items have the same extent: claims outside, then entities, then numbers.
PRIORITY = {"claims": 0, "cue": 1, "entities": 2, "numbers": 3}

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
/* Only on this side (no item of the layer over the same span on the other): outlined; a claim,
   whose box would enclose everything in it, gets a red dashed underline instead. */
.diff { outline: 2.5px dashed #d50000; outline-offset: 1px; }
.claim.diff { outline: none; text-decoration: underline 2.5px dashed #d50000; }
.claim.diff[data-first]::before { background: #ffd6d6; color: #b00000; }
/* Same span on both sides, another label or attribute: only the label is marked. */
.ent.diff-attr::after, .num.diff-attr::after, .claim.diff-attr[data-first]::before {
  outline: 2px solid #d50000; outline-offset: 1px; }
.num.diff-attr::after { color: #b00000; }
.legend span { margin-inline-end: 0.8rem; }
.key-span { outline: 2.5px dashed #d50000; outline-offset: 1px; padding: 0 2px; margin: 0 4px; }
.key-attr { outline: 2px solid #d50000; outline-offset: 1px; padding: 0 2px; margin: 0 4px; }
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


QUAL_SIGN = {"exact": "", "at_least": "≥", "more_than": ">", "approximately": "≈", "at_most": "≤",
             "less_than": "<"}


def _open(item: Item, text: str, ents: dict[str, dict], differs: dict[tuple, tuple[str, str]], side: str,
          idents: dict[tuple, tuple]) -> str:
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
        show = f"{QUAL_SIGN[x['qualifier']]}{format_value(x['value'], x['kind'])}"
        if x["kind"] != "cardinal":
            show += f" {x['kind']}"
        attrs["data-show"] = show
        counted = x["counted"]["text"] if x.get("counted") else "—"
        attrs["title"] = f"{x['id']}: {format_value(x['value'], x['kind'])} {x['kind']} {x['qualifier']}; counted: {counted}"
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
    mark = differs.get((layer, idents[(layer, x.get("id"))])) if layer != "cue" else None
    if mark is not None:
        kind, other = mark
        cls.append("diff" if kind == "span" else "diff-attr")
        attrs["data-diff"] = kind
        attrs["title"] += (" — only on this side" if kind == "span" else f" — the other side: {other}")
    attrs["class"] = " ".join(cls)
    return "<span " + " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs.items()) + ">"


def _render(text: str, items: list[Item], lo: int, hi: int, ents, differs, side, idents) -> str:
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
        out.append(_open(a, text, ents, differs, side, idents)
                   + _render(text, inner, a.start, a.end, ents, differs, side, idents)
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


def _side(doc: dict[str, Any], ann: dict[str, Any], title: str, differs: dict[tuple, tuple[str, str]],
          side: str) -> str:
    text = doc["text"]
    ents = {e["id"]: e for e in ann.get("entities", [])}
    idents = identities(ann)
    items = _items(ann)
    pars = []
    for k, p in enumerate(doc["paragraphs"], 1):
        inside = []
        for it in items:
            s, e = max(it.start, p["start"]), min(it.end, p["end"])
            if s < e:
                inside.append(it if (s, e) == (it.start, it.end) else Item(s, e, it.layer, it.obj, True))
        body = _render(text, inside, p["start"], p["end"], ents, differs, side, idents)
        pars.append(f'<p class="par" data-n="{k}" data-start="{p["start"]}" data-end="{p["end"]}">{body}</p>')
    counts = ", ".join(f"{len(ann.get(layer, []))} {layer}" for layer in ("entities", "numbers", "claims"))
    status = ann.get("status", "—")
    return (f'<section class="side" data-side="{side}"><h2><bdi dir="ltr">{html.escape(title)}</bdi></h2>'
            f'<div class="meta" dir="ltr">status: {html.escape(str(status))}; {counts}</div>' + "".join(pars) + "</section>")


def describe(layer: str, x: dict, ents: dict[str, dict]) -> str:
    """An item's label and attributes in a few words, for the other side's title."""
    if layer == "entities":
        return x["label"]
    if layer == "numbers":
        counted = x["counted"]["text"] if x.get("counted") else "—"
        return f"{format_value(x['value'], x['kind'])} {x['kind']} {x['qualifier']}; counted: {counted}"
    who = x["claimant"]
    who = "author" if who == "author" else ents.get(who, {}).get("text", who)
    cue = x["cue"]["text"] if x.get("cue") else "—"
    return f"{x['kind']}, claimant {who}, cue {cue}, " + ("check-worthy" if x["check_worthy"] else "not check-worthy")


def differences(doc: dict[str, Any], x: dict[str, Any], y: dict[str, Any]
                ) -> tuple[dict[tuple, tuple[str, str]], dict[tuple, tuple[str, str]]]:
    """What x has that y lacks and what y has that x lacks, each as {(layer, identity): (kind,
    other)}: kind `span` when the other side has no item of the layer over the same span, else
    `attr` (same span, another label or attribute), and `other` what the other side says there."""
    def index(ann):
        ents = {e["id"]: e for e in ann.get("entities", [])}
        idents = identities(ann)
        items = {(layer, idents[(layer, it.get("id"))]): it for layer in ("entities", "numbers", "claims")
                 for it in ann.get(layer, [])}
        by_span: dict[tuple, list[str]] = {}
        for (layer, _), it in items.items():
            by_span.setdefault((layer, it["start"], it["end"]), []).append(describe(layer, it, ents))
        return items, by_span

    (a, a_spans), (b, b_spans) = index(x), index(y)

    def only(mine: dict, theirs: dict, their_spans: dict) -> dict[tuple, tuple[str, str]]:
        out = {}
        for key, it in mine.items():
            if key in theirs:
                continue
            other = their_spans.get((key[0], it["start"], it["end"]))
            out[key] = ("attr", " | ".join(sorted(other))) if other else ("span", "")
        return out
    return only(a, b, b_spans), only(b, a, a_spans)


def page(doc: dict[str, Any], ann: dict[str, Any], title: str, against: dict[str, Any] | None = None,
         against_title: str = "") -> str:
    """The whole HTML page."""
    sides, summary = [], ""
    if against is None:
        sides.append(_side(doc, ann, title, {}, "main"))
    else:
        only_a, only_b = differences(doc, ann, against)
        sides.append(_side(doc, ann, title, only_a, "main"))
        sides.append(_side(doc, against, against_title, only_b, "against"))

        def count(marks: dict, kind: str, layer: str) -> int:
            return sum(1 for (l_, _), (k, _o) in marks.items() if l_ == layer and k == kind)

        def per_layer(marks: dict, kind: str) -> str:
            return ", ".join(f"{count(marks, kind, layer)} {layer}" for layer in ("entities", "numbers", "claims"))

        agree = ", ".join(f"{len(ann.get(layer, [])) - count(only_a, 'span', layer) - count(only_a, 'attr', layer)}"
                          f" {layer}" for layer in ("entities", "numbers", "claims"))
        t_a, t_b = html.escape(title), html.escape(against_title)
        summary = (f'<div class="summary" dir="ltr">Both sides agree on {agree} (unmarked). '
                   f'<span class="key-span">Outlined</span> (a claim: red dashed underline): a span only one side has '
                   f'— only in {t_a}: {per_layer(only_a, "span")}; only in {t_b}: {per_layer(only_b, "span")}. '
                   f'<span class="key-attr">Label outlined</span>: the same span with another label or attribute '
                   f'(hover for the other side) — {per_layer(only_a, "attr")}.</div>')
    legend = ('<div class="legend" dir="ltr"><span class="ann ent" style="--c:#1565c0" data-label="TYPE">entity</span>'
              '<span class="ann num" data-show="value">number</span>'
              '<span class="ann claim">claim</span> <span class="ann cue">cue</span>'
              ' — claim labels: id ← claimant (cue), · = not check-worthy, kind</div>')
    head = (f'<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{VIEW_GENERATOR}\n'
            f'<title>{html.escape(doc["id"])}</title>\n<style>{CSS % {"fonts": FONTS}}</style>\n</head>\n')
    when = doc.get("published") or doc.get("dateline")
    # A source without dates (Arabic Wikinews) says so rather than printing an empty date.
    dateline = f"published {html.escape(when)}" if when else "undated"
    return (head + f'<body>\n<h1><bdi dir="ltr">{html.escape(doc["id"])}</bdi></h1>\n'
            f'<div class="meta" dir="ltr">{dateline}; {len(doc["paragraphs"])} paragraphs</div>\n'
            f'{legend}\n{summary}\n<div class="columns" style="--cols: {len(sides)}">'
            + "\n".join(sides) + "</div>\n</body>\n</html>\n")


def write_view(layout: Layout, doc_id: str, out: Path, annotation: Path | None = None,
               against: Path | None = None) -> Path:
    """Write the page for a document (its gold, or `annotation`), optionally `against` another."""
    from khabar.annotate.agreement import checked
    from khabar.io import atomic_write_text
    from khabar.model.errors import KhabarError

    if not layout.document(check_id(doc_id, "DOC_ID")).is_file():
        raise KhabarError(f"{layout.document(doc_id)}: no such document", "file-missing")
    doc = load_document(layout, doc_id)
    path = Path(annotation) if annotation else layout.annotation(doc_id)
    ann = checked(path, doc)
    other = checked(Path(against), doc) if against else None
    atomic_write_text(Path(out), page(doc, ann, pane_title(layout, doc_id, path), other,
                                      pane_title(layout, doc_id, Path(against)) if against else ""))
    return Path(out)


def pane_title(layout: Layout, doc_id: str, path: Path) -> str:
    """A pane's title: the file it shows, relative to the project root when inside it (a
    suggestion and the gold share a file name, so the name alone would not tell them apart)."""
    resolved = Path(path).resolve()
    try:
        shown = resolved.relative_to(layout.root.resolve()).as_posix()
    except ValueError:
        shown = str(path)
    return f"{shown} (gold)" if resolved == layout.annotation(doc_id).resolve() else shown
