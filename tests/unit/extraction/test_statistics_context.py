"""Region and period of statistics from the right scope, changes and baselines linked, on our own text."""

from __future__ import annotations

from decimal import Decimal

from arsip_berita.core.model import Statistic
from arsip_berita.extraction import extract


def _stats(text: str, title: str | None = None) -> list[Statistic]:
    return list(extract(text, title=title).statistics)


def _one(text: str, value: str, title: str | None = None, kind: str | None = None) -> Statistic:
    hits = [s for s in _stats(text, title) if s.value == Decimal(value) and (kind is None or s.kind == kind)]
    assert hits, f"{value} not in {[(str(s.value), s.kind) for s in _stats(text, title)]}"
    return hits[0]


def test_region_from_sentence_then_paragraph_then_publishing_government() -> None:
    text = ("Pemerintah Kabupaten Sigi menyalurkan bantuan pangan, Senin (4/3/2024).\n\n"
            "Bantuan beras diterima 1.250 KK. Selain itu, 300 paket sembako dibagikan di Kabupaten Donggala.\n\n"
            "Angka kemiskinan Kota Palu tercatat 6,2 persen, sedangkan kemiskinan ekstrem 0,9 persen.")
    assert _one(text, "1250").region == "Kabupaten Sigi"            # the article's government
    assert _one(text, "300").region == "Kabupaten Donggala"         # its own sentence
    assert _one(text, "6.2").region == "Kota Palu"
    assert _one(text, "0.9").region == "Kota Palu"                  # the sentence's place before it


def test_national_figures_and_the_national_word_of_another_clause() -> None:
    text = ("Angka kemiskinan Kabupaten Sikka 11,2 persen, jauh di atas angka nasional sebesar 9,0 persen. "
            "Kita sudah di bawah rata-rata nasional, tetapi masih ada 4.100 jiwa miskin ekstrem di Sikka.")
    assert _one(text, "11.2").region == "Kabupaten Sikka"
    nat = _one(text, "9.0")
    assert (nat.region, nat.kind) == ("nasional", "comparison")
    poor = _one(text, "4100")
    assert poor.region == "Kabupaten Sikka" and poor.kind == "value"


def test_national_release_is_indonesia_and_trade_partners_are_no_region() -> None:
    text = ("Nilai ekspor Indonesia Mei 2024 mencapai US$20,1 miliar.\n\n"
            "Ekspor nonmigas ke Jepang sebesar US$1,9 miliar dan ke India US$1,5 miliar.")
    for value in ("20100000000", "1900000000", "1500000000"):
        st = _one(text, value)
        assert (st.region, st.period) == ("Indonesia", "Mei 2024")


def test_title_gives_the_subject_and_the_year_is_never_the_publication_date() -> None:
    title = "Pemkab Bantul Salurkan Bantuan Benih"
    st = _one("Bantuan benih diberikan kepada 420 petani di tiga kecamatan.", "420", title=title)
    assert st.region == "Kabupaten Bantul"
    assert st.period is None  # no year is written anywhere
    st = extract("Bantuan benih diberikan kepada 420 petani.", title=title,
                 published=__import__("datetime").date(2024, 5, 2)).statistics[0]
    assert st.period is None


def test_kabupaten_named_like_its_kota() -> None:
    text = "Pemkab Bogor membangun jaringan air bersih sepanjang 42 km di 18 desa."
    assert _one(text, "42").region == "Kabupaten Bogor"


def test_a_figure_after_di_and_a_list_of_places() -> None:
    assert _one("Pemprov Jawa Barat membangun sekolah di 33 kecamatan di Jabar.", "33").region == "Jawa Barat"
    text = ("Pemerintah Provinsi Kalimantan Tengah membagikan benih. Benih cukup untuk 3.400 hektare sawah "
            "di Kapuas dan Pulang Pisau.")
    assert _one(text, "3400").region == "Kalimantan Tengah"  # two kabupaten: the province, not one of them


def test_change_with_baseline_and_periods() -> None:
    text = "Prevalensi stunting Kabupaten Sigi turun dari 30,8% pada tahun 2018 menjadi 21,5% pada tahun 2023."
    st = _one(text, "21.5")
    assert (st.period, st.change.direction, st.change.baseline_value, st.change.baseline_period) == (
        "2023", "turun", Decimal("30.8"), "2018")
    assert _one(text, "30.8").kind == "baseline"


def test_two_comparisons_keep_their_own_baseline_periods() -> None:
    text = ("Persentase penduduk miskin Kota Bima pada Maret 2024 sebesar 8,5 persen, menurun 0,3 persen poin "
            "terhadap September 2023 dan menurun 0,6 persen poin terhadap Maret 2023.")
    main = _one(text, "8.5")
    assert main.period == "Maret 2024" and main.change is not None
    first, second = _one(text, "0.3"), _one(text, "0.6")
    assert (first.kind, first.unit, first.period) == ("change", "percentage_point", "Maret 2024 dibanding September 2023")
    assert (second.kind, second.period) == ("change", "Maret 2024 dibanding Maret 2023")
    assert first.region == second.region == "Kota Bima"


def test_compared_period_value_is_the_baseline() -> None:
    text = ("NTP Provinsi Jambi Mei 2024 sebesar 120,4 atau naik 0,5 persen dibandingkan April 2024 "
            "yang sebesar 119,8.")
    main = _one(text, "120.4")
    assert main.change is not None and main.change.baseline_value == Decimal("119.8")
    assert main.change.baseline_period == "April 2024"
    assert _one(text, "0.5").period == "Mei 2024 dibanding April 2024"
    assert _one(text, "119.8").kind == "baseline"


def test_previous_month_and_same_period_of_last_year() -> None:
    st = _one("Nilai tukar petani Juni 2024 sebesar 118,7 atau naik 0,2 persen dibanding bulan sebelumnya.", "0.2")
    assert st.period == "Juni 2024 dibanding Mei 2024"
    text = ("Nilai ekspor Indonesia Januari–Mei 2024 mencapai US$104 miliar atau turun 3,1 persen dibanding "
            "periode yang sama tahun 2023.")
    assert _one(text, "3.1").period == "Januari–Mei 2024 dibanding Januari–Mei 2023"


def test_breakdowns_belong_to_the_indicator_and_its_key() -> None:
    text = "Persentase penduduk miskin di perdesaan tercatat 12,1 persen, sedangkan di perkotaan 5,3 persen."
    rural, urban = _one(text, "12.1"), _one(text, "5.3")
    assert rural.indicator == "persentase penduduk miskin perdesaan"
    assert urban.indicator == "persentase penduduk miskin perkotaan"
    assert (rural.indicator_key, urban.indicator_key) == ("kemiskinan.persentase/perdesaan",
                                                          "kemiskinan.persentase/perkotaan")


def test_same_indicator_from_two_releases_has_one_key() -> None:
    a = _one("Angka kemiskinan Kota Bima 2023 tercatat 9,1 persen.", "9.1")
    b = _one("Tingkat kemiskinan Kabupaten Dompu pada 2023 mencapai 12,0 persen.", "12.0")
    assert a.indicator_key == b.indicator_key == "kemiskinan.persentase"


def test_to_dict_is_backward_compatible() -> None:
    st = _one("Angka kemiskinan Kota Bima 2023 tercatat 9,1 persen.", "9.1")
    d = st.to_dict()
    assert d["value"] == "9.1" and d["indicator_key"] == "kemiskinan.persentase"
    old = {k: v for k, v in d.items() if k != "indicator_key"}
    assert Statistic.from_dict(old).indicator_key is None


def test_a_figure_in_a_list_of_regions_gets_its_own_region() -> None:
    text = ("Pemerintah Kota Palangka Raya menuntaskan bedah rumah. Penerima terbanyak berada di Kelurahan "
            "Kalampangan sebanyak 46 unit, disusul Kereng Bangkirai 38 unit dan Tumbang Tahai 29 unit.")
    assert _one(text, "46").region == "Kelurahan Kalampangan"
    assert _one(text, "38").region == "Kelurahan Kereng Bangkirai"
    assert _one(text, "29").region == "Kelurahan Tumbang Tahai"
    text = "Dalam penilaian itu Kabupaten Kapuas di urutan pertama (87,5), disusul Kotim (85,1) dan Barito Selatan (80,2)."
    assert _one(text, "87.5").region == "Kabupaten Kapuas"
    assert _one(text, "85.1").region == "Kabupaten Kotawaringin Timur"
    assert _one(text, "80.2").region == "Kabupaten Barito Selatan"


def test_village_named_with_its_level() -> None:
    text = ("Pemkab Wonosobo menyalurkan bantuan. Untuk Desa Sumberrejo Kecamatan Selomerto sendiri sebanyak 75 KPM "
            "menerima bantuan, dan total warga desa Sumberrejo yang menerima sebanyak 560 KPM.")
    assert _one(text, "75").region == "Desa Sumberrejo Kecamatan Selomerto"
    assert _one(text, "560").region == "Desa Sumberrejo"


def test_today_figures_take_the_event_day() -> None:
    text = ("Rapat evaluasi digelar di Kabupaten Temanggung, Senin (8/2/2021). Hari ini jumlah kasus positif "
            "bertambah 12 orang, sehingga totalnya 310 orang.")
    assert _one(text, "12").period == "8 Februari 2021"
    assert _one(text, "310").period == "8 Februari 2021"


def test_one_record_per_fact_with_every_mention() -> None:
    text = ("Sebanyak 261 santri asal Kabupaten Temanggung diberangkatkan. \"Rombongan yang berjumlah 261 santri "
            "berangkat dengan tujuh bus,\" kata Bupati.\n\nSelain 261 santri itu, 40 guru ikut mendampingi.")
    stats = _stats(text)
    santri = [s for s in stats if s.value == 261]
    assert len(santri) == 1 and len(santri[0].mentions) == 2
    assert all(text[a:b] == "261 santri" for a, b in santri[0].mentions)
    # the same fact under another surface stays a record of its own
    text = "Sebanyak 2,4 juta KK telah didata. Menurutnya, dari 2,4 juta tersebut baru 1,9 juta yang dilayani."
    assert len([s for s in _stats(text) if s.value == Decimal("2400000")]) == 2
    st = [s for s in stats if s.value == 261][0]
    assert Statistic.from_dict(st.to_dict()) == st


def test_title_case_indonesia_is_national_but_bank_indonesia_is_not() -> None:
    body = "Jumlah angkatan kerja pada Februari 2025 sebanyak 153,1 juta orang."
    st = extract(body, title="Keadaan Ketenagakerjaan Indonesia Februari 2025").statistics[0]
    assert (st.region, st.period) == ("Indonesia", "Februari 2025")
    st = extract(body, title="Bank Indonesia Gelar Pelatihan Statistik").statistics[0]
    assert st.region is None


def test_each_comparison_keeps_its_baseline_value_and_period() -> None:
    text = ("Persentase penduduk miskin Kota Bima pada Maret 2024 sebesar 8,5 persen, menurun 0,3 persen poin "
            "terhadap September 2023 dan menurun 0,6 persen poin terhadap Maret 2023.")
    main = _one(text, "8.5")
    assert main.change is not None
    assert (main.change.delta, main.change.baseline_value, main.change.baseline_period) == (
        Decimal("0.3"), Decimal("8.8"), "September 2023")
    second = _one(text, "0.6").change
    assert second is not None and (second.baseline_value, second.baseline_period) == (Decimal("9.1"), "Maret 2023")


def test_regions_in_a_list_known_written_or_unknown() -> None:
    text = ("Banjir merendam rumah di Kabupaten Bandung. Di Kecamatan Dayeuhkolot terdapat 640 rumah terendam, "
            "di Baleendah 410 rumah, dan di Bojongsoang 195 rumah.")
    assert [_one(text, v).region for v in ("640", "410", "195")] == ["Dayeuhkolot", "Baleendah", "Bojongsoang"]
    text = ("Inflasi Kota Kupang Juni 2024 sebesar 2,9 persen. Kabupaten Lembah Hijau mengalami inflasi 3,4 persen, "
            "dan Kampungbaru 2,1 persen.")
    assert _one(text, "3.4").region == "Kabupaten Lembah Hijau"  # written with its level, not in the gazetteer
    assert _one(text, "2.1").region is None  # an unknown name heads it: not Kota Kupang


def test_a_national_comparison_is_no_change() -> None:
    text = ("TPT Kota Ambon Februari 2024 sebesar 9,1 persen, turun 0,3 persen poin dibandingkan Februari 2023. "
            "Meski turun, TPT itu masih di atas angka nasional yang tercatat 4,8 persen.")
    assert _one(text, "4.8").period == "Februari 2024"


def test_relative_baseline_period_is_resolved_against_the_value() -> None:
    text = ("Cakupan imunisasi dasar lengkap Kabupaten Sumba Barat pada semester I 2024 mencapai 92 persen, "
            "meningkat dari 85,4 persen pada periode yang sama tahun lalu.")
    st = _one(text, "92")
    assert st.change is not None and st.change.baseline_period == "semester I 2023"
    assert _one(text, "85.4").period == "semester I 2023"


def test_a_list_of_kabupaten_each_gets_its_own_with_the_shared_indicator() -> None:
    text = ("Menurut kabupaten/kota, persentase penduduk miskin tertinggi terdapat di Kabupaten Hulu Sungai Utara "
            "sebesar 6,11 persen, disusul Kabupaten Balangan 5,43 persen dan Kabupaten Tapin 4,98 persen. "
            "Terendah di Kota Banjarbaru dengan 3,12 persen.")
    got = [(_one(text, v).region, _one(text, v).indicator) for v in ("6.11", "5.43", "4.98", "3.12")]
    assert got == [("Kabupaten Hulu Sungai Utara", "persentase penduduk miskin"),
                   ("Kabupaten Balangan", "persentase penduduk miskin"),
                   ("Kabupaten Tapin", "persentase penduduk miskin"),
                   ("Kota Banjarbaru", "persentase penduduk miskin")]


def test_the_region_a_figure_refers_back_to() -> None:
    text = ("Kepala BPS menyebut Kota Medan sebagai penyumbang penganggur terbesar di Sumut, meskipun TPT di kota "
            "tersebut turun 1,2 persen poin menjadi 8,1 persen.")
    assert _one(text, "8.1").region == "Kota Medan"
    assert _one(text, "1.2").region == "Kota Medan"


def test_period_later_in_the_sentence_and_relative_to_the_article() -> None:
    text = ("Pemkab Kotim mengukur 2.418 balita stunting pada Juni 2024. Sebanyak 30 desa ditetapkan sebagai "
            "lokasi fokus intervensi tahun 2025.")
    assert _one(text, "30").period == "2025"
    text = ("Pemkab Deli Serdang menurunkan stunting pada tahun 2024. Pada penilaian kinerja tahun sebelumnya, "
            "Deli Serdang meraih urutan ke-2 terbaik.")
    rank = [s for s in _stats(text) if s.kind == "rank"][0]
    assert rank.period == "2023"


def test_period_named_earlier_in_the_sentence() -> None:
    text = ("Nilai ekspor Indonesia Mei 2024 mencapai US$20 miliar.\n\nMenurut sektor, ekspor industri pengolahan "
            "Januari–Mei 2024 turun 11,1 persen dibanding periode yang sama tahun 2023, demikian juga ekspor "
            "pertanian turun 8,1 persen dan ekspor pertambangan turun 16,5 persen.")
    for value in ("11.1", "8.1", "16.5"):
        assert _one(text, value).period == "Januari–Mei 2024 dibanding Januari–Mei 2023", value


def test_a_change_goes_on_with_the_paragraphs_comparison() -> None:
    text = ("Nilai impor Indonesia Mei 2024 mencapai US$18 miliar.\n\nMenurut golongan barang, nilai impor "
            "Januari–Mei 2024 terhadap periode yang sama tahun sebelumnya naik pada barang modal senilai "
            "US$2,1 miliar (10,5 persen). Sementara impor bahan baku turun US$6,2 miliar (9,1 persen).")
    assert _one(text, "6200000000").period == "Januari–Mei 2024 dibanding Januari–Mei 2023"
