"""Fixtures for the PostgreSQL server tests: a throwaway server, fresh databases, raw SQL, roles.

- pg_server (session): the server's admin URL, from ARSIP_BERITA_TEST_PG (scripts/test.sh starts a
  throwaway cluster and sets it) or from a cluster started here with scripts/pg_cluster.sh; the
  tests skip when neither is possible, except on CI (CI=true), where they fail.
- pg_url: a fresh, empty database (arsip_t_<hex>) for one test, dropped afterwards.
- pg_new_database: makes more such databases in one test (each dropped afterwards).
- pg_admin: opens autocommit connections (default: the admin URL) for raw SQL, closed afterwards.
- pg_role: unique role names (roles are cluster-wide), each role dropped afterwards if created.
Plain helpers live in server_helpers.py. A QApplication exists for the whole session: the print
command run by the CLI tests would otherwise make a QGuiApplication, and the window tests after it
could not make widgets (Qt aborts the process).
"""

from __future__ import annotations

import contextlib
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything loads Qt (the GUI and print tests)
from collections.abc import Callable, Iterator
from typing import NoReturn

import psycopg
import pytest
from server_helpers import (
    ENV_VAR,
    ClusterUnavailable,
    check_server,
    connect,
    create_database,
    dbname_of,
    drop_database,
    drop_role,
    fresh_role_name,
    is_ci,
    new_cluster_dir,
    start_cluster,
    stop_cluster,
)


def _unavailable(reason: str) -> NoReturn:
    message = f"PostgreSQL tidak tersedia (PostgreSQL not available): {reason}"
    if is_ci():
        pytest.fail(f"{message} [CI=true: the server tests must run]", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Admin URL (postgresql://arsip_admin@/postgres?host=DIR) of the test PostgreSQL server."""
    url = os.environ.get(ENV_VAR, "").strip()
    if url:
        try:
            check_server(url)
        except psycopg.Error as exc:
            pytest.fail(f"{ENV_VAR}={url} does not answer: {exc}", pytrace=False)
        yield url
        return
    directory = new_cluster_dir()
    try:
        url = start_cluster(directory)
    except ClusterUnavailable as exc:
        with contextlib.suppress(Exception):  # the start failure is the news
            stop_cluster(directory)
        with contextlib.suppress(OSError):  # still there when stop failed; only if empty
            directory.rmdir()
        _unavailable(f"{ENV_VAR} is not set and {exc}")
    try:
        check_server(url)
        yield url
    finally:
        stop_cluster(directory)


@pytest.fixture
def pg_new_database(pg_server: str) -> Iterator[Callable[[], str]]:
    """Call it to make a fresh, empty database; returns its URL. All are dropped after the test."""
    made: list[str] = []

    def make() -> str:
        url = create_database(pg_server)
        made.append(dbname_of(url))
        return url

    yield make
    for name in made:
        drop_database(pg_server, name)


@pytest.fixture
def pg_url(pg_new_database: Callable[[], str]) -> str:
    """URL of a fresh, empty database (postgresql://arsip_admin@/arsip_t_<hex>?host=DIR)."""
    return pg_new_database()


@pytest.fixture
def pg_admin(pg_server: str) -> Iterator[Callable[..., psycopg.Connection]]:
    """Call it (optionally with a URL; default the admin URL) for an autocommit connection."""
    opened: list[psycopg.Connection] = []

    def open_conn(url: str | None = None) -> psycopg.Connection:
        conn = connect(url or pg_server)
        opened.append(conn)
        return conn

    yield open_conn
    for conn in opened:
        conn.close()


@pytest.fixture
def pg_role(pg_server: str) -> Iterator[Callable[..., str]]:
    """Call it for a unique role name (the test creates the role); such roles are dropped after the
    test, with whatever they own in any database."""
    names: list[str] = []

    def make(prefix: str = "arsip_r") -> str:
        name = fresh_role_name(prefix)
        names.append(name)
        return name

    yield make
    for name in names:
        drop_role(pg_server, name)


@pytest.fixture(autouse=True, scope="session")
def _widgets_application(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's QApplication, made before any test of this folder runs Qt."""
    return qapp
