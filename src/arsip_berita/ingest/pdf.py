"""PDF text in reading order, without running headers, footers and page numbers.

The layout comes from pdfminer.six (MIT): it groups glyphs into lines and text boxes by their
position, so a PDF that draws every word as its own text object (Google Docs exports) still reads
as lines, and two-column pages are read column by column. Chosen over pypdf on the dev PDFs: pypdf
gives one word per line on such exports and puts a BRS's highlights before its title; pdfminer
keeps the page order and gives box boundaries, at about twice pypdf's time (5 s for a 32-page BRS).

Output: blocks (text boxes) separated by a blank line, the printed lines of a block kept on their
own lines, so the release anatomy can see the header lines; ``join_wrapped`` then makes paragraphs.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections import Counter
from dataclasses import dataclass

from arsip_berita.ingest.anatomy import line_kind

MAX_PAGES = 200
EDGE = 0.1  # top and bottom tenth of a page: where running headers and footers sit
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:halaman\s+|page\s+|hal\.?\s*)?\d{1,3}(?:\s*(?:dari|of|/)\s*\d{1,3})?(?:\s*-)?\s*$", re.I)
_SENTENCE_END = re.compile(r"""[.!?:;"'\u201d\u2019)]\s*$""")
_BULLET = re.compile("^\\s*[\u2022\u25aa\u25cf\u25e6\u2023\u2043\ue000-\uf8ff]")
# A hyphen that stays when a word is split at it: reduplication (masing-masing, sehari-hari),
# a capital or digit after it (Undang-Undang, covid-19), or a prefix written with a hyphen.
HYPHEN_PREFIXES = frozenset({"non", "pra", "anti", "pro", "multi", "inter", "sub", "ex", "e", "se"})


@dataclass(frozen=True)
class _Line:
    text: str
    page: int
    top: float  # distance from the top of the page, as a share of its height
    bottom: float  # distance from the bottom, as a share
    width: float = 0.0  # printed width in points


def _quiet() -> None:
    for name in ("pdfminer", "pdfminer.pdfpage", "pdfminer.pdfinterp", "pdfminer.converter", "pdfminer.psparser",
                 "pdfminer.pdfdocument", "pdfminer.cmapdb"):
        logging.getLogger(name).setLevel(logging.ERROR)


def pdf_blocks(data: bytes) -> tuple[list[list[_Line]], int]:
    """Text boxes of every page, in reading order, and the number of pages read."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLine

    _quiet()
    blocks: list[list[_Line]] = []
    pages = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for page_no, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams(), maxpages=MAX_PAGES)):
            pages += 1
            height = page.height or 1.0
            for element in page:
                if not isinstance(element, LTTextContainer):
                    continue
                lines = [ln for ln in element if isinstance(ln, LTTextLine)] or [element]
                block = []
                for ln in lines:
                    text = ln.get_text().replace("\n", " ").strip()
                    if text:
                        block.append(_Line(text, page_no, (height - ln.y1) / height, ln.y0 / height,
                                           ln.x1 - ln.x0))
                if block:
                    blocks.append(block)
    return blocks, pages


def _edge_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def drop_running_lines(blocks: list[list[_Line]], pages: int) -> list[list[_Line]]:
    """Remove page numbers and lines repeated at the top or bottom of several pages."""
    at_edge = [ln for b in blocks for ln in b if ln.top < EDGE or ln.bottom < EDGE]
    counts = Counter()
    for key, page in {(_edge_key(ln.text), ln.page) for ln in at_edge}:
        counts[key] += 1
    repeated = {k for k, c in counts.items() if pages >= 2 and c >= 2 and c >= 0.3 * pages}
    out = []
    for block in blocks:
        kept = [ln for ln in block if not _is_running(ln, repeated, pages)]
        if kept:
            out.append(kept)
    return out


def _is_running(ln: _Line, repeated: set[str], pages: int) -> bool:
    at_edge = ln.top < EDGE or ln.bottom < EDGE
    if at_edge and (_PAGE_NUMBER.match(ln.text) or _edge_key(ln.text) in repeated):
        return True
    # A running header of a BRS page ("BRS No. 44/05/Th. XXVIII ...") wherever the layout put it.
    return pages >= 2 and line_kind(ln.text) == "running" and ln.page > 0


def pdf_text(data: bytes) -> tuple[str, int]:
    """Blocks of printed lines (lines joined by "\\n", blocks by a blank line) and the page count."""
    blocks, pages = pdf_blocks(data)
    blocks = drop_running_lines(blocks, pages)
    return "\n\n".join(_block_text(b) for b in blocks), pages


SHORT_LINE = 0.9  # a line ending a sentence and this much shorter than the block's widest ends a paragraph


def _block_text(block: list[_Line]) -> str:
    """A block's lines, with a blank line after each line that ends a paragraph inside the block."""
    widest = max(ln.width for ln in block)
    out: list[str] = []
    for i, ln in enumerate(block):
        out.append(ln.text)
        if i + 1 < len(block) and _SENTENCE_END.search(ln.text) and ln.width < SHORT_LINE * widest:
            out.append("")
    return "\n".join(out)


def join_hyphenated(left: str, right: str) -> str:
    """Join a line ending in a hyphen to the next: "Jum-" + "lah" -> "Jumlah", "masing-" + "masing" kept."""
    m_left = re.search(r"(\w+)-$", left)
    m_right = re.match(r"(\w+)", right)
    if not m_left or not m_right:
        return left + " " + right
    a, b = m_left[1], m_right[1]
    keep = (b[0].isupper() or b[0].isdigit() or a.lower() == b.lower() or a.lower().endswith(b.lower())
            or a.lower() in HYPHEN_PREFIXES or a[0].isdigit() or (a.isupper() and len(a) > 1))
    return left + right if keep else left[:-1] + right


def join_wrapped(lines: list[str]) -> str:
    """Paragraphs from printed lines ("" between blocks); paragraphs are separated by a blank line.

    Inside a block lines are joined (a list item starts a new paragraph). Across blocks the text
    continues only when the block ends mid-word ("Jum-") or mid-sentence with a lower-case start
    next. Hyphens at line ends are resolved by ``join_hyphenated``.
    """
    paragraphs: list[str] = []
    current = ""
    boundary = False
    for raw in lines:
        line = raw.strip()
        if not line:
            boundary = True
            continue
        if not current:
            current = line
        elif _BULLET.match(line):
            paragraphs.append(current)
            current = line
        elif current.endswith("\u00ad"):  # a soft hyphen marks where the word was split
            current = current[:-1] + line
        elif re.search(r"\w-$", current) and line[:1].isalnum():
            current = join_hyphenated(current, line)
        elif not boundary or (line[:1].islower() and not _SENTENCE_END.search(current)) or current.endswith(","):
            current = current + " " + line
        else:
            paragraphs.append(current)
            current = line
        boundary = False
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)
