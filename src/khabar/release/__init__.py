"""The Hugging Face release, one module per job.

- `names`: config names and IOB2 tag inventories (light: no `datasets`).
- `configs`: every config's declared columns (features and descriptions), the one source of the
  parquet schema, the card's YAML and croissant.json.
- `rows`: projection of documents onto the rows of every config (pure functions).
- `task`: one task on the engine: a run of documents, each file read once, validated, selected
  and projected.
- `parquet`: streaming, sharded, deterministic parquet writing of one config and split.
- `footer`: parquet footers spliced, so that no writer holds the metadata of a whole shard.
- `parallel`: build engines, an ordered and bounded map on local processes or on Dask.
- `build`: orchestration: the corpus listed, its documents streamed through tasks, shards,
  documentation, the release manifest, the atomic swap and recovery from killed builds.
- `card`, `croissant`, `datasheet`: the dataset card, croissant.json, DATASHEET.md's counts.
- `publish`: upload exactly the manifest's files to the Hub, after its checks.
"""
