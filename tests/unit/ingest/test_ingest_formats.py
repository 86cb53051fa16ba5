"""Every reader on our own small fixtures: title, body, date, dateline, source, url."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx
import pytest
from ingest_helpers import make_pdf, read_all, read_one

from arsip_berita.core.errors import IngestError
from arsip_berita.core.model import Article
from arsip_berita.ingest import SUPPORTED_SUFFIXES

TITLE = "Pemkab Katingan Salurkan Bantuan Bibit Karet kepada Petani"
PARA1 = ("KASONGAN – Pemerintah Kabupaten Katingan menyalurkan 12.500 batang bibit karet unggul "
         "kepada kelompok tani di tiga kecamatan, Senin (3/6/2024).")
PARA2 = ("Kepala Dinas Pertanian Katingan mengatakan bantuan ini diharapkan menaikkan pendapatan "
         "petani sebesar 4,75 persen dalam dua tahun.")
TEXT = f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n"

PORTAL_HTML = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Bupati Resmikan Jembatan Desa Sungai Rawa | Portal Resmi Pemkab Katingan</title>
<meta property="og:title" content="Bupati Resmikan Jembatan Desa Sungai Rawa">
<meta property="article:published_time" content="2024-05-14T09:00:00+07:00">
<meta property="og:site_name" content="Portal Resmi Pemkab Katingan">
<meta property="og:url" content="https://katingan.example.go.id/berita/jembatan-sungai-rawa">
</head><body>
<header><nav class="menu"><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil Daerah</a></li>
<li><a href="/layanan">Layanan Publik Terpadu</a></li></ul></nav></header>
<main><article class="post">
<h1 class="entry-title">Bupati Resmikan Jembatan Desa Sungai Rawa</h1>
<div class="entry-meta">Diposting 14 Mei 2024 oleh Admin</div>
<div class="entry-content">
<p>KASONGAN – Bupati Katingan meresmikan jembatan gantung sepanjang 120 meter yang menghubungkan
Desa Sungai Rawa dengan pusat kecamatan, Selasa (14/5/2024). Jembatan ini dibangun dengan anggaran
Rp 4,2 miliar dari APBD kabupaten.</p>
<p>Menurut Kepala Dinas Pekerjaan Umum, pembangunan jembatan selesai dalam delapan bulan dan akan
memangkas waktu tempuh warga dari dua jam menjadi lima belas menit.</p>
<p>Warga desa menyambut gembira peresmian tersebut karena selama ini anak-anak harus menyeberang
sungai dengan perahu kecil untuk pergi ke sekolah setiap pagi.</p>
<script>document.write("skrip pelacak iklan");</script>
</div>
<div class="share-buttons"><a href="#">Bagikan ke Facebook</a> <a href="#">Bagikan ke Twitter</a>
<a href="#">Kirim lewat WhatsApp</a></div>
</article>
<section id="comments" class="comments"><h3>Komentar</h3><div class="comment">
<p>Mantap pak bupati, lanjutkan pembangunan jalan kampung kami juga ya pak!</p></div></section>
</main>
<aside class="sidebar widget"><h3>Berita Terpopuler</h3><ul>
<li><a href="/a">Festival Budaya Isen Mulang Digelar Meriah</a></li>
<li><a href="/b">Lowongan Tenaga Honorer Dibuka Bulan Depan</a></li></ul></aside>
<footer><p>Hak Cipta 2024 Dinas Komunikasi dan Informatika Kabupaten Katingan</p></footer>
</body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Humas Pemprov Contoh</title><link>https://contoh.example.go.id</link>
<description>Siaran pers</description>
<item><title>Gubernur Buka Pasar Murah Jelang Lebaran</title>
<link>https://contoh.example.go.id/berita/pasar-murah</link>
<pubDate>Tue, 02 Apr 2024 08:00:00 +0700</pubDate>
<description><![CDATA[<p>PALANGKA RAYA – Gubernur membuka pasar murah di halaman kantor gubernur.</p>
<p>Sebanyak 3.000 paket sembako dijual dengan harga Rp 75.000 per paket.</p>
<script>alert(1)</script>]]></description></item>
<item><title>Dinas Pendidikan Umumkan Jadwal Sekolah Baru</title>
<link>https://contoh.example.go.id/berita/jadwal-sekolah</link>
<pubDate>Wed, 03 Apr 2024 09:30:00 +0700</pubDate>
<description>Tahun ajaran baru dimulai pada pertengahan Juli untuk seluruh jenjang.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Diskominfo Kota Contoh</title><id>urn:contoh:feed</id><updated>2024-08-20T10:00:00Z</updated>
<entry><title>Wali Kota Tinjau Posyandu Kelurahan Baru</title>
<id>urn:contoh:1</id><link href="https://kota.example.go.id/posyandu"/>
<updated>2024-08-19T07:00:00Z</updated>
<content type="html">&lt;p&gt;Wali Kota meninjau posyandu yang melayani 240 balita.&lt;/p&gt;
&lt;p&gt;Prevalensi stunting turun menjadi 14,3 persen.&lt;/p&gt;</content></entry>
</feed>
"""


def _paragraphs(body: str) -> list[str]:
    return body.split("\n\n")


def test_txt_first_line_is_title_rest_is_body(write) -> None:
    art = read_one(write("rilis.txt", TEXT))
    assert art.title == TITLE
    assert _paragraphs(art.body) == [PARA1, PARA2]
    assert art.dateline == "Kasongan"
    assert art.published == date(2024, 6, 3)
    assert art.content_hash and len(art.content_hash) == 64


def test_txt_leading_blank_lines_and_crlf(write) -> None:
    art = read_one(write("crlf.txt", ("\r\n\r\n  \r\n" + TEXT.replace("\n", "\r\n"))))
    assert art.title == TITLE
    assert _paragraphs(art.body) == [PARA1, PARA2]


def test_txt_without_blank_lines_one_paragraph_per_line(write) -> None:
    art = read_one(write("rapat.txt", f"{TITLE}\n{PARA1}\n{PARA2}\n"))
    assert _paragraphs(art.body) == [PARA1, PARA2]


def test_md_strips_heading_marks(write) -> None:
    art = read_one(write("rilis.md", f"# {TITLE}\n\n{PARA1}\n\n{PARA2}\n"))
    assert art.title == TITLE
    assert "#" not in art.title
    assert _paragraphs(art.body) == [PARA1, PARA2]


def test_same_text_same_hash_whatever_the_format(write) -> None:
    a = read_one(write("a.txt", TEXT))
    b = read_one(write("b.md", "# " + TEXT))
    c = read_one(write("c.txt", TEXT.replace("\n\n", "\n\n\n").replace("Pemkab", "Pemkab ")))
    assert a.content_hash == b.content_hash == c.content_hash


def test_html_portal_keeps_article_drops_navigation_sidebar_share_comments(write) -> None:
    art = read_one(write("portal/berita jembatan.html", PORTAL_HTML))
    assert art.title == "Bupati Resmikan Jembatan Desa Sungai Rawa"
    assert "jembatan gantung sepanjang 120 meter" in art.body
    assert "setiap pagi" in art.body
    for junk in ("Beranda", "Profil Daerah", "Bagikan ke Facebook", "WhatsApp", "Mantap pak bupati",
                 "Berita Terpopuler", "Festival Budaya", "Hak Cipta", "skrip pelacak", "Komentar"):
        assert junk not in art.body, junk
    assert art.body.startswith("KASONGAN")
    assert len(_paragraphs(art.body)) == 3
    assert art.published == date(2024, 5, 14)
    assert art.dateline == "Kasongan"
    assert art.source == "Portal Resmi Pemkab Katingan"


def test_htm_suffix_uses_the_html_reader(write) -> None:
    art = read_one(write("rilis.HTM", PORTAL_HTML))
    assert "jembatan gantung" in art.body


def test_docx_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph("")
    document.add_paragraph(PARA1)
    document.add_paragraph(PARA2)
    path = tmp_path / "siaran pers.docx"
    document.save(str(path))
    art = read_one(path)
    assert art.title == TITLE
    assert _paragraphs(art.body) == [PARA1, PARA2]
    assert art.dateline == "Kasongan"


def test_pdf_text_layer(write) -> None:
    lines = ["Dinas Kesehatan Gelar Vaksinasi Massal", "",
             "SAMPIT – Dinas Kesehatan Kotawaringin Timur memvaksin 1.250 anak pada 3/12/2024.",
             "Vaksinasi berlangsung di 14 puskesmas, kata Kepala Dinas di café “Sehat”."]
    art = read_one(write("vaksinasi.pdf", make_pdf(lines)))
    assert art.title == "Dinas Kesehatan Gelar Vaksinasi Massal"
    assert "1.250 anak" in art.body
    assert '"Sehat"' in art.body  # typographic quotes normalised
    assert "café" in art.body
    assert art.dateline == "Sampit"
    assert art.published == date(2024, 12, 3)


def test_json_single_object_and_list(write) -> None:
    obj = {"title": TITLE, "body": f"{PARA1}\n\n{PARA2}", "date": "2024-06-03",
           "source": "Humas Katingan", "url": "https://katingan.example.go.id/bibit-karet"}
    art = read_one(write("satu.json", json.dumps(obj)))
    assert (art.title, art.published, art.source, art.url) == (
        TITLE, date(2024, 6, 3), "Humas Katingan", "https://katingan.example.go.id/bibit-karet")
    two = [obj, {"judul": "Rapat Evaluasi Program Air Bersih", "content": "Rapat evaluasi digelar di aula."}]
    out = read_all(write("dua.json", json.dumps(two, ensure_ascii=False)))
    assert [a.title for a in out if isinstance(a, Article)] == [TITLE, "Rapat Evaluasi Program Air Bersih"]


@pytest.mark.parametrize("key", ["body", "content", "text", "isi"])
def test_json_body_keys(write, key: str) -> None:
    art = read_one(write(f"k_{key}.json", json.dumps({"title": "Judul Uji", key: PARA1})))
    assert art.body == PARA1


def test_jsonl_each_line_an_article_bad_lines_reported_with_line_number(write) -> None:
    lines = [json.dumps({"title": f"Rilis nomor {i}", "text": f"Isi rilis nomor {i} tentang jalan desa."})
             for i in range(3)]
    lines.insert(1, "")
    lines.insert(2, '["bukan", "objek"]')
    lines.append("{rusak")
    lines.append(json.dumps({"title": 7, "body": "judul berupa angka"}))
    path = write("kumpulan rilis.jsonl", "\n".join(lines) + "\n")
    out = read_all(path)
    arts = [a for a in out if isinstance(a, Article)]
    errs = [e for e in out if isinstance(e, IngestError)]
    assert [a.title for a in arts] == ["Rilis nomor 0", "Rilis nomor 1", "Rilis nomor 2"]
    assert len(errs) == 3
    assert errs[0].path == f"{path}:3" and "objek" in errs[0].reason
    assert errs[1].path == f"{path}:6" and "JSON" in errs[1].reason
    assert errs[2].path == f"{path}:7" and "judul" in errs[2].reason


def test_rss_feed_items(write) -> None:
    path = write("umpan.xml", RSS)
    out = read_all(path)
    assert all(isinstance(a, Article) for a in out), out
    first, second = out
    assert first.title == "Gubernur Buka Pasar Murah Jelang Lebaran"
    assert _paragraphs(first.body) == [
        "PALANGKA RAYA – Gubernur membuka pasar murah di halaman kantor gubernur.",
        "Sebanyak 3.000 paket sembako dijual dengan harga Rp 75.000 per paket."]
    assert "alert" not in first.body
    assert first.published == date(2024, 4, 2)
    assert first.dateline == "Palangka Raya"
    assert first.source == "Humas Pemprov Contoh"
    assert first.url == "https://contoh.example.go.id/berita/pasar-murah"
    assert second.published == date(2024, 4, 3)
    assert first.path == second.path == str(path)  # the file; a failing entry's message names its number


def test_atom_feed_entry(write) -> None:
    art = read_one(write("umpan.atom", ATOM))
    assert art.title == "Wali Kota Tinjau Posyandu Kelurahan Baru"
    assert "14,3 persen" in art.body
    assert art.published == date(2024, 8, 19)
    assert art.url == "https://kota.example.go.id/posyandu"


def test_supported_suffixes_cover_the_issue() -> None:
    assert {".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".json", ".jsonl", ".xml"} <= SUPPORTED_SUFFIXES


def test_unsupported_suffix_is_an_ingest_error(write) -> None:
    from ingest_helpers import read_error

    err = read_error(write("tabel.odp", b"PK\x03\x04"))
    assert "tidak didukung" in err.reason


def test_pdf_wrapped_lines_joined_into_paragraphs(write) -> None:
    lines = ["Pelatihan Kader Posyandu Se-Kecamatan",
             "TAMIANG LAYANG – Dinas Kesehatan melatih 60 kader posyandu",
             "dari sebelas desa selama dua hari, Rabu (8/5/2024).",
             "Pelatihan berfokus pada pengukuran tinggi badan balita",
             "dan pencatatan gizi."]
    art = read_one(write("pelatihan.pdf", make_pdf(lines)))
    assert art.title == "Pelatihan Kader Posyandu Se-Kecamatan"
    assert _paragraphs(art.body) == [
        "TAMIANG LAYANG – Dinas Kesehatan melatih 60 kader posyandu dari sebelas desa selama dua hari, "
        "Rabu (8/5/2024).",
        "Pelatihan berfokus pada pengukuran tinggi badan balita dan pencatatan gizi."]
    assert art.dateline == "Tamiang Layang"
