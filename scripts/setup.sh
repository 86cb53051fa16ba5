#!/usr/bin/env bash
# Set up Arsip Berita on a fresh Debian/Ubuntu machine: system libraries for Qt, a virtualenv,
# the package (with test extras when --test is given). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[ "${1:-}" = "--test" ] && want_tests=1

# Qt offscreen (tests, PDF): libegl1 libgl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libdbus-1-3.
# A real X window also needs the xcb libraries; xvfb/xauth run it without a screen;
# poppler-utils gives pdftotext/pdftoppm for PDF checks.
APT_PACKAGES="python3-venv libegl1 libgl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libdbus-1-3
  fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 xvfb xauth poppler-utils"
# The tests also run a throwaway PostgreSQL server (scripts/pg_cluster.sh); the desktop app needs none.
if [ "$want_tests" = 1 ]; then
  APT_PACKAGES="$APT_PACKAGES postgresql"
fi

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Memasang paket sistem:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$want_tests" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
echo "Siap: .venv/bin/arsip-berita"
