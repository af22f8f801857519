"""`khabar benchmark`: score a model on a split of the built release, with bootstrap intervals.

`--data DIR` scores it instead on every document of a folder of Khabar records, such as the
output of `khabar import wojood` (one row per imported sentence). Seen/unseen is always relative
to the model's own training data: Khabar's train split for baseline:gazetteer and baseline:crf
(and for outside models, whose training data Khabar cannot know), the Wojood train file for
baseline:crf-wojood.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from khabar import __version__
from khabar.evaluate.data import EvalRow, content_hash, rows_from_folder, rows_from_release
from khabar.io import KhabarError, atomic_write_text, dumps_json, read_json
from khabar.evaluate.schemes import SCHEMES, Scheme, get_scheme, map_gold, map_pred, mapping_table
from khabar.evaluate.score import (
    MODES, TOKEN, figures, layer, match, paired_bootstrap, resample_weights, seen_stats,
    span_stats, token_stats,
)

from khabar.corpus.layout import DEFAULT_RELEASE  # noqa: E402
SEEN_MODES = ("strict", "clitic")


def in_scheme(rows: Sequence[EvalRow], scheme: Scheme) -> list[EvalRow]:
    """Rows with their gold mapped into the scheme (all nesting levels kept)."""
    return [EvalRow(r.id, r.text, map_gold(r.entities, scheme), r.document_id, r.offset,
                    r.paragraph_id, r.paragraph_offset) for r in rows]


def today() -> str:
    """The run's date; SOURCE_DATE_EPOCH pins it for reproducible files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return when.date().isoformat()


def evaluate(rows: Sequence[EvalRow], predicted: Sequence[Sequence[tuple[int, int, str]]],
             scheme: Scheme, *, seen: set[str] | None, nested: bool = False, resamples: int = 1000,
             seed: int = 0) -> dict[str, Any]:
    """Figures, per-row statistics and the scored predictions; `rows` are already in the scheme.

    `seen`: entity surfaces of the model's training data (None: unknown, no seen/unseen split).
    """
    labels = list(scheme.labels)
    dropped: dict[str, int] = {}
    golds, preds = [], []
    for r, p in zip(rows, predicted, strict=True):
        mapped, drop = map_pred(list(p), scheme)
        for k, v in drop.items():
            dropped[k] = dropped.get(k, 0) + v
        golds.append(layer(r.entities, nested))
        preds.append(layer(mapped, nested))
    w = resample_weights(len(rows), resamples, seed)
    stats = {m: np.stack([span_stats(g, p, m, labels, r.text) for r, g, p in zip(rows, golds, preds)])
             if rows else np.zeros((0, len(labels), 4)) for m in MODES}
    tok = [token_stats(r.text, layer(g, False), layer(p, False), labels)[0]
           for r, g, p in zip(rows, golds, preds)]
    stats[TOKEN] = np.stack(tok) if tok else np.zeros((0, len(labels), 4))
    out: dict[str, Any] = {"span": {}, "token_seqeval_strict": None, "seen_unseen": {}}
    for m in MODES:
        out["span"][m] = figures(stats[m], labels, w)
        counts: dict[str, int] = {}
        for r, g, p in zip(rows, golds, preds):
            for k, v in match(g, p, m, r.text).counts().items():
                counts[k] = counts.get(k, 0) + v
        out["span"][m]["counts"] = counts or {k: 0 for k in ("COR", "INC", "PAR", "MIS", "SPU")}
    out["token_seqeval_strict"] = figures(stats[TOKEN], labels, w)
    for m in SEEN_MODES if seen is not None else ():
        s = np.stack([seen_stats(r.text, g, p, m, seen) for r, g, p in zip(rows, golds, preds)]) \
            if rows else np.zeros((0, 2, 4))
        out["seen_unseen"][m] = figures(s, ["seen", "unseen"], w)["per_type"]
    if seen is None:
        out["seen_unseen"] = None
    per_row = {k: [[round(float(x), 6) for x in v.sum(0)] for v in stats[k]] for k in (*MODES, TOKEN)}
    predictions = [{"id": r.id, "spans": [[s, e, lab, r.text[s:e]] for s, e, lab in p]}
                   for r, p in zip(rows, preds)]
    return {"figures": out, "dropped_predictions": dict(sorted(dropped.items())),
            "per_row": {"ids": [r.id for r in rows], "stats": per_row}, "predictions": predictions}


SEEN_DEFINITION = ("a gold mention is seen when its exact surface is the surface of an entity (any "
                   "nesting level, after the scheme mapping) in the model's training data; an "
                   "unmatched prediction is seen when it or its form without proclitics is")


def _release_train(release: Path, scheme: Scheme) -> list[EvalRow]:
    return in_scheme(rows_from_release(release, "train"), scheme)


def run(spec: str, release: Path, split: str, scheme_name: str, *, nested: bool = False,
        resamples: int = 1000, seed: int = 0, data: Path | None = None, root: Path | None = None,
        wojood_train: Path | None = None, log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Score `spec` on a split of `release`, or on every document of the folder `data`.

    `log` hears where baseline:crf-wojood's model came from (cache or training).
    """
    import importlib.util

    from khabar.evaluate.adapters import load_adapter

    if importlib.util.find_spec("seqeval") is None:
        raise KhabarError("the token-level figures need seqeval; install the benchmark extra: "
                          "pip install 'khabar[bench]'")
    scheme = get_scheme(scheme_name)
    if data is not None:
        rows = in_scheme(rows_from_folder(data), scheme)
        if not rows:
            raise KhabarError(f"{data}: no rows to score")
    else:
        rows = in_scheme(rows_from_release(release, split), scheme)
        if not rows:
            raise KhabarError(f"{release}: split {split!r} has no rows")
    if spec == "baseline:crf-wojood":
        adapter = load_adapter(spec, scheme=scheme.name, root=root, train_file=wojood_train)
        train, trained_on = list(adapter.train_rows), adapter.training
        if log:
            ev = adapter.cache
            log(f"{spec}: model read from the cache {ev['path']}" if ev["cache"] == "hit" else
                f"{spec}: trained in {ev['seconds']} s, cached as {ev['path']}")
    else:
        try:
            train = _release_train(release, scheme)
        except KhabarError:
            if spec.startswith("baseline:") or data is None:
                raise
            train = []  # an outside model scored on outside data: no Khabar release needed
        trained_on = None if not train else (
            {"data": "khabar train split", "release": str(release)} if spec.startswith("baseline:")
            else {"data": "unknown (an outside model)", "seen_relative_to": "khabar train split",
                  "release": str(release)})
        adapter = load_adapter(spec, train if spec.startswith("baseline:") else ())
    seen = {r.text[s:e] for r in train for s, e, _ in r.entities} if train else None
    predicted = adapter.predict(rows)
    result = evaluate(rows, predicted, scheme, seen=seen, nested=nested, resamples=resamples, seed=seed)
    gold_total = sum(len(layer(r.entities, nested)) for r in rows)
    if data is not None:
        dataset = {"data": str(data), "content_sha256": content_hash(Path(data)),
                   "split": _folder_split(Path(data)), **_folder_source(Path(data))}
    else:
        dataset = {"release": str(release), "content_sha256": content_hash(release), "split": split}
    return {
        "khabar_version": __version__,
        "model": spec,
        "dataset": {**dataset, "unit": "sentence", "rows": len(rows), "gold_mentions": gold_total},
        "scheme": scheme.name,
        "mapping": {lab: scheme.gold_label(lab) for lab in scheme.from_wojood},
        "layer": "all" if nested else "outermost",
        "bootstrap": {"resamples": resamples, "seed": seed, "level": 0.95, "over": "sentences",
                      "interval": "percentile"},
        "training": trained_on,
        "seen_definition": SEEN_DEFINITION if seen is not None else None,
        "date": today(),
        **result,
    }


def _folder_source(data: Path) -> dict[str, Any]:
    """What an imported folder was imported from (its manifest), if it is one."""
    from khabar.formats.wojood import MANIFEST, is_import

    if not is_import(data):
        return {}
    src = read_json(data / MANIFEST).get("source") or {}
    return {"source_file": src.get("file"), "source_sha256": src.get("sha256")}


def _folder_split(data: Path) -> str:
    from khabar.formats.wojood import MANIFEST, is_import

    if is_import(data):
        split = read_json(data / MANIFEST).get("split")
        if isinstance(split, str) and split:
            return split
    return "all"


# ---------------------------------------------------------------- Markdown

def _cell(fig: dict[str, Any]) -> str:
    lo, hi = fig["ci95"]
    return f"{100 * fig['value']:.1f} [{100 * lo:.1f}, {100 * hi:.1f}]"


def markdown(res: dict[str, Any]) -> str:
    f = res["figures"]
    ds = res["dataset"]
    where = f"`{ds['split']}`" + (f" of `{ds['data']}`" if "data" in ds else "")
    lines = [f"**{res['model']}** on {where} ({ds['rows']} sentences, {ds['gold_mentions']} "
             f"gold mentions, {res['layer']} layer), scheme `{res['scheme']}`; "
             f"P/R/F1 in % with 95% bootstrap intervals ({res['bootstrap']['resamples']} resamples)",
             "", "| metric | P | R | F1 |", "|---|---:|---:|---:|"]
    for m in MODES:
        mic = f["span"][m]["micro"]
        lines.append(f"| span {m} (micro) | {_cell(mic['precision'])} | {_cell(mic['recall'])} | "
                     f"{_cell(mic['f1'])} |")
    mac = f["span"]["strict"]["macro"]
    lines.append(f"| span strict (macro) | {_cell(mac['precision'])} | {_cell(mac['recall'])} | "
                 f"{_cell(mac['f1'])} |")
    tok = f["token_seqeval_strict"]["micro"]
    lines.append(f"| token IOB2, seqeval strict | {_cell(tok['precision'])} | {_cell(tok['recall'])} | "
                 f"{_cell(tok['f1'])} |")
    if f["seen_unseen"] and res.get("training"):
        t = res["training"]
        what = (f"{t['train_file']} (SHA-256 {t['train_sha256'][:12]}…), the model's training data"
                if "train_file" in t else t.get("seen_relative_to") or t["data"])
        lines.insert(1, f"\nSeen/unseen: relative to {what}.")
    for m in SEEN_MODES if f["seen_unseen"] else ():
        for part, fig in f["seen_unseen"][m].items():
            lines.append(f"| span {m}, {part} in train ({fig['gold']} gold) | {_cell(fig['precision'])} | "
                         f"{_cell(fig['recall'])} | {_cell(fig['f1'])} |")
    lines += ["", "| type (span strict) | gold | predicted | P | R | F1 |", "|---|---:|---:|---:|---:|---:|"]
    for lab, fig in f["span"]["strict"]["per_type"].items():
        lines.append(f"| {lab} | {fig['gold']} | {fig['predicted']} | {_cell(fig['precision'])} | "
                     f"{_cell(fig['recall'])} | {_cell(fig['f1'])} |")
    if res["dropped_predictions"]:
        lines += ["", "Predictions dropped (label not in the scheme): " +
                  ", ".join(f"{k} {v}" for k, v in res["dropped_predictions"].items())]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- compare

def _load_result(path: Path) -> dict[str, Any]:
    res = read_json(path)
    if not isinstance(res, dict) or "per_row" not in res or "dataset" not in res:
        raise KhabarError(f"{path}: not a `khabar benchmark --out` results file")
    return res


def compare(a_path: Path, b_path: Path, metric: str = "strict", *, resamples: int | None = None,
            seed: int | None = None) -> dict[str, Any]:
    """Paired bootstrap of micro F1, A - B, over the sentences both results scored."""
    a, b = _load_result(a_path), _load_result(b_path)
    for key, get in (("dataset build", lambda r: r["dataset"]["content_sha256"]),
                     ("split", lambda r: r["dataset"]["split"]), ("scheme", lambda r: r["scheme"]),
                     ("layer", lambda r: r["layer"]), ("rows", lambda r: r["per_row"]["ids"])):
        if get(a) != get(b):
            raise KhabarError(f"{a_path} and {b_path}: different {key}; a paired comparison needs "
                              "the same rows scored the same way")
    if metric not in a["per_row"]["stats"]:
        raise KhabarError(f"unknown metric {metric!r} (expected one of {', '.join(a['per_row']['stats'])})")
    boot = a["bootstrap"]
    out = paired_bootstrap(np.array(a["per_row"]["stats"][metric]).reshape(-1, 4),
                           np.array(b["per_row"]["stats"][metric]).reshape(-1, 4),
                           resamples if resamples is not None else boot["resamples"],
                           seed if seed is not None else boot["seed"])
    return {"a": a["model"], "b": b["model"], "metric": metric, "split": a["dataset"]["split"],
            "scheme": a["scheme"], **out}


def compare_markdown(c: dict[str, Any]) -> str:
    lo, hi = c["ci95"]
    return ("| A | B | metric | F1 A | F1 B | A - B [95% CI] | p (paired bootstrap) |\n"
            "|---|---|---|---:|---:|---:|---:|\n"
            f"| {c['a']} | {c['b']} | {c['metric']} micro F1 | {100 * c['f1_a']:.1f} | "
            f"{100 * c['f1_b']:.1f} | {100 * c['difference']:+.1f} [{100 * lo:+.1f}, {100 * hi:+.1f}] | "
            f"{c['p_value']:.3f} |\n")
