#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, listening only on a Unix socket in DIR (no TCP).
#
#   scripts/pg_cluster.sh start DIR   # prints one line on stdout: postgresql://arsip_admin@/postgres?host=DIR
#   scripts/pg_cluster.sh stop DIR    # stops it (if running) and removes DIR
#
# DIR holds the socket, data/ (the cluster, user arsip_admin, trust auth, UTF8) and log. When the
# PostgreSQL binaries are missing, Debian's `postgresql` package is installed. initdb refuses to run
# as root, so as root the cluster belongs to `postgres` (or `nobody`) and runs through runuser.
# Everything but the URL goes to stderr.
set -euo pipefail

ADMIN=arsip_admin

die() { echo "pg_cluster: $*" >&2; exit 1; }
note() { echo "pg_cluster: $*" >&2; }

usage() { die "usage: $0 start|stop DIR"; }

[ $# -eq 2 ] || usage
action="$1"
dir="$2"
[ -n "$dir" ] || usage
# pg_ctl hands -o to a shell and the URL carries DIR unencoded: keep to plain path characters.
case "$dir" in
  *[!A-Za-z0-9/._+-]*) die "DIR may hold only letters, digits and / . _ + - (got '$dir')" ;;
esac
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac
dir="${dir%/}"
[ -n "$dir" ] || die "refusing to use / as DIR"

is_root=0
[ "$(id -u)" -eq 0 ] && is_root=1

# Run a command as USER (root only); otherwise as ourselves. Always from DIR, so that a cwd the
# server user cannot read (/root) does not matter.
as_user() {
  local user="$1"; shift
  if [ -z "$user" ]; then
    (cd "$dir" && "$@")
  elif command -v runuser >/dev/null 2>&1; then
    (cd "$dir" && runuser -u "$user" -- "$@")
  else
    local cmd
    cmd="$(printf '%q ' "$@")"
    (cd "$dir" && su -s /bin/sh "$user" -c "$cmd")
  fi
}

# The directory holding both initdb and pg_ctl: PATH first, then the highest /usr/lib/postgresql/N/bin.
find_bindir() {
  local initdb_path d
  if initdb_path="$(command -v initdb 2>/dev/null)"; then
    d="$(dirname "$initdb_path")"
    if [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
    if command -v pg_ctl >/dev/null 2>&1; then
      dirname "$(command -v pg_ctl)"; return 0
    fi
  fi
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5Vr); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  return 1
}

install_postgresql() {
  command -v apt-get >/dev/null 2>&1 || die "PostgreSQL (initdb, pg_ctl) not found and no apt-get to install it"
  local sudo=()
  if [ "$is_root" -eq 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "PostgreSQL not found; installing it needs root or sudo"
    if [ -t 0 ]; then sudo=(sudo); else sudo=(sudo -n); fi
  fi
  note "PostgreSQL not found: installing Debian's postgresql package"
  "${sudo[@]}" apt-get update -qq >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

# initdb, pg_ctl and postgres run as this user ('' = ourselves).
server_user() {
  if [ "$is_root" -eq 0 ]; then echo ""; return; fi
  if id -u postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

has_c_utf8() {
  command -v locale >/dev/null 2>&1 || return 1
  locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'
}

start() {
  local bindir user url tries
  if ! bindir="$(find_bindir)"; then
    install_postgresql
    bindir="$(find_bindir)" || die "PostgreSQL installed but initdb/pg_ctl still not found"
  fi
  note "using $bindir"

  # The socket path DIR/.s.PGSQL.5432 must fit in sun_path (107 bytes).
  [ $(( ${#dir} + 17 )) -le 107 ] || die "DIR is too long for a Unix socket path: $dir"
  mkdir -p "$dir"
  [ ! -e "$dir/data" ] || die "$dir/data already exists (stop the old cluster first)"
  chmod 755 "$dir"

  user="$(server_user)"
  if [ -n "$user" ]; then
    chown "$user:" "$dir"
    # The server user must reach DIR: open up parents below /tmp (e.g. mktemp folders), else fail.
    if ! runuser_check "$user"; then
      local p="$dir"
      while p="$(dirname "$p")"; [ "$p" != "/" ] && [ "$p" != "/tmp" ]; do
        case "$p" in /tmp/*) chmod o+x "$p" ;; *) break ;; esac
      done
      runuser_check "$user" || die "user '$user' cannot write to $dir (a parent folder is closed to it); use a folder under /tmp"
    fi
    note "running as root: the cluster belongs to '$user'"
  fi

  # initdb is chatty: its output is shown only when it fails.
  local locale_opt=--locale=C.UTF-8 out
  has_c_utf8 || locale_opt=--no-locale
  if ! out="$(as_user "$user" "$bindir/initdb" -D "$dir/data" -A trust -U "$ADMIN" -E UTF8 "$locale_opt" 2>&1)"; then
    echo "$out" >&2
    [ "$locale_opt" = "--no-locale" ] && die "initdb failed"
    note "initdb with C.UTF-8 failed; trying again with --no-locale"
    rm -rf "$dir/data"
    out="$(as_user "$user" "$bindir/initdb" -D "$dir/data" -A trust -U "$ADMIN" -E UTF8 --no-locale 2>&1)" \
      || { echo "$out" >&2; die "initdb failed"; }
  fi
  note "initdb done ($locale_opt)"

  if ! as_user "$user" "$bindir/pg_ctl" -D "$dir/data" \
      -o "-k '$dir' -c listen_addresses='' -c fsync=off -c max_connections=60" \
      -l "$dir/log" -w start >&2; then
    note "pg_ctl start failed; end of $dir/log:"
    tail -n 30 "$dir/log" >&2 2>/dev/null || true
    exit 1
  fi
  tries=0
  while [ ! -S "$dir/.s.PGSQL.5432" ] && [ "$tries" -lt 50 ]; do sleep 0.1; tries=$((tries + 1)); done
  [ -S "$dir/.s.PGSQL.5432" ] || die "server started but no socket in $dir"

  url="postgresql://$ADMIN@/postgres?host=$dir"
  echo "$url"
}

runuser_check() {
  as_user "$1" test -w "$dir" -a -x "$dir" 2>/dev/null
}

stop() {
  if [ ! -e "$dir" ]; then note "$dir does not exist: nothing to stop"; return 0; fi
  if [ -f "$dir/data/PG_VERSION" ]; then
    local bindir user=""
    bindir="$(find_bindir)" || die "pg_ctl not found: cannot stop the cluster in $dir"
    if [ "$is_root" -eq 1 ]; then
      user="$(stat -c %U "$dir/data")"
      [ "$user" = "root" ] && user=""
    fi
    if as_user "$user" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      if ! as_user "$user" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2; then
        note "fast stop failed; stopping immediately"
        as_user "$user" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || die "cannot stop the cluster in $dir"
      fi
    else
      note "cluster in $dir is not running"
    fi
  fi
  # Remove only what start made, then DIR itself (refuses a folder holding anything else).
  rm -rf "$dir/data" "$dir/log"
  rm -f "$dir"/.s.PGSQL.*
  rmdir "$dir" || die "$dir holds other files: left in place"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
