"""The user's query language: validation, field filters with aliases, and the free-text part.

``pejabat:"Agnes Widiastuti"  jabatan:"Kepala BPS"  instansi:BPS  tempat:Kalteng
tanggal:2024-12  tanggal:2024-01-01..2024-06-30  sumber:Diskominfo  indikator:kemiskinan``
(English aliases: official, position, org, place, date, source, indicator). The rest is free text:
words (AND), "phrases", OR, -exclude, prefix*, fuzzy~.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from arsip_berita.core.errors import QuerySyntaxError

FIELD_ALIASES = {
    "pejabat": "official", "official": "official",
    "jabatan": "position", "position": "position",
    "instansi": "org", "org": "org", "organisasi": "org",
    "tempat": "place", "place": "place", "lokasi": "place",
    "tanggal": "date", "date": "date",
    "sumber": "source", "source": "source",
    "indikator": "indicator", "indicator": "indicator",
}
FIELD_HELP = "pejabat, jabatan, instansi, tempat, tanggal, sumber, indikator"
_FIELD = re.compile(r'(?<![\w"])([A-Za-z]+):')


@dataclass(frozen=True)
class Filter:
    field: str  # canonical name: official, position, org, place, date, source, indicator
    value: str
    negated: bool = False


@dataclass
class ParsedQuery:
    text: str
    filters: list[Filter] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        """Plain words and phrase words of the free text (for highlighting and suggestions)."""
        return re.findall(r"[^\W_]+(?:[.,][^\W_]+)*", re.sub(r"\b(?:AND|OR|NOT)\b", " ", self.text))


def validate(query: str) -> None:
    """Raise QuerySyntaxError for unbalanced quotes or parentheses, pointing at the problem."""
    depth = 0
    opened: list[int] = []
    in_quote: int | None = None
    for i, ch in enumerate(query):
        if ch == '"':
            in_quote = None if in_quote is not None else i
        elif in_quote is None and ch == "(":
            opened.append(i)
            depth += 1
        elif in_quote is None and ch == ")":
            if not opened:
                raise QuerySyntaxError(query, "kurung tutup ')' tanpa kurung buka", i)
            opened.pop()
    if in_quote is not None:
        raise QuerySyntaxError(query, "tanda kutip '\"' tidak ditutup", in_quote)
    if opened:
        raise QuerySyntaxError(query, "kurung buka '(' tidak ditutup", opened[-1])
    words = query.split()
    if words and (words[0] in ("AND", "OR") or words[-1] in ("AND", "OR", "NOT")):
        raise QuerySyntaxError(query, "operator AND/OR/NOT harus diikuti kata (AND/OR juga didahului kata)")


def _read_value(query: str, pos: int) -> tuple[str, int]:
    """The value after ``field:`` starting at ``pos``: a quoted string or up to the next space."""
    if pos >= len(query) or query[pos].isspace():
        return "", pos
    if query.startswith('"', pos):
        end = query.index('"', pos + 1)  # validate() guarantees the closing quote
        return query[pos + 1:end], end + 1
    m = re.compile(r"[^\s()]+").match(query, pos)
    assert m is not None
    return m.group(0), m.end()


def parse(query: str) -> ParsedQuery:
    """Split a query into field filters and free text; raise QuerySyntaxError when malformed."""
    if len(query) > 2000:
        raise QuerySyntaxError(query[:40] + "...", "kueri terlalu panjang (lebih dari 2.000 karakter)")
    validate(query)
    filters: list[Filter] = []
    rest: list[str] = []
    pos = 0
    for m in _FIELD.finditer(query):
        if m.start() < pos or query.count('"', 0, m.start()) % 2 == 1:
            continue  # inside a previous value or inside a phrase
        name = m.group(1).lower()
        if name not in FIELD_ALIASES:
            raise QuerySyntaxError(query, f"kolom '{name}' tidak dikenal (pilihan: {FIELD_HELP})",
                                   m.start())
        negated = m.start() > 0 and query[m.start() - 1] == "-"
        chunk = query[pos:m.start() - (1 if negated else 0)]
        rest.append(chunk)
        value, pos = _read_value(query, m.end())
        if not value.strip():
            raise QuerySyntaxError(query, f"kolom '{name}' tanpa nilai", m.start())
        filters.append(Filter(FIELD_ALIASES[name], value.strip(), negated))
    rest.append(query[pos:])
    text = re.sub(r"\s+", " ", " ".join(rest)).strip()
    return ParsedQuery(text=text, filters=filters)
