"""Extractive summaries, Indonesian formatting and pure HTML rendering of articles and briefs."""
