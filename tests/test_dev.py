"""`python3 scripts/dev.py test` sets up what the tests need, or stops before any test with one
line naming it. The decision is a function of the machine, passed in: this
machine has chromium, so nothing is uninstalled to test it."""
from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dev():
    spec = importlib.util.spec_from_file_location("khabar_dev_script", REPO / "scripts" / "dev.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    yield mod
    del sys.modules[spec.name]


UPDATE = ["apt-get", "update", "-qq"]
INSTALL = ["apt-get", "install", "-y", "-qq"]
CHROMIUM = "chromium at /usr/bin/chromium"
FONTS = "an Arabic font (`fc-list :lang=ar` lists none)"


def _machine(dev, venv=True, chromium=True, arabic_fonts=True, root=True, apt_get=True):
    return dev.Machine(venv=venv, chromium=chromium, arabic_fonts=arabic_fonts, root=root, apt_get=apt_get)


@pytest.mark.parametrize("machine,command,want", [
    # nothing missing: nothing to do, root or not
    (dict(), "test", ([], None)),
    (dict(root=False, apt_get=False), "test", ([], None)),
    # root on a Debian-like system, as CI: install exactly what is missing
    (dict(chromium=False), "test", ([UPDATE, INSTALL + ["chromium"]], None)),
    (dict(arabic_fonts=False), "test", ([UPDATE, INSTALL + ["fonts-noto-core"]], None)),
    (dict(chromium=False, arabic_fonts=False), "test", ([UPDATE, INSTALL + ["chromium", "fonts-noto-core"]], None)),
    (dict(venv=False, chromium=False), "test", ([UPDATE, INSTALL + ["python3-venv", "chromium"]], None)),
    # the build renders nothing: it needs no browser
    (dict(chromium=False, arabic_fonts=False), "build", ([], None)),
    (dict(venv=False, root=False), "build", ([], "dev.py build: missing python3's venv module. Install "
                                             "python3-venv (sudo apt-get install python3-venv), then rerun")),
    # not root: one line saying what to install
    (dict(chromium=False, root=False), "test",
     ([], f"dev.py test: missing {CHROMIUM}. Install chromium (sudo apt-get install chromium), then rerun")),
    (dict(chromium=False, arabic_fonts=False, root=False), "test",
     ([], f"dev.py test: missing {CHROMIUM}; {FONTS}. Install chromium and fonts-noto-core (sudo apt-get "
          "install chromium fonts-noto-core), then rerun")),
    # root without apt-get (not Debian-like): never guess another package manager
    (dict(arabic_fonts=False, apt_get=False), "test",
     ([], f"dev.py test: missing {FONTS}. Install fonts-noto-core (with the system's package manager "
          "(Debian: apt-get install fonts-noto-core)), then rerun")),
])
def test_plan(dev, machine, command, want):
    assert dev.plan(_machine(dev, **machine), command) == want


def test_plan_covers_every_machine(dev):
    """Over every machine: either ready, or apt-get as root on Debian, or one line; never both."""
    for bits in itertools.product((False, True), repeat=5):
        m = dev.Machine(*bits)
        for command in ("build", "test"):
            commands, stop = dev.plan(m, command)
            missing = dev.missing_packages(m, command)
            assert (commands == [] or stop is None) and "\n" not in (stop or "")
            assert bool(commands) == bool(missing and m.root and m.apt_get)
            assert bool(stop) == bool(missing and not (m.root and m.apt_get))


def _recording(dev, monkeypatch, machines):
    """dev.py with the machine probes given in turn, and every command and install recorded."""
    calls = []
    probes = iter(machines)
    monkeypatch.setattr(dev, "probe", lambda: next(probes))
    monkeypatch.setattr(dev, "ensure_env", lambda extras: calls.append(("ensure_env", extras)))

    class Done:
        returncode = 0

    def run(argv, **kw):
        calls.append(tuple(map(str, argv)))
        return Done()

    monkeypatch.setattr(dev.subprocess, "run", run)
    return calls


def test_test_command_stops_before_any_test(dev, monkeypatch, capsys):
    """Before: no check at all; without chromium the run took minutes and ended in 3 failed tests."""
    calls = _recording(dev, monkeypatch, [_machine(dev, chromium=False, root=False)])
    assert dev.main(["test"]) == 2
    assert calls == []  # no .venv install, no pytest
    assert capsys.readouterr().err == (f"dev.py test: missing {CHROMIUM}. Install chromium (sudo apt-get "
                                       "install chromium), then rerun\n")


def test_test_command_installs_first_as_root(dev, monkeypatch, capsys):
    calls = _recording(dev, monkeypatch, [_machine(dev, chromium=False, arabic_fonts=False), _machine(dev)])
    assert dev.main(["test", "-q"]) == 0
    assert calls == [tuple(UPDATE), (*INSTALL, "chromium", "fonts-noto-core"), ("ensure_env", "test"),
                     (str(dev.PY), "-m", "pytest", "-q")]


def test_ci_runs_the_test_command_alone():
    """The set-up lives in one place: CI calls the README's test command and installs nothing itself."""
    run = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in run.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert "apt-get" not in "\n".join(commands)
    assert commands[-1] == "python3 scripts/dev.py test"
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    assert "python3 scripts/dev.py test" in quickstart and "fonts-noto-core" in quickstart


@pytest.mark.parametrize("args, expected", [
    ([], []),
    (["-q"], ["-q"]),
    (["--fast"], ["-m", "not slow and not live and not browser"]),
    (["-q", "--fast", "tests/test_io.py"], ["-m", "not slow and not live and not browser", "-q", "tests/test_io.py"]),
])
def test_fast_deselects_the_slow_live_and_browser_tests(dev, args, expected):
    assert dev.pytest_args(args) == expected


def test_every_marker_the_fast_run_names_is_registered(dev, pytestconfig):
    registered = {m.split(":")[0].split("(")[0] for m in pytestconfig.getini("markers")}
    named = set(dev.FAST[1].replace("not ", "").split(" and "))
    assert named == {"slow", "live", "browser"} and named <= registered
