"""Validation: problems, never exceptions; one checker per layer, called in a loop.

core: files and the corpus (the public entry: validate_files, validate_corpus, require_valid);
document: a record against its raw file; annotation: one gold file, running the CHECKERS list;
entities, numbers, claims, relations: one checker per layer; spans: the span checks the layers
share; context: typed views of a file for the checkers; schema: the JSON Schema step;
fastcheck: the compiled schema fast path.
"""
