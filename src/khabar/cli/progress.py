"""Progress bars for commands that walk many documents: tqdm on a terminal, silent otherwise."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from khabar.progress import SILENT, Progress, Tick


@contextmanager
def bars(stream=None) -> Iterator[Progress]:
    """A `Progress` hook that draws one bar per phase on `stream` (stderr) when it is a terminal;
    the bars are closed when the block ends, so the command's own output follows them cleanly."""
    stream = stream or sys.stderr
    if not (hasattr(stream, "isatty") and stream.isatty()):
        yield SILENT
        return
    from tqdm import tqdm

    opened = []

    def progress(what: str, total: int | None) -> Tick:
        bar = tqdm(total=total, desc=what, file=stream, leave=False, dynamic_ncols=True)
        opened.append(bar)
        return bar.update

    try:
        yield progress
    finally:
        for bar in opened:
            bar.close()
