"""Subcommands for a shared office archive: prepare a server, and copy an archive for offline work."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from arsip_berita.cli.common import TerminalProgress, print_json
from arsip_berita.core.errors import ArsipError

COPY_BATCH = 200


def register(sub: Any) -> None:
    from arsip_berita.cli.main import archive_location

    p = sub.add_parser("salin", help="salin arsip bersama (atau hasil satu kueri) ke arsip lokal untuk kerja tanpa jaringan")
    p.add_argument("--dari", required=True, type=archive_location, metavar="URL|DIR",
                   help="arsip sumber, mis. postgresql://nama@server/arsip")
    p.add_argument("--ke", required=True, type=Path, metavar="DIR", help="folder arsip lokal tujuan (dibuat bila belum ada)")
    p.add_argument("--query", metavar="Q", help="hanya artikel yang cocok dengan kueri ini")
    p.add_argument("--json", action="store_true", help="ringkasan sebagai JSON")
    p.set_defaults(func=cmd_copy)

    p = sub.add_parser("siapkan-server", help="siapkan basis data PostgreSQL sebagai arsip bersama (tabel dan peran)")
    p.add_argument("url", metavar="URL", help="alamat basis data, sebagai pemiliknya: postgresql://admin@server/arsip")
    p.add_argument("--pembaca", default="", metavar="NAMA,...", help="akun login yang boleh mencari dan membaca")
    p.add_argument("--penulis", default="", metavar="NAMA,...", help="akun login yang juga boleh mengimpor")
    p.set_defaults(func=cmd_setup)


def cmd_copy(args: argparse.Namespace) -> int:
    from arsip_berita.archive import open_archive

    if str(args.ke).startswith(("postgresql:", "postgres:")):
        raise ArsipError("Tujuan --ke harus folder di komputer ini (arsip lokal), bukan alamat server.")
    source = open_archive(args.dari, readonly=True)
    try:
        target = open_archive(args.ke, with_samples=False)
        try:
            ids = source.article_ids(args.query)
            bar = TerminalProgress()

            def items() -> Iterator[tuple[Any, Any]]:
                for start in range(0, len(ids), COPY_BATCH):
                    chunk = ids[start:start + COPY_BATCH]
                    articles = source.store.get_many(chunk)
                    extractions = source.store.get_extractions(chunk)
                    for i in chunk:
                        if i in articles:
                            yield articles[i], extractions.get(i)

            report = target.add_articles(items(), progress=lambda n: bar.update(n, len(ids), str(args.ke)))
            bar.finish()
            summary = {"source": source.location, "target": str(args.ke), "query": args.query, "matched": len(ids),
                       "copied": report.added, "already_there": len(report.duplicates), "total_in_target": target.count()}
        finally:
            target.close()
    finally:
        source.close()
    if args.json:
        print_json(summary)
    else:
        what = f"hasil kueri {args.query!r}" if args.query else "seluruh arsip"
        print(f"{summary['copied']} artikel disalin dari {summary['source']} ({what}: {len(ids)} artikel) ke "
              f"{args.ke}; {summary['already_there']} sudah ada. Arsip lokal kini berisi {summary['total_in_target']} artikel.")
    return 0


def cmd_setup(args: argparse.Namespace) -> int:
    from arsip_berita.core.paths import is_server_location, redact
    from arsip_berita.server.connection import READER_ROLE, WRITER_ROLE, connect
    from arsip_berita.server.schema import create_database_if_missing, migrate, role_members, setup_roles

    if not is_server_location(args.url):
        raise ArsipError("siapkan-server perlu alamat PostgreSQL, mis. postgresql://admin@server/arsip")
    readers = [x.strip() for x in args.pembaca.split(",") if x.strip()]
    writers = [x.strip() for x in args.penulis.split(",") if x.strip()]
    created = create_database_if_missing(args.url)
    conn = connect(args.url)
    try:
        found = migrate(conn, redact(args.url), writable=True)
        setup_roles(conn, readers=readers, writers=writers)
        members = {role: role_members(conn, role) for role in (READER_ROLE, WRITER_ROLE)}
    finally:
        conn.close()
    state = "basis data dan tabel dibuat" if created else "tabel dibuat" if found == 0 else "tabel sudah ada"
    print(f"Arsip bersama {redact(args.url)} siap ({state}).")
    for role, what in ((READER_ROLE, "mencari dan membaca"), (WRITER_ROLE, "juga mengimpor")):
        print(f"  peran {role} ({what}): {', '.join(members[role]) or 'belum ada anggota'}")
    print("  (mengeluarkan akun dari peran: REVOKE nama_peran FROM nama_akun; di psql)")
    return 0
