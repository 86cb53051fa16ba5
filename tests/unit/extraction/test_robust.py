"""extract never raises and stays bounded on arbitrary text; parallel map keeps order."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from arsip_berita.extraction import extract
from arsip_berita.extraction.parallel import extract_many

TOKENS = st.sampled_from(["Kepala", "Dinas", "(", ")", "\"", "5,17", "145.630", "persen", "Rp", "Selasa",
                          "(3/12)", "Budi", "S.", "dari", "naik", ",", ".", "\n\n", "KALTENG", "ke-3", "–"])


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=400), st.lists(TOKENS, max_size=80).map(" ".join)))
def test_extract_never_raises(text):
    x = extract(text)
    for e in x.entities:
        assert 0 <= e.start < e.end <= len(text) and text[e.start:e.end] == e.text


def test_pathological_input_is_bounded():
    nasty = "(" + "A" * 5000 + " " + "Kepala " * 3000 + "\"" + "1." * 5000 + "((((" * 2000
    start = time.perf_counter()
    extract(nasty)
    assert time.perf_counter() - start < 10


def test_extract_many_keeps_order_in_one_process():
    items = [(i, f"Bupati Katingan Sakariyas Nomor{i} hadir.", None, None) for i in range(5)]
    keys = [k for k, _ in extract_many(items, processes=1, chunk_size=2)]
    assert keys == list(range(5))


def test_extract_many_two_spawned_workers_keep_order():
    names = ["Ratna Sari", "Hendra Wijaya", "Yohanes Marbun", "Dewi Lestari", "Markus Tandiono", "Rina Kartika",
             "Rustam Efendi"]
    items = [(i, f"Kepala BPS Provinsi Jambi {n} hadir.", None, None) for i, n in enumerate(names)]
    out = list(extract_many(items, processes=2, chunk_size=2))
    assert [k for k, _ in out] == list(range(7))
    assert [x.officials[0].name for _, x in out] == names
