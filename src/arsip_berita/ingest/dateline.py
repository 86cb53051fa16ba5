"""The dateline place at the start of a release: "Palangka Raya – ...", "MEDAN -", "Jakarta, Humas –".

Forms seen in real releases: "PLACE –", "PLACE-Text" (no space after the hyphen), "Place, Outlet -"
("JAKARTA, KOMPAS.com -", "Jakarta, Kominfo -"), "OUTLET, PLACE -" ("PORTALJABAR, KAB. GARUT -"),
"BERITA PLACE –", "Place (ANTARA) -" and "Place, 3 Desember 2024 –". Of two comma-separated parts
the one that is not the outlet is the place; "Kab."/"Prov."/"Kec." are written out.
"""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"^(?P<first>[A-Z][A-Za-z'.]*(?:[ \-][A-Z][A-Za-z'.]*){0,3})"
    r"(?:\s*,\s*(?P<second>[^\n–—\-]{1,40}?))?"  # ", Humas" / ", KOMPAS.com" / ", KAB. GARUT" / a date
    r"(?:\s*\([^)\n]{1,30}\))?"  # "(ANTARA)"
    r"\s*(?:[–—-]{1,2}\s|[–—-](?=[A-Z]))"  # "– " or "-Text" without a space
)
# An outlet or desk, not a place: "KOMPAS.com", "PORTALJABAR", "Humas", "Kominfo", "MC Diskominfo".
_OUTLET = re.compile(r"(?i)(\.(com|id|co|net|go)\b|portal|^berita$|news|^humas|kominfo|diskominfo|^mc\b|antara"
                     r"|tribun|detik|kompas|tempo|media\s*center|^info|^rilis|^siaran)")
_LEADING_OUTLET_WORD = re.compile(r"^(BERITA|INFO|RILIS)\s+(?=[A-Z])")
_ADMIN_SHORT = {"kab": "Kabupaten", "kab.": "Kabupaten", "prov": "Provinsi", "prov.": "Provinsi",
                "kec": "Kecamatan", "kec.": "Kecamatan", "kel.": "Kelurahan"}
_HAS_DATE = re.compile(r"\d{1,2}\s+[A-Za-z]+\s+\d{4}|\d{1,2}/\d{1,2}")


def _tidy(place: str) -> str:
    place = _LEADING_OUTLET_WORD.sub("", place.strip(" .,"))
    if place.isupper():
        place = " ".join(w.capitalize() for w in place.split(" "))
    words = place.split()
    if words and words[0].lower() in _ADMIN_SHORT:
        words[0] = _ADMIN_SHORT[words[0].lower()]
    return " ".join(words)


def find_dateline(body: str) -> str | None:
    """The dateline place, title-cased when written in capitals; None when the body has none."""
    m = _DATELINE.match(body[:200])
    if not m:
        return None
    first, second = m["first"].strip(" ."), (m["second"] or "").strip(" .")
    place = first
    if second and _OUTLET.search(first) and not _OUTLET.search(second) and not _HAS_DATE.search(second):
        place = second
    if _OUTLET.search(place) and not _LEADING_OUTLET_WORD.match(place):
        return None
    return _tidy(place) or None
