"""scripts/fuzz.py loaded once as a module, for the tests that run its cases under hypothesis."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "fuzz.py"

_spec = importlib.util.spec_from_file_location("khabar_fuzz_script", SCRIPT)
assert _spec is not None and _spec.loader is not None
fuzz = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = fuzz  # dataclasses look their module up by name
_spec.loader.exec_module(fuzz)
