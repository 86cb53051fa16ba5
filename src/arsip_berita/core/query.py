"""The search query as a value: free text plus field filters, parsed once, never an error.

``Query.parse`` reads what a person types or pastes from a release. The query language:
words (all must match), ``"phrases"``, ``OR``, ``-exclude``, ``prefix*``, ``fuzzy~`` and filters
``pejabat:``, ``jabatan:``, ``instansi:``, ``tempat:``, ``tanggal:``, ``sumber:``, ``indikator:``
(English aliases ``official: position: org: place: date: source: indicator:``).

Pasted text is read, not refused: a lone dash between words, an unknown ``word:`` prefix, a URL,
unbalanced brackets or quotes, a header label ("Nomor: 1633/SP-HMS/09/2020", "Tanggal: 24 Maret
2022") all search, and ``Query.notices`` says how the text was read. A date filter takes the forms
of releases (``2024``, ``2024-12``, ``2024-12-03``, ``28/12/2023``, ``28 Desember 2023``,
``Desember 2023``, ranges ``a..b``). ``str(query)`` writes the query back in the same language, so
``Query.parse(str(q)) == q``; ``with_filter`` / ``without_filter`` edit the filters (facet clicks).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from arsip_berita.core.dates import MONTHS

# Public filter keys (what people type, what --json and the GUI show) and their aliases.
FILTER_KEYS = ("pejabat", "jabatan", "instansi", "tempat", "tanggal", "sumber", "indikator")
ALIASES = {
    "pejabat": "pejabat", "official": "pejabat",
    "jabatan": "jabatan", "position": "jabatan",
    "instansi": "instansi", "org": "instansi", "organisasi": "instansi",
    "tempat": "tempat", "place": "tempat", "lokasi": "tempat",
    "tanggal": "tanggal", "date": "tanggal",
    "sumber": "sumber", "source": "sumber",
    "indikator": "indikator", "indicator": "indikator",
}
# The engine's name for each key (index fields are an engine detail).
ENGINE_FIELD = {"pejabat": "official", "jabatan": "position", "instansi": "org", "tempat": "place",
                "tanggal": "date", "sumber": "source", "indikator": "indicator"}
# Facets of a result (public names, as --json and the GUI show them) and the filter each sets.
FACET_FILTER = {"pejabat": "pejabat", "instansi": "instansi", "provinsi": "tempat", "kabupaten": "tempat",
                "tahun": "tanggal", "bulan": "tanggal", "sumber": "sumber"}
# Labels of a release header pasted with their value: the label is not a search word.
HEADER_LABELS = frozenset({"nomor", "no", "nomer", "perihal", "hal", "lampiran", "sifat", "ref", "tgl"})
MAX_QUERY_CHARS = 2000
OPERATORS = ("AND", "OR", "NOT")

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                         "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-", "\u2212": "-",
                         "\u00a0": " "})
_PREFIX = re.compile(r"^(-?)([A-Za-z]+):(.*)$", re.S)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_PUNCT_ONLY = re.compile(r"^[\W_]+$")
# Characters the engine's parser gives a meaning that pasted text never intends.
_ENGINE_SPECIAL = re.compile(r"[\[\]{}^?:'!\\/|<>=;&@#%$,.]")


@dataclass(frozen=True)
class Filter:
    """A field filter: ``key`` is a public name (``tempat``), ``value`` as given (dates in ISO)."""

    key: str
    value: str
    negated: bool = False

    @property
    def field(self) -> str:
        """The engine's field name (``place`` for ``tempat``)."""
        return ENGINE_FIELD[self.key]

    def __str__(self) -> str:
        value = f'"{self.value}"' if re.search(r'[\s()"]', self.value) or not self.value else self.value
        return f"{'-' if self.negated else ''}{self.key}:{value}"


@dataclass(frozen=True)
class Query:
    """Free text (in the query language, normalised) and filters; ``notices`` say how it was read."""

    text: str = ""
    filters: tuple[Filter, ...] = ()
    notices: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def parse(cls, raw: str) -> Query:
        """Read ``raw`` as typed or pasted; never raises."""
        return _Parser(raw).run()

    def __str__(self) -> str:
        return " ".join(x for x in (self.text, *(str(f) for f in self.filters)) if x)

    @property
    def words(self) -> list[str]:
        """Plain words and phrase words of the free text (for marking and suggestions)."""
        return re.findall(r"[^\W_]+(?:[.,][^\W_]+)*", re.sub(r"\b(?:AND|OR|NOT)\b", " ", self.text))

    @property
    def is_empty(self) -> bool:
        return not self.text and not self.filters

    def with_filter(self, key: str, value: str, negated: bool = False) -> Query:
        """This query with one more filter (a no-op when it is already there)."""
        new = Filter(ALIASES.get(key.lower(), key), value, negated)
        if new in self.filters:
            return self
        return replace(self, filters=(*self.filters, new), notices=())

    def without_filter(self, key: str, value: str | None = None) -> Query:
        """This query without the filters of ``key`` (only the one with ``value`` when given)."""
        key = ALIASES.get(key.lower(), key)
        kept = tuple(f for f in self.filters if not (f.key == key and (value is None or f.value == value)))
        return replace(self, filters=kept, notices=())

    def with_text(self, text: str) -> Query:
        """The same filters with other free text (read like typed text)."""
        return replace(Query.parse(text), filters=self.filters)

    def filter_values(self, key: str) -> list[str]:
        return [f.value for f in self.filters if f.key == ALIASES.get(key.lower(), key) and not f.negated]


# --- dates of the date filter ------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_MY = re.compile(r"^(\d{1,2})[/.-](\d{4})$")
_WORDS = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?\s+(\d{4})$")


def normalize_date(value: str) -> str | None:
    """A date filter value as ISO (``2023-12-28``, ``2023-12``, ``2023``, ``a..b``); None if unreadable."""
    value = " ".join(value.split())
    if ".." in value:
        lo, _, hi = value.partition("..")
        a = normalize_date(lo) if lo.strip() else ""
        b = normalize_date(hi) if hi.strip() else ""
        return None if a is None or b is None or not (a or b) else f"{a}..{b}"
    day = month = year = None
    if m := _ISO.match(value):
        year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    elif m := _DMY.match(value):
        year, month, day = int(m[3]), int(m[2]), int(m[1])
    elif m := _MY.match(value):
        year, month, day = int(m[2]), int(m[1]), 0
    elif (m := _WORDS.match(value)) and m[2].lower() in MONTHS:
        year, month, day = int(m[3]), MONTHS[m[2].lower()], int(m[1] or 0)
    if year is None or not 1900 <= year <= 2100:
        return None
    try:
        if day:
            return date(year, month, day).isoformat()
        if month:
            date(year, month, 1)
            return f"{year:04d}-{month:02d}"
    except ValueError:
        return None
    return f"{year:04d}"


def date_bounds(value: str) -> tuple[date | None, date | None]:
    """The first and last day of an ISO date filter value (``2024-12`` -> Dec 1 .. Dec 31)."""
    if ".." in value:
        lo, _, hi = value.partition("..")
        return (date_bounds(lo)[0] if lo else None), (date_bounds(hi)[1] if hi else None)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d
    if len(parts) == 2:
        y, mo = parts
        return date(y, mo, 1), date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def checked_date_bounds(value: str, original: str) -> tuple[date | None, date | None]:
    """The bounds of a date filter value for an engine; QuerySyntaxError when unreadable or reversed."""
    from arsip_berita.core.errors import QuerySyntaxError

    iso = normalize_date(value)
    if iso is None:
        raise QuerySyntaxError(original, f"tanggal '{value}' tidak dikenal; pakai 2024, 2024-12 atau 2024-12-03")
    lo, hi = date_bounds(iso)
    if lo and hi and lo > hi:
        raise QuerySyntaxError(original, f"rentang tanggal '{value}' terbalik")
    return lo, hi


# --- the parser ---------------------------------------------------------------------------------

def _slug_words(url: str) -> str:
    """The words a URL names: its last path part ("bps-sebut-angka-kemiskinan-turun"), else its host."""
    path = re.sub(r"^(?:https?://)?", "", url, flags=re.I)
    host, _, rest = path.partition("/")
    parts = [p for p in rest.split("?")[0].split("/") if re.search(r"[A-Za-z]{3}", p)]
    words = re.findall(r"[A-Za-z]{2,}|\d+", parts[-1] if parts else host.removeprefix("www.").split(".")[0])
    return " ".join(w for w in words if w.lower() not in ("html", "htm", "php", "aspx", "amp"))


def _drop_empty_pairs(out: list[str]) -> list[str]:
    """ "( )" pairs removed, inner ones first."""
    j = 0
    while j < len(out) - 1:
        if out[j] == "(" and out[j + 1] == ")":
            del out[j:j + 2]
            j = max(0, j - 1)
        else:
            j += 1
    return out


def _clean(text: str) -> str:
    """Words of pasted text for a phrase: marks other than the separators of numbers and hyphenated
    words are spaces, and no word starts or ends with a separator (idempotent)."""
    words = (w.strip(",.-_") for w in re.sub(r"[^\w,.\-]+", " ", text).split())
    return " ".join(w for w in words if w)


class _Parser:
    def __init__(self, raw: str) -> None:
        self.raw = raw or ""
        self.notices: list[str] = []
        self.filters: list[Filter] = []

    def note(self, text: str) -> None:
        if text not in self.notices:
            self.notices.append(text)

    def run(self) -> Query:
        s = unicodedata.normalize("NFC", self.raw).translate(_QUOTES)
        if len(s) > MAX_QUERY_CHARS:
            s = s[:MAX_QUERY_CHARS]
            self.note(f"Kueri dipotong menjadi {MAX_QUERY_CHARS} karakter pertama.")
        tokens = self.tokens(s)
        out = self.terms(tokens)
        out = self.balance(out)
        while True:  # dropping an operator can empty a bracket pair, and the reverse
            tidy = self.operators(_drop_empty_pairs(list(out)))
            if tidy == out:
                break
            out = tidy
        text = " ".join(out).replace("( ", "(").replace(" )", ")")
        return Query(text=text, filters=tuple(self.filters), notices=tuple(self.notices))

    # Tokens: ("phrase", text) | ("phrase-"/"phrase+", text) | ("atom", text) | ("(", "(") | (")", ")")
    def tokens(self, s: str) -> list[tuple[str, str]]:
        if s.count('"') % 2:
            i = s.rfind('"')
            s = s[:i] + " " + s[i + 1:]
            self.note("Tanda kutip tanpa pasangan diabaikan.")
        out: list[tuple[str, str]] = []
        i, n = 0, len(s)
        while i < n:
            c = s[i]
            if c.isspace():
                i += 1
            elif c == '"':
                j = s.index('"', i + 1)
                sign = ""
                if out and out[-1] in (("atom", "-"), ("atom", "+")) and i > 0 and s[i - 1] in "-+":
                    sign = out.pop()[1]  # -"exact phrase" excludes it
                out.append(("phrase" + sign, s[i + 1:j]))
                i = j + 1
            elif c in "()":
                out.append((c, c))
                i += 1
            else:
                j = i
                while j < n and not s[j].isspace() and s[j] not in '()"':
                    j += 1
                if j < n and s[j] == '"' and s[j - 1] == ":":
                    # key:"value" — the quoted value belongs to the prefix
                    k = s.index('"', j + 1)
                    out.append(("atom", s[i:j] + s[j:k + 1]))
                    i = k + 1
                    continue
                out.append(("atom", s[i:j]))
                i = j
        return out

    def terms(self, tokens: list[tuple[str, str]]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(tokens):
            kind, text = tokens[i]
            i += 1
            if kind in "()":
                out.append(text)
            elif kind.startswith("phrase"):
                words = _clean(text)
                if words:
                    out.append(f'{kind[6:]}"{words}"')
            else:
                i = self.atom(text, tokens, i, out)
        return out

    def atom(self, text: str, tokens: list[tuple[str, str]], i: int, out: list[str]) -> int:
        """Read one atom (maybe a filter taking the next tokens); returns the next token index."""
        if _URL.match(text):
            words = _slug_words(text)
            self.note(f"Alamat web dicari sebagai kata-katanya: {words}." if words else "Alamat web diabaikan.")
            out.extend(words.split())
            return i
        m = _PREFIX.match(text)
        if m:
            negated, name, value = m[1] == "-", m[2].lower(), m[3]
            if name in ALIASES:
                return self.filter(ALIASES[name], negated, value, tokens, i, out)
            if name in HEADER_LABELS:
                self.note(f"'{m[2]}:' dibaca sebagai label rilis; yang dicari nilainya.")
            else:
                self.note(f"'{m[2]}:' bukan kolom pencarian (pilihan: {', '.join(FILTER_KEYS)}); dicari sebagai kata.")
                out.append(m[2])
            if value:
                return self.atom(value, tokens, i, out)
            return i
        if _PUNCT_ONLY.match(text) and text not in OPERATORS:
            if set(text) <= set("-+"):
                self.note("Tanda '-' yang berdiri sendiri dibaca sebagai pemisah, bukan pengecualian.")
            return i
        out.extend(self.word(text))
        return i

    def word(self, text: str) -> list[str]:
        """One pasted word in the engine's syntax: -exclude, prefix*, fuzzy~ kept; other marks read as spaces."""
        if text in OPERATORS:
            return [text]
        sign = text[0] if text[0] in "-+" and len(text) > 1 else ""
        core = text[len(sign):]
        suffix = ""
        if m := re.search(r"(\*|~\d?)$", core):
            suffix, core = m[1], core[:m.start()]
        words = _clean(core)
        if not words:
            return []
        if " " in words:
            # "1633/SP-HMS/09/2020", "Jum'at": one pasted word is one phrase of its parts.
            return [f'{sign}"{words}"']
        # A prefix or fuzzy word is matched against index terms as written: lower-case it ("Jemb*").
        return [f"{sign}{words.lower() if suffix else words}{suffix}"]

    def filter(self, key: str, negated: bool, value: str, tokens: list[tuple[str, str]], i: int,
               out: list[str]) -> int:
        if value.startswith('"') and value.endswith('"') and len(value) >= 2:
            value = value[1:-1]
        elif not value and i < len(tokens) and tokens[i][0].startswith("phrase"):
            value, i = tokens[i][1], i + 1
        elif not value and key == "tanggal":
            # "Tanggal: 24 Maret 2022": up to three following words that make a date.
            for take in (3, 2, 1):
                words = [t for k, t in tokens[i:i + take] if k == "atom"]
                if len(words) == take and normalize_date(" ".join(words)):
                    value, i = " ".join(words), i + take
                    break
        elif not value and i < len(tokens) and tokens[i][0] == "atom" and not _PREFIX.match(tokens[i][1]):
            value, i = tokens[i][1], i + 1
        value = " ".join(value.replace('"', " ").split()).strip()
        if _PUNCT_ONLY.match(value):
            value = ""
        if key == "tanggal" and value:
            iso = normalize_date(value)
            if iso is None:
                self.note(f"Tanggal '{value}' tidak dikenali (pakai 2024, 2024-12, 28/12/2023 atau "
                          f"28 Desember 2023); dicari sebagai kata.")
                out.extend(self.word(value))
                return i
            lo, hi = date_bounds(iso)
            if lo and hi and lo > hi:
                a, _, b = iso.partition("..")
                iso = f"{b}..{a}"
                self.note(f"Rentang tanggal '{value}' terbalik; dibaca sebagai {iso}.")
            elif iso != value:
                self.note(f"Tanggal '{value}' dibaca sebagai {iso}.")
            value = iso
        if not value:
            self.note(f"Kolom '{key}' tanpa nilai diabaikan.")
            return i
        f = Filter(key, value, negated)
        if f not in self.filters:
            self.filters.append(f)
        return i

    def balance(self, out: list[str]) -> list[str]:
        """Brackets that do not pair up are dropped (all of them, with a notice); empty pairs go too."""
        depth = 0
        ok = True
        for t in out:
            depth += (t == "(") - (t == ")")
            ok = ok and depth >= 0
        if not ok or depth:
            self.note("Tanda kurung tanpa pasangan diabaikan.")
            return [t for t in out if t not in "()"]
        return out

    def operators(self, out: list[str]) -> list[str]:
        """AND/OR/NOT only between terms: leading, trailing or doubled operators are dropped."""
        kept: list[str] = []
        for t in out:
            if t in OPERATORS:
                if not kept or kept[-1] in OPERATORS or kept[-1] == "(":
                    if t == "NOT" and (not kept or kept[-1] != "NOT"):
                        kept.append(t)
                    continue
            elif t == ")" and kept and kept[-1] in OPERATORS:
                kept.pop()
            kept.append(t)
        while kept and kept[-1] in OPERATORS:
            kept.pop()
        if len(kept) != len(out):
            self.note("Operator AND/OR/NOT tanpa kata di kedua sisinya diabaikan.")
        return kept
