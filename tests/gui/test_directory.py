"""The officials directory aggregation (pure)."""

from __future__ import annotations

from datetime import date

from arsip_berita.core.model import Article, Extraction, Official
from arsip_berita.gui.directory import aggregate_officials, name_key


def _article(i: int, when: date) -> Article:
    return Article(title=f"Judul {i}", body="Isi.", published=when, id=i)


def test_name_forms_of_one_official_meet() -> None:
    assert name_key("Leonard S. Ampung") == name_key("leonard ampung")
    assert name_key("Budi Santoso") != name_key("Budi Santosa")


def test_aggregate_counts_articles_and_positions_over_time() -> None:
    items = [
        (_article(1, date(2023, 5, 2)), Extraction(officials=(Official("Budi Santoso", "Kepala Dinas Sosial"),))),
        (_article(2, date(2024, 1, 9)), Extraction(officials=(Official("BUDI SANTOSO", "Sekda Contoh"),
                                                               Official("Siti Rahmawati", "Bupati Contoh")))),
        (_article(3, date(2024, 3, 1)), Extraction(officials=(Official("Budi Santoso", "Sekda Contoh"),))),
        (_article(4, date(2024, 3, 5)), None),
    ]
    records = aggregate_officials(items)
    assert [r.name for r in records] == ["Budi Santoso", "Siti Rahmawati"]
    budi = records[0]
    assert budi.article_ids == (1, 2, 3)
    assert budi.latest_position == "Sekda Contoh"
    spans = {p.position: (p.first, p.last, p.count) for p in budi.positions}
    assert spans["Kepala Dinas Sosial"] == ("2023-05-02", "2023-05-02", 1)
    assert spans["Sekda Contoh"] == ("2024-01-09", "2024-03-01", 2)
