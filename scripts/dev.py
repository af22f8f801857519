#!/usr/bin/env python3
"""Set up a local virtual environment and run Khabar's main job or its tests.

    python3 scripts/dev.py build   # install into .venv, fetch the sources, validate, build dist/khabar/
    python3 scripts/dev.py test    # the system packages the tests need, .venv with the test extras, pytest
    python3 scripts/dev.py test --fast   # the same without the slow, live and browser tests (CI runs all)

Needs python3 with its venv module (Debian: python3-venv). The tests also render pages in
Debian's chromium (/usr/bin/chromium) with Arabic fonts: run as root on Debian or Ubuntu, `test`
installs what is missing with apt-get (chromium, fonts-noto-core), as CI does; anywhere else it
stops before any test with one line naming what to install. Reinstalls .venv only when
pyproject.toml changes.

The test extras pin torch==2.13.0. From PyPI alone that is the CUDA build (about 5.6 GB in .venv
with its nvidia packages). To take the CPU-only build instead, name PyTorch's CPU wheel index:

    KHABAR_TORCH_INDEX=https://download.pytorch.org/whl/cpu python3 scripts/dev.py test

torch is then installed from that index first, and the extras find it already satisfied.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
# Where the viewer test runs chromium (tests/annotate/test_view.py), and the Debian packages
# that give it and the Arabic fonts it renders with.
CHROMIUM = Path("/usr/bin/chromium")


@dataclass(frozen=True)
class Machine:
    """What the set-up looks at: the decision (`plan`) is a function of this alone."""

    venv: bool          # .venv exists, or python3 can make one (ensurepip is there)
    chromium: bool      # /usr/bin/chromium
    arabic_fonts: bool  # fontconfig knows a font for Arabic
    root: bool
    apt_get: bool       # a Debian-like system


def probe() -> Machine:
    fonts = False
    if shutil.which("fc-list"):
        listed = subprocess.run(["fc-list", ":lang=ar", "family"], capture_output=True, text=True)
        fonts = listed.returncode == 0 and bool(listed.stdout.strip())
    return Machine(venv=PY.exists() or importlib.util.find_spec("ensurepip") is not None,
                   chromium=CHROMIUM.is_file(), arabic_fonts=fonts,
                   root=hasattr(os, "geteuid") and os.geteuid() == 0, apt_get=shutil.which("apt-get") is not None)


def missing_packages(machine: Machine, command: str) -> list[tuple[str, str]]:
    """(Debian package, what it gives) of everything `command` needs that the machine lacks."""
    out = [] if machine.venv else [("python3-venv", "python3's venv module")]
    if command == "test":
        out += [] if machine.chromium else [("chromium", f"chromium at {CHROMIUM}")]
        out += [] if machine.arabic_fonts else [("fonts-noto-core", "an Arabic font (`fc-list :lang=ar` lists none)")]
    return out


def plan(machine: Machine, command: str) -> tuple[list[list[str]], str | None]:
    """The apt-get commands to run first, or the one line to stop with (never both).

    Packages are installed only as root on a system with apt-get, as CI runs; anyone else is
    told what to install, before any test runs rather than as failed viewer tests at the end.
    """
    missing = missing_packages(machine, command)
    if not missing:
        return [], None
    names = [name for name, _ in missing]
    if machine.root and machine.apt_get:
        return [["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *names]], None
    how = (f"sudo apt-get install {' '.join(names)}" if machine.apt_get else
           f"with the system's package manager (Debian: apt-get install {' '.join(names)})")
    return [], (f"dev.py {command}: missing {'; '.join(what for _, what in missing)}. "
                f"Install {' and '.join(names)} ({how}), then rerun")


def set_up_system(command: str) -> str | None:
    """Install (or say what to install) what `command` needs of the system; None when ready."""
    commands, stop = plan(probe(), command)
    if stop:
        return stop
    for argv in commands:
        print(" ".join(argv), flush=True)
        rc = subprocess.run(argv, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
                            stdout=subprocess.DEVNULL).returncode
        if rc:
            return f"dev.py {command}: `{' '.join(argv)}` failed (exit {rc})"
    if commands:
        still = missing_packages(probe(), command)
        if still:
            return f"dev.py {command}: still missing after apt-get: {'; '.join(what for _, what in still)}"
    return None


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
    stop = set_up_system(argv[0])
    if stop:
        print(stop, file=sys.stderr)
        return 2
    if argv[0] == "build":
        ensure_env("")
        # Third-party sources (corpus/sources.json) the cache lacks: from $KHABAR_SOURCES when it
        # names a mirror folder, else downloaded from their pinned URLs; every SHA-256 checked.
        rc = subprocess.run([str(BIN / "khabar"), "sources", "fetch"], cwd=ROOT, env=env).returncode
        rc = rc or subprocess.run([str(BIN / "khabar"), "validate"], cwd=ROOT, env=env).returncode
        return rc or subprocess.run([str(BIN / "khabar"), "build"], cwd=ROOT, env=env).returncode
    ensure_env("test")
    return subprocess.run([str(PY), "-m", "pytest", *pytest_args(argv[1:])], cwd=ROOT, env=env).returncode


# The tests `--fast` leaves out: they train models, start servers or a browser (CI runs them all).
FAST = ["-m", "not slow and not live and not browser"]


def pytest_args(args: list[str]) -> list[str]:
    """pytest's arguments for `dev.py test ARGS`: `--fast` becomes the marker expression."""
    return [*FAST, *(a for a in args if a != "--fast")] if "--fast" in args else list(args)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
