"""Khabar: span-annotated Arabic news corpus (entities, numbers, claims)."""
from __future__ import annotations

__version__ = "0.1.0"
