#!/usr/bin/env python3
"""Measure Khabar's start-up cost: `khabar --help` and `khabar validate` against a bare Python.

    python scripts/startup.py [--runs 20]

The three commands are run interleaved (a paired loop), so that machine load falls on all of them
alike; the medians and the two ratios are printed. Targets (issue 10): --help <= 10x, validate <= 20x.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args(argv)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "khabar --help": [sys.executable, "-m", "khabar", "--help"],
        "khabar validate": [sys.executable, "-m", "khabar", "--root", str(ROOT), "validate"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            t = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - t)
    base = statistics.median(times["python -c pass"])
    print("| command | median (ms) | x bare python |\n|---|---:|---:|")
    for name, ts in times.items():
        m = statistics.median(ts)
        print(f"| `{name}` | {m * 1000:.0f} | {m / base:.1f} |")
    print(f"\n{args.runs} interleaved runs each, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
