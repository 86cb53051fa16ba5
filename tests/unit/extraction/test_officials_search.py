"""A post written with its agency's short form is found by either form (our own input, invented names)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from arsip_berita.language.shortforms import position_forms


def test_position_forms() -> None:
    assert position_forms("Kepala Badan Pusat Statistik (BPS) Provinsi Maluku Utara") == [
        "Kepala BPS Provinsi Maluku Utara", "Kepala Badan Pusat Statistik Provinsi Maluku Utara"]
    assert position_forms("Penjabat (Pj.) Bupati Sinjai") == ["Pj Bupati Sinjai", "Penjabat Bupati Sinjai"]
    assert position_forms("Bupati Sinjai") == []


def _cli(archive: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("ARSIP_BERITA_ARCHIVE", None)
    return subprocess.run([sys.executable, "-m", "arsip_berita", "--archive", str(archive), *args],
                          capture_output=True, text=True, env=env, timeout=300)


def test_short_form_of_the_post_finds_the_official(tmp_path: Path) -> None:
    release = tmp_path / "rilis.txt"
    release.write_text("Inflasi Maluku Utara terkendali\n\nKepala Badan Pusat Statistik (BPS) Provinsi Maluku "
                       "Utara, Darsono Lataka, mengatakan inflasi tahunan 2,3 persen.\n", encoding="utf-8")
    archive = tmp_path / "arsip"
    assert _cli(archive, "import", str(release)).returncode == 0
    for query in ('jabatan:"Kepala BPS"', 'jabatan:"Kepala Badan Pusat Statistik"'):
        out = _cli(archive, "search", query, "--json")
        assert json.loads(out.stdout.splitlines()[0])["total"] == 1, (query, out.stdout, out.stderr)
