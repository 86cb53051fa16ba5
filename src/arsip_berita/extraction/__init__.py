"""Read a press release like an analyst: officials, organisations, places, dates, statistics, quotes."""

from arsip_berita.language.names import official_key
from arsip_berita.extraction.pipeline import extract

__all__ = ["extract", "official_key"]
