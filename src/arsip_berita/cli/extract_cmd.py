"""The `extract` subcommand: entities, statistics and quotes of files or of a JSONL stream."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from arsip_berita.core.text import normalize_body, normalize_inline


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("extract", help="baca pejabat, instansi, tempat, tanggal, statistik dan kutipan")
    p.add_argument("files", nargs="*", metavar="BERKAS", help="berkas .txt (baris pertama judul)")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.add_argument("--jsonl", metavar="IN.jsonl", help='baris {"id", "text", "title"?}; satu baris JSON per masukan')
    p.set_defaults(func=handler)


def _read_file(path: Path) -> tuple[str, str]:
    raw = path.read_text(encoding="utf-8-sig", errors="replace")
    lines = raw.splitlines()
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        return "", ""
    return normalize_inline(lines[first]), normalize_body("\n".join(lines[first + 1:]))


def _jsonl_items(path: str) -> Iterator[tuple[Any, str, str | None, None]]:
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    with stream:
        for n, line in enumerate(stream, 1):
            try:
                obj = json.loads(line) if line.strip() else {}
            except json.JSONDecodeError:
                obj = {}
            if not isinstance(obj, dict):
                obj = {}
            text = obj.get("text") if isinstance(obj.get("text"), str) else ""
            title = obj.get("title") if isinstance(obj.get("title"), str) else None
            yield obj.get("id", n), text, title, None


def _row(key: Any, x: Any) -> dict[str, Any]:
    d = x.to_dict()
    return {"id": key, "entities": d["entities"], "statistics": d["statistics"], "quotes": d["quotes"]}


def _print_human(path: str, x: Any) -> None:
    print(f"== {path}")
    for o in x.officials:
        print(f"  pejabat: {o.name}" + (f" ({o.position})" if o.position else ""))
    for e in x.entities:
        if e.type != "PERSON":
            print(f"  {e.type}: {e.text}" + (f" = {e.canonical}" if e.canonical != e.text else ""))
    for s in x.statistics:
        print(f"  statistik: {s.indicator or '-'} {s.text} [{s.region or '-'}, {s.period or '-'}]")
    for q in x.quotes:
        print(f"  kutipan ({q.speaker or '?'}): {q.text[:80]}")


def handler(args: argparse.Namespace) -> int:
    from arsip_berita.extraction.parallel import extract_many

    if getattr(args, "jsonl", None):
        for key, x in extract_many(_jsonl_items(args.jsonl), processes=2):
            print(json.dumps(_row(key, x), ensure_ascii=False))
        return 0
    files = list(getattr(args, "files", None) or [])
    if not files:
        print("Berikan berkas atau --jsonl IN.jsonl.", file=sys.stderr)
        return 2
    items, failed = [], 0
    for name in files:
        try:
            title, body = _read_file(Path(name))
        except OSError as exc:
            print(f"Gagal membaca {name}: {exc.strerror}", file=sys.stderr)
            failed += 1
            continue
        items.append((name, body, title, None))
    for key, x in extract_many(items, processes=2 if len(items) > 8 else 1):
        if getattr(args, "json", False):
            print(json.dumps(_row(key, x), ensure_ascii=False))
        else:
            _print_human(str(key), x)
    return 1 if failed else 0
