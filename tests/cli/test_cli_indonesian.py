"""argparse's own texts are Indonesian: no "usage", "options" or "the following arguments are required"."""

from __future__ import annotations

import pytest

from arsip_berita.cli.main import build_parser


def test_help_and_errors_are_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("pemakaian: arsip-berita") and "opsi:" in out and "tampilkan bantuan ini" in out
    for english in ("usage", "options:", "positional arguments", "show this help"):
        assert english not in out
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args(["print", "1"])  # --pdf is required
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "argumen berikut wajib diisi: --pdf" in err and "kesalahan" in err
    assert "required" not in err and "usage" not in err
    with pytest.raises(SystemExit):
        parser.parse_args(["export", "--format", "xls"])
    assert "pilihan tidak sah" in capsys.readouterr().err


def test_officials_print_a_single_date_once() -> None:
    from arsip_berita.cli.directory_cmd import _when

    assert _when("2024-03-05", "2024-03-05") == "2024-03-05"
    assert _when("2023-06-14", "2024-09-03") == "2023-06-14 s.d. 2024-09-03"
    assert _when(None, "2024-01-02") == "2024-01-02" and _when(None, None) == "tanggal tidak diketahui"
