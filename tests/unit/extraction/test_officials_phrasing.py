"""Officials on real phrasing, one class per test; every input is our own, with invented names."""

from __future__ import annotations

import pytest

from arsip_berita.extraction import extract


def officials(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.position) for o in extract(text).officials]


def persons(text: str) -> list[str]:
    return [e.text for e in extract(text).entities if e.type == "PERSON"]


# -- 1. "Long Name (ACR)" never blocks a post -------------------------------------------------------------
@pytest.mark.parametrize(("text", "name", "position"), [
    ("Kepala Badan Pusat Statistik (BPS) Provinsi Maluku Utara, Darsono Lataka, merilis angka inflasi.",
     "Darsono Lataka", "Kepala Badan Pusat Statistik (BPS) Provinsi Maluku Utara"),
    ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Sinjai, Marwah Tanri, meninjau jembatan.",
     "Marwah Tanri", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Sinjai"),
    ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR), Marwah Tanri, meninjau jembatan.",
     "Marwah Tanri", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)"),
    ("Menteri Kelautan dan Perikanan (KKP) Surya Wardhana membuka pameran.",
     "Surya Wardhana", "Menteri Kelautan dan Perikanan (KKP)"),
    ("Penjabat (Pj.) Bupati Lembah Hijau, Rosalina Damanik, menyerahkan bantuan.",
     "Rosalina Damanik", "Penjabat (Pj.) Bupati Lembah Hijau"),
])
def test_post_with_a_short_form_in_parentheses(text: str, name: str, position: str) -> None:
    assert (name, position) in officials(text)


@pytest.mark.parametrize(("text", "agency"), [
    ("Kepala Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Sinjai, Marwah Tanri, hadir.",
     "Dinas Pemberdayaan Masyarakat dan Desa"),
    ("Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Sinjai, Marwah Tanri, hadir. Dinas PUPR "
     "menambah alat berat.", "Dinas Pekerjaan Umum dan Penataan Ruang"),
    ("Kepala Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kota Contoh, Rudi Hartawan, hadir.",
     "Badan Kesatuan Bangsa dan Politik"),
])
def test_agency_of_the_post_is_an_organisation(text: str, agency: str) -> None:
    ents = extract(text).entities
    assert any(e.type == "ORGANIZATION" and e.canonical == agency for e in ents), [e.canonical for e in ents]


# -- 2. every common way a post is attached ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Bupati Lembah Hijau K.H. Mahfud Arsyad membuka rapat.", [("Mahfud Arsyad", "Bupati Lembah Hijau")]),
    ("Kepala BKKBN Dr. (H.C.) dr. Wulan Prasetyani Sp.OG (K) membuka seminar.",
     [("Wulan Prasetyani", "Kepala BKKBN")]),
    ("Diskusi menghadirkan Tarmiji Lubis, SKM, M.Kes. (Plt. Kepala Pusat Data Kesehatan).",
     [("Tarmiji Lubis", "Plt. Kepala Pusat Data Kesehatan")]),
    ("Kepala Desa Sukaraharja, Kecamatan Cibeber, Wahyudin Saleh menyebut 20 rumah rusak.",
     [("Wahyudin Saleh", "Kepala Desa Sukaraharja")]),
    ("Rapat dipimpin Nurlela Sembiring selaku Sekretaris Daerah.", [("Nurlela Sembiring", "Sekretaris Daerah")]),
    ("Rapat dipimpin Nurlela Sembiring, Sekretaris Daerah Kabupaten Sinjai.",
     [("Nurlela Sembiring", "Sekretaris Daerah Kabupaten Sinjai")]),
    ("Posisi Bendahara diisi oleh Karmila Duri dalam kepengurusan itu.", [("Karmila Duri", "Bendahara")]),
    ("Hadir pula Asisten II Perekonomian dan Pembangunan Joni Sitepu.",
     [("Joni Sitepu", "Asisten II Perekonomian dan Pembangunan")]),
    ("Sekda Lembah Timur Rosmawati Hasan membuka rapat.", [("Rosmawati Hasan", "Sekda Lembah Timur")]),
    ("Camat Nipah Panjang Helmut Siagian meninjau pasar.", [("Helmut Siagian", "Camat Nipah Panjang")]),
])
def test_post_attached(text: str, expected: list[tuple[str, str]]) -> None:
    assert officials(text) == expected


def test_names_listed_before_sebagai_share_the_post() -> None:
    text = "Rapat menetapkan Dodi Marpaung, Welly Tanoto, dan Rusdi Halim, S.E. sebagai Wakil Ketua."
    assert officials(text) == [("Dodi Marpaung", "Wakil Ketua"), ("Welly Tanoto", "Wakil Ketua"),
                               ("Rusdi Halim", "Wakil Ketua")]


def test_board_list_lines() -> None:
    text = ("Susunan pengurus bidang diumumkan.\n\n"
            "Pemberdayaan Ekonomi: Jamilun (Koordinator), Sardiman, Pitoyo Hadi, Rukmini.\n\n"
            "Hubungan Masyarakat: Tiurma Siregar (Koordinator), Bahrum, S.Ag, Welas.")
    got = dict(officials(text))
    assert got["Jamilun"] == "Koordinator" and got["Tiurma Siregar"] == "Koordinator"
    assert got["Sardiman"] == got["Pitoyo Hadi"] == got["Rukmini"] == "Pemberdayaan Ekonomi"
    assert got["Bahrum"] == got["Welas"] == "Hubungan Masyarakat"


def test_filled_by_list() -> None:
    text = ("Dewan Penasihat diisi oleh tokoh senior, di antaranya Lukas Wenda, Ir. Marten Kogoya, "
            "Sefnat Heluka, S.Sos., MM, dan Yeheskiel Wonda.")
    assert {n: p for n, p in officials(text)} == dict.fromkeys(
        ["Lukas Wenda", "Marten Kogoya", "Sefnat Heluka", "Yeheskiel Wonda"], "Dewan Penasihat")


# -- 3. degrees as written in the wild ----------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Sekretaris Dinas, Drs Rahmat Siddik M.Si menyampaikan laporan.", "Rahmat Siddik"),
    ("Kepala Kantor Cabang Lintas Jember Wahid Kurniadi Putra, SE. M.Si menyampaikan data.", "Wahid Kurniadi Putra"),
    ("Dalam sambutannya, Direktur Politeknik Maritim Dr.Ir.Sugeng Wardoyo,M.Si menyampaikan harapan.", "Sugeng Wardoyo"),
    ("Asisten Ekonomi dan Pembangunan Dr.A.P. Ir. Bonar Lubis. M.Si menyampaikan pentingnya koperasi.", "Bonar Lubis"),
    ("Kepala Dinas Perkebunan, Kgs M Yunan Saputra S.STP.M.Si menyampaikan capaian.", "M Yunan Saputra"),
    ("Plt. Kepala Dinas Sosial, Sutarjo, S,Sos. M.M. menyampaikan laporan.", "Sutarjo"),
])
def test_degrees_do_not_make_names(text: str, name: str) -> None:
    names = [o.name for o in extract(text).officials]
    assert names == [name]
    assert not {"Si", "Dr", "M", "Sp", "Sos", "OG"} & set(persons(text))


def test_a_surname_that_is_a_word_keeps_the_person() -> None:
    assert persons("Gubernur Sulawesi Barat, Yusran Ramadhan, meresmikan pasar.") == ["Yusran Ramadhan"]
    assert persons("Menjelang Ramadhan, harga cabai naik.") == []


# -- 4. not persons -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Angka Kemiskinan Ekstrem di Lembah Hijau Masih Tinggi\n\nPemerintah terus bekerja.",
    "Peserta mengikuti sesi Quality Control Orders bersama pakar.",
    "Bantuan diberikan kepada Lansia dan Balita di posko.",
    "Surat itu bernomor No. 12/2024 dan berlaku sejak Jum'at.",
    "Banyak wisatawan menikmati Goa Lawa Indah pada libur panjang.",
    "Kedua, pemerintah akan memperluas jaringan internet desa.",
])
def test_not_persons(text: str) -> None:
    assert persons(text) == []


def test_village_lists_are_places() -> None:
    text = "Bantuan disalurkan di Kalibawang, Kaliwuluh, Randusari dan Gondowulan pekan ini."
    ents = extract(text).entities
    assert [e.text for e in ents if e.type == "PERSON"] == []


def test_english_organisation_with_definition() -> None:
    ents = extract("Sidang Renewable Futures Working Group (RFWG) dibuka di Bali.").entities
    assert any(e.type == "ORGANIZATION" and e.canonical == "Renewable Futures Working Group" for e in ents)
    assert not [e for e in ents if e.type == "PERSON"]


# -- 5. aliases and variants ------------------------------------------------------------------------------
def test_misspelt_mention_resolves_to_the_full_name() -> None:
    text = ("Kepala Bidang Pencegahan Penyakit, Jaenal Sukirman menyebut vaksin tiba. "
            "Jaenla mengaku lega dengan kedatangan vaksin itu.")
    assert [o.name for o in extract(text).officials] == ["Jaenal Sukirman"]


def test_two_people_with_near_names_stay_apart() -> None:
    text = "Hadir Armizal, Afrizal Tanjung, dan Hendrin. Sementara Hendri Kasim memimpin doa."
    names = [o.name for o in extract(text).officials]
    assert "Armizal" in names and "Hendrin" in names


def test_a_short_mention_with_another_post_is_another_person() -> None:
    text = ("Wali Kota Bukit Indah Darlis membuka acara. Hadir Ketua TP PKK Kota Bukit Indah Sri Wahyuni Darlis. "
            "Wako Darlis berharap kegiatan berlanjut.")
    got = dict(officials(text))
    assert got.get("Sri Wahyuni Darlis") == "Ketua TP PKK Kota Bukit Indah"
    assert got.get("Darlis", "").startswith("Wali Kota")


def test_alias_in_parentheses_and_later_mentions_are_one_person() -> None:
    text = ("Bupati Lembah Hijau Ahmad Fauzan (Gus Fauzan) membuka acara. Menurut Gus Fauzan, kegiatan ini "
            "penting. Fauzan juga berpesan agar warga menjaga kebersihan.")
    offs = extract(text).officials
    assert [(o.name, o.position) for o in offs] == [("Ahmad Fauzan", "Bupati Lembah Hijau")]


def test_acronym_of_a_test_or_a_term_is_no_person() -> None:
    ents = extract("Petugas memakai Rapid Diagnostic Test (RDT) dan Polymerase Chain Reaction (PCR).").entities
    assert not [e for e in ents if e.type == "PERSON"]


@pytest.mark.parametrize("text", [
    "Bupati dan Wakil Bupati Lembah Hijau Romi Harahap dan Robby Nasution melepas kontingen.",
    "Bupati dan Wakil Bupati Lembah Hijau, Romi Harahap dan Robby Nasution, melepas kontingen.",
])
def test_paired_posts_and_names(text: str) -> None:
    assert officials(text) == [("Romi Harahap", "Bupati Lembah Hijau"), ("Robby Nasution", "Wakil Bupati Lembah Hijau")]


def test_village_after_a_village_head_is_no_person() -> None:
    assert persons("Sertifikat diserahkan kepada Kades Kalimendong.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Camat Lembang Hilir Rosmiati S Sos mengatakan rumah itu rusak.", [("Rosmiati", "Camat Lembang Hilir")]),
    ("Wali Kota Tanjungpinang Darsono hadir dalam rapat.", [("Darsono", "Wali Kota Tanjungpinang")]),
])
def test_spaced_degrees_and_glued_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert officials(text) == expected


def test_initials_in_capitals_stay_in_the_name() -> None:
    text = "Pengurus bidang.\n\nBidang Hukum: Marzuki TB (Koordinator), Afdal DN, Repi Salman.\n\nData BI dan OJK dirilis."
    got = dict(officials(text))
    assert got.get("Marzuki TB") == "Koordinator" and got.get("Afdal DN") == "Bidang Hukum"
    assert "BI" not in got and "OJK" not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("Tampak hadir Presiden ke-5 RI Marlina Sutardja di lokasi.", [("Marlina Sutardja", "Presiden ke-5 RI")]),
    ("Hadir Wakil Presiden terpilih KH Jamaludin Hasan.", [("Jamaludin Hasan", "Wakil Presiden terpilih")]),
    ("Kepala Dinas Perhubungan Prov. , Rudi Sembiring mengatakan hal itu.",
     [("Rudi Sembiring", "Kepala Dinas Perhubungan Prov")]),
    ("Ruangan Kadis Pekerjaan Umum (PU) Kota Medan, Basri Lubis ikut disegel.",
     [("Basri Lubis", "Kadis Pekerjaan Umum (PU) Kota Medan")]),
    ("Ketua TP. PKK Kabupaten Sinjai, Hasnah Baso, hadir.", [("Hasnah Baso", "Ketua TP. PKK Kabupaten Sinjai")]),
])
def test_posts_with_ordinals_abbreviations_and_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dalam sambutannya Wako Darlis SH menyampaikan paparan.", [("Darlis", "Wako")]),
    ("Dalam Sambutannya Bupati Sinjai Andi Rahman menyampaikan paparan.", [("Andi Rahman", "Bupati Sinjai")]),
    ("Wakil Ketua II Letjen TNI (Purn) Markus Tiwa bersama anggota hadir.",
     [("Markus Tiwa", "Wakil Ketua II Letjen TNI (Purn)")]),
    ("Diantaranya Gubernur Maluku Utara, Salim Umasugi.", [("Salim Umasugi", "Gubernur Maluku Utara")]),
])
def test_openings_degrees_and_retired_ranks(text: str, expected: list[tuple[str, str]]) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gubernur Nusa Raya Tuan Guru Bajang Zulkarnain Amir meresmikan masjid.", [("Zulkarnain Amir", "Gubernur Nusa Raya")]),
    ("Bupati Lembah Hijau Gus Fauzan Arifin membuka acara.", [("Gus Fauzan Arifin", "Bupati Lembah Hijau")]),
    ("Bupati Lembah Hijau H. Lalu Ahyar Sudirman meninjau lokasi.", [("Lalu Ahyar Sudirman", "Bupati Lembah Hijau")]),
    ("Wakil Bupati Lembah Hijau I Made Suastika memberi sambutan.", [("I Made Suastika", "Wakil Bupati Lembah Hijau")]),
    ("Bupati Lembah Hijau Andi Baso Mappatoba hadir.", [("Andi Baso Mappatoba", "Bupati Lembah Hijau")]),
])
def test_regional_name_elements_and_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert officials(text) == expected


def test_plural_post_is_held_by_every_name_listed() -> None:
    text = "Hadir pula para Staf Khusus Gubernur Rahmat Tobing dan Sinta Lubis. Ia bertemu Rina Sari dan Budi."
    assert officials(text) == [("Rahmat Tobing", "Staf Khusus Gubernur"), ("Sinta Lubis", "Staf Khusus Gubernur"),
                               ("Rina Sari", None), ("Budi", None)]


def test_shorter_mention_with_a_short_post_is_the_same_official() -> None:
    text = ("Wakil Gubernur Sulawesi Barat Andi Ruslan Mattalatta hadir. Wagub Andi Ruslan meminta warga tertib. "
            "Wakil Ketua Andi Hasan juga hadir.")
    assert officials(text) == [("Andi Ruslan Mattalatta", "Wakil Gubernur Sulawesi Barat"), ("Andi Hasan", "Wakil Ketua")]


def test_table_labels_are_no_persons() -> None:
    assert persons("Sektor lapangan usaha:\n\nF. Konstruksi naik.\n\nL. Real Estat turun.\n\nDiploma IV stabil.") == []


@pytest.mark.parametrize("tail", ["(Humas/Hendra Kusuma)", "(MC Kominfo/Rudi Hartawan)", "(Red: Sinta Dewi)",
                                  "(Biro Humas/Sinta Dewi//YM/Foto:SS)"])
def test_credit_line_names_no_one(tail: str) -> None:
    assert persons(f"Bupati Lembah Hijau Rosalina Damanik membuka acara. {tail}") == ["Rosalina Damanik"]


@pytest.mark.parametrize(("text", "name"), [
    ("Hadir anggota Komisi II dari Fraksi Partai Golkar Rusdi Tambunan di Kompleks Parlemen.", "Rusdi Tambunan"),
    ("Mantan ketua Mahkamah Konstitusi (MK) Hamdan Zulkifli MS hadir.", "Hamdan Zulkifli MS"),
    ("Nama baru yakni Komjen Pol Bambang Haiti yang kini menjabat.", "Bambang Haiti"),
])
def test_name_after_a_body_or_a_rank(text: str, name: str) -> None:
    assert name in persons(text)


def test_unit_place_after_a_ka_post_and_a_prefix_mention() -> None:
    text = ("Hadir Kalapas Porong Sutejo dan Kepala Dinas Kesehatan Kota Contoh Widyastuti. Menurut Widya, "
            "kasus itu ditangani.")
    assert officials(text) == [("Sutejo", "Kalapas Porong"), ("Widyastuti", "Kepala Dinas Kesehatan Kota Contoh")]


def test_a_lone_surname_after_di_or_ke_is_the_person_named_before() -> None:
    text = "Sidang terdakwa Marwan Sitorus digelar. Surat itu disampaikan ke Sitorus lalu diteruskan."
    assert [o.name for o in extract(text).officials] == ["Marwan Sitorus"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kapolsek Mentaya Hulu, Iptu Darsono, mengimbau warga.", [("Darsono", "Kapolsek Mentaya Hulu")]),
    ("Direktur Utama RSUD dr. Murjani Hasan, dr. Yeni Kartika, Sp.KJ, memberikan keterangan.",
     [("Yeni Kartika", "Direktur Utama RSUD dr. Murjani Hasan")]),
    ("Menurut Kasi Pemerintahan Desa Sukarindang, Wartini, data sudah diperbarui.",
     [("Wartini", "Kasi Pemerintahan Desa Sukarindang")]),
])
def test_unit_places_and_bodies_named_after_persons(text: str, expected: list[tuple[str, str]]) -> None:
    assert officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Turut hadir Dandim 1012 Letkol Inf Sutarno bersama jajaran.", [("Sutarno", "Dandim 1012")]),
    ("Kepala UPTD Puskesmas Baamang II, Ns. Rini Astuti, S.Kep., menjelaskan layanan.",
     [("Rini Astuti", "Kepala UPTD Puskesmas Baamang II")]),
])
def test_unit_numbers_and_nursing_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert officials(text) == expected
