"""Helping people annotate: agreement, pre-annotation, adjudication, the viewer."""
