"""Our own small releases, and an archive built from them, for the search tests."""

from __future__ import annotations

from pathlib import Path

from arsip_berita.archive.service import ArchiveService

RELEASES = {
    "kemiskinan.txt": (
        "Angka Kemiskinan Kabupaten Contoh Turun Tipis\n\n"
        "PALANGKA RAYA – Rapat koordinasi penanggulangan kemiskinan digelar di aula kantor bupati, "
        "Selasa (3/12/2024). Angka kemiskinan tercatat 5,17 persen atau 14.630 jiwa.\n\n"
        "Sekretaris daerah meminta data sasaran diperbarui setiap triwulan."),
    "bantuan.txt": (
        "Bantuan Sembako untuk Keluarga Miskin di Desa Tepian\n\n"
        "Dinas Sosial menyalurkan sembako kepada 320 keluarga miskin pada 10/3/2024. "
        "Penyaluran dikawal pendamping desa agar tepat sasaran."),
    "banjir.txt": (
        "Banjir Rendam Jembatan Desa Sungai Hijau\n\n"
        "KASONGAN – Banjir setinggi satu meter merendam jembatan kayu di Desa Sungai Hijau, "
        "Senin (20/11/2023). Warga mengungsi ke balai desa."),
    "vaksinasi.txt": (
        "Vaksinasi Anak Serentak di Puskesmas\n\n"
        "Dinas Kesehatan menggelar vaksinasi untuk 1.250 anak di 14 puskesmas pada 15/6/2024. "
        "Program penanggulangan stunting juga menyasar keluarga dengan angka kemiskinan tinggi."),
    "jembatan.txt": (
        "Jembatan Baru Diresmikan di Kecamatan Hulu\n\n"
        "Bupati meresmikan jembatan beton sepanjang 80 meter pada 5/1/2024. "
        "Papan proyek bertuliskan <script>alert('x')</script> & \"a < b\" dicopot petugas."),
}


def build_archive(folder: Path, src: Path) -> ArchiveService:
    src.mkdir(parents=True, exist_ok=True)
    for name, text in RELEASES.items():
        (src / name).write_text(text, encoding="utf-8")
    svc = ArchiveService.open(folder, with_samples=False)
    report = svc.import_paths([src], processes=1)
    assert report.added == len(RELEASES), report
    return svc
