"""Registry of the commands defined outside cli.py; each entry adds its subparser(s)."""
from __future__ import annotations

from typing import Callable

from khabar import agreement, benchmark, build, datasheet, export, publish, splits, stats, wojood

# In the order `khabar --help` lists them: the corpus, the release, then evaluation.
REGISTRY: list[Callable] = [
    export.register,
    wojood.register,
    stats.register,
    agreement.register,
    splits.register,
    build.register,
    datasheet.register,
    publish.register,
    benchmark.register,
]
