#!/usr/bin/env python3
"""Scale benchmark: build (validation included) a synthetic corpus of N copies of the seed article.

    .venv/bin/python scripts/bench_scale.py 10000 100000 [--jobs 2] [--reference-schema]

The corpus is made in a temporary folder (never released, deleted afterwards): each copy is the
seed's raw file, document record and gold under a new id. A fresh child process per size then
times `khabar build` (which validates every file first), reads its peak RSS and the largest
worker's, times a standalone `validate`, and measures the floor: pyarrow writing the same rows of
all five configs from memory (the rows are made per batch of documents, on the local engine,
outside the clock; only `Table.from_pylist` and the parquet writes are timed). --reference-schema turns off the compiled
fast path (khabar.validate.fastcheck) to measure jsonschema alone.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def make_corpus(root: Path, n: int) -> None:
    from khabar.corpus.gold import load_gold
    from khabar.corpus.layout import Layout
    from khabar.corpus.splits import manifest_path, update_manifest
    from khabar.io import dumps_json, write_json

    seed = Layout(ROOT)
    layout = Layout(root)
    for d in (layout.raw_dir, layout.documents_dir, layout.annotations_dir):
        d.mkdir(parents=True)
    shutil.copytree(ROOT / "schema", root / "schema")
    (seed_doc, seed_ann), = list(load_gold(seed))[:1]
    raw = seed.raw(seed_doc["id"]).read_bytes()
    doc_text, ann_text = dumps_json(seed_doc), dumps_json(seed_ann)
    ids = [f"bench{i:06d}" for i in range(n)]
    for new in ids:
        layout.raw(new).write_bytes(raw)
        layout.document(new).write_text(doc_text.replace(seed_doc["id"], new), encoding="utf-8")
        layout.annotation(new).write_text(ann_text.replace(seed_doc["id"], new), encoding="utf-8")
    # From MIN_DOCUMENTS documents on, a document goes whole to a split by the hash of its id:
    # the manifest needs only the ids.
    write_json(manifest_path(layout), update_manifest(None, (({"id": i}, {}) for i in ids))[0])


def use_reference_schema_only() -> None:
    """Turn the compiled fast path off: every file goes through jsonschema, the reference."""
    import khabar.validate.core as v

    v.fast_is_valid = lambda kind, obj: None


def _floor_rows(task: tuple[str, list[tuple[str, object]]]) -> dict:
    """The rows of a batch of documents by (config, split), as Python dicts (an engine task)."""
    from khabar.corpus.layout import Layout
    from khabar.io import read_json
    from khabar.release.rows import _splits_of, document_rows

    root, docs = task
    layout = Layout(Path(root))
    rows: dict = {}
    for d, spec in docs:
        doc, ann = read_json(layout.document(d)), read_json(layout.annotation(d))
        for key, rs in document_rows(doc, ann, _splits_of(doc, spec, "")).rows.items():
            rows.setdefault(key, []).extend(rs)
    return rows


def floor_seconds(root: Path, out: Path, jobs: int | None) -> float:
    """pyarrow writing the rows of all five configs from memory, batch by batch (only that is timed;
    the rows are made on the build's local engine, outside the clock)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from khabar.corpus.layout import Layout
    from khabar.corpus.splits import SPLITS, load_manifest
    from khabar.parallel import chunked, engine
    from khabar.release.build import CHUNK_DOCS, split_spec
    from khabar.release.configs import CONFIGS, arrow_schema
    from khabar.release.parquet import COMPRESSION, COMPRESSION_LEVEL

    layout = Layout(root)
    manifest = load_manifest(layout)
    ids = layout.document_ids()
    out.mkdir(parents=True, exist_ok=True)
    writers = {(c, s): pq.ParquetWriter(out / f"{c}-{s}.parquet", arrow_schema(c), compression=COMPRESSION,
                                        compression_level=COMPRESSION_LEVEL) for c in CONFIGS for s in SPLITS}
    timed = 0.0
    tasks = ((str(root), [(d, split_spec(manifest, d)) for d in batch]) for batch in chunked(ids, CHUNK_DOCS * 20))
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


def measure(root: Path, reference: bool, jobs: int | None, validate: bool) -> dict:
    if reference:
        use_reference_schema_only()
    from khabar.corpus.layout import Layout
    from khabar.model.errors import ERROR
    from khabar.release.build import build
    from khabar.validate.core import validate_corpus

    layout = Layout(root)
    t0 = time.perf_counter()
    result = build(layout, root / "out", jobs=jobs)
    t1 = time.perf_counter()
    # Peaks of the building process and of its largest worker (both include pages they share).
    rss_main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if validate:
        from khabar.parallel import engine

        with engine("local", jobs) as eng:
            errors = sum(p.severity == ERROR for p in validate_corpus(layout, eng))
    else:
        errors = 0
    t2 = time.perf_counter()
    floor = floor_seconds(root, root / "floor", jobs)
    shards = sum(len(s.files) for c in result.sizes.values() for s in c.values())
    release_bytes = sum(f["bytes"] for f in result.files)
    return {"errors": errors, "build_s": t1 - t0, "validate_s": (t2 - t1) if validate else float("nan"),
            "floor_s": floor,
            "rss_main_mb": rss_main, "rss_worker_mb": rss_worker, "shards": shards, "release_mb": release_bytes / 2**20}


def run(n: int, reference: bool, jobs: int | None, validate: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="khabar-bench-") as tmp:
        root = Path(tmp)
        t = time.perf_counter()
        make_corpus(root, n)
        made = time.perf_counter() - t
        cmd = [sys.executable, __file__, "--measure", str(root)] + (["--reference-schema"] if reference else []) \
            + ([f"--jobs={jobs}"] if jobs else []) + (["--validate"] if validate else [])
        res = subprocess.run(cmd, capture_output=True, text=True)
        if res.returncode:
            sys.exit(res.stderr[-3000:])
        out = json.loads(res.stdout.strip().splitlines()[-1])
    out |= {"documents": n, "make_corpus_s": made}
    return out


def machine() -> str:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.machine()}, {cpus} CPUs, {mem:.0f} GB RAM, Python {platform.python_version()}"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[1000])
    ap.add_argument("--jobs", type=int, help="worker processes (default: the CPUs available)")
    ap.add_argument("--reference-schema", action="store_true",
                    help="validate with jsonschema alone (no compiled fast path)")
    ap.add_argument("--validate", action="store_true", help="also time a standalone `validate` (slower)")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(Path(args.measure), args.reference_schema, args.jobs, args.validate)))
        return 0
    per_doc = {}
    print(f"machine: {machine()}; schema check: "
          f"{'jsonschema only' if args.reference_schema else 'jsonschema-rs fast path, jsonschema for failures'}")
    print(f"{'docs':>7} {'build s':>8} {'ms/doc':>7} {'main MB':>8} {'worker MB':>9} {'RSS MB':>7} "
          f"{'floor s':>8} {'build/floor':>11} {'validate s':>10} {'shards':>6}")
    for n in args.sizes:
        r = run(n, args.reference_schema, args.jobs, args.validate)
        per_doc[n] = r["build_s"] / n
        print(f"{n:>7} {r['build_s']:>8.1f} {1000 * per_doc[n]:>7.2f} {r['rss_main_mb']:>8.0f} "
              f"{r['rss_worker_mb']:>9.0f} {r['rss_main_mb'] + r['rss_worker_mb']:>7.0f} {r['floor_s']:>8.1f} "
              f"{r['build_s'] / r['floor_s']:>11.2f} {r['validate_s']:>10.1f} {r['shards']:>6}")
        if r["errors"]:
            print(f"  {r['errors']} validation error(s)!")
    if len(per_doc) > 1:
        lo, hi = min(per_doc), max(per_doc)
        print(f"per-document time at {hi} / at {lo}: {per_doc[hi] / per_doc[lo]:.2f}")
    print("build s = khabar build, its validation of every file included; RSS = peak of the building process "
          "(main) + peak of its largest worker; floor = pyarrow writing the same rows of all five configs "
          "from memory; validate s = a standalone validation, for reference")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
