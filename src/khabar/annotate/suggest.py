"""Pre-annotation (`khabar suggest`): a machine draft of all three layers, status `suggested`, never gold.

- Entities: the CRF of `khabar.evaluate.adapters.crf` trained on the Wojood sample plus the
  corpus's own gold (every releasable document except the one suggested), with proclitics left
  outside by the names both corpora know; a gazetteer of that gold and of the Wojood sample's
  names (all nesting levels) adds the inner mentions the CRF (outermost only) cannot give;
  numerals from `khabar.model.numerals` give CARDINAL/ORDINAL.
- Numbers: `khabar.model.numerals.find_numbers` (value, kind, qualifier, counted noun or the
  currency or unit of an amount).
- Claims: one per sentence clause, attributed by cue ("قال", "وفق", "حسبما أفاد", ...) to the
  nearest source entity after the cue, or to `author` when there is no cue.

The suggestion goes to annotations/suggestions/<id>.json (or --out), in the annotation file's
own format, so any tool reading annotations can load it as predictions. `suggest_documents`
suggests many documents in one run, each with the entity model of every gold document but
itself, trained once per training set and cached (`khabar.annotate.models`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from khabar import __version__
from khabar.annotate.models import EntityModel, corpus_gold, entity_model, training_set
from khabar.corpus.documents import as_stored, load_document
from khabar.corpus.layout import Layout, check_id
from khabar.model.errors import KhabarError
from khabar.model.numerals import Found, _norm, find_numbers
from khabar.model.spans import Span
from khabar.model.tokens import token_sentences, tokenize
from khabar.progress import SILENT, Progress

SOURCE_LABELS = ("PERS", "ORG", "OCC", "GPE", "NORP")
# Cues after which the clause before them is the claim ("..., وفق المرصد").
TRAILING_CUES = {"وفق", "وفقا", "حسب", "بحسب", "حسبما"}
# Speech verbs: the source follows, then the content ("قال X إن ...", "أعلن X أن ...").
SPEECH_CUES = {"قال", "قالت", "افاد", "افادت", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "اوضح",
               "اوضحت", "اشار", "اشارت", "اضاف", "اضافت", "نقلت", "نقل", "اعتبر", "اعتبرت", "صرح",
               "صرحت", "تابع", "تابعت"}
CONTENT_MARKS = {"ان", "إن", "أن", ":"}
QUOTES = "\"'«»“”"
# A claim holding a number of these kinds states a statistic.
STATISTIC_KINDS = ("cardinal", "percent", "money", "quantity")


def suggestion_path(layout: Layout, doc_id: str) -> Path:
    return layout.suggestion(doc_id)


# ---------------------------------------------------------------- entities

def _trim_edges(text: str, sp: Span) -> Span | None:
    """The span without the spaces and punctuation at its ends; None when nothing else is left."""
    from khabar.validate.spans import _is_edge_junk

    s, e = sp.start, sp.end
    while s < e and _is_edge_junk(text[s]):
        s += 1
    while e > s and _is_edge_junk(text[e - 1]):
        e -= 1
    return sp._replace(start=s, end=e) if s < e else None


def suggest_entities(doc: dict[str, Any], model: EntityModel, numbers: list[Found]) -> list[Span]:
    """Entity spans of the document (document offsets, with their text): CRF, then gazetteer and
    numeral spans that do not cross them."""
    from khabar.evaluate.data import rows_from_records

    text = doc["text"]
    rows = rows_from_records([(doc, {"entities": []})])
    spans = [p.shift(row.offset) for row, pred in zip(rows, model.crf.predict(rows), strict=True) for p in pred]
    # The tagger may take a bracket or quotation mark into a mention ("59 سنة)") or tag one alone:
    # a span never begins or ends with punctuation (the validator's span-edge), so trim them off.
    spans = [t for t in (_trim_edges(text, p) for p in spans) if t is not None]
    extra = [p.shift(row.offset) for row, pred in zip(rows, model.gazetteer.predict(rows), strict=True) for p in pred]
    for n in numbers:
        # Guidelines §1.9: digits and cardinal words are CARDINAL (an amount of money or a
        # quantity too: its numeral), ordinals ORDINAL; duals, fractions, percentages, years and
        # times are not (a year is inside its DATE).
        if n.kind == "ordinal":
            extra.append(Span(n.start, n.end, "ORDINAL"))
        elif n.kind in ("cardinal", "money", "quantity") and not (n.counted and n.counted == (n.start, n.end)):
            extra.append(Span(n.start, n.end, "CARDINAL"))
    for sp in extra:
        # A numeral the CRF took whole with another type stays as the CRF has it.
        if any((x.start, x.end) == (sp.start, sp.end) or sp.crosses(x) for x in spans):
            continue
        spans.append(sp)
    unique = {(x.start, x.end, x.label) for x in spans}
    return [Span(s, e, label, text[s:e]) for s, e, label in sorted(unique, key=lambda x: (x[0], -x[1], x[2]))]


# ---------------------------------------------------------------- claims

def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink a clause past white space, punctuation, outer quotes and a leading conjunction و."""
    junk = " \t\n،,.;:؛!?؟()" + QUOTES
    while True:
        before = (s, e)
        while s < e and text[s] in junk:
            s += 1
        while e > s and text[e - 1] in junk:
            e -= 1
        if e - s > 2 and text[s] == "و" and text[s + 1] != " " and \
                not text[s:e].startswith(("وزير", "وكالة", "وقف", "وفد", "واشنطن", "وسط")):
            s += 1
        if (s, e) == before:
            return s, e


# Words that open a new clause after a comma ("، قبل أن ...", "، حيث ...").
CLAUSE_OPENERS = {"قبل", "بعد", "حيث", "مع", "بينما", "فيما", "إضافة", "اضافه", "ما", "كما", "والتي", "التي"}


def _clauses(text: str, stoks: list, s: int, e: int) -> list[tuple[int, int]]:
    """Clauses of [s, e): cut after a comma when the next word opens a clause (a conjunction و
    on a verb-like word, or one of CLAUSE_OPENERS)."""
    cuts = [s]
    for i, t in enumerate(stoks[:-1]):
        if t.text in "،," and s < t.start < e:
            nxt = stoks[i + 1].text
            if nxt in CLAUSE_OPENERS or _norm(nxt) in CLAUSE_OPENERS or \
                    (nxt.startswith("و") and len(nxt) > 3 and not nxt.startswith("وال")):
                cuts.append(t.end)
    cuts.append(e)
    return [(a, b) for a, b in pairwise(cuts) if a < b]


def _source_after(text: str, stoks: list, i: int) -> tuple[int, int] | None:
    """The words after a cue at token i up to punctuation or a content mark (at most five): the
    source when no entity was found there ("وفق المرصد" -> "المرصد")."""
    words = []
    for t in stoks[i + 1:]:
        if not re.match(r"[\u0621-\u064A]", t.text) or t.text in CONTENT_MARKS or _norm(t.text) == "ان":
            break
        words.append(t)
        if len(words) == 5:
            break
    return (words[0].start, words[-1].end) if words else None


def suggest_claims(text: str, paragraphs: list[dict], entities: list[dict],
                   numbers: list[dict]) -> list[dict]:
    """Claims with claimant, cue, kind (statistic when a counted number is inside, else event).

    When a cue has no source entity after it, the claimant is returned as a span dict
    (start, end, label ORG: the usual source of attributed news copy) for the caller to add to
    the entity layer.
    """
    out: list[dict] = []
    ents = sorted(entities, key=lambda e: (e["start"], -e["end"]))
    for p in paragraphs:
        toks = tokenize(text[p["start"]:p["end"]], p["start"])
        for s, e in token_sentences(toks):
            stoks = [t for t in toks if s <= t.start and t.end <= e]
            cue, claim_span, cue_i, speech = None, None, None, False
            for i, t in enumerate(stoks):
                w = _norm(t.text)
                w1 = w[1:] if w[:1] in "وف" and len(w) > 3 else w
                if w1 in TRAILING_CUES or w in TRAILING_CUES:
                    cs = t.start + (len(w) - len(w1) if w1 in TRAILING_CUES and w not in TRAILING_CUES else 0)
                    ce, cue_i = t.end, i
                    if w1 == "حسبما" and i + 1 < len(stoks) and _norm(stoks[i + 1].text) in SPEECH_CUES:
                        ce, cue_i = stoks[i + 1].end, i + 1
                    cue = (cs, ce)
                    prev = stoks[i - 1].text if i else ""
                    nxt_comma = any(x.text in "،," for x in stoks[i + 1:])
                    if prev in "،," and nxt_comma:  # parenthetical: the claim keeps the cue inside
                        claim_span = (s, e)
                    else:
                        claim_span = (s, cs)
                    break
                if w1 in SPEECH_CUES or w in SPEECH_CUES:
                    cs = t.start + (len(w) - len(w1) if w not in SPEECH_CUES else 0)
                    cue, cue_i, speech = (cs, t.end), i, True
                    mark = next((x for x in stoks[i + 1:] if x.text in CONTENT_MARKS or _norm(x.text) == "ان"), None)
                    claim_span = (mark.end, e) if mark else (t.end, e)
                    # "نقلت الرئاسة عن الأسد تشديده": the content follows the reported speaker.
                    about = next((k for k in range(i + 1, len(stoks)) if stoks[k].text == "عن"), None)
                    if mark is None and about is not None and about + 2 < len(stoks):
                        cue_i = about
                        claim_span = (stoks[about + 2].start, e)
                    break
            if claim_span is None:
                claim_span = (s, e)
            claimant: str | dict[str, Any] = "author"
            if cue is not None and cue_i is not None:
                after = [x for x in ents if x["start"] >= stoks[cue_i].end and x["end"] <= e
                         and x["label"] in SOURCE_LABELS]
                if speech:
                    # "قال مدير المرصد رامي عبد الرحمن": the person named is the speaker.
                    window = [x for x in after if x["end"] <= claim_span[0]]
                    pers = [x for x in window if x["label"] == "PERS"]
                    after = pers or window or after
                if after:
                    first = min(after, key=lambda x: (x["start"], -x["end"]))
                    claimant = first["id"]
                else:
                    src = _source_after(text, stoks, cue_i)
                    if src:
                        claimant = {"start": src[0], "end": src[1], "label": "ORG"}
            for a, b in _clauses(text, stoks, *claim_span):
                cs_, ce_ = _trim(text, a, b)
                if ce_ - cs_ < 8:
                    continue
                inside = [n for n in numbers if cs_ <= n["start"] and n["end"] <= ce_]
                kind = "statistic" if any(n["kind"] in STATISTIC_KINDS for n in inside) else "event"
                out.append({"start": cs_, "end": ce_, "text": text[cs_:ce_], "claimant": claimant,
                            "cue": None if cue is None else {"start": cue[0], "end": cue[1],
                                                             "text": text[cue[0]:cue[1]]},
                            "kind": kind, "check_worthy": True, "numbers": [n["id"] for n in inside]})
    return out


# ---------------------------------------------------------------- the file

def suggest(layout: Layout, doc_id: str, model: EntityModel | None = None) -> dict[str, Any]:
    """The suggestion for one document: an annotation file with status `suggested`.

    The entity model learns from every releasable document but `doc_id`: pass `model` to reuse
    one trained so, else it is the cached one (`khabar.annotate.models.entity_model`).
    """
    if not layout.document(check_id(doc_id, "DOC_ID")).is_file():
        raise KhabarError(f"{layout.document(doc_id)}: no such document", "file-missing")
    doc = load_document(layout, doc_id)
    if model is None:
        model = entity_model(layout, training_set(layout, exclude=[doc_id]))
    elif doc_id in model.trained_on.get("corpus_documents", []):
        raise KhabarError(f"{doc_id}: the entity model was trained on this document", "usage")
    text = doc["text"]
    found = find_numbers(text)
    ent_spans = suggest_entities(doc, model, found)
    entities = [{"id": f"e{i}", **sp.offsets(), "label": sp.label} for i, sp in enumerate(ent_spans, 1)]

    def sub(sp):
        return None if sp is None else Span(sp[0], sp[1], "", text[sp[0]:sp[1]]).offsets()

    numbers = []
    for i, n in enumerate(found, 1):
        value = int(n.value) if n.value == int(n.value) else n.value
        numbers.append({"id": f"n{i}", "start": n.start, "end": n.end, "text": n.text, "value": value,
                        "kind": n.kind, "qualifier": n.qualifier, "qualifier_span": sub(n.qualifier_span),
                        "counted": sub(n.counted)})
    claims = suggest_claims(text, doc["paragraphs"], entities, numbers)
    # Claimants name entities by id, and the ids change below when sources join the layer.
    first_ids = {e["id"]: (e["start"], e["end"], e["label"]) for e in entities}
    # A source the entity layer missed becomes an entity (unless it would cross one).
    spans = list(ent_spans)
    for c in claims:
        if isinstance(c["claimant"], dict):
            sp = Span.of(c["claimant"])._replace(text=text[c["claimant"]["start"]:c["claimant"]["end"]])
            if not any(sp.crosses(x) or sp[:3] == x[:3] for x in spans):
                spans.append(sp)
    spans.sort(key=lambda x: (x.start, -x.end, x.label))
    entities = [{"id": f"e{i}", **sp.offsets(), "label": sp.label} for i, sp in enumerate(spans, 1)]
    ent_id = {(e["start"], e["end"], e["label"]): e["id"] for e in entities}
    for c in claims:
        who = c["claimant"]
        if isinstance(who, dict):
            c["claimant"] = ent_id.get((who["start"], who["end"], who["label"]), "author")
        elif who != "author":
            c["claimant"] = ent_id[first_ids[who]]
    claims.sort(key=lambda c: (c["start"], -c["end"]))
    # Claims of one layer never cross; a later crossing claim is dropped.
    kept: list[dict] = []
    for c in claims:
        here = Span.of(c, None)
        if not any(here.crosses(k) or here[:2] == k[:2] for k in (Span.of(x, None) for x in kept)):
            kept.append(c)
    claims = [{"id": f"c{i}", **c} for i, c in enumerate(kept, 1)]
    from khabar.model.labels import SCHEMA_VERSION

    prov = [{"step": "suggestion", "agent": f"khabar suggest {__version__}", "source": None,
             "note": "Machine pre-annotation: CRF on the Wojood sample"
                     + (f" and {len(model.trained_on['corpus_documents'])} corpus document(s)"
                        if model.trained_on["corpus_documents"] else " (no other corpus gold yet)")
                     + ", corpus gazetteer, numeral reader, attribution cues. Not gold: review every span."}]
    # A source-backed document's text is third-party and never kept in the project: its
    # suggestion, which may become a pass or the gold, stores offsets only.
    return as_stored({"schema_version": SCHEMA_VERSION, "document_id": doc_id, "text_sha256": doc["text_sha256"],
            "status": "suggested", "provenance": prov, "entities": entities, "numbers": numbers,
            "claims": claims, "relations": []}, doc)


def _owned_or_refused(path: Path) -> None:
    """--force replaces a suggestion file Khabar wrote (an annotation file), never another file
    that sits at its path: that one is refused in one line."""
    from khabar.outputs import foreign_file

    reason = foreign_file("annotation")(path)
    if reason is not None:
        raise KhabarError(f"{path}: exists and {reason}; refusing to overwrite it, with or without --force "
                          "(move it away)", "out-refused", str(path))


def write_suggestion(layout: Layout, doc_id: str, out: Path | None = None, force: bool = False,
                     model: EntityModel | None = None) -> tuple[Path, dict[str, Any]]:
    """Write the suggestion beside the gold (never over it); the path and the annotation."""
    from khabar.io import write_json

    path = Path(out) if out else suggestion_path(layout, check_id(doc_id, "DOC_ID"))
    if path.resolve() == layout.annotation(doc_id).resolve() or \
            path.resolve().parent == layout.annotations_dir.resolve():
        raise KhabarError(f"{path}: a suggestion never goes into annotations/ beside the gold files; "
                          "use annotations/suggestions/ or another folder", "out-refused", str(path))
    if path.exists():
        if not force:
            raise KhabarError(f"{path}: file exists; pass --force to overwrite it", "out-refused", str(path))
        _owned_or_refused(path)
    ann = suggest(layout, doc_id, model)
    write_json(path, ann)
    return path, ann


# ---------------------------------------------------------------- many documents

@dataclass(frozen=True)
class Outcome:
    """What `suggest_documents` did with one document."""

    doc_id: str
    path: Path
    wrote: bool  # False: a suggestion file was there and was kept (no --force)
    counts: dict[str, int] = field(default_factory=dict)  # entities, numbers, claims written
    model: dict[str, Any] = field(default_factory=dict)  # the entity model's cache event, its key


def empty_documents(layout: Layout) -> list[str]:
    """The documents whose annotation file is (effectively) empty: those waiting for a first draft."""
    from khabar.corpus.gold import statuses

    return [d for d, status in statuses(layout).items() if status == "empty"]


def suggest_documents(layout: Layout, doc_ids: Sequence[str], *, force: bool = False,
                      progress: Progress = SILENT, wojood_train: Path | None = None,
                      cache: Path | None = None) -> list[Outcome]:
    """Suggest each document into annotations/suggestions/<id>.json, in the order given.

    An existing suggestion file is kept unless `force`, which replaces only files Khabar wrote
    (any other file there is refused before anything is written). Each document gets the model
    of every releasable document but itself: one model for all documents outside the gold, one
    per gold document (leave-one-out); each is trained once and cached (`models.entity_model`).
    """
    from khabar.io import write_json

    ids = list(dict.fromkeys(check_id(d, "DOC_ID") for d in doc_ids))
    for d in ids:
        if not layout.document(d).is_file():
            raise KhabarError(f"{layout.document(d)}: no such document", "file-missing")
    paths = {d: layout.suggestion(d) for d in ids}
    if force:
        for d in ids:
            if paths[d].exists():
                _owned_or_refused(paths[d])
    todo = [d for d in ids if force or not paths[d].exists()]
    base = training_set(layout, (), wojood_train, gold=corpus_gold(layout)) if todo else None
    models: dict[str, EntityModel] = {}
    out: list[Outcome] = []
    tick = progress("suggest", len(todo))
    for d in ids:
        if base is None or d not in todo:
            out.append(Outcome(d, paths[d], False))
            continue
        tset = base.without([d])
        key = tset.key
        if key not in models:
            models[key] = entity_model(layout, tset, cache)
        model = models[key]
        ann = suggest(layout, d, model)
        write_json(paths[d], ann)
        out.append(Outcome(d, paths[d], True, {layer: len(ann[layer]) for layer in ("entities", "numbers", "claims")},
                           {**model.cache, "key": key}))
        tick(1)
    return out
