"""Start-up of the desktop app: time from process start to the window's first paint, and to a usable
archive (the first search shown), on the sample archive, warm disk cache.

    .venv/bin/python benchmarks/startup.py [--runs 5] [--archive DIR]

Each run is a new process (``--child``) that starts the app as the ``arsip-berita`` command does and reports through
an event filter: no part of the app is replaced. Needs a display or runs offscreen by itself.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a checkout without installing


def child(archive: Path) -> None:
    import psutil
    from PySide6.QtCore import QEvent, QObject, QTimer

    started = psutil.Process().create_time()
    import arsip_berita.gui.app as gui_app

    marks: dict[str, float] = {}
    probes: list[QObject] = []
    make_application = gui_app.make_application

    class Probe(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            from arsip_berita.gui.mainwindow import MainWindow

            kind = event.type()
            if kind == QEvent.Type.Paint and "first_paint" not in marks and obj.isWidgetType() \
                    and isinstance(obj.window(), MainWindow):  # type: ignore[attr-defined]
                marks["first_paint"] = time.time() - started
            if kind == QEvent.Type.Show and isinstance(obj, MainWindow) and "shown" not in marks:
                marks["shown"] = time.time() - started
                obj.search_finished.connect(lambda _r: done(obj))
            return False

    def done(window: QObject) -> None:
        if "usable" not in marks:
            marks["usable"] = time.time() - started
            QTimer.singleShot(50, window.close)  # type: ignore[attr-defined]

    def watched(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
        """The app's own make_application, with an event filter added to watch the window."""
        app = make_application(argv)
        if not probes:
            probes.append(Probe())
            app.installEventFilter(probes[0])
            QTimer.singleShot(30000, app.quit)
        return app

    gui_app.make_application = watched
    from arsip_berita.__main__ import main as arsip_berita

    arsip_berita(["--archive", str(archive)])  # what the ``arsip-berita`` command runs
    print(json.dumps(marks))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--archive", type=Path, default=None, help="archive to open (default: a sample archive)")
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    env = dict(os.environ)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # fresh settings: a first launch
        archive = args.archive
        if archive is None:
            archive = Path(tmp) / "contoh"
            from arsip_berita.archive.service import ArchiveService

            t0 = time.perf_counter()
            ArchiveService.open(archive, with_samples=True).close()
            print(f"sample archive made in {time.perf_counter() - t0:.2f} s (not counted)")
        runs = []
        for n in range(args.runs + 1):  # the first run warms the disk cache and is not counted
            out = subprocess.run([sys.executable, __file__, "--child", str(archive)], env=env,
                                 capture_output=True, text=True, timeout=120)
            line = [x for x in out.stdout.splitlines() if x.startswith("{")]
            if out.returncode or not line:
                print(out.stdout, out.stderr, file=sys.stderr)
                return 1
            if n:
                runs.append(json.loads(line[-1]))
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'display')}, {args.runs} runs, warm cache")
    for key, label in (("first_paint", "window's first paint"),
                       ("usable", "usable archive (first search shown)")):
        values = [r[key] for r in runs if key in r]
        print(f"  {label:<38} median {statistics.median(values):.2f} s  (min {min(values):.2f}, max {max(values):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
