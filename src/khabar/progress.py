"""The progress hook of long library jobs: the library reports counts, a command draws them.

A job that walks many documents takes `progress: Progress` and calls it once per phase,
``tick = progress("validate", total)``, then ``tick(n)`` as each batch of n items is done. The
library never prints; `khabar.cli.progress` turns the hook into tqdm bars on a terminal and into
nothing when the output is not one. `SILENT` is the default.
"""
from __future__ import annotations

from collections.abc import Callable

Tick = Callable[[int], None]
Progress = Callable[[str, "int | None"], Tick]


def _ignore(_n: int) -> None:
    return None


def SILENT(_what: str, _total: int | None) -> Tick:  # noqa: N802 - a constant-like default hook
    return _ignore
