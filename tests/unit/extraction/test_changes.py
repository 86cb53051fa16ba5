"""Changes, baselines, detached deltas, survey-year periods and count indicators, on our own sentences."""

from __future__ import annotations

from decimal import Decimal

from arsip_berita.core.model import Statistic
from arsip_berita.extraction import extract


def _stat(text: str, value: str) -> Statistic:
    hits = [s for s in extract(text).statistics if s.value == Decimal(value)]
    assert hits, f"{value} not in {[str(s.value) for s in extract(text).statistics]}"
    return hits[0]


def test_turun_dari_gives_change_baseline_and_survey_periods() -> None:
    text = ("Menurut hasil Survei Gizi Daerah (SGD) 2023, prevalensi stunting di Kabupaten Lebak tercatat "
            "19,4 persen, turun dari 22,6 persen pada Survei Gizi Daerah (SGD) 2021. Meski turun 3,2 persen "
            "poin, angka itu masih di atas target daerah.")
    st = _stat(text, "19.4")
    assert st.period == "2023"
    assert st.change is not None
    assert (st.change.direction, st.change.delta, st.change.delta_unit) == ("turun", Decimal("3.2"), "points")
    assert (st.change.baseline_value, st.change.baseline_period) == (Decimal("22.6"), "2021")
    base = _stat(text, "22.6")
    assert base.kind == "baseline" and base.period == "2021"
    # the stated delta belongs to the 19,4 value: no value of its own, only its 'change' figure
    assert [s.kind for s in extract(text).statistics if s.value == Decimal("3.2")] == ["change"]


def test_dari_menjadi_and_naik_dari_ke() -> None:
    st = _stat("Cakupan UHC Kota Bima meningkat dari 91,5 persen menjadi 97,2 persen.", "97.2")
    assert st.change is not None and st.change.direction == "naik"
    assert (st.change.delta, st.change.delta_unit, st.change.baseline_value) == (Decimal("5.7"), "points",
                                                                                 Decimal("91.5"))
    st = _stat("Harga cabai naik dari Rp 40.000 ke Rp 55.000 per kilogram.", "55000")
    assert st.change is not None and st.change.direction == "naik"
    assert (st.change.delta, st.change.baseline_value) == (Decimal("15000"), Decimal("40000"))


def test_stated_delta_before_menjadi_computes_baseline() -> None:
    st = _stat("Angka pengangguran Kabupaten Sikka turun 0,8 poin menjadi 3,9 persen.", "3.9")
    assert st.change is not None
    assert (st.change.direction, st.change.delta, st.change.baseline_value) == ("turun", Decimal("0.8"),
                                                                                Decimal("4.7"))
    assert [(str(s.value), s.kind) for s in extract(
        "Angka pengangguran Kabupaten Sikka turun 0,8 poin menjadi 3,9 persen.").statistics] == [
        ("0.8", "change"), ("3.9", "value")]


def test_dibandingkan_tahun_lalu() -> None:
    st = _stat("Serapan anggaran Dinas PUPR mencapai 64 persen, dibandingkan 70 persen pada tahun lalu.", "64")
    assert st.change is not None and st.change.direction == "turun"
    assert (st.change.delta, st.change.baseline_value, st.change.baseline_period) == (
        Decimal("6"), Decimal("70"), "tahun lalu")


def test_comparison_with_national_figure_is_not_a_baseline() -> None:
    text = "Angka kemiskinan Kabupaten Sikka 11,2 persen, lebih tinggi dibandingkan 9,4 persen nasional."
    assert _stat(text, "11.2").change is None


def test_counts_take_their_indicator_from_the_noun_or_the_total_phrase() -> None:
    assert _stat("Posyandu mencatat 734 balita dengan berat badan kurang.", "734").indicator == "balita"
    text = "Jumlah siswa putus sekolah di Kecamatan Ende tahun ini sebanyak 86 siswa."
    assert _stat(text, "86").indicator == "jumlah siswa putus sekolah"
    # a generic unit leaves the indicator to the clause
    assert _stat("Angka kemiskinan Kabupaten Sikka mencapai 35.120 jiwa.", "35120").indicator == "angka kemiskinan"
