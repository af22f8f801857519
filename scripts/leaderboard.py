#!/usr/bin/env python3
"""The leaderboard: every model trained by `khabar train`, scored on Khabar test and the Wojood sample test.

    .venv/bin/python scripts/leaderboard.py [--release DIR] [--check] [--extra RESULTS.json ...]

For each model of MODELS it trains the model once (`khabar.evaluate.train.train`, seed 0) into
.cache/khabar/leaderboard/models/, keyed by what it learned from (the training rows' SHA-256 and
the training code), then scores it with `khabar benchmark` on Khabar's test split and on every
sentence of the Wojood sample's test file, on the outermost layer and on every nesting level.
It writes docs/leaderboard.md, docs/leaderboard.png and one results JSON per (model, test set,
layer) under docs/leaderboard/ (the benchmark's results file with machine-specific paths and
dates removed and the predictions kept as offsets only: no text of a source is committed).
`--extra FILE` adds the row of a results file you scored yourself (`khabar benchmark --out`), on
the same data. `--check` changes nothing and exits 1 when a file would change.

The same corpus, models and seed give the same bytes. `python scripts/refresh.py` runs it.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# One BLAS thread: spaCy's training and prediction then sum in one order, so the same inputs
# give the same models and figures on any machine (set before numpy loads its BLAS).
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from khabar.corpus.layout import Layout  # noqa: E402
from khabar.evaluate.benchmark import SEEN_DEFINITION, cell, compare, run  # noqa: E402
from khabar.evaluate.score import micro_f1  # noqa: E402
from khabar.io import KhabarError, atomic_write_bytes, read_json  # noqa: E402

DOCS = REPO / "docs"
BOARD = DOCS / "leaderboard.md"
PLOT = DOCS / "leaderboard.png"
RESULTS = DOCS / "leaderboard"
SEED = 0
RESAMPLES = 1000


@dataclass(frozen=True)
class Model:
    """A leaderboard entry: a `khabar train` family and training set, or a built-in baseline."""

    name: str
    family: str | None = None  # crf, spacy-ner, spacy-spancat (khabar.evaluate.train.FAMILIES)
    train_set: str | None = None  # khabar, wojood, both
    spec: str | None = None  # a model spec scored as it is (baselines)

    @property
    def trained_on(self) -> str:
        return {"khabar": "Khabar train", "wojood": "Wojood sample train",
                "both": "Khabar + Wojood train", None: "unknown (an outside model)"}[self.train_set]


MODELS = (
    Model("gazetteer", train_set="khabar", spec="baseline:gazetteer"),
    *(Model(f"{fam}-{ts}", fam, ts) for fam in ("crf", "spacy-ner", "spacy-spancat")
      for ts in ("khabar", "wojood", "both")),
)
TEST_SETS = {"khabar-test": "Khabar test", "wojood-test": "Wojood sample test"}
LAYERS = {"outermost": "outermost layer", "nested": "every nesting level"}


# ---------------------------------------------------------------- training (cached)

def _sha(*parts: bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(hashlib.sha256(p).digest())
    return h.hexdigest()


def rows_sha256(rows) -> str:
    """SHA-256 of evaluation rows as scored (ids, texts, gold spans at every level): what a row of
    the leaderboard was scored on, whichever pyarrow wrote the release's bytes."""
    return hashlib.sha256(json.dumps([[r.id, r.text, [[s.start, s.end, s.label] for s in r.entities]]
                                      for r in rows], ensure_ascii=False).encode("utf-8")).hexdigest()


def scored_rows(release: Path, data: Path | None):
    """The rows a leaderboard test set scores: Khabar's test split, or every sentence of `data`."""
    from khabar.evaluate.data import rows_from_folder, rows_from_release

    return rows_from_folder(data) if data is not None else rows_from_release(release, "test")


def training_key(model: Model, release: Path, wojood_train: Path) -> str:
    """What a trained model depends on: its training rows, its data files, the training code's
    version (TRAINING_VERSION, the CRF's FEATURES_VERSION) and the libraries that train.

    The release's content hash would do, but it changes with every documentation edit; the train
    rows change only when the corpus does, so models are retrained only then.
    """
    from khabar.evaluate.data import rows_from_release

    parts = [f"{model.family}|{model.train_set}|seed={SEED}".encode()]
    if model.train_set in ("khabar", "both"):
        # The dev set the spaCy trainer watches is Khabar's validation split.
        parts += [rows_sha256(rows_from_release(release, split)).encode() for split in ("train", "validation")]
    if model.train_set in ("wojood", "both"):
        parts += [wojood_train.read_bytes(), (wojood_train.parent / "val.txt").read_bytes()]
    from importlib.metadata import version

    from khabar.evaluate.adapters.crf import FEATURES_VERSION
    from khabar.evaluate.train import DEFAULT_EPOCHS, TRAINING_VERSION

    parts.append(json.dumps({"training": TRAINING_VERSION, "crf_features": FEATURES_VERSION,
                             "epochs": DEFAULT_EPOCHS, "spacy": version("spacy"),
                             "crfsuite": version("python-crfsuite")}, sort_keys=True).encode())
    return _sha(*parts)


def trained_model(model: Model, release: Path, wojood_train: Path, cache: Path,
                  log: Callable[[str], None]) -> Path:
    """The model's folder, trained now unless the cache holds one made from the same inputs."""
    from khabar.evaluate.train import train

    key = training_key(model, release, wojood_train)
    folder = cache / "models" / f"{model.name}-{key[:16]}"
    if (folder / "khabar-model.json").is_file():
        return folder
    log(f"leaderboard: training {model.name} ...")
    assert model.family is not None and model.train_set is not None
    folder.parent.mkdir(parents=True, exist_ok=True)
    wojood = {"wojood_train": wojood_train} if model.train_set in ("wojood", "both") else {}
    train(model.family, model.train_set, folder, release=release, root=REPO, seed=SEED, **wojood)
    return folder


# ---------------------------------------------------------------- scoring

def committed_copy(res: dict[str, Any], model: Model, test_set: str, model_dir: Path | None) -> dict[str, Any]:
    """The results file as committed: no path of this machine, no date, no source text."""
    out = json.loads(json.dumps(res))
    out["leaderboard"] = {"model": model.name, "family": model.family or "baseline",
                          "trained_on": model.trained_on, "test_set": test_set}
    ds = out["dataset"]
    if "release" in ds:
        ds["release"] = "khabar build (the release of this commit)"
    if "data" in ds:
        ds["data"] = "khabar import wojood --repair-orphan-i <wojood-sample>/test.txt"
    out.pop("date", None)
    prov = out["provenance"]
    prov.pop("date", None)
    # The commit that scored it changes with every commit; the data hash and the model's own
    # hash pin what the figures are of.
    prov["code"] = {"khabar": prov["code"]["khabar"]}
    pm = prov["model"]
    if model_dir is not None:
        pm["spec"] = f"trained:<cache>/{model_dir.name}"
        if pm.get("path"):
            pm["path"] = f"<cache>/{model_dir.name}"
        out["model"] = f"trained:{model.name}"
    if isinstance(out.get("training"), dict):
        for k in ("release", "train_file", "model_dir", "path", "model_folder"):
            if isinstance(out["training"].get(k), str):
                out["training"][k] = Path(out["training"][k]).name
    for p in out.get("predictions", []):
        p["spans"] = [sp[:3] for sp in p["spans"]]  # offsets and label: the text stays in the data
    return out


def results_json(res: dict[str, Any]) -> str:
    """A results file, its figures indented and its bulky per-row parts one line per row."""
    bulky = {"per_row", "predictions"}
    head = json.dumps({k: v for k, v in res.items() if k not in bulky}, ensure_ascii=False, indent=1)
    parts = []
    if "per_row" in res:
        num = lambda x: int(x) if float(x).is_integer() else x
        stats = ",\n".join(f"  {json.dumps(m)}: [" + ",".join(json.dumps([num(x) for x in r]) for r in rows) + "]"
                           for m, rows in res["per_row"]["stats"].items())
        rest = {k: v for k, v in res["per_row"].items() if k != "stats"}
        parts.append(' "per_row": {\n' + "".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},\n"
                                                 for k, v in rest.items())
                     + ' "stats": {\n' + stats + "\n }\n }")
    if "predictions" in res:
        parts.append(' "predictions": [\n' + ",\n".join(
            "  " + json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in res["predictions"]) + "\n ]")
    text = head[:-2] + (",\n" + ",\n".join(parts) if parts else "") + "\n}\n"
    json.loads(text)  # the hand-joined text must stay JSON
    return text


def score_all(release: Path, wojood_test: Path, wojood_train: Path, cache: Path, models: tuple[Model, ...],
              log: Callable[[str], None]) -> dict[tuple[str, str, str], Path]:
    """Full results files (in `cache`) for every model x test set x layer."""
    from khabar.formats.wojood import import_wojood

    full: dict[tuple[str, str, str], Path] = {}
    data = cache / "wojood-test"
    if data.exists():
        import shutil

        shutil.rmtree(data)
    import_wojood(wojood_test, data, repair=True)
    out = cache / "results"
    out.mkdir(parents=True, exist_ok=True)
    digests = {"khabar-test": rows_sha256(scored_rows(release, None)),
               "wojood-test": rows_sha256(scored_rows(release, data))}
    for model in models:
        folder = trained_model(model, release, wojood_train, cache, log) if model.family else None
        spec = model.spec or f"trained:{folder}"
        for test_set in TEST_SETS:
            for layer in LAYERS:
                log(f"leaderboard: scoring {model.name} on {test_set} ({layer})")
                kw: dict[str, Any] = {"data": data} if test_set == "wojood-test" else {}
                res = run(spec, release, "test", "wojood", nested=layer == "nested", resamples=RESAMPLES,
                          seed=SEED, root=REPO, wojood_train=wojood_train, **kw)
                res["leaderboard_model_dir"] = str(folder) if folder else None
                res["dataset"]["rows_sha256"] = digests[test_set]
                path = out / f"{model.name}__{test_set}__{layer}.json"
                path.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                full[(model.name, test_set, layer)] = path
    return full


# ---------------------------------------------------------------- tables

def document_domains() -> dict[str, str]:
    from khabar.corpus.documents import document_domains as domains

    return domains(Layout(REPO))


def p_values(full: dict[tuple[str, str, str], Path], names: list[str], test_set: str, layer: str
             ) -> tuple[str, dict[str, float | None]]:
    """The best model by strict micro F1, and each model's paired-bootstrap p against it."""
    f1 = {n: read_json(full[(n, test_set, layer)])["figures"]["span"]["strict"]["micro"]["f1"]["value"]
          for n in names}
    best = max(names, key=lambda n: (f1[n], n))
    out: dict[str, float | None] = {best: None}
    for n in names:
        if n != best:
            out[n] = compare(full[(best, test_set, layer)], full[(n, test_set, layer)], "strict")["p_value"]
    return best, out


def render(committed: dict[tuple[str, str, str], dict[str, Any]], domains: dict[str, str]) -> str:
    """docs/leaderboard.md from the committed results files alone (the test renders it again)."""
    names = list(dict.fromkeys(k[0] for k in committed))
    first = committed[(names[0], "khabar-test", "outermost")]
    wfirst = committed[(names[0], "wojood-test", "outermost")]
    wsource = wfirst["dataset"]
    boot = first["bootstrap"]
    lines = [
        "# Leaderboard",
        "",
        "Every model here was trained by `khabar train` (seed 0) or is a built-in baseline, and scored "
        "by `khabar benchmark` with the Wojood tag set. Reproduce every file of this page with one "
        "command, `python scripts/leaderboard.py` (`python scripts/refresh.py` runs it; a test keeps it "
        "current). Each row links its results file, which records the model's provenance (family, "
        "training data and its SHA-256, the SHA-256 of the model's weights) and the data's content hash.",
        "",
        f"- **Khabar test**: release content SHA-256 `{first['dataset']['content_sha256'][:16]}…`, "
        f"{first['dataset']['rows']} sentences, {first['dataset']['gold_mentions']} outermost gold mentions "
        f"({committed[(names[0], 'khabar-test', 'nested')]['dataset']['gold_mentions']} at every level).",
        f"- **Wojood sample test**: `{wsource['source_file']}` SHA-256 "
        f"`{wsource['source_sha256'][:16]}…` (public sample of WojoodNER, imported with "
        f"`--repair-orphan-i`), {wfirst['dataset']['rows']} sentences, "
        f"{wfirst['dataset']['gold_mentions']} outermost gold mentions.",
        f"- Figures: micro F1 in %, with 95% percentile bootstrap intervals ({boot['resamples']} "
        f"resamples, seed {boot['seed']}); on Khabar test the bootstrap resamples "
        f"**{boot['over']}** ({boot['clusters']} of them; every sentence of a drawn document comes "
        "with it, as sentences of one article are not independent), on the Wojood sample test "
        f"{wfirst['bootstrap']['over']} ({wfirst['bootstrap'].get('fallback') or 'its units'}). `p` is "
        "the paired bootstrap p-value of the difference in strict micro F1 between the row's model "
        "and the best one, over the same resamples.",
        f"- Seen/unseen: {SEEN_DEFINITION}, relative to each model's own training data.",
        "- Tests: `tests/test_leaderboard.py` renders this page, its plot and results files again from "
        "the committed results, checks that they were scored on today's test rows (by hash), and "
        "retrains and rescores the deterministic rows (the CRF on Khabar train and the gazetteer); the "
        "spaCy models are trained only by the script (about 15 minutes of one CPU core for all nine "
        "models; they are cached by what they learned from, so a refresh that changes no training "
        "data only rescores).",
        "- Flat models (CRF, spaCy NER, the gazetteer) predict one layer; on *every nesting level* they "
        "are scored against every gold level, so inner mentions count as misses. The span "
        "categorizer predicts every level.",
        "",
        "![Strict micro F1 with 95% intervals, every model on both test sets](leaderboard.png)",
        "",
    ]
    for layer, layer_name in LAYERS.items():
        lines += [f"## {layer_name.capitalize()}", ""]
        for test_set, test_name in TEST_SETS.items():
            order = sorted(names, key=lambda n: (-committed[(n, test_set, layer)]["figures"]["span"]["strict"]
                                                 ["micro"]["f1"]["value"], n))
            lines += [f"### {test_name}", "",
                      "| # | model | trained on | strict F1 | clitic-tolerant F1 | macro F1 | seen F1 | "
                      "unseen F1 | p vs best | results |",
                      "|---:|---|---|---:|---:|---:|---:|---:|---:|---|"]
            for rank, n in enumerate(order, 1):
                res = committed[(n, test_set, layer)]
                span = res["figures"]["span"]
                su = (res["figures"].get("seen_unseen") or {}).get("strict") or {}
                seen = cell(su["seen"]["f1"]) + f" ({su['seen']['gold']})" if "seen" in su else "–"
                unseen = cell(su["unseen"]["f1"]) + f" ({su['unseen']['gold']})" if "unseen" in su else "–"
                p = res["leaderboard"]["p_vs_best"]
                pv = "best" if p is None else f"{p:.3f}"
                lines.append(
                    f"| {rank} | {n} | {res['leaderboard']['trained_on']} | {cell(span['strict']['micro']['f1'])} | "
                    f"{cell(span['clitic']['micro']['f1'])} | {cell(span['strict']['macro']['f1'])} | {seen} | "
                    f"{unseen} | {pv} | [json](leaderboard/{n}__{test_set}__{layer}.json) |")
            lines.append("")
    lines += ["## Khabar test by domain", "",
              "Strict micro F1 in %, outermost layer, from each row's statistics (no interval: two test "
              "documents per domain are too few to give one).", ""]
    table = by_domain({n: committed[(n, "khabar-test", "outermost")] for n in names}, domains)
    lines += [table, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def by_domain(results: dict[str, dict[str, Any]], domains: dict[str, str]) -> str:
    names = list(results)
    sums: dict[str, dict[str, np.ndarray]] = {}
    docs: dict[str, set[str]] = {}
    for n, res in results.items():
        for row_id, st in zip(res["per_row"]["ids"], res["per_row"]["stats"]["strict"], strict=True):
            doc = row_id.split("#")[0]
            d = domains.get(doc, "?")
            sums.setdefault(d, {}).setdefault(n, np.zeros(4))
            sums[d][n] += np.array(st, dtype=float)
            docs.setdefault(d, set()).add(doc)
    lines = ["| model | " + " | ".join(f"{d} ({len(docs[d])} docs, {int(sums[d][names[0]][3])} gold)"
                                      for d in sorted(sums)) + " |",
             "|---|" + "---:|" * len(sums)]
    for n in names:
        lines.append(f"| {n} | " + " | ".join(f"{100 * float(micro_f1(sums[d][n])):.1f}" for d in sorted(sums))
                     + " |")
    return "\n".join(lines)


def plot(committed: dict[tuple[str, str, str], dict[str, Any]]) -> bytes:
    """Strict micro F1 with its interval, every model (rows) on both test sets (panels), both layers."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from khabar.outputs import PLOT_SOFTWARE

    names = list(dict.fromkeys(k[0] for k in committed))
    height = 0.45 * len(names) + 1.9
    fig, axes = plt.subplots(1, len(TEST_SETS), figsize=(11, height), dpi=120, sharey=True)
    y = np.arange(len(names))[::-1]
    for ax, (test_set, test_name) in zip(axes, TEST_SETS.items(), strict=True):
        for k, (layer, layer_name) in enumerate(LAYERS.items()):
            f1, lo, hi = [], [], []
            for n in names:
                fig_ = committed[(n, test_set, layer)]["figures"]["span"]["strict"]["micro"]["f1"]
                f1.append(100 * fig_["value"])
                lo.append(100 * fig_["ci95"][0])
                hi.append(100 * fig_["ci95"][1])
            f1a = np.array(f1)
            err = np.vstack([f1a - np.array(lo), np.array(hi) - f1a]).clip(min=0)
            ax.errorbar(f1a, y + (0.15 if k == 0 else -0.15), xerr=err, fmt="o" if k == 0 else "s",
                        color=f"C{k}", capsize=3, markersize=5, label=layer_name)
        ax.set_title(test_name, fontsize=10)
        ax.set_xlim(0, 100)
        ax.set_xlabel("strict micro F1 (%), 95% interval")
        ax.grid(axis="x", alpha=0.3)
    axes[0].set_yticks(y)
    axes[0].set_yticklabels(names, fontsize=9)
    handles, labels = axes[0].get_legend_handles_labels()
    # Below the panels: inside one, the legend would hide a model's interval.
    fig.legend(handles, labels, fontsize=8, loc="lower center", ncol=len(LAYERS), frameon=False)
    first = committed[(names[0], "khabar-test", "outermost")]
    second = committed[(names[0], "wojood-test", "outermost")]
    fig.suptitle(f"Khabar leaderboard: Wojood tag set; 95% bootstrap intervals ({first['bootstrap']['resamples']} "
                 f"resamples) over {first['bootstrap']['over']} (Khabar test) and "
                 f"{second['bootstrap']['over']} (Wojood sample test)", fontsize=10)
    fig.tight_layout(rect=(0, 0.45 / height, 1, 1))
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": PLOT_SOFTWARE})
    plt.close(fig)
    return buf.getvalue()


# ---------------------------------------------------------------- main

@contextlib.contextmanager
def release_folder(release: str | None) -> Iterator[Path]:
    if release:
        yield Path(release)
        return
    from khabar.release.build import release_or_build

    with release_or_build(None, Layout(REPO)) as built:
        yield built


def outputs(full: dict[tuple[str, str, str], Path], models: tuple[Model, ...], extra: list[Path]
            ) -> dict[Path, bytes]:
    """Every file the leaderboard writes, by path."""
    committed: dict[tuple[str, str, str], dict[str, Any]] = {}
    by_name = {m.name: m for m in models}
    for (name, test_set, layer), path in full.items():
        res = read_json(path)
        folder = res.pop("leaderboard_model_dir", None)
        committed[(name, test_set, layer)] = committed_copy(res, by_name[name], test_set,
                                                            Path(folder) if folder else None)
    for path in extra:
        res = read_json(path)
        name = res["model"].replace(":", "-").replace("/", "-")
        ds = res["dataset"]
        test_set = "wojood-test" if "data" in ds else "khabar-test"
        layer = "nested" if res["layer"] == "all" else "outermost"
        by_name.setdefault(name, Model(name, spec=res["model"]))
        committed[(name, test_set, layer)] = committed_copy(res, by_name[name], test_set, None)
        full[(name, test_set, layer)] = path
    positions = {n: i for i, n in enumerate(dict.fromkeys(k[0] for k in committed))}
    for (n, _t, layer), res in committed.items():
        res["leaderboard"].update(position=positions[n], layer=layer)
    names = list(positions)
    missing = [(n, t, layer) for n in names for t in TEST_SETS for layer in LAYERS if (n, t, layer) not in full]
    if missing:
        raise KhabarError(f"leaderboard: no results for {missing[0]} (an --extra model needs a results "
                          "file for each test set and layer)")
    for t in TEST_SETS:
        for layer in LAYERS:
            best, p = p_values(full, names, t, layer)
            for n in names:
                committed[(n, t, layer)]["leaderboard"].update(best=best, p_vs_best=p[n])
    return render_files(committed)


def render_files(committed: dict[tuple[str, str, str], dict[str, Any]]) -> dict[Path, bytes]:
    """The page, the plot and the committed results files, from the committed results alone."""
    files: dict[Path, bytes] = {}
    for (name, test_set, layer), res in committed.items():
        files[RESULTS / f"{name}__{test_set}__{layer}.json"] = results_json(res).encode("utf-8")
    files[BOARD] = render(committed, document_domains()).encode("utf-8")
    files[PLOT] = plot(committed)
    return files


def load_committed(folder: Path = RESULTS) -> dict[tuple[str, str, str], dict[str, Any]]:
    """The committed results files, keyed (model, test set, layer), in leaderboard order."""
    found = []
    for path in sorted(Path(folder).glob("*.json")):
        res = read_json(path)
        lb = res["leaderboard"]
        found.append((lb["position"], (lb["model"], lb["test_set"], lb["layer"]), res))
    return {key: res for _, key, res in sorted(found, key=lambda x: (x[0], x[1]))}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--release", help="a built release (default: build one in a temporary folder)")
    ap.add_argument("--extra", nargs="*", default=[], metavar="RESULTS.json",
                    help="results files of other models (khabar benchmark --out), one per test set and layer")
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 when a file would change")
    ap.add_argument("--cache", default=str(REPO / ".cache" / "khabar" / "leaderboard"),
                    help="where trained models and full results files are kept")
    args = ap.parse_args(argv)
    log = lambda msg: print(msg, file=sys.stderr)
    from khabar.evaluate.adapters.crf import wojood_sample_file, wojood_train_file

    try:
        wojood_train = wojood_train_file(REPO)
        wojood_test = wojood_sample_file(REPO, "test.txt")
        with release_folder(args.release) as release:
            full = score_all(release, wojood_test, wojood_train, Path(args.cache), MODELS, log)
            files = outputs(full, MODELS, [Path(p) for p in args.extra])
    except KhabarError as exc:
        print(f"leaderboard: error: {exc}", file=sys.stderr)
        return 2
    stale = [p for p, data in files.items() if not p.is_file() or p.read_bytes() != data]
    known = {p.name for p in files}
    gone = [p for p in RESULTS.glob("*.json") if p.name not in known] if RESULTS.is_dir() else []
    for p in stale + gone:
        print(f"{'stale' if p in stale else 'no longer produced'}: {p.relative_to(REPO)}")
    if args.check:
        return 1 if stale or gone else 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    for p in stale:
        atomic_write_bytes(p, files[p])
    for p in gone:
        p.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
