"""The one door to Whoosh's private internals: posting blocks, positions and length columns.

Counting, filtering and ranking at 100k articles need whole posting lists as arrays, not Whoosh's
per-document matcher objects (about 10 µs a posting). Reading them fast means touching private
attributes of the W3 codec of whoosh-reloaded ``SUPPORTED_WHOOSH`` (block arrays ``_ids``,
``_weights``, ``_values``, ``_next_block``, the pickled position format, the length column's
``_dbfile``). Only this module does that. At import it checks the installed version: on any other
version (or if an attribute is missing) ``FAST`` is False and every function answers through
Whoosh's public matcher and reader API instead, slower and just as exact. The engine modules above
(docsets, ranking, columns) see plain arrays, sets and dicts.
"""

from __future__ import annotations

import pickle
from array import array
from itertools import accumulate
from typing import Any

import whoosh
from whoosh.reading import TermNotFound

SUPPORTED_WHOOSH = "2.7.5"
try:
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
    from whoosh.formats import Positions
    from whoosh.matching.wrappers import FilterMatcher
    from whoosh.system import _INT_SIZE
    from whoosh.util.numeric import byte_to_length

    FAST = whoosh.versionstring() == SUPPORTED_WHOOSH
except ImportError:  # another Whoosh: the public API only
    FAST = False

__all__ = ["FAST", "SUPPORTED_WHOOSH", "TermNotFound", "field_lengths", "term_positions", "term_postings"]


def _matcher(reader: Any, field: str, text: Any) -> tuple[Any, Any]:
    """The raw posting matcher of a term in one segment and the segment's deleted documents
    (Whoosh filters those out one posting at a time; the fast path drops them after reading).
    Raises TermNotFound."""
    m = reader.postings(field, text)
    if FAST and isinstance(m, FilterMatcher):
        child = m.child
        child.reset()
        return child, m._ids
    return m, None


def term_postings(reader: Any, field: str, text: Any) -> tuple[array, array]:
    """Document numbers (segment-local) and weights of a term's postings in one segment.

    Raises TermNotFound when the segment does not hold the term.
    """
    matcher, deleted = _matcher(reader, field, text)
    ids, weights = array("i"), array("f")
    if FAST and isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            if matcher._ids is None:
                matcher._read_ids()
            if matcher._weights is None:
                matcher._read_weights()
            i = matcher._i
            ids.extend(matcher._ids[i:])
            weights.extend(matcher._weights[i:])
            matcher._next_block()
    else:
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
    if deleted:
        keep = [k for k, d in enumerate(ids) if d not in deleted]
        ids = array("i", (ids[k] for k in keep))
        weights = array("f", (weights[k] for k in keep))
    return ids, weights


def _position_decoder(fmt: Any) -> Any:
    """Whoosh's ``Positions.decode_positions`` (pickled deltas after a 4-byte count), summed in C."""
    if type(fmt) is not Positions:
        return fmt.decode_positions

    def decode(value: bytes) -> set[int]:
        if not value.endswith(b"."):
            value += b"."
        return set(accumulate(pickle.loads(value[_INT_SIZE:])))
    return decode


def term_positions(reader: Any, field: str, text: Any, wanted: set[int], fmt: Any) -> dict[int, set[int]]:
    """Positions of a term in the ``wanted`` (segment-local) documents of one segment.

    ``fmt`` is the field's format (``schema[field].format``). Raises TermNotFound.
    """
    matcher, _ = _matcher(reader, field, text)
    out: dict[int, set[int]] = {}
    if FAST and isinstance(matcher, W3LeafMatcher):
        decode = _position_decoder(fmt)
        while matcher.is_active():
            if matcher._ids is None:
                matcher._read_ids()
            ids = matcher._ids
            hits = [i for i in range(matcher._i, len(ids)) if ids[i] in wanted]
            if hits:
                matcher._read_values()
                values = matcher._values
                for i in hits:
                    out[ids[i]] = decode(values[i])
            matcher._next_block()
        return out
    while matcher.is_active():
        if matcher.id() in wanted:
            out[matcher.id()] = set(matcher.value_as("positions"))
        matcher.next()
    return out


def field_lengths(reader: Any, field: str) -> array:
    """Field length of every document of one segment (as Whoosh stores it, one byte per document)."""
    size = reader.doc_count_all()
    if FAST:
        try:  # the W3 codec's length column, read whole
            column = reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
            if column is None:
                return array("f", [0.0]) * size
            table = [float(byte_to_length(b)) for b in range(256)]
            if getattr(column, "_typecode", None) == "B":  # one byte per document: read them at once
                raw = column._dbfile.get(column._basepos, column._count)
                out = array("f", map(table.__getitem__, raw))
                out.extend([table[column._default]] * (size - len(out)))
                return out
            return array("f", (table[b] for b in column))
        except (AttributeError, TypeError):
            pass
    return array("f", (float(reader.doc_field_length(d, field) or 0) for d in range(size)))
