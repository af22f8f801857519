"""What is on disk: the project layout, raw articles and document records, gold files, splits."""
