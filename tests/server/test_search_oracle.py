"""The same Query matches the same articles on both engines, and both equal a brute-force reading.

One set of generated releases (our own template text: invented officials, real place names, dates)
is imported into a desktop archive (SQLite + Whoosh) and into a shared archive (PostgreSQL). Free
text queries of every shape are checked against ``oracle.expected_ids`` over the stored texts'
terms; field filters (pejabat, jabatan, instansi, tempat, tanggal, sumber, indikator, negated and
combined with text) are checked engine against engine, dates also against the stored dates; totals
and facets must be equal.
"""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from arsip_berita.archive import open_archive
from arsip_berita.core.query import Query, date_bounds, normalize_date
from arsip_berita.index.analysis import terms
from arsip_berita.index.schema import release_header
from oracle import expected_ids, generated_texts, random_queries

PEOPLE = [("Kepala Dinas Kesehatan", "Rahmat Hidayanto"), ("Kepala BPS Provinsi Kalimantan Tengah", "Sri Wulandari"),
          ("Bupati Kapuas", "Hendra Saputra"), ("Sekretaris Daerah", "Yohanes Pati"),
          ("Kepala Bappeda", "Dewi Anggraeni"), ("Wali Kota Palangka Raya", "Agus Salimun")]
PLACES = ["Kabupaten Kapuas", "Kota Palangka Raya", "Kabupaten Kotawaringin Timur", "Kabupaten Gunung Mas"]
SOURCES = ["Diskominfo Kalteng", "Humas Pemkab Kapuas", "BPS Provinsi Kalimantan Tengah"]
INDICATORS = ["angka kemiskinan", "tingkat pengangguran terbuka", "inflasi tahunan"]


def _rows(n: int) -> list[dict[str, str]]:
    rnd = random.Random(11)
    rows = []
    for i, (title, body) in enumerate(generated_texts(n, seed=9)):
        position, name = rnd.choice(PEOPLE)
        place = rnd.choice(PLACES)
        day = date(2023 + i % 3, 1 + i % 12, 1 + i % 27)
        indicator = rnd.choice(INDICATORS)
        value = f"{rnd.randint(2, 15)},{rnd.randint(10, 99)}"
        text = (f"{place.split(' ', 1)[1].upper()} – {position} {name} mengatakan {body} di {place}. "
                f"Menurut {position}, {indicator} di {place} tercatat {value} persen pada 2024.")
        rows.append({"title": f"{title} di {place}", "body": text, "date": day.isoformat(),
                     "source": rnd.choice(SOURCES)})
    return rows


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    """The generated releases as one JSONL file, and a desktop archive holding them (no server needed)."""
    folder = tmp_path_factory.mktemp("oracle")
    src = folder / "rilis.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _rows(240)), encoding="utf-8")
    desktop = open_archive(folder / "arsip", with_samples=False)
    desktop.import_paths([src], processes=1)
    yield src, desktop
    desktop.close()


def _documents(svc) -> dict[int, tuple[list[str], list[str]]]:
    return {a.id: (terms(a.title), terms(a.body) + terms(release_header(a))) for a, _ in svc.store.iter_all()}


@pytest.fixture(scope="module")
def engines(corpus, pg_server: str):
    from server_helpers import create_database, dbname_of, drop_database

    src, desktop = corpus
    url = create_database(pg_server)
    shared = open_archive(url)
    shared.import_paths([src], processes=1)
    desktop_ids = {a.content_hash: a.id for a, _ in desktop.store.iter_all()}
    to_shared = {desktop_ids[a.content_hash]: a.id for a, _ in shared.store.iter_all()}
    yield desktop, shared, _documents(shared), to_shared
    shared.close()
    drop_database(pg_server, dbname_of(url))


@pytest.mark.parametrize("seed", range(3))
def test_desktop_engine_alone_matches_the_brute_force_reading(corpus, seed: int) -> None:
    """Runs without a server: the desktop engine against the oracle."""
    _, desktop = corpus
    docs = _documents(desktop)
    for raw in random_queries(60, seed=200 + seed):
        q = Query.parse(raw)
        got, total = _ids(desktop, q)
        want = expected_ids(q, docs, desktop.expansions)
        assert got == want and total == len(want), (raw, q.text, len(got), len(want))


def _ids(svc, query: Query | str, mapping: dict[int, int] | None = None) -> tuple[set[int], int]:
    res = svc.search(query, limit=1000)
    ids = {h.id for h in res.hits}
    return ({mapping[i] for i in ids} if mapping else ids), res.total


def test_both_archives_hold_the_same_articles(engines) -> None:
    desktop, shared, docs, to_shared = engines
    assert desktop.count() == shared.count() == len(docs) == len(to_shared) == 240


@pytest.mark.parametrize("seed", range(6))
def test_free_text_matches_the_brute_force_reading_on_both_engines(engines, seed: int) -> None:
    desktop, shared, docs, to_shared = engines
    for raw in random_queries(60, seed=100 + seed):
        q = Query.parse(raw)
        want = expected_ids(q, docs, shared.expansions)
        got_shared, total_shared = _ids(shared, q)
        got_desktop, total_desktop = _ids(desktop, q, to_shared)
        assert got_shared == want, (raw, q.text, len(got_shared), len(want))
        assert got_desktop == want, (raw, q.text, len(got_desktop), len(want))
        assert total_shared == total_desktop == len(want)


FILTERS = ["pejabat:Wulandari", "pejabat:\"Hendra Saputra\"", "pejabat:Tidakada", "jabatan:\"Kepala Dinas\"",
           "jabatan:Bupati", "instansi:BPS", "instansi:Bappeda", "tempat:Kapuas", "tempat:Kalteng",
           "tempat:\"Kotawaringin Timur\"", "tanggal:2024", "tanggal:2023-05", "tanggal:2023-03-01..2024-02-10",
           "tanggal:..2023-06", "sumber:Diskominfo", "sumber:\"Humas Pemkab Kapuas\"", "indikator:inflasi",
           "indikator:\"tingkat pengangguran\"", "-tempat:Kapuas", "-tanggal:2024", "-pejabat:Wulandari"]


@pytest.mark.parametrize("flt", FILTERS)
@pytest.mark.parametrize("text", ["", "banjir", "jalan OR sekolah", "-desa", "yang"])
def test_filters_match_the_same_articles_on_both_engines(engines, flt: str, text: str) -> None:
    desktop, shared, docs, to_shared = engines
    q = Query.parse(f"{text} {flt}".strip())
    got_shared, total_shared = _ids(shared, q)
    got_desktop, total_desktop = _ids(desktop, q, to_shared)
    assert got_shared == got_desktop, (str(q), len(got_shared), len(got_desktop))
    assert total_shared == total_desktop


def test_filters_are_not_empty_or_everything(engines) -> None:
    """The filter cases above test something: most match some but not all articles."""
    _, shared, docs, _ = engines
    sizes = {flt: shared.search(flt, limit=0).total for flt in FILTERS}
    assert sizes["pejabat:Tidakada"] == 0
    assert sum(0 < n < len(docs) for n in sizes.values()) >= len(FILTERS) - 3, sizes


@pytest.mark.parametrize("value", ["2024", "2023-04", "2023-03-01..2024-02-10", "..2023-06", "2025-02-01.."])
def test_date_filters_equal_the_stored_dates(engines, value: str) -> None:
    _, shared, _, _ = engines
    lo, hi = date_bounds(normalize_date(value) or value)
    want = {a.id for a, _ in shared.store.iter_all()
            if a.published and (lo is None or a.published >= lo) and (hi is None or a.published <= hi)}
    got, total = _ids(shared, f"tanggal:{value}")
    assert got == want and total == len(want) and want


@pytest.mark.parametrize("text", ["", "banjir", "kemiskinan OR inflasi", "tempat:Kapuas"])
def test_facets_and_totals_are_equal(engines, text: str) -> None:
    desktop, shared, _, _ = engines
    a = desktop.search(text, limit=5, with_facets=True)
    b = shared.search(text, limit=5, with_facets=True)
    assert a.total == b.total
    assert set(a.facets) == set(b.facets)
    for name in a.facets:
        assert dict(a.facets[name]) == dict(b.facets[name]), name
    assert b.facets["tahun"], "the year facet counts something"


@pytest.mark.parametrize("sort", ["date", "date_asc"])
def test_date_order_is_the_same(engines, sort: str) -> None:
    desktop, shared, _, to_shared = engines
    a = [to_shared[h.id] for h in desktop.search("banjir", limit=30, sort=sort).hits]
    b = [h.id for h in shared.search("banjir", limit=30, sort=sort).hits]
    da = [shared.get_article(i).published for i in a]
    db = [shared.get_article(i).published for i in b]
    assert da == db  # the same dates in the same order (ties may list other articles)
