"""Search at scale: 10k and 100k articles, beside SQLite FTS5, in one run.

The 10k archive is the CLICK-ID corpus imported normally (extraction included). The 100k archive
replicates it with small changes (a number added to the title, paragraphs rotated, a closing
archive note) and the same extraction, written straight through the store and index writers
(text analysed in 2 workers), then 1,000 fresh articles are imported into it incrementally.
Prints search p50/p95 with snippets, facet counts, queries with field filters, frequent-word phrase queries with and without
the remedies (pair terms, listed names), misspelt words (suggestions), the slowest queries,
segment counts, and FTS5 figures on the same text.
Usage: python benchmarks/scale.py [--sizes 10000,100000] [--keep DIR] | --reuse DIR
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
CORPUS = ROOT.parent / "shared" / "data" / "news-corpus" / "clickid-2019.jsonl"

from import_search import QUERIES, fts5_run, pct  # noqa: E402

FILTERED = ["banjir tanggal:2019-09", "tempat:Riau asap", "instansi:KPK", 'pejabat:"Joko Widodo"',
            "inflasi tanggal:2019-01-01..2019-06-30", "korupsi -kpk", "tanggal:2019-10", "sumber:kompas.com banjir"]
MISSPELT = ["kemiskinn", "banjr", "pendidkan", "korupsii", "infrastuktur", "pemilhan umum"]
PHRASES = ['"yang akan"', '"di dalam"', '"pemerintah daerah"', '"tahun ini"', '"kata dia"',
           '"presiden joko widodo"', '"bank indonesia"', '"dewan perwakilan rakyat"']


def measure(svc, queries: list[str], **kw) -> tuple[float, float]:
    times = [svc.search(q, limit=10, **kw).took_ms for q in queries]
    return pct(times, 0.5), pct(times, 0.95)


def phrase_compare(svc) -> str:
    """Phrases with the remedies (pair terms, listed names) against positions only."""
    from arsip_berita.index import searching

    with_bi = measure(svc, PHRASES)
    searching.USE_BIGRAMS = searching.USE_NAMES = False
    try:
        without = measure(svc, PHRASES)
    finally:
        searching.USE_BIGRAMS = searching.USE_NAMES = True
    return (f"frequent-word phrases p50/p95: with remedies {with_bi[0]:.0f}/{with_bi[1]:.0f} ms, "
            f"positions only {without[0]:.0f}/{without[1]:.0f} ms")


def rss() -> str:
    """Resident memory (Linux), anonymous and file-backed; the peak would include the writers."""
    try:
        fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    except OSError:
        return "unknown (no /proc)"
    mb = {k: int(fields[k].split()[0]) // 1024 for k in ("VmRSS", "RssAnon", "RssFile") if k in fields}
    return ", ".join(f"{k} {v} MB" for k, v in mb.items())


def slowest(svc, queries: list[str], n: int = 3) -> str:
    timed = sorted(((svc.search(q, limit=10).took_ms, q) for q in queries), reverse=True)[:n]
    return ", ".join(f"{q} {ms:.0f} ms" for ms, q in timed)


def report(label: str, svc) -> None:
    svc.search("pemanasan")
    p50, p95 = measure(svc, QUERIES)
    f50, f95 = measure(svc, QUERIES[:15], with_facets=True)
    print(f"[{label}] {svc.count()} articles, {svc.index.segment_count()} segments")
    print(f"[{label}] search p50 {p50:.1f} ms, p95 {p95:.1f} ms (10 hits + snippets)")
    print(f"[{label}] search + facets p50 {f50:.1f} ms, p95 {f95:.1f} ms")
    print(f"[{label}] {phrase_compare(svc)}")
    g50, g95 = measure(svc, FILTERED)
    print(f"[{label}] with filters (tanggal, tempat, instansi, pejabat, sumber, exclusion) p50 {g50:.1f} ms, p95 {g95:.1f} ms")
    m50, m95 = measure(svc, MISSPELT)
    print(f"[{label}] misspelt words (suggestion) p50 {m50:.1f} ms, p95 {m95:.1f} ms")
    print(f"[{label}] slowest: {slowest(svc, QUERIES + PHRASES)}")
    print(f"[{label}] memory of this process now: {rss()}")


def fts5(rows: list[tuple[str, str]], label: str, work: Path) -> None:
    fts = fts5_run(rows, work, QUERIES + PHRASES, name=f"fts-{label}")
    print(f"[{label}] FTS5: build {fts['index_s']:.1f} s, search p50 {fts['p50']:.1f} ms, p95 {fts['p95']:.1f} ms")


def variant(article, n: int):
    paras = article.body.split("\n\n")
    k = n % max(1, len(paras))
    body = "\n\n".join(paras[k:] + paras[:k]) + f"\n\nCatatan arsip nomor {n}."
    return replace(article, id=None, title=f"{article.title} ({n})", body=body,
                   content_hash=f"{article.content_hash[:48]}{n:016d}")


def grow(svc, target: int) -> float:
    """Add variants of the stored articles until the archive holds ``target``, analysing in 2 workers."""
    from arsip_berita.archive.importer import analysed
    from arsip_berita.index.entities import official_key

    base = list(svc.store.iter_all())
    t = time.perf_counter()

    def stored_chunks():
        n = 0
        while True:
            for start in range(0, len(base), 200):
                room = target - svc.count()
                if room <= 0:
                    return
                batch = []
                for art, ext in base[start:start + min(200, room)]:
                    n += 1
                    batch.append((variant(art, n), ext))
                ids = svc.store.add_batch(batch, official_key)
                stored = svc.store.get_many([i for i in ids if i])
                yield [(stored[i], e) for (_, e), i in zip(batch, ids) if i]

    writer = svc.index.writer()
    for chunk in analysed(stored_chunks(), processes=2):
        for art, ext, prepared in chunk:
            writer.add(art, ext, prepared=prepared)
        svc.store.mark_indexed([a.id for a, _, _ in chunk])
        if writer.pending >= 10000:
            writer.commit()
    writer.commit(optimize=True)
    svc.index.refresh()
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--keep", type=Path, default=None)
    ap.add_argument("--reuse", type=Path, default=None,
                    help="measure an archive built before (e.g. with --keep): search figures and FTS5 only")
    args = ap.parse_args()
    if args.reuse:
        from arsip_berita.archive.service import ArchiveService

        svc = ArchiveService.open(args.reuse, with_samples=False)
        svc.index.warm()  # what an import or rebuild does last: facet columns of new segments
        report(f"{svc.count()} reused", svc)
        work = Path(tempfile.mkdtemp(prefix="arsip-scale-"))
        fts5([(a.title, a.body) for a, _ in svc.store.iter_all()], f"{svc.count()} reused", work)
        svc.close()
        shutil.rmtree(work, ignore_errors=True)
        return 0
    if not CORPUS.exists():
        print(f"SKIP: corpus not found at {CORPUS}")
        return 0
    from arsip_berita.archive.service import ArchiveService

    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="arsip-scale-"))
    archive = args.keep or work / "arsip"
    shutil.rmtree(archive, ignore_errors=True)
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    fresh = work / "fresh.jsonl"
    with fresh.open("w", encoding="utf-8") as fh:  # 1,000 articles kept out for the incremental add
        for line in lines[-1000:]:
            obj = json.loads(line)
            obj["title"] = obj.get("title", "") + " (baru)"
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    base = work / "base.jsonl"
    base.write_text("\n".join(lines[:-1000]) + "\n", encoding="utf-8")

    svc = ArchiveService.open(archive, with_samples=False)
    t = time.perf_counter()
    rep = svc.import_paths([base])
    print(f"[base] imported {rep.added} articles in {time.perf_counter() - t:.1f} s")
    rows = [(a.title, a.body) for a, _ in svc.store.iter_all()]
    for size in sizes:
        if svc.count() < size:
            took = grow(svc, size)
            print(f"[{size}] grown to {svc.count()} articles in {took:.0f} s (store + index writers)")
            rows = [(a.title, a.body) for a, _ in svc.store.iter_all()]
        report(str(size), svc)
        fts5(rows, str(size), work)
    t = time.perf_counter()
    rep = svc.import_paths([fresh])
    took = time.perf_counter() - t
    print(f"[incremental] +{rep.added} articles into {svc.count() - rep.added} in {took:.1f} s "
          f"({svc.index.segment_count()} segments after)")
    report("after incremental", svc)
    svc.close()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
