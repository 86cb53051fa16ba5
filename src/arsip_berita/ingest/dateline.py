"""The dateline place at the start of a release: "Palangka Raya – ...", "MEDAN -", "Jakarta, Humas –"."""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'.]*(?:[ \-][A-Z][A-Za-z'.]*){0,3})"
    r"(?:\s*,\s*[^\n–—\-]{1,40}?)?"  # ", Humas" / ", KOMPAS.com" / a date
    r"(?:\s*\([^)\n]{1,30}\))?"  # "(ANTARA)"
    r"\s*[–—-]{1,2}\s"
)


def find_dateline(body: str) -> str | None:
    """The dateline place, title-cased when written in capitals; None when the body has none."""
    m = _DATELINE.match(body[:200])
    if not m:
        return None
    place = m["place"].strip(" .")
    if place.isupper():
        place = " ".join(w.capitalize() for w in place.split(" "))
    return place or None
