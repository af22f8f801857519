"""The Hugging Face release: rows, parquet, card, Croissant, datasheet, publishing."""
