"""Invented releases for the ledger tests (our own words; every person and event is fictional).
Each scenario names one indicator, region and period: rounding, unit scaling, a real conflict, an
announced revision and a stated baseline."""

from __future__ import annotations

from pathlib import Path

RELEASES = {
    # rounding: 7,26 and 7,3 agree
    "a1.txt": ("Rapat Evaluasi Program Pengentasan Kemiskinan Provinsi Jambi\n\n"
               "JAMBI – Persentase penduduk miskin Provinsi Jambi pada Maret 2024 sebesar 7,26 persen. "
               "Kepala Bappeda, Rudi Hartanto, menyampaikannya dalam rapat evaluasi, Rabu (10/4/2024)."),
    "a2.txt": ("Gubernur Minta Data Keluarga Sasaran Diperbarui\n\n"
               "JAMBI – Tingkat kemiskinan Provinsi Jambi pada Maret 2024 sebesar 7,3 persen, ujar "
               "Asisten II Sekda, Lestari Wulandari, Kamis (2/5/2024)."),
    # unit scaling: 291,79 ribu jiwa and 291.790 jiwa agree
    "b1.txt": ("Penduduk Miskin Provinsi Bengkulu Berkurang\n\n"
               "BENGKULU – Jumlah penduduk miskin Provinsi Bengkulu pada Maret 2024 sebanyak 291,79 ribu jiwa, "
               "kata Kepala Dinas Sosial, Hendra Saputra, Senin (8/7/2024)."),
    "b2.txt": ("Dinas Sosial Bengkulu Salurkan Bantuan Pangan\n\n"
               "BENGKULU – Jumlah penduduk miskin Provinsi Bengkulu pada Maret 2024 sebanyak 291.790 jiwa. "
               "Bantuan pangan disalurkan mulai Selasa (16/7/2024)."),
    # a real conflict: 4,12 against 4,53
    "c1.txt": ("Pengangguran di Provinsi Riau Menurun\n\n"
               "PEKANBARU – Tingkat pengangguran terbuka Provinsi Riau pada Agustus 2024 sebesar 4,12 persen. "
               "Kepala Disnaker, Anton Wijaya, menyebut lowongan kerja bertambah, Rabu (6/11/2024)."),
    "c2.txt": ("Bursa Kerja Digelar di Pekanbaru\n\n"
               "PEKANBARU – Tingkat pengangguran terbuka Provinsi Riau pada Agustus 2024 sebesar 4,53 persen. "
               "Bursa kerja dibuka untuk pencari kerja, Senin (18/11/2024)."),
    # an announced revision: a note, not a conflict
    "d1.txt": ("Ekonomi Provinsi Gorontalo Tumbuh\n\n"
               "GORONTALO – Angka sementara pertumbuhan ekonomi Provinsi Gorontalo tahun 2023 sebesar 4,5 persen. "
               "Kepala Bappeda, Yusuf Rahman, menyampaikannya Selasa (6/2/2024)."),
    "d2.txt": ("BPS Perbarui Angka Pertumbuhan Ekonomi\n\n"
               "GORONTALO – Pertumbuhan ekonomi Provinsi Gorontalo tahun 2023 direvisi menjadi 4,1 persen. "
               "Pembaruan itu disampaikan Kamis (2/5/2024)."),
    # a stated baseline becomes an entry for its own period
    "e1.txt": ("Kemiskinan Provinsi Lampung Turun\n\n"
               "BANDAR LAMPUNG – Angka kemiskinan Provinsi Lampung pada Maret 2024 sebesar 10,69 persen, turun "
               "0,42 poin dibandingkan Maret 2023 yang sebesar 11,11 persen. Hal itu disampaikan Sekda, "
               "Bambang Irawan, Senin (1/7/2024)."),
}


def write_releases(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in RELEASES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# One invented release and its republications, for the near-duplicate tests.
ORIGINAL_TITLE = "Pemkab Tanah Laut Gelar Pelatihan Kader Posyandu"
ORIGINAL_BODY = (
    "PELAIHARI – Pemerintah Kabupaten Tanah Laut menggelar pelatihan bagi 240 kader posyandu dari sebelas "
    "kecamatan di aula dinas kesehatan, Selasa (14/5/2024). Pelatihan berlangsung tiga hari dan diisi materi "
    "pengukuran tinggi badan balita, pencatatan gizi, serta penyuluhan makanan pendamping air susu ibu.\n\n"
    "Kepala Dinas Kesehatan, Ratna Kusumawati, mengatakan kader adalah ujung tombak pencegahan stunting di "
    "desa. Menurutnya, data yang rapi di posyandu membantu puskesmas menemukan balita yang perlu ditangani "
    "lebih awal sehingga intervensi tidak terlambat.\n\n"
    "Ia berharap setiap kader membagikan ilmu yang didapat kepada rekan di desanya masing-masing. Pemerintah "
    "daerah juga menyiapkan timbangan digital dan alat ukur panjang badan untuk seluruh posyandu tahun ini, "
    "ujarnya.\n\n"
    "Salah satu peserta dari Kecamatan Bati-Bati, Siti Aminah, mengaku senang karena bisa belajar cara "
    "membaca grafik pertumbuhan anak dengan benar.")


def republications() -> dict[str, tuple[str, str]]:
    """name -> (title, body): a portal copy with another title suffix, a lightly edited copy and a
    WhatsApp copy, plus an unrelated release on the same topic that is no copy."""
    edited = (ORIGINAL_BODY.replace("menggelar", "mengadakan").replace("tiga hari", "selama tiga hari")
              .replace("Ia berharap", "Dia berharap").replace("ujarnya", "kata Ratna"))
    whatsapp = ("*" + ORIGINAL_TITLE.upper() + "*\n\n" + ORIGINAL_BODY.replace("\n\n", "\n")
                .replace("Kepala Dinas Kesehatan", "*Kepala Dinas Kesehatan*") + "\n\n_Sumber: Diskominfo_ 🙏")
    other = ("PELAIHARI – Dinas Kesehatan Kabupaten Tanah Laut membuka kelas ibu hamil di enam puskesmas. "
             "Kelas itu mengajarkan gizi seimbang, tanda bahaya kehamilan dan persiapan persalinan. Bidan desa "
             "menjadi pengajar, dan kelas digelar setiap Sabtu pagi selama dua bulan. Kepala Dinas Kesehatan, "
             "Ratna Kusumawati, berharap angka kematian ibu terus menurun.")
    return {
        "asli.txt": (ORIGINAL_TITLE, ORIGINAL_BODY),
        "portal.txt": (ORIGINAL_TITLE + " | Portal Berita Kalsel", ORIGINAL_BODY + "\n\nEditor: Yudi"),
        "suntingan.txt": ("Kader Posyandu Tanah Laut Dilatih Tiga Hari", edited),
        "whatsapp.txt": ("Pelatihan kader posyandu", whatsapp),
        "lain.txt": ("Dinkes Tanah Laut Buka Kelas Ibu Hamil", other),
    }


def write_republications(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, body) in republications().items():
        (folder / name).write_text(title + "\n\n" + body, encoding="utf-8")
    return folder
