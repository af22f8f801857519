"""`khabar benchmark`: score a model on splits of the built release, with bootstrap intervals.

`--data DIR` scores it instead on every document of a folder of Khabar records, such as the
output of `khabar import wojood` (one row per imported sentence). Seen/unseen is always relative
to the model's own training data, as its adapter declares it (Khabar's train split for
baseline:gazetteer and baseline:crf, the Wojood train file for baseline:crf-wojood); for outside
models, whose training data Khabar cannot know, relative to Khabar's train split. A results file
carries what is needed to reproduce it (`provenance`). Intervals resample whole documents (a
cluster bootstrap) unless told to resample sentences, or unless the data's documents are not
articles (an imported Wojood file: `bootstrap_groups`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
import os
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from khabar import __version__
from khabar.evaluate.data import (
    ALL_SPLITS,
    EvalRow,
    content_hash,
    resolve_splits,
    rows_from_folder,
    rows_from_release,
)
from khabar.evaluate.schemes import Scheme, get_scheme, map_gold, map_pred
from khabar.evaluate.score import (
    MODES,
    TOKEN,
    figures,
    layer,
    match,
    paired_bootstrap,
    resample_weights,
    seen_stats,
    span_stats,
    token_stats,
)
from khabar.io import KhabarError, read_json
from khabar.model.errors import install_hint
from khabar.model.spans import Span
from khabar.progress import SILENT, Progress

SEEN_MODES = ("strict", "clitic")
RESULTS_FORMAT = "khabar-benchmark-results/3"
# /2 files (no per_row.groups) are still read; they are compared by sentences.
READ_FORMATS = ("khabar-benchmark-results/2", RESULTS_FORMAT)
BOOTSTRAP_UNITS = ("documents", "sentences")
WOJOOD_SEGMENTS = ("a Wojood import: its `$#$` segments are not articles (in the public sample, "
                   "one segment joins sentences of unrelated texts), so each sentence is its own unit")


def in_scheme(rows: Sequence[EvalRow], scheme: Scheme) -> list[EvalRow]:
    """Rows with their gold mapped into the scheme (all nesting levels kept)."""
    return [EvalRow(r.id, r.text, map_gold(r.entities, scheme), r.document_id, r.offset,
                    r.paragraph_id, r.paragraph_offset) for r in rows]


def bootstrap_groups(rows: Sequence[EvalRow], over: str = "documents", *,
                     no_documents: str | None = None) -> tuple[list[str], dict[str, Any]]:
    """The resampling unit of each row (its document id, or its own id) and a record of it.

    `over="documents"` falls back to one unit per row, and says why, when `no_documents` gives a
    reason the data's documents are not independent units, when a row has no document, or when
    there is a single document (its interval would be a point).
    """
    if over not in BOOTSTRAP_UNITS:
        raise KhabarError(f"bootstrap over {over!r}: expected one of {', '.join(BOOTSTRAP_UNITS)}", "usage")
    reason = None
    if over == "documents":
        docs = {r.document_id for r in rows}
        reason = (no_documents or ("a row has no document id" if "" in docs else None)
                  or ("a single document" if len(docs) == 1 else None))
    groups = [r.document_id for r in rows] if over == "documents" and not reason else [r.id for r in rows]
    record: dict[str, Any] = {"over": "sentences" if reason else over, "clusters": len(set(groups))}
    if reason:
        record["fallback"] = f"documents asked for, sentences resampled: {reason}"
    return groups, record


def today() -> str:
    """The run's date; SOURCE_DATE_EPOCH pins it for reproducible files."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return when.date().isoformat()


def evaluate(rows: Sequence[EvalRow], predicted: Sequence[Sequence[Span]],
             scheme: Scheme, *, seen: set[str] | None, nested: bool = False, resamples: int = 1000,
             seed: int = 0, bootstrap: str = "documents", no_documents: str | None = None) -> dict[str, Any]:
    """Figures, per-row statistics and the scored predictions; `rows` are already in the scheme.

    `seen`: entity surfaces of the model's training data (None: unknown, no seen/unseen split).
    `bootstrap`: resample whole documents (a cluster bootstrap) or sentences; `no_documents`, a
    reason the data's documents are not resampling units (`bootstrap_groups`).
    """
    if resamples < 1:
        raise KhabarError(f"resamples must be at least 1, found {resamples}", "usage")
    labels = list(scheme.labels)
    dropped: dict[str, int] = {}
    relabelled: dict[str, int] = {}
    golds, preds = [], []
    for r, p in zip(rows, predicted, strict=True):
        mapped, drop, renamed = map_pred(list(p), scheme)
        for k, v in drop.items():
            dropped[k] = dropped.get(k, 0) + v
        for k, v in renamed.items():
            relabelled[k] = relabelled.get(k, 0) + v
        golds.append(layer(r.entities, nested))
        preds.append(layer(mapped, nested))
    groups, over = bootstrap_groups(rows, bootstrap, no_documents=no_documents)
    w = resample_weights(len(rows), resamples, seed, groups)
    stats = {m: np.stack([span_stats(g, p, m, labels, r.text) for r, g, p in zip(rows, golds, preds, strict=True)])
             if rows else np.zeros((0, len(labels), 4)) for m in MODES}
    tok = [token_stats(r.text, layer(g, False), layer(p, False), labels)[0]
           for r, g, p in zip(rows, golds, preds, strict=True)]
    stats[TOKEN] = np.stack(tok) if tok else np.zeros((0, len(labels), 4))
    out: dict[str, Any] = {"span": {}, "token_seqeval_strict": None, "seen_unseen": {}}
    for m in MODES:
        out["span"][m] = figures(stats[m], labels, w)
        counts: dict[str, int] = {}
        for r, g, p in zip(rows, golds, preds, strict=True):
            for k, v in match(g, p, m, r.text).counts().items():
                counts[k] = counts.get(k, 0) + v
        out["span"][m]["counts"] = counts or {k: 0 for k in ("COR", "INC", "PAR", "MIS", "SPU")}
    out["token_seqeval_strict"] = figures(stats[TOKEN], labels, w)
    if seen is not None:
        for m in SEEN_MODES:
            s = np.stack([seen_stats(r.text, g, p, m, seen) for r, g, p in zip(rows, golds, preds, strict=True)]) \
                if rows else np.zeros((0, 2, 4))
            out["seen_unseen"][m] = figures(s, ["seen", "unseen"], w)["per_type"]
    if seen is None:
        out["seen_unseen"] = None
    per_row = {k: [[round(float(x), 6) for x in v.sum(0)] for v in stats[k]] for k in (*MODES, TOKEN)}
    predictions = [{"id": r.id, "spans": [[sp.start, sp.end, sp.label, sp.covered(r.text)] for sp in p]}
                   for r, p in zip(rows, preds, strict=True)]
    return {"figures": out, "dropped_predictions": dict(sorted(dropped.items())),
            "relabelled_predictions": dict(sorted(relabelled.items())),
            "per_row": {"ids": [r.id for r in rows], "groups": groups, "stats": per_row},
            "predictions": predictions, "bootstrap": over}


SEEN_DEFINITION = ("a gold mention is seen when its exact surface is the surface of an entity (any "
                   "nesting level, after the scheme mapping) in the model's training data; an "
                   "unmatched prediction is seen when it or its form without proclitics is")


def path_sha256(path: Path) -> str | None:
    """SHA-256 of a local model: a file's bytes, or every file of a folder (`content_hash`)."""
    path = Path(path)
    if path.is_file():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    if path.is_dir():
        return content_hash(path)
    return None


def model_provenance(spec: str) -> dict[str, Any]:
    """The spec, and for a local path its SHA-256 (a Hub id or a spaCy package name has none)."""
    from khabar.evaluate.adapters.base import KHABAR_TRAIN, PROJECT, needs, parse_spec

    kind, arg = parse_spec(spec)
    if needs(spec) & {KHABAR_TRAIN, PROJECT}:  # an adapter that trains (or reads its own cache)
        return {"spec": spec, "kind": kind, "sha256": None, "note": "trained for this run (see `training`)"}
    digest = path_sha256(Path(arg))
    return {"spec": spec, "kind": kind, "path": str(Path(arg)) if digest else None, "sha256": digest,
            **({} if digest else {"note": "not a local path (a Hub id or an installed package): "
                                          "no hash; pin its revision yourself"})}


def code_version(root: Path | None) -> dict[str, Any]:
    """Khabar's version and, in a git checkout, the commit (and whether files were modified)."""
    out: dict[str, Any] = {"khabar": __version__, "git_commit": None, "git_dirty": None}
    here = Path(__file__).resolve().parent
    try:
        commit = subprocess.run(["git", "-C", str(here), "rev-parse", "HEAD"], capture_output=True,
                                text=True, timeout=10)
        if commit.returncode == 0:
            out["git_commit"] = commit.stdout.strip()
            status = subprocess.run(["git", "-C", str(here), "status", "--porcelain", "--", str(here.parent)],
                                    capture_output=True, text=True, timeout=10)
            out["git_dirty"] = bool(status.stdout.strip()) if status.returncode == 0 else None
    except (OSError, subprocess.SubprocessError):
        pass
    return out


def _release_ids(release: Path) -> set[str]:
    """Every sentence row, paragraph row and document id of every split of a release."""
    from khabar.evaluate.data import rows_of_every_split

    ids: set[str] = set()
    for r in rows_of_every_split(release, rows_from_release):
        ids |= {r.id, r.paragraph_id, r.document_id}
    return ids - {""}


def run(spec: str, release: Path, split: str, scheme_name: str, *, nested: bool = False,
        resamples: int = 1000, seed: int = 0, bootstrap: str = "documents", data: Path | None = None, root: Path | None = None,
        wojood_train: Path | None = None, log: Callable[[str], None] | None = None,
        options: dict[str, Any] | None = None, progress: Progress = SILENT) -> dict[str, Any]:
    """Score `spec` on splits of `release` (`split`: a name, "a,b" or "all"), or on every
    document of the folder `data`.

    `log` hears the adapter's notes (where baseline:crf-wojood's model came from, skipped records).
    `bootstrap`: the intervals resample whole documents (default) or sentences.
    """
    import importlib.util

    from khabar.evaluate.adapters.base import KHABAR_TRAIN, Context, load_adapter, needs

    if importlib.util.find_spec("seqeval") is None:
        raise KhabarError(f"the token-level figures need seqeval; {install_hint('bench')}", "dependency-missing")
    if resamples < 1:
        raise KhabarError(f"--resamples must be at least 1, found {resamples}", "usage")
    if bootstrap not in BOOTSTRAP_UNITS:
        raise KhabarError(f"--bootstrap {bootstrap!r}: expected one of {', '.join(BOOTSTRAP_UNITS)}", "usage")
    scheme = get_scheme(scheme_name)
    wants = needs(spec)
    if data is not None:
        rows = in_scheme(rows_from_folder(data, progress), scheme)
        if not rows:
            raise KhabarError(f"{data}: no rows to score")
        splits = [_folder_split(Path(data))]
        per_split = {splits[0]: len(rows)}
    else:
        splits = resolve_splits(release, split)
        if KHABAR_TRAIN in wants and "train" in splits:
            raise KhabarError(f"{spec} trains on Khabar's train split: scoring it on {split!r} would "
                              "score it on its own training data; choose validation and/or test",
                              "usage")
        rows, per_split = [], {}
        for name in splits:
            part = in_scheme(rows_from_release(release, name), scheme)
            rows += part
            per_split[name] = len(part)
        if not rows:
            raise KhabarError(f"{release}: split {split!r} has no rows")
    cached: dict[str, list[EvalRow]] = {}

    def khabar_train() -> list[EvalRow]:
        if "rows" not in cached:
            cached["rows"] = in_scheme(rows_from_release(release, "train"), scheme)
        return cached["rows"]

    def known_ids() -> set[str]:
        ids = {x for r in rows for x in (r.id, r.paragraph_id, r.document_id) if x}
        return ids if data is not None else ids | _release_ids(release)

    context = Context(scheme=scheme.name, khabar_train=khabar_train, root=root, train_file=wojood_train,
                      known_ids=known_ids, splits=tuple(splits) if data is None else (),
                      options=dict(options or {}))
    adapter = load_adapter(spec, context)
    predicted = adapter.predict(rows)
    for note in adapter.notes:
        if log:
            log(note)
    train, trained_on = adapter.train_rows, adapter.training
    if trained_on is not None and KHABAR_TRAIN in wants:
        trained_on = {**trained_on, "release": str(release)}
    # A model folder that keeps only its training data's entity surfaces (trained:DIR's seen.json).
    own_seen = getattr(adapter, "seen", None)
    if train is None and own_seen is None:
        try:
            train = khabar_train()
        except KhabarError:
            train = []  # an outside model scored on outside data: no Khabar release needed
        trained_on = None if not train else {
            "data": "unknown (an outside model)", "seen_relative_to": "khabar train split",
            "release": str(release)}
    seen = set(own_seen) if own_seen is not None else \
        {sp.covered(r.text) for r in train for sp in r.entities} if train else None
    from khabar.formats.wojood import FORMAT as WOJOOD_FORMAT

    wojood = data is not None and _import_manifest(Path(data)).get("format") == WOJOOD_FORMAT
    no_documents = WOJOOD_SEGMENTS if wojood else None
    result = evaluate(rows, predicted, scheme, seen=seen, nested=nested, resamples=resamples, seed=seed,
                      bootstrap=bootstrap, no_documents=no_documents)
    over = result.pop("bootstrap")
    gold_total = sum(len(layer(r.entities, nested)) for r in rows)
    if data is not None:
        dataset = {"data": str(data), "content_sha256": content_hash(Path(data)),
                   "split": splits[0], **_folder_source(Path(data))}
    else:
        dataset = {"release": str(release), "content_sha256": content_hash(release),
                   "split": ALL_SPLITS if split.strip() == ALL_SPLITS else ",".join(splits)}
    return {
        "format": RESULTS_FORMAT,
        "khabar_version": __version__,
        "model": spec,
        "dataset": {**dataset, "splits": splits, "rows_per_split": per_split, "unit": "sentence",
                    "rows": len(rows), "gold_mentions": gold_total},
        "scheme": scheme.name,
        "mapping": {lab: scheme.gold_label(lab) for lab in scheme.from_wojood},
        "layer": "all" if nested else "outermost",
        "bootstrap": {"resamples": resamples, "seed": seed, "level": 0.95, **over,
                      "interval": "percentile"},
        "training": trained_on,
        "seen_definition": SEEN_DEFINITION if seen is not None else None,
        "provenance": {"model": model_provenance(spec), "code": code_version(root),
                       "data_sha256": dataset["content_sha256"], "scheme": scheme.name,
                       "split": dataset["split"], "seed": seed, "resamples": resamples,
                       "bootstrap": over["over"],
                       "date": today()},
        "date": today(),
        **result,
    }



def _import_manifest(data: Path) -> dict[str, Any]:
    """The manifest of a folder written by `khabar import wojood|conll`, {} for a project."""
    from khabar.formats.wojood import import_manifest

    path = import_manifest(data)
    manifest = read_json(path) if path else {}
    return manifest if isinstance(manifest, dict) else {}


def _folder_source(data: Path) -> dict[str, Any]:
    """What an imported folder was imported from (its manifest), if it is one."""
    manifest = _import_manifest(data)
    if not manifest:
        return {}
    src = manifest.get("source") or {}
    return {"source_file": src.get("file"), "source_sha256": src.get("sha256"),
            **({"source_format": manifest["format"]} if isinstance(manifest.get("format"), str) else {})}


def _folder_split(data: Path) -> str:
    split = _import_manifest(data).get("split")
    return split if isinstance(split, str) and split else "all"


# ---------------------------------------------------------------- Markdown

def cell(fig: dict[str, Any]) -> str:
    """A figure with its interval, in %: "69.0 [64.9, 73.1]" (the README's tables use it too)."""
    lo, hi = fig["ci95"]
    return f"{100 * fig['value']:.1f} [{100 * lo:.1f}, {100 * hi:.1f}]"


def over_what(boot: dict[str, Any], rows: int | None = None) -> str:
    """What the bootstrap resampled: "15 documents", "357 sentences" (a /2 file: "sentences")."""
    unit = boot.get("over", "sentences")
    count = boot.get("clusters", rows if unit == "sentences" else None)
    return f"{count} {unit}" if isinstance(count, int) else unit


def markdown(res: dict[str, Any]) -> str:
    f = res["figures"]
    ds = res["dataset"]
    where = f"`{ds['split']}`" + (f" of `{ds['data']}`" if "data" in ds else "")
    if len(ds.get("rows_per_split", {})) > 1:
        where += " (" + ", ".join(f"{k}: {v}" for k, v in ds["rows_per_split"].items()) + ")"
    lines = [f"**{res['model']}** on {where} ({ds['rows']} sentences, {ds['gold_mentions']} "
             f"gold mentions, {res['layer']} layer), scheme `{res['scheme']}`; "
             f"P/R/F1 in % with 95% bootstrap intervals over {over_what(res['bootstrap'], ds['rows'])} "
             f"({res['bootstrap']['resamples']} resamples)",
             "", "| metric | P | R | F1 |", "|---|---:|---:|---:|"]
    for m in MODES:
        mic = f["span"][m]["micro"]
        lines.append(f"| span {m} (micro) | {cell(mic['precision'])} | {cell(mic['recall'])} | "
                     f"{cell(mic['f1'])} |")
    mac = f["span"]["strict"]["macro"]
    lines.append(f"| span strict (macro) | {cell(mac['precision'])} | {cell(mac['recall'])} | "
                 f"{cell(mac['f1'])} |")
    tok = f["token_seqeval_strict"]["micro"]
    lines.append(f"| token IOB2, seqeval strict | {cell(tok['precision'])} | {cell(tok['recall'])} | "
                 f"{cell(tok['f1'])} |")
    if f["seen_unseen"] and res.get("training"):
        t = res["training"]
        what = (f"{t['train_file']} (SHA-256 {t['train_sha256'][:12]}…), the model's training data"
                if "train_file" in t else t.get("seen_relative_to") or t["data"])
        lines.insert(1, f"\nSeen/unseen: relative to {what}.")
    for m in SEEN_MODES if f["seen_unseen"] else ():
        for part, fig in f["seen_unseen"][m].items():
            lines.append(f"| span {m}, {part} in train ({fig['gold']} gold) | {cell(fig['precision'])} | "
                         f"{cell(fig['recall'])} | {cell(fig['f1'])} |")
    lines += ["", "| type (span strict) | gold | predicted | P | R | F1 |", "|---|---:|---:|---:|---:|---:|"]
    for lab, fig in f["span"]["strict"]["per_type"].items():
        lines.append(f"| {lab} | {fig['gold']} | {fig['predicted']} | {cell(fig['precision'])} | "
                     f"{cell(fig['recall'])} | {cell(fig['f1'])} |")
    if res["bootstrap"].get("fallback"):
        lines += ["", f"Bootstrap: {res['bootstrap']['fallback']}."]
    if res["dropped_predictions"]:
        lines += ["", "Predictions dropped (label not in the scheme): " +
                  ", ".join(f"{k} {v}" for k, v in res["dropped_predictions"].items())]
    if res.get("relabelled_predictions"):
        lines += ["", "Prediction labels renamed into the scheme: " +
                  ", ".join(f"{k} ({v})" for k, v in res["relabelled_predictions"].items())]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- compare

def _fail(path: Path, where: str, expected: str, found: Any) -> KhabarError:
    shown = type(found).__name__ if not isinstance(found, (int, float, str)) or isinstance(found, bool) \
        else repr(found)[:40]
    return KhabarError(f"{path}: {where}: expected {expected}, found {shown}; is it a "
                       "`khabar benchmark --out` results file?", "results-invalid", str(path), where)


def _need(path: Path, obj: Any, where: str, kind: type | tuple, what: str) -> Any:
    if not isinstance(obj, kind) or (kind is int and isinstance(obj, bool)):
        raise _fail(path, where, what, obj)
    return obj


def load_result(path: Path) -> dict[str, Any]:
    """A results file, checked field by field for what `compare` and `plot` read."""
    path = Path(path)
    res = _need(path, read_json(path), "$", dict, "an object")
    for key in ("model", "scheme", "layer"):
        _need(path, res.get(key), f"$.{key}", str, "a string")
    if res.get("format") not in READ_FORMATS:
        raise _fail(path, "$.format", " or ".join(READ_FORMATS), res.get("format"))
    ds = _need(path, res.get("dataset"), "$.dataset", dict, "an object")
    for key in ("content_sha256", "split"):
        _need(path, ds.get(key), f"$.dataset.{key}", str, "a string")
    boot = _need(path, res.get("bootstrap"), "$.bootstrap", dict, "an object")
    for key in ("resamples", "seed"):
        _need(path, boot.get(key), f"$.bootstrap.{key}", int, "an integer")
    if boot["resamples"] < 1:
        raise _fail(path, "$.bootstrap.resamples", "at least 1", boot["resamples"])
    per_row = _need(path, res.get("per_row"), "$.per_row", dict, "an object")
    ids = _need(path, per_row.get("ids"), "$.per_row.ids", list, "a list of row ids")
    for i, x in enumerate(ids):
        _need(path, x, f"$.per_row.ids[{i}]", str, "a row id (string)")
    if "groups" in per_row or res["format"] == RESULTS_FORMAT:
        groups = _need(path, per_row.get("groups"), "$.per_row.groups", list, "a list (one group per row)")
        if len(groups) != len(ids):
            raise _fail(path, "$.per_row.groups", f"{len(ids)} rows (as $.per_row.ids)", f"{len(groups)} rows")
        for i, x in enumerate(groups):
            _need(path, x, f"$.per_row.groups[{i}]", str, "a group id (string)")
    stats = _need(path, per_row.get("stats"), "$.per_row.stats", dict, "an object")
    for metric, table in stats.items():
        where = f"$.per_row.stats.{metric}"
        _need(path, table, where, list, "a list (one entry per row)")
        if len(table) != len(ids):
            raise _fail(path, where, f"{len(ids)} rows (as $.per_row.ids)", f"{len(table)} rows")
        for i, row in enumerate(table):
            _need(path, row, f"{where}[{i}]", list, "[credit P, credit R, predicted, gold]")
            if len(row) != 4:
                raise _fail(path, f"{where}[{i}]", "4 numbers", f"{len(row)} items")
            for k, x in enumerate(row):
                if not isinstance(x, (int, float)) or isinstance(x, bool) or not math.isfinite(x) or x < 0:
                    raise _fail(path, f"{where}[{i}][{k}]", "a finite number >= 0", x)
    figs = _need(path, res.get("figures"), "$.figures", dict, "an object")
    _need(path, figs.get("span"), "$.figures.span", dict, "an object")
    return res


def _stored_predictions(path: Path, res: dict[str, Any], ids: list[str]) -> list[list[Span]]:
    """The scored predictions a results file stores, one list per row of `ids`, checked."""
    preds = _need(path, res.get("predictions"), "$.predictions", list, "a list (one entry per row)")
    if len(preds) != len(ids):
        raise _fail(path, "$.predictions", f"{len(ids)} rows (as $.per_row.ids)", f"{len(preds)} rows")
    out = []
    for i, (rec, rid) in enumerate(zip(preds, ids, strict=True)):
        where = f"$.predictions[{i}]"
        _need(path, rec, where, dict, "an object {id, spans}")
        if rec.get("id") != rid:
            raise _fail(path, f"{where}.id", f"{rid!r} (as $.per_row.ids[{i}])", rec.get("id"))
        spans = []
        for k, sp in enumerate(_need(path, rec.get("spans"), f"{where}.spans", list, "a list of spans")):
            ok = (isinstance(sp, list) and len(sp) == 4 and all(isinstance(x, int) and not isinstance(x, bool)
                                                                for x in sp[:2]) and isinstance(sp[2], str))
            if not ok:
                raise _fail(path, f"{where}.spans[{k}]", "[start, end, label, text]", sp)
            spans.append(Span(sp[0], sp[1], sp[2]))
        out.append(spans)
    return out


def recomputed_stats(path: Path, res: dict[str, Any], metric: str) -> np.ndarray:
    """The per-row statistics of `metric`, recomputed from the predictions the results file
    stores and the gold of the data it names (whose content hash must still be the stored
    one); a row whose stored statistics differ from the recomputed ones refuses the file."""
    ds, ids = res["dataset"], res["per_row"]["ids"]
    scheme = get_scheme(res["scheme"])
    source = Path(ds["data"] if isinstance(ds.get("data"), str) else _need(
        path, ds.get("release"), "$.dataset.release", str, "the release the results were computed on"))
    if not source.is_dir():
        raise KhabarError(f"{path}: its data {source} is not here; --compare recomputes every row's "
                          "statistics from the stored predictions and the gold, so it needs the data the "
                          "results were computed on", "file-missing", str(source))
    if content_hash(source) != ds["content_sha256"]:
        raise KhabarError(f"{path}: the data at {source} is not the data the results were computed on "
                          "(its content hash differs)", "results-mismatch", str(path))
    if isinstance(ds.get("data"), str):
        rows = in_scheme(rows_from_folder(source), scheme)
    else:
        splits = _need(path, ds.get("splits"), "$.dataset.splits", list, "a list of split names")
        rows = [r for name in splits for r in in_scheme(rows_from_release(source, str(name)), scheme)]
    if [r.id for r in rows] != ids:
        raise KhabarError(f"{path}: $.per_row.ids: not the rows of {source} (in order)", "results-mismatch",
                          str(path), "$.per_row.ids")
    preds = _stored_predictions(path, res, ids)
    nested, labels = res["layer"] == "all", list(scheme.labels)
    stored = res["per_row"]["stats"][metric]
    out = []
    for i, (r, p) in enumerate(zip(rows, preds, strict=True)):
        gold = layer(r.entities, nested)
        st = (token_stats(r.text, layer(gold, False), layer(p, False), labels)[0] if metric == TOKEN
              else span_stats(gold, p, metric, labels, r.text))
        row = [round(float(x), 6) for x in st.sum(0)]
        if row != [float(x) for x in stored[i]]:
            where = f"$.per_row.stats.{metric}[{i}]"
            raise KhabarError(f"{path}: {where}: stores {stored[i]} for row {r.id!r}, but its predictions "
                              f"score {row} against the gold; the file was changed after `khabar benchmark` "
                              "wrote it", "results-stats-mismatch", str(path), where)
        out.append(row)
    return np.array(out, dtype=float).reshape(-1, 4)


def paired_groups(a: dict[str, Any], b: dict[str, Any], bootstrap: str) -> tuple[list[str] | None, dict[str, Any]]:
    """The units a paired bootstrap of two results resamples: the documents both files record
    (`per_row.groups`), else sentences, saying why."""
    if bootstrap not in BOOTSTRAP_UNITS:
        raise KhabarError(f"bootstrap over {bootstrap!r}: expected one of {', '.join(BOOTSTRAP_UNITS)}", "usage")
    n = len(a["per_row"]["ids"])
    if bootstrap == "sentences":
        return None, {"over": "sentences", "clusters": n}
    ga, gb = a["per_row"].get("groups"), b["per_row"].get("groups")
    reason = ("a results file has no per-row groups (format /2)" if ga is None or gb is None
              else "the two files resampled different units" if ga != gb else None)
    if reason:
        return None, {"over": "sentences", "clusters": n,
                      "fallback": f"documents asked for, sentences resampled: {reason}"}
    return ga, {"over": a["bootstrap"].get("over", "documents"), "clusters": len(set(ga))}


def compare(a_path: Path, b_path: Path, metric: str = "strict", *, resamples: int | None = None,
            seed: int | None = None, bootstrap: str = "documents") -> dict[str, Any]:
    """Paired bootstrap of micro F1, A - B, over the rows both results scored, resampling the
    documents the files record (`paired_groups`) or sentences."""
    a, b = load_result(a_path), load_result(b_path)
    for key, get, what in (
            ("data", lambda r: r["dataset"]["content_sha256"], "were computed on different data"),
            ("split", lambda r: r["dataset"]["split"], "scored different splits"),
            ("scheme", lambda r: r["scheme"], "used a different scheme"),
            ("layer", lambda r: r["layer"], "scored a different layer"),
            ("rows", lambda r: r["per_row"]["ids"], "scored different rows")):
        if get(a) != get(b):
            shown = "" if key == "rows" else f" ({str(get(a))[:16]} vs {str(get(b))[:16]})"
            raise KhabarError(f"{a_path} and {b_path} {what}{shown} (different {key}); a paired "
                              "comparison needs the same rows scored the same way", "results-mismatch")
    missing = [p for p, r in ((a_path, a), (b_path, b)) if metric not in r["per_row"]["stats"]]
    if missing:
        raise KhabarError(f"{missing[0]}: no per-row statistics for metric {metric!r} (it has "
                          f"{', '.join(a['per_row']['stats'])})", "results-invalid", str(missing[0]))
    boot = a["bootstrap"]
    reps = resamples if resamples is not None else boot["resamples"]
    if reps < 1:
        raise KhabarError(f"resamples must be at least 1, found {reps}", "usage")
    groups, over = paired_groups(a, b, bootstrap)
    # The verdict rests on statistics recomputed here, never on the figures a file carries.
    out = paired_bootstrap(recomputed_stats(a_path, a, metric), recomputed_stats(b_path, b, metric),
                           reps, seed if seed is not None else boot["seed"], groups)
    return {"a": a["model"], "b": b["model"], "metric": metric, "split": a["dataset"]["split"],
            "scheme": a["scheme"], "data_sha256": a["dataset"]["content_sha256"], **out, **over}


def compare_markdown(c: dict[str, Any]) -> str:
    lo, hi = c["ci95"]
    return ("| A | B | metric | F1 A | F1 B | A - B [95% CI] | p (paired bootstrap) |\n"
            "|---|---|---|---:|---:|---:|---:|\n"
            f"| {c['a']} | {c['b']} | {c['metric']} micro F1 | {100 * c['f1_a']:.1f} | "
            f"{100 * c['f1_b']:.1f} | {100 * c['difference']:+.1f} [{100 * lo:+.1f}, {100 * hi:+.1f}] | "
            f"{c['p_value']:.3f} |\n\nPaired bootstrap over {over_what(c)} ({c['resamples']} resamples)"
            + (f"; {c['fallback']}" if c.get("fallback") else "") + ".\n")


# ---------------------------------------------------------------- tables and plots

def per_type_table(results: Sequence[dict[str, Any]], metric: str = "strict"):
    """Per-type F1 with its 95% interval and the gold count, one row per (model, type): a pandas
    DataFrame (the table the plot draws and `--plot` users may want to read)."""
    import pandas as pd

    rows = []
    for res in results:
        figs = res["figures"]["token_seqeval_strict"] if metric == TOKEN else res["figures"]["span"][metric]
        for lab, fig in figs["per_type"].items():
            rows.append({"model": res["model"], "type": lab, "gold": fig["gold"],
                         "predicted": fig["predicted"], "f1": fig["f1"]["value"],
                         "f1_low": fig["f1"]["ci95"][0], "f1_high": fig["f1"]["ci95"][1]})
    return pd.DataFrame(rows, columns=["model", "type", "gold", "predicted", "f1", "f1_low", "f1_high"])


def plot(results: Sequence[dict[str, Any]], out: Path, metric: str = "strict") -> Path:
    """Per-type F1 bars with 95% bootstrap intervals as error bars, one bar per model (side by
    side for two results), types ordered by gold count, each labelled with its gold count."""
    import matplotlib

    matplotlib.use("Agg")  # no display: files only
    import matplotlib.pyplot as plt

    table = per_type_table(results, metric)
    if table.empty:
        raise KhabarError("nothing to plot: no type has gold or predicted mentions", "usage")
    models = list(dict.fromkeys(r["model"] for r in results))
    gold = table.groupby("type")["gold"].max()
    types = sorted(gold.index, key=lambda t: (-gold[t], t))
    width = 0.8 / len(models)
    fig, ax = plt.subplots(figsize=(max(6.0, 0.9 * len(types) + 2), 4.2), dpi=120)
    for k, model in enumerate(models):
        sub = table[table["model"] == model].set_index("type").reindex(types)
        x = np.arange(len(types)) + (k - (len(models) - 1) / 2) * width
        f1 = sub["f1"].fillna(0).to_numpy() * 100
        err = np.vstack([f1 - sub["f1_low"].fillna(0).to_numpy() * 100,
                         sub["f1_high"].fillna(0).to_numpy() * 100 - f1]).clip(min=0)
        ax.bar(x, f1, width, yerr=err, capsize=3, label=model, color=f"C{k}", alpha=0.85,
               error_kw={"elinewidth": 1, "ecolor": "black"})
    ax.set_xticks(np.arange(len(types)))
    ax.set_xticklabels([f"{t}\n{int(gold[t])} gold" for t in types], fontsize=8)
    ax.set_ylim(0, 105)
    ax.set_ylabel(f"F1 (%), {'token' if metric == TOKEN else 'span ' + metric}")
    first, ds = results[0], results[0]["dataset"]
    where = f"{Path(ds['data']).name} ({ds['split']})" if "data" in ds else f"Khabar {ds['split']}"
    ax.set_title(f"Per-type F1 ({'token' if metric == TOKEN else metric}), 95% bootstrap intervals over "
                 f"{over_what(first['bootstrap'], ds['rows'])} ({first['bootstrap']['resamples']} resamples): "
                 f"{where}, {ds['rows']} sentences, "
                 f"scheme {first['scheme']}", fontsize=9)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8, loc="upper right")
    fig.tight_layout()
    import io

    from khabar.io import atomic_write_bytes

    buf = io.BytesIO()
    # No timestamp or library version in the file: the same results give the same bytes; the
    # software tag names Khabar, so that --force knows the file for its own (khabar.outputs).
    from khabar.outputs import PLOT_SOFTWARE

    fig.savefig(buf, format="png", metadata={"Software": PLOT_SOFTWARE})
    plt.close(fig)
    atomic_write_bytes(Path(out), buf.getvalue())
    return Path(out)
