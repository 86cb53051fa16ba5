#!/usr/bin/env bash
# Set up (if needed) and launch the desktop app on the default archive, which starts with the
# bundled sample releases. Extra arguments go to arsip-berita (e.g. --archive DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "Tidak ada layar: aplikasi dijalankan di layar virtual (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/arsip-berita "$@"
fi
exec .venv/bin/arsip-berita "$@"
