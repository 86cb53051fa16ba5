"""Text normalisation applied to every article before anything else reads it.

Rules: Unicode NFC; typographic double quotes become ``"`` and single quotes ``'``; non-breaking
and other exotic spaces become a plain space; runs of spaces collapse; control characters (NUL
included) are dropped; paragraphs are separated by exactly one blank line (``\\n\\n``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\uff02": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "\t": " ", "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None, "\u00ad": None,
})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0 and C1 controls
# Private-use code points are symbol-font glyphs (Wingdings bullets in PDFs): a bullet where one
# opens a line, nothing elsewhere.
_PUA_BULLET = re.compile(r"(^|\n)[ \t]*[\x80-\x9f\ue000-\uf8ff]+[ \t]*")
_PUA = re.compile(r"[\ue000-\uf8ff]")
_SPACES = re.compile(r" {2,}")
_PARA_SPLIT = re.compile(r"\n\s*\n")


def normalize_inline(text: str) -> str:
    """Normalise one line or title: NFC, quotes, spaces, no line breaks."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    text = _PUA.sub("", _CONTROL.sub("", text)).replace("\r", " ").replace("\n", " ")
    return _SPACES.sub(" ", text).strip()


def normalize_body(text: str) -> str:
    """Normalise a body: paragraphs separated by one blank line, lines inside a paragraph joined.

    A single newline inside a paragraph is kept only when the next line looks like a new
    paragraph would (we cannot know), so lines are joined with a space: press releases are prose.
    """
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _PUA.sub("", _PUA_BULLET.sub("\\1\u2022 ", text))
    text = _CONTROL.sub("", text)
    paragraphs = []
    for block in _PARA_SPLIT.split(text):
        lines = [_SPACES.sub(" ", ln).strip() for ln in block.split("\n")]
        para = " ".join(ln for ln in lines if ln)
        if para:
            paragraphs.append(para)
    return "\n\n".join(paragraphs)


def content_hash(title: str, body: str, *, any_order: bool = False) -> str:
    """Hash of the normalised, case-folded text, used to skip duplicate articles.

    ``any_order``: hash the sorted words instead, for text whose block order may differ from one
    reading of the same file to the next. pdfminer.six breaks ties between equally distant text
    boxes by ``id()`` (memory addresses; pdfminer/layout.py, ``group_textboxes``), so two imports
    of one PDF, in different processes, can order two chart labels differently (seen on a BPS
    bulletin: "6,00" and "4,00" swapped), which made the same PDF a new article each time.
    """
    text = f"{title}\n{body}".casefold()
    key = " ".join(sorted(re.findall(r"\w+", text))) if any_order else re.sub(r"\W+", " ", text).strip()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
