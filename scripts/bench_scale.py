#!/usr/bin/env python3
"""Scale benchmark: build (validation included) synthetic corpora of N documents, and the floor.

    .venv/bin/python scripts/bench_scale.py 10000 100000 [--source-backed N] [--jobs 2]

Two kinds of corpus, made in a temporary folder (never released, deleted afterwards):
- seed copies (a row per size given): each document is the seed article's raw file, record and
  gold under a new id;
- source-backed (one row, --source-backed N, by default the smallest size; 0 for none): the
  Wikinews records of corpus/documents in turn under new ids, their text rehydrated from the
  cached source (`khabar sources fetch`) by every build worker, each with its own gold from
  annotations/ (offsets only, as the project stores it; the build fills the covered texts).

A fresh child process per row times `khabar build` (one pass that validates every file and
writes the release), samples the building process's RSS every half second (the sparkline, from 0
to its peak), reads its peak RSS and the largest worker's (VmHWM), times a standalone `khabar
validate` of the same corpus, and measures the floor: pyarrow writing the same rows of every
config from memory (the rows are made per batch of documents on the local engine, outside the
clock; only `Table.from_pylist` and the parquet writes are timed). The load average before and
after each row says how busy the machine was, and a fixed Python loop timed just before and just
after each build how fast it ran (a shared host's speed varies from minute to minute).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SAMPLE_S = 0.5
SPARK = "▁▂▃▄▅▆▇█"


def _new_corpus(root: Path) -> None:
    from khabar.corpus.layout import Layout

    layout = Layout(root)
    for d in (layout.raw_dir, layout.documents_dir, layout.annotations_dir):
        d.mkdir(parents=True)
    shutil.copytree(ROOT / "schema", root / "schema")
    shutil.copy(ROOT / "corpus" / "sources.json", root / "corpus" / "sources.json")


def _write_manifest(root: Path, ids: list[str]) -> None:
    """From MIN_DOCUMENTS documents on, a document goes whole to a split by the hash of its id:
    the manifest needs only the ids."""
    from khabar.corpus.layout import Layout
    from khabar.corpus.splits import manifest_path, update_manifest
    from khabar.io import write_json

    write_json(manifest_path(Layout(root)), update_manifest(None, (({"id": i}, {}) for i in ids))[0])


def make_corpus(root: Path, n: int) -> None:
    """n copies of the seed article under new ids."""
    from khabar.corpus.gold import load_gold
    from khabar.corpus.layout import Layout
    from khabar.io import dumps_json

    seed = Layout(ROOT)
    layout = Layout(root)
    _new_corpus(root)
    (seed_doc, seed_ann), = [pair for pair in load_gold(seed, annotated_only=True)
                             if pair[0]["id"].startswith("000_")][:1]
    raw = seed.raw(seed_doc["id"]).read_bytes()
    doc_text, ann_text = dumps_json(seed_doc), dumps_json(seed_ann)
    ids = [f"bench{i:06d}" for i in range(n)]
    for new in ids:
        layout.raw(new).write_bytes(raw)
        layout.document(new).write_text(doc_text.replace(seed_doc["id"], new), encoding="utf-8")
        layout.annotation(new).write_text(ann_text.replace(seed_doc["id"], new), encoding="utf-8")
    _write_manifest(root, ids)


def wikinews_gold() -> dict[str, dict]:
    """Source-backed record id -> its gold file (annotations/), for every such document a default
    build releases."""
    from khabar.corpus.documents import is_source_backed
    from khabar.corpus.gold import DEFAULT_MIN_STATUS, effective_status, releasable
    from khabar.corpus.layout import Layout
    from khabar.io import read_json

    layout = Layout(ROOT)
    golds = {d: read_json(layout.annotation(d)) for d in layout.document_ids()
             if is_source_backed(read_json(layout.document(d))) and layout.annotation(d).is_file()}
    return {d: ann for d, ann in golds.items() if releasable(effective_status(ann), DEFAULT_MIN_STATUS)}


def make_source_backed(root: Path, n: int, golds: dict[str, dict]) -> None:
    """n source-backed documents: the Wikinews records in turn under new ids, each with its gold."""
    from khabar.corpus.layout import Layout
    from khabar.io import dumps_json, read_json

    seed = Layout(ROOT)
    layout = Layout(root)
    _new_corpus(root)
    sources = sorted(golds)
    records = {d: read_json(seed.document(d)) for d in sources}
    ids = [f"sb{i:06d}" for i in range(n)]
    for i, new in enumerate(ids):
        src = sources[i % len(sources)]
        layout.document(new).write_text(dumps_json({**records[src], "id": new}), encoding="utf-8")
        ann = {**golds[src], "document_id": new}
        layout.annotation(new).write_text(dumps_json(ann), encoding="utf-8")
    _write_manifest(root, ids)


def _floor_rows(task: tuple[str, list[tuple[str, object]]]) -> dict:
    """The rows of a batch of documents by (config, split), as Python dicts (an engine task)."""
    from khabar.corpus.documents import read_document
    from khabar.corpus.layout import Layout
    from khabar.io import read_json
    from khabar.release.rows import document_rows, row_dicts, splits_of

    root, docs = task
    layout = Layout(Path(root))
    rows: dict = {}
    for d, spec in docs:
        doc, ann = read_document(layout.document(d), layout.root), read_json(layout.annotation(d))
        for key, rs in row_dicts(document_rows(doc, ann, splits_of(doc, spec, ""))).items():
            rows.setdefault(key, []).extend(rs)
    return rows


def floor_seconds(root: Path, out: Path, jobs: int | None) -> float:
    """pyarrow writing the rows of every config from memory, batch by batch (only that is timed;
    the rows are made on the build's local engine, outside the clock)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from khabar.corpus.layout import Layout
    from khabar.corpus.splits import SPLITS, SplitIndex
    from khabar.parallel import chunked, engine
    from khabar.release.build import CHUNK_DOCS
    from khabar.release.configs import CONFIGS, arrow_schema
    from khabar.release.parquet import COMPRESSION, COMPRESSION_LEVEL

    layout = Layout(root)
    index = SplitIndex.load(layout)
    assert index is not None
    spec = index.specs()
    ids = layout.document_ids()
    out.mkdir(parents=True, exist_ok=True)
    writers = {(c, s): pq.ParquetWriter(out / f"{c}-{s}.parquet", arrow_schema(c), compression=COMPRESSION,
                                        compression_level=COMPRESSION_LEVEL) for c in CONFIGS for s in SPLITS}
    timed = 0.0
    tasks = ((str(root), [(d, spec(d)) for d in batch]) for batch in chunked(ids, CHUNK_DOCS * 20))
    with engine("local", jobs) as eng:
        for rows in eng.map(_floor_rows, tasks):
            t = time.perf_counter()
            for key, rs in rows.items():
                writers[key].write_table(pa.Table.from_pylist(rs, schema=arrow_schema(key[0])))
            timed += time.perf_counter() - t
    t = time.perf_counter()
    for w in writers.values():
        w.close()
    return timed + time.perf_counter() - t


def reference_ms() -> float:
    """CPU milliseconds of a fixed pure-Python loop, the fastest of three: how fast this machine
    runs Python just now (a shared host's speed varies; on this project's machine the same loop
    has taken from about 140 to 230 ms within a minute)."""
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        sum(i * i for i in range(3 * 10**6))
        best = min(best, time.process_time() - t)
    return 1000 * best


def _status_mb(pid: int | str, field: str) -> float:
    """A field of /proc/PID/status in MB (VmRSS: resident now; VmHWM: the peak); 0 when gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children() -> list[str]:
    """The pids of this process's children (the build's workers)."""
    out = []
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/children", encoding="ascii") as fh:
                out += fh.read().split()
        except OSError:
            pass
    return out


def measure(root: Path, jobs: int | None) -> dict:
    from khabar.corpus.layout import Layout
    from khabar.model.errors import ERROR
    from khabar.parallel import engine
    from khabar.release.build import build
    from khabar.validate.core import validate_corpus

    layout = Layout(root)
    samples: list[float] = []
    workers: dict[str, float] = {}  # pid -> peak RSS seen
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            samples.append(_status_mb("self", "VmRSS"))
            for pid in _children():
                workers[pid] = max(workers.get(pid, 0.0), _status_mb(pid, "VmHWM"))
            done.wait(SAMPLE_S)

    sampler = threading.Thread(target=sample, daemon=True)
    ref_before = reference_ms()
    cpu0 = os.times()
    t0 = time.perf_counter()
    sampler.start()
    result = build(layout, root / "out", jobs=jobs)
    t1 = time.perf_counter()
    cpu1 = os.times()  # the workers are reaped when the build's engine closes
    done.set()
    sampler.join()
    ref_after = reference_ms()
    # Peaks of the building process and of its largest worker, as the kernel kept them (VmHWM:
    # not ru_maxrss, which for a process started by fork and exec also holds its parent's RSS
    # at the fork). Both include pages they share with others (libraries).
    rss_main = _status_mb("self", "VmHWM")
    rss_worker = max(workers.values(), default=0.0)
    t2 = time.perf_counter()
    with engine("local", jobs) as eng:
        errors = sum(p.severity == ERROR for p in validate_corpus(layout, eng))
    validate_s = time.perf_counter() - t2
    floor = floor_seconds(root, root / "floor", jobs)
    shards = sum(len(s.files) for c in result.sizes.values() for s in c.values())
    release_bytes = sum(f["bytes"] for f in result.files)
    return {"errors": errors, "build_s": t1 - t0, "validate_s": validate_s, "floor_s": floor,
            "cpu_main_s": cpu1.user + cpu1.system - cpu0.user - cpu0.system,
            "cpu_workers_s": cpu1.children_user + cpu1.children_system - cpu0.children_user - cpu0.children_system,
            "ref_ms": (ref_before, ref_after), "rss_main_mb": rss_main, "rss_worker_mb": rss_worker, "rss_samples": samples, "shards": shards,
            "release_mb": release_bytes / 2**20}


def source_env() -> dict[str, str]:
    """The environment of a measuring child: a temporary corpus has no source cache of its own,
    so its source-backed records read this project's (or $KHABAR_SOURCE_CACHE's)."""
    from khabar.sources.fetch import CACHE_ENV, cache_root

    return {**os.environ, CACHE_ENV: str(cache_root(ROOT))}


def missing_sources(ids: list[str]) -> str | None:
    """What the source cache lacks (or holds changed) of the sources these records name, in one
    line, or None: `khabar sources fetch` comes first."""
    from khabar.corpus.layout import Layout
    from khabar.io import read_json
    from khabar.sources.fetch import cache_root, status
    from khabar.sources.manifest import load_manifest

    layout = Layout(ROOT)
    names = {read_json(layout.document(d))["source"]["name"] for d in ids}
    lacks = [f"{st.source}/{st.file}" for st in status(ROOT, load_manifest(ROOT))
             if st.source in names and st.state != "ok"]
    return f"the source cache {cache_root(ROOT)} lacks {', '.join(lacks)}" if lacks else None


def run(kind: str, n: int, jobs: int | None, golds: dict | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="khabar-bench-") as tmp:
        root = Path(tmp)
        t = time.perf_counter()
        if kind == "seed":
            make_corpus(root, n)
        else:
            assert golds is not None
            make_source_backed(root, n, golds)
        made = time.perf_counter() - t
        load_before = os.getloadavg()[0]
        cmd = [sys.executable, __file__, "--measure", str(root)] + ([f"--jobs={jobs}"] if jobs else [])
        res = subprocess.run(cmd, capture_output=True, text=True, env=source_env())
        if res.returncode:
            sys.exit(res.stderr[-3000:])
        out = json.loads(res.stdout.strip().splitlines()[-1])
    return out | {"documents": n, "kind": kind, "make_corpus_s": made, "load": (load_before, os.getloadavg()[0])}


def sparkline(values: list[float], width: int = 60) -> str:
    """The values (MB) resampled to `width` columns, each the maximum of its stretch, scaled from 0
    to their peak."""
    if not values:
        return ""
    step = len(values) / min(width, len(values))
    cols = [max(values[int(i * step):max(int((i + 1) * step), int(i * step) + 1)])
            for i in range(min(width, len(values)))]
    top = max(cols)
    return "".join(SPARK[min(len(SPARK) - 1, int(v / top * len(SPARK)))] for v in cols)


def machine() -> str:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.machine()}, {cpus} CPUs, {mem:.0f} GB RAM, Python {platform.python_version()}"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[1000])
    ap.add_argument("--source-backed", type=int, default=None,
                    help="documents in the source-backed corpus (default: the smallest size; 0: none)")
    ap.add_argument("--jobs", type=int, help="worker processes (default: the CPUs available)")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(Path(args.measure), args.jobs)))
        return 0
    rows = [("seed", n) for n in args.sizes]
    sb = min(args.sizes) if args.source_backed is None else args.source_backed
    golds = None
    if sb:
        golds = wikinews_gold()
        if not golds:
            sys.exit("no source-backed document with gold in annotations/: nothing to copy for --source-backed")
        missing = missing_sources(sorted(golds))
        if missing:
            sys.exit(f"{missing}; run `khabar sources fetch` (KHABAR_SOURCES=DIR where there is no network), "
                     "or --source-backed 0")
        rows.append(("source-backed", sb))
    per_doc = {}
    print(f"machine: {machine()}; schema check: jsonschema-rs fast path, jsonschema for failures")
    print(f"{'corpus':>13} {'docs':>7} {'build s':>8} {'ms/doc':>7} {'main MB':>8} {'worker MB':>9} {'RSS MB':>7} "
          f"{'floor s':>8} {'build/floor':>11} {'validate s':>10} {'shards':>6} {'CPU s':>11} {'load':>9} {'ref ms':>9}")
    spark = []
    for kind, n in rows:
        r = run(kind, n, args.jobs, golds)
        if kind == "seed":
            per_doc[n] = r["build_s"] / n
        print(f"{kind:>13} {n:>7} {r['build_s']:>8.1f} {1000 * r['build_s'] / n:>7.2f} {r['rss_main_mb']:>8.0f} "
              f"{r['rss_worker_mb']:>9.0f} {r['rss_main_mb'] + r['rss_worker_mb']:>7.0f} {r['floor_s']:>8.1f} "
              f"{r['build_s'] / r['floor_s']:>11.2f} {r['validate_s']:>10.1f} {r['shards']:>6} "
              f"{r['cpu_main_s']:>5.0f}+{r['cpu_workers_s']:<5.0f} {r['load'][0]:>4.1f}-{r['load'][1]:<4.1f} "
              f"{r['ref_ms'][0]:>4.0f}/{r['ref_ms'][1]:<4.0f}", flush=True)
        samples = r["rss_samples"]
        spark.append(f"{kind:>13} {n:>7} {min(samples):>4.0f}-{max(samples):<4.0f} MB  {sparkline(samples)}")
        if r["errors"]:
            print(f"  {r['errors']} validation error(s)!")
    if len(per_doc) > 1:
        lo, hi = min(per_doc), max(per_doc)
        print(f"per-document time at {hi} / at {lo}: {per_doc[hi] / per_doc[lo]:.2f}")
    print(f"main process RSS during the build, sampled every {SAMPLE_S} s (min-max, then over time):")
    print("\n".join(spark))
    print("build s = khabar build, its validation of every file included; RSS = peak of the building process "
          "(main) + peak of its largest worker; floor = pyarrow writing the same rows of every config "
          "from memory; validate s = a standalone `khabar validate` of the same corpus; CPU s = the build's "
          "CPU time, main process + workers; load = the load average before and after the row; ref ms = "
          "the CPU time of a fixed Python loop just before and just after the build (`reference_ms`: "
          "higher means the machine ran slower)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
