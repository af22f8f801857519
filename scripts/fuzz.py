#!/usr/bin/env python3
"""Fuzz the validator: byte- and JSON-level mutations of a gold annotation and its document record.

    .venv/bin/python scripts/fuzz.py N [--seed S] [--root DIR] [--doc ID] [--time-limit SEC]
                                       [--crashes DIR]

Each case mutates the gold file or the record (one to three mutations), writes it into a
scratch copy of the project and runs `khabar.validate.core.validate_files` on both files, then
the object-level entry points (`annotation_problems`, `document_problems`) on the mutated
object when it parses. A case passes when every answer is a list of registered problems, each
printable as one UTF-8 line; any exception is a crash, saved under --crashes for replay.
The same seed gives the same cases. tests/test_fuzz.py runs the same mutations under hypothesis.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from khabar.corpus.layout import Layout
from khabar.io import read_json
from khabar.model.errors import CODES, Problem
from khabar.validate.annotation import annotation_problems
from khabar.validate.core import validate_files
from khabar.validate.document import document_problems

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DOC = "000_3e7c9696a8bc251b"

# Values that have broken JSON readers and validators: wrong types, edge numbers, hostile text.
NASTY: list[Any] = [
    None, True, False, 0, -1, 1, 1.0, 0.5, 999999.0, -0.0, 2**31, 2**63, 10**20, 10**400,
    float("nan"), float("inf"), -float("inf"), 1e308, 5e-324,
    "", " ", "x", "e1", "n1", "c1", "author", "PERS", "\n", "abc\n", "\ud800", "\udfff", "\x00",
    "\u200b", "\u202e", "\ufeff", "ال", "٤١٢", "../../../etc/passwd", "/etc/passwd", "a" * 300,
    [], [None], [[]], {}, {"start": 0, "end": 1, "text": "x"}, ["n1", "n1"], ["e1"],
]
BYTES = [b"\x00", b"\xff", b"\xc0\x80", b"\xed\xa0\x80", b'"', b"{", b"}", b"[", b"]", b",", b":",
         b"\\", b"\\u", b"\\ud800", b"NaN", b"-Infinity", b"1e999", b"9" * 50, b"\r\n", b"\xef\xbb\xbf",
         b"[" * 200, b"{\"a\":" * 80, b'"start": 1, "start"', b"0.0"]


def _deep(depth: int) -> Any:
    out: Any = 0
    for _ in range(depth):
        out = [out]
    return out


def _get(obj: Any, path: tuple) -> Any:
    for p in path:
        obj = obj[p]
    return obj


def _value(rng: random.Random, obj: Any) -> Any:
    r = rng.random()
    if r < 0.6:
        return copy.deepcopy(rng.choice(NASTY))
    if r < 0.7:
        return _deep(rng.choice([2, 50, 70, 300]))
    if r < 0.85:  # a value from elsewhere in the file: right shape, wrong place
        return copy.deepcopy(_get(obj, _random_path(rng, obj)))
    return rng.randint(-5, 2000)


def _random_path(rng: random.Random, obj: Any) -> tuple:
    """A path into obj, by a random descent that stops at each level with probability 1/4."""
    path: tuple = ()
    while isinstance(obj, (dict, list)) and obj and rng.random() < 0.75:
        key = rng.choice(list(obj)) if isinstance(obj, dict) else rng.randrange(len(obj))
        path, obj = (*path, key), obj[key]
    return path


def mutate_json(rng: random.Random, obj: Any) -> Any:
    """One structural mutation of a parsed file (returns the new root)."""
    path = _random_path(rng, obj)
    op = rng.random()
    if not path:
        return _value(rng, obj) if op < 0.2 else obj
    parent, key = _get(obj, path[:-1]), path[-1]
    target = parent[key]
    if op < 0.45:
        parent[key] = _value(rng, obj)
    elif op < 0.55 and isinstance(parent, dict):
        del parent[key]
    elif op < 0.6 and isinstance(parent, list):
        del parent[key]
    elif op < 0.7 and isinstance(target, int) and not isinstance(target, bool):
        parent[key] = target + rng.choice([-2, -1, 1, 2, 10**6])  # offsets a little (or far) off
    elif op < 0.8 and isinstance(target, list) and target:
        target.append(copy.deepcopy(rng.choice(target)))  # a copy: duplicate ids and spans
    elif op < 0.85 and isinstance(target, list):
        rng.shuffle(target)
    elif op < 0.95 and isinstance(target, dict):
        target[rng.choice(["extra", "id", "start", "status", "\ud800", ""])] = _value(rng, obj)
    else:
        if isinstance(target, int) and not isinstance(target, bool) and abs(target) < 2**53:
            parent[key] = float(target)  # 412 -> 412.0: an integer in JSON Schema's eyes
    return obj


def dump(rng: random.Random, obj: Any) -> bytes:
    """Serialise as a Khabar tool might (or might not): any indent, either ASCII mode."""
    text = json.dumps(obj, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate becomes invalid UTF-8


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    """One byte-level mutation: flip, insert, delete, duplicate, truncate, or inject a duplicate key."""
    if not data:
        return rng.choice(BYTES)
    i = rng.randrange(len(data))
    op = rng.random()
    if op < 0.2:
        return data[:i] + bytes([data[i] ^ (1 << rng.randrange(8))]) + data[i + 1:]
    if op < 0.45:
        return data[:i] + rng.choice(BYTES) + data[i:]
    if op < 0.6:
        return data[:i] + data[i + rng.randint(1, 64):]
    if op < 0.7:
        j = min(len(data), i + rng.randint(1, 200))
        return data[:j] + data[i:j] + data[j:]
    if op < 0.75:
        return data[:i]
    if op < 0.9:
        k = data.find(b'"', i)
        if k >= 0:  # repeat the key at k: {"a": 1} -> {"a": "a": 1} or a true duplicate
            end = data.find(b'"', k + 1)
            if end > k:
                return data[:k] + data[k:end + 1] + b": 0, " + data[k:]
        return data
    j = rng.randrange(len(data))
    return data[:i] + data[j:j + 1] + data[i + 1:]


class Case:
    """A scratch project holding one document and its gold, rewritten for each case."""

    def __init__(self, root: Path, doc_id: str, source: Layout):
        self.layout = Layout(root)
        self.doc_id = doc_id
        for sub in ("corpus/documents", "corpus/raw", "annotations"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        self.raw = source.raw(doc_id).read_bytes()
        self.doc_bytes = source.document(doc_id).read_bytes()
        self.ann_bytes = source.annotation(doc_id).read_bytes()
        self.layout.raw(doc_id).write_bytes(self.raw)
        self.doc = read_json(source.document(doc_id))
        self.ann = read_json(source.annotation(doc_id))

    def make(self, rng: random.Random) -> tuple[bytes, bytes, Any, Any]:
        """The bytes of the record and the gold for one case, and the mutated objects (or None)."""
        which = "ann" if rng.random() < 0.75 else "doc"
        base_bytes = self.ann_bytes if which == "ann" else self.doc_bytes
        obj: Any = None
        if rng.random() < 0.35:
            data = base_bytes
            for _ in range(rng.randint(1, 3)):
                data = mutate_bytes(rng, data)
        else:
            obj = json.loads(base_bytes)  # a fresh copy, faster than deepcopy
            for _ in range(rng.randint(1, 3)):
                obj = mutate_json(rng, obj)
            data = dump(rng, obj)
        if which == "ann":
            return self.doc_bytes, data, self.doc, obj
        return data, self.ann_bytes, obj, self.ann

    def run(self, rng: random.Random) -> tuple[bytes, bytes]:
        """Run one case; raises whatever the validator raises, or AssertionError on a bad answer."""
        doc_bytes, ann_bytes, doc_obj, ann_obj = self.make(rng)
        self.layout.document(self.doc_id).write_bytes(doc_bytes)
        self.layout.annotation(self.doc_id).write_bytes(ann_bytes)
        paths = [self.layout.document(self.doc_id), self.layout.annotation(self.doc_id)]
        check(validate_files(self.layout, paths))
        # The object-level entry points see what the strict reader never lets through.
        if isinstance(doc_obj, dict) or doc_obj is None:
            check(annotation_problems(ann_obj, doc_obj if isinstance(doc_obj, dict) else self.doc,
                                      "a.json", self.doc_id))
        check(document_problems(doc_obj if doc_obj is not None else self.doc, "d.json",
                                self.raw.decode("utf-8"), self.doc_id))
        return doc_bytes, ann_bytes


def scratch_dir() -> str | None:
    """Where to write the cases: a memory file system when there is one (a case writes and reads
    six files, 60x faster there than on this machine's disk), else the default temp folder."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def check(problems: Any) -> None:
    assert isinstance(problems, list), type(problems)
    for p in problems:
        assert isinstance(p, Problem) and p.code in CODES, p
        line = p.format()
        assert "\n" not in line and "\r" not in line, line
        line.encode("utf-8")  # printable: no lone surrogate reaches the terminal


def fuzz(n: int, seed: int, root: Path, doc_id: str, crashes: Path | None,
         time_limit: float | None = None, progress: Callable[[int, int], None] | None = None
         ) -> tuple[int, int, float]:
    """Run up to n cases; (cases run, crashes, seconds)."""
    source = Layout(root)
    found = 0
    t0 = time.perf_counter()
    done = 0
    with tempfile.TemporaryDirectory(prefix="khabar-fuzz-", dir=scratch_dir()) as tmp:
        case = Case(Path(tmp), doc_id, source)
        for i in range(n):
            if time_limit is not None and time.perf_counter() - t0 > time_limit:
                break
            rng = random.Random(f"{seed}:{i}")
            try:
                case.run(rng)
            except Exception:  # noqa: BLE001 - every exception is a finding
                found += 1
                if crashes is not None:
                    crashes.mkdir(parents=True, exist_ok=True)
                    doc_bytes, ann_bytes, _, _ = case.make(random.Random(f"{seed}:{i}"))
                    (crashes / f"{seed}-{i}.document.json").write_bytes(doc_bytes)
                    (crashes / f"{seed}-{i}.annotation.json").write_bytes(ann_bytes)
                    (crashes / f"{seed}-{i}.txt").write_text(traceback.format_exc(), encoding="utf-8")
            done = i + 1
            if progress and done % 1000 == 0:
                progress(done, found)
    return done, found, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of cases")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--root", type=Path, default=REPO, help="project to take the gold from")
    ap.add_argument("--doc", default=DEFAULT_DOC, help="document id whose record and gold to mutate")
    ap.add_argument("--time-limit", type=float, help="stop after this many seconds")
    ap.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"),
                    help="folder for crashing inputs (created only when there is one)")
    args = ap.parse_args()

    def progress(done: int, found: int) -> None:
        print(f"{done} cases, {found} crash(es), {time.perf_counter() - start:.0f} s", file=sys.stderr)

    start = time.perf_counter()
    done, found, secs = fuzz(args.n, args.seed, args.root, args.doc, args.crashes, args.time_limit,
                             progress)
    print(f"{done} cases, {found} crash(es), {secs:.1f} s (seed {args.seed}, {args.doc})")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
