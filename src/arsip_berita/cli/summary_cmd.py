"""``arsip-berita summarize``: extractive summaries of an archived article, a text file or a JSONL batch."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from arsip_berita.core.errors import ArsipError
from arsip_berita.core.model import Article, Extraction, Summary
from arsip_berita.core.text import normalize_body, normalize_inline
from arsip_berita.summary.summarizer import summarize

DEFAULT_SENTENCES = 3


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "summarize", help="ringkasan ekstraktif sebuah artikel",
        description="Ringkasan ekstraktif (kalimat pembuka, angka kunci, pernyataan kunci) sesuai urutan teks.")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("id", nargs="?", type=int, help="ID artikel di arsip")
    src.add_argument("--file", type=Path, help="berkas teks: baris pertama judul, sisanya isi")
    src.add_argument("--jsonl", type=Path, help='berkas JSONL, tiap baris {"id", "title", "text"}')
    p.add_argument("--sentences", "-n", type=int, default=DEFAULT_SENTENCES, help="jumlah kalimat (bawaan 3)")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(func=handler)


def read_text_file(path: Path) -> tuple[str, str]:
    """Title (first non-empty line) and normalised body of a UTF-8 text file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArsipError(f"Berkas {path} tidak dapat dibaca.", str(exc)) from exc
    text = raw.decode("utf-8-sig", errors="replace")
    lines = text.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise ArsipError(f"Berkas {path} kosong.")
    return normalize_inline(lines[0]), normalize_body("\n".join(lines[1:]))


def extract_or_none(text: str, title: str | None = None) -> Extraction | None:
    """The extraction package's result, or None while that package is not installed."""
    try:
        from arsip_berita.extraction import extract
    except ImportError:
        return None
    return extract(text, title=title)


def _print_summary(summary: Summary, title: str, article_id: int | None, as_json: bool, out: TextIO) -> None:
    if as_json:
        data = {"id": article_id, "title": title, **summary.to_dict()}
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        return
    out.write(f"{title}\n\n")
    for n, sentence in enumerate(summary.sentences, start=1):
        out.write(f"{n}. {sentence}\n")


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as fh:
            yield from enumerate(fh, start=1)
    except OSError as exc:
        raise ArsipError(f"Berkas {path} tidak dapat dibaca.", str(exc)) from exc


def _summarize_jsonl(path: Path, n: int, out: TextIO) -> int:
    """One output line per non-blank input line, in order; bad lines get an "error" field."""
    failed = 0
    for lineno, line in _jsonl_lines(path):
        if not line.strip():
            continue
        record: dict[str, Any] = {"id": None, "summary": []}
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("baris bukan objek JSON")
            record["id"] = obj.get("id")
            text = obj.get("text", obj.get("body"))
            if not isinstance(text, str):
                raise ValueError('kolom "text" tidak ada atau bukan teks')
            title = obj.get("title") if isinstance(obj.get("title"), str) else ""
            body = normalize_body(text)
            record["summary"] = list(summarize(normalize_inline(title), body, None, n).sentences)
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            failed += 1
            record["error"] = f"baris {lineno}: {exc}"
            print(f"{path}:{lineno}: {exc}", file=sys.stderr)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if failed else 0


def _from_archive(archive: Path | None, article_id: int) -> tuple[Article, Extraction | None]:
    from arsip_berita.archive import open_archive

    svc = open_archive(archive, readonly=True)
    try:
        return svc.get_article(article_id), svc.get_extraction(article_id)
    finally:
        svc.close()


def handler(args: argparse.Namespace) -> int:
    out = sys.stdout
    if args.sentences < 1:
        print("--sentences harus 1 atau lebih.", file=sys.stderr)
        return 2
    try:
        if args.jsonl is not None:
            return _summarize_jsonl(args.jsonl, args.sentences, out)
        if args.file is not None:
            title, body = read_text_file(args.file)
            extraction = extract_or_none(body, title)
            article_id = None
        else:
            article, extraction = _from_archive(getattr(args, "archive", None), args.id)
            title, body, article_id = article.title, article.body, article.id
        _print_summary(summarize(title, body, extraction, args.sentences), title, article_id, args.json, out)
        return 0
    except ArsipError as exc:
        print(exc.user_message, file=sys.stderr)
        return exc.exit_code
