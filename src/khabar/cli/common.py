"""What every command needs: the project layout from `--root`, and refusing an invalid corpus."""
from __future__ import annotations

import argparse
from pathlib import Path

from khabar.corpus.layout import Layout, find_root


def layout_of(args: argparse.Namespace) -> Layout:
    return Layout(Path(args.root) if args.root else find_root())


def require_valid(layout: Layout) -> None:
    """Refuse to work from an invalid corpus (see `khabar.validate.core.require_valid`)."""
    from khabar.validate.core import require_valid as check

    check(layout)
