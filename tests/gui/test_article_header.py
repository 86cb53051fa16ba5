"""The reading pane's header shows what the release's letterhead said: its office and number."""

from __future__ import annotations

from datetime import date

from arsip_berita.core.model import Article
from arsip_berita.gui.articleview import header_html


def test_header_shows_issuer_and_release_number(qapp) -> None:
    art = Article(title="Menteri Tinjau Panen Raya", body="Isi.", published=date(2024, 2, 12),
                  dateline="Sukamaju", release_no="88.Pers/02/2024", issuer="Kementerian Pertanian Contoh")
    html = header_html(art)
    assert "Kementerian Pertanian Contoh" in html and "Nomor 88.Pers/02/2024" in html
    assert "Nomor" not in header_html(Article(title="Tanpa Kop", body="Isi."))
