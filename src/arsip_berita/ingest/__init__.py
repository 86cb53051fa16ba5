"""Readers that turn files of every supported format into clean ``Article`` objects."""

from arsip_berita.ingest.readers import SUPPORTED_SUFFIXES, read_path

__all__ = ["SUPPORTED_SUFFIXES", "read_path"]
