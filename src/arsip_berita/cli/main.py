"""The command line: argparse subcommands over the same services as the GUI.

Exit codes: 0 success, 1 partial failure or an expected error (message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path

from arsip_berita import __version__
from arsip_berita.core.errors import ArsipError

# Each module has register(subparsers); its subcommands set func=handler(args) -> int.
COMMAND_MODULES = (
    "arsip_berita.cli.archive_cmd",
    "arsip_berita.cli.search_cmd",
    "arsip_berita.cli.directory_cmd",
    "arsip_berita.cli.extract_cmd",
    "arsip_berita.cli.summary_cmd",
    "arsip_berita.cli.print_cmd",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: kesalahan: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="arsip-berita", description=(
        "Arsip Berita: pembaca arsip siaran pers pemerintah daerah. Tanpa subperintah: membuka aplikasi."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--archive", type=Path, default=None, metavar="DIR",
                        help="folder arsip (bawaan: $ARSIP_BERITA_ARCHIVE atau folder data pengguna)")
    parser.add_argument("--lang", choices=("id", "en"), default=None, help="bahasa antarmuka")
    parser.add_argument("-v", "--verbose", action="store_true", help="tampilkan log rinci")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    gui = sub.add_parser("gui", help="buka aplikasi desktop")
    gui.set_defaults(func=_run_gui)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from arsip_berita.gui.app import run_app

    return run_app(archive=args.archive, lang=args.lang)


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    func = getattr(args, "func", None) or _run_gui
    try:
        return int(func(args))
    except ArsipError as exc:
        print(f"arsip-berita: {exc.user_message}", file=sys.stderr)
        if args.verbose and exc.detail:
            print(f"  rincian: {exc.detail}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("arsip-berita: dibatalkan.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
