"""Indonesian labels for Qt's own dialogs (file dialog, buttons, print preview, context menus).

Qt ships no Indonesian catalogue, so its file dialog said "Look in", "File name", "Save", "Cancel"
in an otherwise Indonesian app. This table is the source; ``python resources/translations/qt_id.py``
writes ``qt_id.ts`` and compiles ``qt_id.qm`` with pyside6-lrelease. The source strings are Qt 6's
(contexts and texts as in Qt's qtbase catalogues).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

TABLE: dict[str, dict[str, str]] = {
    "QFileDialog": {
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nFolder tidak ditemukan.\nPeriksa kembali nama folder yang diberikan.",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nBerkas tidak ditemukan.\nPeriksa kembali nama berkas yang diberikan.",
        "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti dengan yang baru?",
        "&Choose": "&Pilih",
        "&Delete": "&Hapus",
        "&Look in:": "&Lihat di:",
        "&New Folder": "Folder &baru",
        "&Open": "&Buka",
        "&Rename": "&Ganti nama",
        "&Save": "&Simpan",
        "'%1' is write protected.\nDo you want to delete it anyway?":
            "'%1' dilindungi dari penulisan.\nTetap hapus?",
        "All Files (*)": "Semua berkas (*)",
        "All files (*)": "Semua berkas (*)",
        "Are you sure you want to delete '%1'?": "Yakin ingin menghapus '%1'?",
        "Back": "Kembali",
        "Change to detail view mode": "Tampilan rinci",
        "Change to list view mode": "Tampilan daftar",
        "Could not delete directory.": "Folder tidak dapat dihapus.",
        "Create New Folder": "Buat folder baru",
        "Create a New Folder": "Buat folder baru",
        "Delete": "Hapus",
        "Detail View": "Tampilan rinci",
        "Directories": "Folder",
        "Directory:": "Folder:",
        "File &name:": "&Nama berkas:",
        "Files": "Berkas",
        "Files of &type:": "&Jenis berkas:",
        "Find Directory": "Pilih folder",
        "Forward": "Maju",
        "Go back": "Kembali",
        "Go forward": "Maju",
        "Go to the parent directory": "Ke folder induk",
        "List View": "Tampilan daftar",
        "List of places and bookmarks": "Daftar tempat dan penanda",
        "New Folder": "Folder baru",
        "Open": "Buka",
        "Parent Directory": "Folder induk",
        "Recent Places": "Tempat terakhir",
        "Remove": "Hapus",
        "Save As": "Simpan sebagai",
        "Show ": "Tampilkan ",
        "Show &hidden files": "Tampilkan berkas &tersembunyi",
        "Sidebar": "Bilah samping",
    },
    "QFileSystemModel": {
        "Computer": "Komputer", "Date Modified": "Tanggal diubah", "Kind": "Jenis", "My Computer": "Komputer saya",
        "Name": "Nama", "Size": "Ukuran", "Type": "Jenis",
    },
    "QAbstractFileIconProvider": {
        "Alias": "Alias", "Drive": "Drive", "File": "Berkas", "File Folder": "Folder", "Folder": "Folder",
        "Shortcut": "Pintasan", "Unknown": "Tidak dikenal",
    },
    "QPlatformTheme": {
        "&No": "&Tidak", "&Yes": "&Ya", "Abort": "Batalkan", "Apply": "Terapkan", "Cancel": "Batal",
        "Close": "Tutup", "Discard": "Buang", "Help": "Bantuan", "Ignore": "Abaikan", "N&o to All": "T&idak untuk semua",
        "OK": "OK", "Open": "Buka", "Reset": "Atur ulang", "Restore Defaults": "Kembalikan bawaan", "Retry": "Coba lagi",
        "Save": "Simpan", "Save All": "Simpan semua", "Yes to &All": "Ya untuk &semua",
    },
    "QGnomeTheme": {
        "&Cancel": "&Batal", "&Close": "&Tutup", "&OK": "&OK", "&Save": "&Simpan",
        "Close without Saving": "Tutup tanpa menyimpan",
    },
    "QDialogButtonBox": {"OK": "OK"},
    "QProgressDialog": {"Cancel": "Batal"},
    "QInputDialog": {"Enter a value:": "Masukkan nilai:"},
    "QDockWidget": {
        "Close": "Tutup", "Closes the dock widget": "Menutup panel ini", "Float": "Lepaskan",
        "Undocks and re-attaches the dock widget": "Melepas dan memasang kembali panel ini",
    },
    "QMessageBox": {"Hide Details...": "Sembunyikan rincian...", "Show Details...": "Tampilkan rincian..."},
    "QLineEdit": {
        "&Copy": "&Salin", "&Paste": "&Tempel", "&Redo": "&Ulangi", "&Undo": "&Urungkan", "Cu&t": "Po&tong",
        "Delete": "Hapus", "Select All": "Pilih semua",
    },
    "QWidgetTextControl": {
        "&Copy": "&Salin", "&Paste": "&Tempel", "&Redo": "&Ulangi", "&Undo": "&Urungkan", "Cu&t": "Po&tong",
        "Copy &Link Location": "Salin alamat &tautan", "Delete": "Hapus", "Select All": "Pilih semua",
    },
    "QPrintPreviewDialog": {
        "Export to PDF": "Ekspor ke PDF", "First page": "Halaman pertama", "Fit page": "Muat satu halaman",
        "Fit width": "Muat lebar", "Landscape": "Lanskap", "Last page": "Halaman terakhir",
        "Next page": "Halaman berikutnya", "Page Setup": "Pengaturan halaman", "Page setup": "Pengaturan halaman",
        "Portrait": "Potret", "Previous page": "Halaman sebelumnya", "Print": "Cetak", "Print Preview": "Pratinjau cetak",
        "Show facing pages": "Tampilkan halaman berhadapan", "Show overview of all pages": "Tampilkan semua halaman",
        "Show single page": "Tampilkan satu halaman", "Zoom in": "Perbesar", "Zoom out": "Perkecil",
    },
    "QPrintDialog": {
        "%1 already exists.\nDo you want to overwrite it?": "%1 sudah ada.\nTimpa berkas itu?",
        "%1 is a directory.\nPlease choose a different file name.": "%1 adalah folder.\nPilih nama berkas lain.",
        "&Options <<": "&Pilihan <<", "&Options >>": "&Pilihan >>", "&Print": "&Cetak",
        "All Pages": "Semua halaman", "Even Pages": "Halaman genap", "Odd Pages": "Halaman ganjil",
        "File %1 is not writable.\nPlease choose a different file name.":
            "Berkas %1 tidak dapat ditulis.\nPilih nama berkas lain.",
        "Invalid Pages Definition": "Halaman tidak sah", "Local file": "Berkas lokal", "Print": "Cetak",
        "Print To File ...": "Cetak ke berkas ...", "Print to File (PDF)": "Cetak ke berkas (PDF)",
        "The 'From' value cannot be greater than the 'To' value.":
            "Nilai 'dari' tidak boleh lebih besar daripada nilai 'sampai'.",
        "Write PDF file": "Tulis berkas PDF",
    },
    "QPrintWidget": {
        "&Name:": "&Nama:", "Location:": "Lokasi:", "Output &file:": "&Berkas keluaran:", "P&roperties": "P&roperti",
        "Preview": "Pratinjau", "Printer": "Pencetak", "Type:": "Jenis:",
    },
    "QPrintSettingsOutput": {
        "Collate": "Susun", "Color": "Berwarna", "Color Mode": "Mode warna", "Copies": "Salinan", "Copies:": "Salinan:",
        "Current Page": "Halaman ini", "Double Sided Printing": "Cetak bolak-balik", "Grayscale": "Hitam putih",
        "Long side binding": "Jilid sisi panjang", "Off": "Mati", "Options": "Pilihan", "Output Settings": "Pengaturan keluaran",
        "Page &Set:": "&Set halaman:", "Pages": "Halaman", "Pages from": "Halaman dari", "Print all": "Cetak semua",
        "Print range": "Rentang cetak", "Reverse": "Urutan terbalik", "Selection": "Pilihan",
        "Short side binding": "Jilid sisi pendek", "to": "sampai",
    },
    "QPageSetupWidget": {
        "Custom": "Khusus", "Height:": "Tinggi:", "Landscape": "Lanskap", "Margins": "Margin",
        "Millimeters (mm)": "Milimeter (mm)", "Orientation": "Orientasi", "Page &order:": "&Urutan halaman:",
        "Page Layout": "Tata letak halaman", "Page size:": "Ukuran halaman:", "Pages &per sheet:": "Halaman &per lembar:",
        "Paper": "Kertas", "Paper source:": "Sumber kertas:", "Portrait": "Potret", "Reverse landscape": "Lanskap terbalik",
        "Reverse portrait": "Potret terbalik", "Width:": "Lebar:", "bottom margin": "margin bawah",
        "left margin": "margin kiri", "right margin": "margin kanan", "top margin": "margin atas",
    },
}


def write_ts(path: Path) -> None:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="id_ID">']
    for context, messages in TABLE.items():
        out.append(f"<context>\n    <name>{escape(context)}</name>")
        for source, translation in messages.items():
            out.append(f"    <message>\n        <source>{escape(source)}</source>\n"
                       f"        <translation>{escape(translation)}</translation>\n    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> int:
    ts = HERE / "qt_id.ts"
    write_ts(ts)
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return subprocess.run([lrelease, str(ts), "-qm", str(HERE / "qt_id.qm")], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
