"""Every command works unchanged on a shared archive and says what the desktop archive says.

The bundled (fictional) sample releases are imported into a desktop archive and a shared one; each
command runs against both through the real CLI entry point, and its output must be the same once
article ids (which differ between the two) and timings are taken out.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from arsip_berita.archive.service import sample_path
from arsip_berita.cli.main import run


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory, pg_server: str):
    from server_helpers import create_database, dbname_of, drop_database

    desktop = str(tmp_path_factory.mktemp("cli") / "arsip")
    shared = create_database(pg_server)
    for where in (desktop, shared):
        assert run(["--archive", where, "import", str(sample_path())]) == 0
    yield desktop, shared
    drop_database(pg_server, dbname_of(shared))


def _without_ids(text: str) -> str:
    text = re.sub(r"\(\d+ ms\)", "(_ ms)", text)
    text = re.sub(r'"took_ms": [\d.]+', '"took_ms": _', text)
    text = re.sub(r'"article_ids": \[[\d, ]*\]', '"article_ids": _', text)
    text = re.sub(r'"id": \d+', '"id": _', text)
    return re.sub(r"\[\d+\]", "[_]", text)


@pytest.mark.parametrize("argv", [
    ["list"], ["officials"], ["officials", "--json"], ["officials", "--position", "Kepala BPS Provinsi Kalteng"],
    ["indikator"], ["indikator", "--json", "inflasi"], ["search", "kemiskinan tempat:Kalteng"],
    ["search", "--json", "banjir OR inflasi"], ["search", "tanggal:2024 inflasi"], ["duplikat"],
])
def test_reading_commands_say_the_same_on_both_archives(archives, capsys, argv: list[str]) -> None:
    desktop, shared = archives
    code_a, out_a, _ = _run(capsys, "--archive", desktop, *argv)
    code_b, out_b, _ = _run(capsys, "--archive", shared, *argv)
    assert code_a == code_b == 0
    if argv[:2] == ["search", "--json"]:  # same matches and facts; the engines score them differently
        a, b = json.loads(out_a), json.loads(out_b)
        assert a["total"] == b["total"] > 0
        assert sorted((h["title"], h["date"], h["snippet"]) for h in a["hits"]) == \
            sorted((h["title"], h["date"], h["snippet"]) for h in b["hits"])
    elif argv[0] == "search":
        assert sorted(_without_ids(out_a).splitlines()) == sorted(_without_ids(out_b).splitlines())
    else:
        assert _without_ids(out_a) == _without_ids(out_b)
    assert out_b.strip()


def test_show_export_summarize_and_print_work_on_a_shared_archive(archives, capsys, tmp_path: Path) -> None:
    desktop, shared = archives
    code, out, _ = _run(capsys, "--archive", shared, "search", "--json", "inflasi Kalteng")
    first = json.loads(out)["hits"][0]["id"]
    code, shown, _ = _run(capsys, "--archive", shared, "show", str(first))
    assert code == 0 and "Inflasi" in shown
    code, exported, _ = _run(capsys, "--archive", shared, "export", "--format", "jsonl")
    assert code == 0 and len(exported.splitlines()) == 31
    code, summary, _ = _run(capsys, "--archive", shared, "summarize", str(first))
    assert code == 0 and len(summary.strip()) > 40
    pdf = tmp_path / "brief.pdf"
    code, _, err = _run(capsys, "--archive", shared, "print", "--query", "inflasi", "--pdf", str(pdf))
    assert code == 0, err
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 2000


def test_watchlists_work_on_a_shared_archive(archives, capsys) -> None:
    _, shared = archives
    assert _run(capsys, "--archive", shared, "pantau", "tambah", "Inflasi", "inflasi")[0] == 0
    code, out, _ = _run(capsys, "--archive", shared, "pantau", "--json", "lihat", "Inflasi")
    assert code == 0


def test_offline_copy_of_a_query_then_of_everything(archives, capsys, tmp_path: Path) -> None:
    _, shared = archives
    local = tmp_path / "lokal"
    code, out, _ = _run(capsys, "salin", "--dari", shared, "--ke", str(local), "--query", "inflasi OR kemiskinan", "--json")
    first = json.loads(out)
    assert code == 0 and first["copied"] == first["matched"] > 0 and first["total_in_target"] == first["matched"]
    # The local copy searches like the server, offline.
    code, a, _ = _run(capsys, "--archive", str(local), "search", "--json", "inflasi")
    code, b, _ = _run(capsys, "--archive", shared, "search", "--json", "inflasi")
    titles_local = sorted(h["title"] for h in json.loads(a)["hits"])
    assert titles_local and titles_local == sorted(h["title"] for h in json.loads(b)["hits"])
    code, out, _ = _run(capsys, "salin", "--dari", shared, "--ke", str(local), "--json")
    second = json.loads(out)
    assert second["already_there"] == first["copied"] and second["total_in_target"] == 31
    # Officials and statistics travelled with the articles: no extraction was run again.
    code, offs_local, _ = _run(capsys, "--archive", str(local), "officials", "--json")
    code, offs_shared, _ = _run(capsys, "--archive", shared, "officials", "--json")
    assert _without_ids(offs_local) == _without_ids(offs_shared)


def test_copy_refuses_a_server_as_target(archives, capsys) -> None:
    _, shared = archives
    code, _, err = _run(capsys, "salin", "--dari", shared, "--ke", shared)
    assert code != 0 and "folder" in err


def test_setup_creates_the_database_and_its_tables_then_is_idempotent(pg_server: str, capsys) -> None:
    from server_helpers import drop_database, fresh_database_name, url_with_dbname

    name = fresh_database_name()
    url = url_with_dbname(pg_server, name)
    try:
        code, out, err = _run(capsys, "siapkan-server", url)
        assert code == 0 and "basis data dan tabel dibuat" in out, err
        code, out, _ = _run(capsys, "siapkan-server", url)
        assert code == 0 and "tabel sudah ada" in out
        assert _run(capsys, "--archive", url, "import", str(sample_path()))[0] == 0
        code, out, _ = _run(capsys, "--archive", url, "list")
        assert code == 0 and len(out.splitlines()) == 31
    finally:
        drop_database(pg_server, name)


def test_mistakes_in_addresses_and_setup_get_messages_not_tracebacks(pg_server: str, pg_url: str, capsys,
                                                                     tmp_path: Path) -> None:
    from server_helpers import url_with_dbname

    # One slash too few: not taken for a folder (which would quietly make an empty archive).
    with pytest.raises(SystemExit):
        run(["--archive", "postgresql:/siti@/arsip", "list"])
    assert "tidak dapat dibaca" in capsys.readouterr().err
    assert not Path("postgresql:").exists()
    code, _, err = _run(capsys, "--archive", "postgresql://siti@", "list")
    assert code == 1 and "tidak menyebut basis datanya" in err
    # A database nobody prepared: the message names the command that prepares it.
    code, _, err = _run(capsys, "--archive", pg_url, "search", "banjir")
    assert code == 1 and "siapkan-server" in err and "Traceback" not in err
    # A login that does not exist, given to siapkan-server.
    code, _, err = _run(capsys, "siapkan-server", pg_url, "--pembaca", "akun_yang_tidak_ada_xyz")
    assert code == 1 and "belum dibuat" in err and "Traceback" not in err
    # A file where a folder is wanted.
    afile = tmp_path / "berkas.txt"
    afile.write_text("x", encoding="utf-8")
    code, _, err = _run(capsys, "--archive", str(afile), "list")
    assert code == 1 and "bukan folder" in err
    # Capitals in the scheme are the same address.
    code, out, err = _run(capsys, "siapkan-server", "PostgreSQL://" + pg_url.split("://", 1)[1])
    assert code == 0, err
