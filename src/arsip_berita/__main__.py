"""``python -m arsip_berita`` and the ``arsip-berita`` command: no arguments -> GUI, else the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from arsip_berita.cli.main import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
