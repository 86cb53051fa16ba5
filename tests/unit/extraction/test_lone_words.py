"""A lone capitalised word in no name list is a person only with positive evidence around it."""

from __future__ import annotations

import pytest

from arsip_berita.extraction import extract


def _persons(text: str) -> list[str]:
    return [e.text for e in extract(text).entities if e.type == "PERSON"]


@pytest.mark.parametrize("text", [
    "Warga beralih ke bahan bakar seperti Pertalux sejak harga naik.",
    "Aplikasi itu dipakai petani. Tanifon ini membantu penjualan gabah.",
    "Dukungan terhadap pemerintahan Budiarto-Hasnah terus menguat.",
    "Gerimbolix tidak dikenal di kampung itu.",
])
def test_unknown_word_without_evidence_is_no_person(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Menurut Wiratmaja, stok pupuk aman sampai akhir tahun.", "Wiratmaja"),
    ("Sudarmono juga meninjau pasar induk pada pagi hari.", "Sudarmono"),
    ("Hartawan menyerahkan bantuan kepada korban banjir.", "Hartawan"),
    ("Rapat itu dihadiri Suparlan dan sejumlah kepala desa.", "Suparlan"),
])
def test_unknown_word_with_evidence_is_a_person(text: str, name: str) -> None:
    assert name in _persons(text)


def test_sentence_opening_common_word_before_a_known_name_is_dropped() -> None:
    assert _persons("Baik Jokowi maupun Prabowo hadir di acara itu.") == ["Jokowi", "Prabowo"]
