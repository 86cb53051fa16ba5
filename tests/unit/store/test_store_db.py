"""The SQLite store: transactions, duplicates, migrations, refusing future and damaged databases."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from arsip_berita.core.errors import ArchiveCorruptError, ArticleNotFoundError, SchemaTooNewError
from arsip_berita.core.model import Article, Extraction, Official
from arsip_berita.core.text import content_hash
from arsip_berita.archive.service import ArchiveService
from arsip_berita.store import DB_NAME, Store
from arsip_berita.store.schema import SCHEMA_VERSION, _v1, _v2, current_version


def art(i: int, *, published: date | None = None, title: str | None = None) -> Article:
    t = title if title is not None else f"Rilis uji nomor {i}"
    body = f"Isi rilis uji nomor {i} tentang perbaikan jalan desa sepanjang {i} kilometer."
    return Article(title=t, body=body, published=published, dateline="Sampit", source="Humas Uji",
                   url=f"https://contoh.example.go.id/{i}", content_hash=content_hash(t, body), path=f"/data/{i}.txt")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / DB_NAME)
    yield s
    s.close()


def test_new_store_is_current_version_and_wal(store: Store) -> None:
    conn = sqlite3.connect(store.path)
    try:
        assert current_version(conn) == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    assert store.check_integrity() == "ok"


def test_add_and_read_back(store: Store) -> None:
    ids = store.add_batch([(art(1, published=date(2024, 12, 3)), None), (art(2), Extraction())])
    assert all(isinstance(i, int) for i in ids) and ids[0] != ids[1]
    got = store.get(ids[0])
    want = art(1, published=date(2024, 12, 3))
    assert (got.title, got.body, got.published, got.dateline, got.source, got.url, got.content_hash, got.path) == (
        want.title, want.body, want.published, want.dateline, want.source, want.url, want.content_hash, want.path)
    assert got.imported_at is not None and got.id == ids[0]
    assert store.get_extraction(ids[0]) is None
    assert store.get_extraction(ids[1]) == Extraction()
    assert store.count() == 2
    assert store.unindexed_ids() == sorted(ids)
    store.mark_indexed([ids[0]])
    assert store.unindexed_ids() == [ids[1]] and store.indexed_count() == 1


def test_missing_article(store: Store) -> None:
    with pytest.raises(ArticleNotFoundError):
        store.get(999)


def test_duplicates_skipped(store: Store) -> None:
    first = store.add_batch([(art(1), None), (art(2), None)])
    again = store.add_batch([(art(2), None), (art(3), None), (art(3), None)])
    assert None not in first
    assert again[0] is None and isinstance(again[1], int) and again[2] is None
    assert store.count() == 3
    assert store.has_hash(art(3).content_hash)


def test_failing_batch_leaves_nothing(store: Store) -> None:
    store.add_batch([(art(0), None)])

    def items() -> Iterator[tuple[Article, Extraction | None]]:
        yield art(1), None
        yield art(2), None
        raise RuntimeError("disk penuh (simulasi)")

    with pytest.raises(RuntimeError):
        store.add_batch(items())
    assert store.count() == 1
    assert not store.has_hash(art(1).content_hash)


def test_constraint_failure_mid_batch_rolls_back(store: Store) -> None:
    broken = Article(title="Judul", body=object(), content_hash="x")  # type: ignore[arg-type]
    with pytest.raises(sqlite3.Error):
        store.add_batch([(art(1), None), (broken, None), (art(2), None)])
    assert store.count() == 0


def test_null_title_is_an_error_not_a_duplicate(store: Store) -> None:
    broken = Article(title=None, body="isi", content_hash="y")  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError):
        store.add_batch([(art(1), None), (broken, None)])
    assert store.count() == 0


def test_failed_batch_is_rolled_back_on_disk(tmp_path: Path) -> None:
    s = Store(tmp_path / DB_NAME)

    def items() -> Iterator[tuple[Article, Extraction | None]]:
        yield art(1), None
        raise RuntimeError("listrik padam (simulasi)")

    with pytest.raises(RuntimeError):
        s.add_batch(items())
    s.close()
    other = Store(tmp_path / DB_NAME)
    try:
        assert other.count() == 0
    finally:
        other.close()


def test_list_newest_first(store: Store) -> None:
    store.add_batch([(art(1, published=date(2023, 1, 5)), None), (art(2), None),
                     (art(3, published=date(2024, 12, 3)), None), (art(4, published=date(2024, 2, 1)), None)])
    titles = [a.title for a in store.list()]
    assert titles == ["Rilis uji nomor 3", "Rilis uji nomor 4", "Rilis uji nomor 1", "Rilis uji nomor 2"]
    assert [a.title for a in store.list(limit=2)] == titles[:2]


def test_iter_all_in_batches(store: Store) -> None:
    store.add_batch([(art(i), None) for i in range(7)])
    seen = [a.title for a, _ in store.iter_all(batch=3)]
    assert seen == [f"Rilis uji nomor {i}" for i in range(7)]


def _build_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        _v1(conn)
        conn.execute("PRAGMA user_version = 1")
        for i in range(3):
            a = art(i, published=date(2022, 5, i + 1))
            conn.execute("INSERT INTO articles (title, body, published, source, url, content_hash, path, "
                         "imported_at) VALUES (?,?,?,?,?,?,?,?)",
                         (a.title, a.body, a.published.isoformat(), a.source, a.url, a.content_hash, a.path,
                          "2022-06-01T00:00:00+00:00"))
    conn.close()


def test_migration_from_v1_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    _build_v1(path)
    s = Store(path)
    try:
        assert current_version(s._conn) == SCHEMA_VERSION
        assert s.count() == 3
        a = s.get(1)
        assert a.title == "Rilis uji nomor 0" and a.published == date(2022, 5, 1) and a.dateline is None
        assert s.unindexed_ids() == [1, 2, 3]
        assert s.glossary() == {}
        assert s.add_batch([(art(0), None), (art(9), None)])[0] is None
        assert s.migrated_from == 1
    finally:
        s.close()
    again = Store(path)
    try:
        assert again.migrated_from == 0 and again.count() == 4
    finally:
        again.close()


def test_new_database_is_not_a_migration(store: Store) -> None:
    assert store.migrated_from == 0


def test_migration_from_v1_through_the_service_indexes_old_articles(tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    _build_v1(folder / DB_NAME)
    svc = ArchiveService.open(folder, with_samples=False)
    try:
        assert svc.count() == 3
        res = svc.search("jalan desa", limit=10)
        assert res.total == 3
    finally:
        svc.close()


def test_migration_from_v2_backfills_officials_even_when_the_index_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    conn = sqlite3.connect(folder / DB_NAME)
    ext = Extraction(officials=(Official(name="Rina Kartika", position="Kepala Dinas Sosial"),))
    a = art(1, published=date(2023, 4, 2))
    with conn:
        _v1(conn)
        _v2(conn)
        conn.execute("PRAGMA user_version = 2")
        conn.execute("INSERT INTO articles (title, body, published, content_hash, path, imported_at, extraction, "
                     "indexed) VALUES (?,?,?,?,?,?,?,1)",
                     (a.title, a.body, "2023-04-02", a.content_hash, a.path, "2023-04-03T00:00:00+00:00",
                      json.dumps(ext.to_dict())))
    conn.close()
    svc = ArchiveService.open(folder, with_samples=False)  # no index yet, as after an index-schema change
    try:
        assert [r[1] for r in svc.store.official_rows()] == ["Rina Kartika"]
        assert any("skema 2" in n for n in svc.notices), svc.notices
    finally:
        svc.close()


def test_future_schema_refused(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError) as info:
        Store(path)
    assert str(SCHEMA_VERSION + 5) in info.value.user_message
    assert path.read_bytes() == before
    with pytest.raises(SchemaTooNewError):
        ArchiveService.open(tmp_path, with_samples=False)


def _real_db(path: Path) -> bytes:
    s = Store(path)
    s.add_batch([(art(i), None) for i in range(300)])
    s.close()
    return path.read_bytes()


@pytest.mark.parametrize("damage", ["truncated-header", "truncated-half", "garbage"])
def test_damaged_database_refused_and_not_overwritten(tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    path = folder / DB_NAME
    data = _real_db(tmp_path / "asli.sqlite3")
    if damage == "truncated-header":
        damaged = data[:60]
    elif damage == "truncated-half":
        damaged = data[: len(data) // 2]
    else:
        damaged = bytes((i * 7919) % 251 for i in range(len(data)))
    path.write_bytes(damaged)
    with pytest.raises(ArchiveCorruptError) as info:
        ArchiveService.open(folder, with_samples=False)
    assert str(path) in info.value.user_message
    assert path.read_bytes() == damaged
    with pytest.raises(ArchiveCorruptError):
        Store(path)
    assert path.read_bytes() == damaged
