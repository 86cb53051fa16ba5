"""Subcommands over the whole archive: the officials directory, position holders, export."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from arsip_berita.cli.archive_cmd import _readonly_ok
from arsip_berita.cli.common import open_archive, print_json


def register(sub: Any) -> None:
    p = sub.add_parser("officials", help="direktori pejabat: nama, jabatan dan kapan terlihat")
    p.add_argument("--json", action="store_true", help="satu objek JSON per pejabat per baris")
    p.add_argument("--position", metavar="JABATAN", help='siapa yang menjabat, mis. "Kepala BPS Provinsi Kalteng"')
    p.set_defaults(func=cmd_officials)

    p = sub.add_parser("export", help="ekspor artikel beserta entitas dan statistiknya")
    p.add_argument("--format", choices=("csv", "jsonl"), default="jsonl")
    p.add_argument("--query", help="hanya artikel yang cocok dengan kueri ini")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("-o", "--output", type=Path, default=None, help="berkas keluaran (bawaan: stdout)")
    p.set_defaults(func=cmd_export)


def _when(first: str | None, last: str | None) -> str:
    """A single date once ("2024-03-05"), a span as "X s.d. Y", "tanggal tidak diketahui" without one."""
    if first and last and first != last:
        return f"{first} s.d. {last}"
    return first or last or "tanggal tidak diketahui"


def cmd_officials(args: argparse.Namespace) -> int:
    svc = open_archive(args, readonly=_readonly_ok(args))
    try:
        if args.position:
            holders = svc.position_holders(args.position)
            for rec, span in holders:
                if args.json:
                    print_json({"name": rec.name, "position": span.position, "first_seen": span.first_seen,
                                "last_seen": span.last_seen, "articles": span.articles})
                else:
                    print(f"{rec.name}: {span.position} ({_when(span.first_seen, span.last_seen)}, "
                          f"{span.articles} artikel)")
            if not holders and not args.json:
                print(f"Tidak ada pejabat yang tercatat dengan jabatan {args.position!r}.")
            return 0
        for rec in svc.officials():
            if args.json:
                print_json(rec.to_dict())
                continue
            print(f"{rec.name}  ({rec.article_count} artikel)")
            others = [v for v in rec.variants if v != rec.name]
            if others:
                print("    juga ditulis: " + "; ".join(others))
            for p in rec.positions:
                print(f"    {p.position}: {_when(p.first_seen, p.last_seen)}")
    finally:
        svc.close()
    return 0


def _article_ids(svc: Any, args: argparse.Namespace) -> list[int]:
    if args.query:
        limit = args.limit or 1_000_000
        return [h.id for h in svc.search(args.query, limit=limit, sort="date").hits]
    return [a.id for a in svc.list_articles(args.limit)]


def _write(svc: Any, ids: list[int], fmt: str, out: TextIO) -> None:
    writer = csv.writer(out) if fmt == "csv" else None
    if writer:
        writer.writerow(["id", "title", "date", "dateline", "source", "url", "officials", "organizations",
                         "places", "statistics"])
    for article_id in ids:
        art = svc.get_article(article_id)
        ext = svc.get_extraction(article_id)
        if writer is None:
            row = art.to_dict()
            row["extraction"] = ext.to_dict() if ext else None
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            continue
        officials = "; ".join(f"{o.name} ({o.position})" if o.position else o.name for o in ext.officials) if ext else ""
        orgs = "; ".join(dict.fromkeys(e.canonical for e in ext.of_type("ORGANIZATION"))) if ext else ""
        places = "; ".join(dict.fromkeys(e.canonical for e in ext.of_type("LOCATION"))) if ext else ""
        stats = "; ".join(f"{s.indicator or '?'}={s.value} {s.unit or ''}".strip() for s in ext.statistics) if ext else ""
        writer.writerow([art.id, art.title, art.published.isoformat() if art.published else "", art.dateline or "",
                         art.source or "", art.url or "", officials, orgs, places, stats])


def cmd_export(args: argparse.Namespace) -> int:
    svc = open_archive(args, readonly=_readonly_ok(args))
    try:
        ids = _article_ids(svc, args)
        if args.output:
            with args.output.open("w", encoding="utf-8", newline="") as fh:
                _write(svc, ids, args.format, fh)
            print(f"{len(ids)} artikel diekspor ke {args.output}", file=sys.stderr)
        else:
            _write(svc, ids, args.format, sys.stdout)
    finally:
        svc.close()
    return 0
