"""The scorer: truth tables, cross-checks against nervaluate and seqeval, bootstrap."""
from __future__ import annotations

import random

import numpy as np
import pytest

import conftest
from khabar.evaluate.score import (
    MODES,
    figures,
    match,
    paired_bootstrap,
    prf,
    proclitic_gap,
    resample_weights,
    seen_stats,
    span_stats,
    token_stats,
)
from khabar.model.spans import Span, encode_iob2
from khabar.model.tokens import tokenize

TEXT = "زار الوفد بدمشق والأشرفية وقال بشار الأسد"


def at(sub: str, nth: int = 0, text: str = TEXT) -> tuple[int, int]:
    return conftest.at(sub, nth, within=text)


def sp(sub: str, label: str, nth: int = 0) -> Span:
    return Span(*at(sub, nth), label)


DAMASCUS = sp("دمشق", "GPE")
ASHRAFIYA = sp("الأشرفية", "LOC")
ASSAD = sp("بشار الأسد", "PERS")

# (gold, pred) -> expected COR/INC/PAR/MIS/SPU per mode.
CASES = {
    "exact hit": ([ASSAD], [ASSAD],
                  {m: (1, 0, 0, 0, 0) for m in MODES}),
    "wrong type": ([ASSAD], [ASSAD._replace(label="ORG")],
                   {"strict": (0, 1, 0, 0, 0), "exact": (1, 0, 0, 0, 0), "partial": (1, 0, 0, 0, 0),
                    "type": (0, 1, 0, 0, 0), "clitic": (0, 1, 0, 0, 0)}),
    "overlap right type": ([ASSAD], [sp("الأسد", "PERS")],
                           {"strict": (0, 1, 0, 0, 0), "exact": (0, 1, 0, 0, 0), "partial": (0, 0, 1, 0, 0),
                            "type": (1, 0, 0, 0, 0), "clitic": (0, 1, 0, 0, 0)}),
    "overlap wrong type": ([ASSAD], [sp("الأسد", "ORG")],
                           {"strict": (0, 1, 0, 0, 0), "exact": (0, 1, 0, 0, 0), "partial": (0, 0, 1, 0, 0),
                            "type": (0, 1, 0, 0, 0), "clitic": (0, 1, 0, 0, 0)}),
    "proclitic attached": ([DAMASCUS], [sp("بدمشق", "GPE")],
                           {"strict": (0, 1, 0, 0, 0), "exact": (0, 1, 0, 0, 0), "partial": (0, 0, 1, 0, 0),
                            "type": (1, 0, 0, 0, 0), "clitic": (1, 0, 0, 0, 0)}),
    "proclitic on the gold side (Wojood convention)": ([sp("بدمشق", "GPE")], [DAMASCUS],
                           {"strict": (0, 1, 0, 0, 0), "exact": (0, 1, 0, 0, 0), "partial": (0, 0, 1, 0, 0),
                            "type": (1, 0, 0, 0, 0), "clitic": (1, 0, 0, 0, 0)}),
    "proclitic attached, wrong type": ([DAMASCUS], [sp("بدمشق", "LOC")],
                                       {"strict": (0, 1, 0, 0, 0), "exact": (0, 1, 0, 0, 0),
                                        "partial": (0, 0, 1, 0, 0), "type": (0, 1, 0, 0, 0),
                                        "clitic": (0, 1, 0, 0, 0)}),
    "two proclitics and the article": ([ASHRAFIYA], [sp("والأشرفية", "LOC")],
                                       {m: ((1, 0, 0, 0, 0) if m in ("clitic", "type") else
                                            (0, 0, 1, 0, 0) if m == "partial" else (0, 1, 0, 0, 0))
                                        for m in MODES}),
    "missed and spurious": ([ASSAD], [DAMASCUS],
                            {m: (0, 0, 0, 1, 1) for m in MODES}),
    "one hit, one miss": ([ASSAD, DAMASCUS], [ASSAD],
                          {m: (1, 0, 0, 1, 0) for m in MODES}),
}


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("mode", MODES)
def test_truth_table(name, mode):
    gold, pred, want = CASES[name]
    got = match(gold, pred, mode, TEXT).counts()
    assert tuple(got[k] for k in ("COR", "INC", "PAR", "MIS", "SPU")) == want[mode]


@pytest.mark.parametrize("pred_start,gold_start,ok", [
    (at("بدمشق")[0], at("دمشق")[0], True),            # ب before the name
    (at("والأشرفية")[0], at("الأشرفية")[0], True),    # و before the article
    (at("الوفد")[0], at("لوفد")[0], False),            # ا is no proclitic
    (at("دمشق")[0] - 0, at("دمشق")[0], False),         # no gap at all
    (at("مشق")[0] - 1, at("مشق")[0], False),           # starts inside a word
])
def test_proclitic_gap(pred_start, gold_start, ok):
    assert proclitic_gap(TEXT, pred_start, gold_start) is ok


def test_prf_by_hand():
    labels = ["PERS", "GPE", "ORG"]
    gold = [ASSAD, DAMASCUS]
    pred = [ASSAD, sp("الوفد", "ORG")]
    f = prf(span_stats(gold, pred, "strict", labels, TEXT))
    # PERS: P 1, R 1; GPE: P 0 (none predicted), R 0; ORG: P 0, R 0 (no gold)
    assert [round(float(x), 6) for x in (f["micro_precision"], f["micro_recall"], f["micro_f1"])] == \
        [0.5, 0.5, 0.5]
    assert [round(float(x), 6) for x in (f["macro_precision"], f["macro_recall"], f["macro_f1"])] == \
        [round(1 / 3, 6), round(1 / 3, 6), round(1 / 3, 6)]
    assert f["f1"].tolist() == [1.0, 0.0, 0.0]


def test_partial_credit_by_hand():
    f = prf(span_stats([ASSAD, DAMASCUS], [sp("الأسد", "PERS"), DAMASCUS], "partial", ["PERS", "GPE"], TEXT))
    assert (float(f["micro_precision"]), float(f["micro_recall"])) == (0.75, 0.75)


# ---------------------------------------------------------------- cross-checks

def random_case(rng: random.Random, labels: list[str]) -> tuple[list, list]:
    """Flat gold and predictions where each prediction overlaps at most one gold span and back:
    where nervaluate's greedy pairing and ours must agree."""
    gold, pred, pos = [], [], 0
    for _ in range(rng.randint(0, 6)):
        pos += rng.randint(1, 4)
        s, e = pos, pos + rng.randint(1, 6)
        kind = rng.choice(["both", "both", "gold", "pred"])
        lab = rng.choice(labels)
        if kind in ("both", "gold"):
            gold.append(Span(s, e, lab))
        if kind in ("both", "pred"):
            ps = s + rng.choice([0, 0, -1, 1]) if kind == "both" else s
            pe = e + rng.choice([0, 0, -1, 1]) if kind == "both" else e
            pe = max(pe, ps + 1)
            pred.append(Span(ps, pe, lab if rng.random() < 0.7 else rng.choice(labels)))
        pos = max(e, pred[-1].end if pred else 0) + 1
    return gold, pred


NERVALUATE_MODE = {"strict": "strict", "exact": "exact", "partial": "partial", "type": "ent_type"}


@pytest.mark.parametrize("mode", list(NERVALUATE_MODE))
def test_agrees_with_nervaluate(mode):
    from nervaluate import Evaluator

    labels = ["PERS", "ORG", "GPE"]
    rng = random.Random(f"nervaluate-{mode}")
    cases = [random_case(rng, labels) for _ in range(300)]
    ents = lambda spans: [[{"label": lab, "start": s, "end": e - 1} for s, e, lab, *_ in doc] for doc in spans]
    want = Evaluator(ents([g for g, _ in cases]), ents([p for _, p in cases]), tags=labels,
                     loader="dict").evaluate()
    stats = sum(span_stats(g, p, mode, labels) for g, p in cases)
    got = prf(stats)
    overall = want["overall"][NERVALUATE_MODE[mode]]
    assert [round(float(got[k]), 9) for k in ("micro_precision", "micro_recall", "micro_f1")] == \
        [round(overall.precision, 9), round(overall.recall, 9), round(overall.f1, 9)]
    if mode == "strict":  # per type, both filter gold and predictions by the type
        for i, lab in enumerate(labels):
            theirs = want["entities"][lab]["strict"]
            assert [round(float(got[k][i]), 9) for k in ("precision", "recall", "f1")] == \
                [round(theirs.precision, 9), round(theirs.recall, 9), round(theirs.f1, 9)]


def random_tokens_case(rng: random.Random, labels: list[str]) -> tuple[str, list, list]:
    words = [rng.choice(["قال", "حلب", "المرصد", "الأسد", "في", "،", "."]) for _ in range(rng.randint(1, 14))]
    text = " ".join(words)
    toks = tokenize(text)

    def spans() -> list:
        out, i = [], 0
        while i < len(toks):
            if rng.random() < 0.3:
                n = rng.randint(1, 3)
                j = min(i + n, len(toks)) - 1
                out.append(Span(toks[i].start, toks[j].end, rng.choice(labels)))
                i = j + 1
            i += 1
        return out

    return text, spans(), spans()


def test_agrees_with_seqeval():
    from seqeval.metrics import classification_report, f1_score, precision_score, recall_score
    from seqeval.scheme import IOB2

    labels = ["PERS", "ORG", "GPE"]
    rng = random.Random("seqeval")
    cases = [random_tokens_case(rng, labels) for _ in range(400)]
    span = sum(span_stats(g, p, "strict", labels, t) for t, g, p in cases)
    tok, ytrue, ypred = np.zeros_like(span), [], []
    for t, g, p in cases:
        stats, gt, pt = token_stats(t, g, p, labels)
        tok += stats
        ytrue.append(gt)
        ypred.append(pt)
    kw = {"mode": "strict", "scheme": IOB2}
    want = [precision_score(ytrue, ypred, **kw), recall_score(ytrue, ypred, **kw), f1_score(ytrue, ypred, **kw)]
    report = classification_report(ytrue, ypred, output_dict=True, zero_division=0, **kw)
    for stats in (span, tok):  # token-aligned spans: span-level strict == token-level strict
        got = prf(stats)
        assert [round(float(got[k]), 9) for k in ("micro_precision", "micro_recall", "micro_f1")] == \
            [round(x, 9) for x in want]
        assert round(float(got["macro_f1"]), 9) == round(report["macro avg"]["f1-score"], 9)
        assert {lab: round(float(got["f1"][i]), 9) for i, lab in enumerate(labels) if lab in report} == \
            {lab: round(report[lab]["f1-score"], 9) for lab in labels if lab in report}


def test_token_projection_gives_whole_tokens_to_proclitic_entities():
    toks = tokenize(TEXT)
    _, gtags, ptags = token_stats(TEXT, [DAMASCUS], [sp("بدمشق", "GPE")], ["GPE"])
    assert gtags == ptags == encode_iob2(toks, [DAMASCUS])[0]


# ---------------------------------------------------------------- bootstrap

def test_resample_weights_are_seeded_and_complete():
    a, b = resample_weights(7, 50, seed=3), resample_weights(7, 50, seed=3)
    assert a.tolist() == b.tolist()
    assert a.sum(1).tolist() == [7.0] * 50
    assert resample_weights(7, 50, seed=4).tolist() != a.tolist()


def test_interval_brackets_the_value():
    rng = random.Random(1)
    labels = ["PERS", "ORG", "GPE"]
    cases = [random_case(rng, labels) for _ in range(60)]
    rows = np.stack([span_stats(g, p, "strict", labels) for g, p in cases])
    fig = figures(rows, labels, resample_weights(len(rows), 1000, 0))["micro"]["f1"]
    lo, hi = fig["ci95"]
    assert lo <= fig["value"] <= hi and lo < hi


def test_paired_bootstrap():
    rng = random.Random(2)
    labels = ["PERS", "ORG", "GPE"]
    cases = [random_case(rng, labels) for _ in range(80)]
    good = np.stack([span_stats(g, g, "strict", labels).sum(0) for g, _ in cases])
    bad = np.stack([span_stats(g, p, "strict", labels).sum(0) for g, p in cases])
    same = paired_bootstrap(bad, bad)
    assert (same["difference"], same["ci95"], same["p_value"]) == (0.0, [0.0, 0.0], 1.0)
    better = paired_bootstrap(good, bad)
    assert better["difference"] > 0 and better["p_value"] < 0.05 and better["ci95"][0] > 0


def test_seen_unseen_split():
    gold = [ASSAD, DAMASCUS]
    pred = [ASSAD, sp("بدمشق", "GPE"), sp("الوفد", "ORG")]
    s = seen_stats(TEXT, gold, pred, "clitic", seen={"بشار الأسد", "الوفد"})
    # seen: gold ASSAD (hit), predictions ASSAD and الوفد (spurious, seen surface);
    # unseen: gold دمشق hit by بدمشق.
    assert s.tolist() == [[1, 1, 2, 1], [1, 1, 1, 1]]


# ---------------------------------------------------------------- cluster bootstrap

# Micro statistics [TP_P, TP_G, N_P, N_G] of one row, one label.
HIT, MISS = [1, 1, 1, 1], [0, 0, 1, 1]


def one_label(rows: list[list[int]]) -> np.ndarray:
    return np.array(rows, dtype=float).reshape(len(rows), 1, 4)


@pytest.mark.parametrize("n,groups", [
    (7, list("abcdefg")),                  # every row its own group
    (5, ["d1", "d2", "d3", "d4", "d5"]),
    (1, ["only"]),
    (0, []),
])
def test_rows_as_their_own_groups_are_the_sentence_bootstrap(n, groups):
    assert resample_weights(n, 200, 5, groups).tolist() == resample_weights(n, 200, 5).tolist()


def test_paired_bootstrap_with_rows_as_groups_is_the_sentence_bootstrap():
    rng = random.Random(3)
    labels = ["PERS", "ORG", "GPE"]
    cases = [random_case(rng, labels) for _ in range(40)]
    a = np.stack([span_stats(g, g, "strict", labels).sum(0) for g, _ in cases])
    b = np.stack([span_stats(g, p, "strict", labels).sum(0) for g, p in cases])
    assert paired_bootstrap(a, b, 300, 9, [f"r{i}" for i in range(40)]) == paired_bootstrap(a, b, 300, 9)


@pytest.mark.parametrize("groups", [
    ["a", "b", "a", "c", "b", "a"],
    ["x", "x", "y", "y", "y", "z"],
    ["d1", "d2", "d3", "d4", "d5", "d6"],
])
def test_a_group_is_drawn_whole(groups):
    w = resample_weights(len(groups), 300, 1, groups)
    first = {g: groups.index(g) for g in groups}
    # Constant within a group, and each resample draws as many groups as there are.
    assert all(w[:, i].tolist() == w[:, first[g]].tolist() for i, g in enumerate(groups))
    assert w[:, sorted(first.values())].sum(1).tolist() == [float(len(first))] * 300


def test_one_group_gives_a_point_interval():
    rows = one_label([HIT, MISS, HIT, HIT])
    fig = figures(rows, ["GPE"], resample_weights(4, 500, 0, ["doc"] * 4))["micro"]["f1"]
    assert fig == {"value": 0.75, "ci95": [0.75, 0.75]}
    d = paired_bootstrap(one_label([HIT] * 4)[:, 0], rows[:, 0], 500, 0, ["doc"] * 4)
    assert (d["difference"], d["ci95"], d["clusters"]) == (0.25, [0.25, 0.25], 1)


def test_two_documents_by_hand():
    """Document A: two hits; document B: one miss. A resample is AA (F1 1), AB or BA (P = R =
    2/3) or BB (0), with chances 1/4, 1/2, 1/4: the 95% interval is [0, 1]. Resampling the
    three sentences instead also gives 1/3 (one hit, two misses: the two hits split up)."""
    rows, groups = one_label([HIT, HIT, MISS]), ["A", "A", "B"]
    w = resample_weights(3, 1000, 0, groups)
    assert {tuple(x) for x in w.tolist()} == {(2, 2, 0), (1, 1, 1), (0, 0, 2)}
    boot = np.round(prf(np.einsum("bn,nlk->blk", w, rows))["micro_f1"], 6)
    assert set(boot.tolist()) == {0.0, 0.666667, 1.0}
    assert figures(rows, ["GPE"], w)["micro"]["f1"] == {"value": 0.666667, "ci95": [0.0, 1.0]}
    sentences = np.round(prf(np.einsum("bn,nlk->blk", resample_weights(3, 1000, 0), rows))["micro_f1"], 6)
    assert set(sentences.tolist()) == {0.0, 0.333333, 0.666667, 1.0}


def test_groups_must_match_the_rows():
    with pytest.raises(ValueError, match="2 groups for 3 rows"):
        resample_weights(3, 10, 0, ["a", "b"])
