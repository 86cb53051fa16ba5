<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/articleview.py" line="98"/>
        <source>Pilih hasil pencarian untuk membaca artikelnya.</source>
        <translation>Select a search result to read the article.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/articleview.py" line="109"/>
        <source>Tampilkan atau sembunyikan sorotan jenis ini</source>
        <translation>Show or hide highlights of this type</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/articleview.py" line="117"/>
        <source>Kata dicari sebelumnya (Shift+F3)</source>
        <translation>Previous search hit (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/articleview.py" line="120"/>
        <source>Kata dicari berikutnya (F3)</source>
        <translation>Next search hit (F3)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/articleview.py" line="189"/>
        <source>Kata dicari {0} dari {1} (F3, Shift+F3)</source>
        <translation>Search hit {0} of {1} (F3, Shift+F3)</translation>
    </message>
    <message>
        <source>Kata dicari {0}/{1}</source>
        <translation type="vanished">Hit {0}/{1}</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/articleview.py" line="282"/>
        <source>Klik untuk menyaring hasil pencarian</source>
        <translation>Click to filter the search results</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/dialogs.py" line="43"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/dialogs.py" line="52"/>
        <source>Bahasa antarmuka:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Perubahan bahasa berlaku setelah aplikasi dibuka kembali.</source>
        <translation type="vanished">A language change takes effect when the app is opened again.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/dialogs.py" line="60"/>
        <source>Nama arsip:</source>
        <translation>Archive name:</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/dialogs.py" line="61"/>
        <source>Nama arsip tampil di judul jendela dan di kaki halaman ringkasan yang dicetak; kosongkan untuk memakai nama foldernya. Perubahan bahasa berlaku setelah aplikasi dibuka kembali.</source>
        <translation>The archive name shows in the window title and the footer of printed briefs; leave it empty to use the folder&apos;s name. A change of language applies when the app is opened again.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/dialogs.py" line="99"/>
        <source>Pintasan Keyboard</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/dialogs.py" line="100"/>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/dialogs.py" line="100"/>
        <source>Perintah</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/errors.py" line="29"/>
        <source>Arsip Berita</source>
        <translation>Arsip Berita</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/errors.py" line="45"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/errors.py" line="48"/>
        <source>Terjadi kesalahan yang tidak terduga. Pekerjaan Anda di arsip aman; salin rincian di bawah ini bila melaporkan masalah.</source>
        <translation>An unexpected error occurred. Your archive is safe; copy the details below when reporting the problem.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/errors.py" line="56"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/facets.py" line="22"/>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="125"/>
        <source>Pejabat</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/facets.py" line="22"/>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="126"/>
        <source>Instansi</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/facets.py" line="22"/>
        <source>Provinsi</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/facets.py" line="23"/>
        <source>Kabupaten/Kota</source>
        <translation>Regencies/Cities</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/facets.py" line="23"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/facets.py" line="23"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/facets.py" line="24"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="106"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="273"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="287"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Klik untuk menyaring, klik lagi untuk menghapus saringan</source>
        <translation type="vanished">Click to filter, click again to remove the filter</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/importdialog.py" line="37"/>
        <source>{0} artikel ditambahkan, {1} dilewati karena duplikat, {2} gagal.</source>
        <translation>{0} articles added, {1} skipped as duplicates, {2} failed.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/importdialog.py" line="40"/>
        <source>Impor dibatalkan; artikel yang sudah masuk tetap tersimpan.</source>
        <translation>Import cancelled; the articles already imported are kept.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/importdialog.py" line="50"/>
        <source>Hasil impor</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/importdialog.py" line="56"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/importdialog.py" line="56"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/importdialog.py" line="66"/>
        <source>Berkas yang gagal diimpor:</source>
        <translation>Files that could not be imported:</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/importdialog.py" line="96"/>
        <source>Menyiapkan impor ...</source>
        <translation>Preparing the import ...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="62"/>
        <source>penulis</source>
        <translation>writer</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="62"/>
        <source>pembaca</source>
        <translation>reader</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="67"/>
        <source>Peran Anda: penulis — dapat mencari, membaca, dan mengimpor siaran pers.</source>
        <translation>Your role: writer — you can search, read and import press releases.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="68"/>
        <source>Peran Anda: pembaca — hanya mencari dan membaca; impor tidak tersedia.</source>
        <translation>Your role: reader — search and read only; import is not available.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="72"/>
        <source>Akun Anda pada arsip bersama {0} hanya pembaca: Anda dapat mencari dan membaca, tetapi tidak mengimpor. Minta admin TI memberi akun Anda peran penulis bila Anda bertugas mengimpor.</source>
        <translation>Your account on the shared archive {0} is a reader: you can search and read, but not import. Ask IT to give your account the writer role if importing is part of your work.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="83"/>
        <source>Buka arsip bersama</source>
        <translation>Open shared archive</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="84"/>
        <source>Alamat server arsip bersama (tanyakan kepada admin TI):</source>
        <translation>Server address of the shared archive (ask your IT administrator):</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="90"/>
        <source>Aplikasi tidak menyimpan kata sandi: simpan sandi server di berkas pgpass atau berkas layanan (pg_service) PostgreSQL Anda.</source>
        <translation>The app does not store passwords: keep the server password in your PostgreSQL pgpass file or service file (pg_service).</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="96"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="97"/>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="88"/>
        <location filename="../work/main/src/arsip_berita/gui/importdialog.py" line="96"/>
        <location filename="../work/main/src/arsip_berita/gui/printflow.py" line="81"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="114"/>
        <source>Alamat diawali postgresql://, misalnya {0}</source>
        <translation>The address starts with postgresql://, for example {0}</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="149"/>
        <source>Tunggu sampai pekerjaan yang sedang berjalan selesai, lalu buka arsip lagi.</source>
        <translation>Wait until the running work has finished, then open the archive again.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="154"/>
        <source>Folder arsip {0} tidak ditemukan.</source>
        <translation>Archive folder {0} not found.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="155"/>
        <source>Membuka arsip {0} ...</source>
        <translation>Opening archive {0} ...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="213"/>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="295"/>
        <source>Arsip bersama: {0}</source>
        <translation>Shared archive: {0}</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="213"/>
        <source>Folder: {0}</source>
        <translation>Folder: {0}</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/archivechoice.py" line="223"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="47"/>
        <location filename="../work/main/src/arsip_berita/gui/importdialog.py" line="98"/>
        <source>Impor siaran pers</source>
        <translation>Import press releases</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/importdialog.py" line="118"/>
        <source>Berkas {0} dari {1}: {2}
{3} ditambahkan, {4} duplikat, {5} gagal</source>
        <translation>File {0} of {1}: {2}
{3} added, {4} duplicates, {5} failed</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="140"/>
        <source>Pencarian</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="187"/>
        <source>Direktori pejabat</source>
        <translation>Officials directory</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="301"/>
        <source>Arsip: {0} · {1} artikel</source>
        <translation>Archive: {0} · {1} articles</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="298"/>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="303"/>
        <source>hanya baca</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="211"/>
        <source>Impor tidak tersedia: akun Anda pada arsip bersama ini hanya pembaca (hanya mencari dan membaca).</source>
        <translation>Import not available: your account on this shared archive is a reader (search and read only).</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="212"/>
        <source>Impor tidak tersedia: arsip ini hanya dapat dibaca.</source>
        <translation>Import not available: this archive is read-only.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="296"/>
        <source>{0} · {1} · {2} artikel</source>
        <translation>{0} · {1} · {2} articles</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="299"/>
        <source>Arsip bersama di server {0}</source>
        <translation>Shared archive on server {0}</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="307"/>
        <source>{0} contoh</source>
        <translation>{0} samples</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="344"/>
        <source>{0} hasil ({1} ms)</source>
        <translation>{0} results ({1} ms)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="346"/>
        <source>{0} teratas ditampilkan</source>
        <translation>top {0} shown</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="348"/>
        <source>{0} artikel terbaru</source>
        <translation>{0} newest articles</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="353"/>
        <source>Arsip masih kosong: impor siaran pers melalui Berkas &gt; Impor (Ctrl+O), atau seret berkas dan folder ke jendela ini.</source>
        <translation>The archive is empty: import press releases with File &gt; Import (Ctrl+O), or drag files and folders onto this window.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="356"/>
        <source>Tidak ada hasil untuk “{0}”. Periksa ejaan, pakai kata yang lebih umum, atau hapus saringan.</source>
        <translation>No results for “{0}”. Check the spelling, use more general words, or remove filters.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="362"/>
        <source>Tidak ada artikel untuk ditampilkan.</source>
        <translation>No article to show.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="42"/>
        <source>Arsip ini hanya dapat dibaca; impor tidak tersedia.</source>
        <translation>This archive is read-only; import is not available.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="48"/>
        <source>Siaran pers (*.txt *.md *.html *.htm *.docx *.pdf *.json *.jsonl *.xml *.csv *.tsv *.xlsx *.sql);;Semua berkas (*)</source>
        <translation>Press releases (*.txt *.md *.html *.htm *.docx *.pdf *.json *.jsonl *.xml *.csv *.tsv *.xlsx *.sql);;All files (*)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="53"/>
        <source>Impor folder siaran pers</source>
        <translation>Import a folder of press releases</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="66"/>
        <source>Lihat yang gagal ({0})</source>
        <translation>Show the failures ({0})</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="81"/>
        <source>Arsip ini tidak berisi siaran pers contoh.</source>
        <translation>This archive holds no sample releases.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="83"/>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="87"/>
        <source>Hapus contoh</source>
        <translation>Remove samples</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="84"/>
        <source>Hapus {0} siaran pers contoh (fiktif) dari arsip ini? Artikel Anda sendiri tidak tersentuh.</source>
        <translation>Remove {0} (fictional) sample releases from this archive? Your own articles are not touched.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="105"/>
        <source>Menghapus siaran pers contoh ...</source>
        <translation>Removing the sample releases ...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="113"/>
        <source>{0} siaran pers contoh dihapus.</source>
        <translation>{0} sample releases removed.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="133"/>
        <source>Belum ada artikel yang dipilih.</source>
        <translation>No article selected.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="157"/>
        <source>hasil-terpilih</source>
        <translation>selected-results</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="166"/>
        <source>artikel-terbaru</source>
        <translation>newest-articles</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/fileactions.py" line="175"/>
        <source>PDF ditulis: {0} ({1} halaman)</source>
        <translation>PDF written: {0} ({1} pages)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="512"/>
        <source>Bahasa kueri</source>
        <translation>Query language</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="521"/>
        <source>Tentang Arsip Berita</source>
        <translation>About Arsip Berita</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="522"/>
        <source>Arsip Berita {0}
Pembaca arsip siaran pers pemerintah daerah.</source>
        <translation>Arsip Berita {0}
A reader for archives of regional-government press releases.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="19"/>
        <source>Buka arsip &amp;bersama...</source>
        <translation>Open s&amp;hared archive...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="20"/>
        <source>&amp;Impor berkas...</source>
        <translation>&amp;Import files...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="21"/>
        <source>Impor &amp;folder...</source>
        <translation>Import &amp;folder...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="22"/>
        <source>&amp;Hapus contoh...</source>
        <translation>&amp;Remove samples...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="24"/>
        <source>&amp;Cetak ringkasan artikel...</source>
        <translation>&amp;Print article brief...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="25"/>
        <source>Cetak hasil &amp;terpilih...</source>
        <translation>Print &amp;selected results...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="26"/>
        <source>&amp;Ekspor PDF artikel...</source>
        <translation>&amp;Export article PDF...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="27"/>
        <source>Ekspor PDF hasil terpilih...</source>
        <translation>Export selected results as PDF...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="28"/>
        <source>Ekspor PDF &amp;semua hasil...</source>
        <translation>Export &amp;all results as PDF...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="30"/>
        <source>&amp;Pengaturan...</source>
        <translation>Se&amp;ttings...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="31"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="32"/>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="50"/>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="33"/>
        <source>&amp;Hapus semua saringan</source>
        <translation>&amp;Clear all filters</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="34"/>
        <source>Urutkan menurut &amp;tanggal</source>
        <translation>Sort by &amp;date</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="35"/>
        <source>Kata dicari &amp;berikutnya</source>
        <translation>&amp;Next hit</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="36"/>
        <source>Kata dicari &amp;sebelumnya</source>
        <translation>&amp;Previous hit</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="37"/>
        <source>Fokus ke &amp;hasil</source>
        <translation>Focus &amp;results</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="38"/>
        <source>Fokus ke &amp;artikel</source>
        <translation>Focus &amp;article</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="39"/>
        <source>Fokus ke &amp;panel samping</source>
        <translation>Focus side &amp;panel</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="40"/>
        <source>Fokus ke &amp;saringan</source>
        <translation>Focus &amp;filters</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="41"/>
        <source>&amp;Direktori pejabat</source>
        <translation>&amp;Officials directory</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="42"/>
        <source>&amp;Indikator (angka antar-rilis)</source>
        <translation>&amp;Indicators (figures across releases)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="43"/>
        <source>&amp;Pintasan Keyboard</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="44"/>
        <source>Bahasa &amp;kueri</source>
        <translation>&amp;Query language</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="45"/>
        <source>&amp;Tentang Arsip Berita</source>
        <translation>&amp;About Arsip Berita</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="50"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="50"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="50"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/menus.py" line="68"/>
        <source>Arsip te&amp;rakhir</source>
        <translation>Rece&amp;nt archives</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="102"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="376"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="85"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="104"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="375"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="85"/>
        <source>Rilis</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="85"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="93"/>
        <source>Indikator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="93"/>
        <source>Tempat:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="94"/>
        <source>Satuan:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="118"/>
        <source>, {0} konflik</source>
        <translation>, {0} conflicts</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="149"/>
        <source>(tanpa satuan)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="201"/>
        <source>{0} angka dari {1} periode.</source>
        <translation>{0} figures from {1} periods.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="203"/>
        <source>{0} periode dengan angka yang berbeda antar-rilis (tanda silang merah).</source>
        <translation>{0} periods with figures that differ between releases (red crosses).</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="204"/>
        <source>Belum ada angka untuk pilihan ini.</source>
        <translation>No figures for this choice yet.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="212"/>
        <source>angka pembanding</source>
        <translation>compared figure</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="260"/>
        <source>Menyusun buku indikator...</source>
        <translation>Building the indicator ledger...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="108"/>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="127"/>
        <source>Tempat</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="111"/>
        <source>Cuplikan</source>
        <translation>Snippet</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="146"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="184"/>
        <source>Siaran pers contoh (fiktif), bawaan aplikasi</source>
        <translation>Sample release (fictional), bundled with the app</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="177"/>
        <source>contoh</source>
        <translation>sample</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="186"/>
        <source>Pejabat: {0}</source>
        <translation>Official: {0}</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="218"/>
        <source>Saring</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="219"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/histogram.py" line="82"/>
        <source>Sebaran hasil menurut waktu. Klik batang untuk menyaring periodenya.</source>
        <translation>Results over time. Click a bar to filter by its period.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/histogram.py" line="83"/>
        <source>Sebaran hasil menurut waktu</source>
        <translation>Results over time</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/histogram.py" line="159"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="256"/>
        <source>Klik untuk menghapus saringan ini</source>
        <translation>Click to remove this filter</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/histogram.py" line="159"/>
        <source>Klik untuk menyaring periode ini</source>
        <translation>Click to filter by this period</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="256"/>
        <source>Klik untuk menyaring hasil</source>
        <translation>Click to filter the results</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/histogram.py" line="160"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="257"/>
        <source>{0}: {1} artikel</source>
        <translation>{0}: {1} articles</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="238"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="267"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="285"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="85"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="269"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="285"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="270"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="285"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/indicatorview.py" line="85"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="271"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="286"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="272"/>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="286"/>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="280"/>
        <source>sumber: {0}</source>
        <translation>source: {0}</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="287"/>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="296"/>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="125"/>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="126"/>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="127"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="298"/>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="125"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="299"/>
        <source>Artikel</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="313"/>
        <source>{0} artikel</source>
        <translation>{0} articles</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/models.py" line="319"/>
        <source>Juga ditulis: {0}</source>
        <translation>Also written: {0}</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/officials.py" line="86"/>
        <source>Saring nama atau jabatan ...</source>
        <translation>Filter by name or position ...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/officials.py" line="109"/>
        <source>Cari semua artikelnya</source>
        <translation>Search all their articles</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/officials.py" line="112"/>
        <source>Memuat daftar pejabat ...</source>
        <translation>Loading the officials ...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/officials.py" line="143"/>
        <source>{0} dari {1} pejabat</source>
        <translation>{0} of {1} officials</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/officials.py" line="145"/>
        <source>{0} pejabat di arsip</source>
        <translation>{0} officials in the archive</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/officials.py" line="141"/>
        <source>Belum ada pejabat yang dikenali di arsip.</source>
        <translation>No officials recognised in the archive yet.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/officials.py" line="160"/>
        <source>(jabatan tidak disebut)</source>
        <translation>(position not given)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/officials.py" line="161"/>
        <source>Jabatan:</source>
        <translation>Positions:</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/printflow.py" line="59"/>
        <source>Kumpulan ringkasan siaran pers</source>
        <translation>Press release briefs</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/printflow.py" line="83"/>
        <source>Menyiapkan dokumen</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/printflow.py" line="104"/>
        <source>Menyusun ringkasan ...</source>
        <translation>Building the briefs ...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/printflow.py" line="129"/>
        <source>Pratinjau cetak</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/printflow.py" line="143"/>
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/printflow.py" line="143"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/printflow.py" line="149"/>
        <source>Menulis PDF {0} ...</source>
        <translation>Writing PDF {0} ...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/resultsview.py" line="68"/>
        <source>Relevansi</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/resultsview.py" line="68"/>
        <source>Terbaru</source>
        <translation>Newest</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/resultsview.py" line="68"/>
        <source>Terlama</source>
        <translation>Oldest</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/resultsview.py" line="70"/>
        <source>Urutan hasil</source>
        <translation>Result order</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/resultsview.py" line="82"/>
        <source>Urutkan:</source>
        <translation>Sort:</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/resultsview.py" line="145"/>
        <source>Mungkin maksud Anda:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/resultsview.py" line="150"/>
        <source>Cari “{0}”</source>
        <translation>Search “{0}”</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/searchbar.py" line="24"/>
        <source>Kata-kata dicari bersama (AND); &quot;frasa persis&quot;; OR; -kecualikan; awalan*; mirip~.
Saringan: pejabat:&quot;Nama&quot;  jabatan:&quot;Kepala BPS&quot;  instansi:BPS  tempat:Kalteng
tanggal:2024-12  tanggal:2024-01-01..2024-06-30  sumber:...  indikator:kemiskinan
Singkatan (BPS, APBD, Pilkada) juga mencari kepanjangannya; undang-undang dan covid-19 dibaca satu kata.</source>
        <translation>All words must match (AND); &quot;exact phrase&quot;; OR; -exclude; prefix*; fuzzy~.
Filters (English aliases work too): official:&quot;Name&quot;  position:&quot;Kepala BPS&quot;  org:BPS  place:Kalteng
date:2024-12  date:2024-01-01..2024-06-30  source:...  indicator:kemiskinan
Acronyms (BPS, APBD, Pilkada) also find their full form; undang-undang and covid-19 are read as one word.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/searchbar.py" line="57"/>
        <source>Cari: kemiskinan 2024, pejabat:&quot;Nama&quot;, tempat:Kalteng ... (Ctrl+F)</source>
        <translation>Search: kemiskinan 2024, official:&quot;Name&quot;, place:Kalteng ... (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/searchbar.py" line="70"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/searchbar.py" line="71"/>
        <source>Pencarian sebelumnya</source>
        <translation>Previous searches</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/searchbar.py" line="76"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/searchbar.py" line="77"/>
        <source>Jalankan pencarian (Enter)</source>
        <translation>Run the search (Enter)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="75"/>
        <source>tempat acara</source>
        <translation>venue</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="75"/>
        <source>kota berita</source>
        <translation>dateline city</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="93"/>
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="117"/>
        <source>Klik: tunjukkan kalimatnya di teks</source>
        <translation>Click: show its sentence in the text</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="122"/>
        <source>Angka</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="126"/>
        <source>Singkatan</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="127"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="128"/>
        <source>Kutipan</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="128"/>
        <source>Pembicara</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="135"/>
        <source>Klik: tunjukkan di teks. Klik ganda: saring pencarian.</source>
        <translation>Click: show in the text. Double-click: filter the search.</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="168"/>
        <source>{0} angka</source>
        <translation>{0} figures</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="168"/>
        <source>{0} pejabat</source>
        <translation>{0} officials</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="168"/>
        <source>{0} instansi</source>
        <translation>{0} agencies</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="168"/>
        <source>{0} tempat</source>
        <translation>{0} places</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/statspanel.py" line="168"/>
        <source>{0} kutipan</source>
        <translation>{0} quotes</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/app.py" line="142"/>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="101"/>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="102"/>
        <location filename="../work/main/src/arsip_berita/gui/mainwindow.py" line="114"/>
        <source>Membuka arsip ...</source>
        <translation>Opening the archive ...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/articleview.py" line="303"/>
        <source>sumber asli</source>
        <translation>original source</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/articleview.py" line="299"/>
        <source>Nomor {0}</source>
        <translation>No. {0}</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="45"/>
        <source>{0} · {1} · {2}: {3} angka dari {4} rilis</source>
        <translation>{0} · {1} · {2}: {3} figures from {4} releases</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="48"/>
        <source>BERBEDA antar-rilis: {0}</source>
        <translation>DIFFERS between releases: {0}</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="54"/>
        <source>sebelumnya {0} ({1}, rilis “{2}”, {3})</source>
        <translation>previously {0} ({1}, release “{2}”, {3})</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="56"/>
        <source>tanpa tanggal</source>
        <translation>undated</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="59"/>
        <source>klik ganda: grafik indikator</source>
        <translation>double-click: indicator chart</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="154"/>
        <source>Belum ada pantauan: simpan kueri yang sedang dicari sebagai pantauan</source>
        <translation>No watchlists yet: save the current query as a watchlist</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="156"/>
        <source>Pantauan: {0} baru</source>
        <translation>Watchlists: {0} new</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="156"/>
        <source>Pantauan</source>
        <translation>Watchlists</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="158"/>
        <source>{0}: {1} baru dari {2}</source>
        <translation>{0}: {1} new of {2}</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="169"/>
        <source>{0} ({1} baru)</source>
        <translation>{0} ({1} new)</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="174"/>
        <source>Simpan kueri ini sebagai pantauan...</source>
        <translation>Save this query as a watchlist...</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="178"/>
        <source>Hapus pantauan</source>
        <translation>Remove watchlist</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="204"/>
        <source>Simpan pantauan</source>
        <translation>Save watchlist</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/ledgerlinks.py" line="204"/>
        <source>Nama pantauan:</source>
        <translation>Watchlist name:</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/copies.py" line="28"/>
        <source>+{0} salinan</source>
        <translation>+{0} copies</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/copies.py" line="72"/>
        <source>Gabungkan &amp;salinan di hasil</source>
        <translation>Fold &amp;copies in the results</translation>
    </message>
    <message>
        <location filename="../work/main/src/arsip_berita/gui/copies.py" line="115"/>
        <source>{0} salinan digabung</source>
        <translation>{0} copies folded</translation>
    </message>
</context>
</TS>
