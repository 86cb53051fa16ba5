"""Capitalised runs read as persons (with positions), organisations, venues, or nothing."""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from arsip_berita.language.lexicon import Lexicon
from arsip_berita.extraction.morphology import derived, dictionary
from arsip_berita.extraction.spans import GUESS, LEXICON, STRUCTURE, Cand, Coverage, cand
from arsip_berita.extraction.tokens import Token, cap_runs

CONNECTORS = frozenset({"dan", "bin", "binti", "van", "der", "de", "al", "el", "da", "of"})
MAX_NAME = 4


@dataclass
class Context:
    """What the run reader knows about the text beyond the run itself."""

    text: str
    lex: Lexicon
    abbrevs: frozenset[str]
    places: list[tuple[int, int]] = field(default_factory=list)
    orgs: list[tuple[int, int]] = field(default_factory=list)
    lower_words: frozenset[str] = frozenset()
    _coverage: dict[int, Coverage] = field(default_factory=dict, repr=False, compare=False)

    def covered(self, tok: Token, spans: list[tuple[int, int]]) -> bool:
        # indexed once per span list: a linear scan per token is quadratic on long texts
        index = self._coverage.get(id(spans))
        if index is None:
            index = self._coverage[id(spans)] = Coverage(spans)
        return index.covers(tok.start, tok.end)


def head_len(run: list[Token], heads: frozenset[str]) -> int:
    """How many leading tokens of ``run`` spell one of ``heads`` (longest first)."""
    for k in range(min(4, len(run)), 0, -1):
        phrase = " ".join(t.text for t in run[:k])
        if phrase in heads or f"{phrase}." in heads:
            return k
    return 0


_KA_UNIT = re.compile(r"^(?:Ka|Waka)(?:dis|din|ban|bid|bag|subbag|subdit|sat|pus|lak|rutan|lapas|jari|jati|kanwil|"
                      r"kan|si|ur|bal|rumkit|dep)[a-z]*$")


def position_len(run: list[Token], lex: Lexicon) -> int:
    """Leading tokens that open a position: acting prefixes, then a position head (or a 'Ka-' head made of a
    unit's short form: 'Kapusbang', 'Kadisnakertrans', 'Kasatreskrim')."""
    n = head_len(run, lex.position_heads)
    if not n and run and _KA_UNIT.match(run[0].text) and run[0].text.lower() not in dictionary() \
            and run[0].text not in lex.agencies:
        n = 1
    if n:
        rest = head_len(run[n:], lex.position_heads)
        return n + rest
    return 0


_DOMAIN = re.compile(r"\.(?:com|co\.id|co|id|net|org|go\.id|or\.id|ac\.id)\b", re.I)


@lru_cache(maxsize=1)
def _dotless_degrees() -> frozenset[str]:
    """'SH', 'SE', 'MM': degrees written in capitals without dots are no initials."""
    from arsip_berita.language.lexicon import load_lexicon

    return frozenset(d.replace(".", "") for d in load_lexicon().degree_suffixes)


def _initials_beside_name(tok: Token, ctx: Context) -> bool:
    """Two capitals joined by a space to a capitalised word of mixed case on either side."""
    text = ctx.text
    before = re.search(r"([A-Z][a-z]+) $", text[max(0, tok.start - 30):tok.start])
    after = re.match(r" ([A-Z][a-z]+)", text[tok.end:tok.end + 30])
    return bool(before or after)


def namey(tok: Token, ctx: Context) -> bool:
    """A token that can be part of a person's name."""
    t, lex = tok.text, ctx.lex
    if len(t) == 1:
        return t.isupper()
    if t in lex.given_names or t in lex.surname_words:
        return True  # 'SBY' is a name although written in capitals; 'Rizki Ramadhan'
    if tok.caps and len(t) == 2 and t.isalpha() and t not in lex.agencies and t not in lex.not_orgs \
            and t not in _dotless_degrees() and t not in _ROMAN \
            and t not in lex.not_entities and t not in lex.world and _initials_beside_name(tok, ctx):
        return True  # 'Afrizal DN', 'Irianto MS Syaifuddin', 'TB Hasanuddin': initials in capitals
    if not tok.cap or tok.caps or not _name_word(t):
        return False
    if _DOMAIN.match(ctx.text, tok.end):
        return False  # 'Blanja.com'
    return not (ctx.covered(tok, ctx.places) or ctx.covered(tok, ctx.orgs))


@lru_cache(maxsize=65536)
def _name_word(t: str) -> bool:
    """The checks of ``namey`` that depend on the word alone (cached: a text repeats its words)."""
    from arsip_berita.language.lexicon import load_lexicon

    lex = load_lexicon()
    if any(ch.isdigit() for ch in t):
        return False
    if t in lex.function_words or t in lex.not_entities or t in lex.org_heads or t in lex.org_last \
            or t in lex.venue_heads:
        return False  # 'Lalu' opens a sentence, but is a name inside one ('H. Lalu Mujiburrahman')
    if _glued_place(t, lex):
        return False  # 'Tanjungpinang', 'Sungaibatanghari': a place word glued to its name
    if t.lower() in lex.english_words:
        return False  # 'Head of Business Operations'
    if len(t) > 5 and t.endswith("nya") and (t[:-3] in lex.position_heads or t[:-3].lower() in dictionary()):
        return False  # 'Sekdanya', 'Bupatinya': a post or a word with a possessive
    if "-" in t and len({part.lower() for part in t.split("-")}) == 1:
        return False  # reduplication is a plural: 'Truk-truk'
    low = t.lower()
    if low in lex.agency_vocab or t in lex.position_heads or t in lex.agencies:
        return False
    return not derived(t)


def _name_suffix(run: list[Token], start: int, ctx: Context) -> int:
    """Index where the trailing name of ``run`` begins (== len(run) when there is none).

    Honorifics and initials between a post and a name ('Direktur Polinela Dr.Ir.Sarwono Hadi',
    'Asisten ... Dr.A.P. Ir. Hadi Wicaksono') are not part of the name and do not count towards
    its length.
    """
    lex = ctx.lex
    i, words = len(run), 0
    while i > start and words < MAX_NAME:
        tok = run[i - 1]
        if _honorific(tok.text, lex):
            i -= 1
            continue
        if not namey(tok, ctx):
            break
        i -= 1
        words += 1
    last_honorific = max((k for k in range(i, len(run)) if _honorific(run[k].text, lex)
                          or _dotted_honorific(run, k, ctx) or _phrase_honorific(run, k, lex)), default=-1)
    if last_honorific >= 0:
        i = last_honorific + 1
    while start < i < len(run) and (run[i - 1].text in lex.place_first or run[i - 1].text in _AREA_HEADS):
        i += 1  # 'Wali Kota Bukit Indah Darlis', 'Kepala Dinas Kota Baubau': the word after 'Kota' is the place
    if start > 0 and i < len(run) - 1 and run[i].text in _ROMAN and run[i + 1].text not in lex.given_names \
            and run[i + 1].text not in _BALI:
        i += 1  # 'Asisten I Efrawadi', 'Komisi II Nama': the numeral belongs to the post ('I Wayan' is a name)
    if i < len(run) and run[-1].text in lex.directions:
        return len(run)  # 'Sekda Tanjab Timur': a region ends so, a name does not
    last_direction = max((k for k in range(i, len(run)) if run[k].text in lex.directions), default=-1)
    if last_direction >= 0 and start > 0:
        i = last_direction + 1  # 'Bupati Tanjab Timur Romi Hariyanto
    while i < len(run) and ((len(run[i].text) == 1 and _honorific_letter(run[i].text, ctx.lex))
                            or run[i].text in CONNECTORS):
        i += 1  # a name does not start with a connector or a one-letter honorific ('H.'); 'M Nazaruddin' does
    return i


_AREA_HEADS = frozenset({"Kota", "Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Provinsi", "Dusun", "Nagari",
                         "Gampong", "Kab", "Kec", "Kel", "Prov"})
_NAMED_AFTER = ("RSUD", "RSU", "RS", "RSIA", "RSJ", "RSAD", "Rumah Sakit", "Universitas", "Bandara", "Stadion")
_ADDRESS_TAIL = frozenset({"No", "Nomor", "Nomer", "Nmr", "Kav", "Kavling", "Blok", "RT", "RW", "Lt", "Lantai"})
_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"})
_BALI = frozenset({"Wayan", "Made", "Nyoman", "Ketut", "Gede", "Putu", "Komang", "Kadek", "Gusti", "Nengah", "Ketut",
                   "Gde", "Dewa", "Ngurah"})


def _dotted_honorific(run: list[Token], k: int, ctx: Context) -> bool:
    """Whether ``run[k]`` closes an honorific written with dots over several letters ('K.H.', 'H.M.')."""
    if len(run[k].text) != 1 or k == 0:
        return False
    for j in range(max(0, k - 2), k):
        if all(len(t.text) == 1 for t in run[j:k + 1]):
            written = ctx.text[run[j].start:run[k].end]
            if f"{written}." in ctx.lex.honorific_prefixes or written in ctx.lex.honorific_prefixes:
                return True
    return False


def _honorific_letter(letter: str, lex: Lexicon) -> bool:
    return f"{letter}." in lex.honorific_prefixes or letter in lex.honorific_prefixes


def _honorific(word: str, lex: Lexicon) -> bool:
    return len(word) > 1 and (word in lex.honorific_prefixes or f"{word}." in lex.honorific_prefixes)


def _strip_prefixes(run: list[Token], ctx: Context) -> list[Token]:
    lex = ctx.lex
    # indices, then one slice: dropping one word at a time copies the run each time (quadratic)
    i = 0
    while i < len(run) and (run[i].text in lex.person_prefixes or run[i].text in lex.honorific_prefixes
                            or f"{run[i].text}." in lex.honorific_prefixes):
        i += 1
    run = run[i:]
    first = True
    while run and (run[0].initial or not first) and not head_len(run, lex.org_heads) \
            and not position_len(run, lex) and not (run[0].text in lex.place_first and len(run) > 1) \
            and run[0].text not in lex.venue_heads and (
            run[0].text in lex.function_words or (first and run[0].text in lex.not_entities)
            or (derived(run[0].text) and (first or run[0].text.endswith("nya")))):
        run = run[1:]  # 'Dalam Sambutannya Wako Nama': the opening words, then a possessive after them
        first = False
    if len(run) > 1 and run[0].initial and run[0].text.lower() in dictionary() \
            and run[0].text not in lex.given_names and not head_len(run, lex.org_heads) \
            and not position_len(run, lex) and run[0].text not in lex.place_first \
            and (run[1].text in lex.given_names or run[1].text in lex.person_prefixes):
        run = run[1:]  # 'Baik Jokowi maupun ...', 'Gaya Pak Harto': a sentence-opening common word
    i = 0
    while len(run) - i > 1 and run[i].text in lex.person_prefixes:
        i += 1
    return run[i:]


def credible_person(name: list[Token], ctx: Context, cue: bool, strong: bool = False) -> bool:
    """Enough evidence that a sequence of name-like tokens is a person."""
    if not name or not all(namey(t, ctx) or t.text in CONNECTORS for t in name):
        return False
    if all(len(t.text) == 1 or (t.caps and t.text not in ctx.lex.given_names) for t in name):
        return False  # 'M' of 'M.E.' or 'Rp1,5 M': a letter alone names nobody; nor do capitals alone
    tok = name[0]
    low = tok.text.lower()
    lex = ctx.lex
    if all(t.text in lex.surname_words or t.text in CONNECTORS for t in name):
        return False  # 'Ramadhan' alone is the month; beside a name it is a name
    if len(name) >= 2:
        if _ends_with_region(name, ctx):
            return False  # 'Hebat Wonosobo', 'Kartini Temanggung': a name closed by a regency is a thing's
        if cue or any(t.text in lex.given_names for t in name):
            return True
        words = [t.text for t in name if t.text not in CONNECTORS and len(t.text) > 1]  # 'F. Konstruksi'
        if not words:
            return False
        common = sum(1 for w in words if _common(w, ctx))
        strong = sum(1 for w in words if _common(w, ctx, strong=True))
        # 'Prevalensi Balita Gizi Kurang', 'User Equipment': capitalised common words (written in lower case
        # elsewhere in the text, or English) are a heading or a term; a name may hold dictionary words
        return not (common == len(words) or (len(words) >= 3 and 2 * strong > len(words)))
    if tok.text in ctx.lex.given_names:
        return True  # 'Bambang', 'Siregar': a known name outweighs the dictionary
    if cue:
        return strong or low not in dictionary()  # 'kata Sri': a context cue outweighs the dictionary
    # Without a cue, a lone capitalised root word is capitalised for style ('Kapasitas', 'Barat'), as is an
    # English word ('Electrical') or a place word glued to its name ('Sungaibatanghari', 'Kampunglaut').
    return low not in dictionary() and low not in ctx.lower_words and low not in lex.english_words \
        and not _glued_place(tok.text, lex)


def _ends_with_region(name: list[Token], ctx: Context) -> bool:
    from arsip_berita.language.gazetteer import lookup

    last = name[-1].text
    if last in ctx.lex.given_names or last in ctx.lex.surname_words or len(last) < 4:
        return False
    rec = lookup(last)
    return rec is not None and rec.level in ("provinsi", "kabupaten", "kota") \
        and last not in ctx.lex.place_guards


@lru_cache(maxsize=1)
def _glued_pattern() -> re.Pattern[str]:
    from arsip_berita.language.lexicon import load_lexicon

    heads = sorted((h for h in load_lexicon().place_first if " " not in h and len(h) >= 4), key=len, reverse=True)
    return re.compile(r"(?:%s)[a-z]{3,}$" % "|".join(map(re.escape, heads)))


def _glued_place(word: str, lex: Lexicon) -> bool:
    """'Tanjungpinang', 'Sungaibatanghari': a place word glued to its name."""
    return _glued_pattern().match(word) is not None


def _common(word: str, ctx: Context, strong: bool = False) -> bool:
    """A capitalised common word: a root word, or (``strong``) a word the text also writes in lower case
    or a common English word."""
    low = word.lower()
    if len(word) < 2 or word in ctx.lex.surname_words or word in ctx.lex.given_names:
        return False
    return low in ctx.lower_words or low in ctx.lex.english_words or (not strong and low in dictionary())


def person(ctx: Context, name: list[Token], position: str | None, priority: int) -> Cand:
    start, end = name[0].start, name[-1].end
    return cand(ctx.text, "PERSON", start, end, priority, position=position, role="official" if position else None)


@dataclass
class RunReading:
    """The reading of one run: entities, and a position left without a name (for 'Jabatan, Nama')."""

    cands: list[Cand]
    open_position: str | None = None
    person_without_position: Cand | None = None


def _territorial(run: list[Token], plen: int, lex: Lexicon) -> bool:
    """Whether the position head just before ``run[plen]`` governs a region ('Camat', 'Bupati')."""
    return any(" ".join(t.text for t in run[k:plen]) in lex.territorial_heads for k in range(plen))


def _phrase_honorific(run: list[Token], k: int, lex: Lexicon) -> int:
    """How many tokens of a several-word honorific end at ``run[k]`` ('Tuan Guru', 'Tuan Guru Bajang'), or 0."""
    for n in (3, 2):
        if k - n + 1 >= 0 and " ".join(t.text for t in run[k - n + 1:k + 1]) in lex.honorific_prefixes:
            return n
    return 0


def _position_end(run: list[Token], plen: int, i: int, ctx: Context) -> int:
    """The position ends before the honorifics and initials that open the name ('Bupati Kotim H.')."""
    lex = ctx.lex
    while i > plen and (n := _phrase_honorific(run, i - 1, lex)) and i - n >= plen:
        i -= n  # 'Gubernur NTB Tuan Guru Bajang Nama'
    while i > plen and ((len(run[i - 1].text) == 1 and ctx.text[run[i - 1].end:run[i - 1].end + 1] == ".")
                        or run[i - 1].text in lex.honorific_prefixes
                        or f"{run[i - 1].text}." in lex.honorific_prefixes):
        i -= 1  # an initial has its dot; 'Asisten I' keeps its numeral
    return i


def is_region(word: str) -> bool:
    """A word the gazetteer knows as a region, bare or as a kecamatan ('Baamang')."""
    from arsip_berita.language.gazetteer import lookup

    return lookup(word) is not None or lookup(f"Kecamatan {word}") is not None


_REGION_AFTER = re.compile(r",\s+(?:Kecamatan|Kec\.|Kabupaten|Kab\.|Kota|Provinsi|Prov\.|Desa|Kelurahan|Distrik)\b")


_HOLDER_AFTER = re.compile(r",\s+(?:(?:H|Hj|Dr|Drs|Ir|K\.H|KH)\.?\s+)*([A-Z][a-z]+)(?:\s+([A-Z][a-z]+))?")


def _holder_follows(run: list[Token], ctx: Context) -> bool:
    """'Bupati Lembah Hijau, Rosalina Damanik': after a territorial post, words with no personal name among
    them and a comma before a name are the region, and the name after the comma holds the post."""
    lex = ctx.lex
    m = _HOLDER_AFTER.match(ctx.text, run[-1].end)
    if not m or any(t.text in lex.given_names for t in run):
        return False
    first = m.group(1)
    return not (first in lex.position_heads or first in lex.function_words or first in lex.not_entities
                or first in lex.org_heads or first.lower() in dictionary())


_LOCAL = frozenset({"Kades", "Kepala Desa", "Lurah", "Kepala Kelurahan", "Camat", "Kadus", "Kepala Dusun",
                    "Sekdes", "Sekretaris Desa", "Kepala Kampung", "Penghulu", "Wali Nagari", "Keuchik", "Geuchik"})


def _local_head(run: list[Token], plen: int, lex: Lexicon) -> bool:
    return " ".join(t.text for t in run[:plen]).split(" ", 1)[-1] in _LOCAL or \
        " ".join(t.text for t in run[:plen]) in _LOCAL or run[plen - 1].text in _LOCAL


def _local_head_before(tok: Token, ctx: Context) -> bool:
    before = ctx.text[max(0, tok.start - 20):tok.start]
    return any(before.endswith(h + " ") for h in _LOCAL)


def _known_region(toks: list[Token]) -> bool:
    from arsip_berita.language.gazetteer import known_area

    return known_area(" ".join(t.text for t in toks))


def _region_word(tok: Token, ctx: Context) -> bool:
    """The one word after 'Camat', 'Kepala Desa', 'Bupati' names the region it governs: a known region, or a
    word followed by the wider region ('Kepala Desa Darmakradenan, Kecamatan Ajibarang, Nama') or, after a
    comma, by the name ('Kepala Desa Sukamaju, Nama')."""
    from arsip_berita.language.gazetteer import known_area

    after = ctx.text[tok.end:tok.end + 40]
    if is_region(tok.text) or _REGION_AFTER.match(after):
        return True
    if tok.text not in ctx.lex.given_names and known_area(tok.text) and (
            after[:1] in (".", ";", ")", "") or _local_head_before(tok, ctx)):
        return True  # 'kepada Kades Kalimendong.', 'Kades Sikunang menyampaikan': the village
    return after.startswith(", ") and after[2:3].isupper() and tok.text not in ctx.lex.given_names \
        and known_area(tok.text)


def _cue_words(run: list[Token], lex: Lexicon) -> tuple[list[Token], str]:
    """Capitalised cue nouns opening a run ('Artis Angel Lelga', 'Kabinet Ali'): dropped, and the last
    one becomes the word before the run."""
    prev, i = "", 0
    while len(run) - i > 1 and not run[i].caps and (low := run[i].text.lower()) and (
            low in lex.person_before or low in lex.thing_before or low in lex.org_before):
        prev = low
        i += 1
    return run[i:], prev


def lone_word_person(tok: Token, ctx: Context, prev: str, nxt: str) -> bool:
    """Positive evidence that a lone capitalised word nobody vouched for names a person.

    Such a word is as often a foreign place, a product or an English word as a surname, so its
    neighbours must speak for it: 'X ini' and 'seperti X' name things; a sentence-opening word needs a
    verb, an adverb or an apposition comma after it ('Basarah menyadari', 'Smith, wakil ...').
    """
    lex, word = ctx.lex, tok.text
    if word in lex.given_names:
        return True
    if nxt in lex.thing_after or prev in lex.thing_before or prev in lex.lone_thing_before:
        return False
    if word.lower().endswith("nya") and len(word) > 5:
        return False  # 'Keppresnya', 'Capresnya': a possessive common noun
    if "-" in word and (any(part.isupper() for part in word.split("-"))
                        or sum(part[:1].isupper() for part in word.split("-")) > 1):
        return False  # 'Jokowi-Kalla', 'SBY-Boediono', 'T-Rex': a pair or a thing, not one person
    if not tok.initial and prev:
        return True
    return ctx.text[tok.end:tok.end + 2].lstrip().startswith(",") or nxt in lex.name_followers or (nxt[:2] in ("me", "be", "di") and derived(nxt))


def read_run(run: list[Token], ctx: Context, prev: str = "", nxt: str = "") -> RunReading:
    lex, text = ctx.lex, ctx.text
    prefix_cue = run[0].text in lex.person_prefixes or _honorific(run[0].text, lex)
    stripped = _strip_prefixes(run, ctx)
    if stripped and stripped[0] is not run[0] and not prefix_cue:
        prev = next(t.text.lower() for t in reversed(run) if t.end <= stripped[0].start)  # 'Menurut Basarah'
    run = stripped
    while len(run) > 2 and run[-1].caps and run[-1].text in _dotless_degrees() and namey(run[-2], ctx):
        run = run[:-1]  # 'Wako Alfin SH': a degree in capitals closes the name
    if not position_len(run, lex) and not head_len(run, lex.org_heads):
        run, inner_prev = _cue_words(run, lex)
        prev = inner_prev or prev
    if not run:
        return RunReading([])
    plen = position_len(run, lex)
    if plen:
        i = _name_suffix(run, plen, ctx)
        if i == plen and _territorial(run, plen, lex):
            if len(run) - i == 2 and _local_head(run, plen, lex) and _known_region(run[i:]):
                return RunReading([], open_position=text[run[0].start:run[-1].end])  # 'Kades Pucung Wetan'
            if len(run) - i == 1 and _region_word(run[i], ctx):
                return RunReading([], open_position=text[run[0].start:run[-1].end])  # 'Camat Baamang'
            if _holder_follows(run, ctx):
                return RunReading([], open_position=text[run[0].start:run[-1].end])  # 'Bupati Lembah Hijau, Nama'
            if len(run) - i >= 4 and _known_region(run[i:i + 2]):
                i += 2  # 'Camat Nipah Panjang Helmi Agustinius'
            elif len(run) - i >= 3 and run[i].text not in lex.given_names:
                i += 1  # "Camat Baamang Ahmad Rizali": the region comes first
            elif len(run) - i == 2 and run[i].text not in lex.given_names and is_region(run[i].text):
                i += 1  # 'Camat Jangka Alfian': a known region, then a one-word name
        if i < len(run) - 2 and head_len(run[i - 1:i], lex.org_heads) and run[i].text not in lex.given_names:
            i += 1  # 'Ketua Pembina Yayasan Tarumanegara Indra Gunawan': the body's name, then the holder's
        elif i == plen and len(run) - i >= 2 and run[i].text not in lex.given_names and is_region(run[i].text):
            i += 1  # 'Kalapas Porong Soetomo': the unit's place, then the holder
        end = _position_end(run, plen, i, ctx)
        pos_text = None
        if end > 0:
            pos_end = run[end - 1].end
            paren = _PAREN_AFTER.match(text, pos_end)
            if paren and i < len(run) and paren.end() <= run[i].start:
                pos_end = paren.end()  # 'Menteri Energi dan Sumber Daya Mineral (ESDM) Nama'
            pos_text = text[run[0].start:pos_end]
        if i < len(run) and not head_len(run[i - 1:i], lex.org_heads) and credible_person(run[i:], ctx, cue=True):
            return RunReading([person(ctx, run[i:], pos_text, STRUCTURE)])
        end = _position_end(run, plen, len(run), ctx)  # 'Kepala BKKBN Dr. (H.C.) dr. Nama': no 'Dr' in the post
        return RunReading([], open_position=text[run[0].start:run[max(end, 1) - 1].end])
    first = run[0].text
    inner = next((k for k in range(1, len(run) - 1) if head_len(run[k:k + 4], lex.org_heads)), None)
    if inner is not None and not head_len(run, lex.org_heads):
        org = cand(text, "ORGANIZATION", run[inner].start, run[-1].end, LEXICON - 1)
        return RunReading(read_run(run[:inner], ctx, prev).cands + [org])
    if head_len(run, lex.org_heads) and len(run) > 1:
        tail = _name_suffix(run, 1, ctx)
        if len(run) - tail >= 2 and ctx.covered(run[tail - 1], ctx.orgs) \
                and credible_person(run[tail:], ctx, cue=True):
            c = person(ctx, run[tail:], None, GUESS + 1)  # 'Fraksi Partai Demokrat Saan Mustopa'
            return RunReading([cand(text, "ORGANIZATION", run[0].start, run[tail - 1].end, LEXICON - 1), c],
                              person_without_position=c)
        return RunReading([cand(text, "ORGANIZATION", run[0].start, run[-1].end, LEXICON - 1)])
    venue_at = next((k for k, t in enumerate(run) if t.text in lex.venue_heads), None)
    if venue_at is not None and venue_at == len(run) - 1 and venue_at > 0 and run[venue_at].text in lex.place_first:
        venue_at = None  # 'Akbar Tanjung', 'Rahmat Bukit': a place word that opens names ends this one
    if venue_at is not None and len(run) > 1 and not (venue_at == len(run) - 1 and venue_at == 0):
        last = len(run)
        while last > 1 and run[last - 1].text in _ADDRESS_TAIL:
            last -= 1  # 'Jalan Merdeka Barat No. 9': the number is no part of the street's name
        return RunReading([cand(text, "LOCATION", run[0].start, run[last - 1].end, LEXICON, role="venue")])
    if first in lex.not_person_heads or " ".join(t.text for t in run[:2]) in lex.not_person_heads:
        return RunReading([])  # 'Gua Lawa', 'Inpres Nomor', 'Tuhan Yang Maha Esa'
    if len(run) == 1 and run[0].caps and first not in lex.not_orgs and first not in lex.not_entities \
            and first not in lex.given_names:
        around = text[max(0, run[0].start - 1):run[0].start] + text[run[0].end:run[0].end + 1]
        if len(first) <= 6 and first.isalpha() and not ctx.covered(run[0], ctx.places) and "/" not in around \
                and first not in _ROMAN \
                and around != "()":  # '(KPM)' after a phrase the text did not define as a body is its short form
            return RunReading([cand(text, "ORGANIZATION", run[0].start, run[0].end, GUESS)])
    cue = prefix_cue or prev in lex.person_before or nxt in lex.person_after
    tail = _name_suffix(run, 0, ctx)
    if 0 < tail and len(run) - tail >= 2 and not any(t.text in lex.venue_heads for t in run) \
            and credible_person(run[tail:], ctx, cue=cue, strong=cue):
        c = person(ctx, run[tail:], None, GUESS)  # 'Wasekjen Golkar Tantowi Yahya'
        return RunReading([c], person_without_position=c)
    if not prefix_cue:
        guess = shape_guess(run, ctx, prev, cue)
        if guess is not None:
            return RunReading(guess)
    if credible_person(run, ctx, cue=cue, strong=cue and not prefix_cue) and (
            cue or len(run) > 1 or lone_word_person(run[0], ctx, prev, nxt)):
        c = person(ctx, run, None, GUESS + 1 if cue else GUESS)
        c.cue = cue
        return RunReading([c], person_without_position=c)
    return RunReading([])


def shape_guess(run: list[Token], ctx: Context, prev: str, cue: bool) -> list[Cand] | None:
    """A run that is not a person by its shape or the noun before it: a place, an organisation, a thing."""
    lex, text = ctx.lex, ctx.text
    start, end = run[0].start, run[-1].end
    words = [t.text for t in run]
    if len(run) > 1 and (words[0] in lex.place_first or words[-1] in lex.place_last
                         or " ".join(words[-2:]) in lex.place_last):
        return [cand(text, "LOCATION", start, end, GUESS)]
    if len(run) > 1 and words[-1] in lex.org_last:
        return [cand(text, "ORGANIZATION", start, end, GUESS + 1)]
    if cue:
        return None
    if prev in lex.org_before and not all(ctx.covered(t, ctx.places) for t in run) \
            and not any(t.text in lex.given_names for t in run):  # 'kabinet Jokowi' names a person's cabinet
        return [cand(text, "ORGANIZATION", start, end, GUESS)]
    if prev in lex.thing_before:
        return []
    if prev in lex.place_before and all(namey(t, ctx) or t.text in CONNECTORS for t in run):
        return [cand(text, "LOCATION", start, end, GUESS)]
    return None


_LIST_CONNECTORS = frozenset({"dan", "atau", "serta"})


def _split(run: list[Token], ctx: Context) -> list[list[Token]]:
    """Split a run at 'dan' between two names or positions ('Joko Widodo dan Jusuf Kalla').

    An organisation or a position keeps its 'dan' ('Dinas Pekerjaan Umum dan Penataan Ruang').
    """
    lex = ctx.lex
    parts: list[list[Token]] = []
    cur: list[Token] = []
    venue = False  # whether ``cur`` holds a venue word, kept up to date: no rescan per connector
    for k, tok in enumerate(run):
        if tok.text in _LIST_CONNECTORS and cur:
            rest = run[k + 1:k + 9]  # a position opens within its first eight words
            keeps = head_len(cur, lex.org_heads) or position_len(cur, lex) or venue
            pair = (position_len(cur, lex) and len(cur) > position_len(cur, lex) and namey(cur[-1], ctx)
                    and (cur[-1].text in lex.given_names or not derived(cur[-1].text))
                    and rest and all(namey(t, ctx) for t in rest[:2] if t.text not in CONNECTORS)
                    and rest[0].text in lex.given_names | _capitalised_unknown(rest[0], ctx))
            if position_len(rest, lex) or not keeps or pair:  # 'Wakil Bupati X Nama dan Nama'
                parts.append(cur)
                cur, venue = [], False
                continue
                parts.append(cur)
                cur, venue = [], False
                continue
        cur.append(tok)
        venue = venue or tok.text in lex.venue_heads
    return parts + [cur] if cur else parts


def _capitalised_unknown(tok: Token, ctx: Context) -> frozenset[str]:
    """{tok.text} when the word is no common word (a name's word), else nothing."""
    return frozenset() if _common(tok.text, ctx) else frozenset({tok.text})


def _paired_posts(text: str, runs: list[list[Token]], readings: list[RunReading], lex: Lexicon) -> None:
    """'Bupati dan Wakil Bupati Lembah Hijau Nama1 dan Nama2' (or '..., Nama1 dan Nama2'): the first name
    holds the first post in the region of the second, the second name the second post (in place)."""
    for k in range(len(runs) - 2):
        first = readings[k].open_position
        if not first or position_len(runs[k], lex) != len(runs[k]):
            continue
        if _bridge(text, runs[k][-1].end, runs[k + 1][0].start, lex) not in ("dan", "serta"):
            continue
        second_run = runs[k + 1]
        plen = position_len(second_run, lex)
        p1 = next((c for c in readings[k + 1].cands if c.type == "PERSON" and c.position), None)
        names_at = k + 2
        if p1 is None and readings[k + 1].open_position and k + 2 < len(runs):
            p1 = readings[k + 2].person_without_position
            names_at = k + 3
            if p1 is None or _bridge(text, second_run[-1].end, runs[k + 2][0].start, lex) not in ("", ","):
                continue
        if p1 is None or names_at >= len(runs):
            continue
        p2 = readings[names_at].person_without_position
        if p2 is None or _bridge(text, runs[names_at - 1][-1].end, runs[names_at][0].start, lex) not in _LIST_GAPS:
            continue
        second = readings[k + 1].open_position or p1.position or ""
        region = text[second_run[plen].start:second_run[0].start + len(second)] if plen < len(second_run) \
            and second_run[plen].start < second_run[0].start + len(second) else ""
        _attach(p1, f"{first} {region}".strip())
        _attach(p2, second)


def _plural_posts(text: str, runs: list[list[Token]], readings: list[RunReading], lex: Lexicon) -> None:
    """'para Staf Khusus Wapres A dan B', 'para Kepala Desa A, B, dan C': every name listed holds the post."""
    for k, run in enumerate(runs):
        if not text[max(0, run[0].start - 5):run[0].start].lower().endswith("para "):
            continue
        holder = next((c for c in readings[k].cands if c.type == "PERSON" and c.position), None)
        if holder is None or holder.position is None:
            continue
        j = k + 1
        while j < len(runs):
            p = readings[j].person_without_position
            if p is None or p.position or _bridge(text, runs[j - 1][-1].end, runs[j][0].start, lex) not in _LIST_GAPS:
                break
            _attach(p, holder.position)
            j += 1


def _paren_ok(ctx: Context) -> Any:
    """Runs that go on past '(ACR)': posts and organisations ('Kepala Badan Pusat Statistik (BPS) Provinsi')."""
    lex = ctx.lex

    def ok(run: list[Token]) -> bool:
        return bool(position_len(run, lex) or head_len(run, lex.org_heads) or position_len(run[1:], lex))
    return ok


def _cut_at(runs: list[list[Token]], spans: list[Cand]) -> list[list[Token]]:
    """Runs split where a reserved span (a degree list) lies: 'Bayu Santosa M.Si' is 'Bayu Santosa'."""
    if not spans:
        return runs
    from arsip_berita.extraction.spans import Coverage

    cover = Coverage([(c.start, c.end) for c in spans])
    out: list[list[Token]] = []
    for run in runs:
        cur: list[Token] = []
        for tok in run:
            if cover.covers(tok.start, tok.end):
                if cur:
                    out.append(cur)
                cur = []
            else:
                cur.append(tok)
        if cur:
            out.append(cur)
    trimmed = []
    for piece in out:  # 'S.E. dan Muhlison': the connector was the degree's neighbour, not the name's
        a, b = 0, len(piece)
        while a < b and piece[a].text in CONNECTORS | _LIST_CONNECTORS:
            a += 1
        while b > a and piece[b - 1].text in CONNECTORS | _LIST_CONNECTORS:
            b -= 1
        if a < b:
            trimmed.append(piece[a:b])
    return trimmed


# '(Humas/Nama)', '(MC Kominfo/Nama)', '(Red: Nama)': the writer's credit names no one in the story
_CREDIT = re.compile(r"\((?:Biro Humas|Bag(?:ian)? Humas|Tim Humas|Humas|MC|Red|Redaksi|Foto|Teks|Pewarta|Editor|Penulis|Reporter|Rep|Ed|Adv|Diskominfo|Kominfo|"
                     r"Prokopim|Protokol|Hms|Infopublik|IP)\b[^()\n]{0,60}\)", re.I)
_HONORIS = re.compile(r"\((?:H\.\s?C\.?|HC|Hon\.?|Purn\.?|Ret\.?)\)")  # 'Dr. (H.C.)', 'Letjen TNI (Purn)'
_GAP_PAREN = re.compile(r"\([^()\n]{1,40}\)")


def _bridge(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """What links two runs, with degrees, honorifics and parenthesised short forms taken out:
    ',' for 'Jabatan (ACR), Dr. Nama', '' for 'Jabatan Dr. (H.C.) dr. Nama', 'sebagai' ...; None when
    the gap is long or crosses a line or a sentence."""
    gap = _DOMAIN.sub("", text[start:end], count=1) if text[start:start + 1] == "." else text[start:end]
    if len(gap) > 60 or "\n" in gap:
        return None
    return _bridge_gap(gap)


@lru_cache(maxsize=4096)
def _bridge_gap(gap: str) -> str | None:
    from arsip_berita.language.lexicon import load_lexicon
    from arsip_berita.language.names import degree_pattern

    lex = load_lexicon()
    if gap.strip() in ("", ","):
        return gap.strip()
    gap = degree_pattern().sub(" ", gap)
    gap = _GAP_PAREN.sub(" ", gap)
    words = [w for w in gap.replace(",", " , ").split()
             if not (_honorific(w.rstrip("."), lex) or _honorific(w, lex) or w == ".")]
    if any(w.endswith((".", "!", "?", ";", ":")) for w in words):
        return None
    return " ".join(words).replace(" ,", ",")


def _place_run(run: list[Token], reading: RunReading, ctx: Context) -> bool:
    """A run that is only a place ('Kecamatan Ajibarang')."""
    return not reading.open_position and not reading.person_without_position \
        and all(ctx.covered(t, ctx.places) for t in run)


def read_runs(tokens: list[Token], ctx: Context) -> list[Cand]:
    """Read every capitalised run; link a post to its holder: 'Jabatan, Nama', 'Jabatan Dr. Nama',
    'Nama, Jabatan', 'Nama (Jabatan)', 'Nama selaku/sebagai Jabatan' (and the names listed before it),
    'Jabatan diisi oleh Nama', 'Kepala Desa X, Kecamatan Y, Nama', and 'Bidang: Nama (Koordinator), Nama'."""
    from arsip_berita.extraction.officials import find_degrees

    out: list[Cand] = []
    text, lex = ctx.text, ctx.lex
    index = {t.start: k for k, t in enumerate(tokens)}
    credits = [cand(text, "BLOCK", m.start(), m.end(), 6, role="credit") for m in _CREDIT.finditer(text)]
    degrees = find_degrees(text, lex) + [cand(text, "BLOCK", m.start(), m.end(), 6) for m in _HONORIS.finditer(text)] \
        + credits
    out += credits
    runs = [part for run in _cut_at(cap_runs(text, tokens, ctx.abbrevs, CONNECTORS | _LIST_CONNECTORS,
                                             _paren_ok(ctx)), degrees)
            for part in _split(run, ctx)]
    readings = []
    for run in runs:
        a, b = index[run[0].start], index[run[-1].start]
        prev = tokens[a - 1].text.lower() if a > 0 and text[tokens[a - 1].end:run[0].start] == " " else ""
        nxt = (tokens[b + 1].text.lower()
               if b + 1 < len(tokens) and text[run[-1].end:tokens[b + 1].start] == " " else "")
        readings.append(read_run(run, ctx, prev, nxt))
    # '(Jateng)' after an open post ('Pj Gubernur Jawa Tengah (Jateng), Nama') sits between the post and
    # its holder: the short form's run is taken out of the linking (its entities are kept)
    skipped: list[Cand] = []
    keep = []
    for k, run in enumerate(runs):
        if k and keep and readings[keep[-1]].open_position and readings[k].person_without_position is None \
                and not readings[k].open_position and text[run[0].start - 1:run[0].start] == "(" \
                and text[run[-1].end:run[-1].end + 1] == ")":
            skipped += readings[k].cands
            continue
        keep.append(k)
    if len(keep) < len(runs):
        runs, readings = [runs[k] for k in keep], [readings[k] for k in keep]
        out += skipped
    _village_lists(text, runs, readings, ctx)
    _person_lists(text, runs, readings, ctx)
    _names_seen(runs, readings, ctx)
    _headlines(text, runs, readings, ctx)
    for k, (run, reading) in enumerate(zip(runs, readings)):
        out += reading.cands
        if k + 1 >= len(runs):
            continue
        nxt_run, nread = runs[k + 1], readings[k + 1]
        gap = _bridge(text, run[-1].end, nxt_run[0].start, lex)
        if gap is None:
            continue
        if reading.open_position and gap == "" and reading.open_position.endswith(_NAMED_AFTER) \
                and nread.person_without_position and k + 2 < len(runs) \
                and readings[k + 2].person_without_position \
                and _bridge(text, nxt_run[-1].end, runs[k + 2][0].start, lex) == ",":
            # 'Direktur Utama RSUD dr. Doris Sylvanus, dr. Nama': the first name is the hospital's
            named = nread.person_without_position
            named.type, named.role = "BLOCK", None
            nread.person_without_position = None
            post = text[run[0].start:nxt_run[-1].end]
            _attach(readings[k + 2].person_without_position, post)
        elif reading.open_position and nread.person_without_position and gap.endswith(",") \
                and gap[:-1].split() and all(w in lex.post_nouns for w in gap[:-1].split()):
            # 'Ketua panitia, Nama', 'Koordinator lapangan, Nama': a lower-case noun completes the post
            _attach(nread.person_without_position, f"{reading.open_position} {gap[:-1].strip()}")
        elif reading.open_position and nread.person_without_position and (
                gap in ("", ",") or gap in lex.position_links_before):
            paren = _PAREN_AFTER.match(text, run[-1].end)  # 'Kepala Dinas ... (PUPR), Nama'
            _attach(nread.person_without_position,
                    reading.open_position + (paren.group() if paren and paren.end() <= nxt_run[0].start else ""))
        elif reading.open_position and gap in ("", ",") and _place_run(nxt_run, nread, ctx) and k + 2 < len(runs) \
                and readings[k + 2].person_without_position \
                and _bridge(text, nxt_run[-1].end, runs[k + 2][0].start, lex) in ("", ","):
            _attach(readings[k + 2].person_without_position, reading.open_position)  # 'Kades X, Kec. Y, Nama'
        elif _alias_link(text, run, nxt_run, reading, nread, lex):
            pass
        elif reading.person_without_position and nread.open_position:
            raw = text[run[-1].end:nxt_run[0].start]
            if gap == "," or (raw.rstrip().endswith("(") and text[nxt_run[-1].end:nxt_run[-1].end + 1] == ")"):
                _attach(reading.person_without_position, nread.open_position)  # 'Nama (Jabatan)'
            elif gap in lex.position_links_after:
                _attach(reading.person_without_position, nread.open_position)
                _share_backwards(text, runs, readings, k, nread.open_position, lex)
    _label_lists(text, readings, lex)
    _filled_by(text, runs, readings, lex)
    _paired_posts(text, runs, readings, lex)
    _plural_posts(text, runs, readings, lex)
    return out


def _person_lists(text: str, runs: list[list[Token]], readings: list[RunReading], ctx: Context) -> None:
    """A name nobody vouched for, listed beside persons ('Syaftuni, Hermandanus.', 'Efiar, Adnan dan
    Zulfajri'), is a person too (in place; forwards, then backwards)."""
    def is_person(j: int) -> bool:
        return 0 <= j < len(runs) and any(c.type == "PERSON" for c in readings[j].cands)

    def listed(a: int, b: int) -> bool:
        return _bridge(text, runs[a][-1].end, runs[b][0].start, ctx.lex) in _LIST_GAPS

    for order in (range(len(runs)), range(len(runs) - 1, -1, -1)):
        for k in order:
            r, run = readings[k], runs[k]
            if r.cands or r.open_position or len(run) > MAX_NAME:
                continue
            if run[0].initial and not text[max(0, run[0].start - 2):run[0].start] == ": ":
                continue  # a capital after a full stop says nothing; after 'Bidang: ' it opens a list
            post_after = k + 1 < len(runs) and readings[k + 1].open_position is not None \
                and text[run[-1].end:runs[k + 1][0].start] == " (" \
                and text[runs[k + 1][-1].end:runs[k + 1][-1].end + 1] == ")"  # 'Azwardi (Koordinator)'
            post_before = k > 0 and readings[k - 1].open_position is not None \
                and _bridge(text, runs[k - 1][-1].end, run[0].start, ctx.lex) == ","  # 'Jabatan X, Fikri'
            if not (post_after or post_before or (is_person(k - 1) and listed(k - 1, k))
                    or (is_person(k + 1) and listed(k, k + 1))):
                continue
            if credible_person(run, ctx, cue=True, strong=True) \
                    and (len(run) > 1 or not _common(run[0].text, ctx, strong=True)) \
                    and not _area_word(run, ctx):
                c = person(ctx, run, None, GUESS)
                readings[k] = RunReading([c], person_without_position=c)


def _area_word(run: list[Token], ctx: Context) -> bool:
    """One or two words that name a desa, kecamatan or regency ('Kalibawang', 'Butuh Kidul')."""
    from arsip_berita.language.gazetteer import known_area

    return len(run) <= 2 and run[0].text not in ctx.lex.given_names and known_area(" ".join(t.text for t in run))


_AREA_NAMED = re.compile(r"\b(?:Desa|Kelurahan|Kecamatan|Kampung|Dusun|Nagari|Gampong|Kabupaten|Kota|Kab\.|Kec\.)"
                         r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def _village_lists(text: str, runs: list[list[Token]], readings: list[RunReading], ctx: Context) -> None:
    """'Krasak, Simbarejo, Sidorejo dan Semayu': guessed persons listed with other village or kecamatan
    names are places (in place)."""
    def area(j: int) -> bool:
        r = readings[j]
        if r.open_position or any(c.type == "PERSON" and (c.position or c.cue) for c in r.cands):
            return False
        if r.cands and all(c.type == "LOCATION" for c in r.cands):
            return True
        return _area_word(runs[j], ctx)

    named = {w for m in _AREA_NAMED.finditer(text) for w in (m.group(1), m.group(1).split()[0])}  # 'Desa Panjalu'
    flags: list[Cand | None] = [None] * len(runs)
    for k in range(len(runs)):
        p = readings[k].person_without_position
        if p is not None and p.priority == GUESS and not p.position and p.text in named \
                and runs[k][0].text not in ctx.lex.given_names:
            flags[k] = p
            continue
        if p is None or p.cue or p.priority != GUESS or not area(k):
            continue
        near = [j for j in (k - 1, k + 1) if 0 <= j < len(runs)
                and _bridge(text, runs[min(j, k)][-1].end, runs[max(j, k)][0].start, ctx.lex) in _LIST_GAPS]
        if any(area(j) for j in near):
            flags[k] = p
    for k, p in enumerate(flags):
        if p is not None:
            p.type, p.role = "LOCATION", None
            readings[k].person_without_position = None


def _names_seen(runs: list[list[Token]], readings: list[RunReading], ctx: Context) -> None:
    """'disampaikan ke Sjahril' after 'Sjahril Djohan': a lone word guessed a place from the word before it is
    the person the text named in full (in place)."""
    words = {w for r in readings for c in r.cands if c.type == "PERSON" and len(c.text.split()) >= 2
             for w in c.text.split() if len(w) > 3}
    if not words:
        return
    from arsip_berita.language.gazetteer import known_area

    for k, r in enumerate(readings):
        for c in r.cands:
            if c.type == "LOCATION" and c.priority == GUESS and c.place is None and c.text in words \
                    and len(runs[k]) == 1 and not known_area(c.text):
                c.type, c.cue = "PERSON", True
                if r.person_without_position is None:
                    r.person_without_position = c


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines written like a headline inside the body ('Harga Beras di Kota Contoh Kembali Naik'):
    three to sixteen words, most capitalised, no sentence punctuation at the end."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        words = line.split()
        if not 3 <= len(words) <= 16 or line[-1:] in ".,;:!?\"”)" or "," in line:
            continue
        caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        if caps * 4 >= len(words) * 3:
            out.append((m.start(), m.end()))
    return out


def _headlines(text: str, runs: list[list[Token]], readings: list[RunReading], ctx: Context) -> None:
    """A guessed person inside a headline-like line is kept only when the text names them elsewhere."""
    lines = _headline_lines(text)
    if not lines:
        return
    cover = Coverage(lines)
    for k, run in enumerate(runs):
        r = readings[k]
        if not r.cands or not cover.covers(run[0].start, run[-1].end):
            continue
        kept = []
        for c in r.cands:
            if c.type == "PERSON" and not c.cue and not _named_elsewhere(text, c, lines):
                if r.person_without_position is c:
                    r.person_without_position = None
                continue
            kept.append(c)
        r.cands = kept


def _named_elsewhere(text: str, c: Cand, lines: list[tuple[int, int]]) -> bool:
    for m in re.finditer(re.escape(c.text), text):
        if not any(a <= m.start() < b for a, b in lines):
            return True
    return False


_FILLED = re.compile(r"\b(?:diisi|dijabat|ditempati|dipegang)\s+oleh\b")


def _sentence_end(text: str, start: int, lex: Lexicon) -> int:
    """Where the sentence running at ``start`` ends: a full stop that closes no title, initial or degree."""
    from arsip_berita.language.names import degree_pattern

    nl = text.find("\n", start)
    limit = len(text) if nl < 0 else nl
    degrees = [(d.start(), d.end()) for d in degree_pattern().finditer(text, start, limit)]
    for m in re.finditer(r"\.(?=\s|$)", text[:limit]):
        if m.start() < start:
            continue
        word = re.search(r"([\w.]+)$", text[max(0, m.start() - 12):m.start()])
        w = word.group(1) if word else ""
        if len(w) == 1 or _honorific(w, lex) or any(a <= m.start() < b for a, b in degrees):
            continue
        return m.start()
    return limit


def _filled_by(text: str, runs: list[list[Token]], readings: list[RunReading], lex: Lexicon) -> None:
    """'Dewan Pertimbangan diisi oleh tokoh-tokoh berpengalaman, di antaranya A, B, dan C.': the post
    before 'diisi oleh' goes to the persons listed after it in the sentence."""
    for m in _FILLED.finditer(text):
        before = [k for k, run in enumerate(runs) if run[-1].end <= m.start()]
        if not before:
            continue
        post_run = runs[before[-1]]
        if text[post_run[-1].end:m.start()].strip():
            continue
        post = text[post_run[0].start:post_run[-1].end]
        if post_run[0].text in ("Posisi", "Jabatan", "Kursi") and len(post_run) > 1:
            post = text[post_run[1].start:post_run[-1].end]
        end = _sentence_end(text, m.end(), lex)
        prev_k = None
        for k in range(before[-1] + 1, len(runs)):
            if runs[k][0].start >= end:
                break
            p = readings[k].person_without_position
            if p is None:
                if readings[k].cands:
                    break
                continue
            if prev_k is not None and _bridge(text, runs[prev_k][-1].end, runs[k][0].start, lex) not in _LIST_GAPS:
                break
            if p.position:
                break
            _attach(p, post)
            prev_k = k


_PAREN_AFTER = re.compile(r" \([A-Z][\w.&/-]{0,15}(?: [A-Z][\w.&/-]{0,15}){0,2}\)")
_ALIAS_WORDS = frozenset({"alias", "disapa", "akrab disapa", "yang akrab disapa", "atau akrab disapa",
                          "atau yang akrab disapa", "sapaan akrab", "dengan sapaan", "yang biasa disapa", "biasa disapa"})


def _alias_link(text: str, run: list[Token], nxt_run: list[Token], reading: RunReading, nread: RunReading,
                lex: Lexicon) -> bool:
    """'Ahmad Fauzan (Gus Fauzan)', 'Rahmat Hidayat alias Cak Mamat', '..., yang akrab disapa Pak Jon': the
    second name is the first person's (in place); later mentions of it resolve to the full name."""
    first = next((c for c in reading.cands if c.type == "PERSON"), None)
    second = nread.person_without_position
    if first is None or second is None or first is second:
        return False
    raw = text[run[-1].end:nxt_run[0].start]
    paren = raw.strip() == "(" and text[nxt_run[-1].end:nxt_run[-1].end + 1] == ")"
    words = " ".join(raw.replace(",", " ").split()).lower()
    if not paren and words not in _ALIAS_WORDS:
        return False
    second.canonical = first.canonical
    second.position = second.position or first.position
    second.role, second.cue = "alias", True
    return True


_LIST_GAPS = frozenset({",", "dan", ", dan", "serta", ", serta"})


def _share_backwards(text: str, runs: list[list[Token]], readings: list[RunReading], k: int, position: str,
                     lex: Lexicon) -> None:
    """'A, B dan C sebagai Wakil Ketua': the names listed before C hold the post too."""
    j = k - 1
    while j >= 0:
        p = readings[j].person_without_position
        if p is None or p.position or _bridge(text, runs[j][-1].end, runs[j + 1][0].start, lex) not in _LIST_GAPS:
            return
        _attach(p, position)
        j -= 1


_LABEL = re.compile(r"^([A-Z][^:\n]{2,60}):[ \t]+(?=\S)", re.M)


def _label_lists(text: str, readings: list[RunReading], lex: Lexicon) -> None:
    """'Ekonomi & Koperasi: Nama (Koordinator), Nama, Nama.' (a board list): the names without a post of
    their own hold the label; only when every item of the line is a person."""
    persons = sorted((r.person_without_position for r in readings if r.person_without_position),
                     key=lambda c: c.start)
    if not persons:
        return
    from bisect import bisect_left

    starts = [p.start for p in persons]
    for m in _LABEL.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        from arsip_berita.language.names import degree_pattern

        line = degree_pattern().sub("", text[m.end():line_end]).rstrip(" .;")
        items = [x for x in re.split(r",\s*(?:dan\s+)?|\s+dan\s+", _GAP_PAREN.sub("", line)) if x.strip()]
        here = persons[bisect_left(starts, m.end()):bisect_left(starts, line_end)]
        if not here or len(items) != len(here):
            continue
        label = m.group(1).strip()
        for p in here:
            if not p.position:
                _attach(p, label)


def _attach(p: Cand, position: str) -> None:
    p.position = position
    p.priority = STRUCTURE
    p.role = "official"
    p.cue = True


def _list_neighbour(text: str, kept: list[Cand], k: int, j: int) -> tuple[str, str] | None:
    """(type, separator) of the place or organisation listed next to ``kept[k]``, if any."""
    if not 0 <= j < len(kept) or kept[j].type not in ("LOCATION", "ORGANIZATION"):
        return None
    a, b = (kept[j], kept[k]) if j < k else (kept[k], kept[j])
    gap = text[a.end:b.start].strip()
    if gap in (",", "dan", ", dan", "atau", ", atau", "serta", "/", "–"):
        return kept[j].type, gap
    return None


_AREA_WORDS = ("kecamatan", "kec.", "desa", "kelurahan", "distrik", "wilayah", "kampung", "dusun", "di")


def _area_in_list(text: str, c: Cand, left: tuple[str, str] | None, right: tuple[str, str] | None) -> bool:
    """A guessed person that is a known kecamatan or desa name, listed with places or after 'Desa'/'di'."""
    from arsip_berita.language.gazetteer import known_area

    near_place = any(n and n[0] == "LOCATION" for n in (left, right))
    before = text[max(0, c.start - 12):c.start].lower().split()
    return (near_place or bool(before and before[-1] in _AREA_WORDS)) and known_area(c.text)


def propagate_lists(text: str, kept: list[Cand]) -> None:
    """A guessed person inside a list of places or organisations ('BPBD, Manggala Agni, TNI') takes
    their type (in place)."""
    # A worklist, not repeated full passes: a change can only affect the two neighbours, and full
    # passes until nothing changes are quadratic on a long list.
    from arsip_berita.language.lexicon import load_lexicon

    given = load_lexicon().given_names
    todo = list(range(len(kept)))
    queued = set(todo)
    while todo:
        k = heapq.heappop(todo)
        queued.discard(k)
        c = kept[k]
        if c.type != "PERSON" or c.cue or c.position or c.text in given:
            continue  # 'SBY dan PD': a known name listed beside a party stays a person
        left = _list_neighbour(text, kept, k, k - 1)
        right = _list_neighbour(text, kept, k, k + 1)
        kind = None
        if left and right and left[0] == right[0]:
            kind = left[0]  # 'BPBD, Manggala Agni, TNI'
        elif len(c.text.split()) == 1:
            kind = next((n[0] for n in (left, right) if n and n[1] != ","), None)
        if kind is None and _area_in_list(text, c, left, right):
            kind = "LOCATION"  # 'Kecamatan Jasinga, Cigudeg, dan Sukajaya': kecamatan/desa names
        if kind:
            c.type, c.position, c.role = kind, None, None
            for j in (k - 1, k + 1):
                if 0 <= j < len(kept) and j not in queued:
                    heapq.heappush(todo, j)
                    queued.add(j)
