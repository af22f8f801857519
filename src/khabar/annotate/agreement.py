"""Inter-annotator agreement between annotation passes (`khabar agreement`).

Figures, pooled over every document that has two passes:
- entity F1, exact: span and label identical (F1 between two annotators is symmetric);
- entity F1, boundaries only: span identical, label ignored;
- Cohen's kappa over tokens: each token labelled with its outermost entity's type, or O;
- numbers: span F1, then value / kind / qualifier / counted-noun agreement on the spans both marked;
- claims: exact-span F1, overlap F1 (one-to-one pairs with character Jaccard >= 0.5), and
  claimant / kind / check-worthiness agreement on the overlap pairs;
- relations: F1 on (type, total span, part spans).

`by_group` gives the headline figures per domain; `decision_tally` counts how adjudication
decided the disagreements (A, B, both, neither) from each document's disagreements.json.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.corpus.documents import load_document
from khabar.corpus.layout import Layout, check_id
from khabar.io import KhabarError, read_json
from khabar.model.labels import DECISIONS
from khabar.model.spans import Span, outermost, token_range, with_texts
from khabar.model.tokens import tokenize

OVERLAP_JACCARD = 0.5


def f1(a: Counter, b: Counter) -> tuple[int, int, int]:
    """(matched, |a|, |b|) for multisets; F1 = 2 * matched / (|a| + |b|)."""
    return sum((a & b).values()), sum(a.values()), sum(b.values())


def _f(m: int, na: int, nb: int) -> float:
    return 2 * m / (na + nb) if na + nb else 1.0


def token_labels(text: str, entities: list[dict]) -> list[str]:
    """Per token, the label of the outermost entity overlapping it, or 'O'."""
    toks = tokenize(text)
    labels = ["O"] * len(toks)
    starts = [t.start for t in toks]
    for span in outermost(Span.of(e) for e in entities):
        for i in token_range(toks, span, starts):
            labels[i] = span.label
    return labels


def cohen_kappa(x: list[str], y: list[str]) -> float:
    """Cohen's kappa of two label sequences of equal length.

    >>> round(cohen_kappa(["O", "PERS", "O", "O"], ["O", "PERS", "PERS", "O"]), 3)
    0.5
    """
    assert len(x) == len(y)
    n = len(x)
    if n == 0:
        return 1.0
    po = sum(a == b for a, b in zip(x, y, strict=True)) / n
    cx, cy = Counter(x), Counter(y)
    pe = sum(cx[k] * cy[k] for k in cx) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def overlap_pairs(xs: list[dict], ys: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs with Jaccard >= 0.5, greedily by decreasing Jaccard (ties: text order)."""
    sx, sy = [Span.of(a, None) for a in xs], [Span.of(b, None) for b in ys]
    cands = sorted(((a.jaccard(b), i, j) for i, a in enumerate(sx) for j, b in enumerate(sy)),
                   key=lambda t: (-t[0], t[1], t[2]))
    used_x, used_y, out = set(), set(), []
    for jac, i, j in cands:
        if jac < OVERLAP_JACCARD:
            break
        if i not in used_x and j not in used_y:
            used_x.add(i)
            used_y.add(j)
            out.append((xs[i], ys[j]))
    return out


@dataclass
class Tally:
    """Counts pooled over documents; figures are computed from them at the end."""

    counts: Counter = field(default_factory=Counter)
    x_tokens: list[str] = field(default_factory=list)
    y_tokens: list[str] = field(default_factory=list)

    def add(self, text: str, x: dict[str, Any], y: dict[str, Any]) -> None:
        c = self.counts
        ex, ey = x.get("entities", []), y.get("entities", [])
        for key, fn in (("ent", lambda e: (e["start"], e["end"], e["label"])),
                        ("bnd", lambda e: (e["start"], e["end"]))):
            m, a, b = f1(Counter(map(fn, ex)), Counter(map(fn, ey)))
            c[key + "_m"] += m
            c[key + "_x"] += a
            c[key + "_y"] += b
        self.x_tokens += token_labels(text, ex)
        self.y_tokens += token_labels(text, ey)

        nx = {(n["start"], n["end"]): n for n in x.get("numbers", [])}
        ny = {(n["start"], n["end"]): n for n in y.get("numbers", [])}
        both = sorted(set(nx) & set(ny))
        c["num_m"] += len(both)
        c["num_x"] += len(nx)
        c["num_y"] += len(ny)
        for k in both:
            for attr in ("value", "kind", "qualifier", "counted"):
                c[f"num_{attr}"] += nx[k][attr] == ny[k][attr]

        cx, cy = x.get("claims", []), y.get("claims", [])
        m, a, b = f1(Counter((q["start"], q["end"]) for q in cx), Counter((q["start"], q["end"]) for q in cy))
        c["clx_m"] += m
        c["cl_x"] += a
        c["cl_y"] += b
        pairs = overlap_pairs(cx, cy)
        c["clo_m"] += len(pairs)
        ents_x = {e["id"]: (e["start"], e["end"]) for e in ex}
        ents_y = {e["id"]: (e["start"], e["end"]) for e in ey}
        for qa, qb in pairs:
            wa = qa["claimant"] if qa["claimant"] == "author" else ents_x.get(qa["claimant"])
            wb = qb["claimant"] if qb["claimant"] == "author" else ents_y.get(qb["claimant"])
            c["cl_claimant"] += wa == wb
            c["cl_kind"] += qa["kind"] == qb["kind"]
            c["cl_cw"] += qa["check_worthy"] == qb["check_worthy"]

        def rel_keys(ann: dict, nums: dict) -> Counter:
            # The passes are validated (`checked`): every total and part names one of their numbers.
            ids: dict[str, tuple[int, int]] = {n["id"]: k for k, n in nums.items()}
            return Counter((r["type"], ids[r["total"]], tuple(sorted(ids[p] for p in r["parts"])))
                           for r in ann.get("relations", []))

        m, a, b = f1(rel_keys(x, nx), rel_keys(y, ny))
        c["rel_m"] += m
        c["rel_x"] += a
        c["rel_y"] += b

    def figures(self) -> list[tuple[str, str]]:
        """(metric, formatted value with its counts) rows."""
        c = self.counts

        def ratio(num: int, den: int) -> str:
            return f"{num / den:.3f} ({num}/{den})" if den else "n/a"

        def fmt(key_m: str, key_x: str, key_y: str) -> str:
            return f"{_f(c[key_m], c[key_x], c[key_y]):.3f} ({c[key_m]} matched of {c[key_x]} / {c[key_y]})"

        return [
            ("entities: span+label F1 (exact)", fmt("ent_m", "ent_x", "ent_y")),
            ("entities: boundary-only F1", fmt("bnd_m", "bnd_x", "bnd_y")),
            ("entities: Cohen's kappa over tokens", f"{cohen_kappa(self.x_tokens, self.y_tokens):.3f} "
                                                    f"({len(self.x_tokens)} tokens)"),
            ("numbers: span F1", fmt("num_m", "num_x", "num_y")),
            ("numbers: value agreement (same span)", ratio(c["num_value"], c["num_m"])),
            ("numbers: kind agreement (same span)", ratio(c["num_kind"], c["num_m"])),
            ("numbers: qualifier agreement (same span)", ratio(c["num_qualifier"], c["num_m"])),
            ("numbers: counted-noun span agreement (same span)", ratio(c["num_counted"], c["num_m"])),
            ("claims: exact-span F1", fmt("clx_m", "cl_x", "cl_y")),
            ("claims: overlap F1 (Jaccard >= 0.5)", fmt("clo_m", "cl_x", "cl_y")),
            ("claims: claimant agreement (overlap pairs)", ratio(c["cl_claimant"], c["clo_m"])),
            ("claims: kind agreement (overlap pairs)", ratio(c["cl_kind"], c["clo_m"])),
            ("claims: check-worthiness agreement (overlap pairs)", ratio(c["cl_cw"], c["clo_m"])),
            ("relations: F1", fmt("rel_m", "rel_x", "rel_y")),
        ]


def pass_files(layout: Layout, doc_id: str) -> list[Path]:
    return sorted(layout.passes(doc_id).glob("*.json"))


def checked(path: Path, doc: dict[str, Any]) -> dict[str, Any]:
    """An annotation file, validated against its document first: a broken pass is one clear error
    (file, JSON path, code), never a KeyError halfway through the figures."""
    from khabar.model.errors import ERROR
    from khabar.validate.core import annotation_problems

    ann = read_json(path)
    errors = [p for p in annotation_problems(ann, doc, str(path)) if p.severity == ERROR]
    if errors:
        more = f" (and {len(errors) - 1} more; run `khabar validate {path}`)" if len(errors) > 1 else ""
        raise KhabarError(f"{errors[0].format()}{more}", "invalid-corpus")
    return with_texts(ann, doc["text"])  # a source-backed document's file holds offsets only


def compare(layout: Layout, pairs: Iterable[tuple[str, str]],
            doc_ids: Iterable[str] | None = None) -> dict[str, list[tuple[str, str]]]:
    """Figures per comparison, e.g. ('A', 'B') or ('A', 'gold'), pooled over the documents
    (all, or `doc_ids`) that have two passes or more."""
    pairs = list(pairs)
    tallies: dict[str, Tally] = {}
    docs = 0
    wanted = layout.document_ids() if doc_ids is None else [check_id(i, "--doc") for i in doc_ids]
    for doc_id in wanted:
        if not layout.document(doc_id).is_file():
            raise KhabarError(f"{layout.document(doc_id)}: no such document", "file-missing")
        passes = {p.stem: p for p in pass_files(layout, doc_id)}
        if len(passes) < 2:
            continue
        docs += 1
        passes["gold"] = layout.annotation(doc_id)
        doc = load_document(layout, doc_id)
        loaded: dict[str, dict] = {}
        for x, y in pairs:
            for name in (x, y):
                if name not in passes:
                    raise KhabarError(f"{layout.passes(doc_id)}: no pass {name!r} "
                                      f"(found {', '.join(sorted(passes))})")
                if name not in loaded:
                    loaded[name] = checked(passes[name], doc)
            tallies.setdefault(f"{x} vs {y}", Tally()).add(doc["text"], loaded[x], loaded[y])
    if not docs:
        which = "no document" if doc_ids is None else f"document(s) {', '.join(wanted)}: none"
        raise KhabarError(f"{layout.annotations_dir / 'passes'}: {which} has two passes")
    return {name: t.figures() for name, t in tallies.items()}


def markdown(results: dict[str, list[tuple[str, str]]]) -> str:
    names = list(results)
    lines = ["| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    metrics = [m for m, _ in results[names[0]]]
    for i, metric in enumerate(metrics):
        lines.append(f"| {metric} | " + " | ".join(results[n][i][1] for n in names) + " |")
    return "\n".join(lines) + "\n"


# The headline figures of the per-domain table (metric names of Tally.figures).
HEADLINE = ("entities: span+label F1 (exact)", "entities: Cohen's kappa over tokens", "numbers: span F1",
            "numbers: value agreement (same span)", "claims: overlap F1 (Jaccard >= 0.5)",
            "claims: claimant agreement (overlap pairs)")
NO_GROUP = "(no domain)"


def groups(layout: Layout, doc_ids: Iterable[str] | None = None) -> dict[str, list[str]]:
    """The documents with two passes or more, by the `domain` of their record (sorted)."""
    out: dict[str, list[str]] = {}
    for doc_id in layout.document_ids() if doc_ids is None else [check_id(i, "--doc") for i in doc_ids]:
        if len(pass_files(layout, doc_id)) < 2:
            continue
        record = read_json(layout.document(doc_id))
        domain = record.get("domain") if isinstance(record, dict) else None
        out.setdefault(domain if isinstance(domain, str) else NO_GROUP, []).append(doc_id)
    return dict(sorted(out.items()))


def by_group(layout: Layout, pair: tuple[str, str],
             doc_ids: Iterable[str] | None = None) -> list[tuple[str, int, dict[str, str]]]:
    """(domain, documents, headline figures of `pair`) per domain."""
    out = []
    for name, ids in groups(layout, doc_ids).items():
        figures = dict(compare(layout, [pair], ids)[f"{pair[0]} vs {pair[1]}"])
        out.append((name, len(ids), {m: figures[m] for m in HEADLINE}))
    return out


def group_markdown(rows: list[tuple[str, int, dict[str, str]]], pair: tuple[str, str]) -> str:
    short = ["entity F1", "token kappa", "number span F1", "value agreement", "claim overlap F1",
             "claimant agreement"]
    lines = [f"| domain ({pair[0]} vs {pair[1]}) | documents | " + " | ".join(short) + " |",
             "|---|---:|" + "---|" * len(short)]
    for name, n, fig in rows:
        lines.append(f"| {name} | {n} | " + " | ".join(fig[m].split(" (")[0] for m in HEADLINE) + " |")
    return "\n".join(lines) + "\n"


def decision_tally(layout: Layout, doc_ids: Iterable[str] | None = None) -> dict[str, Counter]:
    """Per layer, how many disagreements adjudication decided A, B, both, neither (or left
    undecided), over the documents with a disagreements.json beside their passes."""
    out: dict[str, Counter] = {}
    for doc_id in layout.document_ids() if doc_ids is None else [check_id(i, "--doc") for i in doc_ids]:
        path = layout.passes(doc_id) / "adjudication" / "disagreements.json"
        if not path.is_file():
            continue
        record = read_json(path)
        records = record.get("disagreements") if isinstance(record, dict) else None
        if not isinstance(records, list):
            raise KhabarError(f"{path}:$.disagreements: expected a list", "adjudication-decisions", str(path))
        for r in records:
            if not isinstance(r, dict):
                continue
            decision = r.get("decision")
            out.setdefault(str(r.get("layer")), Counter())[decision if decision in DECISIONS else "undecided"] += 1
    return out


def decision_markdown(tally: dict[str, Counter]) -> str:
    cols = [*DECISIONS, "undecided"]
    lines = ["| layer | disagreements | " + " | ".join(f"took {c}" if c in DECISIONS else c for c in cols) + " |",
             "|---|---:|" + "---:|" * len(cols)]
    total: Counter = Counter()
    for layer in ("entities", "numbers", "claims", "relations"):
        c = tally.get(layer, Counter())
        total += c
        n = sum(c.values())
        lines.append(f"| {layer} | {n} | " + " | ".join(
            f"{c[k]} ({c[k] / n:.0%})" if n else "0" for k in cols) + " |")
    n = sum(total.values())
    lines.append(f"| all | {n} | " + " | ".join(f"{total[k]} ({total[k] / n:.0%})" if n else "0" for k in cols) + " |")
    return "\n".join(lines) + "\n"
