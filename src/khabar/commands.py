"""Registry of the commands defined outside cli.py; each entry adds its subparser(s)."""
from __future__ import annotations

from typing import Callable

from khabar import agreement, export, stats

REGISTRY: list[Callable] = [
    agreement.register,
    export.register,
    stats.register,
]
