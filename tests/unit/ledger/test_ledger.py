"""The indicator ledger on real archives: planted agreements, a conflict, a revision, baselines; and
no false conflict on the bundled samples or the seed release."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from ledger_releases import write_releases  # noqa: E402

from arsip_berita.core.model import Article, Change, Statistic  # noqa: E402
from arsip_berita.ledger.api import build_ledger  # noqa: E402
from arsip_berita.ledger.core import Ledger, format_value  # noqa: E402
from arsip_berita.ledger.timeline import clean_period, period_date  # noqa: E402
from arsip_berita.archive.service import ArchiveService, sample_path  # noqa: E402


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ArchiveService]:
    base = tmp_path_factory.mktemp("ledger")
    svc = ArchiveService.open(base / "arsip", with_samples=False)
    report = svc.import_paths([write_releases(base / "rilis")], processes=1)
    assert report.added == 9 and not report.failed
    yield svc
    svc.close()


def _line(ledger: Ledger, indicator: str, region: str, period: str):  # type: ignore[no-untyped-def]
    return ledger.lines[(indicator, region, period)]


def test_rounding_and_scaling_agree(planted: ArchiveService) -> None:
    ledger = build_ledger(planted)
    jambi = _line(ledger, "kemiskinan.persentase", "Jambi", "Maret 2024")
    assert [str(e.value) for e in jambi.entries] == ["7.26", "7.3"]
    assert not jambi.conflict and jambi.note is None
    bengkulu = _line(ledger, "kemiskinan.jumlah", "Bengkulu", "Maret 2024")
    assert len({e.article_id for e in bengkulu.entries}) == 2 and not bengkulu.conflict


def test_conflict_is_flagged_with_both_sources(planted: ArchiveService) -> None:
    ledger = build_ledger(planted)
    riau = _line(ledger, "pengangguran.tpt", "Riau", "Agustus 2024")
    assert riau.conflict
    a, b = riau.conflicts[0]
    assert {a.value, b.value} == {Decimal("4.12"), Decimal("4.53")}
    assert "4,12 persen" in (riau.note or "") and "Bursa Kerja Digelar di Pekanbaru" in (riau.note or "")
    assert [ln.region for ln in ledger.select(conflicts_only=True)] == ["Riau"]


def test_announced_revision_is_a_note(planted: ArchiveService) -> None:
    line = _line(build_ledger(planted), "ekonomi.pertumbuhan", "Gorontalo", "2023")
    assert not line.conflict
    assert "revisi" in (line.note or "")


def test_stated_baseline_is_an_entry_for_its_period(planted: ArchiveService) -> None:
    ledger = build_ledger(planted)
    base = _line(ledger, "kemiskinan.persentase", "Lampung", "Maret 2023")
    assert [(str(e.value), e.kind) for e in base.entries] == [("11.11", "baseline")]
    now = _line(ledger, "kemiskinan.persentase", "Lampung", "Maret 2024")
    assert now.entries[0].change and now.entries[0].change["direction"] == "turun"
    assert [ln.period for ln in ledger.timeline("kemiskinan.persentase", "Lampung")] == ["Maret 2023", "Maret 2024"]


def test_select_by_words_place_alias_and_period(planted: ArchiveService) -> None:
    ledger = build_ledger(planted)
    assert {ln.region for ln in ledger.select("kemiskinan")} == {"Jambi", "Bengkulu", "Lampung"}
    assert [ln.region for ln in ledger.select("pengangguran terbuka")] == ["Riau"]
    assert [ln.period for ln in ledger.select("angka kemiskinan", "Lampung", "2023")] == ["Maret 2023"]
    assert ledger.select("kemiskinan", "Riau") == []


def test_baseline_from_a_change_when_not_stated_apart() -> None:
    art = Article(title="Rilis karangan", body="Prevalensi stunting Provinsi Bali tahun 2024 sebesar 7,2 persen.",
                  published=date(2024, 6, 1), id=5)
    stat = Statistic(value=Decimal("7.2"), start=54, end=64, text="7,2 persen", unit="percent",
                     indicator="prevalensi stunting", region="Bali", period="2024", indicator_key="stunting.prevalensi",
                     change=Change("turun", baseline_value=Decimal("8.7"), baseline_unit="percent",
                                   baseline_period="2023"))
    ledger = Ledger.build([(art, [stat])])
    line = ledger.lines[("stunting.prevalensi", "Bali", "2023")]
    assert [(e.value, e.kind, e.unit) for e in line.entries] == [(Decimal("8.7"), "baseline", "percent")]
    prev = ledger.previous_value("stunting.prevalensi", "Bali", "2024", 99)
    assert prev is not None and prev.value == Decimal("8.7")


def test_targets_and_projections_never_conflict() -> None:
    body = ("Angka stunting Provinsi Bali tahun 2026 sebesar 9 persen. "
            "Pemprov menargetkan angka stunting Provinsi Bali tahun 2026 sebesar 5 persen.")
    a = Article(title="Satu", body=body, published=date(2024, 1, 1), id=1)
    b = Article(title="Dua", body="Angka stunting Provinsi Bali tahun 2026 sebesar 6 persen.",
                published=date(2027, 1, 1), id=2)
    s1 = Statistic(value=Decimal("5"), start=body.index("5 persen"), end=body.index("5 persen") + 8, text="5 persen",
                   unit="percent", region="Bali", period="2026", indicator_key="stunting.prevalensi")
    s2 = Statistic(value=Decimal("6"), start=45, end=53, text="6 persen", unit="percent", region="Bali",
                   period="2026", indicator_key="stunting.prevalensi")
    line = Ledger.build([(a, [s1]), (b, [s2])]).lines[("stunting.prevalensi", "Bali", "2026")]
    assert all(e.target for e in line.entries if e.article_id == 1)
    assert not line.conflict


def test_periods_and_formatting() -> None:
    assert clean_period("Maret 2024 dibanding Maret 2023") == "Maret 2024"
    assert period_date("triwulan III 2023") == date(2023, 9, 15)
    assert period_date("Maret 2023") < period_date("2023") < period_date("September 2023")  # type: ignore[operator]
    assert format_value(Decimal("145630"), "people") == "145.630 jiwa"
    assert format_value(Decimal("5.17"), "percent") == "5,17 persen"
    assert format_value(Decimal("3.14E+12"), "rupiah") == "Rp 3.140.000.000.000"


def test_no_false_conflict_on_samples_and_seed(tmp_path: Path, shared_dir: Path | None) -> None:
    svc = ArchiveService.open(tmp_path / "arsip", with_samples=False)
    try:
        paths = [sample_path()]
        seed = sorted((shared_dir / "seed").glob("*.txt")) if shared_dir and (shared_dir / "seed").is_dir() else []
        svc.import_paths(paths + seed, processes=1)
        ledger = build_ledger(svc)
        assert len(ledger) > 50
        assert [ln.to_dict() for ln in ledger.lines.values() if ln.conflict] == []
    finally:
        svc.close()


def _release(i: int, value: str, unit: str = "percent") -> tuple[Article, list[Statistic]]:
    body = f"Angka itu tercatat {value} pada Maret 2024."
    art = Article(title=f"Rilis karangan {i}", body=body, published=date(2024, 5, i), id=i)
    stat = Statistic(value=Decimal(value), start=19, end=19 + len(value), text=value, unit=unit, region="Bali",
                     period="Maret 2024", indicator_key="kemiskinan.persentase")
    return art, [stat]


def test_values_far_apart_or_many_are_notes_not_flags() -> None:
    far = Ledger.build([_release(1, "3.5"), _release(2, "14.2")]).lines[("kemiskinan.persentase", "Bali", "Maret 2024")]
    assert not far.conflict and "dua kali lipat" in (far.note or "")
    many = Ledger.build([_release(i, v) for i, v in enumerate(("4.1", "4.6", "5.3", "5.9"), 1)])
    line = many.lines[("kemiskinan.persentase", "Bali", "Maret 2024")]
    assert not line.conflict and "tercampur" in (line.note or "")
    near = Ledger.build([_release(1, "4.1"), _release(2, "4.6"), _release(3, "4.62")])
    line = near.lines[("kemiskinan.persentase", "Bali", "Maret 2024")]
    assert line.conflict and len(line.conflicts) == 1
