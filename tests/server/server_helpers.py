"""Helpers for the PostgreSQL server tests: the throwaway cluster, databases, roles, URLs.

The server comes from ARSIP_BERITA_TEST_PG (an admin URL, set by scripts/test.sh) or is started
here with scripts/pg_cluster.sh. Import these from test modules as `from server_helpers import ...`
(never `from conftest import ...`: the test folders' conftest modules clash).
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import parse_qs, urlsplit, urlunsplit

import psycopg
from psycopg import sql

REPO = Path(__file__).resolve().parents[2]
PG_CLUSTER = REPO / "scripts" / "pg_cluster.sh"
ENV_VAR = "ARSIP_BERITA_TEST_PG"
CONNECT_TIMEOUT = 10  # seconds
START_TIMEOUT = 900  # seconds; may include installing Debian's postgresql package


class ClusterUnavailable(RuntimeError):
    """The throwaway cluster could not be started; the message says why."""


def is_ci() -> bool:
    """True on CI (CI=true), where a missing PostgreSQL server must fail, not skip."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def url_with_dbname(url: str, dbname: str) -> str:
    """The same server URL (user, host, options) naming database DBNAME instead."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, parts.fragment))


def dbname_of(url: str) -> str:
    """The database a URL names."""
    return urlsplit(url).path.lstrip("/")


def socket_dir(url: str) -> str | None:
    """The Unix socket folder a URL connects through (host=/dir), or None for a TCP host."""
    parts = urlsplit(url)
    hosts = parse_qs(parts.query).get("host", [])
    host = hosts[0] if hosts else (parts.hostname or "")
    return host if host.startswith("/") else None


def connect(url: str) -> psycopg.Connection:
    """An autocommit connection to URL (raw SQL: CREATE DATABASE/ROLE cannot run in a transaction)."""
    return psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)


def fresh_database_name() -> str:
    """A database name no other test uses: arsip_t_<random hex>."""
    return f"arsip_t_{secrets.token_hex(6)}"


def fresh_role_name(prefix: str = "arsip_r") -> str:
    """A role name no other test uses. Roles are cluster-wide, unlike databases: never reuse one."""
    return f"{prefix}_{secrets.token_hex(6)}"


def create_database(admin_url: str) -> str:
    """Create a fresh, empty database on the server of ADMIN_URL and return its URL."""
    name = fresh_database_name()
    with connect(admin_url) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return url_with_dbname(admin_url, name)


def drop_database(admin_url: str, name: str) -> None:
    """Drop database NAME (if it exists), closing any sessions still connected to it."""
    with connect(admin_url) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def drop_role(admin_url: str, role: str) -> None:
    """Drop ROLE (if it exists), first dropping what it owns or was granted in every database."""
    with connect(admin_url) as conn:
        try:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
            return
        except psycopg.errors.DependentObjectsStillExist:
            pass
        dbnames = [
            row[0]
            for row in conn.execute(
                "SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate"
            )
        ]
    for dbname in dbnames:
        try:
            with connect(url_with_dbname(admin_url, dbname)) as db:
                db.execute(sql.SQL("DROP OWNED BY {} CASCADE").format(sql.Identifier(role)))
        except psycopg.OperationalError:
            continue  # dropped meanwhile
    with connect(admin_url) as conn:
        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def check_server(url: str) -> None:
    """Connect to URL and run SELECT 1; raises psycopg.Error when the server is not there."""
    with connect(url) as conn:
        conn.execute("SELECT 1").fetchone()


def new_cluster_dir() -> Path:
    """An empty folder for a cluster, under /tmp: the socket path must stay short (107 bytes) and,
    as root, be reachable by the unprivileged server user (pytest's own tmp folders are not)."""
    base = "/tmp" if os.path.isdir("/tmp") else None
    return Path(tempfile.mkdtemp(prefix="arsip_pg.", dir=base))


def start_cluster(directory: Path) -> str:
    """Start a throwaway cluster in DIRECTORY with scripts/pg_cluster.sh; returns its admin URL."""
    bash = shutil.which("bash")
    if bash is None:
        raise ClusterUnavailable("bash not found (scripts/pg_cluster.sh needs it)")
    try:
        proc = subprocess.run(
            [bash, str(PG_CLUSTER), "start", str(directory)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise ClusterUnavailable(f"scripts/pg_cluster.sh start took over {START_TIMEOUT} s") from None
    url = proc.stdout.strip()
    if proc.returncode != 0 or not url.startswith("postgresql://"):
        lines = [line for line in proc.stderr.strip().splitlines() if line.strip()]
        why = "; ".join(lines[-3:]) or f"exit status {proc.returncode}"
        raise ClusterUnavailable(f"scripts/pg_cluster.sh start failed: {why}")
    return url


def stop_cluster(directory: Path) -> None:
    """Stop the cluster in DIRECTORY (if running) and remove the folder; raises if that fails."""
    proc = subprocess.run(
        [shutil.which("bash") or "bash", str(PG_CLUSTER), "stop", str(directory)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"scripts/pg_cluster.sh stop {directory} failed: {proc.stderr.strip()}")
