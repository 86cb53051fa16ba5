"""Listed names as one index term, hyphenated query words, date order and facets after a commit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arsip_berita.index import searching
from arsip_berita.index.analysis import phrase_key, phrase_terms, terms
from arsip_berita.index.query import parse
from arsip_berita.index.service import VERSION_FILE
from arsip_berita.archive.service import INDEX_DIR, ArchiveService

RELEASES = {
    "kpk.txt": ("Sosialisasi Antikorupsi bagi Kepala Desa\n\n"
                "Tim dari Komisi Pemberantasan Korupsi memberi materi pencegahan kepada 40 kepala desa "
                "pada 12/2/2024. Materi meliputi pengelolaan dana desa."),
    "kpk2.txt": ("Pendampingan KPK untuk Pengadaan Barang\n\n"
                 "KPK mendampingi panitia pengadaan barang dan jasa pada 3/4/2023 agar proses lelang terbuka."),
    "komisi.txt": ("Komisi Informasi Gelar Uji Publik\n\n"
                   "Komisi Informasi menggelar uji publik badan publik pada 9/9/2022. Pemberantasan "
                   "hoaks dan korupsi informasi jadi tema diskusi."),
    "uu.txt": ("Sosialisasi Undang-Undang Desa\n\n"
               "Bagian hukum menjelaskan undang-undang desa kepada perangkat desa. Tidak ada tanggal di sini."),
    "covid.txt": ("Vaksinasi Lanjutan di Puskesmas\n\n"
                  "Dinas Kesehatan melanjutkan vaksinasi covid-19 bagi lansia pada 1/8/2021."),
}


@pytest.fixture
def names_archive(tmp_path: Path) -> ArchiveService:
    src = tmp_path / "sumber"
    src.mkdir()
    for name, text in RELEASES.items():
        (src / name).write_text(text, encoding="utf-8")
    svc = ArchiveService.open(tmp_path / "arsip", with_samples=False)
    assert svc.import_paths([src], processes=1).added == len(RELEASES)
    yield svc
    svc.close()


def _titles(svc: ArchiveService, query: str, **kw) -> set[str]:
    return {h.title for h in svc.search(query, limit=50, **kw).hits}


def test_listed_names_are_found_in_text() -> None:
    found = phrase_terms(terms("Ketua Komisi Pemberantasan Korupsi dan Gubernur Kalimantan Tengah"))
    assert "komisi_berantas_korupsi" in found and "kalimantan_tengah" in found
    assert phrase_key(terms("Anggaran Pendapatan dan Belanja Daerah")) == "anggar_dapat_belanja_daerah"
    assert phrase_key(terms("komisi informasi")) is None


def test_acronym_and_full_name_both_found_without_a_phrase(names_archive: ArchiveService) -> None:
    with names_archive.index.searching() as s:
        q = searching.build_query(s, parse("kpk"), any_word=False, expansions=names_archive.expansions)
    assert "Phrase" not in repr(q) and "komisi_berantas_korupsi" in repr(q)
    want = {"Sosialisasi Antikorupsi bagi Kepala Desa", "Pendampingan KPK untuk Pengadaan Barang"}
    assert _titles(names_archive, "kpk") == want
    assert _titles(names_archive, '"komisi pemberantasan korupsi"') == {"Sosialisasi Antikorupsi bagi Kepala Desa"}


def test_names_term_gives_the_same_matches_as_the_phrase(names_archive: ArchiveService,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    queries = ["kpk", '"komisi pemberantasan korupsi"', "kpk desa", "komisi korupsi"]
    with_names = {q: names_archive.search(q).total for q in queries}
    monkeypatch.setattr(searching, "USE_NAMES", False)
    assert {q: names_archive.search(q).total for q in queries} == with_names
    assert with_names["komisi korupsi"] == 2  # the words apart still match as words


def test_hyphenated_words_are_words_not_exclusions(names_archive: ArchiveService) -> None:
    assert _titles(names_archive, "undang-undang") == {"Sosialisasi Undang-Undang Desa"}
    assert _titles(names_archive, "covid-19") == {"Vaksinasi Lanjutan di Puskesmas"}
    assert "Vaksinasi Lanjutan di Puskesmas" not in _titles(names_archive, "dinas -covid-19")
    assert _titles(names_archive, "vaksinasi -covid-19") == set()


def test_date_order_puts_undated_last(names_archive: ArchiveService) -> None:
    newest = [h.title for h in names_archive.search("desa OR komisi", sort="date").hits]
    oldest = [h.title for h in names_archive.search("desa OR komisi", sort="date_asc").hits]
    assert len(newest) == 3
    assert newest[0] == "Sosialisasi Antikorupsi bagi Kepala Desa"
    assert newest[-1] == oldest[-1] == "Sosialisasi Undang-Undang Desa"
    assert oldest[0] == "Komisi Informasi Gelar Uji Publik"


def test_facets_follow_a_new_commit(names_archive: ArchiveService, tmp_path: Path) -> None:
    before = dict(names_archive.search("desa", with_facets=True).facets["tahun"])
    extra = tmp_path / "tambahan.txt"
    extra.write_text("Rapat Desa Wisata\n\nPemerintah desa menggelar rapat wisata pada 2/2/2025.", encoding="utf-8")
    assert names_archive.import_paths([extra], processes=1).added == 1
    after = dict(names_archive.search("desa", with_facets=True).facets["tahun"])
    assert after == {**before, "2025": 1}


def test_index_built_with_another_name_list_is_rebuilt(names_archive: ArchiveService) -> None:
    folder = names_archive.directory
    meta_path = folder / INDEX_DIR / VERSION_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    names_archive.close()
    meta_path.write_text(json.dumps({**meta, "names": "daftar-lama"}), encoding="utf-8")
    svc = ArchiveService.open(folder, with_samples=False)
    try:
        assert any("dibangun ulang" in n for n in svc.notices)
        assert svc.search("kpk").total == 2
    finally:
        svc.close()


def test_facet_columns_are_saved_beside_segments_and_survive_damage(names_archive: ArchiveService) -> None:
    folder = names_archive.directory
    before = names_archive.search("desa OR komisi OR kpk", with_facets=True).facets
    sidecars = sorted((folder / INDEX_DIR).glob("*.arsipcols"))
    assert len(sidecars) == names_archive.index.segment_count() >= 1  # written by the import
    names_archive.close()
    reopened = ArchiveService.open(folder, with_samples=False)
    try:
        assert reopened.search("desa OR komisi OR kpk", with_facets=True).facets == before
    finally:
        reopened.close()
    for path in sidecars:
        path.write_bytes(b"rusak")
    damaged = ArchiveService.open(folder, with_samples=False)
    try:
        assert damaged.search("desa OR komisi OR kpk", with_facets=True).facets == before
        assert all(p.read_bytes() != b"rusak" for p in sidecars)  # read again and saved again
    finally:
        damaged.close()


def test_suggestions_are_words_as_written_in_titles(names_archive: ArchiveService) -> None:
    assert names_archive.search("vaksinsi").suggestion == "vaksinasi"
    result = names_archive.search("pengadan barang")
    assert result.suggestion == "pengadaan barang" and result.notice  # fell back to any word
    assert names_archive.search("Puskesmsa").suggestion == "puskesmas"  # a swap is one edit
    assert names_archive.search("qqzzyy").suggestion is None


def test_snippet_marks_the_full_name_an_acronym_matched(names_archive: ArchiveService) -> None:
    result = names_archive.search("kpk")
    by_title = {h.title: h.snippet for h in result.hits}
    assert '<b class="match">Komisi</b> <b class="match">Pemberantasan</b> <b class="match">Korupsi</b>' in \
        by_title["Sosialisasi Antikorupsi bagi Kepala Desa"]
    assert '<b class="match">KPK</b>' in by_title["Pendampingan KPK untuk Pengadaan Barang"]
    assert "korupsi" in result.terms
