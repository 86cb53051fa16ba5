"""Domain types, errors, paths and resources; imports neither Qt nor Whoosh."""
