"""The anatomy of a release: letterhead (kop), "SIARAN PERS", number and date lines, headline, body.

A siaran pers or BRS opens with a kop ("PEMERINTAH PROVINSI ...", "KEMENTERIAN ...", "BADAN PUSAT
STATISTIK" and address lines), then "SIARAN PERS", "NOMOR: ...", "Tanggal: ...", then the headline.
``read_anatomy`` takes the first lines of a document and returns the headline, the body lines after
it, and the metadata: release number, issuing office (the kop, title-cased) and the stated date.
The line patterns live in ``resources/ingest/anatomy.toml`` with examples.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date

from arsip_berita.core.resources import resource_path
from arsip_berita.ingest.dates import parse_date

MAX_HEADER_LINES = 14  # a kop, a release header and a headline fit in this many lines
MAX_HEADLINE_CHARS = 250
MAX_HEADER_LINE_CHARS = 200  # letterhead, address, number and date lines are shorter
SMALL_WORDS = frozenset({"dan", "di", "ke", "dari", "untuk", "yang", "atau", "pada", "dengan", "serta", "bagi"})


@dataclass(frozen=True)
class Patterns:
    kop: re.Pattern[str]
    address: re.Pattern[str]
    label: re.Pattern[str]
    number: re.Pattern[str]
    stated_date: re.Pattern[str]
    running: re.Pattern[str]
    boilerplate: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def patterns() -> Patterns:
    data = tomllib.loads(resource_path("ingest", "anatomy.toml").read_text(encoding="utf-8"))
    rules = {r["name"]: r for r in data["rule"]}

    def rx(name: str) -> re.Pattern[str]:
        return re.compile(rules[name]["pattern"], re.IGNORECASE if rules[name].get("ignore_case") else 0)

    return Patterns(kop=rx("kop"), address=rx("address"), label=rx("label"), number=rx("number"),
                    stated_date=rx("stated_date"), running=rx("running_header"), boilerplate=rx("boilerplate"))


def line_kind(line: str) -> str | None:
    """'kop', 'address', 'label', 'number', 'date', 'running' or 'boilerplate' ("Baca juga: ...", a
    link to another article) for a line; None for text."""
    line = line.strip()
    if not line:
        return None
    p = patterns()
    if len(line) > MAX_HEADER_LINE_CHARS:  # a paragraph: only a link line can be this long
        return "boilerplate" if p.boilerplate.match(line) else None
    if p.number.match(line):
        return "number"
    if p.stated_date.match(line):
        return "date"
    if p.label.match(line):
        return "label"
    if p.address.search(line):
        return "address"
    if p.kop.match(line) and _is_upper(line):
        return "kop"
    if p.running.match(line):
        return "running"
    if p.boilerplate.match(line):
        return "boilerplate"
    return None


def _is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.85


def title_case(line: str) -> str:
    """ "DINAS KOMUNIKASI DAN INFORMATIKA" -> "Dinas Komunikasi dan Informatika"; acronyms stay."""
    words = []
    for i, w in enumerate(line.split()):
        core = w.strip(",.()")
        if i and core.lower() in SMALL_WORDS:
            words.append(w.lower())
        elif len(core) <= 4 and core.isupper() and not _vowel_word(core):
            words.append(w)  # ESDM, DKI, BPS, RI
        else:
            words.append(w[:1].upper() + w[1:].lower())
    return " ".join(words)


def _vowel_word(w: str) -> bool:
    """A short capitalised word that is a word, not an acronym: KOTA, ILMU (has vowels, pronounceable)."""
    return len(w) >= 4 and sum(c in "AEIOU" for c in w) >= 2


@dataclass
class Anatomy:
    """The parts of a release found in its first lines."""

    headline: str | None = None
    body_lines: list[str] = field(default_factory=list)
    release_no: str | None = None
    issuer: str | None = None
    stated_date: date | None = None
    header_lines: list[str] = field(default_factory=list)


def _number_and_date(line: str) -> tuple[str | None, date | None]:
    m = patterns().number.match(line)
    if not m:
        return None, None
    value = m.group("value").strip(" :.")
    stated = parse_date(value)
    # "No. 44/05/Th. XXVIII, 5 Mei 2025": the number is what comes before the date.
    number = re.split(r",\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}", value)[0].strip(" ,") if stated else value
    return number or None, stated


def read_anatomy(lines: list[str], *, has_title: bool) -> Anatomy:
    """Split release-header lines from ``lines`` (the document's lines, in order).

    With ``has_title`` False the first text line after the header is the headline; with it True
    (the format gave a title) only the header lines are taken off the body.
    """
    out = Anatomy()
    kop: list[str] = []
    where: list[int] = []  # index in ``lines`` of each header line
    i = 0
    n = len(lines)
    while i < n and len(out.header_lines) < MAX_HEADER_LINES:
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        kind = line_kind(line)
        if kind is None:
            break
        out.header_lines.append(line)
        where.append(i)
        if kind == "kop":
            kop.append(line)
        elif kind == "number":
            number, stated = _number_and_date(line)
            out.release_no = out.release_no or number
            out.stated_date = out.stated_date or stated
        elif kind == "date":
            out.stated_date = out.stated_date or parse_date(line)
        i += 1
    if kop and len(kop) == len(out.header_lines) and not has_title and not _next_is_headline(lines, i):
        # Capitals only, no label, number or address, and prose after it: the last "kop" line is the
        # headline ("KOTA CONTOH RAIH ADIPURA" opens like a kop but is a headline).
        i = where.pop()
        out.header_lines.pop()
        kop.pop()
    if kop:
        out.issuer = ", ".join(title_case(k) for k in _issuer_lines(kop))
    rest = list(lines[i:])
    if not has_title:
        # The headline: the first text line; a wrapped headline (two short lines, no full stop) joins.
        while rest and not rest[0].strip():
            rest.pop(0)
        if rest and _headline_like(rest[0]):
            head = [rest.pop(0).strip()]
            while (rest and rest[0].strip() and _headline_like(rest[0]) and _is_upper(rest[0]) == _is_upper(head[0])
                   and len(" ".join(head)) + len(rest[0]) < MAX_HEADLINE_CHARS and _continues(head[-1], rest[0])):
                head.append(rest.pop(0).strip())
            out.headline = " ".join(head)
    out.body_lines = rest
    return out


def _next_is_headline(lines: list[str], i: int) -> bool:
    nxt = next((ln for ln in lines[i:] if ln.strip()), "")
    return _headline_like(nxt)


def _issuer_lines(kop: list[str]) -> list[str]:
    """The kop lines that name an office ("REPUBLIK INDONESIA" alone adds nothing)."""
    named = [k for k in kop if not re.fullmatch(r"(?i)republik\s+indonesia", k.strip())]
    return named or kop


def _headline_like(line: str) -> bool:
    line = line.strip()
    return (0 < len(line) <= MAX_HEADLINE_CHARS and not re.search(r"[.;]\s*$", line)
            and line_kind(line) in (None, "kop"))


def _continues(prev: str, nxt: str) -> bool:
    """A headline wrapped over two lines: the first ends mid-phrase, the second is short."""
    return len(prev) < 90 and len(nxt.strip()) < 90 and not re.search(r"[!?:]\s*$", prev) and not re.match(
        r"^\s*[A-Z][A-Za-z .']{1,30}\s[–—-]\s", nxt)

