"""A batch's cover list gives the page on which each brief starts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSizeF

from arsip_berita.core.model import Article
from arsip_berita.printing.document import PAGE_HEADER, build_document
from arsip_berita.summary.render import BriefItem, BriefOptions, batch_html
from arsip_berita.summary.summarizer import summarize


def _item(n: int, paragraphs: int) -> BriefItem:
    body = "\n".join(f"Paragraf {k} rilis {n}: Pemerintah Kabupaten Contoh menyalurkan bantuan kepada warga "
                     f"di kecamatan {k} pada pekan ini." for k in range(paragraphs))
    article = Article(id=n, title=f"Rilis nomor {n}", body=body, published=date(2024, 3, n))
    return BriefItem(article, None, summarize(article.title, article.body, None))


def test_cover_lists_the_start_page_of_every_brief(qapp) -> None:  # type: ignore[no-untyped-def]
    # The second brief runs over two pages, so the third starts on page 5, not 4.
    items = [_item(1, 3), _item(2, 3), _item(3, 3)]
    doc, _device = build_document(batch_html(items, archive_name="Arsip Uji", options=BriefOptions(full_text=True)),
                                  QSizeF(500, 700))
    table_text = doc.toPlainText()
    assert PAGE_HEADER in table_text
    short_pages = doc.pageCount()
    long_items = [_item(1, 3), _item(2, 120), _item(3, 3)]
    options = BriefOptions(full_text=True)
    doc2, _device2 = build_document(batch_html(long_items, archive_name="Arsip Uji", options=options), QSizeF(500, 700))
    assert doc2.pageCount() > short_pages
    lines = doc2.toPlainText().split("\n")
    cover = lines[:lines.index("Ringkasan siaran pers") if "Ringkasan siaran pers" in lines else 40]
    numbers = [line for line in cover if line.strip().isdigit()]
    assert numbers[1::2] == ["2", "3", str(doc2.pageCount())], numbers  # cells: No., then Hal.
