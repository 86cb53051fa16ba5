"""Real releases as offices publish them: CMS dumps of any shape, registers, letterheads, PDF
layout, Word tables, mixed encodings and dates. Every input here is our own, with invented names;
each reproduces a fault class seen in real material (../shared/field-cases, releases-dev)."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from arsip_berita.core.errors import IngestError
from arsip_berita.core.model import Article
from arsip_berita.ingest.dates import parse_date
from arsip_berita.ingest.readers import page_date

from ingest_helpers import lines_at, make_pdf_pages, read_all, read_one

LEAD = ("Pemerintah Kabupaten Sukamaju menyalurkan bantuan beras kepada 1.250 keluarga penerima manfaat "
        "di enam kecamatan, Senin (3/6/2024).")


# --- CMS dumps: any row shape ---------------------------------------------------------------

@pytest.mark.parametrize("row", [
    {"id_posting": "7", "judul_posting": "Bantuan Beras Tersalurkan", "isi_posting": f"<p>{LEAD}</p>"},
    {"judul_berita": "Bantuan Beras Tersalurkan", "isi_berita": f"<p style='x'>{LEAD}</p>", "hits": "4"},
    {"judul": "Bantuan Beras Tersalurkan", "konten": LEAD},
    {"title": "Bantuan Beras Tersalurkan", "deskripsi": LEAD},
    {"nama_kolom_baru": "Bantuan Beras Tersalurkan", "teks_lengkap_rilis": f"<div>{LEAD}</div>"},
])
def test_any_cms_row_shape_imports(write, row: dict[str, str]) -> None:
    art = read_one(write("dump.json", json.dumps(row)))
    assert art.body == LEAD
    assert "<" not in art.body


def test_body_found_by_content_when_its_name_is_unknown(write) -> None:
    row = {"kode": "A-17", "gambar": "upload/foto.jpg", "uraian_panjang": LEAD * 2, "judul": "Bantuan Beras"}
    art = read_one(write("x.json", json.dumps(row)))
    assert art.title == "Bantuan Beras" and art.body.startswith("Pemerintah Kabupaten Sukamaju")


def test_envelope_and_double_escaped_html(write) -> None:
    escaped = "&amp;lt;p&amp;gt;Inflasi Kota Sukamaju &amp;amp;nbsp;tercatat 2,1 persen.&amp;lt;/p&amp;gt;"
    data = {"status": "OK", "data": {"brs_id": 9, "title": "Inflasi Kota Sukamaju", "abstract": escaped + " " * 5
                                     + escaped.replace("2,1", "2,3"), "rl_date": "2024-02-01"}}
    art = read_one(write("api.json", json.dumps(data)))
    assert art.body.startswith("Inflasi Kota Sukamaju tercatat 2,1 persen.")
    assert "&" not in art.body and "<" not in art.body
    assert art.published == date(2024, 2, 1)


def test_entities_without_tags_are_decoded(write) -> None:
    row = {"judul": "Rapat Koordinasi", "isi": "Bupati &ldquo;menegaskan&rdquo; target &ndash; 12 desa R&amp;D "
           "harus tuntas bulan ini bersama camat dan kepala desa."}
    art = read_one(write("x.json", json.dumps(row)))
    assert '"menegaskan"' in art.body and "–" in art.body and "R&D" in art.body


def test_wordpress_body_loses_comments_images_and_nbsp(write) -> None:
    isi = ("<p><!-- wp:paragraph --></p><p>Desa Sukamaju&nbsp;meraih penghargaan desa mandiri tahun ini.</p>"
           "<p><img src='a.jpg' alt='Kepala Desa menerima piagam dari Bupati' /></p>"
           "<p>&ldquo;Terima kasih,&rdquo; pungkasnya.</p>")
    line = json.dumps({"judul": "Desa Mandiri", "isi": isi, "tgl_upload": "2024-09-12 11:58:21"})
    art = read_one(write("opensid.jsonl", line + "\n"))
    assert "wp:paragraph" not in art.body and "piagam" not in art.body and "&" not in art.body
    assert art.body.split("\n\n") == ["Desa Sukamaju meraih penghargaan desa mandiri tahun ini.",
                                      '"Terima kasih," pungkasnya.']
    assert art.published == date(2024, 9, 12)


def test_row_without_article_text_is_named_and_the_rest_imports(write) -> None:
    rows = [{"judul": "Berita Satu", "isi": LEAD}, {"judul": "Foto Kegiatan", "gambar": "a.jpg"},
            {"judul": "Berita Tiga", "isi": LEAD.replace("beras", "minyak goreng")}]
    path = write("dump.json", json.dumps(rows))
    out = read_all(path)
    assert [isinstance(x, Article) for x in out] == [True, False, True]
    err = out[1]
    assert isinstance(err, IngestError) and f"{path}#2" in err.user_message
    assert all(a.path == str(path) for a in out if isinstance(a, Article))


# --- registers: CSV and Excel ---------------------------------------------------------------

def test_csv_register_one_article_per_row(write) -> None:
    content = ("title,date,url,content,scraped_at\n"
               f',15 jam lalu,https://contoh.go.id/berita/hoaks-banjir-di-kota-sukamaju,"{LEAD}",2025-12-04 08:00:00\n'
               f'Pasar Murah Digelar,2 Desember 2025,https://contoh.go.id/b/2,"{LEAD.replace("beras", "gula")}",\n'
               f',3 hari lalu,https://contoh.go.id/b/3,"{LEAD.replace("beras", "telur")}",\n')
    path = write("register.csv", content)
    arts = [a for a in read_all(path) if isinstance(a, Article)]
    assert len(arts) == 3
    assert arts[0].title == "Hoaks Banjir di Kota Sukamaju" and arts[0].published == date(2025, 12, 3)
    assert arts[1].title == "Pasar Murah Digelar" and arts[1].published == date(2025, 12, 2)
    # No scrape time: the relative date is never the import date; the lead's own date is used.
    assert arts[2].published == date(2024, 6, 3)
    again = [a.content_hash for a in read_all(path) if isinstance(a, Article)]
    assert again == [a.content_hash for a in arts]  # a re-import finds the same articles (duplicates)


def test_excel_register(write) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "Judul Siaran Pers", "Tanggal Terbit", "Isi"])
    sheet.append([1, "Bantuan Beras Tersalurkan", datetime(2024, 6, 3), LEAD])
    sheet.append([2, "Baris Kosong", None, None])
    buf = io.BytesIO()
    book.save(buf)
    out = read_all(write("register.xlsx", buf.getvalue()))
    arts = [a for a in out if isinstance(a, Article)]
    errs = [e for e in out if isinstance(e, IngestError)]
    assert len(arts) == 1 and arts[0].title == "Bantuan Beras Tersalurkan" and arts[0].published == date(2024, 6, 3)
    assert len(errs) == 1 and "baris 3" in errs[0].user_message


# --- release anatomy ------------------------------------------------------------------------

KOP_RELEASE = """PEMERINTAH KABUPATEN SUKAMAJU
DINAS KOMUNIKASI DAN INFORMATIKA
Jl. Merdeka No. 4, Sukamaju 45123, Telp. (0265) 771234
SIARAN PERS
Nomor: 045/SP/Diskominfo/VI/2024
Tanggal: 4 Juni 2024

Bupati Sukamaju Lepas 120 Relawan Posyandu

SUKAMAJU – Bupati Sukamaju melepas 120 relawan posyandu di alun-alun, Senin (3/6).
"""


def test_letterhead_is_metadata_and_the_headline_is_the_title(write) -> None:
    art = read_one(write("rilis.txt", KOP_RELEASE))
    assert art.title == "Bupati Sukamaju Lepas 120 Relawan Posyandu"
    assert art.release_no == "045/SP/Diskominfo/VI/2024"
    assert art.issuer == "Pemerintah Kabupaten Sukamaju, Dinas Komunikasi dan Informatika"
    assert art.published == date(2024, 6, 4)
    assert art.body.startswith("SUKAMAJU – Bupati") and "Telp" not in art.body and "Nomor" not in art.body
    assert art.dateline == "Sukamaju"


def test_json_title_that_is_a_letterhead_gives_way_to_the_headline(write) -> None:
    row = {"title": "PEMERINTAH KOTA SUKAMAJU", "body": "SIARAN PERS\nWali Kota Resmikan Taman Kota\n\n" + LEAD}
    art = read_one(write("x.json", json.dumps(row)))
    assert art.title == "Wali Kota Resmikan Taman Kota" and art.issuer == "Pemerintah Kota Sukamaju"


def test_docx_kop_table_and_template_date(write) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in ("PEMERINTAH PROVINSI CONTOH", "BIRO ADMINISTRASI PIMPINAN", "SIARAN PERS", "NOMOR 77/SP/XI/2020",
                 "TENTANG", "GUBERNUR CEK KESIAPAN POMPA BANJIR",
                 "Sukamaju – Gubernur Contoh memeriksa kesiapan pompa, Senin (23/11/2020). Rinciannya sebagai berikut."):
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=3)
    for r, cells in enumerate([("Wilayah", "Pompa", "Rumah pompa"), ("Sukamaju Hilir", "41", "12")]):
        for c, text in enumerate(cells):
            table.rows[r].cells[c].text = text
    document.add_paragraph("Data per November 2020.")
    document.core_properties.created = datetime(2013, 5, 2)
    buf = io.BytesIO()
    document.save(buf)
    art = read_one(write("rilis.docx", buf.getvalue()))
    assert art.title == "GUBERNUR CEK KESIAPAN POMPA BANJIR"
    assert art.published == date(2020, 11, 23)  # the release's own date, not the template's 2013
    assert "Sukamaju Hilir | 41 | 12" in art.body.split("\n\n")
    assert art.release_no == "77/SP/XI/2020" and "TENTANG" not in art.body


# --- PDF ------------------------------------------------------------------------------------

def test_pdf_hyphens_running_header_and_page_numbers(write) -> None:
    page1 = lines_at(["BADAN PUSAT STATISTIK", "No. 12/02/99/Th. V, 3 Februari 2025",
                      "PROFIL KEMISKINAN PROVINSI CONTOH", "",
                      "Jum-", "lah penduduk miskin turun. Program pe-", "nanggulangan kemiskinan di masing-",
                      "masing kabupaten mengikuti Undang-", "Undang Nomor 23 Tahun 2014."]) + [(290, 40, "1")]
    page2 = ([(72, 800, "Berita Resmi Statistik No. 12/02/99/Th. V, 3 Februari 2025")]
             + lines_at(["Persentase penduduk miskin perkotaan turun menjadi 6,1 persen."], top=700)
             + [(290, 40, "2")])
    art = read_one(write("brs.pdf", make_pdf_pages([page1, page2])))
    assert art.title == "PROFIL KEMISKINAN PROVINSI CONTOH"
    assert art.published == date(2025, 2, 3) and art.release_no == "12/02/99/Th. V"
    for word in ("Jumlah penduduk", "penanggulangan", "masing-masing", "Undang-Undang Nomor"):
        assert word in art.body
    assert "Berita Resmi Statistik" not in art.body
    assert not any(p.strip() in ("1", "2") for p in art.body.split("\n\n"))


def test_pdf_drawn_word_by_word_reads_as_lines(write) -> None:
    words = "Bupati menyerahkan bantuan Rp150 juta kepada koperasi nelayan Sukamaju.".split()
    x, items = 72.0, []
    for w in words:
        items.append((x, 700, w))
        x += 6.2 * len(w) + 4
    art = read_one(write("gdocs.pdf", make_pdf_pages([lines_at(["Koperasi Nelayan Terima Bantuan"]) + items])))
    assert art.title == "Koperasi Nelayan Terima Bantuan"
    assert art.body == " ".join(words)


# --- encodings ------------------------------------------------------------------------------

def test_utf8_file_with_a_cp1252_paragraph(write) -> None:
    data = ("Judul Rilis\n\nKota Sukamaju \u2013 Wali Kota membuka pasar.\n\n".encode("utf-8")
            + "\u201cKami siap,\u201d ujarnya \u2013 singkat.".encode("cp1252"))
    art = read_one(write("campur.txt", data))
    assert art.body == 'Kota Sukamaju – Wali Kota membuka pasar.\n\n"Kami siap," ujarnya – singkat.'
    assert art.dateline == "Kota Sukamaju"


def test_mojibake_is_repaired(write) -> None:
    row = {"judul": "Pasar Rakyat", "isi": "Sukamaju \u00e2\u20ac\u201c Bupati meresmikan pasar rakyat di "
           "Kecamatan Cibeureum bersama \u00e2\u20ac\u0153warga\u00e2\u20ac\u009d setempat."}
    art = read_one(write("x.json", json.dumps(row)))
    assert art.body.startswith("Sukamaju – Bupati") and "â€" not in art.body and '"warga"' in art.body


def test_symbol_font_bullets_and_c1_controls_leave_the_body(write) -> None:
    row = {"judul": "Ringkasan BRS", "isi": "\u0084Ringkasan:\n\n\uf0e3\tTPT turun menjadi 4,2 persen.\n\n"
           "\uf0e4\tUpah rata-rata naik menjadi 3,1 juta rupiah."}
    art = read_one(write("x.json", json.dumps(row)))
    assert not any("\x80" <= c <= "\x9f" or "\ue000" <= c <= "\uf8ff" for c in art.body)
    assert "• TPT turun" in art.body


# --- dates ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, reference, expected", [
    ("Pelatihan berlangsung Selasa sampai Rabu (10-11/06/2025) di aula dinas.", None, date(2025, 6, 10)),
    ("Sidang dibuka Kamis (24/3).", 2022, date(2022, 3, 24)),
    ("Hujan lebat pada 16 February 2026, 23:00 WIB.", None, date(2026, 2, 16)),
    ("Berlaku hingga 7 October 2025.", None, date(2025, 10, 7)),
    ("Kamis, 27 Okt 2022 10:15 WIB", None, date(2022, 10, 27)),
    ("Tim datang pada hari Sabtu 6/Juni/2026 ke kantor desa.", None, date(2026, 6, 6)),
    ("dibuka 3-Jan-2024 pukul 08.00", None, date(2024, 1, 3)),
])
def test_dates_as_releases_write_them(text: str, reference: int | None, expected: date) -> None:
    assert parse_date(text, reference) == expected


def test_year_of_a_short_date_comes_from_the_release(write) -> None:
    text = "SIARAN PERS\nTanggal: 25 Maret 2023\n\nMenteri Buka Forum\n\nSukamaju – Menteri membuka forum, Jumat (24/3)."
    assert read_one(write("r.txt", text)).published == date(2023, 3, 25)
    row = {"judul": "Menteri Buka Forum", "isi": "Sukamaju – Menteri membuka forum energi, Jumat (24/3) pagi.",
           "created_at": "2023-03-24 18:00:00"}
    assert read_one(write("r.json", json.dumps(row))).published == date(2023, 3, 24)


PAGE = """<html><head><title>Bupati Tinjau Bendungan - Portal Sukamaju</title></head><body>
<div class="topbar">Senin, 30 November 2026</div>
<main><article><h1>Bupati Tinjau Bendungan</h1>
<div class="meta">Kamis, 27 Okt 2022</div>
<p>SUKAMAJU – Bupati Sukamaju meninjau pembangunan bendungan di Desa Cibodas bersama Kepala Dinas PUPR.</p>
<p>Pembangunan bendungan ditargetkan selesai akhir tahun depan dengan anggaran Rp 48 miliar.</p>
</article>
<aside class="sidebar"><h3>Terbaru</h3><a href="/b/2">Pasar Murah</a> <time datetime="2022-11-14">14 Nov 2022</time></aside>
</main></body></html>"""


def test_page_date_is_the_articles_own_not_the_chrome(write) -> None:
    assert page_date(PAGE, "Bupati Tinjau Bendungan") == "2022-10-27"
    art = read_one(write("page.html", PAGE))
    assert art.published == date(2022, 10, 27) and art.title == "Bupati Tinjau Bendungan"


# --- Markdown and feeds ---------------------------------------------------------------------

def test_markdown_metadata_table_emphasis_and_data_tables(write) -> None:
    md = ("# Bupati Resmikan Jembatan\n\n| Field | Value |\n|---|---|\n| Author | Rina Contoh |\n"
          "| Short URL | https://berita.contoh/read/2025/06/02/1234/bupati-resmikan |\n\n"
          "![foto jembatan](https://x/y.jpg)\n\n**SUKAMAJU, Contoh.com** - Bupati meresmikan jembatan gantung.\n\n"
          "| Desa | Panjang |\n|---|---|\n| Cibodas | 120 m |\n")
    art = read_one(write("a.md", md))
    assert art.title == "Bupati Resmikan Jembatan" and art.published == date(2025, 6, 2)
    assert "**" not in art.body and "Rina Contoh" not in art.body and "foto jembatan" not in art.body
    assert "Cibodas | 120 m" in art.body and "|---" not in art.body


def test_feed_item_with_only_a_description_in_cdata(write) -> None:
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Desa Sukamaju</title><item>"
            "<title>Musyawarah Desa</title><pubDate>Mon, 01 Jul 2024 09:00:00 +0700</pubDate>"
            "<description><![CDATA[Sukamaju &ndash; Musyawarah desa menetapkan 87 penerima BLT.]]></description>"
            "</item></channel></rss>")
    art = read_one(write("feed.xml", feed))
    assert art.body.startswith("Sukamaju – Musyawarah") and art.dateline == "Sukamaju"


# --- the field cases, as their README states them (third-party inputs; skipped when absent) -----

FIELD = Path(__file__).resolve().parents[4] / "shared" / "field-cases"


def _field(name: str) -> Path:
    path = FIELD / name
    if not path.exists():
        pytest.skip(f"field case {name} not available (../shared/field-cases is outside the repository)")
    return path


def test_field_cases_reading() -> None:
    from arsip_berita.ingest import read_path

    arts = {name: [a for a in read_path(_field(name)) if isinstance(a, Article)] for name in (
        "03-opensid-artikel-html-isi.jsonl", "04-opensid-feed-entities-in-cdata.xml", "05-dki-siaran-pers-kop-tabel.docx",
        "08-brs-kemiskinan-hyphenation.pdf", "09-esdm-siaran-pers-header.txt", "10-portal-topbar-today-date.html",
        "11-mixed-utf8-cp1252.txt")}
    opensid = arts["03-opensid-artikel-html-isi.jsonl"][0]
    assert "<p" not in opensid.body and "&nbsp;" not in opensid.body and opensid.published == date(2024, 9, 12)
    feed2 = arts["04-opensid-feed-entities-in-cdata.xml"][1]
    assert feed2.body.startswith("Sukamaju – Musyawarah") and feed2.dateline == "Sukamaju"
    dki = arts["05-dki-siaran-pers-kop-tabel.docx"][0]
    assert dki.title.startswith("PIMPIN APEL KESIAPAN") and dki.published == date(2020, 11, 23)
    assert "Jakarta Utara" in dki.body
    brs = arts["08-brs-kemiskinan-hyphenation.pdf"][0]
    assert brs.title == "PROFIL KEMISKINAN DI INDONESIA MARET 2019"
    for word in ("Jumlah penduduk", "penanggulangan", "masing-masing", "Undang-Undang"):
        assert word in brs.body
    esdm = arts["09-esdm-siaran-pers-header.txt"][0]
    headline = _field("09-esdm-siaran-pers-header.txt").read_text(encoding="utf-8").split("\n\n")[1].strip()
    assert esdm.title == headline  # the line after the release header, not the letterhead
    assert esdm.published == date(2022, 3, 24)
    assert arts["10-portal-topbar-today-date.html"][0].published == date(2023, 12, 28)
    mixed = arts["11-mixed-utf8-cp1252.txt"][0]
    assert mixed.body.startswith("Kota Contoh – Wali Kota") and "â€" not in mixed.body and mixed.dateline == "Kota Contoh"


# --- database dumps and nested API rows -------------------------------------------------------

SQL_DUMP = """-- dump of a portal CMS
CREATE TABLE `users` (`id` int NOT NULL, `nama` varchar(50), PRIMARY KEY (`id`));
INSERT INTO `users` VALUES (1,'admin'),(2,'redaksi');
CREATE TABLE `tb_berita` (
  `id_berita` int(11) NOT NULL AUTO_INCREMENT,
  `judul_berita` varchar(255) DEFAULT NULL,
  `isi_berita` longtext,
  `tgl_posting` datetime DEFAULT NULL,
  PRIMARY KEY (`id_berita`)
);
INSERT INTO `tb_berita` VALUES (1,'Bupati Buka Pasar Rakyat','<p>Bupati Sukamaju membuka pasar rakyat, katanya \\'ramai\\' sejak pagi (Senin).</p>','2024-01-08 10:00:00'),
(2,'Draf Tanpa Isi',NULL,NULL),(3,'Festival Kopi Sukamaju','<p>Festival kopi menghadirkan 40 petani dari enam kecamatan di alun-alun.</p>','2024-02-10 08:30:00');
"""


def test_sql_dump_rows_of_the_article_table(write) -> None:
    path = write("portal.sql", SQL_DUMP)
    out = read_all(path)
    arts = [a for a in out if isinstance(a, Article)]
    errs = [e for e in out if isinstance(e, IngestError)]
    assert [a.title for a in arts] == ["Bupati Buka Pasar Rakyat", "Festival Kopi Sukamaju"]
    assert arts[0].body == "Bupati Sukamaju membuka pasar rakyat, katanya 'ramai' sejak pagi (Senin)."
    assert arts[0].published == date(2024, 1, 8)
    assert len(errs) == 1 and "tb_berita baris 2" in errs[0].user_message  # the users table is no error


def test_postgres_copy_block(write) -> None:
    dump = ("COPY public.siaran (id, judul, isi, tanggal) FROM stdin;\n"
            "1\tDinas Kesehatan Gelar Vaksinasi\tDinas Kesehatan Sukamaju menggelar vaksinasi di 12 puskesmas.\\n"
            "Warga diminta membawa KTP.\t2024-03-05\n\\.\n")
    art = read_one(write("arsip.sql", dump))
    assert art.title == "Dinas Kesehatan Gelar Vaksinasi" and art.published == date(2024, 3, 5)
    assert art.body.startswith("Dinas Kesehatan Sukamaju menggelar vaksinasi")


def test_wordpress_rest_rows_with_rendered_fields(write) -> None:
    rows = [{"id": 41, "date": "2024-05-02T09:00:00", "link": "https://sukamaju.go.id/pasar-rakyat",
             "title": {"rendered": "Pasar Rakyat &#8211; Dibuka"},
             "content": {"rendered": f"<p>{LEAD}</p>", "protected": False},
             "excerpt": {"rendered": "<p>Ringkas.</p>"}}]
    art = read_one(write("wp.json", json.dumps(rows)))
    assert art.title == "Pasar Rakyat – Dibuka" and art.body == LEAD
    assert art.published == date(2024, 5, 2) and art.url == "https://sukamaju.go.id/pasar-rakyat"


def test_old_office_formats_get_a_hint(write) -> None:
    from ingest_helpers import read_error

    err = read_error(write("rilis.doc", b"\xd0\xcf\x11\xe0 lama"))
    assert ".docx" in err.reason


def test_csv_cells_over_many_lines_with_quotes_and_commas(write) -> None:
    cell = ('Penjelasan:\nBeredar unggahan "bantuan gratis", katanya dari DPR dan WhatsApp resmi.\n'
            'Link Counter :\nhttps://cekfakta.contoh/artikel-1')
    content = "title,date,url,content,scraped_at\n"
    for i in range(3):
        content += f',{i + 1} hari lalu,https://contoh.go.id/hoaks/hoaks-dpr-bagikan-pulsa-lewat-whatsapp?id={i},"{cell.replace(chr(34), chr(34) * 2)}",2025-12-04\n'
    arts = [a for a in read_all(write("reg.csv", content)) if isinstance(a, Article)]
    assert len(arts) == 3
    assert arts[0].title == "Hoaks DPR Bagikan Pulsa Lewat WhatsApp"  # capitals taken back from the body
    assert arts[0].body.startswith('Penjelasan: Beredar unggahan "bantuan gratis"')
    assert [a.published for a in arts] == [date(2025, 12, 3), date(2025, 12, 2), date(2025, 12, 1)]


def test_c1_glyph_bullets_from_a_pdf_layer_become_bullets(write) -> None:
    row = {"judul": "Ringkasan BRS", "isi": "Ringkasan\n\n\x84 TPT turun menjadi 4,2 persen.\n\x84 Upah naik 3 persen."}
    art = read_one(write("x.json", json.dumps(row)))
    assert "• TPT turun" in art.body and "• Upah naik" in art.body and '"' not in art.body


def test_body_opening_with_its_headline_loses_it(write) -> None:
    row = {"judul": "Wali Kota Lantik Pengurus Forum Desa", "isi": "<div>Wali Kota Lantik Pengurus Forum Desa</div>"
           "<div>SUKAMAJU - Wali Kota Sukamaju melantik pengurus forum desa periode 2025-2030.</div>"}
    art = read_one(write("x.json", json.dumps(row)))
    assert art.body == "SUKAMAJU - Wali Kota Sukamaju melantik pengurus forum desa periode 2025-2030."
    assert art.dateline == "Sukamaju"


CARD_PAGE = """<html><head><title>PortalKita</title></head><body>
<nav><a href="/">Beranda</a></nav>
<div class="card"><div class="card-body">
<h5 class="card-title">Wakil Bupati Terima Tim Pemeriksa Keuangan Provinsi</h5>
<p class="card-text">SUKAMAJU - Wakil Bupati menerima tim pemeriksa di ruang rapat, Selasa (21/3/2023).</p>
<p class="card-text">Pemeriksaan berlangsung selama 30 hari kerja.</p>
<p class="card-text"><small>Rabu, 22 Maret 2023</small></p>
</div></div><footer>Hak cipta 2023</footer></body></html>"""


def test_site_name_title_and_byline_after_the_text(write) -> None:
    art = read_one(write("card.html", CARD_PAGE))
    assert art.title == "Wakil Bupati Terima Tim Pemeriksa Keuangan Provinsi"  # not the site name
    assert art.published == date(2023, 3, 22)  # the byline, not the event date in the lead


def test_docx_letterhead_in_a_table_or_the_page_header(write) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "PEMERINTAH KOTA SUKAMAJU"
    kop = document.add_table(rows=1, cols=2)
    kop.rows[0].cells[0].text = ""
    kop.rows[0].cells[1].text = "DINAS KESEHATAN"
    kop.rows[0].cells[1].add_paragraph("Jl. Veteran No. 12, Sukamaju 45111")
    for line in ("SIARAN PERS", "Nomor: 12/SP/Dinkes/2024", "Dinkes Gelar Vaksinasi Anak Sekolah",
                 "SUKAMAJU – Dinas Kesehatan menggelar vaksinasi di 30 sekolah dasar, Senin (5/8/2024)."):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    art = read_one(write("kop.docx", buf.getvalue()))
    assert art.title == "Dinkes Gelar Vaksinasi Anak Sekolah"
    assert art.issuer == "Pemerintah Kota Sukamaju, Dinas Kesehatan" and art.release_no == "12/SP/Dinkes/2024"
    assert art.body.startswith("SUKAMAJU – Dinas Kesehatan") and "Veteran" not in art.body


def test_a_file_without_any_article_row_is_one_message(write) -> None:
    lines = "\n".join(json.dumps({"file": f"{i}.json", "format": "json", "chars": 1200}) for i in range(40))
    out = read_all(write("manifest.jsonl", lines + "\n"))
    assert len(out) == 1 and isinstance(out[0], IngestError) and "40 baris" in out[0].reason


def test_xml_export_that_is_not_a_feed(write) -> None:
    xml = ("<?xml version='1.0' encoding='UTF-8'?><data>"
           "<berita><id>1</id><judul>Bupati Resmikan Pasar</judul><tanggal>2024-03-02</tanggal>"
           "<isi><![CDATA[<p>Bupati Sukamaju meresmikan pasar rakyat di Kecamatan Cibeureum.</p>]]></isi></berita>"
           "<berita><id>2</id><judul>Festival Kopi</judul><tanggal>2024-03-05</tanggal>"
           "<isi><p>Festival kopi menghadirkan 40 petani.</p><p>Acara berlangsung dua hari.</p></isi></berita></data>")
    arts = [a for a in read_all(write("ekspor.xml", xml)) if isinstance(a, Article)]
    assert [(a.title, a.published) for a in arts] == [("Bupati Resmikan Pasar", date(2024, 3, 2)),
                                                      ("Festival Kopi", date(2024, 3, 5))]
    assert arts[1].body == "Festival kopi menghadirkan 40 petani.\n\nAcara berlangsung dua hari."


def test_body_as_a_list_of_paragraphs_and_read_also_links(write) -> None:
    row = {"title": "Sekda Pimpin Rapat", "paragraphs": [
        "Sekretaris Daerah Sukamaju memimpin rapat persiapan hari jadi kabupaten.",
        "Baca juga: Bupati Tinjau Jembatan Gantung", "Rapat dihadiri kepala perangkat daerah."]}
    art = read_one(write("x.json", json.dumps(row)))
    assert art.body == ("Sekretaris Daerah Sukamaju memimpin rapat persiapan hari jadi kabupaten.\n\n"
                        "Rapat dihadiri kepala perangkat daerah.")


def test_words_split_with_a_space_after_the_hyphen(write) -> None:
    row = {"judul": "Rapat Anggaran", "isi": "Rapat pe- merintah daerah membahas penang- gulangan banjir, "
           "ibu- ibu PKK, bantuan non- subsidi dan cinta tanah- air."}
    art = read_one(write("x.json", json.dumps(row)))
    assert art.body == ("Rapat pemerintah daerah membahas penanggulangan banjir, ibu-ibu PKK, bantuan non-subsidi "
                        "dan cinta tanah- air.")


def test_page_whose_title_is_the_office_letterhead(write) -> None:
    page = ("<html><head><title>DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU</title></head><body>"
            "<article><h2>Bupati Sukamaju Buka Festival Durian</h2><p>SUKAMAJU - Bupati membuka festival durian "
            "yang diikuti 40 petani dari enam kecamatan, Sabtu (7/12/2024).</p></article></body></html>")
    art = read_one(write("kop.html", page))
    assert art.title == "Bupati Sukamaju Buka Festival Durian"
