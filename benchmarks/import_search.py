"""Import the CLICK-ID news corpus into a fresh archive and run a fixed batch of 40 queries.

Prints import articles/s, peak memory (this process and its worker processes), archive size and
search p50/p95 (including snippets), beside SQLite FTS5 (stdlib) indexing and querying the same
text in the same run. Usage: python benchmarks/import_search.py [--limit N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT.parent / "shared" / "data" / "news-corpus" / "clickid-2019.jsonl"

QUERIES = [
    "kemiskinan", "miskin", "banjir", "gempa bumi", "pemilu", "presiden jokowi", "inflasi",
    "harga beras", "sepak bola", "timnas indonesia", "korupsi", "kpk", "polisi", "kebakaran hutan",
    "karhutla riau", "asap", "pendidikan", "sekolah", "kesehatan", "rumah sakit", "bpjs kesehatan",
    "jalan tol", "infrastruktur", "ekonomi tumbuh", "investasi asing", "dpr ri", "undang-undang",
    "demo mahasiswa", '"rancangan undang-undang"', '"bank indonesia"', "papua", "jakarta banjir",
    "gubernur", "bupati", "wali kota", "anggaran", "apbd", "teknologi", "ponsel", "film",
]


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def fts5_run(articles: list[tuple[str, str]], workdir: Path, queries: list[str] = QUERIES,
             name: str = "fts5") -> dict[str, float]:
    db = workdir / f"{name}.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body)")
    t0 = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO docs (title, body) VALUES (?, ?)", articles)
    index_s = time.perf_counter() - t0
    times = []
    for q in queries:
        fq = " ".join(f'"{w}"' for w in q.replace('"', "").split()) if not q.startswith('"') else q
        t = time.perf_counter()
        conn.execute("SELECT rowid, snippet(docs, 1, '<b>', '</b>', '...', 20) FROM docs WHERE docs MATCH ? "
                     "ORDER BY bm25(docs, 2.0, 1.0) LIMIT 10", (fq,)).fetchall()
        conn.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (fq,)).fetchone()
        times.append((time.perf_counter() - t) * 1000)
    conn.close()
    return {"index_s": index_s, "p50": pct(times, 0.5), "p95": pct(times, 0.95), "size": db.stat().st_size}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None, help="import only the first N articles")
    ap.add_argument("--keep", type=Path, default=None, help="keep the archive in this folder")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"SKIP: corpus not found at {CORPUS}")
        return 0
    from arsip_berita.archive.service import ArchiveService

    work = Path(tempfile.mkdtemp(prefix="arsip-bench-"))
    src = CORPUS
    if args.limit:
        src = work / "subset.jsonl"
        with CORPUS.open(encoding="utf-8") as fin, src.open("w", encoding="utf-8") as fout:
            for i, line in enumerate(fin):
                if i >= args.limit:
                    break
                fout.write(line)
    archive = args.keep or work / "arsip"
    if archive.exists():
        shutil.rmtree(archive)
    svc = ArchiveService.open(archive, with_samples=False)
    t0 = time.perf_counter()
    report = svc.import_paths([src])
    import_s = time.perf_counter() - t0
    print(f"import: {report.summary_line()}")
    print(f"import: {report.added / import_s:.1f} articles/s ({import_s:.1f} s for {report.added})")
    print(f"segments after import: {svc.index.segment_count()}")

    svc.search("pemanasan")  # open the searcher and load the stemmer once, as a running app would have
    times = []
    totals = []
    for q in QUERIES:
        res = svc.search(q, limit=10)
        times.append(res.took_ms)
        totals.append(res.total)
    facet_times = [svc.search(q, limit=10, with_facets=True).took_ms for q in QUERIES[:10]]
    svc.close()
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size = dir_size(archive)
    print(f"peak RSS: main {peak_self:.0f} MB, largest worker {peak_children:.0f} MB")
    print(f"archive size: {size / 1e6:.1f} MB (corpus {src.stat().st_size / 1e6:.1f} MB)")
    print(f"search (10 hits + snippets): p50 {pct(times, 0.5):.1f} ms, p95 {pct(times, 0.95):.1f} ms, "
          f"max {max(times):.1f} ms; mean hits/query {statistics.mean(totals):.0f}")
    print(f"search with facets: p50 {pct(facet_times, 0.5):.1f} ms, p95 {pct(facet_times, 0.95):.1f} ms")

    texts = []
    with src.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                obj = json.loads(line)
                texts.append((str(obj.get("title", "")), str(obj.get("body", ""))))
            except json.JSONDecodeError:
                continue
    fts = fts5_run(texts, work)
    print(f"FTS5: index {fts['index_s']:.1f} s ({len(texts) / fts['index_s']:.0f} articles/s), "
          f"search p50 {fts['p50']:.2f} ms, p95 {fts['p95']:.2f} ms, size {fts['size'] / 1e6:.1f} MB")
    print(f"ratio ours/FTS5: import time x{import_s / fts['index_s']:.0f} (ours includes parsing, extraction "
          f"and the store), search p95 x{pct(times, 0.95) / max(fts['p95'], 1e-6):.0f}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
