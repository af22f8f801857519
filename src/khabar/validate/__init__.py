"""Validation: problems, never exceptions; one checker per layer, called in a loop."""
