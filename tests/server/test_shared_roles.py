"""Roles of a shared archive (``server.schema.setup_roles``), against a real PostgreSQL server.

An admin opens a fresh database once (the tables are made), then gives one login the reader role
and another the writer role. The writer imports; the reader searches, shows and lists through the
CLI, is told in Indonesian (naming its role, "pembaca") that it cannot import, and never sees a
Python traceback; the server itself refuses a reader's writes, whatever the app does. A login with
no role at all, or one opening a database nobody has prepared yet, gets a message too.

The releases are invented here (a fictional Kabupaten Lembah Damai).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

from arsip_berita.archive.shared import ReaderRoleError, SharedArchiveService
from arsip_berita.core.model import Article
from arsip_berita.ingest.readers import read_path
from arsip_berita.server.connection import translate_error
from arsip_berita.server.schema import setup_roles
from arsip_berita.server.store import ServerStore

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"

_SCHOOLS = ["Tunas Harapan", "Bina Karya", "Cahaya Ilmu", "Mekar Sari", "Pelita Bangsa", "Sinar Pagi"]
_VILLAGES = ["Rantaubiru", "Sungaipandan", "Bukitjernih", "Lubukmas", "Tanjungpadi", "Muarasejuk"]


def release(i: int) -> tuple[str, str]:
    """(title, body) of invented press release number ``i`` (0 <= i < 6)."""
    school, village = _SCHOOLS[i], _VILLAGES[i]
    title = f"Bupati Lembah Damai Resmikan Ruang Kelas Baru SD {school} di {village}"
    body = (f"{village} - Bupati Lembah Damai meresmikan {2 + i} ruang kelas baru di SD {school}, Desa {village}, "
            f"pada Senin pagi. Pembangunan ruang kelas itu dibiayai dana alokasi khusus tahun 2024.\n\n"
            f"Kepala Dinas Pendidikan, Maria Simanjuntak, mengatakan sekolah tersebut kini dapat menampung "
            f"{120 + 10 * i} murid. \"Tidak ada lagi kelas yang bergantian masuk siang,\" katanya.")
    return title, body


def write_releases(folder: Path, numbers: range) -> dict[int, Article]:
    """.txt files ("Title\\n\\nBody"); returns what the import stores, by release number."""
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[int, Article] = {}
    for i in numbers:
        title, body = release(i)
        path = folder / f"rilis_{i}.txt"
        path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        (article,) = list(read_path(path))
        assert isinstance(article, Article)
        out[i] = article
    return out


def url_for(url: str, role: str) -> str:
    """The same server and database as ``url``, logging in as ``role`` (no password: trust socket)."""
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, f"{role}@{host}", parts.path, parts.query, parts.fragment))


def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("ARSIP_BERITA_CRASH_AT", None)
    return subprocess.run([sys.executable, "-m", "arsip_berita", "--archive", url, *args], capture_output=True,
                          text=True, env=env, cwd=str(REPO), timeout=120)


def article_count(url: str) -> int:
    with psycopg.connect(url) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def assert_no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr
    assert "psycopg" not in proc.stderr, proc.stderr  # no raw driver error either
    for line in proc.stderr.splitlines():
        assert line.startswith("arsip-berita: "), f"not a message of the app: {line!r}"


@pytest.fixture
def login(pg_role: Callable[..., str], pg_admin: Callable[..., psycopg.Connection]) -> Callable[[str], str]:
    """Call it for a new login role (no password: the test server trusts its socket)."""
    def make(prefix: str) -> str:
        name = pg_role(prefix)
        pg_admin().execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)))
        return name

    return make


@pytest.fixture
def roles(pg_url: str, pg_admin: Callable[..., psycopg.Connection], login: Callable[[str], str]) -> dict[str, str]:
    """A prepared archive: admin, reader and writer URLs."""
    SharedArchiveService.open(pg_url).close()  # the admin opens it once: the tables exist
    reader, writer = login("arsip_baca"), login("arsip_tulis")
    setup_roles(pg_admin(pg_url), readers=[reader], writers=[writer])
    return {"admin": pg_url, "reader": url_for(pg_url, reader), "writer": url_for(pg_url, writer)}


def test_writer_imports_and_reader_searches_shows_and_lists(roles: dict[str, str], tmp_path: Path) -> None:
    articles = write_releases(tmp_path / "rilis", range(6))
    done = cli(roles["writer"], "import", str(tmp_path / "rilis"))
    assert done.returncode == 0, done.stderr
    assert "6 artikel ditambahkan, 0 dilewati karena duplikat, 0 gagal" in done.stdout
    assert "pembaca" not in done.stderr
    assert article_count(roles["admin"]) == 6

    reader = roles["reader"]
    found = cli(reader, "search", "ruang kelas baru", "--limit", "10")
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("6 hasil untuk 'ruang kelas baru'")
    assert all(a.title in found.stdout for a in articles.values())
    one = cli(reader, "search", "Bukitjernih", "--json")
    assert one.returncode == 0, one.stderr
    assert '"total": 1' in one.stdout and articles[2].title in one.stdout

    listed = cli(reader, "list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    assert len(lines) == 6 and {line.split("  ")[-1] for line in lines} == {a.title for a in articles.values()}
    article_id = next(int(line.split()[0]) for line in lines if articles[4].title in line)

    shown = cli(reader, "show", str(article_id))
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[0] == articles[4].title
    assert articles[4].body in shown.stdout

    for proc in (found, one, listed, shown):
        assert_no_traceback(proc)
        assert "pembaca" in proc.stderr  # the reader is told its role when it connects


def test_reader_cannot_import_and_is_told_why(roles: dict[str, str], tmp_path: Path) -> None:
    write_releases(tmp_path / "lama", range(3))
    assert cli(roles["writer"], "import", str(tmp_path / "lama")).returncode == 0
    write_releases(tmp_path / "baru", range(3, 6))  # releases the archive does not have yet
    for args in (("import", str(tmp_path / "baru")), ("reindex",)):
        refused = cli(roles["reader"], *args)
        assert refused.returncode == 1, (args, refused.stdout, refused.stderr)
        assert_no_traceback(refused)
        assert "hanya pembaca" in refused.stderr and "tidak mengimpor" in refused.stderr, refused.stderr
        assert "arsip_penulis" in refused.stderr  # what to ask the admin for
    assert article_count(roles["admin"]) == 3


def test_services_say_their_role(roles: dict[str, str], tmp_path: Path) -> None:
    write_releases(tmp_path / "rilis", range(6))
    writer = SharedArchiveService.open(roles["writer"])
    try:
        assert (writer.role, writer.can_write, writer.readonly) == ("penulis", True, False)
        assert not any("pembaca" in n for n in writer.notices), writer.notices
        assert writer.import_paths([tmp_path / "rilis"], processes=1).added == 6
    finally:
        writer.close()
    reader = SharedArchiveService.open(roles["reader"])  # asked for as a writer: it is a reader all the same
    try:
        assert (reader.role, reader.can_write, reader.readonly) == ("pembaca", False, True)
        assert any("sebagai pembaca" in n for n in reader.notices), reader.notices
        assert reader.search("Lubukmas").total == 1
        with pytest.raises(ReaderRoleError, match="hanya pembaca"):
            reader.import_paths([tmp_path / "rilis"], processes=1)
        with pytest.raises(ReaderRoleError, match="hanya pembaca"):
            reader.reindex()
    finally:
        reader.close()
    admin = SharedArchiveService.open(roles["admin"], readonly=True)
    try:
        assert admin.role == "penulis" and admin.count() == 6
    finally:
        admin.close()


def test_server_refuses_a_readers_writes(roles: dict[str, str], tmp_path: Path) -> None:
    """Not only the app's check: the reader's own connection cannot change articles or the search
    rows, and the store's write, tried anyway, fails with the reader's message."""
    articles = write_releases(tmp_path / "rilis", range(2))
    store = ServerStore(roles["reader"])
    try:
        assert store.readonly and not store.can_write
        with pytest.raises(psycopg.errors.InsufficientPrivilege) as caught:
            store.add_batch([(articles[0], None)])
        translated = translate_error(caught.value, roles["reader"])
        assert translated is not None and "hanya pembaca" in translated.user_message
        for statement in ("UPDATE articles SET title = title", "DELETE FROM search_docs",
                          "INSERT INTO search_terms (field, term) VALUES ('text', 'x')",
                          "INSERT INTO arsip_meta (key, value) VALUES ('x', 'y')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                store.conn.execute(statement)
    finally:
        store.close()
    assert article_count(roles["admin"]) == 0


def test_login_without_a_role_gets_a_message(roles: dict[str, str], login: Callable[[str], str]) -> None:
    """A login the admin gave no role: every command says so in words, none shows a traceback."""
    stranger = url_for(roles["admin"], login("arsip_asing"))
    for args in (("list",), ("search", "sekolah"), ("import", str(REPO / "nonexistent"))):
        refused = cli(stranger, *args)
        assert refused.returncode == 1, (args, refused.stdout, refused.stderr)
        assert_no_traceback(refused)
        assert "belum diberi akses" in refused.stderr and "arsip_pembaca" in refused.stderr, refused.stderr


def test_database_not_prepared_gets_a_message(pg_url: str, login: Callable[[str], str], tmp_path: Path) -> None:
    """Before anyone with the right opened it: a reading command and an import both explain."""
    write_releases(tmp_path / "rilis", range(2))
    early = url_for(pg_url, login("arsip_awal"))
    listed = cli(early, "list")
    assert listed.returncode == 1 and "belum disiapkan" in listed.stderr, listed.stderr
    assert_no_traceback(listed)
    imported = cli(early, "import", str(tmp_path / "rilis"))
    assert imported.returncode == 1, imported.stderr
    assert_no_traceback(imported)
    assert "belum disiapkan" in imported.stderr and "admin TI" in imported.stderr, imported.stderr
    with psycopg.connect(pg_url) as conn:  # and nothing was half made
        assert conn.execute("SELECT to_regclass('articles')").fetchone() == (None,)
