#!/usr/bin/env python3
"""Set up a local virtual environment and run Khabar's main job or its tests.

    python3 scripts/dev.py build   # install into .venv, fetch the sources, validate, build dist/khabar/
    python3 scripts/dev.py test    # install into .venv (with test extras), then run pytest

Needs only python3 (with venv). Reinstalls only when pyproject.toml changes.

The test extras pin torch==2.13.0. From PyPI alone that is the CUDA build (about 5.6 GB in .venv
with its nvidia packages). To take the CPU-only build instead, name PyTorch's CPU wheel index:

    KHABAR_TORCH_INDEX=https://download.pytorch.org/whl/cpu python3 scripts/dev.py test

torch is then installed from that index first, and the extras find it already satisfied.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"


def ensure_env(extras: str) -> None:
    if not PY.exists():
        print(f"creating {VENV.relative_to(ROOT)}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()
                            + os.environ.get("KHABAR_TORCH_INDEX", "").encode()).hexdigest()
    stamp = VENV / f".khabar-installed-{extras or 'base'}"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == digest:
        return
    target = f".[{extras}]" if extras else "."
    torch_index = os.environ.get("KHABAR_TORCH_INDEX")
    if extras and torch_index:
        print(f"installing torch==2.13.0 from {torch_index}", flush=True)
        subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "torch==2.13.0",
                        "--index-url", torch_index], check=True)
    print(f"installing khabar{f'[{extras}]' if extras else ''} into .venv", flush=True)
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "-e", target], check=True, cwd=ROOT)
    stamp.write_text(digest, encoding="utf-8")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("build", "test"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "KHABAR_NO_SKIP": "1"}
    if argv[0] == "build":
        ensure_env("")
        # Third-party sources (corpus/sources.json) the cache lacks: from $KHABAR_SOURCES when it
        # names a mirror folder, else downloaded from their pinned URLs; every SHA-256 checked.
        rc = subprocess.run([str(BIN / "khabar"), "sources", "fetch"], cwd=ROOT, env=env).returncode
        rc = rc or subprocess.run([str(BIN / "khabar"), "validate"], cwd=ROOT, env=env).returncode
        return rc or subprocess.run([str(BIN / "khabar"), "build"], cwd=ROOT, env=env).returncode
    ensure_env("test")
    return subprocess.run([str(PY), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
