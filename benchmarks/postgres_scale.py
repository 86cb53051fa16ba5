"""Scale evidence for the shared archive on PostgreSQL, beside the desktop archive, in one run.

Generates N invented press releases (the project's synthetic release,
``tests/reliability/reliability_helpers.article_text``, imported and made longer and more varied
here: other headlines, extra paragraphs from an invented sentence bank, a second official, a
source per province; no text from ../shared), writes them as JSON lines and measures:

* import throughput (articles/s) into a fresh shared archive with one importer; with two
  concurrent importers (two processes, each importing half of a second, fresh set into one fresh
  database: combined articles/s, final count = total, no duplicate); and into a desktop archive
  (folder) with the same releases. Every import runs in its own process, as the CLI would;
* table and index sizes on the server (pg_total_relation_size of articles, search_docs, the GIN
  index, search_terms), per article, and the desktop folder's size;
* search latency p50/p95 (facets on, as the app searches) over a fixed list of queries (words,
  phrases, OR, -exclude, prefix*, tanggal:/tempat:/pejabat:/sumber:/instansi: filters) with 1 reader
  and with R concurrent readers (processes, each with its own connection), server and desktop on the
  same queries, plus one pass at the app's page size (200 hits, snippets);
* top-10 overlap between the desktop's ranking and the server's, matched by content hash, and
  whether totals (and facet counts) are equal for every query (they must be);
* during the server imports, how often the database's backends wait on a lock and (server on this
  machine) their CPU time per article, beside the importer's own CPU time per article.

Prints a table and writes the figures as JSON (``--json``, rewritten after every phase, so a
failure late in a long run keeps what was measured). Progress goes to stderr.

Usage: python benchmarks/postgres_scale.py [--url postgresql://admin@/postgres?host=DIR] [--n 100000]
       [--processes 2] [--readers 8] [--rounds 2] [--json out.json] [--work DIR] [--keep]
       python benchmarks/postgres_scale.py --table out.json   # the table of a saved run again
Without --url (or $ARSIP_BERITA_TEST_PG) a throwaway server is started with scripts/pg_cluster.sh and
stopped at the end. The server URL must name a role that may CREATE DATABASE.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

from import_search import pct  # noqa: E402
from reliability_helpers import FIRST, LAST, PLACES, PROVINCES, article_text  # noqa: E402

# --- the invented releases ---------------------------------------------------------------------
DOMAINS = {"Kalimantan Tengah": "kalteng", "Kalimantan Selatan": "kalsel", "Kalimantan Barat": "kalbar",
           "Kalimantan Timur": "kaltim", "Nusa Tenggara Timur": "ntt", "Nusa Tenggara Barat": "ntb",
           "Maluku": "maluku", "Papua": "papua", "Sulawesi Tenggara": "sultra", "Sulawesi Barat": "sulbar",
           "Gorontalo": "gorontalo"}
HEADLINES = [
    "Banjir Rendam {k} Rumah di {place}, Warga Dievakuasi",
    "Harga Beras di {place} Naik, Pemprov {prov} Gelar Pasar Murah",
    "Dinas Kesehatan {prov} Percepat Imunisasi Balita",
    "{k} Guru Honorer di {place} Ikuti Pelatihan Kurikulum",
    "Pemprov {prov} Salurkan Bantuan Sosial untuk {k} Keluarga",
    "Jembatan Penghubung Antarkecamatan di {place} Mulai Diperbaiki",
    "Angka Stunting {prov} Turun, Posyandu Diperkuat",
    "Inflasi {prov} Terkendali Jelang Hari Raya",
    "Kebakaran Lahan {k} Hektare di {place} Berhasil Dipadamkan",
    "Nelayan {place} Terima Bantuan Perahu dan Alat Tangkap",
    "Longsor Tutup Jalan Provinsi di {place}",
    "Realisasi Pendapatan Asli Daerah {prov} Capai Rp {p} Miliar",
]
SENTENCES = [
    "Banjir yang melanda {k} desa di sekitar {place} merendam ratusan rumah warga dan merusak {k} hektare sawah.",
    "Badan Penanggulangan Bencana Daerah menyalurkan bantuan logistik berupa beras, selimut, dan air bersih "
    "kepada warga terdampak.",
    "Tanah longsor menutup ruas jalan provinsi sepanjang {k} meter sehingga arus kendaraan dialihkan.",
    "Harga beras medium di pasar tradisional {place} naik menjadi Rp {p}.000 per kilogram, sementara harga "
    "cabai rawit mulai turun.",
    "Dinas Perindustrian dan Perdagangan menggelar pasar murah di {k} titik untuk menjaga daya beli masyarakat.",
    "Tim pengendali inflasi daerah memantau pasokan bahan pokok menjelang hari besar keagamaan.",
    "Petugas puskesmas melaksanakan imunisasi dasar lengkap bagi {k} balita di posyandu.",
    "Kasus gizi buruk ditangani melalui pemberian makanan tambahan dan pendampingan ibu hamil.",
    "Rumah sakit umum daerah menambah {k} tempat tidur perawatan dan membuka layanan dokter spesialis anak.",
    "Sebanyak {k} guru honorer menerima pelatihan kurikulum merdeka di balai pendidikan.",
    "Pembangunan {k} ruang kelas baru ditargetkan selesai sebelum tahun ajaran berikutnya.",
    "Beasiswa daerah diberikan kepada {k} mahasiswa dari keluarga kurang mampu.",
    "Perbaikan jembatan penghubung antarkecamatan menelan anggaran Rp {p} juta.",
    "Jalan kabupaten yang rusak berat akan diaspal ulang menggunakan dana alokasi khusus.",
    "Program bantuan sosial tunai menjangkau {k} keluarga penerima manfaat di {place}.",
    "Data terpadu kesejahteraan sosial diperbarui setiap triwulan agar bantuan tepat sasaran.",
    "Nelayan tradisional menerima bantuan perahu, mesin tempel, dan alat tangkap ramah lingkungan.",
    "Kelompok tani mendapat alokasi pupuk bersubsidi sebanyak {k} ton untuk musim tanam ini.",
    "Jaringan air bersih dan sanitasi layak kini menjangkau {q} persen rumah tangga.",
    "Pelaku usaha mikro, kecil, dan menengah dilatih memasarkan produk secara daring.",
    "Realisasi pendapatan asli daerah hingga triwulan ketiga mencapai Rp {p} miliar.",
    "Badan Pusat Statistik mencatat pertumbuhan ekonomi daerah sebesar {q} persen.",
    "Penanaman modal di sektor perkebunan dan pariwisata terus meningkat.",
    "Kebakaran hutan dan lahan seluas {k} hektare berhasil dipadamkan oleh tim gabungan.",
    "Gubernur meminta seluruh bupati dan wali kota memperkuat koordinasi lintas sektor.",
    "Inspektorat daerah akan mengawasi penggunaan anggaran agar bebas dari korupsi.",
    "Vaksinasi ternak dilakukan untuk mencegah penyebaran penyakit mulut dan kuku.",
    "Sekolah yang rusak akibat banjir akan direhabilitasi dengan dana tanggap darurat.",
    "Posyandu di {place} mencatat penurunan jumlah balita dengan berat badan kurang.",
    "Wisatawan yang berkunjung ke {place} selama libur panjang mencapai {k} orang.",
    "Sekretaris Daerah Provinsi {prov}, {name2}, mengatakan program ini dievaluasi setiap bulan.",
    "\"Kami mengajak masyarakat ikut mengawasi pelaksanaan program di lapangan,\" kata {name2}.",
]


def release(i: int) -> dict[str, str]:
    """Invented release number ``i``: ``article_text(i)`` with a varied headline, more paragraphs and a source."""
    title, body, day = article_text(i)
    rnd = random.Random(i * 7919 + 17)
    place, prov = rnd.choice(PLACES), PROVINCES[i % len(PROVINCES)]
    slots = {"place": place, "prov": prov, "k": 0, "p": 0, "q": "", "name2": f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"}
    if rnd.random() < 0.5:
        slots.update(k=rnd.randint(2, 900), p=rnd.randint(2, 900))
        title = HEADLINES[rnd.randrange(len(HEADLINES))].format(**slots) + f" ({i})"
    count = rnd.choice([0, 1, 2, 3, 4, 6, 8, 12]) if rnd.random() > 0.01 else 60  # 1% long releases
    paragraphs, para = [], []
    for _ in range(count):
        slots.update(k=rnd.randint(2, 900), p=rnd.randint(2, 900), q=f"{rnd.randint(10, 99)},{rnd.randint(0, 9)}")
        para.append(rnd.choice(SENTENCES).format(**slots))
        if len(para) >= rnd.randint(2, 3):
            paragraphs.append(" ".join(para))
            para = []
    if para:
        paragraphs.append(" ".join(para))
    if paragraphs:
        parts = body.split("\n\n")
        body = "\n\n".join(parts[:2] + paragraphs + parts[2:])
    site = f"{rnd.choice(['diskominfo', 'humas', 'ppid'])}.{DOMAINS[prov]}.go.id"
    return {"title": title, "body": body, "date": day, "source": site, "url": f"https://{site}/berita/{i}"}


def write_set(folder: Path, start: int, n: int, per_file: int = 10_000) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for k in range(start, start + n, per_file):
        path = folder / f"rilis-{k:08d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(k, min(k + per_file, start + n)):
                fh.write(json.dumps(release(i), ensure_ascii=False) + "\n")
        files.append(path)
    return files


# Realistic queries on the invented releases, facets on (as the app searches).
QUERIES = [
    "kemiskinan", "stunting", "banjir", "imunisasi", "jembatan", "beras", "nelayan", "puskesmas", "korupsi",
    "harga beras", "air bersih", "pasar murah", "guru honorer", "bantuan sosial keluarga",
    '"rapat koordinasi"', '"angka kemiskinan"', '"bantuan sosial"', '"gizi buruk"', '"pasar tradisional"',
    "banjir OR longsor", "stunting OR gizi", "inflasi OR harga",
    "banjir -longsor", "kemiskinan -bantuan",
    "imunisa*", "wisata*", "pendidik*",
    "tanggal:2024", "banjir tanggal:2024", "stunting tanggal:2023-03", "jalan tanggal:2021..2022",
    "tempat:Kupang", 'tempat:"Kalimantan Tengah" kemiskinan', "tempat:Sampit banjir",
    'pejabat:"Dewi Lestari"', "pejabat:Siregar", "sumber:kalteng inflasi", "sumber:humas",
    'instansi:"Pemerintah Provinsi Maluku"',
    '"rapat koordinasi" banjir tempat:Sampit tanggal:2022',
]


# --- helpers ------------------------------------------------------------------------------------
def say(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def with_db(url: str, dbname: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, parts.fragment))


def admin(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(url, autocommit=True)


def create_db(url: str, name: str) -> str:
    with admin(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return with_db(url, name)


def drop_db(url: str, name: str) -> None:
    with admin(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def loadavg() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def cpu_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine (every process, ours and others')."""
    try:
        vals = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, ValueError):
        return 0, 0
    idle = vals[3] + (vals[4] if len(vals) > 4 else 0)
    return sum(vals) - idle, sum(vals)


def busy_since(start: tuple[int, int]) -> float | None:
    """Share of the machine's CPU time busy since ``start`` (1.0 = every core busy)."""
    now = cpu_ticks()
    return round((now[0] - start[0]) / (now[1] - start[1]), 3) if now[1] > start[1] else None


def proc_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) of a local process, or None when it cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


class ServerSampler:
    """Samples pg_stat_activity of one database every 0.25 s: how often its backends wait on a lock,
    and (when the server runs on this machine) the CPU time of its backends, autovacuum included."""

    def __init__(self, url: str, dbname: str) -> None:
        import threading

        self.url, self.dbname = url, dbname
        self.samples = self.active = self.lock_waits = 0
        self.events: dict[str, int] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        with admin(self.url) as conn:
            while not self._stop.wait(0.25):
                rows = conn.execute("SELECT pid, state, wait_event_type, wait_event FROM pg_stat_activity "
                                    "WHERE datname = %s AND pid <> pg_backend_pid()", (self.dbname,)).fetchall()
                self.samples += 1
                for pid, state, kind, event in rows:
                    used = proc_cpu_s(pid)
                    if used is not None:
                        self.cpu[pid] = max(used, self.cpu.get(pid, 0.0))
                    if state == "active":
                        self.active += 1
                        if kind == "Lock":
                            self.lock_waits += 1
                            self.events[event] = self.events.get(event, 0) + 1

    def __enter__(self) -> ServerSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join()

    def result(self) -> dict[str, Any]:
        return {"samples": self.samples, "active_backend_samples": self.active, "lock_wait_samples": self.lock_waits,
                "lock_wait_share_of_active": round(self.lock_waits / self.active, 3) if self.active else 0.0,
                "lock_events": self.events, "backend_cpu_s": round(sum(self.cpu.values()), 1),
                "backends_seen": len(self.cpu)}


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = 0
    try:
        mem = int(Path("/proc/meminfo").read_text().split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return {"cores": os.cpu_count(), "cpu": cpu, "memory_gb": round(mem / 2**30, 1), "python": platform.python_version(),
            "system": platform.platform(), "loadavg_at_start": loadavg(),
            "note": "shared machine (other engineers' jobs run at the same time); figures are indicative"}


def code_version() -> str:
    """The commit measured (and whether src/ had changes), or $ARSIP_BERITA_COMMIT for an exported tree."""
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"], capture_output=True,
                               text=True, check=True).stdout.strip()
        return head + (" (src/ modified)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return os.environ.get("ARSIP_BERITA_COMMIT", "unknown")


def server_settings(url: str) -> dict[str, str]:
    with admin(url) as conn:
        out = {"version": conn.execute("SHOW server_version").fetchone()[0]}
        for name in ("shared_buffers", "work_mem", "maintenance_work_mem", "fsync", "synchronous_commit",
                     "gin_pending_list_limit", "max_connections", "effective_cache_size", "autovacuum"):
            out[name] = conn.execute(f"SHOW {name}").fetchone()[0]
    return out


# --- child: one importer ------------------------------------------------------------------------
def child_import(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--location", required=True)
    ap.add_argument("--label", required=True)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--expected", type=int, default=0)
    ap.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args(argv)
    from arsip_berita.archive import open_archive
    from arsip_berita.core.paths import is_server_location

    loc: Any = args.location if is_server_location(args.location) else Path(args.location)
    svc = open_archive(loc, with_samples=False)
    last = [time.perf_counter()]
    t0 = time.perf_counter()

    def progress(p: Any) -> None:
        now = time.perf_counter()
        if now - last[0] >= 20:
            last[0] = now
            say(f"[{args.label}] {p.added}/{args.expected or '?'} articles, {p.added / (now - t0):.0f}/s")

    started = time.time()
    t0 = time.perf_counter()
    rep = svc.import_paths(args.files, processes=args.processes, progress=progress)
    seconds = time.perf_counter() - t0
    ended = time.time()
    count = svc.count()
    svc.close()
    print(json.dumps({"added": rep.added, "duplicates": len(rep.duplicates), "failed": len(rep.failed),
                      "seconds": seconds, "started": started,
                      "cpu_s_importer": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
                      "cpu_s_workers": sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2]), "ended": ended, "count_after": count,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "peak_worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
    return 0


def start_import(location: str, files: list[Path], label: str, processes: int, expected: int) -> subprocess.Popen[str]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child-import", "--location", location, "--label", label,
           "--processes", str(processes), "--expected", str(expected), *map(str, files)]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)


def finish_import(proc: subprocess.Popen[str], label: str) -> dict[str, Any]:
    out, _ = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"importer {label} failed (exit {proc.returncode})")
    return json.loads(out.strip().splitlines()[-1])


def run_import(location: str, files: list[Path], label: str, processes: int, expected: int) -> dict[str, Any]:
    say(f"[{label}] importing {expected} articles ({processes} worker processes)")
    cpu = cpu_ticks()
    res = finish_import(start_import(location, files, label, processes, expected), label)
    res["machine_cpu_busy"] = busy_since(cpu)
    res["articles_per_s"] = res["added"] / res["seconds"]
    say(f"[{label}] {res['added']} in {res['seconds']:.0f} s: {res['articles_per_s']:.0f}/s")
    return res


# --- readers ------------------------------------------------------------------------------------
def _open(location: str, readonly: bool = True):  # type: ignore[no-untyped-def]
    from arsip_berita.archive import open_archive
    from arsip_berita.core.paths import is_server_location

    return open_archive(location if is_server_location(location) else Path(location), readonly=readonly,
                        with_samples=False)


def _reader(location: str, queries: list[str], rounds: int, seed: int, limit: int, barrier: Any, out: Any) -> None:
    svc = _open(location)
    try:
        for q in queries:  # warm-up: an app has its searcher open and the stemmer loaded
            svc.search(q, limit=limit, with_facets=True)
        order = [q for r in range(rounds) for q in random.Random(seed * 100 + r).sample(queries, len(queries))]
        barrier.wait()
        begun = time.time()
        times = []
        for q in order:
            t = time.perf_counter()
            svc.search(q, limit=limit, with_facets=True)
            times.append((q, (time.perf_counter() - t) * 1000))
        out.put({"seed": seed, "times": times, "begun": begun, "ended": time.time()})
    finally:
        svc.close()


def readers(location: str, n: int, queries: list[str], rounds: int, limit: int) -> dict[str, Any]:
    """p50/p95 (ms) and queries/s of ``n`` reader processes running the query list ``rounds`` times each."""
    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(n), ctx.Queue()
    procs = [ctx.Process(target=_reader, args=(location, queries, rounds, k, limit, barrier, out)) for k in range(n)]
    for p in procs:
        p.start()
    results = [out.get(timeout=3600) for _ in procs]
    for p in procs:
        p.join()
        if p.exitcode:
            raise RuntimeError(f"reader exited with {p.exitcode}")
    times = [ms for r in results for _, ms in r["times"]]
    per_query: dict[str, list[float]] = {}
    for r in results:
        for q, ms in r["times"]:
            per_query.setdefault(q, []).append(ms)
    wall = max(r["ended"] for r in results) - min(r["begun"] for r in results)
    slow = sorted(((statistics_median(v), q) for q, v in per_query.items()), reverse=True)[:3]
    return {"readers": n, "queries": len(times), "p50_ms": pct(times, 0.5), "p95_ms": pct(times, 0.95),
            "max_ms": max(times), "queries_per_s": len(times) / wall,
            "slowest_median_ms": [(q, round(ms, 1)) for ms, q in slow]}


def statistics_median(values: list[float]) -> float:
    return pct(values, 0.5)


# --- comparison ---------------------------------------------------------------------------------
def compare(desktop: str, server: str, queries: list[str]) -> dict[str, Any]:
    """Top-10 overlap (by content hash), totals and facet counts of every query on both archives."""
    a, b = _open(desktop), _open(server)
    rows = []
    try:
        for q in queries:
            ra, rb = a.search(q, limit=10, with_facets=True), b.search(q, limit=50, with_facets=True)
            ha = [x.content_hash for x in a.store.get_many([h.id for h in ra.hits]).values()]
            hb50 = [x.content_hash for x in b.store.get_many([h.id for h in rb.hits]).values()]
            hb = [x.content_hash for x in b.store.get_many([h.id for h in rb.hits[:10]]).values()]
            # Facet counts compared on the values both list (each lists its top values only).
            facet_diffs = []
            for name in sorted(set(ra.facets) | set(rb.facets)):
                fa, fb = dict(ra.facets.get(name, [])), dict(rb.facets.get(name, []))
                top = min(len(fa), len(fb), 10)
                if top and sorted(fa.values(), reverse=True)[:top] != sorted(fb.values(), reverse=True)[:top]:
                    facet_diffs.append(name)
                facet_diffs += [f"{name}:{v}" for v in set(fa) & set(fb) if fa[v] != fb[v]][:3]
            rows.append({"query": q, "total_desktop": ra.total, "total_server": rb.total,
                         "overlap10": len(set(ha) & set(hb)) / 10 if max(len(ha), len(hb)) >= 10
                         else (len(set(ha) & set(hb)) / max(1, len(ha), len(hb))),
                         "desktop10_in_server50": len(set(ha) & set(hb50)) / max(1, len(ha)),
                         "server10_distinct_scores": len({round(h.score, 6) for h in rb.hits[:10]}),
                         "facets_differ": facet_diffs, "notice_desktop": ra.notice, "notice_server": rb.notice})
    finally:
        a.close()
        b.close()
    return {"mean_overlap10": sum(r["overlap10"] for r in rows) / len(rows),
            "mean_desktop10_in_server50": sum(r["desktop10_in_server50"] for r in rows) / len(rows),
            "totals_differ": [r for r in rows if r["total_desktop"] != r["total_server"]],
            "facets_differ": [r for r in rows if r["facets_differ"]], "per_query": rows}


# --- server sizes -------------------------------------------------------------------------------
SIZE_SQL = {
    "articles_total": "pg_total_relation_size('articles')",
    "articles_heap": "pg_relation_size('articles')",
    "search_docs_total": "pg_total_relation_size('search_docs')",
    "search_docs_heap": "pg_relation_size('search_docs')",
    "search_docs_toast": "coalesce(pg_total_relation_size(nullif((SELECT reltoastrelid FROM pg_class "
                         "WHERE relname = 'search_docs'), 0)), 0)",
    "gin_tsv": "pg_relation_size('search_docs_tsv')",
    "search_docs_indexes": "pg_indexes_size('search_docs')",
    "search_terms_total": "pg_total_relation_size('search_terms')",
    "officials_seen_total": "pg_total_relation_size('officials_seen')",
    "statistics_total": "pg_total_relation_size('statistics')",
    "database": "pg_database_size(current_database())",
}


def gin_pending(conn: Any) -> dict[str, int] | None:
    try:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")
        row = conn.execute("SELECT pending_pages, pending_tuples FROM pgstatginindex('search_docs_tsv')").fetchone()
        return {"pending_pages": int(row[0]), "pending_tuples": int(row[1])}
    except Exception:  # noqa: BLE001 - pgstattuple is a contrib extension; the figure is optional
        return None


def server_sizes(url: str, n: int) -> dict[str, Any]:
    with admin(url) as conn:
        pending_before = gin_pending(conn)
        t = time.perf_counter()
        conn.execute("VACUUM (ANALYZE) ")
        vacuum_s = time.perf_counter() - t
        sizes = {k: int(conn.execute(f"SELECT {v}").fetchone()[0]) for k, v in SIZE_SQL.items()}
        avg = conn.execute("SELECT avg(pg_column_size(tsv)), avg(pg_column_size(a.body)), avg(length(a.body)), "
                           "max(length(a.body)) FROM search_docs d JOIN articles a ON a.id = d.article_id").fetchone()
        terms = dict(conn.execute("SELECT field, count(*) FROM search_terms GROUP BY field").fetchall())
    return {"bytes": sizes, "bytes_per_article": {k: round(v / n) for k, v in sizes.items()},
            "avg_tsv_bytes": float(avg[0] or 0), "avg_body_bytes_stored": float(avg[1] or 0),
            "avg_body_chars": float(avg[2] or 0), "max_body_chars": int(avg[3] or 0),
            "search_terms_rows": terms, "gin_pending_after_import": pending_before,
            "vacuum_analyze_s": vacuum_s}


def check_db(url: str, expected: int) -> dict[str, Any]:
    with admin(url) as conn:
        row = conn.execute("SELECT count(*), count(DISTINCT content_hash), count(DISTINCT title), "
                           "count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM search_docs s "
                           "WHERE s.article_id = a.id)) FROM articles a").fetchone()
        docs = conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]
    return {"expected": expected, "articles": row[0], "distinct_hashes": row[1], "distinct_titles": row[2],
            "unindexed": row[3], "search_docs": docs,
            "ok": row[0] == row[1] == row[2] == docs == expected and row[3] == 0}


# --- the run ------------------------------------------------------------------------------------
def start_cluster(work: Path) -> tuple[str, Path]:
    where = Path(tempfile.mkdtemp(prefix="pgscale-", dir="/tmp"))
    where.rmdir()  # pg_cluster.sh makes it
    url = subprocess.run(["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "start", str(where)], check=True,
                         stdout=subprocess.PIPE, text=True).stdout.strip()
    return url, where


def cpu_ms(res: dict[str, Any]) -> float:
    """CPU time the importer (its process and its workers) spent per article: not the server's, nor others'."""
    return 1000 * (res.get("cpu_s_importer", 0) + res.get("cpu_s_workers", 0)) / max(1, res["added"])


def server_cpu_ms(res: dict[str, Any]) -> str:
    used = res.get("locks", {}).get("backend_cpu_s")
    return f"{1000 * used / max(1, res['added']):.1f}" if used else "n/a"


def table(fig: dict[str, Any]) -> str:
    imp, srch = fig["import"], fig["search"]
    lines = [f"Arsip Berita: shared archive (PostgreSQL {fig['server']['version']}) vs desktop (SQLite + Whoosh), "
             f"N = {fig['n']:,} invented releases, {fig['date']}, code {fig.get('code', '?')}",
             f"machine: {fig['machine']['cores']} cores ({fig['machine']['cpu']}), {fig['machine']['memory_gb']} GB, "
             f"SHARED with other jobs (load avg at start {fig['machine']['loadavg_at_start']}, at end "
             f"{fig['machine'].get('loadavg_at_end')}); server fsync={fig['server']['fsync']}, shared_buffers="
             f"{fig['server']['shared_buffers']}; {fig['processes']} import worker processes per importer", ""]
    row = "{:<54} {:>18} {:>14}".format
    lines.append(row("", "server", "desktop"))
    lines.append(row("import, 1 importer (articles/s)", f"{imp['server_1']['articles_per_s']:.0f}",
                     f"{imp['desktop']['articles_per_s']:.0f}"))
    two = imp["server_2"]
    lines.append(row("import, 2 concurrent importers (articles/s)", f"{two['articles_per_s']:.0f}", "-"))
    lines.append(row("  importer CPU per article, ms (its process + workers)", f"{cpu_ms(imp['server_1']):.1f}",
                     f"{cpu_ms(imp['desktop']):.1f}"))
    lines.append(row("  server backends' CPU per article, ms (sampled)",
                     f"{server_cpu_ms(imp['server_1'])}", ""))
    lines.append(row("  2 importers: importer CPU per article, ms",
                     f"{1000 * sum(p.get('cpu_s_importer', 0) + p.get('cpu_s_workers', 0) for p in two['parts']) / max(1, two['added']):.1f}", ""))
    lines.append(row("  2 importers: server backends' CPU per article, ms", server_cpu_ms(two), ""))
    lines.append(row("  2 importers: count = total, no duplicate", "yes" if two["check"]["ok"] else "NO", ""))
    lines.append(row("  2 importers: active backends waiting on a lock",
                     f"{100 * two['locks']['lock_wait_share_of_active']:.0f}%", ""))
    lines.append(row("machine CPU busy during import (all jobs)",
                     f"{imp['server_1']['machine_cpu_busy']:.0%}, 2 imp. {two['machine_cpu_busy']:.0%}",
                     f"{imp['desktop']['machine_cpu_busy']:.0%}"))
    s, d = fig["sizes"]["server"], fig["sizes"]["desktop"]
    lines.append(row("size on disk (MB)", f"{s['bytes']['database'] / 1e6:.0f}", f"{d['bytes'] / 1e6:.0f}"))
    lines.append(row("size per article (bytes)", f"{s['bytes_per_article']['database']}",
                     f"{round(d['bytes'] / fig['n'])}"))
    lines.append(row("  articles (heap+toast+indexes) per article", f"{s['bytes_per_article']['articles_total']}", ""))
    lines.append(row("  search_docs (all) per article", f"{s['bytes_per_article']['search_docs_total']}", ""))
    lines.append(row("  GIN index on tsv per article", f"{s['bytes_per_article']['gin_tsv']}", ""))
    lines.append(row("  search_terms per article", f"{s['bytes_per_article']['search_terms_total']}", ""))
    for key, label in (("one", "search p50/p95 ms, 1 reader (10 hits+facets)"),
                       ("many", f"search p50/p95 ms, {fig['readers']} readers")):
        lines.append(row(label, f"{srch['server'][key]['p50_ms']:.0f} / {srch['server'][key]['p95_ms']:.0f}",
                         f"{srch['desktop'][key]['p50_ms']:.0f} / {srch['desktop'][key]['p95_ms']:.0f}"))
    lines.append(row(f"  queries/s with {fig['readers']} readers", f"{srch['server']['many']['queries_per_s']:.1f}",
                     f"{srch['desktop']['many']['queries_per_s']:.1f}"))
    lines.append(row("search p50/p95 ms, 1 reader, app page (200)",
                     f"{srch['server']['page200']['p50_ms']:.0f} / {srch['server']['page200']['p95_ms']:.0f}",
                     f"{srch['desktop']['page200']['p50_ms']:.0f} / {srch['desktop']['page200']['p95_ms']:.0f}"))
    cmp_ = fig["compare"]
    lines.append(row("top-10 overlap desktop/server (mean)", f"{cmp_['mean_overlap10']:.2f}", ""))
    lines.append(row("  desktop top-10 found in server top-50 (mean)", f"{cmp_['mean_desktop10_in_server50']:.2f}", ""))
    lines.append(row("queries whose totals differ", f"{len(cmp_['totals_differ'])} of {len(cmp_['per_query'])}", ""))
    lines.append(row("queries whose facet counts differ", f"{len(cmp_['facets_differ'])}", ""))
    for r in cmp_["totals_differ"]:
        lines.append(f"  TOTALS DIFFER: {r['query']!r}: desktop {r['total_desktop']}, server {r['total_server']}")
    for r in cmp_["facets_differ"]:
        lines.append(f"  facets differ: {r['query']!r}: {', '.join(r['facets_differ'][:6])}")
    lines.append("slowest queries (median ms), server 1 reader: " +
                 ", ".join(f"{q} {ms}" for q, ms in srch["server"]["one"]["slowest_median_ms"]))
    lines.append("slowest queries (median ms), desktop 1 reader: " +
                 ", ".join(f"{q} {ms}" for q, ms in srch["desktop"]["one"]["slowest_median_ms"]))
    return "\n".join(lines)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child-import":
        return child_import(sys.argv[2:])
    if len(sys.argv) == 3 and sys.argv[1] == "--table":  # print the table of a saved --json file again
        print(table(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", default=os.environ.get("ARSIP_BERITA_TEST_PG"),
                    help="a server address whose role may create databases (default: start a throwaway server)")
    ap.add_argument("--n", type=int, default=100_000, help="releases per set (default 100,000)")
    ap.add_argument("--processes", type=int, default=2, help="import worker processes per importer (the app's default: 2)")
    ap.add_argument("--readers", type=int, default=8, help="concurrent readers (processes)")
    ap.add_argument("--rounds", type=int, default=2, help="passes over the query list per reader")
    ap.add_argument("--json", type=Path, default=None, help="write the figures here")
    ap.add_argument("--work", type=Path, default=None, help="folder for the releases and the desktop archive")
    ap.add_argument("--keep", action="store_true", help="keep the databases and the work folder")
    args = ap.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="arsip-pgscale-"))
    work.mkdir(parents=True, exist_ok=True)
    cluster = None
    url = args.url
    if not url:
        say("no --url: starting a throwaway PostgreSQL server (scripts/pg_cluster.sh)")
        url, cluster = start_cluster(work)
    n, half = args.n, args.n // 2
    tag = f"{os.getpid()}"
    db1, db2 = f"arsip_scale_one_{tag}", f"arsip_scale_two_{tag}"
    fig: dict[str, Any] = {"n": n, "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                           "machine": machine(), "server": server_settings(url), "processes": args.processes,
                           "readers": args.readers, "rounds": args.rounds, "queries": QUERIES, "code": code_version()}

    def save() -> None:
        if args.json:
            args.json.write_text(json.dumps(fig, indent=2, ensure_ascii=False, default=str), encoding="utf-8")

    try:
        say(f"writing {n} releases (set A) and {n} more (set B, two halves) as JSON lines in {work}")
        t = time.perf_counter()
        set_a = write_set(work / "set-a", 0, n)
        set_b1 = write_set(work / "set-b1", n, half)
        set_b2 = write_set(work / "set-b2", n + half, n - half)
        fig["generate_s"] = time.perf_counter() - t
        fig["jsonl_bytes_per_set"] = sum(p.stat().st_size for p in set_a)

        url1, url2 = create_db(url, db1), create_db(url, db2)
        imp: dict[str, Any] = {}
        with ServerSampler(url, db1) as sampled:
            imp["server_1"] = run_import(url1, set_a, "server, 1 importer", args.processes, n)
        imp["server_1"]["locks"] = sampled.result()
        imp["server_1"]["check"] = check_db(url1, n)
        fig["import"] = imp
        save()

        # The tables are made by one opening first: two writers opening an empty database at once
        # can fail with DuplicateTable (server/schema.py migrate; see docs/scaling.md).
        _open(url2, readonly=False).close()
        say(f"[server, 2 importers] importing {half} + {n - half} articles at once into one database")
        cpu = cpu_ticks()
        with ServerSampler(url, db2) as locks:
            procs = [start_import(url2, files, f"server, importer {k + 1} of 2", args.processes, len_)
                     for k, (files, len_) in enumerate(((set_b1, half), (set_b2, n - half)))]
            parts = [finish_import(p, f"importer {k + 1}") for k, p in enumerate(procs)]
        wall = max(p["ended"] for p in parts) - min(p["started"] for p in parts)
        added = sum(p["added"] for p in parts)
        imp["server_2"] = {"parts": parts, "added": added, "wall_s": wall, "articles_per_s": added / wall,
                           "machine_cpu_busy": busy_since(cpu), "locks": locks.result(), "check": check_db(url2, n)}
        say(f"[server, 2 importers] {added} in {wall:.0f} s: {added / wall:.0f}/s; check {imp['server_2']['check']}")
        save()

        desktop = work / "arsip-desktop"
        shutil.rmtree(desktop, ignore_errors=True)
        imp["desktop"] = run_import(str(desktop), set_a, "desktop", args.processes, n)
        save()

        say("sizes (VACUUM ANALYZE first, as autovacuum would leave the tables)")
        fig["sizes"] = {"server": server_sizes(url1, n), "server_two_importers": server_sizes(url2, n),
                        "desktop": {"bytes": dir_size(desktop),
                                    "sqlite_bytes": sum(p.stat().st_size for p in desktop.glob("*.sqlite3*")),
                                    "index_bytes": sum(dir_size(p) for p in desktop.iterdir() if p.is_dir())}}
        save()

        srch: dict[str, Any] = {}
        for name, where in (("server", url1), ("desktop", str(desktop))):
            srch[name] = {}
            say(f"[{name}] search, 1 reader, {args.rounds} x {len(QUERIES)} queries")
            srch[name]["one"] = readers(where, 1, QUERIES, args.rounds, 10)
            say(f"[{name}] search, {args.readers} readers at once")
            srch[name]["many"] = readers(where, args.readers, QUERIES, args.rounds, 10)
            say(f"[{name}] search, 1 reader, the app's page of 200 hits with snippets")
            srch[name]["page200"] = readers(where, 1, QUERIES, 1, 200)
            fig["search"] = srch
            save()
        say("comparing rankings, totals and facets")
        fig["compare"] = compare(str(desktop), url1, QUERIES)
        fig["machine"]["loadavg_at_end"] = loadavg()
        save()
        print(table(fig))
        if args.json:
            say(f"figures written to {args.json}")
        return 1 if fig["compare"]["totals_differ"] or not imp["server_2"]["check"]["ok"] else 0
    finally:
        if not args.keep:
            for db in (db1, db2):
                try:
                    drop_db(url, db)
                except Exception:  # noqa: BLE001 - the server may be gone already
                    pass
            if not args.work:
                shutil.rmtree(work, ignore_errors=True)
        else:
            say(f"kept: databases {db1}, {db2} on {url}; folder {work}")
        if cluster is not None:
            subprocess.run(["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "stop", str(cluster)], check=False)


if __name__ == "__main__":
    sys.exit(main())
