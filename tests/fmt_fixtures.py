"""Helpers of the format tests: the seed's gold, and a tiny synthetic document whose text holds
characters outside the BMP (so UTF-16 offsets and code-point offsets differ). Synthetic
sentences for tests only, never part of the corpus. The fixtures `proj` and `gold` built from
them are in conftest.py."""
from __future__ import annotations

import shutil
from pathlib import Path

from khabar.cli import main
from khabar.corpus.documents import make_document
from khabar.corpus.layout import Layout
from khabar.io import read_json, write_json

REPO = Path(__file__).resolve().parent.parent
SEED = "000_3e7c9696a8bc251b"
LAYERS = ("entities", "numbers", "claims", "relations")

# U+1F4F0 (newspaper) and U+1EE00 (Arabic mathematical alef) take two UTF-16 code units each.
P1 = "\U0001F4F0 قال المرصد إن 412 قتيلا سقطوا في حلب، بينهم 61 مدنيا ومنهم 30 طفلا."
P2 = "وأوقعت الغارات \U0001EE00 أكثر من خمسين جريحا."
RAW = "12/2/2024 9:50:00 AM\n" + P1 + "\n" + P2
TEXT = P1 + "\n" + P2
DOC = "bmp1"


def at(sub: str, nth: int = 0) -> tuple[int, int]:
    """Code-point offsets of the nth occurrence of `sub` in TEXT (computed, never counted)."""
    pos = -1
    for _ in range(nth + 1):
        pos = TEXT.index(sub, pos + 1)
    return pos, pos + len(sub)


def span(sub: str) -> dict:
    s, e = at(sub)
    return {"start": s, "end": e, "text": sub}


def bmp_annotation(doc: dict) -> dict:
    """A gold annotation of TEXT using every field: nesting, numbers with qualifier and counted
    noun, a claim with claimant, cue and numbers, two relations of one type and total."""
    num = lambda i, sub, value, **kw: {"id": i, **span(sub), "value": value, "kind": "cardinal",
                                       "qualifier": "exact", "qualifier_span": None, "counted": None,
                                       **kw}
    cs, ce = at("412")[0], at("مدنيا")[1]
    return {
        "schema_version": "1.1.0", "document_id": doc["id"], "text_sha256": doc["text_sha256"],
        "entities": [{"id": "e1", **span("المرصد"), "label": "ORG"},
                     {"id": "e2", **span("412"), "label": "CARDINAL"},
                     {"id": "e3", **span("حلب"), "label": "GPE"}],
        "numbers": [num("n1", "412", 412, counted=span("قتيلا")),
                    num("n2", "61", 61, counted=span("مدنيا")),
                    num("n3", "خمسين", 50, qualifier="more_than", qualifier_span=span("أكثر من")),
                    num("n4", "30", 30, counted=span("طفلا"))],
        "claims": [{"id": "c1", "start": cs, "end": ce, "text": TEXT[cs:ce], "claimant": "e1",
                    "cue": span("قال"), "kind": "statistic", "check_worthy": True,
                    "numbers": ["n1", "n2"]},
                   {"id": "c2", **span("وأوقعت الغارات"), "claimant": "author", "cue": None,
                    "kind": "event", "check_worthy": False, "numbers": []}],
        # Two relations of one type and total: not the same as includes(n1; n2, n4) (the parts
        # of one relation add up within the total; those of two need not), so each keeps its id.
        "relations": [{"id": "r1", "type": "includes", "total": "n1", "parts": ["n2"]},
                      {"id": "r2", "type": "includes", "total": "n1", "parts": ["n4"]}],
    }


def make_project(root: Path) -> Layout:
    """A project holding a copy of the seed (raw, record, gold) and the synthetic BMP document."""
    layout = Layout(root)
    layout.raw_dir.mkdir(parents=True)
    layout.documents_dir.mkdir(parents=True)
    layout.annotations_dir.mkdir(parents=True)
    src = Layout(REPO)
    for path in (src.raw(SEED), src.document(SEED), src.annotation(SEED)):
        shutil.copy(path, root / path.relative_to(REPO))
    layout.raw(DOC).write_text(RAW, encoding="utf-8")
    doc = make_document(RAW, DOC, f"corpus/raw/{DOC}.txt")
    write_json(layout.document(DOC), doc)
    write_json(layout.annotation(DOC), bmp_annotation(doc))
    return layout


def layers(ann: dict) -> dict:
    return {k: ann[k] for k in LAYERS}


def run(args) -> int:
    return main([str(a) for a in args])


__all__ = ["REPO", "SEED", "DOC", "TEXT", "P1", "P2", "at", "span", "bmp_annotation", "make_project",
           "layers", "run", "read_json"]
