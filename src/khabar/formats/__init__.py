"""Outside formats, one module each, each converting to and from the span model at its own edge."""
