"""Statistics: numbers with unit, indicator, region, period, qualifier, source, change, rank."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from arsip_berita.core.model import Change, Statistic
from arsip_berita.extraction.changes import (attach_delta, baseline_cue, compatible, delta_of, followed_by_result,
                                             noun_unit_indicator, relative_period, sentence_period,
                                             unit_of_delta)
from arsip_berita.extraction.indicators import (breakdown_words, indicator_key, noun_after_unit, noun_phrase_before,
                                                verb_shaped)
from arsip_berita.language.lexicon import Lexicon, _rules, load_lexicon
from arsip_berita.extraction.numbers import parse_number, parse_ordinal, parse_words
from arsip_berita.extraction.spans import Cand, Coverage, SortedSpans
from arsip_berita.extraction.statistics_context import (Subject, article_subject, place_in_context,
                                                        statistic_places)

_PHONE = re.compile(r"(?:\+62|\(0\d{2,3}\)|\b0\d{2,4})[\s-]?\d{2,4}(?:[\s-]?\d{2,5}){1,3}")
# a line end closes a sentence unless the next line goes on in lower case (a line wrapped in a PDF)
_SENT_END = re.compile(r"[.!?]+(?=\s+[\"'(A-Z])|\n+(?![ \t]*[a-z])")
# Every look-around is bounded so that the cost per number is constant on any input: a "sentence"
# is cut after this many characters (real ones are far shorter), and the words before a number are
# read this far back.
MAX_SENTENCE = 1000
_LOOKBACK = 300
_NEAR = 120  # the few words a change or baseline cue takes ('naik 0,06 poin dari')


def _alternation(words: Any, fold: int) -> str:
    """A regex alternation, longest first; words of at least ``fold`` letters written in lower case
    match in any case ('Keluarga', 'MILIAR'), the others (acronyms, 'M', 'ha') only as written."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        pat = re.escape(w).replace(r"\ ", r"\s+")  # 'persen\npoin' across a line end
        out.append(f"(?i:{pat})" if len(w) >= fold and w == w.lower() else pat)
    return "|".join(out)


@lru_cache(maxsize=1)
def _extra() -> dict[str, Any]:
    units, ind = _rules("units"), _rules("indicators")
    return {"money": tuple(units["money_context"]["cues"]), "list_intro": tuple(ind["list_intro"]["cues"]),
            "carry_units": frozenset(ind["list_intro"]["carry_units"])}


NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_RANGE_WORDS = r"(?:\s*[-–—]\s*|\s+(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|s/d)\s+)"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = load_lexicon()
    scale = _alternation(lex.scales, 4)
    prefix = "|".join(re.escape(p) for p in sorted(lex.currency_prefixes, key=len, reverse=True))
    units = _alternation(lex.units, 4)
    ords = "|".join(sorted(lex.ordinals, key=len, reverse=True))
    ranks = "|".join(lex.rank_cues)
    words = "|".join(sorted(list(lex.number_units) + ["belas", "puluh", "ratus", "ribu", "juta"], key=len,
                            reverse=True))
    return {
        # '-1,25', '−1,25' and 'minus 1,25' are negative; a list number glued to a scale ('miliar2.') is no
        # part of it; a unit may stand in parentheses ('20,9 (persen)')
        "number": re.compile(
            rf"(?<![\w.,/:\-–—−])(?:(?P<prefix>{prefix})\s?)?(?P<sign>(?i:minus)\s+|[-−](?=\d))?(?P<digits>{NUM})"
            rf"(?:\s?(?P<scale>{scale})(?:\b|(?=\d{{1,2}}[.)]\s)))?"
            rf"(?:\s?(?:(?P<unit>{units})|\((?P<punit>{units})\))(?!\w))?"
            rf"(?:/[A-Za-z]+\b)?"  # '6,75 jam/hari', 'Rp 1,5 juta/bulan'
            rf"(?:(?![\w/])|(?<=[a-zA-Z])(?=\d{{1,2}}[.)](?:\s|$)))"),
        "unit_after": re.compile(rf"(?:\s?(?P<scale>{scale})\b)?\s?(?:(?P<unit>{units})|\((?P<punit>{units})\))(?!\w)"),
        # '5-6 jam', '300 hingga 400 peserta': the lower bound of a range written with its unit once
        "range": re.compile(rf"(?<![\w.,/:\-–—−])(?P<digits>{NUM}){_RANGE_WORDS}(?:{prefix})?\s?(?P<upper>{NUM})"),
        # At most nine number words ('dua ratus lima puluh tiga ribu ...'): an unbounded run made a text of
        # number words without a unit cost quadratic time (200 KB of 'dua puluh' took minutes).
        "words": re.compile(rf"(?<![\w-])(?P<words>(?i:{words})(?:\s+(?i:{words})){{0,8}})\s+(?P<unit>{units})(?!\w)"),
        "rank": re.compile(rf"\b(?i:{ranks})\s+(?:(?:ke-?\s?(\d{{1,3}}))|({ords}))\b"),
    }


@dataclass
class _Mention:
    value: Decimal
    start: int
    end: int
    unit: str | None
    unit_text: str | None
    sentence: tuple[int, int]


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        word = text[max(0, m.start() - 6):m.start()].split()[-1:] or [""]
        if text[m.start()] == "." and (len(word[0]) <= 1 or f"{word[0]}." in _ABBREV):
            continue  # "Prov. Kalteng", "S. Ampung": not a sentence end
        spans += _cut(text, start, m.end())
        start = m.end()
    spans += _cut(text, start, len(text))
    return spans


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence, cut at a space into pieces of at most MAX_SENTENCE characters."""
    out = []
    while end - start > MAX_SENTENCE:
        at = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        at = at + 1 if at > 0 else start + MAX_SENTENCE
        out.append((start, at))
        start = at
    return out + [(start, end)]


_FROM_TO_KE = re.compile(r"\bdari\s+(?:Rp\.?\s?)?\d[\d.,]*(?:\s+\w+){0,2}\s+ke\s+$")

_ABBREV = frozenset({"Prov.", "Kab.", "Kec.", "Kel.", "Jl.", "No.", "H.", "Hj.", "Dr.", "dr.", "Ir.", "Drs.",
                     "Prof.", "Rp.", "Sdr.", "St.", "Pj.", "Plt.", "Plh."})


def _blocked(text: str, start: int, lex: Lexicon, dates: Coverage) -> bool:
    before = text[max(0, start - 15):start].lower().split()
    if before and before[-1].rstrip(":") in lex.not_stat_before:
        # 'naik dari 2,1 persen ke 2,6 persen': 'ke' after a 'dari' figure is the end point, no ordinal
        return not _FROM_TO_KE.search(text, max(0, start - 60), start)
    return dates.covers(start, start + 1)


def _unit_of(word: str | None, lex: Lexicon) -> str | None:
    if not word:
        return None
    word = " ".join(word.split())
    return lex.units.get(word) or lex.units.get(word.lower())


# counted in words these say little ('empat titik lokasi', 'tiga tahap'): no figure
_VAGUE_WORD_UNITS = frozenset({"titik", "lokasi", "kegiatan", "program", "paket", "pos", "dokumen", "bidang", "lembar",
                               "buah", "tahap", "kali"})
_DURATIONS = frozenset({"day", "week", "month", "year", "hour", "minute"})
_SCHEDULE_BEFORE = re.compile(r"(?i)\b(?:dalam|selama|sejak|kurun(?:\s+waktu)?|setiap|tiap|per|jangka(?:\s+waktu)?|"
                              r"paling\s+lama)\s+$")
_SCHEDULE_AFTER = re.compile(r"(?i)\s+(?:lalu|terakhir|ke\s*depan|mendatang|sekali|berturut|sebelumnya|"
                             r"kemudian|lagi)\b")
_MONEY_SCALES = frozenset({"ribu", "rb", "juta", "jt", "miliar", "milyar", "triliun", "m", "t"})
_CONTINUES = re.compile(r"(?:,|:|\bdan|\bserta|\batau|\brincian|\byakni|\byaitu)\s+(?:sebanyak\s+|sejumlah\s+)?$")
_AGE = re.compile(r"(?i)\b(?:umur|usia|berusia|kelompok)\b[^.]{0,30}$")


@lru_cache(maxsize=8)
def _list_intro() -> re.Pattern[str]:
    strong = ("berikut", "sebagai berikut", ":")  # '12 desa berikut'; the others after a comma only
    weak = "|".join(re.escape(c) for c in sorted(_extra()["list_intro"], key=len, reverse=True) if c not in strong)
    hard = "|".join(re.escape(c) for c in sorted(strong, key=len, reverse=True))
    return re.compile(rf"(?:\s*[\w/-]+){{0,2}}?(?:\s*,\s*(?:{weak})|\s*(?:{hard}))(?!\w)", re.IGNORECASE)


def _mentions(text: str, lex: Lexicon, dates: list[Cand]) -> list[_Mention]:
    phones = Coverage([(m.start(), m.end()) for m in _PHONE.finditer(text)])
    in_date = Coverage([(d.start, d.end) for d in dates])
    sents = _sentences(text)
    sent_starts = [s for s, _ in sents]
    extra = _extra()
    pats = _patterns()

    def sentence(pos: int) -> tuple[int, int]:
        return sents[max(0, bisect_right(sent_starts, pos) - 1)]

    found: dict[int, tuple[_Mention, bool]] = {}  # start -> (mention, kept on its own)
    for m in pats["number"].finditer(text):
        prefix, sign, digits, scale = m.group("prefix", "sign", "digits", "scale")
        unit_word = m.group("unit") or m.group("punit")
        d0 = m.start("digits")
        if _blocked(text, d0, lex, in_date) or phones.covers(d0, d0 + 1):
            continue
        value = parse_number(f"{digits} {scale}" if scale else digits, lex)
        if value is None:
            continue
        if sign:
            if re.search(r"(?i)\bplus\s*$", text[max(0, m.start() - 8):m.start()]):
                continue  # '2,5 plus minus 1 persen': a tolerance, not a figure
            value = -value
        unit = lex.currency_prefixes.get(prefix) if prefix else None
        unit = unit or _unit_of(unit_word, lex)
        before = text[max(0, m.start() - _LOOKBACK):m.start()]
        if unit is None and scale and scale.lower() in _MONEY_SCALES and \
                _cue_in(re.split(r"[,;.!?]\s", before[-70:])[-1], extra["money"]):
            unit, unit_word = "rupiah", scale  # 'anggarannya 215 miliar'
        if unit not in (None, "percent", "points", "rupiah", "usd") and _list_intro().match(text, m.end()):
            continue  # '3 kecamatan, yaitu ...', '12 desa berikut': a list is introduced, nothing measured
        if unit == "year" and re.search(r"(?i)\b(?:usia|umur|berusia|berumur)\s*$", before):
            continue  # 'penduduk usia 25 tahun ke atas': an age, not a figure
        if unit in _DURATIONS and (value == 1 or _SCHEDULE_BEFORE.search(before[-25:])
                                   or _SCHEDULE_AFTER.match(text, m.end())):
            continue  # 'disalurkan dalam 5 hari', 'selama 2 minggu', '3 tahun lalu': a schedule, no figure
        qualified = _tail_match(before, lex.qualifiers) is not None
        # '(87,5)' after a region or a rank is a score; '(50)' after a name is a person's age
        in_parens = text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")" and \
            ("," in digits and re.search(r"[A-Z][\w'-]+\s*\($", before) is not None
             or re.search(r"(?:pertama|kedua|ketiga|keempat|kelima|ke-?\d+)\s*\($", before) is not None)
        keep = unit is not None or qualified or in_parens or (scale is not None and len(scale) > 1) \
            or re.search(r"(?:poin|persen|%)\s+dari\s+$", before) is not None \
            or ("," in digits and re.search(r"(?i)\b(?:menjadi|jadi|yakni|yaitu|adalah|di angka|pada angka|"
                                            r"pada level)\s+$", before) is not None)  # 'turun menjadi 1,45'

        found[m.start()] = (_Mention(value, m.start(), m.end(), unit, unit_word or prefix, sentence(m.start())), keep)
    for m in pats["range"].finditer(text):
        _range(text, m, lex, found, in_date, sentence)
    for m in pats["words"].finditer(text):  # 'tujuh rumah rusak', 'tiga orang luka'
        unit = _unit_of(m.group("unit"), lex)
        if unit not in extra["carry_units"] or unit == "count" or any(m.start() <= k < m.end() for k in found) or \
                m.group("unit").lower() in _VAGUE_WORD_UNITS or \
                re.match(r"\s+(?:ini|itu|tersebut)\b", text[m.end():m.end() + 12]) or \
                _list_intro().match(text, m.end()) or \
                re.search(r"(?i)\bsalah\s+$", text[max(0, m.start() - 7):m.start()]):
            continue
        value = parse_words(m.group("words"), lex)
        if value is None or value <= 1 or in_date.covers(m.start(), m.start() + 1):
            continue
        found[m.start()] = (_Mention(value, m.start(), m.end(), unit, m.group("unit"), sentence(m.start())), True)
    ordered = sorted(found.values(), key=lambda x: x[0].start)
    out: list[_Mention] = []
    for i, (mt, keep) in enumerate(ordered):
        if mt.unit is None:
            prev = out[-1] if out else None
            if prev is not None and prev.sentence == mt.sentence and prev.unit in extra["carry_units"] and \
                    mt.start - prev.end < 120 and _CONTINUES.search(text, max(prev.end, mt.start - 20), mt.start) \
                    and not re.search(r"\d", text[prev.end:mt.start]):
                mt.unit, mt.unit_text, keep = prev.unit, None, True  # '4.334 orang sembuh, 223 dirawat'
            elif keep and any(o.value == mt.value and o.unit for o in out):
                same = next(o for o in out if o.value == mt.value and o.unit)
                mt.unit, mt.unit_text = same.unit, same.unit_text  # '16,5 juta' restating '16,5 juta KPM'
        if keep:
            out.append(mt)
    return out


def _range(text: str, m: re.Match[str], lex: Lexicon, found: dict[int, tuple[_Mention, bool]],
           in_date: Coverage, sentence: Any) -> None:
    """'300 hingga 400 peserta', '5-6 jam': both bounds with the unit written once; an age bracket
    ('(15–24 tahun)', 'umur 15-24 tahun') is no statistic at all."""
    up0 = m.start("upper")
    if in_date.covers(up0, up0 + 1) or in_date.covers(m.start(), m.start() + 1):
        return
    upper = found.get(up0)
    if upper is None:
        um = _patterns()["unit_after"].match(text, m.end("upper"))
        if um is None:
            return
        scale = um.group("scale")
        value = parse_number(f"{m.group('upper')} {scale}" if scale else m.group("upper"), lex)
        unit_word = um.group("unit") or um.group("punit")
        if value is None:
            return
        upper = (_Mention(value, up0, um.end(), _unit_of(unit_word, lex), unit_word, sentence(up0)), True)
    up = upper[0]
    if up.unit is None:
        return
    if up.unit == "year" and (_AGE.search(text, max(0, m.start() - 40), m.start())
                              or text[m.start() - 1:m.start()] == "("):
        found.pop(m.start(), None)
        found.pop(up0, None)
        return
    found[up0] = (up, True)
    lower = found.get(m.start())
    value = lower[0].value if lower else parse_number(m.group("digits"), lex)
    if value is None:
        return
    found[m.start()] = (_Mention(value, m.start(), m.end("digits"), up.unit, up.unit_text, sentence(m.start())), True)


def _cue_in(before: str, cues: tuple[str, ...]) -> bool:
    low = before.lower()
    return any(re.search(rf"(?<!\w){re.escape(c.lower())}(?!\w)", low) for c in cues)


def _tail_match(before: str, phrases: tuple[str, ...]) -> str | None:
    """The phrase that ends ``before`` (ignoring spaces), matched case-insensitively."""
    tail = before.rstrip().lower()[-40:]
    for p in phrases:
        if tail.endswith(p.lower()) and (len(tail) == len(p) or not tail[-len(p) - 1].isalnum()):
            return p
    return None


@lru_cache(maxsize=16)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(c.lower()) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=8)
def _cue_hits(text: str, cues: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """Every cue of the text, found once (starts, ends): scanning a window per number is quadratic."""
    found = [(m.start(), m.end()) for m in _cue_pattern(cues).finditer(text)]
    return [s for s, _ in found], [e for _, e in found]


def _last_cue(text: str, start: int, end: int, cues: tuple[str, ...]) -> tuple[int, str] | None:
    """The last cue (longest at its place) between ``start`` and ``end``: (offset, text as written)."""
    starts, ends = _cue_hits(text, cues)
    i = bisect_right(ends, end) - 1  # the hits do not overlap: the last one ending in time is the latest
    if i < 0 or starts[i] < start:
        return None
    written = text[starts[i]:ends[i]]
    if written[:1].isupper() and written[1:2].islower():
        written = written[0].lower() + written[1:]  # capital only because it starts a sentence
    return starts[i], written


def _region(span: tuple[int, int], places: SortedSpans, text: str) -> str | None:
    inside = [p for p in places.inside(*span) if p.place]
    if inside:
        return inside[-1].place.name  # type: ignore[union-attr]
    if re.search(r"\bnasional\b", text[span[0]:span[1]], re.I):
        return "nasional"
    return None


def _period(span: tuple[int, int], after: tuple[int, int], periods: SortedSpans) -> str | None:
    near = periods.starting(*after)
    if near:
        return near[0].canonical
    inside = periods.inside(*span)
    return inside[-1].canonical if inside else None


def _source(text: str, pos: int, orgs: SortedSpans, acronyms: dict[str, str], lex: Lexicon,
            paragraphs: list[int]) -> str | None:
    para_start = paragraphs[max(0, bisect_right(paragraphs, pos - 1) - 1)]
    cue = _last_cue(text, para_start, pos, lex.source_cues)
    if not cue:
        return None
    for o in orgs.starting(cue[0], cue[0] + len(cue[1]) + 80):
        short = next((s for s, f in acronyms.items() if f == o.canonical), None)
        return short or o.text
    return None


_COUNT_UNITS = frozenset({"unit", "ton", "kg", "liter", "ha"})


def _fallback_indicator(text: str, clause_start: int, mt: _Mention, prev: Statistic | None,
                        lex: Lexicon) -> str | None:
    """No curated cue: the nearest measure phrase of the clause, the noun after a count unit, or the
    indicator of the previous number in the sentence."""
    found = _measured_noun(text, clause_start, mt.start)
    if found is None:
        lo = clause_start
        if mt.unit in _COUNT_UNITS:  # '..., 1.500 paket makanan siap saji': a list item's own noun
            lo = max(lo, text.rfind(",", clause_start, mt.start) + 1)
        found = noun_phrase_before(text, lo, mt.start, lex)
    if found is None and mt.unit in _COUNT_UNITS:
        found = noun_after_unit(text, mt.end, lex)
    if found is None and _GROWTH.search(text, clause_start, mt.start):
        found = "pertumbuhan ekonomi"  # 'ekonomi NTB tumbuh 6,95 persen'
    return found or (prev.indicator if prev else None)


def _list_indicator(text: str, last: Statistic | None, mt: _Mention) -> str | None:
    """'..., disusul Kabupaten Tapin 4,98 persen. Terendah di Kota Banjarbaru dengan 3,12 persen': a figure
    of the same unit that goes on a list of the sentence before takes its indicator."""
    if last is None or last.unit != mt.unit or last.kind != "value" or mt.start - last.end > 250 or \
            "\n\n" in text[last.end:mt.start]:
        return None
    if not re.search(r"(?i)\b(?:terendah|tertinggi|terbesar|terkecil|disusul|diikuti|sedangkan|kemudian)\b",
                     text[mt.sentence[0]:mt.start]):
        return None
    return last.indicator


_MEASURE_WORDS = {"sepanjang": "panjang", "seluas": "luas", "setinggi": "tinggi", "sedalam": "kedalaman",
                  "seberat": "berat", "sejauh": "jarak", "berkapasitas": "kapasitas", "selebar": "lebar"}
_MEASURED = re.compile(rf"((?:\b[a-z][\w-]*\s+){{1,3}}?)({'|'.join(_MEASURE_WORDS)})\s+(?:sekitar\s+|hingga\s+)?$")
_GROWTH = re.compile(r"(?i)\bekonomi(?:nya)?\b[^.,;]{0,60}\btumbuh\b[^.,;]{0,25}$")


def _measured_noun(text: str, lo: int, start: int) -> str | None:
    """'jembatan rangka baja sepanjang 60 meter': 'panjang jembatan rangka baja'; 'lahan rawa seluas':
    'luas lahan rawa'; 'memutar sejauh 23 km': 'jarak'."""
    m = _MEASURED.search(text, max(lo, start - 80), start)
    if m is None:
        return None
    lex = load_lexicon()
    noun: list[str] = []
    for w in reversed(m.group(1).split()):  # back from the measure word to the first stop or verb
        if w in lex.indicator_stops or w in ("antaranya", "diantaranya", "harus") or verb_shaped(w):
            break
        noun.insert(0, w)
    measure = _MEASURE_WORDS[m.group(2)]
    return f"{measure} {' '.join(noun)}" if noun else measure


def _delta_record(text: str, dm: _Mention, direction: str, parent: Statistic | None,
                  lex: Lexicon, compared: str | None = None) -> Statistic:
    """The change itself as a figure of kind 'change' ('naik 0,06 poin', 'turun 5,47 persen'), linked to
    the figure it changes (whose ``change`` carries it too)."""
    word = "kenaikan" if direction == "naik" else "penurunan" if direction == "turun" else "perubahan"
    base = parent.indicator if parent is not None else None
    before = text[max(dm.sentence[0], dm.start - _LOOKBACK):dm.start]
    return Statistic(value=dm.value, start=dm.start, end=dm.end, text=text[dm.start:dm.end], unit=dm.unit,
                     unit_text=dm.unit_text, indicator=f"{word} {base}" if base else word,
                     region=parent.region if parent is not None else None,
                     period=parent.period if parent is not None else None,
                     qualifier=_tail_match(before, lex.qualifiers),
                     source=parent.source if parent is not None else None, kind="change",
                     change=replace(delta_of(direction, dm.value, dm.unit, parent) if parent is not None
                                    else Change(direction, dm.value, dm.unit), baseline_period=compared))


def find_statistics(text: str, lex: Lexicon, dates: list[Cand], places: list[Cand],
                    orgs: list[Cand], acronyms: dict[str, str], *, title: str | None = None,
                    subject: Subject | None = None) -> list[Statistic]:
    """Every statistic of ``text``; ``subject`` (or else the one read from ``title`` and the lead) gives
    the region and period of figures whose sentence and paragraph do not name them."""
    periods = SortedSpans([d for d in dates if d.role == "period"])
    places_by = SortedSpans(places)
    orgs_by = SortedSpans(orgs)
    # where each paragraph starts (a '\n\n' ends one; rfind from each number would be quadratic)
    paragraphs = [0] + [m.start() + 1 for m in re.finditer("(?=\n\n)", text)]
    stats: list[Statistic] = []
    last: Statistic | None = None
    last_sent: tuple[int, int] | None = None
    mentions = _mentions(text, lex, dates)
    pending: tuple[str, _Mention] | None = None  # 'turun 0,5 poin menjadi ...': a delta waiting for its value
    delta_records: list[Statistic] = []
    directions: dict[int, str] = {}  # start of every figure that is a change -> its direction
    for k, mt in enumerate(mentions):
        s_start = mt.sentence[0]
        prev = last if last_sent == mt.sentence else None
        clause_start = max(s_start, prev.end if prev else s_start)
        for brk in _CLAUSE_END.finditer(text, clause_start, mt.start):  # '..., tetapi masih ada 17 ribu jiwa'
            clause_start = brk.end()
        before = text[max(s_start, mt.start - _LOOKBACK):mt.start]
        cue = _last_cue(text, clause_start, mt.start, lex.indicators)
        if cue is None and prev is None:
            cue = _last_cue(text, s_start, mt.start, lex.indicators)
        ind_start = cue[0] if cue else clause_start
        span = (ind_start, mt.start)
        nxt_start = mentions[k + 1].start if k + 1 < len(mentions) else mt.sentence[1]
        after_end = min(mt.sentence[1], mt.end + 25, nxt_start)
        comma = text.find(",", mt.end, after_end)  # '20,9 (persen), tahun 2022 ...': the next clause's
        after = (mt.end, comma if comma > 0 else after_end)
        direction = _direction(before[-_NEAR:], lex)
        indicator = noun_unit_indicator(text, clause_start, mt.start, mt.end, mt.unit, mt.unit_text, lex)
        stat = Statistic(
            value=mt.value, start=mt.start, end=mt.end, text=text[mt.start:mt.end], unit=mt.unit,
            unit_text=mt.unit_text,
            indicator=indicator or (cue[1] if cue else _fallback_indicator(text, clause_start, mt, prev, lex)
                                    or _list_indicator(text, last, mt)),
            region=_region(span, places_by, text) or (prev.region if prev else None),
            period=_period(span, after, periods) or (prev.period if prev and cue is None else None)
            or (sentence_period(s_start, mt.start, periods) if prev is None else None),
            qualifier=_tail_match(before, lex.qualifiers),
            source=_source(text, mt.start, orgs_by, acronyms, lex, paragraphs),
        )
        if direction:
            directions[mt.start] = direction
        if pending and pending[1].sentence == mt.sentence:
            dm = pending[1]
            base_i = _earlier_rate(stats, mt, dm, pending[0])
            if base_i is not None:  # '20,9 persen ..., turun 0,1 persen jadi 20,8 persen': points, with a baseline
                dm.unit = "points"
                stats[base_i] = replace(stats[base_i], kind="baseline")
                stat = replace(stat, change=delta_of(pending[0], None, None, stat, stats[base_i]))
                stat = replace(stat, change=replace(stat.change, delta=dm.value))  # type: ignore[type-var]
            else:
                stat = replace(stat, change=delta_of(pending[0], dm.value, dm.unit, stat))
            delta_records.append(_delta_record(text, dm, pending[0], stat, lex))
            pending = None
            stats.append(stat)
            last, last_sent = stat, mt.sentence
            continue
        if direction and followed_by_result(text, mt.end, nxt_start):
            pending = (direction, mt)  # 'turun 0,1 persen jadi 20,8 persen': the delta of the next value
            continue
        target = _changed(stats, mt, last_sent, text) if direction else None
        if direction and target is not None:
            # 'sebesar 7,2 persen, turun 0,3 persen poin terhadap semester lalu': baseline computed
            change = delta_of(direction, mt.value, mt.unit, stats[target])
            stats[target] = replace(stats[target], change=replace(
                change, baseline_period=_compared_after(text, mt, periods, nxt_start)))
            delta_records.append(_delta_record(text, mt, direction, stats[target], lex,
                                               stats[target].change.baseline_period))  # type: ignore[union-attr]
            last, last_sent = stats[target], mt.sentence
            continue
        if direction and followed_by_result(text, mt.end, nxt_start):
            pending = (direction, mt)
            continue
        if direction and prev is not None and prev.change is not None and prev.kind == "value" and \
                _compared_after(text, mt, periods, nxt_start) and compatible(mt.unit, prev.unit):
            # '..., dan turun 0,5 persen poin terhadap tahun lalu': a second comparison, its own record
            delta_records.append(_delta_record(text, mt, direction, prev, lex,
                                               _compared_after(text, mt, periods, nxt_start)))
            continue
        if direction and attach_delta(stats, direction, mt.value, mt.unit, text, mt.start, stat.indicator):
            # 'Meski turun 4,2 poin, ...': the delta of the value just before
            parent = next((s for s in reversed(stats) if s.change and s.change.delta == mt.value), None)
            delta_records.append(_delta_record(text, mt, direction, parent, lex))
            continue
        stated = baseline_cue(before[-_NEAR:], lex)
        if prev is not None and prev.change and re.search(r"\bdari\s+$", before):
            stat = replace(stat, kind="baseline", period=_period((mt.start, mt.start), after, periods))
            idx = next(i for i in range(len(stats) - 1, -1, -1) if stats[i] is prev)
            stats[idx] = replace(prev, change=replace(prev.change, baseline_value=stat.value,
                                                      baseline_unit=stat.unit, baseline_period=stat.period))
        elif stated is not None and prev is not None and prev.change is None and prev.unit == mt.unit \
                and not followed_by_result(text, mt.end, nxt_start):
            # 'tercatat 23,9 persen, turun dari 28,1 persen pada 2022' / 'dibandingkan 5 persen tahun lalu'
            wide = (mt.end, min(mt.sentence[1], mt.end + 70, nxt_start))  # '... pada SSGI 2022'
            stat = replace(stat, kind="baseline", indicator=prev.indicator, region=prev.region,
                           period=_period((mt.start, mt.start), wide, periods)
                           or _resolved(relative_period(text, after), prev.period))
            idx = next(i for i in range(len(stats) - 1, -1, -1) if stats[i] is prev)
            stats[idx] = replace(prev, change=delta_of(stated[0], None, None, prev, stat))
        elif prev is not None and (bp := _compared_baseline(text, mt, prev, periods)) is not None:
            # 'turun 0,14 persen poin dibandingkan Februari 2023 yang sebesar 5,24 persen': the baseline
            stat = replace(stat, kind="baseline", indicator=prev.indicator, region=prev.region, period=bp)
            idx = next(i for i in range(len(stats) - 1, -1, -1) if stats[i] is prev)
            if prev.change is None:
                stats[idx] = replace(prev, change=delta_of(None, None, None, prev, stat))
            else:
                stats[idx] = replace(prev, change=replace(prev.change, baseline_value=stat.value,
                                                          baseline_unit=stat.unit, baseline_period=bp))
        elif (cmp := _last_cue(text, clause_start, mt.start, lex.comparison_cues)) is not None and \
                not _CLAUSE_END.search(text, cmp[0] + len(cmp[1]), mt.start):
            # 'lebih rendah dibandingkan angka nasional yang sebesar 9,03 persen' (not '..., tetapi 17 ribu')
            if cue is None and prev is not None and prev.indicator and indicator is None:
                stat = replace(stat, indicator=prev.indicator)  # '..., lebih tinggi dibandingkan Kota X yang 2,64'
            stat = replace(stat, kind="comparison")
        stats.append(stat)
        last, last_sent = stat, mt.sentence
    found = _from_to(text, stats, lex) + delta_records + find_ranks(text, lex, places_by)
    if subject is None:
        subject = article_subject(text, title, lex, dates)
    found = place_in_context(text, found, _sentences(text), statistic_places(text, places, orgs, lex),
                             [d for d in dates if d.role == "period"], subject, directions)
    found = _with_breakdowns(text, found)
    # a difference of rates is in percentage points ('naik 0,06 poin'); a change keeps 'points'
    return [replace(s, unit="percentage_point" if s.unit == "points" else s.unit,
                    indicator_key=indicator_key(s.indicator)) for s in found]


_PER = re.compile(r"(?:\s+per\s+(?:kapita|kg|kilogram|orang|jiwa|bulan|tahun|hari|minggu|KK|keluarga|hektare|ha|"
                  r"liter|unit|rumah\s+tangga|KPM|penduduk|ekor|ton)\b){1,3}")


def _with_breakdowns(text: str, stats: list[Statistic]) -> list[Statistic]:
    """'Persentase penduduk miskin di perdesaan tercatat 10,80 persen, sedangkan di perkotaan 4,65
    persen': the area or sex written in the figure's clause belongs to its indicator."""
    words = breakdown_words()
    if not words:
        return stats
    rx = re.compile(rf"(?<![\w-])({'|'.join(re.escape(w) for w in words)})(?![\w-])")  # 'SPAM Perdesaan' is a name
    out, prev_end = [], 0
    for st in sorted(stats, key=lambda s: s.start):
        lo = max(prev_end, st.start - 120, text.rfind(". ", 0, st.start) + 1)
        prev_end = st.end
        found = None
        for m in rx.finditer(text, lo, st.start):
            found = m.group(1).lower()
        if found and st.indicator and found not in st.indicator.lower() and st.kind != "rank":
            st = replace(st, indicator=f"{st.indicator} {found}")
        per = _PER.match(text, st.end)  # 'Rp 478.317 per kapita per bulan': the garis kemiskinan per kapita per bulan
        if per and st.indicator and " per " not in f" {st.indicator} ":
            st = replace(st, indicator=f"{st.indicator} {' '.join(per.group().split())}")
        out.append(st)
    return out


def _resolved(relative: str | None, own: str | None) -> str | None:
    """'tahun lalu' for a 'semester I 2024' value: 'semester I 2023'; as written when the value has no period."""
    if relative is None:
        return None
    from arsip_berita.extraction.statistics_context import previous_period

    unit = next((u for u in ("tahun", "bulan", "triwulan") if u in relative), None)
    return (previous_period(unit, own) if unit else None) or relative


_COMPATIBLE = {"points": ("percent", "points")}


_CLAUSE_END = re.compile(r"\b(?:tetapi|namun|sedangkan|melainkan)\b|;")
def _compared_after(text: str, mt: _Mention, periods: SortedSpans, limit: int) -> str | None:
    """'0,25 persen poin terhadap September 2018': the period a delta is measured against, else None."""
    m = _COMPARED_CUE.match(text, mt.end + 1) if text[mt.end:mt.end + 1].isspace() else None
    if m is None or m.end() > limit:
        return None
    p = next((d for d in periods.starting(m.end(), m.end() + 1)), None)
    return p.canonical if p is not None else None


_RELATIVE = re.compile(r"(?i)(?:periode\s+yang\s+sama\s+)?(tahun|bulan|triwulan)\s+(?:sebelumnya|lalu)")
_COMPARED_CUE = re.compile(r"(?i)\b(?:dibandingkan|dibanding|terhadap|ketimbang)(?:\s+dengan)?\s+")
_COMPARED_TAIL = re.compile(r"\s*,?\s*(?:yang\s+)?(?:sebesar\s+|mencapai\s+|tercatat\s+|sebanyak\s+|senilai\s+)?")


def _compared_baseline(text: str, mt: _Mention, prev: Statistic, periods: SortedSpans) -> str | None:
    """'... dibandingkan Juli 2024 yang sebesar 129,82': the number is the value of the compared period,
    the baseline of the value before it in the sentence; returns that period, else None."""
    if prev.kind != "value" or prev.start < mt.sentence[0] or prev.unit != mt.unit:
        return None
    lo = max(prev.end, mt.start - 80)
    cue = None
    for m in _COMPARED_CUE.finditer(text, lo, mt.start):
        cue = m
    if cue is None:
        return None
    p = next((d for d in periods.starting(cue.end(), cue.end() + 1)), None)
    if p is not None:
        return p.canonical if _COMPARED_TAIL.fullmatch(text, p.end, mt.start) else None
    # 'turun dibandingkan tahun sebelumnya yang mencapai 7,74 persen': the period before the value's own
    rel = _RELATIVE.match(text, cue.end())
    if rel is None or not _COMPARED_TAIL.fullmatch(text, rel.end(), mt.start):
        return None
    from arsip_berita.extraction.statistics_context import previous_period

    return previous_period(rel.group(1).lower(), prev.period) or " ".join(rel.group().split())


def _earlier_rate(stats: list[Statistic], mt: _Mention, dm: _Mention, direction: str) -> int | None:
    """For a delta in 'persen' between two rates of one sentence, the earlier rate it was computed
    from (value +- delta == result), else None."""
    if dm.unit != "percent" or mt.unit != "percent":
        return None
    want = mt.value + dm.value if direction == "turun" else mt.value - dm.value
    for i in range(len(stats) - 1, -1, -1):
        st = stats[i]
        if st.start < mt.sentence[0]:
            break
        if st.unit == "percent" and st.kind == "value" and st.value == want:
            return i
    return None


def _changed(stats: list[Statistic], mt: _Mention, sent: tuple[int, int] | None, text: str) -> int | None:
    """Which earlier statistic of the sentence a change applies to (a rate for 'poin'; a relative change
    in percent for an amount: 'US$22 miliar atau naik 5,47 persen')."""
    if sent != mt.sentence:
        return None
    units = _COMPATIBLE.get(mt.unit or "", (mt.unit,))
    for i in range(len(stats) - 1, -1, -1):
        if stats[i].start < sent[0]:
            break
        if _CLAUSE_END.search(text, stats[i].end, mt.start):
            return None  # '... naik 0,57 persen, sedangkan NTP terendah turun 0,01 persen': another figure's
        if stats[i].kind != "value" or stats[i].change is not None:
            continue
        if stats[i].unit in units or (mt.unit == "percent" and stats[i].unit not in ("points", "rank")) \
                or (mt.unit == "points" and stats[i].unit is None):  # 'IPM 74,92, naik 0,68 poin'
            return i
    return None


def _direction(before: str, lex: Lexicon) -> str | None:
    tail = re.sub(r"\s+(?:sebesar|sebanyak|hingga|sekitar)$", "", before.rstrip())
    if _tail_match(tail, lex.change_up):
        return "naik"
    if _tail_match(tail, lex.change_down):
        return "turun"
    return None


def _from_to(text: str, stats: list[Statistic], lex: Lexicon) -> list[Statistic]:
    """'dari X menjadi Y': X is the baseline of Y; the direction follows from the values."""
    out = list(stats)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        between = text[a.end:b.start]
        if re.fullmatch(r"\s*(?:(?:pada|di)\s+)?(?:tahun\s+)?(?:(?:19|20)\d\d\s*)?,?\s*(?:menjadi|jadi|ke)\s+"
                        r"(?:(?:di\s+)?posisi\s+)?(?:sebanyak\s+|sebesar\s+)?", between) and \
                re.search(r"\bdari\s+$", text[max(0, a.start - 8):a.start]):
            direction = "naik" if b.value > a.value else "turun" if b.value < a.value else "tetap"
            out[i - 1] = replace(a, kind="baseline")
            out[i] = replace(b, change=Change(direction, abs(b.value - a.value), unit_of_delta(b.unit), a.value,
                                              a.unit, a.period),
                             indicator=b.indicator or a.indicator)
    return out


def find_ranks(text: str, lex: Lexicon, places: SortedSpans) -> list[Statistic]:
    """'peringkat kelima provinsi dengan angka kemiskinan terendah': a rank statistic."""
    out = []
    for m in _patterns()["rank"].finditer(text):
        value = int(m.group(1)) if m.group(1) else parse_ordinal(m.group(2), lex)
        if not value:
            continue
        lo, hi = max(0, m.start() - MAX_SENTENCE), min(len(text), m.end() + MAX_SENTENCE)  # bounded look
        s_start = max(text.rfind(". ", lo, m.start()) + 1, text.rfind("\n", lo, m.start()) + 1, lo)
        s_end = min([i for i in (text.find(". ", m.end(), hi), text.find("\n", m.end(), hi)) if i >= 0] or [hi])
        cue = _last_cue(text, m.end(), s_end, lex.indicators) or _last_cue(text, s_start, m.start(), lex.indicators)
        region = _region((s_start, m.start()), places, text)
        qual = re.search(r"\b(ter\w+)\b", text[m.end():s_end])
        out.append(Statistic(value=Decimal(value), start=m.start(), end=m.end(), text=m.group(),
                             unit="rank", unit_text=m.group().split()[0], indicator=cue[1] if cue else None,
                             region=region, qualifier=qual.group(1) if qual else None, kind="rank"))
    return out


_COUNTED = frozenset({"people", "household", "unit", "count", "village", "region"})


def merge_repeats(stats: list[Statistic]) -> list[Statistic]:
    """One record per fact: the same surface saying the same thing again ('261 santri' in the lead and
    in a quote, same indicator, region and period) is one statistic with its other spans in
    ``mentions``; a different surface or meaning stays apart."""
    out: list[Statistic] = []
    seen: dict[tuple[Any, ...], int] = {}
    for st in stats:
        counted = st.unit in _COUNTED  # '261 santri': the noun of the surface says what is counted
        meaning = st.indicator_key or (None if counted else st.indicator)
        key = (st.kind, st.value, st.unit, " ".join(st.text.lower().split()), meaning, st.region, st.period,
               st.change)
        if st.kind == "rank" or key not in seen:
            seen.setdefault(key, len(out))
            out.append(st)
            continue
        i = seen[key]
        out[i] = replace(out[i], mentions=out[i].mentions + ((st.start, st.end),))
    return out
