"""`arsip-berita duplikat`: near-duplicate clusters (the same release republished or lightly edited)."""

from __future__ import annotations

import argparse
from typing import Any

from arsip_berita.cli.common import open_archive, print_json


def register(sub: Any) -> None:
    p = sub.add_parser("duplikat", help="kelompok rilis yang hampir sama (dimuat ulang atau sedikit diubah)")
    p.add_argument("--json", action="store_true", help="satu objek JSON per kelompok per baris")
    p.set_defaults(func=cmd_duplikat)


def cmd_duplikat(args: argparse.Namespace) -> int:
    from arsip_berita.ledger.duplicates import near_duplicate_clusters  # numpy and datasketch: only here

    # Read-write when possible: signatures computed now are kept for the next run.
    svc = open_archive(args)
    try:
        clusters = near_duplicate_clusters(svc)
    finally:
        svc.close()
    if args.json:
        for c in clusters:
            print_json(c.to_dict())
        return 0
    if not clusters:
        print("Tidak ada rilis yang hampir sama dalam arsip ini.")
        return 0
    for c in clusters:
        first = c.original
        print(f"#{first} {c.dates.get(first) or 'tanpa tanggal'} {c.titles.get(first, '')}  "
              f"({len(c.copies)} salinan)")
        for i in c.copies:
            print(f"    salinan #{i} {c.dates.get(i) or 'tanpa tanggal'} {c.titles.get(i, '')}")
    print(f"{len(clusters)} kelompok, {sum(len(c.copies) for c in clusters)} salinan.")
    return 0
