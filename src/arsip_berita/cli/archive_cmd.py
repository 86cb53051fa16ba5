"""Subcommands that manage the archive: import, reindex, show, list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from arsip_berita.cli.common import TerminalProgress, open_archive, print_json
from arsip_berita.archive.importer import ImportProgress


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="impor berkas atau folder siaran pers")
    p.add_argument("paths", nargs="+", type=Path, metavar="BERKAS_ATAU_FOLDER")
    p.add_argument("--wait", type=float, default=0.0, metavar="DETIK",
                   help="tunggu sekian detik bila arsip sedang dipakai penulis lain")
    p.add_argument("--processes", type=int, default=None, help="jumlah proses pekerja (bawaan: otomatis)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("reindex", help="bangun ulang indeks pencarian dari basis data")
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser("show", help="tampilkan satu artikel")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("list", help="daftar artikel, terbaru dahulu")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)


def cmd_import(args: argparse.Namespace) -> int:
    svc = open_archive(args)
    bar = TerminalProgress()

    def progress(p: ImportProgress) -> None:
        bar.update(p.files_done, p.files_total, p.current)

    try:
        report = svc.import_paths(args.paths, progress=progress, processes=args.processes,
                                  lock_timeout=args.wait)
        from arsip_berita.ledger.watch import news_after_import

        watch_news = news_after_import(svc) if report.added else []
    finally:
        bar.finish()
        svc.close()
    for path, reason in report.failed:
        print(f"gagal: {path}: {reason}", file=sys.stderr)
    for path in report.duplicates[:20]:
        print(f"duplikat dilewati: {path}", file=sys.stderr)
    if len(report.duplicates) > 20:
        print(f"... dan {len(report.duplicates) - 20} duplikat lain", file=sys.stderr)
    print(report.summary_line())
    for line in watch_news:
        print(line)
    return 1 if report.failed else 0


def cmd_reindex(args: argparse.Namespace) -> int:
    svc = open_archive(args)
    bar = TerminalProgress()
    try:
        n = svc.reindex(progress=lambda done, total: bar.update(
            done, total, "artikel diindeks" if done < total else "menggabungkan indeks..."))
    finally:
        bar.finish()
        svc.close()
    print(f"Indeks dibangun ulang: {n} artikel.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    svc = open_archive(args, readonly=_readonly_ok(args))
    try:
        article = svc.get_article(args.id)
        extraction = svc.get_extraction(args.id)
    finally:
        svc.close()
    if args.json:
        out = article.to_dict()
        out["extraction"] = extraction.to_dict() if extraction else None
        print_json(out, pretty=True)
        return 0
    meta = [article.published.isoformat() if article.published else None, article.dateline, article.source,
            article.issuer, f"Nomor {article.release_no}" if article.release_no else None]
    print(article.title)
    print(" | ".join(m for m in meta if m))
    if article.url:
        print(article.url)
    print()
    print(article.body)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    svc = open_archive(args, readonly=_readonly_ok(args))
    try:
        articles = svc.list_articles(args.limit)
    finally:
        svc.close()
    if args.json:
        for a in articles:
            print_json({"id": a.id, "title": a.title, "date": a.published.isoformat() if a.published else None,
                        "source": a.source, "dateline": a.dateline})
        return 0
    for a in articles:
        date = a.published.isoformat() if a.published else "----------"
        print(f"{a.id:>6}  {date}  {a.title}")
    return 0


def _readonly_ok(args: argparse.Namespace) -> bool:
    """Reading commands open an existing archive read-only, so they never wait for a writer."""
    from arsip_berita.core.paths import default_archive_location, is_server_location
    from arsip_berita.store import DB_NAME

    location = args.archive or default_archive_location()
    if is_server_location(location):
        return True  # a shared archive's readers never wait for its importers anyway
    return (location / DB_NAME).exists()
