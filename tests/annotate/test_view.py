"""`khabar view` in a real browser: Debian's chromium, headless, reads the rendered page back.

A measuring script is appended to a copy of the page; chromium runs it and `--dump-dom` returns
the DOM with its measurements (each annotation element's offset in its paragraph, its text and
its boxes; the direction of the page and of the text). The test compares them with the
annotation files. Chromium is installed by `python3 scripts/dev.py test` (apt-get install chromium
fonts-noto-core, as root on Debian; else it stops naming them); this test installs nothing and never skips.
"""
from __future__ import annotations

import copy
import html as htmlmod
import json
import re
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import valid_annotation
from khabar.annotate.view import page
from khabar.cli import main
from khabar.io import read_json, write_json
from khabar.model.labels import ENTITY_COLOURS

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--hide-scrollbars"]
REPO = Path(__file__).resolve().parents[2]
SEED = "000_3e7c9696a8bc251b"

MEASURE = r"""
<script>
(function () {
  function rectOf(node, i) {
    const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
    const b = r.getBoundingClientRect(); return {left: b.left, right: b.right, top: b.top};
  }
  const out = {htmlDir: document.documentElement.dir, bodyDirection: getComputedStyle(document.body).direction,
               pars: [], anns: [], requests: performance.getEntriesByType("resource").length,
               titles: Array.from(document.querySelectorAll("section.side h2")).map(h => h.textContent)};
  for (const side of document.querySelectorAll("section.side")) {
    for (const p of side.querySelectorAll("p.par")) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const nodes = []; let off = 0, n;
      while ((n = walker.nextNode())) { nodes.push([n, off]); off += n.data.length; }
      // The first two words of the paragraph: in right-to-left text the first is to the right.
      const chars = [];
      for (const [node] of nodes) for (let i = 0; i < node.data.length; i++) chars.push([node, i, node.data[i]]);
      const a = chars.findIndex(c => c[2].trim());
      const sp = chars.findIndex((c, i) => i > a && /\s/.test(c[2]));
      const b = chars.findIndex((c, i) => sp > 0 && i > sp && c[2].trim());
      const words = (a >= 0 && b > 0) ? [rectOf(chars[a][0], chars[a][1]), rectOf(chars[b][0], chars[b][1])] : null;
      const last = chars.map(c => c[2]).join("").trimEnd().length - 1;
      const box = p.getBoundingClientRect(), st = getComputedStyle(p);
      out.pars.push({side: side.dataset.side, n: +p.dataset.n, start: +p.dataset.start, text: p.textContent,
                     words: words, last: last >= 0 ? rectOf(chars[last][0], chars[last][1]) : null,
                     contentRight: box.right - parseFloat(st.paddingRight)});
      for (const el of p.querySelectorAll("[data-id]")) {
        const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); const t = w.nextNode();
        const at = t ? nodes.find(x => x[0] === t)[1] : -1;
        const rects = Array.from(el.getClientRects()).filter(r => r.width > 0 && r.height > 0).length;
        out.anns.push({side: side.dataset.side, id: el.dataset.id, layer: el.dataset.layer,
                       start: +p.dataset.start + at, text: el.textContent, rects: rects,
                       diff: el.dataset.diff || null, label: el.dataset.label || null,
                       after: getComputedStyle(el, "::after").content,
                       colour: getComputedStyle(el).borderTopColor,
                       outline: getComputedStyle(el).outlineStyle,
                       underline: getComputedStyle(el).textDecorationStyle,
                       chipOutline: getComputedStyle(el, el.dataset.layer === "claims" ? "::before" : "::after").outlineStyle});
      }
    }
  }
  const pre = document.createElement("pre"); pre.id = "khabar-measure";
  pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
})();
</script>
"""


def chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    assert Path(CHROMIUM).is_file(), f"{CHROMIUM} missing: `python3 scripts/dev.py test` installs it (apt-get install chromium)"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          text=True, timeout=120)


def measure(html_file: Path, tmp: Path) -> dict:
    probe = tmp / (html_file.stem + ".measure.html")
    probe.write_text(html_file.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"),
                     encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        run = chromium(["--window-size=1200,900", "--dump-dom", probe.as_uri()], Path(profile))
    m = re.search(r'<pre id="khabar-measure">(.*?)</pre>', run.stdout, re.S)
    assert m, run.stderr[-2000:]
    return json.loads(htmlmod.unescape(m.group(1)))


def screenshot(html_file: Path, png: Path, size: str = "1200,1400") -> None:
    with tempfile.TemporaryDirectory() as profile:
        run = chromium([f"--window-size={size}", f"--screenshot={png}", html_file.as_uri()], Path(profile))
    assert png.is_file() and png.stat().st_size > 10_000, run.stderr[-2000:]


def expected_items(ann: dict) -> list[tuple[str, str, int, int]]:
    """(id, layer, start, end) of every element the page must draw: each span and each cue."""
    out = [(x["id"], layer, x["start"], x["end"]) for layer in ("entities", "numbers", "claims")
           for x in ann[layer]]
    out += [(f"{c['id']}.cue", "cue", c["cue"]["start"], c["cue"]["end"]) for c in ann["claims"] if c.get("cue")]
    return out


def check_page(m: dict, doc: dict, ann: dict, side: str) -> None:
    text = doc["text"]
    assert (m["htmlDir"], m["bodyDirection"]) == ("rtl", "rtl")
    assert m["requests"] == 0  # nothing fetched: the page is self-contained
    pars = [p for p in m["pars"] if p["side"] == side]
    assert [p["text"] for p in pars] == [text[p["start"]:p["end"]] for p in doc["paragraphs"]]
    same_line = [p for p in pars if p["words"] and abs(p["words"][0]["top"] - p["words"][1]["top"]) < 2]
    assert same_line  # at least one paragraph whose first two words share a line
    for p in same_line:  # right to left: the first word stands right of the second
        assert p["words"][0]["left"] > p["words"][1]["left"], p["n"]
    # A one-line paragraph starts at the right edge of its box (left-aligned text would not).
    one_line = [p for p in pars if p["words"] and abs(p["words"][0]["top"] - p["last"]["top"]) < 2]
    assert one_line
    for p in one_line:
        assert abs(p["words"][0]["right"] - p["contentRight"]) < 4, p["n"]
    drawn: dict[str, list[dict]] = {}
    for a in m["anns"]:
        if a["side"] == side:
            drawn.setdefault(a["id"], []).append(a)
    want = expected_items(ann)
    assert sorted(drawn) == sorted(i for i, *_ in want)
    for item_id, layer, s, e in want:
        frags = sorted(drawn[item_id], key=lambda a: a["start"])
        # Fragments (an item cut at another's edge or at a paragraph end) tile exactly its text.
        assert frags[0]["start"] == s, item_id
        pos = s
        for f in frags:
            if f["start"] != pos:  # a fragment continues after the paragraph break
                assert text[pos] == "\n" and f["start"] == pos + 1, item_id
            pos = f["start"] + len(f["text"])
            assert f["rects"] > 0, f"{item_id} is not visible"
            assert f["layer"] == layer
        assert pos == e and "".join(f["text"] for f in frags) == text[s:e].replace("\n", ""), item_id
    labels = {x["id"]: x["label"] for x in ann["entities"]}
    for a in m["anns"]:
        if a["side"] == side and a["layer"] == "entities":
            assert a["label"] == labels[a["id"]] and a["after"] == f'"{labels[a["id"]]}"'
            # The palette of labels.py (the Label Studio config uses the same), one colour per type.
            assert a["colour"] == rgb(ENTITY_COLOURS[labels[a["id"]]]), a["id"]


def rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    from conftest import RAW
    from khabar.corpus.documents import make_document
    from khabar.corpus.layout import Layout

    root = tmp_path_factory.mktemp("view")
    layout = Layout(root)
    layout.raw_dir.mkdir(parents=True)
    layout.raw("doc1").write_text(RAW, encoding="utf-8")
    doc = make_document(RAW, "doc1", "corpus/raw/doc1.txt")
    write_json(layout.document("doc1"), doc)
    gold = valid_annotation(doc)
    # A nested entity and an entity crossing the claim's edge: the page cuts the claim there.
    text = doc["text"]
    s = text.index("المرصد")
    gold["entities"].append({"id": "e4", "start": s - len("قال "), "end": s + len("المرصد إن 412"),
                             "text": text[s - len("قال "):s + len("المرصد إن 412")], "label": "EVENT"})
    write_json(layout.annotation("doc1"), gold)
    other = copy.deepcopy(gold)
    other["entities"][2]["label"] = "LOC"       # one label changed (the span agrees)
    other["numbers"] = other["numbers"][:2]     # one number dropped
    other["claims"][0]["kind"] = "event"        # a claim's kind changed (the span agrees)
    s = text.index("الغارات")                  # a claim only the other side has
    e = text.index("جريحا") + len("جريحا")
    other["claims"].append({"id": "c2", "start": s, "end": e, "text": text[s:e], "claimant": "author",
                            "cue": None, "kind": "event", "check_worthy": False, "numbers": []})
    # A suggestion: its file name is the gold's, only the path tells them apart.
    write_json(layout.root / "annotations" / "suggestions" / "doc1.json", other)
    return layout, doc, gold, other


@pytest.mark.browser
def test_view_synthetic_every_annotation_over_its_text(synthetic, tmp_path):
    layout, doc, gold, _ = synthetic
    out = tmp_path / "v.html"
    assert main(["--root", str(layout.root), "view", "doc1", "--out", str(out)]) == 0
    check_page(measure(out, tmp_path), doc, gold, "main")


@pytest.mark.browser
def test_view_against_marks_exactly_the_differences(synthetic, tmp_path):
    layout, doc, gold, other = synthetic
    out = tmp_path / "v.html"
    assert main(["--root", str(layout.root), "view", "doc1", "--out", str(out),
                 "--against", str(layout.root / "annotations" / "suggestions" / "doc1.json")]) == 0
    m = measure(out, tmp_path)
    check_page(m, doc, gold, "main")
    check_page(m, doc, other, "against")
    # Each pane is titled by the file it shows.
    assert m["titles"] == ["annotations/doc1.json (gold)", "annotations/suggestions/doc1.json"]
    # What differs, and how: `span` only one side has it; `attr` both have the span, not the label.
    marked = {(a["side"], a["id"]): a["diff"] for a in m["anns"] if a["diff"]}
    assert marked == {("main", "e3"): "attr", ("against", "e3"): "attr", ("main", "c1"): "attr",
                      ("against", "c1"): "attr", ("main", "n3"): "span", ("against", "c2"): "span"}
    # Only a span one side lacks is outlined (a claim: its underline turns dashed), so what agrees,
    # the entities and numbers inside the changed claim c1 among it, is drawn without red.
    drawn = lambda key: {(a["side"], a["id"]) for a in m["anns"] if key(a)}  # noqa: E731
    assert drawn(lambda a: a["outline"] != "none") == {("main", "n3")}
    assert drawn(lambda a: a["layer"] == "claims" and a["underline"] == "dashed") == {("against", "c2")}
    # A label or attribute that differs on the same span: only the label is outlined.
    assert drawn(lambda a: a["chipOutline"] != "none") == {("main", "e3"), ("against", "e3"),
                                                            ("main", "c1"), ("against", "c1")}


def test_view_refuses_to_overwrite(synthetic, tmp_path, capsys):
    layout = synthetic[0]
    out = tmp_path / "v.html"
    out.write_text("mine", encoding="utf-8")
    assert main(["--root", str(layout.root), "view", "doc1", "--out", str(out)]) == 2
    assert "out-refused" in capsys.readouterr().err and out.read_text(encoding="utf-8") == "mine"


@pytest.mark.browser
def test_view_seed_in_chromium(tmp_path):
    """The seed gold: every one of its 165 spans and cues drawn over exactly its text, and a screenshot."""
    doc = read_json(REPO / "corpus" / "documents" / f"{SEED}.json")
    gold = read_json(REPO / "annotations" / f"{SEED}.json")
    out = tmp_path / "seed.html"
    out.write_text(page(doc, gold, f"{SEED} (gold)"), encoding="utf-8")
    check_page(measure(out, tmp_path), doc, gold, "main")
    png = tmp_path / "seed.png"
    screenshot(out, png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _vary(ann: dict, how: str) -> dict:
    b = copy.deepcopy(ann)
    if how == "entity label":
        b["entities"][2]["label"] = "LOC"  # حلب; not a claimant, so no claim changes with it
    elif how == "number value_override":
        b["numbers"][0]["value_override"] = "the words and the digits disagree in this test"
    elif how == "claim numbers":
        b["claims"][0]["numbers"] = ["n1"]
    elif how == "claim kind":
        b["claims"][0]["kind"] = "event"
    elif how == "claim cue":
        b["claims"][0]["cue"] = None
    return b


@pytest.mark.parametrize("how, layer", [
    ("entity label", "entities"), ("number value_override", "numbers"), ("claim numbers", "claims"),
    ("claim kind", "claims"), ("claim cue", "claims"), ("nothing", None),
])
def test_the_viewer_marks_what_adjudication_calls_a_disagreement(doc, ann, how, layer):
    """One definition of the same item: what `view --against` marks is what `adjudicate` lists
    (a claim whose linked numbers differ was once the same claim to the viewer only)."""
    from khabar.annotate.adjudicate import compare_passes
    from khabar.annotate.view import differences

    other = _vary(ann, how)
    marked_a, marked_b = differences(doc, ann, other)
    disagreements = compare_passes(doc, ann, other).disagreements
    assert sorted({k[0] for k in marked_a} | {k[0] for k in marked_b}) == sorted({d.layer for d in disagreements})
    assert sorted({d.layer for d in disagreements}) == ([layer] if layer else [])


@pytest.mark.parametrize("value, kind, shown", [
    (1_000_000, "cardinal", "1,000,000"), (2_500_000_000, "money", "2,500,000,000 money"),
    (0.5, "fraction", "0.5 fraction"), (12.5, "percent", "12.5 percent"), (250, "time", "4:10 time"),
])
def test_the_viewer_shows_values_as_people_read_them(doc, ann, value, kind, shown):
    """Large values in full with thousands separators, never "1e+06" (khabar.model.numerals.format_value)."""
    ann["numbers"][0].update(value=value, kind=kind)
    html = page(doc, ann, "t")
    assert f'data-show="{shown}"' in html and "e+0" not in html
