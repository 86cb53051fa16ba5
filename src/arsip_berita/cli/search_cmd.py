"""The search subcommand: one query, or a batch file of queries; text, JSON lines or CSV."""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path
from typing import Any

from arsip_berita.cli.archive_cmd import _readonly_ok
from arsip_berita.cli.common import open_archive, print_json
from arsip_berita.core.errors import ArsipError, QuerySyntaxError
from arsip_berita.index import SearchResult


def register(sub: Any) -> None:
    p = sub.add_parser("search", help="cari artikel (lihat bahasa kueri di README)")
    p.add_argument("query", nargs="?", help="kueri, mis. 'kemiskinan 2024' atau pejabat:\"Agnes Widiastuti\"")
    p.add_argument("--batch", type=Path, metavar="BERKAS", help="satu kueri per baris")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--sort", choices=("score", "date", "date_asc"), default="score")
    p.add_argument("--facets", action="store_true", help="sertakan hitungan faset")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="satu objek JSON per kueri per baris")
    fmt.add_argument("--csv", action="store_true", help="CSV: satu baris per hasil")
    p.set_defaults(func=cmd_search)


def _strip_tags(s: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", s))


def _print_text(res: SearchResult) -> None:
    print(f"{res.total} hasil untuk {res.query!r} ({res.took_ms:.0f} ms)")
    if res.notice:
        print(res.notice)
    if res.suggestion:
        print(f"Mungkin maksud Anda: {res.suggestion}")
    for h in res.hits:
        print(f"\n[{h.id}] {h.title}")
        print("    " + " | ".join(x for x in (h.date, h.place, h.source) if x))
        print("    " + _strip_tags(h.snippet))
    for name, counts in res.facets.items():
        if counts:
            print(f"\n{name}: " + ", ".join(f"{v} ({c})" for v, c in counts[:10]))


def cmd_search(args: argparse.Namespace) -> int:
    if not args.query and not args.batch:
        raise ArsipError("Berikan KUERI atau --batch FILE.")
    if args.batch:
        try:
            queries = [q.strip() for q in args.batch.read_text(encoding="utf-8-sig").splitlines() if q.strip()]
        except (OSError, UnicodeDecodeError) as exc:
            raise ArsipError(f"Berkas kueri {args.batch} tidak dapat dibaca.", str(exc)) from exc
    else:
        queries = [args.query]
    svc = open_archive(args, readonly=_readonly_ok(args))
    writer = csv.writer(sys.stdout) if args.csv else None
    if writer:
        writer.writerow(["query", "total", "rank", "id", "title", "date", "source", "place", "score", "snippet"])
    failed = 0
    try:
        for q in queries:
            try:
                res = svc.search(q, limit=args.limit, sort=args.sort, with_facets=args.facets)
            except QuerySyntaxError as exc:
                failed += 1
                if args.json:
                    print_json({"query": q, "error": exc.user_message})
                else:
                    print(f"arsip-berita: {exc.user_message}", file=sys.stderr)
                continue
            if args.json:
                print_json(res.to_dict())
            elif writer:
                for rank, h in enumerate(res.hits, 1):
                    writer.writerow([q, res.total, rank, h.id, h.title, h.date or "", h.source or "",
                                     h.place or "", f"{h.score:.4f}", _strip_tags(h.snippet)])
                if not res.hits:
                    writer.writerow([q, 0, "", "", "", "", "", "", "", ""])
            else:
                _print_text(res)
    finally:
        svc.close()
    if failed and len(queries) == 1:
        return 2
    return 1 if failed else 0
