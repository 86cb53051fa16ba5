"""What a reader found in a file, before the release anatomy and normalisation."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass


@dataclass(frozen=True)
class RawDoc:
    """One document as a reader found it.

    ``title`` empty: the headline is found in the text (after any letterhead). ``date``: the date
    the format states (a record field, feed or page metadata). ``fallback_date``: file metadata
    that loses to any date the release itself states (a Word template's creation date).
    ``wrapped``: the body holds printed lines (PDF) to be joined into paragraphs.
    ``locator``: where in the file (row number) for messages.
    """

    title: str
    body: str
    date: str | None = None
    source: str | None = None
    url: str | None = None
    fallback_date: _dt.date | None = None
    wrapped: bool = False
    locator: str | None = None
