"""An order-preserving parallel map: the same output, in the same order, with 1 or N processes."""
from __future__ import annotations

import multiprocessing
import os
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a process pool costs more than it saves.
MIN_PARALLEL_ITEMS = 200


def default_jobs() -> int:
    """KHABAR_JOBS, else the CPUs this process may use."""
    env = os.environ.get("KHABAR_JOBS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int | None = None,
                chunksize: int = 32, min_items: int = MIN_PARALLEL_ITEMS) -> Iterator[R]:
    """`map(fn, items)`, spread over `jobs` processes when there are enough items.

    Results come back in input order, so whatever is written from them is deterministic.
    `fn` must be a module-level function (it is pickled by name).
    """
    items = list(items)
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1 or len(items) < min_items or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(fn, items)
        return
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield from pool.imap(fn, items, chunksize=chunksize)
