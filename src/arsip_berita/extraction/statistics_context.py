"""Region and period of each statistic from the right scope: the sentence, then the paragraph, then the
article's own subject (title, publishing government, a national release, the lead, the dateline).

A place that merely appears nearby is not a region: only places of the figure's own sentence count
(a foreign country is a trade partner, never the region), then the region of the figure before it in
the same paragraph, then the article's subject. "nasional"/"Indonesia" figures are national. When the
text does not say, region and period stay empty; the publication date is never used.

A change ('naik 5,47 persen dibanding Juli 2023') gets the period "Agustus 2023 dibanding Juli 2023":
its own period and the period it is compared with.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from arsip_berita.core.model import Statistic
from arsip_berita.language.lexicon import Lexicon, _rules
from arsip_berita.extraction.spans import Cand, SortedSpans

NATIONAL = "nasional"
_NATIONAL_WORD = re.compile(r"(?<![\w-])nasional\b")  # lower case: 'Hari Pendidikan Nasional' is a name
_MONTHS = ("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember").split()


@dataclass(frozen=True)
class Subject:
    """What the article is about, as far as figures go: its region and period (None when unsaid)."""

    region: str | None = None
    period: str | None = None
    as_of: str | None = None  # the event day ('8 Februari 2021'), for figures 'hari ini' / 'saat ini'


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, ...]]:
    rules = _rules("indicators")
    return {
        "government": tuple(rules["subject"]["government"]),
        "compared": tuple(rules["compared_period"]["cues"]),
    }


def domestic(c: Cand) -> bool:
    """An Indonesian region (or Indonesia itself): foreign countries and blocs are not regions."""
    p = c.place
    return p is not None and (p.code is not None or p.level == "negara")


_ADMIN = re.compile(r"(?:Desa|Kelurahan|Kecamatan|Kampung|Nagari|Gampong)\s+[A-Z]")


def _village(text: str, c: Cand) -> bool:
    """A village or kecamatan the gazetteer does not know, named with its level: 'Desa Kadipaten ...',
    '... desa Kadipaten'."""
    if c.type != "LOCATION" or c.place is not None:
        return False
    if _ADMIN.match(c.text):
        return True
    return re.search(r"\b(?:desa|kelurahan|kampung)\s+$", text[max(0, c.start - 12):c.start]) is not None


def region_of(c: Cand, text: str | None = None) -> str:
    """The region's name; 'Pemkab Bogor' / 'Kabupaten Bogor' is the kabupaten even where the bare name
    is the kota's, and 'Pemkot X' the kota."""
    if c.place is None:  # 'Desa Kadipaten Kecamatan Selomerto', 'desa Kadipaten': a village as written
        return c.canonical if _ADMIN.match(c.canonical) else f"Desa {c.canonical}"
    if text is not None and c.place.level == "kecamatan":  # 'Desa Kadipaten Kecamatan Selomerto'
        village = re.search(r"\b((?:Desa|Kelurahan)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+$",
                            text[max(0, c.start - 40):c.start])
        if village and c.text.startswith("Kecamatan"):
            return f"{village.group(1)} {c.text}"
    if text is not None and c.place.level in ("kota", "kabupaten"):
        from arsip_berita.language.gazetteer import lookup

        before = text[max(0, c.start - 12):c.start]
        bare = c.text.split()[-1] if c.text.lower().startswith(("kota ", "kabupaten ")) else c.text
        want = "Kabupaten" if re.search(r"(?i)(?:pemkab|kabupaten|kab\.)\s*$", before) else \
            "Kota" if re.search(r"(?i)(?:pemkot|kota)\s*$", before) else None
        if want and not c.place.name.startswith(want):
            other = lookup(f"{want} {bare}")
            if other is not None:
                return other.name
    return c.place.name


def _dateline_end(text: str) -> int:
    """Where a dateline ('PORTALJABAR, KOTA BANDUNG -', 'Jakarta, Humas –') ends, else 0."""
    m = re.match(r"[^\n]{1,60}?\s[–—-]\s", text)
    return m.end() if m and not re.search(r"[.!?]", m.group()) else 0


_ORG_BEFORE_INDONESIA = re.compile(r"(?i)\b(?:seluruh|bank|universitas|pt|pos|garuda|telkom|ikatan|persatuan|"
                                   r"asosiasi|himpunan|komite|majelis|dewan|gerakan|kadin|pelindo|perum)\s+$")


def _national_in(text: str, places: list[Cand], title: bool = False) -> bool:
    if _NATIONAL_WORD.search(text):
        return True
    if title:  # Title Case: 'Keadaan Ketenagakerjaan Indonesia Februari 2025' (not 'Bank Indonesia')
        for m in re.finditer(r"\bIndonesia\b", text):
            if not _ORG_BEFORE_INDONESIA.search(text, max(0, m.start() - 20), m.start()):
                return True
        return False
    for c in places:
        if c.place is not None and c.place.level == "negara" and c.place.name == "Indonesia":
            before = text[max(0, c.start - 25):c.start].split()
            if not before or before[-1][:1].islower():  # 'ekspor Indonesia', not 'Desa Seluruh Indonesia'
                return True
    return False


def article_subject(text: str, title: str | None, lex: Lexicon, dates: list[Cand]) -> Subject:
    """The article's own region and period, for figures whose sentence and paragraph do not say."""
    from arsip_berita.extraction.dates import find_dates
    from arsip_berita.extraction.places import find_dateline
    from arsip_berita.extraction.spans import resolve

    title = title or ""
    head = _dateline_end(text)
    paras = [p for p in re.split(r"\n\s*\n", text[:4000]) if p.strip()]
    lead = paras[0] if paras else ""
    lead_sentence = re.split(r"(?<=[.!?])\s+(?=[\"'(A-Z])", lead[head:] if lead else "", maxsplit=1)[0]
    region = None
    t_places = _places(title, lex)
    title_dom = [c for c in t_places if domestic(c) and c.place and c.place.level != "negara"]
    if title_dom:
        region = region_of(title_dom[0])
    if region is None:
        region = _government_place(lead, lex)
    if region is None and (_national_in(title, t_places, title=True)
                           or _national_in(" ".join(paras[:2]), _places(" ".join(paras[:2]), lex))):
        region = "Indonesia"
    if region is None:
        first = [c for c in _places(lead_sentence, lex) if domestic(c)]
        region = region_of(first[0]) if first else None
    if region is None:
        dl = find_dateline(text, lex)
        region = dl[0].place.name if dl and dl[0].place else None
    period = None
    t_periods = [c for c in resolve(find_dates(title, lex)) if c.role == "period" and _has_year(c.canonical)]
    if t_periods:
        period = t_periods[0].canonical
    if period is None:
        lo, hi = head, head + len(lead_sentence)
        near = [d for d in dates if d.role == "period" and lo <= d.start < hi and _has_year(d.canonical)
                and (d.date and d.date.granularity != "year" or re.match(r"(?i)(tahun|ta\b|periode)", d.text))
                and not _DEADLINE.search(text, max(0, d.start - 25), d.start)]
        period = near[0].canonical if near else None
    if period is None:  # the year of the event date, when the text writes that year
        day = next((d for d in dates if d.date and d.date.granularity == "day" and not d.date.iso.startswith("--")
                    and re.search(r"(?:19|20)\d\d|/\d\d\)", d.text)), None)
        period = day.date.iso[:4] if day and day.date else None
    return Subject(region, period, _event_day(dates))


def _event_day(dates: list[Cand]) -> str | None:
    """The first day the text writes with its year ('Senin (8/2/2021)'), as '8 Februari 2021'."""
    day = next((d for d in dates if d.date and d.date.granularity == "day" and not d.date.iso.startswith("--")
                and re.search(r"(?:19|20)\d\d|/\d\d\)", d.text)), None)
    if day is None or day.date is None:
        return None
    y, m, d = day.date.iso.split("-")
    return f"{int(d)} {_MONTHS[int(m) - 1]} {y}"


_DEADLINE = re.compile(r"(?i)\b(?:sebelum|hingga|sampai|akhir|target|menjelang|mulai)\s+(?:akhir\s+)?$")


def _has_year(label: str | None) -> bool:
    return bool(label) and re.search(r"(?:19|20)\d\d", label or "") is not None


def _places(text: str, lex: Lexicon) -> list[Cand]:
    from arsip_berita.extraction.places import find_places
    from arsip_berita.extraction.spans import resolve

    return [c for c in resolve(find_places(text, lex)) if c.type == "LOCATION" or _indonesia(c)]


def _indonesia(c: Cand) -> bool:
    """'ekspor Indonesia': blocked as a nationality for the entity list, but a region for a figure."""
    return c.place is not None and c.place.level == "negara" and c.place.name == "Indonesia"


def _government_place(lead: str, lex: Lexicon) -> str | None:
    """The place of the publishing government in the lead: 'Pemerintah Kota Sungai Penuh', 'Pemkab
    Wonosobo', 'Dinas Kesehatan Kabupaten Wonosobo', 'BPS Provinsi Kalteng'."""
    words = _cues()["government"]
    for c in _places(lead, lex):
        if not domestic(c) or c.place is None or c.place.level == "negara":
            continue
        before = lead[max(0, c.start - 50):c.start]
        before = re.split(r"[.,;:!?()\"“”]", before)[-1]
        if any(re.search(rf"\b{re.escape(w)}\b", before) for w in words):
            return region_of(c)
    return None


def statistic_places(text: str, kept: list[Cand], orgs: list[Cand], lex: Lexicon) -> SortedSpans:
    """Places a figure's sentence names: the resolved places, and those inside organisation names
    ('Dinas Kesehatan Kabupaten Wonosobo'); only Indonesian regions and Indonesia."""
    from arsip_berita.extraction.places import find_places

    inner = []
    org_spans = SortedSpans(orgs)
    for c in find_places(text, lex):
        if _indonesia(c) and c.type == "BLOCK":
            inner.append(c)
        elif c.type == "LOCATION" and any(o.start <= c.start and c.end <= o.end
                                          for o in org_spans.starting(max(0, c.start - 200), c.start + 1)):
            inner.append(c)
    from arsip_berita.extraction.spans import resolve

    from arsip_berita.language.gazetteer import lookup

    known = []
    for c in kept:  # 'di Kabupaten Hulu Sungai Utara' read as a venue: the gazetteer still knows the region
        rec = lookup(c.text) if c.place is None and c.type == "LOCATION" else None
        if rec is not None and rec.code is not None and rec.level in ("provinsi", "kabupaten", "kota", "kecamatan"):
            c = copy.copy(c)
            c.place, c.role = rec, None
        known.append(c)
    chosen = [c for c in known + inner if domestic(c) and c.role != "venue" or _village(text, c)]
    return SortedSpans(resolve(chosen))  # 'Kabupaten Bogor', not also its 'Bogor'


_NOW = re.compile(r"(?i)\b(?:hari ini|saat ini|terkini|sekarang|kini|per hari ini|hingga kini|sampai kini)\b")
_CHANGE_WORD = re.compile(r"(?i)\b(?:peningkatan|kenaikan|penurunan|naik|turun|meningkat|menurun|pertumbuhan|tumbuh)\b")
_ANAPHORA = re.compile(r"(?i)\b(kota|kabupaten|provinsi|kecamatan|desa|daerah|wilayah)\s+(?:tersebut|itu|ini)\b")
_CLAUSE_BREAK = re.compile(r",|;|\b(?:tetapi|namun|sedangkan|sementara|meski|meskipun)\b")
_PLACE_LIST = re.compile(r"\s*(?:,\s*|\s+dan\s+)(?:Kecamatan\s+|Kabupaten\s+|Kota\s+)?[A-Z]")


def _sentence_region(text: str, sent: tuple[int, int], st: Statistic, places: SortedSpans) -> str | None:
    """The figure's own region in its sentence: a place right after it ('33 kecamatan di Jabar'), else
    the nearest before it (a lower-case 'nasional' of its own clause counts), else one shortly after.
    A list of places ('di Kapuas dan Pulang Pisau') names no single region."""
    lo = sent[0]
    if sent[0] == 0 or text[sent[0] - 1] == "\n":  # a paragraph opened by a dateline: not the figure's place
        lo += _dateline_end(text[sent[0]:sent[0] + 80])
    if st.unit != "rank":
        near = [c for c in places.starting(st.end, min(sent[1], st.end + 45))
                if re.fullmatch(r"(?:\s+[\w/-]+){0,2}?\s+di\s*", text[st.end:c.start])]
        if near:
            return None if _PLACE_LIST.match(text, near[0].end) else region_of(near[0], text)
    before = places.inside(lo, st.start)
    named = _named_before(text, max(lo, st.start - 70), st, before)
    if named is not None:
        return named
    written = _written_region(text, lo, st.start, before)
    if written is not None:
        return written
    best = before[-1] if before else None
    back = _ANAPHORA.search(text, best.end if best is not None else lo, st.start)
    if back is not None:  # '... Kota Medan ... di Sumut, meskipun TPT di kota tersebut turun ...'
        level = back.group(1).lower()
        same = [c for c in before if c.place is not None and (c.place.level == level or level in ("daerah", "wilayah"))]
        if same:
            return region_of(same[-1], text)
    if best is not None and best.place is not None and best.place.level == "provinsi" and len(before) > 1:
        inner = before[-2]  # 'Kabupaten Merauke, Provinsi Papua Selatan, ...': the kabupaten
        if inner.place is not None and inner.place.province == best.place.name and \
                re.fullmatch(r"\s*,\s*(?:Provinsi\s+|Prov\.\s*)?", text[inner.end:best.start]):
            best = inner
    clause_lo = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, st.start):
        clause_lo = m.end()
    nat = [m.start() for m in _NATIONAL_WORD.finditer(text, clause_lo, st.start)]
    if nat and (best is None or nat[-1] > best.start):
        return NATIONAL
    if best is not None:
        return region_of(best, text)
    after = [c for c in places.inside(st.end, min(sent[1], st.end + 50))]
    if after and not _PLACE_LIST.match(text, after[0].end):
        return region_of(after[0], text)
    return None


UNKNOWN = ""  # a region the text names but we cannot: no region, and no fallback to the article's
_LIST_HEAD = re.compile(r"(?:Kabupaten|Kota|Kecamatan|Provinsi|Desa|Kelurahan)\s+[A-Z][\w'-]+[^.]{0,80}$")
_NAME_BEFORE = re.compile(r"(?:[,;(]|\b(?:di|dan|disusul|serta|kemudian|lalu|yaitu|adalah))\s+"
                          r"((?:[A-Z][\w'-]*\s){0,2}[A-Z][\w'-]+)\s*(?:\(|(?:(?:sebanyak|sebesar|mencapai|dengan|"
                          r"di urutan \w+|di peringkat \w+)\s+)?\(?)$")


_WRITTEN = re.compile(r"\b(?:Kabupaten|Kota|Provinsi)\s+[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,2}")


def _written_region(text: str, lo: int, hi: int, before: list[Cand]) -> str | None:
    """'Kabupaten Maumere mengalami inflasi 3,4 persen': a region written with its level that the gazetteer
    does not know, when it is the nearest region before the figure."""
    last = None
    for m in _WRITTEN.finditer(text, lo, hi):
        last = m
    if last is None or any(c.end > last.start() for c in before):
        return None  # a known place is as near or nearer
    if any(c.start <= last.start() < c.end for c in before):
        return None
    words = last.group().split()
    while len(words) > 2 and words[-1][:1].isupper() and _function_word(words[-1]):
        words.pop()
    return " ".join(words)


def _function_word(word: str) -> bool:
    from arsip_berita.language.lexicon import load_lexicon

    return word.lower() in load_lexicon().function_words


def _named_before(text: str, lo: int, st: Statistic, before: list[Cand]) -> str | None:
    """'... Kelurahan Kalampangan sebanyak 46 unit, disusul Kereng Bangkirai 38 unit', 'Kotim (85,1)': a
    figure written right after a region's name in a list belongs to that region."""
    from arsip_berita.language.gazetteer import known_area, lookup

    m = _NAME_BEFORE.search(text[lo:st.start])
    if m is None:
        return None
    name = m.group(1)
    at = lo + m.start(1)
    hit = next((c for c in before if c.start <= at < c.end or at <= c.start < at + len(name)), None)
    if hit is not None:
        return region_of(hit, text)
    from arsip_berita.language.lexicon import load_lexicon

    if name.split()[0].lower() in load_lexicon().function_words:
        return None
    place = lookup(name)
    if place is not None:
        return place.name if place.code is not None else None  # 'ke Tiongkok US$5 miliar': a partner
    kecamatan = lookup(f"Kecamatan {name}")
    if kecamatan is not None and any(c.place is not None and c.place.level == "kecamatan" for c in before):
        return kecamatan.name  # 'Di Kecamatan Dayeuhkolot 640 rumah, di Baleendah 410 rumah'
    level = next((re.match(r"\w+", c.text).group() for c in reversed(before)  # type: ignore[union-attr]
                  if c.place is None and _ADMIN.match(c.text)), None)
    if level is None or not known_area(name):
        # an unknown name heading a figure in a list ('dan Waingapu 2,1 persen'): its own region, which we
        # cannot name; never the article's ('Pertambangan dan Penggalian (0,06 juta)' is a sector: no region)
        return UNKNOWN if m.group(0).lstrip()[:2] in ("di", "Di") or _LIST_HEAD.search(text, lo, at) else None
    return f"{level} {name}"


def _compared_period(text: str, sent: tuple[int, int], st: Statistic, periods: list[Cand],
                     own: str | None) -> str | None:
    """The period a change is measured against: 'dibanding Juli 2023', 'terhadap Maret 2018',
    'dibanding bulan sebelumnya', 'dibanding periode yang sama tahun 2022'."""
    cues = _cues()["compared"]
    alts = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    best = None
    for m in re.finditer(rf"(?i)\b(?:{alts})\b", text[sent[0]:sent[1]]):
        at = sent[0] + m.end()
        if best is not None and abs(at - st.end) >= abs(best[0] - st.end):
            continue
        rest = text[at:min(sent[1], at + 60)]
        label = _relative(rest, own)
        if label is None:
            p = next((d for d in periods if at <= d.start < at + 45 and d.role == "period"
                      and not re.search(r"[,.;]|\d", text[at:d.start])), None)
            label = p.canonical if p else None
            if label and re.search(r"(?i)periode yang sama", text[at:p.start]) and own:  # type: ignore[union-attr]
                label = _same_period(own, label)
        if label:
            best = (at, label)
    return best[1] if best else None


def previous_period(unit: str, own: str | None) -> str | None:
    """The month, year or quarter before ``own`` ('bulan', 'Juni 2024' -> 'Mei 2024'), or None."""
    return _relative(f" {unit} sebelumnya", own)


def _relative(rest: str, own: str | None) -> str | None:
    m = re.match(r"(?i)\s+(?:(?:dengan|NTP|ekspor|impor|nilai|angka)\s+){0,2}(?:periode\s+yang\s+sama\s+)?"
                 r"(bulan|tahun|triwulan) (?:sebelumnya|lalu)\b", rest)
    if not m or not own:
        return None
    unit = m.group(1).lower()
    ym = re.fullmatch(r"(\w+) ((?:19|20)\d\d)", own)
    if unit == "bulan" and ym and ym.group(1).capitalize() in _MONTHS:
        i = _MONTHS.index(ym.group(1).capitalize())
        year = int(ym.group(2)) - (1 if i == 0 else 0)
        return f"{_MONTHS[i - 1]} {year}"
    yr = re.search(r"(?:19|20)\d\d", own)
    if unit == "tahun" and yr:
        return own.replace(yr.group(), str(int(yr.group()) - 1))
    return None


def _same_period(own: str, label: str) -> str:
    """'periode yang sama tahun 2022' for a 'Januari–Agustus 2023' figure: 'Januari–Agustus 2022'."""
    yr = re.search(r"(?:19|20)\d\d", own)
    new = re.search(r"(?:19|20)\d\d", label)
    return own.replace(yr.group(), new.group()) if yr and new else label


def place_in_context(text: str, stats: list[Statistic], sentences: list[tuple[int, int]],
                     places: SortedSpans, periods: list[Cand], subject: Subject,
                     deltas: dict[int, str]) -> list[Statistic]:
    """Region and period of each statistic from its sentence, its paragraph, then the article.

    ``deltas`` maps the start of each figure that is a change to its direction: their period reads
    "<own> dibanding <compared>". A change or baseline linked to a value takes that value's region."""
    paragraphs = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]
    starts = [s for s, _ in sentences]
    ordered = sorted(stats, key=lambda s: s.start)
    parents = _parents(ordered, sentences)
    done: dict[int, Statistic] = {}
    last_by_para: dict[int, list[Statistic]] = {}
    changes_by_para: dict[int, list[Statistic]] = {}
    by_start = {s.start: s for s in ordered}
    starts_of_figures = [s.start for s in ordered]

    def visit(st: Statistic) -> None:  # in text order, but a value before what hangs on it
        if st.start in parents and parents[st.start] not in done:
            visit(by_start[parents[st.start]])
        sent = sentences[max(0, bisect_right(starts, st.start) - 1)] if sentences else (0, len(text))
        para = paragraphs[max(0, bisect_right(paragraphs, st.start) - 1)]
        prev = _last_before(last_by_para.get(para, []), st.start)
        parent = done.get(parents[st.start]) if st.start in parents else None
        region = _sentence_region(text, sent, st, places)
        unknown = region == UNKNOWN
        region = None if unknown else region
        if parent is not None and (region is None or region == NATIONAL and parent.region != NATIONAL):
            region = parent.region
        if region is None and st.kind == "comparison" and st.region == NATIONAL:
            region = NATIONAL
        if region is None and not unknown:
            region = (prev.region if prev is not None else None) or subject.region
        period = st.period
        if st.kind != "baseline" and period is not None and _is_compared(text, periods, st, sent, period):
            period = None
        if period is None and st.kind not in ("baseline", "change") and parent is None:
            period = _earlier_in_sentence(text, st, sent, periods) \
                or _later_in_sentence(text, st, sent, periods, starts_of_figures)  # '30 desa ... tahun 2025'
        own = period
        if own is None and st.kind != "baseline":
            own = parent.period if parent is not None else (prev.period if prev is not None else None) or subject.period
            rel = _own_relative(text, sent[0], st.start)
            if rel is not None and parent is None:  # 'Pada penilaian tahun sebelumnya, X meraih urutan ke-2'
                own = previous_period(rel.group(1).lower(), _plain_period(own))
        own = _plain_period(own) if st.kind != "baseline" else own
        if period is None and st.kind != "baseline" and subject.as_of and \
                _NOW.search(text, max(sent[0], st.start - 200), st.start + 1):
            own = subject.as_of  # 'Hari ini ... 22 orang', 'Perkembangan terkini ... 4.334 orang': the event day
        is_change = st.start in deltas or st.kind == "change"
        compared = _compared_period(text, sent, st, periods, own) if st.kind != "baseline" else None
        last_change = _last_before(changes_by_para.get(para, []), st.start)
        worded = st.kind != "baseline" and _CHANGE_WORD.search(text, sent[0], st.start) is not None
        # a comparison with another region ('di atas angka nasional 9,03 persen') continues no comparison
        if is_change or (worded and (compared or last_change is not None and st.kind != "comparison")):
            # 'Peningkatan ekspor terbesar Agustus 2023 terhadap Juli 2023 ... sebesar US$790,8 juta'
            if compared is None and parent is not None and parent.change is not None:
                compared = parent.change.baseline_period
            if period is None and parent is None and prev is None and last_change is not None:
                own = _plain_period(last_change.period)  # the paragraph's comparison goes on ('Sementara ... turun')
            if compared is None and last_change is not None and _plain_period(last_change.period) == own:
                compared = last_change.period.split(" dibanding ")[1] if last_change.period and \
                    " dibanding " in last_change.period else None  # the comparison goes on
            if compared and own and compared != own:
                own = f"{own} dibanding {compared}"
            is_change = True
        new = replace(st, region=region, period=own)
        done[st.start] = new
        if st.kind == "value" and st.unit != "rank" and not is_change:
            last_by_para.setdefault(para, []).append(new)
        elif is_change:
            changes_by_para.setdefault(para, []).append(new)
    for st in ordered:
        if st.start not in done:
            visit(st)
    return [done[s.start] for s in ordered]


def _last_before(items: list[Statistic], pos: int) -> Statistic | None:
    before = [s for s in items if s.start < pos]
    return max(before, key=lambda s: s.start) if before else None


def _parents(stats: list[Statistic], sentences: list[tuple[int, int]]) -> dict[int, int]:
    """For each change figure and baseline, the start of the value it belongs to (same sentence, or the
    paragraph before it for a detached 'Meski turun 2,5 poin')."""
    out: dict[int, int] = {}
    values = [s for s in stats if s.kind not in ("change", "baseline") and s.change is not None]
    for st in stats:
        if st.kind == "change":
            cands = [v for v in values if v.change and v.change.delta == st.value and abs(v.start - st.start) < 600]
        elif st.kind == "baseline":
            cands = [v for v in values if v.change and v.change.baseline_value == st.value
                     and abs(v.start - st.start) < 600]
        else:
            continue
        if cands:
            out[st.start] = min(cands, key=lambda v: abs(v.start - st.start)).start
    return out


_OWN_RELATIVE_WORDS = re.compile(r"(?i)\b(tahun|bulan)\s+(?:sebelumnya|lalu)\b")


def _own_relative(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """'Pada penilaian tahun sebelumnya, ...': a period named relative to the article's, not as a comparison."""
    for m in _OWN_RELATIVE_WORDS.finditer(text, lo, hi):
        if not _COMPARED_BEFORE.search(text, max(lo, m.start() - 40), m.start()) and \
                not re.search(r"(?i)periode\s+yang\s+sama\s+$", text[max(lo, m.start() - 20):m.start()]):
            return m
    return None


def _earlier_in_sentence(text: str, st: Statistic, sent: tuple[int, int], periods: list[Cand]) -> str | None:
    """The figure's sentence named its period before it ('ekspor ... Januari–Agustus 2023 turun 11,08 persen
    ..., demikian juga ekspor ... turun 16,58 persen'), unless as the compared one."""
    best = None
    for d in periods:
        if sent[0] <= d.start < st.start and d.role == "period" and \
                not _COMPARED_BEFORE.search(text, max(sent[0], d.start - 30), d.start):
            best = d
    return best.canonical if best is not None else None


def _later_in_sentence(text: str, st: Statistic, sent: tuple[int, int], periods: list[Cand],
                       figures: list[int]) -> str | None:
    """A period later in the figure's clause, before any other figure: '30 desa ditetapkan sebagai lokasi
    intervensi tahun 2025'."""
    nxt = next((f for f in figures if f > st.start), sent[1])
    end = min(sent[1], nxt, st.end + 120)
    for d in periods:
        if st.end <= d.start < end and d.role == "period" and not re.search(r"[;]", text[st.end:d.start]) \
                and not _COMPARED_BEFORE.search(text, max(st.end, d.start - 30), d.start):
            return d.canonical
    return None


_COMPARED_BEFORE = re.compile(r"(?i)\b(?:dibanding|dibandingkan|terhadap|dari|sejak|sebelum|hingga|sampai)\b"
                              r"(?:\s+[\w-]+){0,3}\s*$")


def _plain_period(period: str | None) -> str | None:
    return period.split(" dibanding ")[0] if period else period


def _is_compared(text: str, periods: list[Cand], st: Statistic, sent: tuple[int, int], label: str) -> bool:
    """The period the loop found is the one compared with ('naik 5,47 persen dibanding Juli 2023')."""
    cues = _cues()["compared"]
    for d in periods:
        if d.canonical != label or not sent[0] <= d.start < sent[1]:
            continue
        before = text[max(sent[0], d.start - 45):d.start].lower()
        if any(re.search(rf"\b{re.escape(c.lower())}\b(?:\s+[\w-]+){{0,4}}\s*$", before) for c in cues):
            return True
    return False
