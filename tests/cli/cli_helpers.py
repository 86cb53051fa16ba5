"""Run the CLI in a subprocess, as a user would; our own release texts for the CLI tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def subprocess_env() -> dict[str, str]:
    """The package from this checkout, whether or not it is installed; no default archive."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    env.pop("ARSIP_BERITA_ARCHIVE", None)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


RELEASES = {
    "2024/kemiskinan.txt": (
        "Rapat Koordinasi Penanggulangan Kemiskinan Kabupaten Contoh\n\n"
        "KUALA KURUN – Pemerintah kabupaten menggelar rapat koordinasi penanggulangan kemiskinan, "
        "Selasa (3/12/2024). Angka kemiskinan daerah tercatat 6,02 persen.\n\n"
        "Bupati meminta perangkat daerah memperbarui data keluarga sasaran."),
    "2024/pasar.md": (
        "# Pasar Murah Digelar Menjelang Natal\n\n"
        "Dinas Perdagangan menggelar pasar murah pada 18/12/2024 dengan 2.000 paket bahan pokok.\n"),
    "2023/banjir rob.txt": (
        "Banjir Rob Rendam Permukiman Pesisir\n\n"
        "Banjir rob setinggi 40 sentimeter merendam permukiman pesisir pada 7/11/2023. "
        "Petugas mendirikan dapur umum."),
}


def run_cli(archive: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "arsip_berita", "--archive", str(archive), *args],
                          capture_output=True, text=True, encoding="utf-8", env=subprocess_env(),
                          timeout=timeout)


def write_releases(folder: Path) -> Path:
    for name, text in RELEASES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder
