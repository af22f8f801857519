#!/usr/bin/env python3
"""Fuzz the validator and every reader: seeded byte-, token- and JSON-level mutations of valid inputs.

    .venv/bin/python scripts/fuzz.py N [--seed S] [--root DIR] [--doc ID] [--time-limit SEC]
                                       [--crashes DIR] [--reader NAME|all]

Each case mutates the gold file or the record (one to three mutations), writes it into a
scratch copy of the project and runs `khabar.validate.core.validate_files` on both files, then
the object-level entry points (`annotation_problems`, `document_problems`) on the mutated
object when it parses. A case passes when every answer is a list of registered problems, each
printable as one UTF-8 line; any exception is a crash, saved under --crashes for replay.
The same seed gives the same cases. tests/test_fuzz.py runs the same mutations under hypothesis.

`--reader NAME` fuzzes a reader instead (`all`: each in turn, N cases each), from a synthetic
document made up here (never corpus text): the tool formats (labelstudio JSON, brat .ann,
INCEpTION .xmi and zip), an adjudication's disagreements.json (`--apply`), a predictions file
(`benchmark --model predictions:FILE`) and suggest's number reader on mutated text. A case passes
when the reader answers, or raises KhabarError with a registered code and a one-line message
naming the file; any other exception is a crash. tests/test_fuzz_readers.py runs them under
hypothesis.
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


# ---------------------------------------------------------------- the readers

# A made-up article for the reader fuzzers (never third-party text).
READER_RAW = ("1/3/2023 8:15:00 AM\nأعلنت الوزارة أن 250 طالبا نجحوا في دمشق، بينهم 40 طالبة.\n"
              "وقال المدير إن أكثر من ثلاثين مدرسة فتحت أبوابها.")
READER_DOC = "fz1"
# Tokens that have broken number and offset readers: fractions, huge and mixed-script numbers,
# signs, exponents, superscripts, ids too long for a file name.
TOKENS = ["1/3", "9" * 5000, "٣" * 5000, "1" + "0" * 4400, "4٢", "۴2", "٤٫٥", "-1", "+3", "1e5", "1_000",
          "²", "𝟙", "0x1F", "٠", "00", " ", "", "\t", "T" + "1" * 300, "e" + "x" * 300, "n" * 300,
          "Arg1:T999", "الف", "مليار", "1.5", "١,٢٥٠", "3.", ".5", "NaN", "inf"]
NUMBER_TEXT = ["250", "40", "ثلاثين", "أكثر من", "2023", "١٢٣", "۱۲۳", "12٣", "٣٫٥", "1,250", "2.5",
               "مئة", "ألفين", "ثلاثة ملايين", "%", "٪"]


def mutate_tokens(rng: random.Random, text: str) -> str:
    """One token-level mutation of text: a number, id or word swapped for a hostile token."""
    import re

    runs = [m.span() for m in re.finditer(r"\w+|[^\w\s]", text)]
    if not runs:
        return rng.choice(TOKENS)
    a, b = rng.choice(runs)
    return text[:a] + rng.choice(TOKENS) + text[b:]


def mutate_text(rng: random.Random, data: bytes) -> bytes:
    """Byte- or token-level mutations of a text file (one to three)."""
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.5:
            data = mutate_tokens(rng, data.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
        else:
            data = mutate_bytes(rng, data)
    return data


def mutate_json_bytes(rng: random.Random, data: bytes) -> bytes:
    """JSON-level mutations (extended with the hostile tokens), or byte-level ones."""
    if rng.random() < 0.3:  # bytes and tokens: a 5,000-digit number, `1/3`, where a number was
        return mutate_text(rng, data)
    obj = json.loads(data)
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.2:
            path = _random_path(rng, obj)
            if path:
                parent = _get(obj, path[:-1])
                tok = rng.choice(TOKENS)
                parent[path[-1]] = int(tok) if tok.isascii() and tok.isdigit() and len(tok) < 4000 and rng.random() < 0.5 \
                    else tok
                continue
        obj = mutate_json(rng, obj)
    return dump(rng, obj)


class ReaderCase:
    """A scratch project with the synthetic document, its gold and two passes, and the valid
    input of each reader, made by Khabar's own writers."""

    def __init__(self, root: Path):
        from khabar.corpus.documents import make_document
        from khabar.io import write_json

        self.root = root
        self.layout = Layout(root / "proj")
        self.layout.raw_dir.mkdir(parents=True, exist_ok=True)
        self.layout.documents_dir.mkdir(parents=True, exist_ok=True)
        self.layout.raw(READER_DOC).write_text(READER_RAW, encoding="utf-8")
        self.doc = make_document(READER_RAW, READER_DOC, f"corpus/raw/{READER_DOC}.txt")
        write_json(self.layout.document(READER_DOC), self.doc)
        self.gold = reader_gold(self.doc)
        write_json(self.layout.annotation(READER_DOC), self.gold)
        self.work = root / "work"
        self.work.mkdir()
        self.out = root / "imported"

    def path(self, name: str, data: bytes) -> Path:
        path = self.work / name
        path.write_bytes(data)
        return path


def reader_gold(doc: dict[str, Any]) -> dict[str, Any]:
    """A valid gold of the synthetic document: entities, numbers, a claim and a relation."""
    text = doc["text"]

    def sp(sub: str) -> dict[str, Any]:
        i = text.index(sub)
        return {"start": i, "end": i + len(sub), "text": sub}

    num = lambda i, sub, value, **kw: {"id": i, **sp(sub), "value": value, "kind": "cardinal",  # noqa: E731
                                       "qualifier": "exact", "qualifier_span": None, "counted": None, **kw}
    a, b = text.index("250"), text.index("طالبة") + len("طالبة")
    return {"schema_version": "1.0.0", "document_id": doc["id"], "text_sha256": doc["text_sha256"],
            "status": "annotated",
            "entities": [{"id": "e1", **sp("الوزارة"), "label": "ORG"}, {"id": "e2", **sp("دمشق"), "label": "GPE"}],
            "numbers": [num("n1", "250", 250, counted=sp("طالبا")), num("n2", "40", 40, counted=sp("طالبة")),
                        num("n3", "ثلاثين", 30, qualifier="more_than", qualifier_span=sp("أكثر من"))],
            "claims": [{"id": "c1", "start": a, "end": b, "text": text[a:b], "claimant": "e1",
                        "cue": sp("أعلنت"), "kind": "statistic", "check_worthy": True, "numbers": ["n1", "n2"]}],
            "relations": [{"id": "r1", "type": "includes", "total": "n1", "parts": ["n2"]}]}


def check_error(exc: Exception, path: Path | None) -> None:
    """A reader's refusal: a KhabarError with a registered code, one printable line naming the file."""
    from khabar.model.errors import KhabarError

    if not isinstance(exc, KhabarError):
        raise exc
    line = str(exc)
    assert exc.code in CODES, (exc.code, line)
    assert "\n" not in line and "\r" not in line, line
    line.encode("utf-8")
    if path is not None:
        assert path.name in line, line


def _refusal(fn: Callable[[], Any], path: Path | None) -> None:
    from khabar.model.errors import KhabarError

    try:
        fn()
    except KhabarError as exc:
        check_error(exc, path)


class ToolReader:
    """labelstudio, brat, inception (.xmi) and inception-zip: `import_annotations` into --out."""

    def __init__(self, case: ReaderCase, fmt: str, zipped: bool = False):
        from khabar.formats import brat, inception
        from khabar.formats import labelstudio as ls

        self.case, self.fmt, self.zipped = case, fmt, zipped
        doc, gold = case.doc, case.gold
        if fmt == "labelstudio":
            tasks = ls.export_tasks([(doc, gold)])
            for t in tasks:  # a submitted annotation, as Label Studio's export holds it
                t["annotations"] = [{"id": 1, "result": p["result"]} for p in t.pop("predictions")]
            self.base = json.dumps(tasks, ensure_ascii=False).encode("utf-8")
            self.name = "export.json"
        elif fmt == "brat":
            self.base = brat.export_ann(doc, gold).encode("utf-8")
            self.name = f"{READER_DOC}.ann"
        else:
            self.base = inception.export_xmi(doc, gold).encode("utf-8")
            self.name = f"{READER_DOC}.xmi"

    def make(self, rng: random.Random) -> tuple[str, bytes]:
        if self.fmt == "labelstudio":
            return self.name, mutate_json_bytes(rng, self.base)
        data = mutate_text(rng, self.base) if rng.random() < 0.9 or self.zipped else self.base
        if not self.zipped:
            return self.name, data
        return f"{READER_DOC}.zip", zip_bytes(rng, self.name, data)

    def run(self, rng: random.Random) -> None:
        from khabar.formats.tools import import_annotations

        name, data = self.make(rng)
        path = self.case.path(name, data)
        _refusal(lambda: import_annotations(self.case.layout, self.fmt.split("-")[0], path, out=self.case.out,
                                            force=True), path)


def zip_bytes(rng: random.Random, name: str, data: bytes) -> bytes:
    """A zip holding `data` as `name`, perhaps marked encrypted, perhaps damaged."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])) as z:
        z.writestr(rng.choice([name, f"sub/{name}", name.upper(), "../" + name]), data)
    out = bytearray(buf.getvalue())
    r = rng.random()
    if r < 0.3:
        # The encrypted flag (bit 0 of the general purpose flags) in the local and central headers.
        for sig in (b"PK\x03\x04", b"PK\x01\x02"):
            i = out.find(sig)
            if i >= 0:
                flag_at = i + (6 if sig == b"PK\x03\x04" else 8)
                out[flag_at] |= 1
    elif r < 0.6:
        return mutate_bytes(rng, bytes(out))
    return bytes(out)


class DisagreementsReader:
    """disagreements.json, through `adjudicate(..., apply=True)` (what `--apply` reads)."""

    def __init__(self, case: ReaderCase):
        import copy as _copy

        from khabar.annotate.adjudicate import adjudicate
        from khabar.io import write_json

        self.case = case
        b = _copy.deepcopy(case.gold)
        b["entities"][1]["label"] = "LOC"
        b["numbers"][2]["qualifier"] = "approximately"
        b["claims"][0]["check_worthy"] = False
        # Passes are read from inside the project only (a path out of it is refused).
        self.passes = [case.layout.passes(READER_DOC) / "A.json", case.layout.passes(READER_DOC) / "B.json"]
        write_json(self.passes[0], case.gold)
        write_json(self.passes[1], b)
        self.folder = case.root / "adjudication"
        (self.folder / "disagreements.json").unlink(missing_ok=True)  # a fresh start, no decisions carried
        files = adjudicate(case.layout, READER_DOC, self.passes, self.folder)
        self.base = files.json.read_bytes()
        decided = json.loads(self.base)
        for k, d in enumerate(decided["disagreements"]):
            d["decision"] = ["A", "B"][k % 2]
        self.base = json.dumps(decided, ensure_ascii=False).encode("utf-8")

    def run(self, rng: random.Random) -> None:
        from khabar.annotate.adjudicate import adjudicate

        path = self.folder / "disagreements.json"
        path.write_bytes(mutate_json_bytes(rng, self.base))
        _refusal(lambda: adjudicate(self.case.layout, READER_DOC, self.passes, self.folder, apply=True,
                                    force=True), path)


class PredictionsReader:
    """A predictions file, through the `predictions:FILE` adapter on rows of the document."""

    def __init__(self, case: ReaderCase):
        from khabar.evaluate.data import EvalRow
        from khabar.model.spans import Span

        self.case = case
        text = case.doc["text"]
        paragraphs = text.split("\n")
        self.rows = []
        offset = 0
        for k, para in enumerate(paragraphs):
            ents = [Span(e["start"] - offset, e["end"] - offset, e["label"]) for e in case.gold["entities"]
                    if offset <= e["start"] < offset + len(para)]
            self.rows.append(EvalRow(f"{READER_DOC}#p{k}s0", para, ents, READER_DOC, offset))
            offset += len(para) + 1
        lines = [json.dumps({"id": READER_DOC, "text": text,
                             "spans": [{"start": e["start"], "end": e["end"], "label": e["label"],
                                        "text": e["text"]} for e in case.gold["entities"]]}, ensure_ascii=False)]
        self.base = [line.encode("utf-8") for line in lines]

    def run(self, rng: random.Random) -> None:
        from khabar.evaluate.adapters.predictions import PredictionsAdapter

        lines = list(self.base)
        k = rng.randrange(len(lines))
        lines[k] = mutate_json_bytes(rng, lines[k]).replace(b"\n", b" ") if rng.random() < 0.8 \
            else mutate_bytes(rng, lines[k])
        if rng.random() < 0.1:  # a second record: the same again, or one for a row the first covers
            lines.append(rng.choice([*self.base, json.dumps({"id": self.rows[1].id, "spans": []}).encode()]))
        path = self.case.path("predictions.jsonl", b"\n".join(lines) + b"\n")
        _refusal(lambda: PredictionsAdapter(str(path), {r.id for r in self.rows}).predict(self.rows), path)


class NumeralsReader:
    """suggest's number reader (`find_numbers`, `read_number`) on mutated text: never an exception."""

    def __init__(self, case: ReaderCase):
        self.base = case.doc["text"]

    def run(self, rng: random.Random) -> None:
        from khabar.model.numerals import find_numbers, read_number

        text = self.base
        for _ in range(rng.randint(1, 4)):
            if rng.random() < 0.7:
                text = mutate_tokens(rng, text)
            else:
                i = rng.randrange(len(text) + 1)
                text = text[:i] + rng.choice(NUMBER_TEXT + TOKENS) + text[i:]
        for found in find_numbers(text):
            assert 0 <= found.start < found.end <= len(text), found
        for word in text.split():
            read_number(word)


READERS: dict[str, Callable[[ReaderCase], Any]] = {
    "labelstudio": lambda c: ToolReader(c, "labelstudio"),
    "brat": lambda c: ToolReader(c, "brat"),
    "inception": lambda c: ToolReader(c, "inception"),
    "inception-zip": lambda c: ToolReader(c, "inception-zip", zipped=True),
    "disagreements": DisagreementsReader,
    "predictions": PredictionsReader,
    "numerals": NumeralsReader,
}


def fuzz_reader(name: str, n: int, seed: int, crashes: Path | None, time_limit: float | None = None,
                progress: Callable[[int, int], None] | None = None) -> tuple[int, int, float]:
    """Run up to n cases of one reader; (cases run, crashes, seconds)."""
    found = done = 0
    with tempfile.TemporaryDirectory(prefix="khabar-fuzz-", dir=scratch_dir()) as tmp:
        reader = READERS[name](ReaderCase(Path(tmp)))
        t0 = time.perf_counter()
        for i in range(n):
            if time_limit is not None and time.perf_counter() - t0 > time_limit:
                break
            try:
                reader.run(random.Random(f"{name}:{seed}:{i}"))
            except Exception:  # noqa: BLE001 - every exception is a finding
                found += 1
                if crashes is not None:
                    crashes.mkdir(parents=True, exist_ok=True)
                    (crashes / f"{name}-{seed}-{i}.txt").write_text(traceback.format_exc(), encoding="utf-8")
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
    ap.add_argument("--reader", choices=[*READERS, "all"],
                    help="fuzz this reader (all: each in turn) instead of the validator")
    args = ap.parse_args()

    def progress(done: int, found: int) -> None:
        print(f"{done} cases, {found} crash(es), {time.perf_counter() - start:.0f} s", file=sys.stderr)

    start = time.perf_counter()
    if args.reader:
        total = 0
        for name in (list(READERS) if args.reader == "all" else [args.reader]):
            start = time.perf_counter()
            done, found, secs = fuzz_reader(name, args.n, args.seed, args.crashes, args.time_limit, progress)
            print(f"{name}: {done} cases, {found} crash(es), {secs:.1f} s (seed {args.seed})", flush=True)
            total += found
        return 1 if total else 0
    done, found, secs = fuzz(args.n, args.seed, args.root, args.doc, args.crashes, args.time_limit,
                             progress)
    print(f"{done} cases, {found} crash(es), {secs:.1f} s (seed {args.seed}, {args.doc})")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
