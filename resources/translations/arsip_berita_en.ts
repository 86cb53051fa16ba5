<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name />
    <message>
        <location filename="../../src/arsip_berita/gui/articleview.py" line="98" />
        <source>Pilih hasil pencarian untuk membaca artikelnya.</source>
        <translation>Select a search result to read the article.</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/articleview.py" line="109" />
        <source>Tampilkan atau sembunyikan sorotan jenis ini</source>
        <translation>Show or hide highlights of this type</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/articleview.py" line="116" />
        <source>Kata dicari sebelumnya (Shift+F3)</source>
        <translation>Previous search hit (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/articleview.py" line="119" />
        <source>Kata dicari berikutnya (F3)</source>
        <translation>Next search hit (F3)</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/articleview.py" line="186" />
        <source>Kata dicari {0}/{1}</source>
        <translation>Hit {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/articleview.py" line="279" />
        <source>Klik untuk menyaring hasil pencarian</source>
        <translation>Click to filter the search results</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/dialogs.py" line="28" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/dialogs.py" line="36" />
        <source>Bahasa antarmuka:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/dialogs.py" line="37" />
        <source>Perubahan bahasa berlaku setelah aplikasi dibuka kembali.</source>
        <translation>A language change takes effect when the app is opened again.</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/dialogs.py" line="67" />
        <source>Pintasan Keyboard</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/dialogs.py" line="68" />
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/dialogs.py" line="68" />
        <source>Perintah</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/errors.py" line="29" />
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="65" />
        <source>Arsip Berita</source>
        <translation>Arsip Berita</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/errors.py" line="45" />
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/errors.py" line="48" />
        <source>Terjadi kesalahan yang tidak terduga. Pekerjaan Anda di arsip aman; salin rincian di bawah ini bila melaporkan masalah.</source>
        <translation>An unexpected error occurred. Your archive is safe; copy the details below when reporting the problem.</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/errors.py" line="56" />
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/facets.py" line="20" />
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="94" />
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="129" />
        <source>Pejabat</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/facets.py" line="20" />
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="95" />
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="129" />
        <source>Instansi</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/facets.py" line="20" />
        <source>Provinsi</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/facets.py" line="21" />
        <source>Kabupaten/Kota</source>
        <translation>Regencies/Cities</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/facets.py" line="21" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/facets.py" line="21" />
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/facets.py" line="22" />
        <location filename="../../src/arsip_berita/gui/models.py" line="101" />
        <location filename="../../src/arsip_berita/gui/models.py" line="161" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/facets.py" line="51" />
        <source>Klik untuk menyaring, klik lagi untuk menghapus saringan</source>
        <translation>Click to filter, click again to remove the filter</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/importdialog.py" line="34" />
        <source>{0} artikel ditambahkan, {1} dilewati karena duplikat, {2} gagal.</source>
        <translation>{0} articles added, {1} skipped as duplicates, {2} failed.</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/importdialog.py" line="37" />
        <source>Impor dibatalkan; artikel yang sudah masuk tetap tersimpan.</source>
        <translation>Import cancelled; the articles already imported are kept.</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/importdialog.py" line="47" />
        <source>Hasil impor</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/importdialog.py" line="53" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/importdialog.py" line="53" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/importdialog.py" line="63" />
        <source>Berkas yang gagal diimpor:</source>
        <translation>Files that could not be imported:</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/importdialog.py" line="93" />
        <source>Menyiapkan impor ...</source>
        <translation>Preparing the import ...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/importdialog.py" line="93" />
        <location filename="../../src/arsip_berita/gui/printflow.py" line="76" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/importdialog.py" line="95" />
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="332" />
        <source>Impor siaran pers</source>
        <translation>Import press releases</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/importdialog.py" line="113" />
        <source>Berkas {0} dari {1}: {2}
{3} ditambahkan, {4} duplikat, {5} gagal</source>
        <translation>File {0} of {1}: {2}
{3} added, {4} duplicates, {5} failed</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="80" />
        <source>Pencarian</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="118" />
        <source>Direktori pejabat</source>
        <translation>Officials directory</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="175" />
        <source>Arsip: {0} · {1} artikel</source>
        <translation>Archive: {0} · {1} articles</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="177" />
        <source>hanya baca</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="211" />
        <source>{0} hasil ({1} ms)</source>
        <translation>{0} results ({1} ms)</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="213" />
        <source>{0} teratas ditampilkan</source>
        <translation>top {0} shown</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="215" />
        <source>{0} artikel terbaru</source>
        <translation>{0} newest articles</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="218" />
        <source>Arsip masih kosong: impor siaran pers melalui Berkas &gt; Impor (Ctrl+O), atau seret berkas dan folder ke jendela ini.</source>
        <translation>The archive is empty: import press releases with File &gt; Import (Ctrl+O), or drag files and folders onto this window.</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="221" />
        <source>Tidak ada hasil untuk “{0}”. Periksa ejaan, pakai kata yang lebih umum, atau hapus saringan.</source>
        <translation>No results for “{0}”. Check the spelling, use more general words, or remove filters.</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="227" />
        <source>Tidak ada artikel untuk ditampilkan.</source>
        <translation>No article to show.</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="327" />
        <source>Arsip ini hanya dapat dibaca; impor tidak tersedia.</source>
        <translation>This archive is read-only; import is not available.</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="333" />
        <source>Siaran pers (*.txt *.md *.html *.htm *.docx *.pdf *.json *.jsonl *.xml);;Semua berkas (*)</source>
        <translation>Press releases (*.txt *.md *.html *.htm *.docx *.pdf *.json *.jsonl *.xml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="338" />
        <source>Impor folder siaran pers</source>
        <translation>Import a folder of press releases</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="365" />
        <source>Belum ada artikel yang dipilih.</source>
        <translation>No article selected.</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="389" />
        <source>hasil-terpilih</source>
        <translation>selected-results</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="398" />
        <source>artikel-terbaru</source>
        <translation>newest-articles</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="407" />
        <source>PDF ditulis: {0} ({1} halaman)</source>
        <translation>PDF written: {0} ({1} pages)</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="432" />
        <source>Bahasa kueri</source>
        <translation>Query language</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="437" />
        <source>Tentang Arsip Berita</source>
        <translation>About Arsip Berita</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/mainwindow.py" line="438" />
        <source>Arsip Berita {0}
Pembaca arsip siaran pers pemerintah daerah.</source>
        <translation>Arsip Berita {0}
A reader for archives of regional-government press releases.</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="19" />
        <source>&amp;Impor berkas...</source>
        <translation>&amp;Import files...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="20" />
        <source>Impor &amp;folder...</source>
        <translation>Import &amp;folder...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="22" />
        <source>&amp;Cetak ringkasan artikel...</source>
        <translation>&amp;Print article brief...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="23" />
        <source>Cetak hasil &amp;terpilih...</source>
        <translation>Print &amp;selected results...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="24" />
        <source>&amp;Ekspor PDF artikel...</source>
        <translation>&amp;Export article PDF...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="25" />
        <source>Ekspor PDF hasil terpilih...</source>
        <translation>Export selected results as PDF...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="26" />
        <source>Ekspor PDF &amp;semua hasil...</source>
        <translation>Export &amp;all results as PDF...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="28" />
        <source>&amp;Pengaturan...</source>
        <translation>Se&amp;ttings...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="29" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="30" />
        <location filename="../../src/arsip_berita/gui/menus.py" line="47" />
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="31" />
        <source>&amp;Hapus semua saringan</source>
        <translation>&amp;Clear all filters</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="32" />
        <source>Urutkan menurut &amp;tanggal</source>
        <translation>Sort by &amp;date</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="33" />
        <source>Kata dicari &amp;berikutnya</source>
        <translation>&amp;Next hit</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="34" />
        <source>Kata dicari &amp;sebelumnya</source>
        <translation>&amp;Previous hit</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="35" />
        <source>Fokus ke &amp;hasil</source>
        <translation>Focus &amp;results</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="36" />
        <source>Fokus ke &amp;artikel</source>
        <translation>Focus &amp;article</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="37" />
        <source>Fokus ke &amp;panel samping</source>
        <translation>Focus side &amp;panel</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="38" />
        <source>Fokus ke &amp;saringan</source>
        <translation>Focus &amp;filters</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="39" />
        <source>&amp;Direktori pejabat</source>
        <translation>&amp;Officials directory</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="40" />
        <source>&amp;Pintasan Keyboard</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="41" />
        <source>Bahasa &amp;kueri</source>
        <translation>&amp;Query language</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="42" />
        <source>&amp;Tentang Arsip Berita</source>
        <translation>&amp;About Arsip Berita</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="47" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="47" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/menus.py" line="47" />
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="98" />
        <location filename="../../src/arsip_berita/gui/models.py" line="225" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="100" />
        <location filename="../../src/arsip_berita/gui/models.py" line="224" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="102" />
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="96" />
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="129" />
        <source>Tempat</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="104" />
        <source>Cuplikan</source>
        <translation>Snippet</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="121" />
        <source>Saring</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="147" />
        <source>Klik untuk menghapus saringan ini</source>
        <translation>Click to remove this filter</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="147" />
        <source>Klik untuk menyaring hasil</source>
        <translation>Click to filter the results</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="156" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="157" />
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="158" />
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="159" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="160" />
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="170" />
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="94" />
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="95" />
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="96" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="172" />
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="94" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/models.py" line="173" />
        <source>Artikel</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/officials.py" line="72" />
        <source>Saring nama atau jabatan ...</source>
        <translation>Filter by name or position ...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/officials.py" line="92" />
        <source>Cari semua artikelnya</source>
        <translation>Search all their articles</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/officials.py" line="95" />
        <source>Memuat daftar pejabat ...</source>
        <translation>Loading the officials ...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/officials.py" line="113" />
        <source>{0} pejabat di arsip</source>
        <translation>{0} officials in the archive</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/officials.py" line="114" />
        <source>Belum ada pejabat yang dikenali di arsip.</source>
        <translation>No officials recognised in the archive yet.</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/officials.py" line="130" />
        <source>(jabatan tidak disebut)</source>
        <translation>(position not given)</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/officials.py" line="131" />
        <source>Jabatan:</source>
        <translation>Positions:</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/printflow.py" line="57" />
        <source>Kumpulan ringkasan siaran pers</source>
        <translation>Press release briefs</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/printflow.py" line="78" />
        <source>Menyiapkan dokumen</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/printflow.py" line="99" />
        <source>Menyusun ringkasan ...</source>
        <translation>Building the briefs ...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/printflow.py" line="123" />
        <source>Pratinjau cetak</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/printflow.py" line="132" />
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/printflow.py" line="132" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/printflow.py" line="141" />
        <source>Menulis PDF {0} ...</source>
        <translation>Writing PDF {0} ...</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/resultsview.py" line="89" />
        <source>Relevansi</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/resultsview.py" line="89" />
        <source>Terbaru</source>
        <translation>Newest</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/resultsview.py" line="89" />
        <source>Terlama</source>
        <translation>Oldest</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/resultsview.py" line="91" />
        <source>Urutan hasil</source>
        <translation>Result order</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/resultsview.py" line="103" />
        <source>Urutkan:</source>
        <translation>Sort:</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/resultsview.py" line="131" />
        <source>Mungkin maksud Anda:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/searchbar.py" line="22" />
        <source>Kata-kata dicari bersama (AND); "frasa persis"; OR; -kecualikan; awalan*; mirip~.
Saringan: pejabat:"Nama"  jabatan:"Kepala BPS"  instansi:BPS  tempat:Kalteng
tanggal:2024-12  tanggal:2024-01-01..2024-06-30  sumber:...  indikator:kemiskinan</source>
        <translation>All words must match (AND); "exact phrase"; OR; -exclude; prefix*; fuzzy~.
Filters (English aliases work too): official:"Name"  position:"Kepala BPS"  org:BPS  place:Kalteng
date:2024-12  date:2024-01-01..2024-06-30  source:...  indicator:kemiskinan</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/searchbar.py" line="50" />
        <source>Cari: kemiskinan 2024, pejabat:"Nama", tempat:Kalteng ... (Ctrl+F)</source>
        <translation>Search: kemiskinan 2024, official:"Name", place:Kalteng ... (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/searchbar.py" line="61" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/searchbar.py" line="62" />
        <source>Pencarian sebelumnya</source>
        <translation>Previous searches</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/searchbar.py" line="67" />
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/searchbar.py" line="68" />
        <source>Jalankan pencarian (Enter)</source>
        <translation>Run the search (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="71" />
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="91" />
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="129" />
        <source>Angka</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="95" />
        <source>Singkatan</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="96" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="97" />
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="129" />
        <source>Kutipan</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="97" />
        <source>Pembicara</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../src/arsip_berita/gui/statspanel.py" line="104" />
        <source>Klik: tunjukkan di teks. Klik ganda: saring pencarian.</source>
        <translation>Click: show in the text. Double-click: filter the search.</translation>
    </message>
</context>
</TS>