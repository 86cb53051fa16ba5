"""The throwaway PostgreSQL server and its fixtures work: fresh databases, socket only, UTF8, roles."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest
from psycopg import sql
from server_helpers import (
    create_database,
    dbname_of,
    drop_database,
    fresh_role_name,
    socket_dir,
    url_with_dbname,
)


def test_fresh_database_answers(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
        assert conn.execute("SELECT current_database()").fetchone() == (dbname_of(pg_url),)
        tables = conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
        ).fetchone()
    assert tables == (0,)
    assert dbname_of(pg_url).startswith("arsip_t_")


def test_two_databases_are_distinct(pg_new_database: Callable[[], str]) -> None:
    first, second = pg_new_database(), pg_new_database()
    assert dbname_of(first) != dbname_of(second)
    with psycopg.connect(first) as conn:
        conn.execute("CREATE TABLE only_here (x int)")
    with psycopg.connect(second) as conn:
        found = conn.execute("SELECT to_regclass('only_here')").fetchone()
    assert found == (None,)


def test_server_listens_on_no_tcp_port(pg_server: str, pg_admin: Callable[..., psycopg.Connection]) -> None:
    if socket_dir(pg_server) is None:
        pytest.skip("ARSIP_BERITA_TEST_PG names a TCP server, not a scripts/pg_cluster.sh cluster")
    conn = pg_admin()
    assert conn.execute("SHOW listen_addresses").fetchone() == ("",)
    assert conn.execute("SELECT inet_server_addr()").fetchone() == (None,)
    assert conn.execute("SHOW unix_socket_directories").fetchone() == (socket_dir(pg_server),)


def test_database_encoding_is_utf8(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SHOW server_encoding").fetchone() == ("UTF8",)
        enc = conn.execute(
            "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()"
        ).fetchone()
        assert enc == ("UTF8",)
        text = "Siaran pers: Menteri meresmikan jembatan — ½ selesai, ümlaut, 日本"
        assert conn.execute("SELECT %s::text", (text,)).fetchone() == (text,)


def test_dropped_database_is_gone(pg_server: str, pg_admin: Callable[..., psycopg.Connection]) -> None:
    url = create_database(pg_server)
    name = dbname_of(url)
    held = psycopg.connect(url)  # an open session does not stop WITH (FORCE)
    try:
        drop_database(pg_server, name)
    finally:
        held.close()
    rows = pg_admin().execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchall()
    assert rows == []


def test_roles_are_unique_and_usable(
    pg_url: str, pg_role: Callable[..., str], pg_admin: Callable[..., psycopg.Connection]
) -> None:
    assert len({fresh_role_name() for _ in range(100)}) == 100
    role = pg_role()
    admin = pg_admin(pg_url)
    admin.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
    admin.execute(sql.SQL("CREATE TABLE owned_by_role (x int)"))
    admin.execute(sql.SQL("ALTER TABLE owned_by_role OWNER TO {}").format(sql.Identifier(role)))
    role_url = pg_url.replace("arsip_admin@", f"{role}@", 1)
    with psycopg.connect(role_url) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (role,)
        conn.execute("INSERT INTO owned_by_role VALUES (1)")


def test_url_with_dbname_keeps_the_rest() -> None:
    url = "postgresql://arsip_admin@/postgres?host=/tmp/arsip_pg.abc"
    assert url_with_dbname(url, "arsip_t_1") == "postgresql://arsip_admin@/arsip_t_1?host=/tmp/arsip_pg.abc"
    assert socket_dir(url) == "/tmp/arsip_pg.abc"
    assert socket_dir("postgresql://u:p@localhost:5432/db") is None
