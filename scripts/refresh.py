#!/usr/bin/env python3
"""Refresh every generated table in the documentation, after the corpus or the code changed.

    python scripts/refresh.py            # rewrite what is stale
    python scripts/refresh.py --check    # list what is stale, change nothing (exit 1 if any)
    python scripts/refresh.py stats baselines   # only these blocks
    python scripts/refresh.py leaderboard       # only docs/leaderboard.md (scripts/leaderboard.py)

Each README table that a command computes sits between `<!-- refresh:NAME -->` and
`<!-- /refresh:NAME -->`; the tests compare each block with what its command prints today, and
their failure messages name this script. Besides the README blocks: the JSON Schemas
(`khabar schema --write`), DATASHEET.md's counts (`khabar datasheet --write`) and docs/codes.md
(the problem-code registry). Adding an article changes several of them: run this once.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from khabar.io import atomic_write_text  # noqa: E402

README = ROOT / "README.md"
CODES_DOC = ROOT / "docs" / "codes.md"


def _env(cache: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "HF_HUB_OFFLINE": "1",
            "HF_DATASETS_OFFLINE": "1", "KHABAR_CACHE_DIR": cache}


def _run(argv: list[str], cache: str) -> str:
    res = subprocess.run([sys.executable, *argv], cwd=ROOT, env=_env(cache), capture_output=True, text=True)
    if res.returncode != 0:
        raise SystemExit(f"refresh: `{' '.join(argv)}` failed (exit {res.returncode}):\n{res.stderr[-2000:]}")
    return res.stdout


# README blocks: name -> the command whose standard output the block holds.
BLOCKS: dict[str, list[str]] = {
    "stats": ["-m", "khabar", "stats"],
    "suggest": ["scripts/suggest_eval.py", "--json", "{json}"],
    "numerals": ["scripts/numerals_eval.py"],
    "baselines": ["scripts/baselines.py"],
    "cross-corpus": ["scripts/cross_corpus.py"],
    "agreement": ["-m", "khabar", "agreement", "--by-domain"],
}
# The documents that hold blocks; a block may sit in several (the agreement tables are in the
# README and in the guidelines), and each must sit in one at least.
GUIDELINES = ROOT / "annotations" / "GUIDELINES.md"
# Not a README block: scripts/leaderboard.py writes docs/leaderboard.md, its plot and results.
LEADERBOARD = "leaderboard"
# Figures a block's command writes beside its table (the test suite checks them without
# recomputing every one: see scripts/suggest_eval.py).
FIGURES = {"suggest": ROOT / "docs" / "suggest-eval.json"}
OWN_CACHE = {"suggest"}
DOCS = (README, GUIDELINES)


def block_re(name: str) -> re.Pattern[str]:
    return re.compile(rf"(<!-- refresh:{re.escape(name)} -->\n)(.*?)(<!-- /refresh:{re.escape(name)} -->)", re.S)


def read_block(text: str, name: str) -> str | None:
    """The content of a README block (None: the markers are missing)."""
    m = block_re(name).search(text)
    return None if m is None else m.group(2)


def codes_markdown() -> str:
    from khabar.model.errors import CODES

    lines = ["# Problem and error codes", "",
             "Every code Khabar reports, from `khabar.model.errors.CODES` (written by "
             "`python scripts/refresh.py`; `khabar validate --explain CODE` prints one). Validation "
             "problems read `path:$.json.path: [code] expected X, found Y`; command errors end with "
             "`[code]`.", "", "| code | severity | meaning |", "|---|---|---|"]
    lines += [f"| `{code}` | {c.severity} | {c.explanation} |" for code, c in CODES.items()]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help=f"blocks to refresh (default: all): {', '.join(BLOCKS)}")
    ap.add_argument("--check", action="store_true", help="report stale blocks only; exit 1 if any")
    args = ap.parse_args(argv)
    unknown = [n for n in args.names if n not in BLOCKS and n != LEADERBOARD]
    if unknown:
        ap.error(f"unknown block(s) {', '.join(unknown)}; expected {', '.join([*BLOCKS, LEADERBOARD])}")
    stale: list[str] = []
    with tempfile.TemporaryDirectory() as cache:
        texts = {doc: doc.read_text(encoding="utf-8") for doc in DOCS}
        for name in [n for n in args.names if n != LEADERBOARD] or ([] if args.names else BLOCKS):
            holders = [doc for doc in DOCS if read_block(texts[doc], name) is not None]
            if not holders:
                raise SystemExit(f"refresh: no `<!-- refresh:{name} -->` block in "
                                 + " or ".join(str(d.relative_to(ROOT)) for d in DOCS))
            # A block whose command also writes figures (`{json}`) keeps them in docs/: written
            # to the temporary folder first, kept only when the block is refreshed.
            stored = FIGURES.get(name)
            argv = [a.replace("{json}", str(Path(cache) / f"{name}.json")) for a in BLOCKS[name]]
            # The suggest models are keyed by what they learned from: the project's own cache
            # serves them again (71 left-out models take some ten minutes to train).
            fresh = _run(argv, cache if name not in OWN_CACHE else str(ROOT / ".cache" / "khabar"))
            if stored is not None:
                new_json = (Path(cache) / f"{name}.json").read_text(encoding="utf-8")
                if not stored.is_file() or stored.read_text(encoding="utf-8") != new_json:
                    stale.append(str(stored.relative_to(ROOT)))
                    if not args.check:
                        atomic_write_text(stored, new_json)
            for doc in holders:
                if fresh != read_block(texts[doc], name):
                    stale.append(f"{doc.relative_to(ROOT)} block {name}")
                    texts[doc] = block_re(name).sub(lambda m, fresh=fresh: m.group(1) + fresh + m.group(3),
                                                    texts[doc])
        if not args.names:
            codes = codes_markdown()
            if not CODES_DOC.is_file() or CODES_DOC.read_text(encoding="utf-8") != codes:
                stale.append(str(CODES_DOC.relative_to(ROOT)))
                if not args.check:
                    CODES_DOC.parent.mkdir(exist_ok=True)
                    CODES_DOC.write_text(codes, encoding="utf-8")
            from khabar.sources.converters import REPORTS, conversion_report
            from khabar.sources.manifest import load_manifest

            for source, rel in REPORTS.items():
                report = conversion_report(ROOT, load_manifest(ROOT), source)
                if not (ROOT / rel).is_file() or (ROOT / rel).read_text(encoding="utf-8") != report:
                    stale.append(str(rel))
                    if not args.check:
                        atomic_write_text(ROOT / rel, report)
            for cmd, what in ((["schema"], "schema/*.json"), (["datasheet"], "DATASHEET.md counts")):
                res = subprocess.run([sys.executable, "-m", "khabar", *cmd], cwd=ROOT, env=_env(cache),
                                     capture_output=True, text=True)
                if res.returncode == 1:
                    stale.append(what)
                    if not args.check:
                        _run(["-m", "khabar", *cmd, "--write"], cache)
                elif res.returncode != 0:
                    raise SystemExit(f"refresh: `khabar {cmd[0]}` failed:\n{res.stderr[-2000:]}")
        if stale and not args.check:
            for doc in DOCS:
                if texts[doc] != doc.read_text(encoding="utf-8"):
                    atomic_write_text(doc, texts[doc])
    if not args.names or LEADERBOARD in args.names:
        # Last: the release's content hash covers DATASHEET.md, written above. The models are
        # cached by what they learned from (.cache/khabar/leaderboard), so only scoring reruns.
        res = subprocess.run([sys.executable, "scripts/leaderboard.py", *(["--check"] if args.check else [])],
                             cwd=ROOT, env={**_env(""), "KHABAR_CACHE_DIR": str(ROOT / ".cache" / "khabar")},
                             capture_output=True, text=True)
        if res.returncode not in (0, 1) or (res.returncode == 1 and not args.check):
            raise SystemExit(f"refresh: scripts/leaderboard.py failed:\n{res.stderr[-2000:]}")
        stale += [line.split(": ", 1)[1] for line in res.stdout.splitlines() if ": " in line]
    for what in stale:
        print(f"{'stale' if args.check else 'refreshed'}: {what}")
    if not stale:
        print("every generated table is current")
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
