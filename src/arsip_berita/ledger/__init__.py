"""Across releases: the indicator ledger (timelines and conflict flags), near-duplicate clusters and
watchlists. Core logic: no Qt; it reaches the store and the index only through ArchiveService."""
