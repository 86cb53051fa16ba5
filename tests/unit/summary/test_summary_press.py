"""Press-release aware summaries: dateline and reporting formulas cut, key figure kept, no repeats.

All releases here are invented for these tests.
"""

from __future__ import annotations

from decimal import Decimal

from arsip_berita.core.model import Extraction, Statistic
from arsip_berita.summary import press
from arsip_berita.summary.features import candidates
from arsip_berita.summary.splitter import split_spans
from arsip_berita.summary.summarizer import near_duplicate, select, summarize

RELEASE = (
    "MAKASSAR \u2013 Pemerintah Kota Makassar meluncurkan program sekolah lapang bagi petani kota "
    "di Kecamatan Tamalate, Kamis (6/3/2025).\n"
    "Kegiatan ini dibuka secara resmi oleh Asisten II Setda Kota Makassar yang mewakili Wali Kota, "
    "ditandai dengan pemukulan gong.\n"
    "Turut hadir para camat, lurah, dan penyuluh pertanian dari seluruh kecamatan di kota itu.\n"
    "Menurutnya, program ini menyasar kelompok tani perkotaan yang mengelola lahan pekarangan.\n"
    "Kepala Dinas Pertanian mencatat produksi sayuran kota naik menjadi 4.250 ton pada 2024, "
    "meningkat 12 persen dibanding tahun sebelumnya.\n"
    "Program serupa akan diperluas ke kecamatan lain secara bertahap mulai tahun depan."
)
TITLE = "Pemkot Makassar Luncurkan Sekolah Lapang Petani Kota"


def test_dateline_is_cut_from_the_summary_not_from_the_article() -> None:
    body = RELEASE
    summary = summarize(TITLE, body)
    assert summary.sentences[0].startswith("Pemerintah Kota Makassar meluncurkan")
    assert not any("MAKASSAR \u2013" in s for s in summary.sentences)
    assert body.startswith("MAKASSAR \u2013")  # untouched
    a, b = summary.offsets[0]
    assert body[a:b] == summary.sentences[0]


def test_dateline_forms() -> None:
    for text, rest in [
        ("Jakarta, Humas \u2013 Kementerian membagikan bibit cabai kepada warga.", "Kementerian"),
        ("PALANGKA RAYA - Dinas Sosial menyalurkan beras kepada 300 keluarga.", "Dinas Sosial"),
        ("Sampit (ANTARA) \u2014 Pemkab Kotim memperbaiki jalan desa sepanjang 8 km.", "Pemkab Kotim"),
    ]:
        assert summarize("Judul", text).sentences[0].startswith(rest), text
    # Not a dateline: a dash inside the news, a hyphenated word, and a later sentence.
    keep = "Tim Garuda menang 2 - 1 atas tim tamu dalam laga persahabatan di stadion kota."
    assert summarize("Judul", keep).sentences == (keep,)
    assert press.dateline_end("Program Covid-19 berlanjut di seluruh puskesmas kota.") == 0
    text = "Warga hadir sejak pagi di balai desa. Contoh \u2013 kata itu dipakai di papan nama balai."
    cands = candidates("Judul", text, split_spans(text))
    assert cands[1].vector  # the second sentence is never treated as having a dateline
    assert all(s.startswith(("Warga", "Contoh")) for s in summarize("Judul", text).sentences)


def test_reporting_formula_is_cut_and_sentence_capitalised() -> None:
    assert press.cut("Menurutnya, bantuan disalurkan lewat rekening bank desa.", 0, 57, first=False)[2] == \
        "Bantuan disalurkan lewat rekening bank desa."
    # Too little would be left: the sentence stays whole.
    assert press.cut("Menurutnya, itu benar.", 0, 22, first=False)[2] == "Menurutnya, itu benar."
    body = ("Pemkab Contoh membuka pendaftaran beasiswa bagi mahasiswa dari keluarga kurang mampu. "
            "Dalam sambutannya, Bupati meminta pendaftar melengkapi berkas sebelum akhir bulan ini.")
    summary = summarize("Beasiswa Pemkab Contoh", body, n=2)
    assert summary.sentences[1] == "Bupati meminta pendaftar melengkapi berkas sebelum akhir bulan ini."
    a, b = summary.offsets[1]
    assert body[a:b] == summary.sentences[1]


def test_ceremony_and_attendance_do_not_crowd_out_the_news() -> None:
    summary = summarize(TITLE, RELEASE)
    assert not any("pemukulan gong" in s or s.startswith("Turut hadir") for s in summary.sentences)


def _vegetable_stat(body: str, indicator: str = "produksi sayuran") -> Extraction:
    start = body.index("4.250 ton")
    return Extraction(statistics=(Statistic(Decimal(4250), start, start + 9, "4.250 ton", unit="ton",
                                            indicator=indicator),))


def test_key_statistic_named_by_the_title_is_included_wherever_it_is() -> None:
    # The title names "petani", the indicator is the farmers' vegetable output.
    plain = summarize(TITLE, RELEASE, None, n=2)
    assert not any("4.250 ton" in s for s in plain.sentences)  # plain text: too far down to trust
    summary = summarize(TITLE, RELEASE, _vegetable_stat(RELEASE, "produksi sayuran petani"), n=2)
    assert summary.sentences[0].startswith("Pemerintah Kota Makassar")
    assert summary.sentences[1].startswith("Kepala Dinas Pertanian mencatat produksi sayuran")


def test_key_statistic_not_named_by_the_title_counts_near_the_top_only() -> None:
    # Same release, a title about something else: the late figure is not forced in ...
    summary = summarize(TITLE, RELEASE, _vegetable_stat(RELEASE, "hasil panen"), n=2)
    assert not any("4.250 ton" in s for s in summary.sentences)
    # ... but near the top it is, with an extraction or on plain text (a number with a unit and a change).
    lines = RELEASE.split("\n")
    early = "\n".join([lines[0], lines[4], lines[1], lines[2], lines[3], lines[5]])
    for extraction in (None, _vegetable_stat(early, "hasil panen")):
        summary = summarize(TITLE, early, extraction, n=2)
        assert any("4.250 ton" in s for s in summary.sentences), extraction


def test_key_statistic_rule_swaps_the_weakest_pick_only_when_no_pick_states_one() -> None:
    body = ("Angka pengangguran terbuka Kabupaten Contoh turun menjadi 4,1 persen pada Agustus 2024. "
            "Pemkab menggelar bursa kerja yang diikuti ratusan pencari kerja dari desa-desa. "
            "Bursa kerja itu menghadirkan perusahaan perkebunan, perbankan, dan ritel modern. "
            "Jumlah pencari kerja terdaftar naik menjadi 2.300 orang menurut dinas tenaga kerja.")
    cands = candidates("Pengangguran Turun", body, split_spans(body))
    assert [c.stat for c in cands] == [True, False, False, False]  # the last is beyond the top 40%
    # The lead states a figure: the scores decide alone.
    assert select(cands, [3.0, 2.0, 1.0, 0.0], 2, True, len(cands)) == [0, 1]
    # No pick states one: the weakest pick makes room for the best sentence that does.
    assert select(cands, [0.0, 3.0, 2.0, 1.0], 2, True, len(cands)) == [0, 1]
    assert select(cands, [0.0, 3.0, 2.0, 1.0], 2, False, len(cands)) == [1, 2]
    # One sentence: nothing to swap.
    assert select(cands, [0.0, 3.0, 2.0, 1.0], 1, True, len(cands)) == [1]


def test_never_two_near_identical_sentences() -> None:
    lead = ("Pemerintah Kabupaten Contoh menyalurkan bantuan pangan beras kepada 1.500 keluarga "
            "penerima manfaat di Kecamatan Sukamaju.")
    body = (lead + "\n"
            "Penyaluran dilakukan di kantor kecamatan dengan pengawasan petugas dan aparat desa.\n"
            "Pemerintah Kabupaten Contoh kembali menyalurkan bantuan pangan beras kepada 1.500 keluarga "
            "penerima manfaat di Kecamatan Sukamaju.\n"
            "Setiap keluarga menerima sepuluh kilogram beras medium dari gudang Bulog.\n"
            "Camat berharap bantuan meringankan beban warga menjelang musim paceklik.")
    summary = summarize("Bantuan Pangan Sukamaju", body, n=3)
    assert len(summary.sentences) == 3
    assert sum("menyalurkan bantuan pangan beras" in s for s in summary.sentences) == 1
    cands = candidates("Bantuan Pangan Sukamaju", body, split_spans(body))
    assert near_duplicate(cands[0], cands[2]) and not near_duplicate(cands[0], cands[1])
