"""Places on real phrasing; our own inputs with invented names."""

from __future__ import annotations

from arsip_berita.extraction import extract


def places(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.text, e.place.name if e.place else None, e.place.province if e.place else None)
            for e in extract(text).entities if e.type == "LOCATION"]


def test_province_defined_with_its_short_form_is_the_place() -> None:
    text = "Provinsi Sulawesi Tenggara (Sultra) mencatat panen raya. Petani Sultra menyambutnya."
    got = places(text)
    assert any(name == "Sulawesi Tenggara" and text_.startswith("Sulawesi") for text_, name, _ in got)
    assert sum(1 for _, name, _ in got if name == "Sulawesi Tenggara") >= 2  # the later short form too


def test_regency_defined_with_a_short_form_teaches_it() -> None:
    text = "Kabupaten Kotawaringin Barat (Kobar) menyiapkan lahan. Warga Kobar ikut menanam."
    names = [name for _, name, _ in places(text)]
    assert names.count("Kabupaten Kotawaringin Barat") >= 2


def test_no_place_from_the_last_word_of_a_longer_name() -> None:
    got = places("Air meluap di kawasan Cibadak Bitung dan sekitarnya.")
    assert all(name != "Kota Bitung" for _, name, _ in got)


def test_bare_regency_names_stay_in_the_province_of_the_text() -> None:
    text = "Angin kencang melanda sebagian Banten, antara lain di Jombang dan Purwakarta."
    for surface, name, province in places(text):
        if surface in ("Jombang", "Purwakarta"):
            assert province in (None, "Banten"), (surface, name, province)


def test_regency_written_in_full_keeps_its_province() -> None:
    got = places("Tim dari Banten membantu Kabupaten Jombang menata pasar.")
    assert ("Kabupaten Jombang", "Kabupaten Jombang", "Jawa Timur") in got


def test_a_post_and_its_region_are_not_a_person() -> None:
    ents = extract("Rapat dibuka Sekda Tanjung Hilir Barat bersama warga.").entities
    assert not [e for e in ents if e.type == "PERSON"]


def test_a_village_named_as_such_stays_a_village_later() -> None:
    text = ("Kepala Desa Sukarindang Rohman Hadi meresmikan jembatan. Warga ingin membangun Sukarindang "
            "lebih maju.")
    ents = extract(text).entities
    assert [e.text for e in ents if e.type == "PERSON"] == ["Rohman Hadi"]


def test_a_term_defined_in_lower_case_is_no_organisation() -> None:
    text = "Bantuan diberikan kepada keluarga penerima manfaat (KPM) tahap III. Setiap KPM menerima beras."
    ents = extract(text).entities
    assert not [e for e in ents if e.type == "ORGANIZATION"]
