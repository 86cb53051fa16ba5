"""The query language's field filters, aliases, facets, officials directory and position holders."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from arsip_berita.archive.service import ArchiveService

# Our own releases: two provinces, two officials (one written two ways), two years.
RELEASES = {
    "kalteng-2023.txt": (
        "Bappedalitbang Kalteng Bahas Data Kemiskinan Ekstrem\n\n"
        "Palangka Raya – Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan (Bappedalitbang) "
        "Provinsi Kalimantan Tengah menggelar rapat data kemiskinan ekstrem, Rabu (14/6/2023).\n\n"
        "Kepala BPS Provinsi Kalteng, Dr. Ratna Dewi Lestari, S.Si., M.Si., menyebutkan angka kemiskinan "
        "Kalteng pada Maret 2023 sebesar 5,11 persen. \"Data harus dipadankan setiap triwulan,\" ujarnya."),
    "kalteng-2024.txt": (
        "Inflasi Kalteng Terkendali pada Awal 2024\n\n"
        "PALANGKA RAYA – Badan Pusat Statistik (BPS) Provinsi Kalimantan Tengah mencatat inflasi tahunan "
        "sebesar 2,87 persen pada Januari 2024, Kamis (1/2/2024).\n\n"
        "Kepala BPS Provinsi Kalteng Ratna Dewi Lestari mengatakan harga beras menjadi penyumbang terbesar."),
    "jabar-2024.txt": (
        "Pemprov Jabar Perluas Jaringan Air Bersih di Kabupaten Garut\n\n"
        "BANDUNG – Pemerintah Provinsi Jawa Barat membangun jaringan air bersih untuk 12 desa di "
        "Kabupaten Garut, Senin (6/5/2024). Kepala Dinas Perumahan dan Permukiman Provinsi Jawa Barat, "
        "Ir. Hendra Gunawan, M.T., menyebut anggaran sebesar Rp 48,5 miliar."),
}


@pytest.fixture(scope="module")
def svc(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path | None) -> Iterator[ArchiveService]:
    base = tmp_path_factory.mktemp("filters")
    src = base / "src"
    src.mkdir()
    for name, text in RELEASES.items():
        (src / name).write_text(text, encoding="utf-8")
    seed = shared_dir / "seed" / "000_82c901b5685d8a0a.txt" if shared_dir else None
    if seed is not None and seed.exists():
        shutil.copy(seed, src / "seed.txt")
    service = ArchiveService.open(base / "arsip", with_samples=False)
    report = service.import_paths([src], processes=1)
    assert not report.failed
    yield service
    service.close()


def titles(svc: ArchiveService, query: str) -> set[str]:
    return {h.title for h in svc.search(query, limit=50).hits}


SEED_TITLE = "Pemprov Kalteng Gelar Rakor Penanggulangan Kemiskinan 2024"


@pytest.fixture
def seed_title(svc: ArchiveService) -> str:
    found = [a.title for a in svc.list_articles() if a.title.startswith(SEED_TITLE)]
    if not found:
        pytest.skip("seed release not available (../shared/seed absent)")
    return found[0]


@pytest.mark.parametrize("query", [
    'pejabat:"Agnes Widiastuti"', 'official:"Agnes Widiastuti"', 'tempat:"Kalimantan Tengah"',
    "tempat:Kalteng", 'instansi:"Badan Pusat Statistik"', "instansi:BPS", "indikator:kemiskinan",
    'jabatan:"Kepala BPS Provinsi Kalteng"', "tanggal:2024-12", "tanggal:2024-12-01..2024-12-31",
])
def test_seed_is_found_by_each_filter(svc: ArchiveService, seed_title: str, query: str) -> None:
    assert seed_title in titles(svc, query)


def test_seed_is_not_in_another_province(svc: ArchiveService, seed_title: str) -> None:
    assert seed_title not in titles(svc, 'tempat:"Jawa Barat"')
    assert seed_title not in titles(svc, "tanggal:2023")


def test_province_filter_matches_its_kabupaten(svc: ArchiveService) -> None:
    found = titles(svc, 'tempat:"Jawa Barat"')
    assert any("Garut" in t for t in found)
    assert not any("Inflasi" in t for t in found)


def test_official_matches_other_name_forms(svc: ArchiveService) -> None:
    both = titles(svc, 'pejabat:"Ratna Dewi Lestari"')
    assert {t for t in both if "Kalteng" in t} == both and len(both) == 2
    assert titles(svc, 'pejabat:"Dr. Ratna Dewi Lestari, M.Si."') == both


def test_negated_filter_and_words_combine(svc: ArchiveService) -> None:
    with_bps = titles(svc, "instansi:BPS")
    without = titles(svc, "kalteng -instansi:BPS")
    assert with_bps and not (with_bps & without)


def test_date_range_and_bad_dates(svc: ArchiveService) -> None:
    in_2023 = titles(svc, "tanggal:2023-01-01..2023-12-31")
    assert in_2023 and all("Ekstrem" in t for t in in_2023)
    for bad in ("tanggal:2024-13", "tanggal:kemarin"):
        assert "tidak dikenali" in (svc.search(bad).notice or "")
    reversed_ = svc.search("tanggal:2023-12-31..2023-01-01")
    assert "terbalik" in (reversed_.notice or "") and titles(svc, "tanggal:2023-12-31..2023-01-01") == in_2023
    assert titles(svc, "tanggal:31/12/2023") == titles(svc, "tanggal:2023-12-31")
    assert titles(svc, 'tanggal:"Desember 2023"') == titles(svc, "tanggal:2023-12")


def test_unknown_field_and_empty_value_are_read_with_a_notice(svc: ArchiveService) -> None:
    assert "bukan kolom" in (svc.search("warna:merah").notice or "")
    assert titles(svc, "tempat: Kalteng") == titles(svc, "tempat:Kalteng")


def test_facets_count_the_whole_result_set(svc: ArchiveService) -> None:
    res = svc.search("tempat:Kalteng", limit=1, with_facets=True)
    assert len(res.hits) == 1 and res.total >= 2
    years = dict(res.facets["tahun"])
    assert years.get("2023") == 1 and years.get("2024", 0) >= 1
    assert sum(years.values()) == res.total
    provinces = dict(res.facets["provinsi"])
    assert provinces.get("Kalimantan Tengah") == res.total
    officials = dict(res.facets["pejabat"])
    assert any("Ratna Dewi Lestari" in name and n == 2 for name, n in officials.items())


def test_and_to_or_fallback_says_so(svc: ArchiveService) -> None:
    res = svc.search("inflasi garut")
    assert res.total >= 2 and res.notice and "sebagian kata" in res.notice
    assert svc.search("inflasi beras").notice is None


def test_acronym_expansion_finds_full_name(svc: ArchiveService) -> None:
    # "Bappedalitbang" was defined in the 2023 release; the query word also matches the full name.
    found = titles(svc, "Bappedalitbang")
    assert any("Ekstrem" in t for t in found)
    assert "Bappedalitbang" in svc.glossary().get("bappedalitbang", [""])[0] or svc.expansions("Bappedalitbang")


def test_officials_directory_merges_name_forms_and_tracks_positions(svc: ArchiveService) -> None:
    records = {r.name: r for r in svc.officials()}
    ratna = next(r for n, r in records.items() if "Ratna Dewi Lestari" in n)
    assert ratna.article_count == 2
    assert [p.position for p in ratna.positions] == ["Kepala BPS Provinsi Kalteng"]
    assert (ratna.positions[0].first_seen, ratna.positions[0].last_seen) == ("2023-06-14", "2024-02-01")


def test_position_holders_with_dates(svc: ArchiveService) -> None:
    holders = svc.position_holders("Kepala BPS Provinsi Kalteng")
    names = [rec.name for rec, _ in holders]
    assert any("Ratna Dewi Lestari" in n for n in names)
    assert all("Kepala BPS Provinsi Kalteng" in span.position for _, span in holders)
    assert [span.first_seen for _, span in holders] == sorted(span.first_seen or "" for _, span in holders)


def test_stop_word_only_query_matches_nothing_and_says_why(svc: ArchiveService) -> None:
    for query in ('"yang di"', "yang", '"di dalam" tempat:Kalteng'):
        res = svc.search(query)
        assert res.total == 0, query
        assert res.notice and "kata umum" in res.notice


def test_two_word_frequent_phrase_is_exact(svc: ArchiveService) -> None:
    from arsip_berita.index import searching

    with_pairs = titles(svc, '"pemerintah provinsi"')
    searching.USE_BIGRAMS = False
    try:
        plain = titles(svc, '"pemerintah provinsi"')
    finally:
        searching.USE_BIGRAMS = True
    assert with_pairs == plain and any("Garut" in t for t in plain)
    assert not any("Inflasi" in t for t in with_pairs)
