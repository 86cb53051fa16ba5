"""Shared tools of the reliability suite: a synthetic corpus, archive checks, subprocess runners, crash trials."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

from arsip_berita.ingest.readers import read_path  # noqa: E402
from arsip_berita.core.model import Article  # noqa: E402

PLACES = ["Palangka Raya", "Sampit", "Banjarmasin", "Pontianak", "Samarinda", "Kupang", "Mataram",
          "Ambon", "Jayapura", "Kendari", "Mamuju", "Gorontalo"]
PROVINCES = ["Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Barat", "Kalimantan Timur",
             "Nusa Tenggara Timur", "Nusa Tenggara Barat", "Maluku", "Papua", "Sulawesi Tenggara",
             "Sulawesi Barat", "Gorontalo"]
TOPICS = [("kemiskinan", "angka kemiskinan", "persen"), ("stunting", "prevalensi stunting", "persen"),
          ("inflasi", "inflasi tahunan", "persen"), ("APBD", "realisasi belanja daerah", "persen"),
          ("banjir", "rumah terdampak banjir", "unit"), ("pendidikan", "angka partisipasi sekolah", "persen"),
          ("kesehatan", "cakupan imunisasi dasar", "persen"), ("jalan", "jalan kabupaten dalam kondisi baik", "kilometer")]
FIRST = ["Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gunawan", "Hendra", "Indah", "Joko", "Kartini", "Lukman"]
LAST = ["Santoso", "Wibowo", "Lestari", "Pratama", "Nugroho", "Rahayu", "Saputra", "Hidayat", "Kusuma", "Siregar"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def article_text(i: int) -> tuple[str, str, str]:
    """(title, body, date) of synthetic press release number ``i``: unique, short, in official style."""
    rnd = random.Random(i)
    topic, indicator, unit = TOPICS[i % len(TOPICS)]
    place, prov = PLACES[i % len(PLACES)], PROVINCES[i % len(PROVINCES)]
    name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
    day, month, year = 1 + i % 28, MONTHS[i % 12], 2020 + i % 5
    value = f"{rnd.randint(1, 90)},{rnd.randint(10, 99)}"
    title = f"Pemerintah Provinsi {prov} Bahas {topic.capitalize()} dalam Rapat Koordinasi ke-{i}"
    body = (
        f"{place} - Pemerintah Provinsi {prov} menggelar rapat koordinasi penanganan {topic} di aula kantor "
        f"gubernur pada {day} {month} {year}. Kegiatan nomor {i} ini dihadiri perangkat daerah terkait.\n\n"
        f"Kepala Dinas setempat, {name}, menyampaikan bahwa {indicator} tercatat {value} {unit} pada tahun "
        f"{year}. \"Kami terus berupaya memperbaiki capaian ini bersama seluruh pihak,\" ujarnya.\n\n"
        f"Menurut {name}, program lanjutan akan dimulai pada triwulan berikutnya dengan anggaran "
        f"Rp {rnd.randint(2, 900)} juta dari APBD. Penanda unik laporan ini adalah kode {i:05d}-{rnd.randint(0, 10**6)}."
    )
    return title, body, f"{year}-{1 + i % 12:02d}-{day:02d}"


def write_txt_corpus(folder: Path, n: int, start: int = 0) -> list[Path]:
    """``n`` articles as separate .txt files (title on the first line), some with spaces and non-ASCII names."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        title, body, _ = article_text(i)
        name = f"siaran pers {i:05d} – Kalimantan é.txt" if i % 7 == 0 else f"rilis_{i:05d}.txt"
        p = folder / name
        p.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        paths.append(p)
    return paths


def write_jsonl_corpus(path: Path, n: int, start: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            title, body, date = article_text(i)
            fh.write(json.dumps({"title": title, "body": body, "date": date, "source": "uji"},
                                ensure_ascii=False) + "\n")
    return path


def source_hashes(paths: list[Path]) -> set[str]:
    """Content hashes of every article the import would read from ``paths`` (files or folders)."""
    out: set[str] = set()
    for p in paths:
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            for item in read_path(f):
                if isinstance(item, Article):
                    out.add(item.content_hash)
    return out


def store_rows(archive: Path) -> list[tuple[int, str]]:
    """(id, content_hash) of every article in the archive's database, read without the app."""
    db = archive / "arsip.sqlite3"
    if not db.exists():
        return []
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("SELECT id, content_hash FROM articles ORDER BY id").fetchall()
    except sqlite3.OperationalError as exc:  # crashed before the schema was created
        if "no such table" in str(exc):
            return []
        raise
    finally:
        conn.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("ARSIP_BERITA_CRASH_AT", None)
    env.update(extra)
    return env


def cli(archive: Path, *args: str, timeout: float = 300, env: dict[str, str] | None = None,
        user: str | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "arsip_berita", "--archive", str(archive), *args]
    if user is not None:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env or cli_env(), cwd=str(REPO))


def start_cli(archive: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """A CLI command in its own process group (so a kill reaches its worker processes too)."""
    cmd = [sys.executable, "-m", "arsip_berita", "--archive", str(archive), *args]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env or cli_env(), cwd=str(REPO), start_new_session=True)


def kill_group(proc: subprocess.Popen[str]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.communicate(timeout=60)


def lock_holder(archive: Path) -> str:
    try:
        return (archive / "writer.lock").read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return ""


# --- crash trials ---------------------------------------------------------------------------------
@dataclass
class TrialResult:
    label: str
    killed: bool
    committed_before: int
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    lost: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check_consistent(archive: Path, expected_ids: set[int] | None = None) -> tuple[list[str], list[str]]:
    """Open the archive with the app; return (problems, notices). Store and index must agree exactly."""
    from arsip_berita.archive.service import ArchiveService

    problems: list[str] = []
    svc = ArchiveService.open(archive, with_samples=False)
    try:
        ids = set(svc.store.all_ids())
        if expected_ids is not None and ids != expected_ids:
            problems.append(f"store changed on reopen: lost {sorted(expected_ids - ids)[:5]}, "
                            f"new {sorted(ids - expected_ids)[:5]}")
        indexed = svc.index.indexed_ids()
        if indexed != ids:
            problems.append(f"index ids != store ids: missing {sorted(ids - indexed)[:5]}, "
                            f"extra {sorted(indexed - ids)[:5]}")
        if svc.index.doc_count() != len(ids):
            problems.append(f"index holds {svc.index.doc_count()} documents for {len(ids)} articles")
        if svc.store.unindexed_ids():
            problems.append(f"{len(svc.store.unindexed_ids())} articles still marked unindexed")
        if ids:
            res = svc.search("rapat koordinasi", limit=5)
            if res.total != len(ids):
                problems.append(f"search 'rapat koordinasi' found {res.total} of {len(ids)}")
        return problems, list(svc.notices)
    finally:
        svc.close()


def crash_trial(archive: Path, sources: list[Path], *, label: str, delay: float | None = None,
                crash_at: str | None = None, processes: int = 2, timeout: float = 300) -> TrialResult:
    """Import ``sources`` in a CLI process, SIGKILL it (after ``delay`` s, or at hook ``crash_at``), then check.

    Checks: the archive reopens; everything committed to the store before the kill is still there, once;
    store and index agree; a re-import completes the set (content hashes equal the source set).
    """
    env = cli_env(**({"ARSIP_BERITA_CRASH_AT": crash_at} if crash_at else {}))
    proc = start_cli(archive, "import", *map(str, sources), "--processes", str(processes), env=env)
    killed = False
    if delay is not None:
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            kill_group(proc)
            killed = True
    if not killed:
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            pass
        killed = proc.returncode in (None, -signal.SIGKILL)
        kill_group(proc)  # orphaned worker processes of a killed import hold its pipes open
    before = store_rows(archive)
    result = TrialResult(label, killed, len(before))
    hashes_before = [h for _, h in before]
    if len(set(hashes_before)) != len(hashes_before):
        result.problems.append("duplicate content hash in store after the kill")
    problems, notices = check_consistent(archive, {i for i, _ in before}) if (archive / "arsip.sqlite3").exists() \
        else ([], [])
    result.problems += problems
    result.notices = notices
    after_reopen = dict(store_rows(archive))
    result.lost = len({i for i, _ in before} - set(after_reopen))
    # Re-import completes the set.
    done = cli(archive, "import", *map(str, sources), "--processes", str(processes), timeout=timeout)
    if done.returncode != 0:
        result.problems.append(f"re-import exit {done.returncode}: {done.stderr[-500:]}")
    final = store_rows(archive)
    final_ids = dict(final)
    for i, h in before:
        if final_ids.get(i) != h:
            result.problems.append(f"article {i} committed before the kill is gone after re-import")
            result.lost += 1
            break
    hashes = [h for _, h in final]
    want = source_hashes(sources)
    if len(hashes) != len(set(hashes)):
        result.problems.append("duplicate content hash after re-import")
    if set(hashes) != want:
        result.problems.append(f"after re-import: {len(want - set(hashes))} source articles missing, "
                               f"{len(set(hashes) - want)} unexpected")
    problems, _ = check_consistent(archive, set(final_ids))
    result.problems += problems
    return result


def wait_for(predicate, timeout: float, interval: float = 0.05) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False
