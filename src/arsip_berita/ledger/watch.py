"""Watchlists (Pantauan): saved queries (words, officials, places, indicators in the query language)
kept in the archive; a watchlist's new matches are those imported after it was last looked at, so
after every import it is known which watchlists have something new. Entirely offline.

The weekly summary of a watchlist counts its matches published in the last seven days against the
seven before, lists the figures those releases state and the officials they cite most.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from arsip_berita.core.errors import ArsipError

if TYPE_CHECKING:
    from arsip_berita.archive.service import ArchiveService


@dataclass
class WatchStatus:
    name: str
    query: str
    total: int
    new_ids: list[int]
    seen_at: str | None

    @property
    def new(self) -> int:
        return len(self.new_ids)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "query": self.query, "total": self.total, "new": self.new,
                "new_ids": self.new_ids, "seen_at": self.seen_at}


def statuses(svc: ArchiveService) -> list[WatchStatus]:
    """Every watchlist with its total matches and the matches imported since it was last seen."""
    out = []
    for _id, name, query, _created, seen_up_to, seen_at in svc.watchlists():
        hits, total = svc.matching(query)
        out.append(WatchStatus(name, query, total, sorted(i for i, _ in hits if i > seen_up_to), seen_at))
    return out


def news_after_import(svc: ArchiveService) -> list[str]:
    """One line per watchlist with new matches (said after an import)."""
    return [f"Pantauan {st.name!r}: {st.new} baru ({st.total} artikel cocok)" for st in statuses(svc) if st.new]


def status_of(svc: ArchiveService, name: str) -> WatchStatus:
    for st in statuses(svc):
        if st.name.casefold() == name.casefold():
            return st
    raise ArsipError(f"Pantauan {name!r} tidak ada. Lihat daftarnya dengan 'arsip-berita pantau'.")


def add_watchlist(svc: ArchiveService, name: str, query: str) -> None:
    name, query = " ".join(name.split()), query.strip()
    if not name or not query:
        raise ArsipError("Nama dan kueri pantauan tidak boleh kosong.")
    svc.save_watchlist(name, query)


@dataclass
class WeeklySummary:
    name: str
    query: str
    week_start: date
    week_end: date
    this_week: list[int]
    last_week: int
    figures: list[tuple[int, str, str]] = field(default_factory=list)  # (article id, indicator, figure)
    officials: list[tuple[str, int]] = field(default_factory=list)
    titles: dict[int, tuple[str, str | None]] = field(default_factory=dict)  # id -> (title, date)

    @property
    def change(self) -> int:
        return len(self.this_week) - self.last_week

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "query": self.query, "week_start": self.week_start.isoformat(),
                "week_end": self.week_end.isoformat(), "count": len(self.this_week), "previous_count": self.last_week,
                "change": self.change, "articles": self.this_week,
                "figures": [{"article_id": a, "indicator": i, "figure": f} for a, i, f in self.figures],
                "officials": [{"name": n, "mentions": c} for n, c in self.officials]}


def weekly_summary(svc: ArchiveService, name: str, week_end: date | None = None) -> WeeklySummary:
    """The last seven days up to ``week_end`` (default: the newest release's date) against the seven before."""
    st = status_of(svc, name)
    hits, _ = svc.matching(st.query)
    dated = {i: date.fromisoformat(d[:10]) for i, d in hits if d}
    end = week_end or max(dated.values(), default=date.today())
    start = end - timedelta(days=6)
    this_week = sorted((i for i, d in dated.items() if start <= d <= end), key=lambda i: (dated[i], i))
    last_week = sum(1 for d in dated.values() if start - timedelta(days=7) <= d < start)
    figures: list[tuple[int, str, str]] = []
    cited: Counter[str] = Counter()
    titles: dict[int, tuple[str, str | None]] = {}
    for i in this_week:
        art = svc.get_article(i)
        titles[i] = (art.title, art.published.isoformat() if art.published else None)
        ext = svc.get_extraction(i)
        if ext is None:
            continue
        for s in ext.statistics:
            if s.indicator_key and s.kind == "value":
                figures.append((i, s.indicator or s.indicator_key, s.text))
        for o in ext.officials:
            cited[f"{o.name} ({o.position})" if o.position else o.name] += 1
    return WeeklySummary(st.name, st.query, start, end, this_week, last_week, figures[:12], cited.most_common(5),
                         titles)


def weekly_html(summary: WeeklySummary, archive_name: str) -> str:
    """The weekly summary as a one-page brief (the printed brief's stylesheet)."""
    from html import escape

    from arsip_berita.summary.format import format_date
    from arsip_berita.summary.render import stylesheet

    change = summary.change
    trend = (f"naik {change}" if change > 0 else f"turun {-change}" if change < 0 else "sama") + \
        f" dibanding pekan sebelumnya ({summary.last_week} artikel)"
    rows = "".join(
        f"<tr><td>{escape(format_date(d) if d else '')}</td><td>{escape(t)}</td><td class='muted'>#{i}</td></tr>"
        for i, (t, d) in ((i, summary.titles.get(i, ('', None))) for i in summary.this_week[:25]))
    more = (f"<p class='muted'>dan {len(summary.this_week) - 25} artikel lain</p>"
            if len(summary.this_week) > 25 else "")
    figures = "".join(f"<tr><td>{escape(ind)}</td><td class='num'>{escape(fig)}</td>"
                      f"<td class='muted'>#{i}</td></tr>" for i, ind, fig in summary.figures)
    officials = "".join(f"<tr><td>{escape(n)}</td><td class='num'>{c}</td></tr>" for n, c in summary.officials)
    body = (f"<p class='kicker'>RINGKASAN MINGGUAN PANTAUAN</p><h1>{escape(summary.name)}</h1>"
            f"<p class='meta'>Kueri: {escape(summary.query)} · Arsip: {escape(archive_name)}</p>"
            f"<p class='meta'>{escape(format_date(summary.week_start))} s.d. {escape(format_date(summary.week_end))}: "
            f"<b>{len(summary.this_week)} artikel</b>, {escape(trend)}</p>"
            f"<h2>Artikel pekan ini</h2>"
            + (f"<table class='data' width='100%'><tr><th>Tanggal</th><th>Judul</th><th></th></tr>{rows}</table>{more}"
               if rows else "<p class='muted'>Tidak ada artikel pekan ini.</p>")
            + "<h2>Angka baru</h2>"
            + (f"<table class='data' width='100%'><tr><th>Indikator</th><th>Angka</th><th></th></tr>{figures}</table>"
               if figures else "<p class='muted'>Tidak ada angka baru.</p>")
            + "<h2>Pejabat paling sering dikutip</h2>"
            + (f"<table class='data'><tr><th>Pejabat</th><th>Artikel</th></tr>{officials}</table>"
               if officials else "<p class='muted'>Tidak ada pejabat yang dikutip.</p>"))
    return (f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{escape(summary.name)}</title>"
            f"<style>{stylesheet()}</style></head>\n<body>\n{body}\n</body></html>")
