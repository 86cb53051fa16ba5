"""`arsip-berita pantau` in a subprocess: a saved query marks what later imports bring as new."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cli_helpers import run_cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "ledger"))
from ledger_releases import RELEASES  # noqa: E402


def _write(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(RELEASES[name], encoding="utf-8")
    return folder


def test_new_matches_after_import_then_seen(tmp_path: Path) -> None:
    archive = tmp_path / "arsip"
    assert run_cli(archive, "import", str(_write(tmp_path / "satu", ["c1.txt", "a1.txt"]))).returncode == 0
    proc = run_cli(archive, "pantau")
    assert proc.returncode == 0 and "Belum ada pantauan" in proc.stdout
    proc = run_cli(archive, "pantau", "tambah", "Pengangguran Riau", "pengangguran tempat:Riau")
    assert proc.returncode == 0, proc.stderr
    assert "1 artikel cocok" in proc.stdout
    rows = [json.loads(x) for x in run_cli(archive, "pantau", "--json").stdout.splitlines()]
    assert [(r["name"], r["total"], r["new"]) for r in rows] == [("Pengangguran Riau", 1, 0)]

    proc = run_cli(archive, "import", str(_write(tmp_path / "dua", ["c2.txt", "b1.txt"])))
    assert proc.returncode == 0, proc.stderr
    assert "Pantauan 'Pengangguran Riau': 1 baru (2 artikel cocok)" in proc.stdout
    rows = [json.loads(x) for x in run_cli(archive, "pantau", "--json").stdout.splitlines()]
    assert [(r["total"], r["new"]) for r in rows] == [(2, 1)]
    assert "1 baru" in run_cli(archive, "pantau").stdout
    proc = run_cli(archive, "pantau", "lihat", "pengangguran riau")
    assert proc.returncode == 0 and "Bursa Kerja Digelar di Pekanbaru" in proc.stdout
    rows = [json.loads(x) for x in run_cli(archive, "pantau", "--json").stdout.splitlines()]
    assert [(r["total"], r["new"]) for r in rows] == [(2, 0)]

    summary = json.loads(run_cli(archive, "pantau", "ringkasan", "Pengangguran Riau", "--json").stdout)
    assert summary["count"] == 1 and summary["previous_count"] == 1 and summary["change"] == 0
    assert [f["figure"] for f in summary["figures"]] == ["4,53 persen"]
    pdf = tmp_path / "pekanan.pdf"
    proc = run_cli(archive, "pantau", "ringkasan", "Pengangguran Riau", "--pdf", str(pdf))
    assert proc.returncode == 0, proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and "1 halaman" in proc.stderr
    assert run_cli(archive, "pantau", "hapus", "Pengangguran Riau").returncode == 0
    assert run_cli(archive, "pantau", "hapus", "Pengangguran Riau").returncode == 1
    assert run_cli(archive, "pantau", "lihat", "tidak ada").returncode == 1
