"""Arsip Berita: a desktop reader for archives of Indonesian regional-government press releases."""

__version__ = "0.1.0"
