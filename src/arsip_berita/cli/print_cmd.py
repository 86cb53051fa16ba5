"""``arsip-berita print``: briefs of archived articles, search results or text files as one PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from arsip_berita.core.errors import ArsipError
from arsip_berita.core.model import Article
from arsip_berita.summary.render import BriefItem, BriefOptions, batch_html, brief_html, footer_text
from arsip_berita.summary.summarizer import summarize

DEFAULT_LIMIT = 20


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "print", help="cetak ringkasan (brief) ke PDF",
        description="Membuat PDF berisi satu halaman ringkasan per artikel; beberapa artikel "
                    "diawali daftar isi. Tidak memerlukan layar.")
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="ID artikel di arsip")
    p.add_argument("--query", "-q", help="cetak hasil pencarian kueri ini")
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help="jumlah hasil pencarian (bawaan 20)")
    p.add_argument("--file", type=Path, action="append", default=[],
                   help="berkas teks (baris pertama judul); boleh diulang")
    p.add_argument("--pdf", type=Path, required=True, help="berkas PDF keluaran")
    p.add_argument("--sentences", "-n", type=int, default=3, help="kalimat ringkasan (bawaan 3)")
    p.add_argument("--full-text", action="store_true", help="sertakan teks lengkap dengan sorotan entitas")
    p.add_argument("--paragraph-numbers", action="store_true", help="nomor paragraf pada teks lengkap")
    p.set_defaults(func=handler)


def _file_items(paths: list[Path], n: int) -> list[BriefItem]:
    from arsip_berita.cli.summary_cmd import extract_or_none, read_text_file

    items = []
    for path in paths:
        title, body = read_text_file(path)
        extraction = extract_or_none(body, title)
        article = Article(title=title, body=body, path=str(path), source=path.name)
        items.append(BriefItem(article, extraction, summarize(title, body, extraction, n)))
    return items


def _archive_items(args: argparse.Namespace) -> tuple[list[BriefItem], str]:
    from arsip_berita.archive import open_archive

    svc = open_archive(getattr(args, "archive", None), readonly=True)
    try:
        ids = list(args.ids)
        if args.query:
            ids += [hit.id for hit in svc.search(args.query, limit=args.limit).hits]
        items = []
        for article_id in dict.fromkeys(ids):
            article = svc.get_article(article_id)
            extraction = svc.get_extraction(article_id)
            items.append(BriefItem(article, extraction,
                                   summarize(article.title, article.body, extraction, args.sentences)))
        return items, svc.archive_name
    finally:
        svc.close()


def _progress(page: int, pages: int) -> None:
    if sys.stderr.isatty():
        print(f"\rMencetak halaman {page}/{pages}", end="" if page < pages else "\n", file=sys.stderr)


def handler(args: argparse.Namespace) -> int:
    if not (args.ids or args.query or args.file):
        print("Sebutkan ID artikel, --query atau --file.", file=sys.stderr)
        return 2
    if args.sentences < 1 or args.limit < 1:
        print("--sentences dan --limit harus 1 atau lebih.", file=sys.stderr)
        return 2
    try:
        items = _file_items(args.file, args.sentences)
        archive_name = "berkas lokal"
        if args.ids or args.query:
            archived, archive_name = _archive_items(args)
            items += archived
        if not items:
            print(f"Tidak ada hasil untuk {args.query!r}: tidak ada yang dicetak.", file=sys.stderr)
            return 1
        options = BriefOptions(full_text=args.full_text, paragraph_numbers=args.paragraph_numbers)
        if len(items) == 1 and not args.query:
            one = items[0]
            html = brief_html(one.article, one.extraction, one.summary, archive_name=archive_name, options=options)
            title = one.article.title
        else:
            title = f"Hasil pencarian: {args.query}" if args.query else "Kumpulan ringkasan siaran pers"
            html = batch_html(items, archive_name=archive_name, options=options, title=title)
        from arsip_berita.printing import write_pdf

        pages = write_pdf(html, args.pdf, title=title, footer=footer_text(archive_name), progress=_progress)
        print(f"{args.pdf}: {len(items)} artikel, {pages} halaman.", file=sys.stderr)
        return 0
    except ArsipError as exc:
        print(exc.user_message, file=sys.stderr)
        return exc.exit_code
