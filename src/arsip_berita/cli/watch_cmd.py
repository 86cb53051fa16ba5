"""`arsip-berita pantau`: watchlists (saved queries) and their new matches since last seen."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from arsip_berita.cli.archive_cmd import _readonly_ok
from arsip_berita.cli.common import open_archive, print_json
from arsip_berita.ledger.watch import add_watchlist, status_of, statuses, weekly_summary


def register(sub: Any) -> None:
    p = sub.add_parser("pantau", help="pantauan: kueri tersimpan dan temuan baru sejak terakhir dilihat")
    p.add_argument("--json", action="store_true", help="satu objek JSON per pantauan per baris")
    p.set_defaults(func=cmd_list)
    actions = p.add_subparsers(dest="aksi", metavar="AKSI")
    a = actions.add_parser("tambah", help='simpan pantauan, mis. pantau tambah "Kemiskinan Kalteng" "kemiskinan tempat:Kalteng"')
    a.add_argument("nama", metavar="NAMA")
    a.add_argument("kueri", metavar="KUERI")
    a.set_defaults(func=cmd_add)
    a = actions.add_parser("hapus", help="hapus pantauan")
    a.add_argument("nama", metavar="NAMA")
    a.set_defaults(func=cmd_remove)
    a = actions.add_parser("lihat", help="tampilkan temuan baru satu pantauan lalu tandai sudah dilihat")
    a.add_argument("nama", metavar="NAMA")
    a.add_argument("--json", action="store_true", help="satu objek JSON per artikel baru per baris")
    a.set_defaults(func=cmd_view)
    a = actions.add_parser("ringkasan", help="ringkasan mingguan satu pantauan")
    a.add_argument("nama", metavar="NAMA")
    a.add_argument("--json", action="store_true", help="ringkasan sebagai satu objek JSON")
    a.add_argument("--pdf", type=Path, metavar="BERKAS_PDF", help="cetak ringkasan satu halaman ke PDF")
    a.set_defaults(func=cmd_weekly)


def cmd_list(args: argparse.Namespace) -> int:
    svc = open_archive(args, readonly=_readonly_ok(args))
    try:
        found = statuses(svc)
    finally:
        svc.close()
    if args.json:
        for st in found:
            print_json(st.to_dict())
        return 0
    if not found:
        print('Belum ada pantauan. Tambahkan dengan: arsip-berita pantau tambah NAMA "KUERI"')
        return 0
    for st in found:
        badge = f"{st.new} baru" if st.new else "tidak ada yang baru"
        print(f"{st.name}  [{st.query}]: {badge}, {st.total} artikel cocok")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    svc = open_archive(args)
    try:
        add_watchlist(svc, args.nama, args.kueri)
        st = status_of(svc, args.nama)
    finally:
        svc.close()
    print(f"Pantauan {st.name!r} disimpan: {st.total} artikel cocok saat ini; artikel yang diimpor berikutnya "
          "ditandai baru.")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    svc = open_archive(args)
    try:
        gone = svc.remove_watchlist(args.nama)
    finally:
        svc.close()
    print(f"Pantauan {args.nama!r} dihapus." if gone else f"Pantauan {args.nama!r} tidak ada.")
    return 0 if gone else 1


def cmd_view(args: argparse.Namespace) -> int:
    svc = open_archive(args)
    try:
        st = status_of(svc, args.nama)
        arts = [svc.get_article(i) for i in st.new_ids]
        svc.mark_watchlist_seen(st.name)
    finally:
        svc.close()
    if args.json:
        for a in arts:
            print_json({"id": a.id, "title": a.title, "date": a.published.isoformat() if a.published else None})
        return 0
    if not arts:
        print(f"Tidak ada artikel baru untuk pantauan {st.name!r}.")
        return 0
    print(f"{len(arts)} artikel baru untuk pantauan {st.name!r}:")
    for a in arts:
        print(f"  #{a.id} {a.published.isoformat() if a.published else 'tanpa tanggal'} {a.title}")
    return 0


def cmd_weekly(args: argparse.Namespace) -> int:
    svc = open_archive(args, readonly=_readonly_ok(args))
    try:
        summary = weekly_summary(svc, args.nama)
        archive_name = svc.archive_name
    finally:
        svc.close()
    titles = {i: t for i, (t, _d) in summary.titles.items()}
    if args.pdf:
        from arsip_berita.ledger.watch import weekly_html
        from arsip_berita.printing import write_pdf
        from arsip_berita.summary.render import footer_text

        pages = write_pdf(weekly_html(summary, archive_name), args.pdf, title=f"Pantauan {summary.name}",
                          footer=footer_text(archive_name))
        print(f"{args.pdf}: ringkasan mingguan, {pages} halaman.", file=sys.stderr)
        return 0
    if args.json:
        print_json(summary.to_dict())
        return 0
    sign = "+" if summary.change > 0 else ""
    print(f"Ringkasan mingguan pantauan {summary.name!r} [{summary.query}]")
    print(f"{summary.week_start.isoformat()} s.d. {summary.week_end.isoformat()}: {len(summary.this_week)} artikel "
          f"({sign}{summary.change} dibanding pekan sebelumnya, {summary.last_week} artikel)")
    for i in summary.this_week:
        print(f"  #{i} {titles[i]}")
    if summary.figures:
        print("Angka baru:")
        for i, ind, fig in summary.figures:
            print(f"  {ind}: {fig} (#{i})")
    if summary.officials:
        print("Pejabat paling sering dikutip: " + "; ".join(f"{n} ({c})" for n, c in summary.officials))
    return 0
