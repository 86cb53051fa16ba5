"""`arsip-berita indikator`: the indicator ledger across releases, with conflict flags."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from arsip_berita.cli.archive_cmd import _readonly_ok
from arsip_berita.cli.common import open_archive, print_json
from arsip_berita.ledger.api import build_ledger
from arsip_berita.ledger.core import Line, format_value, indicator_label, lines_csv


def register(sub: Any) -> None:
    p = sub.add_parser("indikator", help="buku indikator: angka per indikator, wilayah dan periode antar-rilis")
    p.add_argument("text", nargs="?", metavar="TEKS",
                   help="indikator, mis. kemiskinan atau kemiskinan.persentase (tanpa teks: daftar indikator)")
    p.add_argument("--tempat", metavar="TEMPAT", help="wilayah, mis. Kalteng atau 'Kota Palangka Raya'")
    p.add_argument("--periode", metavar="PERIODE", help="periode, mis. 2024 atau 'Maret 2024'")
    p.add_argument("--konflik", action="store_true", help="hanya baris yang angkanya berbeda antar-rilis")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="satu objek JSON per baris buku indikator")
    fmt.add_argument("--csv", action="store_true", help="CSV, satu baris per angka")
    p.set_defaults(func=cmd_indikator)


def _print_line(line: Line) -> None:
    head = f"{line.label} | {line.region or 'wilayah tidak diketahui'} | {line.period or 'periode tidak diketahui'}"
    print(head + ("  [KONFLIK]" if line.conflict else ""))
    for e in line.entries:
        kind = {"baseline": " (angka pembanding)", "comparison": " (perbandingan)"}.get(e.kind, "")
        target = " (target/proyeksi)" if e.target else ""
        print(f"    {format_value(e.value, e.unit)}{kind}{target}  #{e.article_id} {e.date or 'tanpa tanggal'} "
              f"{e.title}")
    if line.note:
        print(f"    catatan: {line.note}")


def cmd_indikator(args: argparse.Namespace) -> int:
    svc = open_archive(args, readonly=_readonly_ok(args))
    try:
        ledger = build_ledger(svc)
    finally:
        svc.close()
    filtered = bool(args.text or args.tempat or args.periode or args.konflik)
    if not args.json and not args.csv and not filtered:
        rows = ledger.indicators()
        if not rows:
            print("Belum ada angka statistik dengan indikator dalam arsip ini.")
            return 0
        for key, entries, conflicts in rows:
            flag = f", {conflicts} baris berkonflik" if conflicts else ""
            print(f"{key}  {indicator_label(key)}: {entries} entri{flag}")
        return 0
    lines = ledger.select(args.text, args.tempat, args.periode, conflicts_only=args.konflik)
    if args.json:
        for line in lines:
            print_json(line.to_dict())
        return 0
    if args.csv:
        sys.stdout.write(lines_csv(lines))
        return 0
    if not lines:
        print("Tidak ada angka yang cocok dengan pilihan ini.")
        return 0
    for line in lines:
        _print_line(line)
    conflicts = sum(ln.conflict for ln in lines)
    print(f"{len(lines)} baris, {sum(len(ln.entries) for ln in lines)} angka, {conflicts} baris berkonflik.")
    return 0
