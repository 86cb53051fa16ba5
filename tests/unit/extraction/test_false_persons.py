"""Classes of false persons seen in the officials directory; every sentence is written by us."""

from __future__ import annotations

from arsip_berita.extraction import extract
from arsip_berita.extraction.morphology import derived


def _persons(text: str) -> list[str]:
    return [e.text for e in extract(text).entities if e.type == "PERSON"]


def _officials(text: str) -> dict[str, str | None]:
    return {o.name: o.position for o in extract(text).officials}


def test_degree_letters_are_not_names() -> None:
    text = ("Kepala Dinas Sosial Kota Contoh, Dr. Ratna Kemala, S.Si., M.Stat., menjelaskan data. "
            "Hadir pula dr. Yanti Purba, M.K.M., dan anggaran Rp2,5 M disiapkan.")
    names = _persons(text)
    assert "Ratna Kemala" in names and "Yanti Purba" in names
    assert not [n for n in names if len(n) == 1]


def test_forum_acronym_in_a_list_is_not_the_official() -> None:
    got = _officials("Rapat dihadiri unsur Forkopimda, Kepala Dinas Perhubungan Kabupaten Contoh, dan camat.")
    assert "Forkopimda" not in got


def test_unit_in_a_list_of_agencies_is_not_a_person() -> None:
    names = _persons("Sebanyak 120 personel dari BPBD, Sapta Geni, TNI, dan Polri disiagakan di lokasi.")
    assert "Sapta Geni" not in names


def test_camat_with_a_kecamatan_is_a_position_mention() -> None:
    got = _officials("Acara itu dihadiri Camat Baamang, Camat Mentawa Baru Ketapang, dan tokoh adat.")
    assert "Baamang" not in got


def test_camat_with_region_then_name() -> None:
    got = _officials("Camat Baamang Sugeng Riyadi mengimbau warga menjaga kebersihan.")
    assert got.get("Sugeng Riyadi") == "Camat Baamang"


def test_company_name_after_director_is_not_a_person() -> None:
    got = _officials("Direktur Utama Perumda Air Bersih Sungai Jernih menyebut jaringan pipa diperluas.")
    assert not any("Air" in name or "Jernih" in name for name in got)


def test_honorific_of_the_name_is_not_glued_to_the_position() -> None:
    got = _officials("Apel dipimpin Bupati Kotim H. Darmansyah Lubis, S.H., di halaman kantor.")
    assert got.get("Darmansyah Lubis") == "Bupati Kotim"


def test_short_name_and_nickname_resolve_to_the_full_name() -> None:
    text = ("Kepala Bappeda Provinsi NTB, H. Lalu Syamsulhadi, S.Sos., membuka forum. \"Data harus rapi,\" "
            "ujar Lalu Syamsul.\n\nSyamsul menambahkan, pagu naik. Kepala Dinas Sosial Teuku Arifin "
            "Mahmud hadir.\n\nArifin meminta warga mendaftar.")
    got = _officials(text)
    assert set(got) == {"Lalu Syamsulhadi", "Teuku Arifin Mahmud"}


def test_places_by_shape_and_list_are_not_persons() -> None:
    names = _persons("Banjir melanda Kecamatan Mentaya Hulu, Telaga Antang, dan Kuala Sembuluh. "
                     "Ruas jalan Sampit–Kota Besi tergenang. Truk-truk tertahan.")
    assert names == []


def test_affixed_words_without_a_stemmer() -> None:
    assert derived("Pembangunan") and derived("Kemiskinan") and derived("menyampaikan")
    assert not derived("Kurniawan") and not derived("Kepala") and not derived("Megawati")


def test_speech_cue_makes_a_dictionary_word_a_name() -> None:
    assert "Budi" in _persons("Pasokan beras aman, kata Budi di gudang.")


def test_pair_joined_by_dan_is_two_persons() -> None:
    assert _persons("Pertemuan Hendra Wijaya dan Rudy Hartono berlangsung hangat.") == ["Hendra Wijaya",
                                                                                       "Rudy Hartono"]


def test_foreign_country_after_a_noun_is_a_nationality() -> None:
    ents = extract("Rombongan turis Jepang tiba di Malaysia kemarin.").entities
    assert [e.text for e in ents if e.type == "LOCATION"] == ["Malaysia"]
    assert not [e for e in ents if e.type == "PERSON"]
