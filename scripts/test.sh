#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite, offscreen.
# Unless ARSIP_BERITA_TEST_PG already names a PostgreSQL server, a throwaway one is started
# (scripts/pg_cluster.sh, Unix socket only) for the server tests and stopped at the end.
# Without it the server tests skip; with CI=true a server that will not start fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen

is_ci=0
case "${CI:-}" in true|TRUE|True|1|yes) is_ci=1 ;; esac

pg_dir=""
stop_pg() {
  if [ -n "$pg_dir" ]; then
    bash "$PWD/scripts/pg_cluster.sh" stop "$pg_dir" >&2 || echo "test.sh: stopping the PostgreSQL cluster in $pg_dir failed" >&2
    pg_dir=""
  fi
}
if [ -z "${ARSIP_BERITA_TEST_PG:-}" ]; then
  trap stop_pg EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  # Under /tmp, not $TMPDIR: the socket path must stay short and reachable by the server user.
  pg_dir="$(mktemp -d /tmp/arsip_pg.XXXXXX)"
  if pg_url="$(bash scripts/pg_cluster.sh start "$pg_dir")"; then
    export ARSIP_BERITA_TEST_PG="$pg_url"
  elif [ "$is_ci" = 1 ]; then
    echo "test.sh: ERROR: the PostgreSQL test server did not start (see above); CI must test the server backend" >&2
    exit 1
  else
    echo "test.sh: WARNING: the PostgreSQL test server did not start (see above);" \
      "the server tests will be skipped" >&2
    stop_pg
  fi
fi

status=0
.venv/bin/python -m pytest -q "$@" || status=$?
exit "$status"
