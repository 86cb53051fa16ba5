"""Pure HTML of the article body and the brief: escaping, entity anchors, hits, statistics anchors."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import brief_sample as sample
from arsip_berita.core.model import Article, Entity, Extraction, Quote, Summary
from arsip_berita.summary.highlight import article_html
from arsip_berita.summary.render import BriefItem, BriefOptions, batch_html, brief_html
from arsip_berita.summary.summarizer import summarize

HOSTILE = 'Bupati <b>menolak</b> <script>alert("x")</script> & <img src="http://evil.example/a.png">.'


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Tags:
    p = _Tags()
    p.feed(html)
    return p


def test_markup_in_article_text_is_escaped() -> None:
    html = article_html(HOSTILE)
    parsed = _parse(html)
    assert {t for t, _ in parsed.tags} <= {"p", "a"}
    assert "".join(parsed.text) == HOSTILE


def test_markup_everywhere_in_the_brief_is_escaped() -> None:
    art = Article(title="<i>Judul</i> & <script>x()</script>", body=HOSTILE + "\n\nKalimat kedua di sini ya.",
                  source="<b>portal</b>", url='http://x.example/"><script>', dateline="<u>Kota</u>",
                  published=date(2025, 1, 2))
    ent = Entity("PERSON", 0, 6, "Bupati", "<em>Nama</em>", position='Bupati "<b>X</b>"')
    quote = Quote(0, 20, '"<b>kutipan</b> yang cukup panjang untuk dipilih sebagai kutipan"', "<i>Ani</i>")
    ext = Extraction(entities=(ent,), quotes=(quote,))
    html = brief_html(art, ext, summarize(art.title, art.body, ext), archive_name="<arsip>",
                      options=BriefOptions(full_text=True, paragraph_numbers=True))
    tags = {t for t, _ in _parse(html).tags}
    assert not tags & {"script", "img", "i", "u", "em", "b"} - {"b"}
    assert "<script" not in html and "<img" not in html and "<i>" not in html
    assert "&lt;script&gt;" in html and "&lt;i&gt;Judul&lt;/i&gt;" in html
    assert html.count("<b>") == len(re.findall(r"<td><b>", html))  # only our own bold names


def test_entities_become_typed_anchors_with_their_index() -> None:
    ext = sample.extraction()
    html = article_html(sample.BODY, ext.entities, ext.statistics)
    links = [a["href"] for t, a in _parse(html).tags if t == "a" and a.get("href")]
    maria = next(i for i, e in enumerate(ext.entities) if e.canonical == "Maria Oktaviani")
    assert f"entity:official/{maria}" in links
    assert f'<a href="entity:official/{maria}" title="Kepala Dinas Kesehatan Kabupaten Katingan' not in html
    assert 'class="ent-official">dr. Maria Oktaviani</span>' in html
    assert "entity:statistic/0" in links and "entity:organization/3" in links
    assert 'class="ent-date"' in html and 'class="ent-place"' in html
    # every entity span is rendered exactly once (none overlap in the sample)
    assert len(links) == len(ext.entities) + len(ext.statistics)


def test_overlapping_spans_do_not_nest() -> None:
    text = "Kepala BPS Provinsi Kalteng hadir."
    ents = (Entity("ORGANIZATION", 7, 27, "BPS Provinsi Kalteng", "BPS Provinsi Kalteng"),
            Entity("LOCATION", 11, 27, "Provinsi Kalteng", "Kalimantan Tengah"))
    html = article_html(text, ents)
    assert html.count("<a href=") == 1 and "entity:organization/0" in html


def test_enabled_types_filter_highlights() -> None:
    ext = sample.extraction()
    html = article_html(sample.BODY, ext.entities, ext.statistics, enabled_types=("place",))
    assert 'class="ent-place"' in html
    assert "ent-official" not in html and "ent-statistic" not in html


def test_query_hits_are_numbered_in_order_and_marked() -> None:
    ext = sample.extraction()
    html = article_html(sample.BODY, ext.entities, ext.statistics, query_terms=["stunting", "katingan"])
    names = re.findall(r'<a name="(hit-\d+)">', html)
    n_hits = len(re.findall(r"(?i)\b(stunting|katingan)", sample.BODY))
    assert names == [f"hit-{i}" for i in range(n_hits)]
    assert html.count('<span class="hit">') >= n_hits
    assert "<a name" not in re.sub(r'<a name="[^"]+"></a>', "", html)  # anchors are empty, never nested


def test_statistic_sentence_anchors() -> None:
    ext = sample.extraction()
    html = article_html(sample.BODY, ext.entities, ext.statistics)
    for i in range(len(ext.statistics)):
        assert f'<a name="stat-{i}"></a>' in html
    # the anchor of "18,4 persen" sits at the start of its sentence
    assert re.search(r'<a name="stat-0"></a>(<a name="stat-\d+"></a>)*Dalam arahannya', html)


def test_paragraph_numbers() -> None:
    html = article_html("Satu dua.\n\nTiga empat.\n\nLima.", paragraph_numbers=True)
    assert [m for m in re.findall(r"\[(\d+)\]", html)] == ["1", "2", "3"]
    assert "[1]" not in article_html("Satu dua.")


def test_brief_contents() -> None:
    ext = sample.extraction()
    art = sample.article()
    html = brief_html(art, ext, summarize(art.title, art.body, ext), archive_name="Arsip Uji",
                      options=BriefOptions())
    text = "".join(_parse(html).text)
    for name in sample.OFFICIALS:
        assert name in text
    for expected in ("18,4 persen", "turun 3,2 poin dari 21,6 persen (2023)", "Rp 4,75 miliar",
                     "mencapai 12.845 anak", "Rabu, 14 Mei 2025", "Kutipan kunci", "Maria Oktaviani, Kepala Dinas",
                     "Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN)", art.url):
        assert expected in text, expected
    assert "Teks lengkap" not in text
    # the baseline lives in the change column, not in a row of its own
    table = html[html.index("Angka kunci"):html.index("Pejabat")]
    assert table.count("<tr>") == 1 + sum(1 for s in ext.statistics if s.kind != "baseline")


def test_brief_without_extraction() -> None:
    art = sample.article()
    html = brief_html(art, None, summarize(art.title, art.body), archive_name="A",
                      options=BriefOptions(full_text=True))
    assert "Ringkasan" in html and "Pejabat" not in html and "Teks lengkap" in html
    assert 'class="ent-official"' not in html


def test_batch_has_cover_and_one_page_break_per_article() -> None:
    items = [BriefItem(sample.article(title=f"Judul nomor {i}"), None, Summary(("Kalimat.",)))
             for i in range(5)]
    html = batch_html(items, archive_name="A")
    assert html.count('class="page-break"') == 5
    assert all(f"Judul nomor {i}" in html for i in range(5))
    assert "5 artikel" in html


def test_summary_package_does_not_import_qt() -> None:
    code = ("import sys; import arsip_berita.summary.render, arsip_berita.summary.summarizer, "
            "arsip_berita.cli.summary_cmd, arsip_berita.cli.print_cmd; "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'")
    src = Path(__file__).resolve().parents[3] / "src"
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(src)})
