"""HTML fragments (CMS body fields, feed items) to paragraph text.

CMS dumps hold their body as HTML, often escaped once or twice more ("&lt;p&gt;", "&amp;nbsp;"), and
sometimes as plain text with entities but no tags. ``html_to_text`` undoes every level of escaping,
drops what is not article text (scripts, styles, comments, image ``alt`` texts, embedded frames) and
turns block elements into paragraphs: ``<p>``, ``<div>``, headings, list items and table rows
(cells joined by " | ") each become one paragraph, ``<br>`` a line break.
"""

from __future__ import annotations

import html as html_lib
import re

# An escaped tag: "&lt;p&gt;", "&lt;/div", "&lt;br /&gt;" (at any escaping depth: &amp;lt;p...).
_ESCAPED_TAG = re.compile(r"&(?:amp;)*lt;\s*/?\s*[a-zA-Z][a-zA-Z0-9]*[\s/&>]")
_REAL_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,9}|#\d{1,6}|#[xX][0-9a-fA-F]{1,5});")
MAX_UNESCAPE_LEVELS = 4

BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody",
    "tfoot", "tr", "figure", "figcaption", "address", "center", "hr", "form", "fieldset", "caption",
})
DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "svg", "template", "button",
             "select", "textarea", "video", "audio", "canvas", "map")
CELL_SEPARATOR = " | "


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds tags or escaped tags."""
    return bool(_REAL_TAG.search(text) or _ESCAPED_TAG.search(text))


def unescape_entities(text: str) -> str:
    """Decode HTML entities once per level of escaping ("&amp;amp;" -> "&"), at most four levels."""
    for _ in range(MAX_UNESCAPE_LEVELS):
        if not _ENTITY.search(text):
            break
        text = html_lib.unescape(text)
    return text


def _unescape_markup(text: str) -> str:
    """Undo escaping until the tags are real: "&amp;lt;p&amp;gt;" -> "<p>"."""
    for _ in range(MAX_UNESCAPE_LEVELS):
        if _REAL_TAG.search(text) or not _ESCAPED_TAG.search(text):
            break
        text = html_lib.unescape(text)
    return text


def html_to_text(markup: str) -> str:
    """Paragraph text (paragraphs separated by a blank line) of an HTML fragment or escaped HTML.

    Text without any tag only has its entities decoded. Never raises on malformed markup.
    """
    markup = _unescape_markup(markup)
    if not _REAL_TAG.search(markup):
        return unescape_entities(markup)
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return unescape_entities(_REAL_TAG.sub(" ", markup))
    comments = [c for c in root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)]
    for bad in comments + root.xpath("|".join(f"//{t}" for t in DROP_TAGS)):
        if bad.getparent() is not None:
            bad.drop_tree()
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = "".join(current)
        current.clear()
        lines = [" ".join(unescape_entities(ln).split()) for ln in text.split("\n")]
        para = "\n".join(ln for ln in lines if ln)
        if para:
            paragraphs.append(para)

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag == "br":
            current.append("\n")
        elif tag == "tr":
            flush()
            cells = [" ".join(unescape_entities(c.text_content()).split()) for c in el if isinstance(c.tag, str)
                     and c.tag.lower() in ("td", "th")]
            if any(cells):
                paragraphs.append(CELL_SEPARATOR.join(c for c in cells if c))
        else:
            block = tag in BLOCK_TAGS
            if block:
                flush()
            if el.text:
                current.append(el.text)
            for child in el:
                walk(child)
                if child.tail:
                    current.append(child.tail)
            if block:
                flush()

    walk(root)
    flush()
    return "\n\n".join(paragraphs)
