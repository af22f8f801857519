#!/usr/bin/env python3
"""Scale benchmark: validate and build a synthetic corpus of N copies of the seed article.

    .venv/bin/python scripts/bench_scale.py 1000 10000 [--reference-schema]

The corpus is made in a temporary folder (never released, deleted afterwards): each copy is the
seed's raw file, document record and gold under a new id. A child process then times `validate`
and `build` (which validates again, as the CLI does) and, as the floor, a bare pyarrow write of
the same `spans` rows; it reports documents per second and its peak RSS. --reference-schema turns
off the compiled fast path (khabar.validate.fastcheck) to measure jsonschema alone.
"""
from __future__ import annotations

import argparse
import json
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
    from khabar.corpus.layout import Layout
    from khabar.corpus.gold import load_gold
    from khabar.io import dumps_json, write_json
    from khabar.corpus.splits import manifest_path, update_manifest

    seed = Layout(ROOT)
    layout = Layout(root)
    for d in (layout.raw_dir, layout.documents_dir, layout.annotations_dir):
        d.mkdir(parents=True)
    shutil.copytree(ROOT / "schema", root / "schema")
    (seed_doc, seed_ann), = list(load_gold(seed))[:1]
    raw = seed.raw(seed_doc["id"]).read_bytes()
    doc_text, ann_text = dumps_json(seed_doc), dumps_json(seed_ann)
    for i in range(n):
        new = f"bench{i:06d}"
        layout.raw(new).write_bytes(raw)
        layout.document(new).write_text(doc_text.replace(seed_doc["id"], new), encoding="utf-8")
        layout.annotation(new).write_text(ann_text.replace(seed_doc["id"], new), encoding="utf-8")
    write_json(manifest_path(layout), update_manifest(None, load_gold(layout))[0])


def use_reference_schema_only() -> None:
    """Turn the compiled fast path off: every file goes through jsonschema, the reference."""
    import khabar.validate.schema as v

    v.fast_is_valid = lambda kind, obj: None


def measure(root: Path, reference: bool) -> dict:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if reference:
        use_reference_schema_only()
    from khabar.release.build import COMPRESSION, COMPRESSION_LEVEL, DocumentRows, build, features
    from khabar.corpus.layout import Layout
    from khabar.corpus.gold import load_gold
    from khabar.validate.core import ERROR, validate_corpus

    layout = Layout(root)
    t0 = time.perf_counter()
    errors = sum(p.severity == ERROR for p in validate_corpus(layout))
    t1 = time.perf_counter()
    build(layout, root / "out")
    t2 = time.perf_counter()
    # Peak RSS of validate + build (before the floor below loads every row at once), and of the
    # largest worker process.
    rss_build = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    # The floor: the same spans rows, already in memory, written by pyarrow in one call.
    rows = [row for doc, ann in load_gold(layout) for _, row in DocumentRows(doc, ann).spans()]
    t3 = time.perf_counter()
    pq.write_table(pa.Table.from_pylist(rows, schema=features("spans").arrow_schema), root / "floor.parquet",
                   compression=COMPRESSION, compression_level=COMPRESSION_LEVEL)
    t4 = time.perf_counter()
    spans_write = sum(p.stat().st_size for p in (root / "out" / "data" / "spans").glob("*.parquet"))
    return {"errors": errors, "validate_s": t1 - t0, "build_s": t2 - t1, "floor_spans_write_s": t4 - t3,
            "spans_rows": len(rows), "spans_bytes": spans_write,
            "peak_rss_mb": rss_build, "peak_rss_worker_mb": rss_worker}


def run(n: int, reference: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="khabar-bench-") as tmp:
        root = Path(tmp)
        t = time.perf_counter()
        make_corpus(root, n)
        made = time.perf_counter() - t
        cmd = [sys.executable, __file__, "--measure", str(root)] + (["--reference-schema"] if reference else [])
        res = subprocess.run(cmd, capture_output=True, text=True, check=True)
        out = json.loads(res.stdout.strip().splitlines()[-1])
    out |= {"documents": n, "make_corpus_s": made}
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[1000])
    ap.add_argument("--reference-schema", action="store_true",
                    help="validate with jsonschema alone (no compiled fast path)")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(Path(args.measure), args.reference_schema)))
        return 0
    per_doc = {}
    print(f"schema check: {'jsonschema only' if args.reference_schema else 'jsonschema-rs fast path, jsonschema for failures'}")
    print(f"{'docs':>6} {'validate s':>10} {'build s':>8} {'docs/s':>8} {'ms/doc':>7} {'peak RSS MB':>11} "
          f"{'worker MB':>9} {'floor s':>8} {'build/floor':>11}")
    for n in args.sizes:
        r = run(n, args.reference_schema)
        total = r["build_s"]
        per_doc[n] = total / n
        print(f"{n:>6} {r['validate_s']:>10.2f} {total:>8.2f} {n / total:>8.0f} {1000 * total / n:>7.2f} "
              f"{r['peak_rss_mb']:>11.0f} {r['peak_rss_worker_mb']:>9.0f} {r['floor_spans_write_s']:>8.2f} {total / r['floor_spans_write_s']:>11.1f}")
        if r["errors"]:
            print(f"  {r['errors']} validation error(s)!")
    if len(per_doc) > 1:
        lo, hi = min(per_doc), max(per_doc)
        print(f"per-document time at {hi} / at {lo}: {per_doc[hi] / per_doc[lo]:.2f}")
    print("build s = khabar build (it validates first); peak RSS = the validating and building process; "
          "worker = the largest worker process; floor = pyarrow writing the same spans rows once")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
