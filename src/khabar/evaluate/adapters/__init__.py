"""Model adapters for `khabar benchmark`: every model answers with character spans per row."""
from khabar.evaluate.adapters.base import Adapter, load_adapter

__all__ = ["Adapter", "load_adapter"]
