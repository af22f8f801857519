"""NER scoring: one span-matching routine, five modes, bootstrap intervals over rows or clusters.

Modes (character spans, SemEval-2013 task 9.1 for the first four):

- ``strict``: boundaries and type must match;
- ``exact``: boundaries must match, any type;
- ``partial``: exact boundaries count 1, an overlap counts 1/2, any type;
- ``type``: an overlap with the right type counts;
- ``clitic``: strict, but a prediction that differs from the gold only by leading proclitics
  (و ف ب ل ك) on either side has the gold's boundaries: a whole-token prediction "بدمشق" for
  Khabar's gold "دمشق", or "دمشق" for a Wojood-style gold "بدمشق".

Gold and predictions are paired one to one, best credit first, so P = credit / predictions and
R = credit / gold (COR, INC, PAR, MIS, SPU as in SemEval). By default both sides are reduced to
their outermost layer first: most models are flat and Wojood's nesting would otherwise count
every inner mention as missed. Token-level figures project the outermost spans to IOB2 on
Khabar tokens and score them with seqeval in strict mode.

Intervals resample rows (sentences) or, given a group per row, whole groups (documents: a
cluster bootstrap, since the sentences of one article are not independent draws).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from khabar.evaluate import MODES, TOKEN  # the names the CLI offers
from khabar.model.labels import PROCLITICS
from khabar.model.spans import MAX_CLITICS, Span, encode_iob2, outermost, strip_proclitics
from khabar.model.tokens import tokenize

__all__ = ["MODES", "TOKEN", "match", "span_stats", "token_stats", "figures", "layer",
           "paired_bootstrap", "resample_weights", "seen_stats"]
# Per-row statistics per label: credit by predicted label, credit by gold label, predicted, gold.
TP_P, TP_G, N_P, N_G = range(4)
_WORD = re.compile(r"\w")


def proclitic_gap(text: str, pred_start: int, gold_start: int) -> bool:
    """Whether text[pred_start:gold_start] is a run of 1..MAX_CLITICS proclitics opening a word."""
    gap = text[pred_start:gold_start]
    return (0 < len(gap) <= MAX_CLITICS and all(c in PROCLITICS for c in gap)
            and (pred_start == 0 or not _WORD.match(text[pred_start - 1])))


def same_boundaries(g: Span, p: Span, text: str, clitic: bool) -> bool:
    if g.start == p.start and g.end == p.end:
        return True
    # Either side may carry the proclitics: Khabar's gold leaves them out, Wojood's keeps them.
    return clitic and p.end == g.end and proclitic_gap(text, min(p.start, g.start), max(p.start, g.start))


def credit(g: Span, p: Span, mode: str, text: str = "") -> float | None:
    """Credit of pairing gold g with prediction p (None: they do not overlap)."""
    if not g.overlaps(p):
        return None
    beq = same_boundaries(g, p, text, mode == "clitic")
    teq = g.label == p.label
    if mode in ("strict", "clitic"):
        return 1.0 if beq and teq else 0.0
    if mode == "exact":
        return 1.0 if beq else 0.0
    if mode == "partial":
        return 1.0 if beq else 0.5
    if mode == "type":
        return 1.0 if teq else 0.0
    raise ValueError(f"unknown mode {mode!r}")


@dataclass(frozen=True)
class Match:
    pairs: list[tuple[int, int, float]]  # (gold index, pred index, credit)
    missed: list[int]
    spurious: list[int]

    def counts(self) -> dict[str, int]:
        return {"COR": sum(c == 1.0 for *_, c in self.pairs),
                "INC": sum(c == 0.0 for *_, c in self.pairs),
                "PAR": sum(c == 0.5 for *_, c in self.pairs),
                "MIS": len(self.missed), "SPU": len(self.spurious)}


def match(gold: Sequence[Span], pred: Sequence[Span], mode: str, text: str = "") -> Match:
    """Pair gold and predicted spans one to one, highest credit first (then closest boundaries)."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            c = credit(g, p, mode, text)
            if c is not None:
                dist = abs(g.start - p.start) + abs(g.end - p.end)
                cands.append((-c, g.label != p.label, dist, gi, pi, c))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, gi, pi, c in sorted(cands):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi, c))
    return Match(sorted(pairs), [i for i in range(len(gold)) if i not in used_g],
                 [i for i in range(len(pred)) if i not in used_p])


def span_stats(gold: Sequence[Span], pred: Sequence[Span], mode: str, labels: Sequence[str],
               text: str = "") -> np.ndarray:
    """Per-label statistics (labels x [TP_P, TP_G, N_P, N_G]) of one row."""
    index = {lab: i for i, lab in enumerate(labels)}
    out = np.zeros((len(labels), 4))
    m = match(gold, pred, mode, text)
    for gi, pi, c in m.pairs:
        out[index[pred[pi].label], TP_P] += c
        out[index[gold[gi].label], TP_G] += c
    for p in pred:
        out[index[p.label], N_P] += 1
    for g in gold:
        out[index[g.label], N_G] += 1
    return out


def token_stats(text: str, gold: Sequence[Span], pred: Sequence[Span],
                labels: Sequence[str]) -> tuple[np.ndarray, list[str], list[str]]:
    """seqeval strict-mode entity statistics of one row's IOB2 projection, and the two tag lists."""
    from seqeval.scheme import IOB2, Entities

    toks = tokenize(text)
    gtags, _ = encode_iob2(toks, gold)
    ptags, _ = encode_iob2(toks, pred)
    index = {lab: i for i, lab in enumerate(labels)}
    out = np.zeros((len(labels), 4))
    ge = set(Entities([gtags], IOB2).entities[0]) if toks else set()
    pe = set(Entities([ptags], IOB2).entities[0]) if toks else set()
    for e in pe:
        out[index[e.tag], N_P] += 1
        if e in ge:
            out[index[e.tag], TP_P] += 1
            out[index[e.tag], TP_G] += 1
    for e in ge:
        out[index[e.tag], N_G] += 1
    return out, gtags, ptags


# ---------------------------------------------------------------- figures from statistics

def _div(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.divide(a, b, out=np.zeros(np.broadcast(a, b).shape), where=b > 0)


def prf(stats: np.ndarray) -> dict[str, np.ndarray]:
    """Micro, macro and per-label P/R/F1 from summed statistics (... x labels x 4).

    Macro averages the labels with gold or predictions in the (re)sample; 0/0 counts as 0.
    """
    tp_p, tp_g, n_p, n_g = (stats[..., k] for k in range(4))
    p_l, r_l = _div(tp_p, n_p), _div(tp_g, n_g)
    f_l = _div(2 * p_l * r_l, p_l + r_l)
    P, R = _div(tp_p.sum(-1), n_p.sum(-1)), _div(tp_g.sum(-1), n_g.sum(-1))
    present = (n_p + n_g) > 0
    k = present.sum(-1)
    mac = lambda x: _div((x * present).sum(-1), k)
    return {"micro_precision": P, "micro_recall": R, "micro_f1": _div(2 * P * R, P + R),
            "macro_precision": mac(p_l), "macro_recall": mac(r_l), "macro_f1": mac(f_l),
            "precision": p_l, "recall": r_l, "f1": f_l}


def group_codes(groups: Sequence[str]) -> np.ndarray:
    """Each row's group as an index, groups numbered in order of first appearance."""
    index: dict[str, int] = {}
    return np.array([index.setdefault(g, len(index)) for g in groups], dtype=int)


def resample_weights(n: int, resamples: int = 1000, seed: int = 0,
                     groups: Sequence[str] | None = None) -> np.ndarray:
    """How often each of n rows is drawn in each bootstrap resample (resamples x n).

    With `groups` (one per row), a cluster bootstrap: each resample draws as many groups as there
    are, with replacement, and a row weighs the number of times its group was drawn. Groups are
    numbered in order of first appearance, so with every row its own group the draws, and the
    weights, are the row bootstrap's for the same seed.
    """
    codes = np.arange(n) if groups is None else group_codes(groups)
    if len(codes) != n:
        raise ValueError(f"{len(codes)} groups for {n} rows")
    if not n:
        return np.zeros((resamples, 0))
    k = int(codes.max()) + 1
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, k, size=(resamples, k))
    drawn = np.stack([np.bincount(r, minlength=k) for r in idx]).astype(float)
    return drawn[:, codes]


def interval(values: np.ndarray, level: float = 0.95) -> list[float]:
    lo, hi = np.percentile(values, [50 * (1 - level), 50 * (1 + level)])
    return [round(float(lo), 6), round(float(hi), 6)]


def figures(rows: np.ndarray, labels: Sequence[str], weights: np.ndarray) -> dict:
    """Every figure with its 95% bootstrap interval from per-row statistics (rows x labels x 4)."""
    full = prf(rows.sum(0))
    boot = prf(np.einsum("bn,nlk->blk", weights, rows))
    fig = lambda key, i=None: {
        "value": round(float(full[key] if i is None else full[key][i]), 6),
        "ci95": interval(boot[key] if i is None else boot[key][:, i])}
    totals = rows.sum(0)
    out = {
        "micro": {m: fig(f"micro_{m}") for m in ("precision", "recall", "f1")},
        "macro": {m: fig(f"macro_{m}") for m in ("precision", "recall", "f1")},
        "per_type": {},
    }
    for i, lab in enumerate(labels):
        if totals[i, N_G] + totals[i, N_P] > 0:
            out["per_type"][lab] = {**{m: fig(m, i) for m in ("precision", "recall", "f1")},
                                    "gold": int(totals[i, N_G]), "predicted": int(totals[i, N_P])}
    return out


def micro_f1(stats: np.ndarray) -> np.ndarray:
    """Micro F1 from summed [TP_P, TP_G, N_P, N_G] (... x 4)."""
    P, R = _div(stats[..., TP_P], stats[..., N_P]), _div(stats[..., TP_G], stats[..., N_G])
    return _div(2 * P * R, P + R)


def paired_bootstrap(a: np.ndarray, b: np.ndarray, resamples: int = 1000, seed: int = 0,
                     groups: Sequence[str] | None = None) -> dict:
    """Paired bootstrap of the micro-F1 difference A - B from per-row [TP_P, TP_G, N_P, N_G];
    with `groups`, whole groups are resampled (`resample_weights`).

    Two-sided p-value by the shift method: how often a resampled difference lies at least |d|
    away from the observed d, i.e. as far from d as d is from 0; (1 + count) / (1 + resamples).
    """
    w = resample_weights(len(a), resamples, seed, groups)
    d = float(micro_f1(a.sum(0)) - micro_f1(b.sum(0)))
    db = micro_f1(w @ a) - micro_f1(w @ b)
    extreme = int(np.sum(np.abs(db - d) >= abs(d) - 1e-12))
    return {"f1_a": round(float(micro_f1(a.sum(0))), 6), "f1_b": round(float(micro_f1(b.sum(0))), 6),
            "difference": round(d, 6), "ci95": interval(db),
            "p_value": round((1 + extreme) / (1 + resamples), 6), "resamples": resamples, "seed": seed,
            "clusters": len(set(groups)) if groups is not None else len(a)}


# ---------------------------------------------------------------- seen / unseen

def is_seen(surface: str, seen: set[str]) -> bool:
    return any(form in seen for form in strip_proclitics(surface))


def seen_stats(text: str, gold: Sequence[Span], pred: Sequence[Span], mode: str,
               seen: set[str]) -> np.ndarray:
    """Micro statistics (2 x 4: seen, unseen) of one row, gold split by its surface in train.

    A matched prediction goes with its gold; an unmatched one by its own surface.
    """
    out = np.zeros((2, 4))
    m = match(gold, pred, mode, text)
    g_seen = [g.covered(text) in seen for g in gold]
    p_seen = [is_seen(p.covered(text), seen) for p in pred]
    for gi, pi, _ in m.pairs:
        p_seen[pi] = g_seen[gi]
    for gi, _, c in m.pairs:
        out[0 if g_seen[gi] else 1, [TP_P, TP_G]] += c
    for f in p_seen:
        out[0 if f else 1, N_P] += 1
    for f in g_seen:
        out[0 if f else 1, N_G] += 1
    return out


def layer(spans: Sequence[Span], nested: bool) -> list[Span]:
    """The spans scored (as bare (start, end, label) spans): all levels, or the outermost layer."""
    bare = sorted({Span(*s.key) for s in spans})
    return bare if nested else outermost(bare)
