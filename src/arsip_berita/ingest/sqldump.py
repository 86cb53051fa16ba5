"""Rows of a MySQL/MariaDB or PostgreSQL dump (``INSERT INTO ... VALUES (...), (...);``).

Portals of Pemkab/Pemkot are often handed over as a ``.sql`` dump of their CMS. Each ``INSERT``
gives rows; the column names come from the statement's column list or, without one, from the
table's ``CREATE TABLE``. Values are SQL literals: quoted strings (``'...'`` with ``''`` or
backslash escapes, MySQL style), numbers and NULL. Statements of other kinds are skipped. Rows are
returned as mappings for ``records.read_record``: no code change for a new CMS.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

_INSERT = re.compile(r"INSERT\s+(?:IGNORE\s+)?INTO\s+(?P<table>[`\"\[]?[\w.]+[`\"\]]?)\s*"
                     r"(?:\((?P<cols>[^)]*)\))?\s*VALUES\s*", re.I)
_CREATE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<table>[`\"\[]?[\w.]+[`\"\]]?)\s*\(", re.I)
_COLUMN_DEF = re.compile(r"^\s*[`\"\[]?(?P<name>\w+)[`\"\]]?\s+\w", re.M)
_CONSTRAINT = re.compile(r"^(PRIMARY|UNIQUE|KEY|INDEX|CONSTRAINT|FOREIGN|CHECK|FULLTEXT)$", re.I)
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "Z": "\x1a", "b": "\b"}


class SqlDumpError(ValueError):
    """The dump has no INSERT the reader can parse; the message says why (Indonesian)."""


def _name(raw: str) -> str:
    return raw.strip().strip("`\"[]").split(".")[-1]


def _balanced(text: str, start: int) -> int:
    """Index just after the parenthesis closing the one before ``start`` (quotes respected)."""
    depth, i, n = 1, start, len(text)
    while i < n:
        c = text[i]
        if c in "'\"":
            i = _skip_string(text, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return n


def _skip_string(text: str, i: int) -> int:
    quote, i, n = text[i], i + 1, len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == quote:
            if i + 1 < n and text[i + 1] == quote:
                i += 2
                continue
            return i + 1
        i += 1
    return n


def _table_columns(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for m in _CREATE.finditer(text):
        end = _balanced(text, m.end())
        cols = [c["name"] for c in _COLUMN_DEF.finditer(text[m.end():end - 1]) if not _CONSTRAINT.match(c["name"])]
        out[_name(m["table"])] = cols
    return out


def _values(text: str, i: int) -> Iterator[tuple[list[Any], int]]:
    """Tuples of one VALUES list starting at ``i``; yields (values, position after the tuple)."""
    n = len(text)
    while i < n:
        while i < n and text[i] in " \t\r\n,":
            i += 1
        if i >= n or text[i] != "(":
            return
        i += 1
        row: list[Any] = []
        while i < n:
            while i < n and text[i] in " \t\r\n":
                i += 1
            c = text[i] if i < n else ")"
            if c in "'\"":
                value, i = _string(text, i)
                row.append(value)
            elif c == ")":
                i += 1
                break
            else:
                j = i
                while j < n and text[j] not in ",)":
                    j += 1
                token = text[i:j].strip()
                row.append(None if token.upper() == "NULL" else token)
                i = j
            while i < n and text[i] in " \t\r\n":
                i += 1
            if i < n and text[i] == ",":
                i += 1
        yield row, i
        while i < n and text[i] in " \t\r\n":
            i += 1
        if i < n and text[i] == ";":
            return


def _string(text: str, i: int) -> tuple[str, int]:
    quote, i, n = text[i], i + 1, len(text)
    out: list[str] = []
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n:
            out.append(_ESCAPES.get(text[i + 1], text[i + 1]))
            i += 2
        elif c == quote:
            if i + 1 < n and text[i + 1] == quote:
                out.append(quote)
                i += 2
            else:
                return "".join(out), i + 1
        else:
            out.append(c)
            i += 1
    return "".join(out), n


_COPY = re.compile(r"^COPY\s+(?P<table>[\w.\"]+)\s*\((?P<cols>[^)]*)\)\s+FROM\s+stdin;\s*$", re.I | re.M)
_COPY_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "b": "\b", "f": "\f", "v": "\v"}


def _copy_field(raw: str) -> str | None:
    if raw == "\\N":
        return None
    return re.sub(r"\\(.)", lambda m: _COPY_ESCAPES.get(m[1], m[1]), raw)


def _copy_rows(text: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Rows of PostgreSQL ``COPY ... FROM stdin;`` blocks (tab-separated, ``\\N`` for NULL)."""
    for m in _COPY.finditer(text):
        cols = [_name(c) for c in m["cols"].split(",")]
        for line in text[m.end():].lstrip("\r\n").split("\n"):
            line = line.rstrip("\r")
            if line == "\\.":
                break
            values = [_copy_field(v) for v in line.split("\t")]
            if len(values) == len(cols):
                yield _name(m["table"]), dict(zip(cols, values))


def sql_rows(text: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for every row of every INSERT (or COPY block) in ``text``; SqlDumpError when
    there is none."""
    columns = _table_columns(text)
    found = False
    for table, row in _copy_rows(text):
        found = True
        yield table, row
    for m in _INSERT.finditer(text):
        table = _name(m["table"])
        cols = [_name(c) for c in m["cols"].split(",")] if m["cols"] else columns.get(table)
        for values, _end in _values(text, m.end()):
            found = True
            names = cols if cols and len(cols) == len(values) else [f"kolom{k + 1}" for k in range(len(values))]
            yield table, dict(zip(names, values))
    if not found:
        raise SqlDumpError("tidak ada pernyataan INSERT berisi baris data")
