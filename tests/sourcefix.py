"""Where the tests find third-party sources: the verified cache that conftest fills at session start."""
from __future__ import annotations

from pathlib import Path

from khabar.sources.fetch import source_dir
from khabar.sources.manifest import load_manifest

REPO = Path(__file__).resolve().parent.parent
MANIFEST = load_manifest(REPO)
# The Wojood sample's cached files keep their upstream names (train.txt, val.txt, test.txt).
SAMPLE = source_dir(REPO, MANIFEST.source("wojood-sample"))
