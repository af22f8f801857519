"""The vocabulary everything else speaks: spans, tokens, labels, schemas, error codes."""
