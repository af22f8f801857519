"""The annotator's kit: build one pass of one document from short anchors, offsets computed by code.

An annotator writes `annotations/passes/<id>/make_<P>.py`, which locates every span by a short
surface string (at most 7 words: the project never stores a run of 8 words of a source-backed
text) and its occurrence, and calls `Pass.write()`, which validates the pass with Khabar's own
validator and writes `annotations/passes/<id>/<P>.json` atomically, or writes nothing and lists
the problems. Ids are given in text order when the pass is written; claims list the numbers
inside them; a source-backed document's pass keeps offsets only (GUIDELINES.md §0).

    from passkit import Pass
    p = Pass("wn14_art_01", "B", agent="annotator B (language-model agent, blind)")
    t = p.find(1, "روبرت سري")              # paragraph 1 (0 is the title), first occurrence
    who = p.ent(t, "PERS")
    occ = p.ent(p.find(1, "مبعوث الأمم المتحدة"), "OCC")
    p.ent(p.inside(occ, "الأمم المتحدة"), "ORG")
    n = p.num(p.find(1, "80"), 80, "percent")
    p.claim(p.between(1, "80%", "توقفت عن العمل"), claimant=who, cue=p.find(1, "أعلن"),
            kind="statistic", check_worthy=True)
    p.write()
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from khabar.corpus.documents import as_stored, load_document  # noqa: E402
from khabar.corpus.layout import Layout, check_id  # noqa: E402
from khabar.io import write_json  # noqa: E402
from khabar.model.errors import ERROR  # noqa: E402
from khabar.model.labels import SCHEMA_VERSION  # noqa: E402
from khabar.validate.annotation import annotation_problems  # noqa: E402

MAX_ANCHOR_WORDS = 7


@dataclass(frozen=True)
class At:
    """A located span: [start, end) into the document text."""
    start: int
    end: int


@dataclass(frozen=True)
class Ref:
    """A handle on an annotation made in this pass (its id is given at write time)."""
    layer: str
    index: int


class Pass:
    def __init__(self, doc_id: str, name: str, agent: str, note: str = "", source: str | None = None,
                 root: Path = ROOT) -> None:
        self.layout = Layout(root)
        self.doc_id = check_id(doc_id, "doc_id")
        self.name = check_id(name.lower(), "pass name").upper()
        self.doc = load_document(self.layout, doc_id)
        self.text: str = self.doc["text"]
        self.pars = [(p["start"], p["end"]) for p in self.doc["paragraphs"]]
        self.agent, self.note, self.source = agent, note, source
        self.entities: list[dict[str, Any]] = []
        self.numbers: list[dict[str, Any]] = []
        self.claims: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []

    # ------------------------------------------------------------ locating spans
    def _anchor(self, surface: str) -> None:
        if not surface or surface != surface.strip():
            raise ValueError(f"anchor {surface!r}: empty or with spaces at its ends")
        if len(surface.split()) > MAX_ANCHOR_WORDS:
            raise ValueError(f"anchor {surface!r}: more than {MAX_ANCHOR_WORDS} words; use between() "
                             "with a short first and last anchor")

    def paragraph(self, par: int) -> str:
        s, e = self.pars[par]
        return self.text[s:e]

    def find(self, par: int, surface: str, nth: int = 0) -> At:
        """The nth (from 0) occurrence of `surface` in paragraph `par` (0 is the title)."""
        self._anchor(surface)
        s0, e0 = self.pars[par]
        return self._search(surface, s0, e0, nth, f"paragraph {par}")

    def inside(self, outer: At | Ref, surface: str, nth: int = 0) -> At:
        """The nth occurrence of `surface` inside an already located span (or annotation)."""
        self._anchor(surface)
        o = self.at(outer)
        return self._search(surface, o.start, o.end, nth, f"[{o.start}, {o.end})")

    def between(self, par: int, first: str, last: str, nth_first: int = 0, nth_last: int = 0) -> At:
        """From the nth occurrence of `first` to the end of the nth occurrence of `last` after it."""
        a = self.find(par, first, nth_first)
        self._anchor(last)
        b = self._search(last, a.start, self.pars[par][1], nth_last, f"paragraph {par} after {first!r}")
        return At(a.start, b.end)

    def _search(self, surface: str, lo: int, hi: int, nth: int, where: str) -> At:
        pos = lo - 1
        for _ in range(nth + 1):
            pos = self.text.find(surface, pos + 1, hi)
            if pos == -1:
                raise ValueError(f"{self.doc_id}: {surface!r} occurrence {nth} not found in {where}")
        return At(pos, pos + len(surface))

    def at(self, x: At | Ref) -> At:
        if isinstance(x, At):
            return x
        item = getattr(self, x.layer)[x.index]
        return At(item["start"], item["end"])

    def covered(self, x: At | Ref) -> str:
        a = self.at(x)
        return self.text[a.start:a.end]

    def _sp(self, x: At | Ref | None) -> dict[str, Any] | None:
        if x is None:
            return None
        a = self.at(x)
        return {"start": a.start, "end": a.end, "text": self.text[a.start:a.end]}

    # ------------------------------------------------------------ annotating
    def ent(self, x: At, label: str) -> Ref:
        self.entities.append({**self._sp(x), "label": label})  # type: ignore[dict-item]
        return Ref("entities", len(self.entities) - 1)

    def num(self, x: At, value: float, kind: str, qualifier: str = "exact", qualifier_span: At | None = None,
            counted: At | None = None, value_override: str | None = None) -> Ref:
        item = {**self._sp(x), "value": value, "kind": kind, "qualifier": qualifier,  # type: ignore[dict-item]
                "qualifier_span": self._sp(qualifier_span), "counted": self._sp(counted)}
        if value_override:
            item["value_override"] = value_override
        self.numbers.append(item)
        return Ref("numbers", len(self.numbers) - 1)

    def claim(self, x: At, claimant: Ref | str, kind: str, check_worthy: bool, cue: At | None = None) -> Ref:
        """A claim; `claimant` is an entity handle or "author"; its numbers are those inside it."""
        if isinstance(claimant, Ref) and claimant.layer != "entities":
            raise ValueError("a claimant is an entity (or 'author')")
        self.claims.append({**self._sp(x), "claimant": claimant, "cue": self._sp(cue),  # type: ignore[dict-item]
                            "kind": kind, "check_worthy": check_worthy})
        return Ref("claims", len(self.claims) - 1)

    def rel(self, type_: str, total: Ref, parts: list[Ref]) -> None:
        self.relations.append({"type": type_, "total": total, "parts": parts})

    # ------------------------------------------------------------ writing
    SCALES = {"ألف": 1e3, "ألفا": 1e3, "آلاف": 1e3, "الف": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6,
              "مليار": 1e9, "مليارات": 1e9, "مليارا": 1e9, "بليون": 1e9, "تريليون": 1e12}

    def _scaled(self, ann: dict[str, Any], problem: Any) -> bool:
        import re
        m = re.fullmatch(r"\$\.numbers\[(\d+)\]\.value", problem.pointer)
        if problem.code != "number-value-mismatch" or not m:
            return False
        n = ann["numbers"][int(m.group(1))]
        words = self.text[n["start"]:n["end"]].split()  # the pass may store offsets only
        digits = words[0].translate(str.maketrans("٠١٢٣٤٥٦٧٨٩٫", "0123456789.")).replace(",", "")
        try:
            base = float(digits)
        except ValueError:
            return False
        scale = self.SCALES.get(words[-1]) if len(words) == 2 else None
        if scale is None or abs(base * scale - n["value"]) > 1e-6 * abs(n["value"]):
            return False
        print(f"{problem.format()} (tolerated: digits x scale word, GUIDELINES §2 decision 5)", file=sys.stderr)
        return True

    def layers(self) -> dict[str, list[dict[str, Any]]]:
        """The layers with ids in text order and references resolved (dropped items left out)."""
        def order(items: list[dict[str, Any]]) -> list[int]:
            kept = [i for i in range(len(items)) if items[i] is not None]
            return sorted(kept, key=lambda i: (items[i]["start"], -items[i]["end"], items[i].get("label", "")))
        ids: dict[tuple[str, int], str] = {}
        out: dict[str, list[dict[str, Any]]] = {}
        for layer, prefix in (("entities", "e"), ("numbers", "n"), ("claims", "c")):
            items = getattr(self, layer)
            out[layer] = []
            for k, i in enumerate(order(items), 1):
                ids[(layer, i)] = f"{prefix}{k}"
                out[layer].append({"id": f"{prefix}{k}", **items[i]})
        for c in out["claims"]:
            who = c["claimant"]
            c["claimant"] = who if isinstance(who, str) else ids[(who.layer, who.index)]
            c["numbers"] = [n["id"] for n in out["numbers"]
                            if c["start"] <= n["start"] and n["end"] <= c["end"]]
        out["relations"] = [{"id": f"r{k}", "type": r["type"], "total": ids[("numbers", r["total"].index)],
                             "parts": [ids[("numbers", p.index)] for p in r["parts"]]}
                            for k, r in enumerate((r for r in self.relations if r is not None), 1)]
        return out

    def annotation(self) -> dict[str, Any]:
        out = self.layers()
        prov = {"step": "pass", "agent": self.agent, "source": self.source,
                "note": self.note or f"Pass {self.name}, built by make_{self.name}.py (offsets computed by code)."}
        return as_stored({"schema_version": SCHEMA_VERSION, "document_id": self.doc_id,
                          "text_sha256": self.doc["text_sha256"], "status": "annotated", "provenance": [prov],
                          **out}, self.doc)

    def write(self) -> Path:
        """Validate and write annotations/passes/<id>/<P>.json; on an error write nothing and exit 1.

        Until the validator reads scale words after digits (issue 22), its `number-value-mismatch`
        on such a number ("2.4 مليون" = 2400000, GUIDELINES §2 decision 5) is shown but not
        fatal when the value is the digits times a scale word the text has right after them."""
        ann = self.annotation()
        path = self.layout.passes(self.doc_id) / f"{self.name}.json"
        problems = [p for p in annotation_problems(ann, self.doc, str(path), self.doc_id)
                    if not self._scaled(ann, p)]
        for p in problems:
            print(p.format(), file=sys.stderr)
        if any(p.severity == ERROR for p in problems):
            print(f"{path}: not written ({sum(p.severity == ERROR for p in problems)} error(s))", file=sys.stderr)
            raise SystemExit(1)
        write_json(path, ann)
        print(f"wrote {path.relative_to(self.layout.root)}: {len(ann['entities'])} entities, "
              f"{len(ann['numbers'])} numbers, {len(ann['claims'])} claims, {len(ann['relations'])} relations")
        return path


class Correction(Pass):
    """What the adjudicator corrects in a document's gold after `khabar adjudicate --apply`: an
    item both passes got wrong alike, or missed (GUIDELINES §5). The gold is loaded into the kit
    (every item keeps a handle), changed, validated and written back with a `correction` step
    in its provenance naming the script and why:

        c = Correction("wn14_sports_01", agent="adjudicator (language-model agent)",
                       note="W1: the category word stays outside the EVENT")
        c.drop(c.item("entities", 1, "بطولة كأس العالم", label="EVENT"))
        c.write()
    """

    def __init__(self, doc_id: str, agent: str, note: str, root: Path = ROOT) -> None:
        from khabar.io import read_json
        from khabar.model.spans import with_texts

        super().__init__(doc_id, "gold", agent=agent, note=note, root=root)
        self.gold_path = self.layout.annotation(doc_id)
        gold = with_texts(read_json(self.gold_path), self.text)
        self.gold = gold
        refs: dict[tuple[str, str], Ref] = {}
        strip = ("id",)
        for layer in ("entities", "numbers"):
            for x in gold[layer]:
                getattr(self, layer).append({k: v for k, v in x.items() if k not in strip})
                refs[(layer, x["id"])] = Ref(layer, len(getattr(self, layer)) - 1)
        for c in gold["claims"]:
            item = {k: v for k, v in c.items() if k not in ("id", "numbers")}
            who = c["claimant"]
            item["claimant"] = who if who == "author" else refs[("entities", who)]
            self.claims.append(item)
        for r in gold["relations"]:
            self.relations.append({"type": r["type"], "total": refs[("numbers", r["total"])],
                                   "parts": [refs[("numbers", p)] for p in r["parts"]]})

    def item(self, layer: str, par: int, surface: str, nth: int = 0, label: str | None = None) -> Ref:
        """The handle of the gold item of `layer` spanning the nth occurrence of `surface`."""
        a = self.find(par, surface, nth) if len(surface.split()) <= MAX_ANCHOR_WORDS else None
        if a is None:
            raise ValueError(f"{surface!r}: use item_at() with between() for a long span")
        return self.item_at(layer, a, label)

    def item_at(self, layer: str, a: At, label: str | None = None) -> Ref:
        hits = [i for i, x in enumerate(getattr(self, layer)) if x is not None and (x["start"], x["end"]) ==
                (a.start, a.end) and (label is None or x.get("label") == label)]
        if len(hits) != 1:
            raise ValueError(f"{self.doc_id}: {len(hits)} {layer} at [{a.start}, {a.end}) "
                             f"{self.text[a.start:a.end]!r}{' ' + label if label else ''}; expected one")
        return Ref(layer, hits[0])

    def drop(self, ref: Ref) -> None:
        """Remove an item; a claim that names a dropped entity, or a relation over a dropped
        number, must be changed or dropped first (nothing is removed silently)."""
        if ref.layer == "entities" and any(c is not None and c["claimant"] == ref for c in self.claims):
            raise ValueError(f"{self.covered(ref)!r} is a claimant: set another claimant first")
        if ref.layer == "numbers" and any(r is not None and ref in (r["total"], *r["parts"])
                                          for r in self.relations):
            raise ValueError(f"{self.covered(ref)!r} is in a relation: drop_relations() it first")
        getattr(self, ref.layer)[ref.index] = None

    def drop_relations(self, number: Ref) -> None:
        self.relations = [r if r is None or number not in (r["total"], *r["parts"]) else None
                          for r in self.relations]

    def set(self, ref: Ref, **fields: Any) -> None:
        """Change attributes of an item (label, kind, value, check_worthy, claimant, cue...);
        a span field takes a located span (At) or None."""
        item = getattr(self, ref.layer)[ref.index]
        for k, v in fields.items():
            item[k] = self._sp(v) if isinstance(v, At) or (v is None and k in ("cue", "counted",
                                                                                "qualifier_span")) else v

    def write(self) -> Path:  # type: ignore[override]
        """Validate and write the corrected gold (annotations/<id>.json), its provenance extended."""
        step = {"step": "correction", "agent": self.agent,
                "source": str((self.layout.passes(self.doc_id) / "correct.py").relative_to(self.layout.root)),
                "note": self.note}
        ann = as_stored({**self.gold, **self.layers(), "status": "adjudicated",
                         "provenance": [*self.gold.get("provenance", []), step]}, self.doc)
        problems = annotation_problems(ann, self.doc, str(self.gold_path), self.doc_id)
        for p in problems:
            print(p.format(), file=sys.stderr)
        if any(p.severity == ERROR for p in problems):
            print(f"{self.gold_path}: not written", file=sys.stderr)
            raise SystemExit(1)
        write_json(self.gold_path, ann)
        print(f"wrote {self.gold_path.relative_to(self.layout.root)} (corrected): {len(ann['entities'])} entities, "
              f"{len(ann['numbers'])} numbers, {len(ann['claims'])} claims, {len(ann['relations'])} relations")
        return self.gold_path
