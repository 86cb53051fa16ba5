"""The command line: argparse subcommands over the same services as the GUI.

Exit codes: 0 success, 1 partial failure or an expected error (message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable
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
    "arsip_berita.cli.ledger_cmd",
    "arsip_berita.cli.duplicates_cmd",
    "arsip_berita.cli.watch_cmd",
    "arsip_berita.cli.shared_cmd",
)


# argparse's own texts ("usage", "options", "the following arguments are required") in Indonesian.
ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "options": "opsi",
    "positional arguments": "argumen posisi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan nomor versi lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "expected one argument": "perlu satu argumen",
    "expected at least one argument": "perlu sedikitnya satu argumen",
    "expected at most one argument": "paling banyak satu argumen",
    "expected %s argument": "perlu %s argumen",
    "expected %s arguments": "perlu %s argumen",
    "ambiguous option: %(option)s could match %(matches)s": "opsi ambigu: %(option)s bisa berarti %(matches)s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "ignored explicit argument %r": "argumen %r diabaikan",
    "can't open '%(filename)s': %(error)s": "tidak dapat membuka '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
}


def _indonesian(message: str) -> str:
    return ARGPARSE_ID.get(message, message)


def _indonesian_n(singular: str, plural: str, n: int) -> str:
    return _indonesian(singular if n == 1 else plural)


def use_indonesian_argparse() -> None:
    """argparse looks its texts up through its module's gettext functions at use time: point them
    at the table above (the command line speaks Indonesian, like the app)."""
    argparse._ = _indonesian  # type: ignore[attr-defined]
    argparse.ngettext = _indonesian_n  # type: ignore[attr-defined]


# Placeholders in usage lines: Indonesian words, not argparse's upper-cased English option names.
METAVARS = {"query": "KUERI", "limit": "N", "file": "BERKAS", "pdf": "BERKAS_PDF", "sentences": "N",
            "output": "BERKAS", "processes": "N", "jsonl": "BERKAS", "position": "JABATAN", "batch": "BERKAS"}


class _Parser(argparse.ArgumentParser):
    def add_argument(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        action = super().add_argument(*args, **kwargs)
        if action.metavar is None and action.nargs != 0 and action.choices is None \
                and action.dest in METAVARS:
            action.metavar = METAVARS[action.dest]
        return action

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: kesalahan: {message}\n")


def archive_location(text: str) -> Path | str:
    """--archive: a folder, or a shared archive's server address (kept as text)."""
    from arsip_berita.core.paths import is_server_location, looks_like_server_location

    if looks_like_server_location(text):
        raise argparse.ArgumentTypeError(f"alamat arsip bersama tidak dapat dibaca: {text!r} "
                                         "(contoh: postgresql://nama@server/arsip)")
    return text.strip() if is_server_location(text) else Path(text)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    use_indonesian_argparse()
    parser = _Parser(prog="arsip-berita", description=(
        "Arsip Berita: pembaca arsip siaran pers pemerintah daerah. Tanpa subperintah: membuka aplikasi."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="tampilkan nomor versi lalu keluar")
    parser.add_argument("--archive", type=archive_location, default=None, metavar="DIR|URL",
                        help="folder arsip, atau alamat arsip bersama postgresql://nama@server/basisdata "
                             "(bawaan: $ARSIP_BERITA_ARCHIVE atau folder data pengguna)")
    parser.add_argument("--lang", choices=("id", "en"), default=None, help="bahasa antarmuka")
    parser.add_argument("-v", "--verbose", action="store_true", help="tampilkan log rinci")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    gui = sub.add_parser("gui", help="buka aplikasi desktop")
    gui.set_defaults(func=None)
    if with_commands:  # the GUI's launch skips them: they load the archive's modules before the window
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(sub)
    return parser


GLOBAL_WITH_VALUE = ("--archive", "--lang")


def launches_gui(argv: list[str]) -> bool:
    """No subcommand (only --archive, --lang, -v) or ``gui``: the desktop app."""
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token in GLOBAL_WITH_VALUE:
            if rest:
                rest.pop(0)
        elif token.startswith(tuple(f"{o}=" for o in GLOBAL_WITH_VALUE)) or token in ("-v", "--verbose"):
            continue
        else:
            return token == "gui" and not any(t in ("-h", "--help") for t in rest)
    return True


def _no_gui(args: argparse.Namespace) -> int:
    raise ArsipError("Aplikasi desktop tidak tersedia di sini; pakai salah satu perintah (lihat --help).")


def run(argv: list[str], *, launch_gui: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run a command; with no command, ``launch_gui`` (given by ``__main__``: the CLI never imports
    the GUI, the program's entry point puts the two side by side)."""
    parser = build_parser(with_commands=not launches_gui(argv))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    func = getattr(args, "func", None) or launch_gui or _no_gui
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
