"""A shared archive under concurrent use, against a real PostgreSQL server.

- Readers never wait for an importer: while an import transaction is open (rows inserted, search
  rows written, an existing article updated and row-locked, nothing committed), a reader's count,
  search, get, list, officials and even opening the archive answer at once and see the last
  committed state (every connection has lock_timeout 3 s, and the reader runs in a thread with a
  timeout, so a reader that waits fails the test instead of hanging it); the same holds while a
  real import is paused by its checkpoint hook between its store commit and its index commit.
- Two importers at once (two CLI processes held at their first insert, then released together on
  overlapping folders, in the same and in opposite file order) neither lose nor duplicate a
  release, and leave every article indexed; in opposite order they deadlock and one retries.
- An importer killed with SIGKILL, at a point of the write protocol (the reliability suite's
  ARSIP_BERITA_CRASH_AT hook) or inside its store or search transaction, leaves only whole batches
  of complete articles; opening the archive as a writer indexes what was left unindexed (with a
  notice), and running the same import again adds the rest.

The releases are invented here (a fictional Kabupaten Sukamaju; one made-up village per release,
whose name is a word no other release has, so each release can be searched for alone).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import psycopg
import pytest

from arsip_berita.archive.shared import SharedArchiveService
from arsip_berita.core.model import Article
from arsip_berita.extraction import extract
from arsip_berita.index.entities import official_key
from arsip_berita.ingest.readers import read_path

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"
PROMPT_S = 5.0  # a reader's call "returns promptly": far above its real time (milliseconds)
LOCK_TIMEOUT = "-c lock_timeout=3s"  # a reader that would wait for a lock fails instead of hanging
SUMMARY = re.compile(r"(\d+) artikel ditambahkan, (\d+) dilewati karena duplikat, (\d+) gagal")

# --- invented releases ---------------------------------------------------------------------------
_SYLLABLES = ["ba", "ga", "lo", "ra", "su", "to", "we", "pa", "ndo", "gu", "ri", "sa"]
_TOPICS = [
    ("Dinas Perikanan", "menyalurkan {n} ribu ekor benih ikan nila kepada kelompok pembudidaya"),
    ("Dinas Kesehatan", "menggelar posyandu keliling yang melayani {n} balita dan ibu hamil"),
    ("Dinas Pekerjaan Umum", "menyelesaikan perbaikan jalan desa sepanjang {n} meter"),
    ("Dinas Perdagangan", "membuka pasar murah dengan {n} paket bahan pokok bersubsidi"),
]
_HEADS = ["Rudi Halim", "Sari Purnomo", "Wahyu Sembiring", "Nanda Utami", "Yosef Manurung", "Ratna Lubis"]


def village(i: int) -> str:
    """A made-up village name unique to release ``i`` (one search term of its own)."""
    return "Wono" + "".join(_SYLLABLES[(i // 12 ** k) % 12] for k in range(3)) + "jo"


def release(i: int) -> tuple[str, str]:
    """(title, body) of invented press release number ``i``."""
    office, activity = _TOPICS[i % len(_TOPICS)]
    head = _HEADS[i % len(_HEADS)]
    place = village(i)
    title = f"{office} Kabupaten Sukamaju Hadir di Desa {place}"
    body = (f"Sukamaju - {office} Kabupaten Sukamaju {activity.format(n=50 + (i * 7) % 900)} di Desa {place}, "
            f"Kecamatan Lembah Hijau. Kepala {office}, {head}, mengatakan kegiatan ini bagian dari program kerja "
            f"tahun 2024.\n\n\"Kami berharap warga Desa {place} merasakan manfaatnya secara langsung,\" ujar {head}. "
            "Kegiatan serupa dilanjutkan ke desa lain bulan depan sesuai jadwal yang telah disusun.")
    return title, body


def write_releases(folder: Path, numbers: Iterable[int], *, descending: bool = False) -> Path:
    """One .txt file per release ("Title\\n\\nBody"); returns the folder. An import takes the files in
    name order: release order, or the opposite with ``descending``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in numbers:
        title, body = release(i)
        name = f"rilis_{9999 - i:04d}.txt" if descending else f"rilis_{i:04d}.txt"
        (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return folder


def read_releases(*folders: Path) -> dict[str, Article]:
    """What an import of ``folders`` would store, by content hash (title and body as the reader makes them)."""
    out: dict[str, Article] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            for item in read_path(path):
                assert isinstance(item, Article), item
                out[item.content_hash] = item
    return out


# --- checks, in raw SQL and through the app --------------------------------------------------------
def table_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url, autocommit=True) as conn:
        one = lambda q: int(conn.execute(q).fetchone()[0])  # noqa: E731
        return {"articles": one("SELECT count(*) FROM articles"),
                "hashes": one("SELECT count(DISTINCT content_hash) FROM articles"),
                "unindexed": one("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_docs s WHERE s.article_id = a.id)"),
                "search_docs": one("SELECT count(*) FROM search_docs"),
                "orphan_docs": one("SELECT count(*) FROM search_docs d WHERE NOT EXISTS "
                                   "(SELECT 1 FROM articles a WHERE a.id = d.article_id)")}


def assert_articles_whole(url: str, expected: dict[str, Article]) -> list[int]:
    """Every stored article is one of ``expected``, stored once, with its exact title and body and
    its extraction (saved in the same transaction); returns the ids."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute("SELECT id, content_hash, title, body, extraction IS NOT NULL FROM articles "
                            "ORDER BY id").fetchall()
    hashes = [r[1] for r in rows]
    assert len(hashes) == len(set(hashes)), "a release was stored twice"
    for article_id, digest, title, body, has_extraction in rows:
        assert digest in expected, f"article {article_id} is not one of the imported releases"
        assert (title, body) == (expected[digest].title, expected[digest].body), f"article {article_id} is cut"
        assert has_extraction, f"article {article_id} lost its extraction"
    return [r[0] for r in rows]


def assert_complete(url: str, expected: dict[str, Article]) -> None:
    """The archive holds exactly ``expected``, each once and whole, each indexed, each found alone
    by its own village's name, and every one by the district's name and by the empty query."""
    ids = assert_articles_whole(url, expected)
    assert len(ids) == len(expected)
    counts = table_counts(url)
    assert counts == {"articles": len(expected), "hashes": len(expected), "unindexed": 0,
                      "search_docs": len(expected), "orphan_docs": 0}, counts
    svc = SharedArchiveService.open(url, readonly=True)
    try:
        assert svc.search("", limit=0).total == len(expected)
        assert svc.search("Sukamaju", limit=0).total == len(expected)
        for article in svc.list_articles():
            place = article.title.rsplit(" ", 1)[-1]
            res = svc.search(place, limit=3)
            assert res.total == 1 and res.hits[0].id == article.id, (place, res.total, res.hits)
    finally:
        svc.close()


# --- running the CLI ---------------------------------------------------------------------------
def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("ARSIP_BERITA_CRASH_AT", None)
    env.update(extra)
    return env


def start_cli(url: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """``arsip-berita --archive URL ARGS`` in its own process group (a kill reaches its workers too).

    The imports below run with ``--processes 1``: worker processes only read and extract, every
    write is the importer's own, and two CPUs serve two importers better than six processes."""
    return subprocess.Popen([sys.executable, "-m", "arsip_berita", "--archive", url, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env or cli_env(),
                            cwd=str(REPO), start_new_session=True)


def finish(proc: subprocess.Popen[str], timeout: float = 120) -> tuple[int, str, str]:
    """Wait for ``proc``, then kill what is left of its group: a killed importer's worker processes
    live on and hold its output pipes open. (Its output is small: waiting before reading is safe.)"""
    try:
        proc.wait(timeout=timeout)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        out, err = proc.communicate(timeout=30)
    return proc.returncode, out, err


def summary(stdout: str) -> tuple[int, int, int]:
    """(added, duplicates, failed) of an import's summary line."""
    m = SUMMARY.search(stdout)
    assert m, f"no summary line in {stdout!r}"
    return int(m[1]), int(m[2]), int(m[3])


def in_thread(work: Callable[[], Any], timeout: float) -> Any:
    """Run ``work`` in a thread; fail (instead of hanging) when it does not return within ``timeout``."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - reported to the test below
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"still blocked after {timeout} s"
    if "error" in box:
        raise box["error"]
    return box["value"]


def timed_reads(url: str, calls: dict[str, Callable[[SharedArchiveService], Any]]) -> dict[str, tuple[float, Any]]:
    """Open ``url`` read-only and run each call; per call its duration (s) and result."""
    out: dict[str, tuple[float, Any]] = {}
    started = time.perf_counter()
    svc = SharedArchiveService.open(url, readonly=True)
    out["open"] = (time.perf_counter() - started, None)
    try:
        for name, call in calls.items():
            started = time.perf_counter()
            value = call(svc)
            out[name] = (time.perf_counter() - started, value)
    finally:
        svc.close()
    return out


def assert_prompt(timings: dict[str, tuple[float, Any]]) -> None:
    slow = {name: round(took, 2) for name, (took, _) in timings.items() if took >= PROMPT_S}
    assert not slow, f"reader calls waited: {slow}"


# --- 1. readers never wait for an importer ---------------------------------------------------------
def test_reader_does_not_wait_for_an_open_import_transaction(pg_url: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGOPTIONS", LOCK_TIMEOUT)  # every connection below: a lock wait fails in 3 s
    old = write_releases(tmp_path / "lama", range(20))
    new = write_releases(tmp_path / "baru", range(20, 30))
    importer = SharedArchiveService.open(pg_url)
    try:
        assert importer.import_paths([old], processes=1).added == 20
        first = importer.list_articles()[-1]  # the oldest: the open transaction updates it
        first_extraction = importer.get_extraction(first.id).to_dict()
        items = [(a, extract(a.body, title=a.title, published=a.published)) for a in read_releases(new).values()]
        changed = extract("Kepala Dinas Perikanan, Bambang Kusuma, membuka kegiatan.", title=first.title)
        conn = importer.store.conn
        # The write protocol of one import batch, left open: articles and facts inserted, search rows
        # written, the articles marked indexed, an existing article's extraction rewritten (its row
        # updated, its facts deleted and inserted again) and every old article row-locked.
        with conn.transaction():
            ids = importer.store.add_batch(items, official_key)
            assert None not in ids
            importer.store.set_extraction(first.id, changed, official_key)
            writer = importer.index.writer()
            stored = importer.store.get_many([*ids, first.id])
            for (_, extraction), i in [*zip(items, ids), ((first, changed), first.id)]:
                writer.add(stored[i], extraction, update=True)
            writer.commit()
            importer.store.mark_indexed([*ids, first.id])
            conn.execute("SELECT id FROM articles FOR UPDATE").fetchall()
            assert conn.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS

            timings = in_thread(lambda: timed_reads(pg_url, {
                "count": lambda s: s.count(),
                "search": lambda s: s.search("Sukamaju", limit=50, with_facets=True).total,
                "search_new": lambda s: s.search(village(25), limit=5).total,
                "get": lambda s: s.get_article(first.id).title,
                "extraction": lambda s: s.get_extraction(first.id).to_dict(),
                "list": lambda s: len(s.list_articles()),
                "officials": lambda s: len(s.officials()),
            }), timeout=30)
            assert_prompt(timings)
            # The reader saw the last committed state: none of the open transaction's work.
            assert timings["count"][1] == 20
            assert timings["search"][1] == 20
            assert timings["search_new"][1] == 0
            assert timings["get"][1] == first.title
            assert timings["extraction"][1] == first_extraction
            assert timings["list"][1] == 20
            # A writer opening the archive meanwhile (its upkeep reads what is unindexed) does not wait either.
            started = time.perf_counter()
            other = in_thread(lambda: SharedArchiveService.open(pg_url), timeout=30)
            try:
                assert time.perf_counter() - started < PROMPT_S
                assert other.notices == [] and other.count() == 20
            finally:
                other.close()
        # Committed: readers see all of it at their next statement.
        after = in_thread(lambda: timed_reads(pg_url, {"count": lambda s: s.count(),
                                                       "search_new": lambda s: s.search(village(25)).total,
                                                       "extraction": lambda s: s.get_extraction(first.id).to_dict()}),
                          timeout=30)
        assert after["count"][1] == 30 and after["search_new"][1] == 1
        assert after["extraction"][1] == changed.to_dict()
    finally:
        importer.close()
    assert table_counts(pg_url)["unindexed"] == 0


def test_reader_during_a_real_import_paused_between_store_and_index(pg_url: str, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The import pipeline itself, stopped by its checkpoint hook after its first batch reached the
    store: readers answer at once, count the stored articles, and find them once indexed."""
    monkeypatch.setenv("PGOPTIONS", LOCK_TIMEOUT)
    folder = write_releases(tmp_path / "rilis", range(240))  # two store batches: 200 + 40
    paused, resume = threading.Event(), threading.Event()

    def checkpoint(name: str) -> None:
        if name == "store_commit" and not paused.is_set():
            paused.set()
            resume.wait(60)

    importer = SharedArchiveService.open(pg_url, checkpoint=checkpoint)
    box: dict[str, Any] = {}

    def run_import() -> None:
        try:
            box["report"] = importer.import_paths([folder], processes=1)
        except BaseException as exc:  # noqa: BLE001
            box["error"] = exc

    thread = threading.Thread(target=run_import, daemon=True)
    thread.start()
    try:
        assert paused.wait(60), "the import never reached its first store commit"
        timings = in_thread(lambda: timed_reads(pg_url, {
            "count": lambda s: s.count(),
            "search": lambda s: s.search("Sukamaju", limit=5).total,
            "list": lambda s: len(s.list_articles(10)),
            "get": lambda s: s.get_article(s.list_articles(1)[0].id).title,
        }), timeout=30)
        assert_prompt(timings)
        assert thread.is_alive()  # the import really is in the middle
        assert timings["count"][1] == 200  # the first batch, committed
        assert timings["search"][1] == 0  # ... and not indexed yet
        assert timings["list"][1] == 10 and "Sukamaju" in timings["get"][1]
    finally:
        resume.set()
        thread.join(60)
    assert not thread.is_alive(), "the import did not finish after it was resumed"
    try:
        assert "error" not in box, box.get("error")
        assert box["report"].added == 240 and not box["report"].failed
    finally:
        importer.close()
    assert_complete(pg_url, read_releases(folder))


# --- 2. two importers at once --------------------------------------------------------------------------
# Every insert into articles takes a few milliseconds (a test-only trigger sleeps), so that once
# released together the two importers really are inside their batches at the same time, whatever
# the machine's scheduling.
SLOW_INSERTS = """
CREATE FUNCTION test_slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_sleep(0.004); RETURN NEW; END $$;
CREATE TRIGGER test_slow_insert BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION test_slow_insert();
"""


@pytest.mark.parametrize("opposite", [False, True], ids=["same-order", "opposite-order"])
def test_two_importers_at_once_neither_lose_nor_duplicate(pg_url: str, pg_admin: Callable[..., psycopg.Connection],
                                                          tmp_path: Path, opposite: bool) -> None:
    """Two CLI importers, overlapping by 120 releases, are held at their first insert until both are
    there, then released together: every release is stored once, and indexed.

    In the same order, the second importer's first batch (120-319) takes 120-199 before the first
    importer (0-199) reaches them: that one waits, then skips them. In opposite order the first
    batches (0-199 up, 359-160 down) meet in the middle and deadlock: the server aborts one, whose
    retry then skips what the other stored."""
    first = write_releases(tmp_path / "kantor_a", range(0, 240))
    second = write_releases(tmp_path / "kantor_b", range(120, 360), descending=opposite)
    expected = read_releases(first, second)
    assert len(expected) == 360
    SharedArchiveService.open(pg_url).close()  # the tables exist before the race
    pg_admin(pg_url).execute(SLOW_INSERTS)
    gate = pg_admin(pg_url)
    gate.execute("BEGIN")
    gate.execute("LOCK TABLE articles IN SHARE MODE")  # reads go on, inserts wait
    watch = pg_admin(pg_url)  # autocommit: pg_stat_activity is read afresh each time (not in gate's snapshot)
    procs = [start_cli(pg_url, "-v", "import", str(folder), "--processes", "1") for folder in (first, second)]
    try:
        waiting = 0
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and all(p.poll() is None for p in procs):
            waiting = int(watch.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND application_name = 'arsip-berita' AND wait_event_type = 'Lock'").fetchone()[0])
            if waiting == 2:
                break
            time.sleep(0.05)
        assert waiting == 2, "the two importers did not both reach their first insert"
        # Both have read and extracted everything (neither saw the other's releases in the archive)
        # and now insert at the same instant.
    finally:
        gate.execute("COMMIT")
    results = [finish(p) for p in procs]
    for code, out, err in results:
        assert code == 0, err
        assert "Traceback" not in err
    added = [summary(out)[0] for _, out, _ in results]
    duplicates = [summary(out)[1] for _, out, _ in results]
    assert sum(added) == 360, added  # each release stored by exactly one of them
    assert sum(duplicates) == 120, duplicates  # ... and skipped by the other
    if opposite:  # the retry path really ran (server.store logs each retry; -v shows it)
        assert any("retried after a deadlock" in err for _, _, err in results), [err for _, _, err in results]
    assert_complete(pg_url, expected)


# --- 3. an importer killed mid-import ------------------------------------------------------------------
# An import of 360 releases writes two batches (200 + 160): batch 1 is stored (one transaction), its
# search rows are written (another), it is marked indexed, then batch 2 follows. The importer is
# killed with SIGKILL either at a hook point of the write protocol (ARSIP_BERITA_CRASH_AT, as in
# tests/reliability; opening the archive commits nothing, so the first time is number 1), or while
# it is held inside one of those transactions: the test keeps a row the importer is about to write
# locked (an uncommitted insert of release 150's text, or of a search term every release has),
# kills it once the server shows it waiting there, then lets go.
BLOCKED_STORE = "INSERT INTO articles (title, body, content_hash) VALUES ('x', 'x', %s)"
BLOCKED_SEARCH = "INSERT INTO search_terms (field, term) VALUES ('text', 'sukamaju')"


def wait_until_blocked(watch: psycopg.Connection, proc: subprocess.Popen[str], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        row = watch.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                            "AND application_name = 'arsip-berita' AND wait_event_type = 'Lock'").fetchone()
        if row[0]:
            return
        time.sleep(0.02)
    raise AssertionError(f"the importer never waited on the test's lock (exit status {proc.poll()})")


@pytest.mark.parametrize("kill, stored, search_rows", [
    ("store_commit:1", 200, 0),    # batch 1 stored, nothing indexed
    ("inside:store", 0, 0),        # 150 rows of batch 1 inserted, not committed: none left
    ("inside:search", 200, 0),     # batch 1 stored; its 200 search rows inserted, not committed
    ("mark_indexed:1", 200, 200),  # search rows committed: batch 1 is indexed (a search row is the mark)
])
def test_killed_importer_leaves_a_consistent_archive_and_the_next_run_finishes(
        pg_url: str, pg_admin: Callable[..., psycopg.Connection], tmp_path: Path, kill: str, stored: int,
        search_rows: int) -> None:
    folder = write_releases(tmp_path / "rilis", range(360))
    expected = read_releases(folder)
    if kill.startswith("inside:"):
        SharedArchiveService.open(pg_url).close()  # the tables exist
        blocker = pg_admin(pg_url)
        blocker.execute("BEGIN")
        if kill == "inside:store":
            (digest,) = [h for h, a in expected.items() if village(150) in a.title]
            blocker.execute(BLOCKED_STORE, (digest,))
        else:
            blocker.execute(BLOCKED_SEARCH)
        proc = start_cli(pg_url, "import", str(folder), "--processes", "1")
        try:
            wait_until_blocked(pg_admin(pg_url), proc)
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(30)
        finally:
            blocker.execute("ROLLBACK")
        code, out, err = finish(proc)
    else:
        code, out, err = finish(start_cli(pg_url, "import", str(folder), "--processes", "1",
                                          env=cli_env(ARSIP_BERITA_CRASH_AT=kill)))
    assert code == -signal.SIGKILL, f"the import was not killed ({kill}): {code} {out} {err}"

    # What the kill left: whole articles of batch 1 or none, each once; none of batch 2; search rows
    # of a whole batch or none (an article without one is unindexed).
    ids = assert_articles_whole(pg_url, expected)
    counts = table_counts(pg_url)
    assert len(ids) == stored and counts["hashes"] == stored, counts
    assert counts["unindexed"] == stored - search_rows, counts
    assert counts["search_docs"] == search_rows and counts["orphan_docs"] == 0, counts

    # A writer opening the archive indexes what is unindexed, and says so.
    svc = SharedArchiveService.open(pg_url)
    try:
        if stored - search_rows:
            assert any(n.startswith(f"{stored - search_rows} artikel yang tersimpan tetapi belum terindeks (impor terputus") for n in svc.notices), svc.notices
        else:
            assert svc.notices == []
        assert svc.store.unindexed_ids() == []
        assert svc.search("Sukamaju", limit=0).total == stored
    finally:
        svc.close()
    assert table_counts(pg_url)["search_docs"] == stored

    # The same import again adds the rest and skips what is there.
    code, out, err = finish(start_cli(pg_url, "import", str(folder), "--processes", "1"))
    assert code == 0, err
    assert summary(out) == (360 - stored, stored, 0)
    assert_complete(pg_url, expected)
