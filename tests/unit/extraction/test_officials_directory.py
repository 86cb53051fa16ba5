"""The archive-wide directory merges spellings of one official, never two people (invented names)."""

from __future__ import annotations

from arsip_berita.archive.officials import build_directory


def _rows(*names: tuple[str, str | None]) -> list[tuple[str, str, str | None, int, str | None]]:
    return [(name.lower(), name, post, k + 1, f"2024-01-{k + 1:02d}") for k, (name, post) in enumerate(names)]


def test_misspelt_name_joins_the_usual_spelling() -> None:
    records = build_directory(_rows(("Rina Rahmawati", "Kepala Dinas Sosial"), ("Rina Rahmawati", None),
                                    ("Rina Rahmawaty", "Kepala Dinas Sosial")))
    assert len(records) == 1 and records[0].name == "Rina Rahmawati" and records[0].article_count == 3


def test_people_sharing_a_first_name_stay_apart() -> None:
    records = build_directory(_rows(("Andi Saputra", "Camat Baru"), ("Andi Setiawan", "Lurah Lama"),
                                    ("Budi Santoso", None), ("Budi Susanto", None)))
    assert sorted(r.name for r in records) == ["Andi Saputra", "Andi Setiawan", "Budi Santoso", "Budi Susanto"]


def test_a_short_key_joins_its_only_full_name() -> None:
    records = build_directory(_rows(("Leonard Ampung", "Bupati Contoh"), ("Leonard Sanggul Ampung", None)))
    assert len(records) == 1


def test_one_post_written_several_ways_is_one_span() -> None:
    records = build_directory([
        ("lina marpaung", "Lina Marpaung", "Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Provinsi Sumut", 1,
         "2024-01-02"),
        ("lina marpaung", "Lina Marpaung", "Kepala Bappeda Provinsi Sumatera Utara", 2, "2024-05-06"),
        ("lina marpaung", "Lina Marpaung", "Pj. Bupati Deli Serdang", 3, "2025-01-01"),
        ("lina marpaung", "Lina Marpaung", "Penjabat (Pj.) Bupati Deli Serdang", 4, "2025-02-01"),
    ])
    assert len(records) == 1
    assert [(p.first_seen, p.last_seen) for p in records[0].positions] == [
        ("2024-01-02", "2024-05-06"), ("2025-01-01", "2025-02-01")]
