"""The generated blocks of the README (`<!-- refresh:NAME -->`), as the tests read them."""
from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REFRESH = "python scripts/refresh.py"


def refresh_module():
    spec = importlib.util.spec_from_file_location("refresh", REPO / "scripts" / "refresh.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def block(name: str) -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    found = refresh_module().read_block(text, name)
    assert found is not None, f"README.md lost its `<!-- refresh:{name} -->` block"
    return found


def stale(what: str) -> str:
    """The failure message of a stale generated table."""
    return f"{what} is stale: run `{REFRESH}` (it refreshes every generated table)"
