"""Khabar: a span-annotated Arabic news corpus (entities, numbers, claims) and its tooling.

Arrows point down only: `cli` -> the library packages -> `corpus` -> `sources` -> `model`
(and `io`, `parallel`, `progress`). What each module is for, in one sentence:

model/       the vocabulary everything else speaks
  spans        the one span model: Span and Token, their order, offsets, proclitics, IOB2, UTF-16 edges
  labels       the label inventories, the single source of schemas, validator and features
  errors       every error and problem code with its severity and explanation; KhabarError, Problem
  schemas      the JSON Schemas, generated from the labels
  tokens       tokens and sentences with character offsets
  numerals     reading Arabic digits and number words as values
io           UTF-8 reads, the one strict JSON reader, atomic writes
outputs      recognising the files Khabar's commands write, so that --force overwrites only those
parallel     engines: an order-preserving, bounded parallel map on local processes or Dask
progress     the progress hook long jobs report to (the CLI draws it)
sources/     third-party data: never committed, fetched into a cache and verified
  manifest     corpus/sources.json: every source, its files pinned to a commit with SHA-256, its licence
  fetch        obtaining source files into the cache from a mirror or the pinned URL, verified, atomic
  converters   the registry of converters, and rehydrating a source-backed document's text
  arwikinews   the Arabic Wikinews 2014 test set's three copies, reconciled into running text
corpus/      what is on disk
  layout       where files live under a project root; the --out guard
  documents    raw articles and document records: datelines, paragraphs, hashes, `add`
  gold         annotation files: reading them, their status, which are released
  splits       the frozen split manifest
  stats        counts per layer and label
validate/    problems, never exceptions
  core         validating files and the whole corpus (on an engine); require_valid
  annotation   one annotation file: the schema, then each layer's checker in a loop
  context      typed views of a file that every checker is given
  schema       the JSON Schema step, with Python's types checked strictly
  fastcheck    the compiled schema check that only answers "valid or not"
  document     a document record against its text and raw file
  spans        the checks every span layer shares
  entities, numbers, claims, relations   one checker per layer
  numberwords  a number's value against what its words or digits read as
formats/     outside formats, each converting at its own edge
  registry     every format: what it exports and imports, and the options each direction takes
  base         what the annotation-tool formats share (reading gold, validated atomic writes)
  tools        `export FORMAT` and `import FORMAT` for the tools
  jsonl        every span of every layer at document offsets
  wojood       Wojood's nested IOB2, import and export
  conll        flat IOB2 (ANERcorp's layout), import and export
  labelstudio  Label Studio config, tasks and exports (UTF-16 offsets)
  brat         brat standoff with its configuration files
  inception    INCEpTION / UIMA CAS XMI with a generated type system (UTF-16 offsets)
  spacy        spaCy DocBin export
annotate/    helping people annotate
  suggest      pre-annotation of all three layers (status suggested)
  models       suggest's entity model (CRF and gazetteer), trained once per training set and cached
  adjudicate   a draft gold of what two passes agree on, and their disagreements
  agreement    inter-annotator agreement between passes
  view         a self-contained right-to-left HTML view of an annotation
release/     the Hugging Face release, one module per job
  build        orchestration: the corpus listed, its documents streamed through tasks, swap, recovery
  configs      the declared columns (HF Features) of every config
  names        config names and tag inventories without importing `datasets`
  rows         projecting documents onto the rows of each config
  task         one task of the build: documents read once, validated, selected, projected
  parquet      streaming, sharded, deterministic parquet writing
  footer       parquet footers spliced, so that a writer never holds a shard's metadata
  result       what a build produced
  manifest     every released file with its SHA-256
  card, croissant, datasheet   the dataset card, croissant.json, DATASHEET.md's counts
  publish      uploading exactly the manifest's files to the Hub
evaluate/    benchmarking NER models
  data         evaluation rows from a release or an imported folder
  schemes      tag-set mappings (Wojood, CoNLL, ANERcorp, OntoNotes)
  score        span matching in five modes, bootstrap intervals
  benchmark    running a model, results with provenance, comparison, plots
  train        `khabar train`: CRF, spaCy NER and spaCy spancat models in folders with their provenance
  adapters/    base (the protocol and dispatcher), hf, spacy_adapter, crf, gazetteer, predictions,
               trained (a `khabar train` folder)
cli/         argument parsing and printing only; one module per command family
  corpus, sources, formats, annotate, release, train, evaluate; common (layout, require_valid); progress (bars)
"""
from __future__ import annotations

__version__ = "0.1.0"
