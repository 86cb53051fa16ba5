"""The command line through subprocesses: exit codes, summaries, and the JSON/CSV formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from cli_helpers import RELEASES, run_cli, write_releases


def _no_traceback(proc) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr


def test_import_folder_then_again_adds_nothing(tmp_path: Path) -> None:
    src = write_releases(tmp_path / "rilis")
    archive = tmp_path / "arsip"
    first = run_cli(archive, "import", str(src))
    assert first.returncode == 0, first.stderr
    assert f"{len(RELEASES)} artikel ditambahkan, 0 dilewati karena duplikat, 0 gagal" in first.stdout
    second = run_cli(archive, "import", str(src))
    assert second.returncode == 0, second.stderr
    assert f"0 artikel ditambahkan, {len(RELEASES)} dilewati karena duplikat, 0 gagal" in second.stdout
    listed = run_cli(archive, "list", "--json")
    assert len(listed.stdout.splitlines()) == len(RELEASES)


def test_import_with_one_bad_file(tmp_path: Path) -> None:
    src = write_releases(tmp_path / "rilis campur")
    bad = src / "rusak sekali ✗.pdf"
    bad.write_bytes(b"%PDF-1.4\nbukan pdf yang utuh")
    (src / "catatan.odt").write_bytes(b"diabaikan: format tak didukung di dalam folder")
    proc = run_cli(tmp_path / "arsip", "import", str(src))
    assert proc.returncode == 1
    assert f"{len(RELEASES)} artikel ditambahkan, 0 dilewati karena duplikat, 1 gagal" in proc.stdout
    assert str(bad) in proc.stderr
    assert "PDF" in proc.stderr
    _no_traceback(proc)


def test_import_missing_path(tmp_path: Path) -> None:
    proc = run_cli(tmp_path / "arsip", "import", str(tmp_path / "tidak ada"))
    assert proc.returncode == 1
    assert "tidak ditemukan" in proc.stderr
    _no_traceback(proc)


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    for args in (["perintah-aneh"], ["import"], ["show", "bukan-angka"], ["search", "x", "--json", "--csv"],
                 ["--tidak-ada"]):
        proc = run_cli(tmp_path / "arsip", *args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert "usage" in proc.stderr.lower() or "kesalahan" in proc.stderr
        _no_traceback(proc)


def test_search_json_format(cli_archive: Path) -> None:
    proc = run_cli(cli_archive, "search", "miskin", "--json")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    out = json.loads(lines[0])
    assert set(out) >= {"query", "took_ms", "total", "hits"}
    assert out["query"] == "miskin" and out["total"] == 1 and isinstance(out["took_ms"], (int, float))
    hit = out["hits"][0]
    assert set(hit) >= {"id", "title", "date", "score", "snippet"}
    assert hit["title"] == "Rapat Koordinasi Penanggulangan Kemiskinan Kabupaten Contoh"
    assert hit["date"] == "2024-12-03"
    assert isinstance(hit["id"], int) and isinstance(hit["score"], float)
    assert "kemiskinan" in hit["snippet"]


def test_search_text_output(cli_archive: Path) -> None:
    proc = run_cli(cli_archive, "search", "banjir")
    assert proc.returncode == 0, proc.stderr
    assert "Banjir Rob Rendam Permukiman Pesisir" in proc.stdout
    assert "<b" not in proc.stdout


def test_search_batch_json_one_line_per_query(cli_archive: Path, tmp_path: Path) -> None:
    batch = tmp_path / "kueri.txt"
    batch.write_text("kemiskinan\n\nbanjir\npasar murah\ngempa bumi\n", encoding="utf-8")
    proc = run_cli(cli_archive, "search", "--batch", str(batch), "--json")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["query"] for r in rows] == ["kemiskinan", "banjir", "pasar murah", "gempa bumi"]
    assert [r["total"] for r in rows] == [1, 1, 1, 0]


def test_search_batch_with_pasted_queries(cli_archive: Path, tmp_path: Path) -> None:
    batch = tmp_path / "kueri.txt"
    batch.write_text('kemiskinan\n"tanpa penutup\nbanjir\nPemprov Contoh - banjir\nPemprov Contoh \u2013 banjir\n',
                     encoding="utf-8")
    proc = run_cli(cli_archive, "search", "--batch", str(batch), "--json")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == 5 and not any("error" in r for r in rows)
    assert "kutip" in rows[1]["notice"]
    assert rows[2]["total"] == 1
    assert [h["id"] for h in rows[3]["hits"]] == [h["id"] for h in rows[4]["hits"]]  # hyphen = en dash
    _no_traceback(proc)


def test_search_csv(cli_archive: Path) -> None:
    proc = run_cli(cli_archive, "search", "kemiskinan OR banjir", "--csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    header, body = rows[0], rows[1:]
    assert header[:6] == ["query", "total", "rank", "id", "title", "date"]
    assert len(body) == 2
    assert {r[header.index("title")] for r in body} == {
        "Rapat Koordinasi Penanggulangan Kemiskinan Kabupaten Contoh", "Banjir Rob Rendam Permukiman Pesisir"}
    assert all(r[header.index("total")] == "2" for r in body)
    assert all("<b" not in r[header.index("snippet")] for r in body)


def test_pasted_queries_search_and_say_how_they_were_read(cli_archive: Path) -> None:
    for query in ('"penanggulangan kemiskinan', "(banjir", "warna:merah", "tanggal:kemarin", "kemiskinan (-)",
                  "Nomor: 12/SP/2024", "stunting)", "Rp 19,2 miliar"):
        proc = run_cli(cli_archive, "search", query, "--json")
        assert proc.returncode == 0, (query, proc.stderr)
        _no_traceback(proc)
    proc = run_cli(cli_archive, "search", '"penanggulangan kemiskinan', "--json")
    assert "kutip" in json.loads(proc.stdout.splitlines()[0]).get("notice", "")


def test_show_json(cli_archive: Path) -> None:
    listed = [json.loads(line) for line in run_cli(cli_archive, "list", "--json").stdout.splitlines()]
    pasar = next(a for a in listed if a["title"].startswith("Pasar Murah"))
    proc = run_cli(cli_archive, "show", str(pasar["id"]), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["id"] == pasar["id"]
    assert out["title"] == "Pasar Murah Digelar Menjelang Natal"
    assert out["body"].startswith("Dinas Perdagangan menggelar pasar murah")
    assert "2.000 paket" in out["body"]
    assert "extraction" in out


def test_show_missing_id(cli_archive: Path) -> None:
    proc = run_cli(cli_archive, "show", "9999")
    assert proc.returncode == 1
    assert "9999" in proc.stderr
    _no_traceback(proc)


def test_list_json_newest_first_with_limit(cli_archive: Path) -> None:
    proc = run_cli(cli_archive, "list", "--json", "--limit", "2")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["date"] for r in rows] == ["2024-12-18", "2024-12-03"]
    everything = [json.loads(line) for line in run_cli(cli_archive, "list", "--json").stdout.splitlines()]
    assert [r["date"] for r in everything] == ["2024-12-18", "2024-12-03", "2023-11-07"]


def test_reindex(cli_archive: Path) -> None:
    proc = run_cli(cli_archive, "reindex")
    assert proc.returncode == 0, proc.stderr
    assert f"{len(RELEASES)} artikel" in proc.stdout
    after = json.loads(run_cli(cli_archive, "search", "kemiskinan", "--json").stdout)
    assert after["total"] == 1


def test_corrupt_archive_reported_not_overwritten(tmp_path: Path) -> None:
    archive = tmp_path / "arsip"
    archive.mkdir()
    db = archive / "arsip.sqlite3"
    garbage = b"SQLite format 3\x00" + bytes(range(256)) * 64
    db.write_bytes(garbage)
    for args in (["search", "banjir"], ["import", str(tmp_path)], ["list"]):
        proc = run_cli(archive, *args)
        assert proc.returncode == 1, (args, proc.stderr)
        assert "rusak" in proc.stderr
        _no_traceback(proc)
    assert db.read_bytes() == garbage


def test_jsonl_with_bad_lines_imports_the_rest_with_worker_processes(tmp_path: Path) -> None:
    """Bad lines are reported by line number; the chunk they sit in still reaches the workers."""
    import json as _json

    src = tmp_path / "berita.jsonl"
    lines = [_json.dumps({"title": f"Rapat ke-{i} di Sampit", "body": f"Rapat koordinasi nomor {i} membahas "
                          f"air bersih untuk {i * 10} keluarga di Sampit."}) for i in range(60)]
    lines[5] = "{ini bukan json"
    lines[33] = _json.dumps(["bukan", "objek"])
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run_cli(tmp_path / "arsip", "import", "--processes", "2", str(src))
    assert out.returncode == 1, out.stderr
    assert "58 artikel ditambahkan" in out.stdout
    assert "berita.jsonl:6" in out.stderr and "berita.jsonl:34" in out.stderr
    assert "Traceback" not in out.stderr


def test_release_header_is_metadata_searchable_by_source(tmp_path: Path) -> None:
    src = tmp_path / "rilis"
    src.mkdir()
    (src / "esdm.txt").write_text(
        "KEMENTERIAN PERTANIAN DAN PANGAN CONTOH\nREPUBLIK INDONESIA\nSIARAN PERS\nNOMOR: 88.Pers/02/2024\n"
        "Tanggal: 12 Februari 2024\n\nMenteri Tinjau Panen Raya di Sukamaju\n\n"
        "SUKAMAJU – Menteri meninjau panen raya padi seluas 300 hektare, Senin (12/2).\n", encoding="utf-8")
    archive = tmp_path / "arsip"
    assert run_cli(archive, "import", str(src)).returncode == 0
    found = run_cli(archive, "search", 'sumber:"Kementerian Pertanian dan Pangan"', "--json")
    hits = [json.loads(line) for line in found.stdout.splitlines() if line.strip().startswith("{")]
    assert found.returncode == 0 and hits, found.stdout + found.stderr
    shown = json.loads(run_cli(archive, "show", "1", "--json").stdout)
    assert shown["title"] == "Menteri Tinjau Panen Raya di Sukamaju"
    assert shown["release_no"] == "88.Pers/02/2024" and shown["published"] == "2024-02-12"
    assert shown["issuer"] == "Kementerian Pertanian dan Pangan Contoh"
    assert "KEMENTERIAN" not in shown["body"]
