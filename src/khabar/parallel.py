"""Build engines: an order-preserving, bounded parallel map on local processes or on a Dask cluster.

Results come back in input order and at most a few tasks run ahead of the consumer, so memory
stays flat whatever the corpus size, and whatever is written from the results is the same with
1 or N processes, locally or on Dask.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, TypeVar

from khabar.model.errors import KhabarError, install_hint

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from distributed import Client, LocalCluster

T = TypeVar("T")
R = TypeVar("R")

# Tasks in flight per worker: enough to keep workers busy, few enough to bound memory.
AHEAD_PER_WORKER = 2
ENGINES = ("local", "dask")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive runs of `size` items (the last may be shorter), taken lazily."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def default_jobs() -> int:
    """KHABAR_JOBS, else the CPUs this process may use."""
    env = os.environ.get("KHABAR_JOBS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _bounded(submit: Callable[[T], Any], result: Callable[[Any], R], items: Iterable[T],
             window: int) -> Iterator[R]:
    """Submit ahead at most `window` items; yield results in input order."""
    pending: deque = deque()
    it = iter(items)
    for item in it:
        pending.append(submit(item))
        if len(pending) >= window:
            break
    while pending:
        res = result(pending.popleft())
        for item in it:
            pending.append(submit(item))
            break
        yield res


def _worker_init() -> None:
    """Start a local worker without pandas: pyarrow imports it (57 MB) on its first conversion of
    Python lists only to ask whether a value is a pandas object, and these workers never hold one."""
    import sys

    if "pandas" not in sys.modules:
        sys.meta_path.insert(0, _NoPandas())


class _NoPandas:
    """An import finder that refuses pandas: pyarrow then takes pandas as not installed."""

    def find_spec(self, name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("pandas is not loaded in Khabar's build workers")
        return None


class LocalEngine:
    """Worker processes on this machine (none when jobs is 1 or a map has a single task).

    Workers are spawned, not forked: a forked worker would carry this process's heap (every
    library the caller imported, `datasets` included) and the memory of the two would add up.
    """

    name = "local"

    def __init__(self, jobs: int | None = None):
        self.jobs = default_jobs() if jobs is None else max(1, jobs)
        self.pool: Pool | None = None

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            if exc[0] is None:
                self.pool.close()
            else:
                self.pool.terminate()
            self.pool.join()
            self.pool = None

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        it = iter(items)
        head = list(islice(it, 2))
        if len(head) < 2 or self.jobs <= 1:
            yield from map(fn, chain(head, it))  # one task: a pool would only cost its start-up
            return
        if self.pool is None:  # started on first need, once, and reused by later maps
            self.pool = multiprocessing.get_context("spawn").Pool(self.jobs, initializer=_worker_init)
        pool = self.pool
        items = chain(head, it)
        yield from _bounded(lambda x: pool.apply_async(fn, (x,)), lambda f: f.get(), items,
                            AHEAD_PER_WORKER * self.jobs)


class DaskEngine:
    """Tasks on a dask.distributed cluster: the one at `scheduler`, or a LocalCluster of `jobs` workers.

    The workers must see the corpus at the same paths (a shared file system) and import the
    same khabar; the results (Arrow tables) come back to this process, which writes the files.
    """

    name = "dask"

    def __init__(self, jobs: int | None = None, scheduler: str | None = None):
        self.jobs = default_jobs() if jobs is None else max(1, jobs)
        self.scheduler = scheduler
        self.client: Client | None = None
        self.cluster: LocalCluster | None = None

    def __enter__(self) -> DaskEngine:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise KhabarError(f"--engine dask needs dask.distributed; {install_hint('dask')}",
                              "dependency-missing") from None
        try:
            if self.scheduler:
                self.client = Client(self.scheduler, timeout="20s")
            else:
                self.cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                            dashboard_address=None)
                self.client = Client(self.cluster)
        except OSError as exc:
            self.__exit__(None, None, None)
            raise KhabarError(f"--scheduler {self.scheduler}: cannot connect ({exc})", "usage") from None
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None

    def _connected(self) -> Client:
        if self.client is None:
            raise RuntimeError("DaskEngine: use it as a context manager (`with engine(...)`)")
        return self.client

    def workers(self) -> int:
        return max(1, len(self._connected().scheduler_info().get("workers", {})))

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        client = self._connected()
        # pure=False: every item is submitted once; keys need not be hashed from the arguments.
        yield from _bounded(lambda x: client.submit(fn, x, pure=False), lambda f: f.result(), items,
                            AHEAD_PER_WORKER * self.workers())


@contextmanager
def engine(kind: str = "local", jobs: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """The build engine by name ("local" or "dask")."""
    if kind not in ENGINES:
        raise KhabarError(f"--engine {kind!r}: expected one of {', '.join(ENGINES)}", "usage")
    if scheduler and kind != "dask":
        raise KhabarError("--scheduler needs --engine dask", "usage")
    made = DaskEngine(jobs, scheduler) if kind == "dask" else LocalEngine(jobs)
    with made as e:
        yield e
