"""The indicator ledger: every statistic of the archive under its canonical indicator x region x
period, with the release it came from, and conflict flags between releases.

Rules of agreement (``agree``): two values of the same unit agree when the finer one, rounded or cut
to the coarser one's precision, equals it ('5,2' vs '5,17'; '145 ribu' vs '145.630'); the extractor
has already scaled units ('145,63 ribu jiwa' is 145630 people). A hedged figure ('sekitar', 'lebih
dari', 'hingga') agrees within one step or on the side its hedge points to. A release whose own
figures for one line disagree with each other (often sub-regions read as the region) is ambiguous and
is left out of the comparison; targets and projections (a target word in the sentence, or a period
after the release's year) never conflict with measured values; a difference where either release
announces a revision ('angka sementara', 'direvisi') is a note, not a conflict.
"""

from __future__ import annotations

import csv
import functools
import io
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from arsip_berita.core.model import Article, Statistic
from arsip_berita.core.resources import resource_path
from arsip_berita.ledger.language import hedge_of, says_revision, says_target, step_of
from arsip_berita.ledger.timeline import clean_period, period_date, period_year

# Kinds of statistic that say what an indicator's value is (changes and ranks are not values).
ENTRY_KINDS = ("value", "baseline", "comparison")
# Kinds compared for conflicts: a 'comparison' (the national figure quoted beside the region's) is
# listed but not flagged, its region and period are read less surely.
COMPARED_KINDS = ("value", "baseline")
# A line whose releases give more distinct values than this holds several measures under one key
# (the reading's mistake, not the releases' disagreement): it gets a note, not a flag.
MAX_VALUES_COMPARED = 3
FAR_RATIO = 2
UNIT_WORDS = {"rupiah": "rupiah", "percent": "persen", "percentage_point": "poin", "people": "jiwa", "household": "rumah tangga",
              "year": "tahun", "count": "", "region": "wilayah"}


@dataclass(frozen=True)
class Entry:
    """One figure in the ledger, as one release states it."""

    value: Decimal
    unit: str | None
    article_id: int
    title: str
    date: str | None
    publisher: str | None
    text: str  # the sentence the figure stands in
    figure: str  # the figure as written ('5,17 persen')
    kind: str
    qualifier: str | None = None
    change: dict[str, Any] | None = None
    step: Decimal = Decimal(1)
    target: bool = False
    revision: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"value": str(self.value), "unit": self.unit, "article_id": self.article_id, "title": self.title,
                "date": self.date, "text": self.text, "figure": self.figure, "publisher": self.publisher,
                "kind": self.kind, "change": self.change}

    @property
    def hedge(self) -> str | None:
        return hedge_of(self.qualifier) or hedge_of(self.figure)

    @property
    def comparable(self) -> bool:
        return self.kind in COMPARED_KINDS and not self.target


@dataclass
class Line:
    """Figures for one indicator, region and period, with the verdict on whether releases agree."""

    indicator: str
    region: str
    period: str
    entries: list[Entry] = field(default_factory=list)
    conflicts: list[tuple[Entry, Entry]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def conflict(self) -> bool:
        return bool(self.conflicts)

    @property
    def label(self) -> str:
        return indicator_label(self.indicator)

    @property
    def when(self) -> date | None:
        return period_date(self.period)

    @property
    def note(self) -> str | None:
        parts = [conflict_text(a, b) for a, b in self.conflicts[:3]]
        if len(self.conflicts) > 3:
            parts.append(f"dan {len(self.conflicts) - 3} pasangan lain")
        return "; ".join(parts + self.notes) or None

    def to_dict(self) -> dict[str, Any]:
        return {"indicator": self.indicator, "label": self.label, "region": self.region or None,
                "period": self.period or None, "entries": [e.to_dict() for e in self.entries],
                "conflict": self.conflict, "note": self.note}


@functools.lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """Key -> the first phrase of its rule in resources/lexicon/indicator_keys.toml (read only)."""
    try:
        data = tomllib.loads(resource_path("lexicon", "indicator_keys.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    out = {}
    for rule in data.get("rule", []):
        phrases = rule.get("phrases") or []
        if rule.get("name") and phrases:
            first = phrases[0]
            out[rule["name"]] = first[:1].upper() + first[1:]
    return out


def indicator_label(key: str) -> str:
    """A readable name: 'kemiskinan.persentase/perdesaan' -> 'Angka kemiskinan (perdesaan)'."""
    base, _, part = key.partition("/")
    label = _labels().get(base) or base.replace(".", " ").replace("_", " ").capitalize()
    return f"{label} ({part})" if part else label


@functools.lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[str, ...]]:
    try:
        data = tomllib.loads(resource_path("lexicon", "indicator_keys.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return {r["name"]: tuple(r.get("phrases", [])) for r in data.get("rule", []) if r.get("name")}


def phrases_of(key: str) -> list[str]:
    """The phrases that name an indicator, for matching a user's words against it."""
    return list(_phrases().get(key.partition("/")[0], ()))


# --- numbers ------------------------------------------------------------------------------------
def format_number(value: Decimal) -> str:
    """Indonesian digits: 145630 -> '145.630', 5.17 -> '5,17'."""
    try:
        text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
    except InvalidOperation:
        text = str(value)
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + frac if frac else "")


def format_value(value: Decimal, unit: str | None) -> str:
    if unit == "rupiah":
        return f"Rp {format_number(value)}"
    word = UNIT_WORDS.get(unit or "", unit or "")
    return f"{format_number(value)} {word}".strip()


def _cut(value: Decimal, step: Decimal, rounding: str) -> Decimal:
    return (value / step).quantize(Decimal(1), rounding=rounding) * step


def agree(a: Decimal, step_a: Decimal, hedge_a: str | None,
          b: Decimal, step_b: Decimal, hedge_b: str | None) -> bool:
    """Whether two values of one unit say the same (see the module's rules)."""
    if a == b:
        return True
    coarse_a = step_a >= step_b
    coarse, fine, step = (a, b, step_a) if coarse_a else (b, a, step_b)
    if step > 0 and coarse == _cut(coarse, step, ROUND_HALF_UP):
        if _cut(fine, step, ROUND_HALF_UP) == coarse or _cut(fine, step, ROUND_DOWN) == coarse:
            return True
    for value, hedge, other in ((a, hedge_a, b), (b, hedge_b, a)):
        if hedge and _hedge_allows(value, hedge, other, max(step_a, step_b)):
            return True
    return False


def _hedge_allows(value: Decimal, hedge: str, other: Decimal, step: Decimal) -> bool:
    slack = max(step, abs(value) * Decimal("0.01"))
    if hedge in ("lebih dari", "di atas", "sedikitnya", "setidaknya", "paling sedikit", "minimal"):
        return other >= value - step
    if hedge in ("kurang dari", "di bawah", "maksimal", "hingga", "sampai"):
        return other <= value + step
    if hedge in ("hampir", "mendekati"):
        return value - max(step, abs(value) * Decimal("0.02")) <= other <= value + step
    return abs(value - other) <= slack  # sekitar, kurang lebih, kira-kira, ±


def entries_agree(a: Entry, b: Entry) -> bool:
    return a.unit == b.unit and agree(a.value, a.step, a.hedge, b.value, b.step, b.hedge)


def conflict_text(a: Entry, b: Entry) -> str:
    return (f"{format_value(a.value, a.unit)} ({a.title}, {a.date or 'tanpa tanggal'}) berbeda dengan "
            f"{format_value(b.value, b.unit)} ({b.title}, {b.date or 'tanpa tanggal'})")


# --- reading releases into entries --------------------------------------------------------------
def sentence_at(body: str, start: int, end: int) -> str:
    """The sentence (or line) around body[start:end]."""
    if not body or start < 0 or start > len(body):
        return ""
    dot = body.rfind(". ", 0, start)
    left = max(dot + 2 if dot >= 0 else 0, body.rfind("\n", 0, start) + 1)
    right_candidates = [i for i in (body.find(". ", end), body.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(body)
    return " ".join(body[left:right].split())


def _change_dict(stat: Statistic) -> dict[str, Any] | None:
    if stat.change is None:
        return None
    ch = stat.change
    return {"direction": ch.direction, "delta": str(ch.delta) if ch.delta is not None else None,
            "delta_unit": ch.delta_unit,
            "baseline_value": str(ch.baseline_value) if ch.baseline_value is not None else None,
            "baseline_period": ch.baseline_period}


Key = tuple[str, str, str]


def release_entries(article: Article, stats: Iterable[Statistic]) -> Iterator[tuple[Key, Entry]]:
    """The ledger entries of one release: its values, and the baselines it states for earlier periods."""
    stats = [s for s in stats if s.indicator_key]
    body = article.body or ""
    published = article.published.isoformat() if article.published else None
    pub_year = article.published.year if article.published else None
    title_revision = says_revision(article.title)
    publisher = article.issuer or article.source
    stated_baselines: set[tuple[str, str, str, Decimal]] = set()
    for s in stats:
        if s.kind == "baseline":
            stated_baselines.add((s.indicator_key or "", s.region or "", clean_period(s.period) or "", s.value))
    for s in stats:
        if s.kind not in ENTRY_KINDS:
            continue
        period = clean_period(s.period) or ""
        sentence = sentence_at(body, s.start, s.end)
        year = period_year(period)
        target = says_target(sentence) or (year is not None and pub_year is not None and year > pub_year)
        revision = title_revision or says_revision(sentence)
        key = (s.indicator_key or "", s.region or "", period)
        yield key, Entry(value=s.value, unit=s.unit, article_id=article.id or 0, title=article.title,
                         date=published, publisher=publisher, text=sentence, figure=s.text, kind=s.kind,
                         qualifier=s.qualifier, change=_change_dict(s), step=step_of(s.value, s.text),
                         target=target, revision=revision)
        ch = s.change
        base_period = clean_period(ch.baseline_period) if ch else None
        if ch and ch.baseline_value is not None and base_period and s.kind == "value":
            marker = (s.indicator_key or "", s.region or "", base_period, ch.baseline_value)
            if marker in stated_baselines:
                continue
            stated_baselines.add(marker)
            yield (marker[0], marker[1], base_period), Entry(
                value=ch.baseline_value, unit=ch.baseline_unit or s.unit, article_id=article.id or 0,
                title=article.title, date=published, publisher=publisher, text=sentence,
                figure=format_value(ch.baseline_value, ch.baseline_unit or s.unit), kind="baseline",
                step=step_of(ch.baseline_value, None), revision=revision)


# --- the ledger ---------------------------------------------------------------------------------
class Ledger:
    """All lines of an archive, keyed by (indicator, region, period)."""

    def __init__(self, lines: dict[Key, Line]) -> None:
        self.lines = lines

    @classmethod
    def build(cls, releases: Iterable[tuple[Article, Iterable[Statistic]]]) -> Ledger:
        lines: dict[Key, Line] = {}
        for article, stats in releases:
            for key, entry in release_entries(article, stats):
                line = lines.get(key)
                if line is None:
                    line = lines[key] = Line(*key)
                line.entries.append(entry)
        for line in lines.values():
            line.entries.sort(key=lambda e: (e.date or "", e.article_id))
            find_conflicts(line)
        return cls(lines)

    def __len__(self) -> int:
        return len(self.lines)

    def indicators(self) -> list[tuple[str, int, int]]:
        """(key, entries, conflicting lines) per indicator, most entries first."""
        counts: dict[str, list[int]] = {}
        for line in self.lines.values():
            c = counts.setdefault(line.indicator, [0, 0])
            c[0] += len(line.entries)
            c[1] += line.conflict
        return sorted(((k, v[0], v[1]) for k, v in counts.items()), key=lambda t: (-t[1], t[0]))

    def regions(self, indicator: str | None = None) -> list[str]:
        return sorted({ln.region for ln in self.lines.values()
                       if ln.region and (indicator is None or ln.indicator == indicator)})

    def select(self, text: str | None = None, place: str | None = None, period: str | None = None,
               conflicts_only: bool = False) -> list[Line]:
        """Lines matching the indicator words, place and period, ordered by indicator, region and time."""
        keys = matching_indicators(text, {ln.indicator for ln in self.lines.values()}) if text else None
        regions = _place_names(place) if place else None
        out = []
        for line in self.lines.values():
            if keys is not None and line.indicator not in keys:
                continue
            if regions is not None and not any(r == line.region.casefold() or r in line.region.casefold()
                                               for r in regions):
                continue
            if period and period.casefold() not in line.period.casefold():
                continue
            if conflicts_only and not line.conflict:
                continue
            out.append(line)
        out.sort(key=lambda ln: (ln.indicator, ln.region, ln.when or date.min, ln.period))
        return out

    def timeline(self, indicator: str, region: str) -> list[Line]:
        """The lines of one indicator and region that can be placed in time, oldest first."""
        return sorted((ln for ln in self.lines.values()
                       if ln.indicator == indicator and ln.region == region and ln.when is not None),
                      key=lambda ln: ln.when or date.min)

    def previous_value(self, indicator: str, region: str, period: str, article_id: int) -> Entry | None:
        """The latest figure from another release for the period before this one, if any."""
        here = period_date(period)
        best: tuple[date, Entry] | None = None
        for line in self.timeline(indicator, region):
            when = line.when
            if when is None or here is None or when >= here:
                continue
            for e in line.entries:
                if e.article_id != article_id and e.comparable and (best is None or when >= best[0]):
                    best = (when, e)
        return best[1] if best else None


def find_conflicts(line: Line) -> None:
    """Fill line.conflicts and line.notes by comparing its releases pairwise (see the module's rules)."""
    line.conflicts.clear()
    line.notes.clear()
    if not line.region or not line.period:
        return
    by_unit: dict[str | None, dict[int, list[Entry]]] = {}
    for e in line.entries:
        if e.comparable:
            by_unit.setdefault(e.unit, {}).setdefault(e.article_id, []).append(e)
    ambiguous = 0
    revised = mixed = far = False
    for per_article in by_unit.values():
        if len(per_article) < 2:
            continue
        reps: list[Entry] = []
        for entries in per_article.values():
            if all(entries_agree(a, b) for i, a in enumerate(entries) for b in entries[i + 1:]):
                reps.append(entries[0])
            else:
                ambiguous += 1
        distinct: dict[tuple[Decimal, Decimal, str | None], list[Entry]] = {}
        for e in reps:
            distinct.setdefault((e.value, e.step, e.hedge), []).append(e)
        groups = _merge_agreeing(list(distinct.values()))
        if len(groups) > MAX_VALUES_COMPARED:
            mixed = True
            continue
        for i, ga in enumerate(groups):
            for gb in groups[i + 1:]:
                if entries_agree(ga[0], gb[0]):
                    continue
                pairs = [(a, b) for a in ga for b in gb if a.article_id != b.article_id]
                if not pairs:
                    continue
                if any(a.revision or b.revision for a, b in pairs):
                    revised = True
                    continue
                if _far_apart(ga[0].value, gb[0].value):
                    far = True
                    continue
                line.conflicts.append(pairs[0])
    if revised:
        line.notes.append("revisi diumumkan: nilai berbeda antar-rilis karena angka sementara atau direvisi")
    if mixed:
        line.notes.append(f"lebih dari {MAX_VALUES_COMPARED} nilai berbeda: kemungkinan beberapa ukuran tercampur; "
                          "tidak ditandai")
    if far:
        line.notes.append("nilai berbeda lebih dari dua kali lipat: kemungkinan ukuran lain; tidak ditandai")
    if ambiguous:
        line.notes.append(f"{ambiguous} rilis memuat beberapa nilai berbeda untuk baris ini; tidak dibandingkan")


def _merge_agreeing(groups: list[list[Entry]]) -> list[list[Entry]]:
    """Groups of distinct written values joined when they agree ('5,2' with '5,17')."""
    merged: list[list[Entry]] = []
    for g in groups:
        home = next((m for m in merged if entries_agree(m[0], g[0])), None)
        if home is None:
            merged.append(list(g))
        else:
            home.extend(g)
    return merged


def _far_apart(a: Decimal, b: Decimal) -> bool:
    """Two values more than twice apart are rarely two reports of one figure: more often the reading
    took another measure (a sector's growth, a component of exports) for the indicator."""
    lo, hi = sorted((abs(a), abs(b)))
    return lo == 0 or hi / lo > FAR_RATIO


def _place_names(place: str) -> list[str]:
    """The region names a user's place may mean: the gazetteer's name for an alias ('Kalteng'), and
    the words as typed."""
    names = [place.casefold().strip()]
    try:
        from arsip_berita.language.gazetteer import lookup

        found = lookup(place.strip())
        if found is not None:
            names.insert(0, found.name.casefold())
    except Exception:  # the gazetteer is a help for aliases, never a reason to fail
        pass
    return names


def matching_indicators(text: str, keys: Iterable[str]) -> set[str]:
    """Indicator keys the user's words name: the key itself, its label or one of its phrases."""
    want = " ".join(text.casefold().split())
    out = set()
    for key in keys:
        names = [key.casefold(), indicator_label(key).casefold()] + [p.casefold() for p in phrases_of(key)]
        if any(want == n or want in n for n in names):
            out.add(key)
    return out


def lines_csv(lines: Iterable[Line]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["indicator", "label", "region", "period", "value", "unit", "article_id", "title", "date",
                "publisher", "kind", "conflict", "text", "note"])
    for ln in lines:
        for e in ln.entries:
            w.writerow([ln.indicator, ln.label, ln.region, ln.period, str(e.value), e.unit or "", e.article_id,
                        e.title, e.date or "", e.publisher or "", e.kind, "ya" if ln.conflict else "", e.text,
                        ln.note or ""])
    return buf.getvalue()
