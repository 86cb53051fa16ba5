"""Fuzz targets shared by the hostile-input tests and benchmarks/reliability.py: each raises on a finding."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from arsip_berita.core.errors import IngestError
from arsip_berita.core.model import Article
from arsip_berita.ingest.readers import read_path

READER_SUFFIXES = (".txt", ".md", ".html", ".json", ".jsonl", ".xml", ".docx", ".pdf")
CALL_BUDGET_S = 2.0
# Words and marks that steer the parsers into their interesting paths.
VOCAB = ["Rp", "1,2", "triliun", "145.630", "jiwa", "5,17", "persen", "naik", "turun", "0,06", "poin", "dari",
         "Kepala", "BPS", "Provinsi", "Kalteng", "Dr.", "H.", "S.E.,", "M.Si.", "3/12/2024", "Desember", "2024",
         "Selasa", "(", ")", '"', "'", ".", ",", "...", "-", "–", "\n", "\n\n", "ke-5", "kelima", "dua", "puluh",
         "ribu", "juta", "miliar", "Gubernur", "Agnes", "Widiastuti", "selaku", "Bappeda", "Kab.", "Kec.", "No.",
         "ujarnya.", "\u00a0", "\u200b", "\0", "<b>", "&amp;", "Ω", "ﬁ", "2,5%", "10%", "Rp.", "Rp1,5", "M"]


def check_reader(data: bytes, suffix: str) -> int:
    """Read ``data`` as a file with ``suffix``: only Articles and IngestErrors may come out, quickly."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"berkas uji é{suffix}"
        path.write_bytes(data)
        started = time.perf_counter()
        items = list(read_path(path))
        took = time.perf_counter() - started
    assert took < CALL_BUDGET_S * 5, f"{suffix}: {took:.1f} s for {len(data)} bytes"
    for item in items:
        assert isinstance(item, (Article, IngestError)), type(item)
        if isinstance(item, Article):
            assert item.body and item.content_hash
            assert "\0" not in item.title
        else:
            assert item.reason and isinstance(item.reason, str)
    return len(items)


def check_query(svc: object, query: str) -> None:
    """Any text a person can paste runs: a result (with a notice when it was read otherwise)."""
    res = svc.search(query, limit=5, with_facets=True)  # type: ignore[attr-defined]
    assert res.total >= len(res.hits)


def check_text_parsers(text: str) -> None:
    """Numbers, dates, statistics (full extraction) and the sentence splitter on one text."""
    from arsip_berita.extraction import extract
    from arsip_berita.extraction.dates import find_dates
    from arsip_berita.language.lexicon import load_lexicon
    from arsip_berita.extraction.numbers import parse_digits, parse_number, parse_ordinal, parse_words
    from arsip_berita.summary.splitter import split_spans

    lex = load_lexicon()
    for piece in (text, text[:40], text.strip()):
        parse_digits(piece)
        parse_words(piece, lex)
        parse_ordinal(piece, lex)
        parse_number(piece, lex)
    find_dates(text, lex)
    ext = extract(text, title=text[:60])
    for ent in ext.entities:
        assert 0 <= ent.start <= ent.end <= len(text) and text[ent.start:ent.end] == ent.text, ent
    spans = split_spans(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        last = b
