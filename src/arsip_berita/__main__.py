"""``python -m arsip_berita`` and the ``arsip-berita`` command: no arguments -> GUI, else the CLI."""

from __future__ import annotations

import sys
from typing import Any


def _launch_gui(args: Any) -> int:
    from arsip_berita.gui.app import run_app

    return int(run_app(archive=args.archive, lang=args.lang))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from arsip_berita.cli.main import run

    return run(args, launch_gui=_launch_gui)


if __name__ == "__main__":
    sys.exit(main())
