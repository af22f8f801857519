"""Benchmarking NER models: evaluation rows, tag-set schemes, scoring, adapters."""

# Span-matching modes (SemEval-2013 task 9.1, plus clitic tolerance) and seqeval's token mode.
# Here rather than in `score` so that the CLI can offer them without importing numpy.
MODES = ("strict", "exact", "partial", "type", "clitic")
TOKEN = "token"  # seqeval strict IOB2 over Khabar tokens
