"""`arsip-berita indikator` in a subprocess, on an archive of invented releases."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from cli_helpers import run_cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "ledger"))
from ledger_releases import write_releases  # noqa: E402


@pytest.fixture(scope="module")
def ledger_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("indikator")
    proc = run_cli(base / "arsip", "import", str(write_releases(base / "rilis")))
    assert proc.returncode == 0, proc.stderr
    return base / "arsip"


def test_without_text_lists_indicators_with_counts(ledger_archive: Path) -> None:
    proc = run_cli(ledger_archive, "indikator")
    assert proc.returncode == 0, proc.stderr
    assert "kemiskinan.persentase  Angka kemiskinan: 4 entri" in proc.stdout
    assert "pengangguran.tpt" in proc.stdout and "1 baris berkonflik" in proc.stdout


def test_json_shape(ledger_archive: Path) -> None:
    proc = run_cli(ledger_archive, "indikator", "pengangguran", "--tempat", "Riau", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert set(row) == {"indicator", "label", "region", "period", "entries", "conflict", "note"}
    assert (row["indicator"], row["region"], row["period"], row["conflict"]) == \
        ("pengangguran.tpt", "Riau", "Agustus 2024", True)
    assert {"value", "unit", "article_id", "title", "date", "text"} <= set(row["entries"][0])
    assert [e["value"] for e in row["entries"]] == ["4.12", "4.53"]
    assert row["entries"][0]["text"].startswith("PEKANBARU – Tingkat pengangguran terbuka")
    assert row["note"] and "berbeda" in row["note"]


def test_text_place_alias_period_and_csv(ledger_archive: Path) -> None:
    proc = run_cli(ledger_archive, "indikator", "angka kemiskinan", "--tempat", "Lampung", "--periode", "2023")
    assert proc.returncode == 0, proc.stderr
    assert "Angka kemiskinan | Lampung | Maret 2023" in proc.stdout
    assert "11,11 persen (angka pembanding)" in proc.stdout
    proc = run_cli(ledger_archive, "indikator", "--konflik", "--csv")
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert {r["region"] for r in rows} == {"Riau"} and all(r["conflict"] == "ya" for r in rows)
    proc = run_cli(ledger_archive, "indikator", "inflasi")
    assert proc.returncode == 0 and "Tidak ada angka" in proc.stdout


def test_duplikat_lists_clusters(tmp_path: Path) -> None:
    from ledger_releases import write_republications

    archive = tmp_path / "arsip"
    assert run_cli(archive, "import", str(write_republications(tmp_path / "rilis"))).returncode == 0
    proc = run_cli(archive, "duplikat", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(rows) == 1 and rows[0]["size"] == 4 and len(rows[0]["copies"]) == 3
    assert {r["title"] for r in rows[0]["releases"]} >= {"Kader Posyandu Tanah Laut Dilatih Tiga Hari"}
    proc = run_cli(archive, "duplikat")
    assert "(3 salinan)" in proc.stdout and "1 kelompok, 3 salinan." in proc.stdout
