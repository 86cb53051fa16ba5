"""Both engines on the real corpus: equal totals, and how far their rankings agree (top-10 overlap).

Imports the CLICK-ID news corpus (../shared/data/news-corpus, 9,726 real articles) and the real
government releases (../shared/data/releases-dev) into a desktop archive (SQLite + Whoosh, BM25F)
and a shared archive (PostgreSQL, ts_rank), runs the import_search.py query batch plus filters and
query shapes, and prints per query the two totals (must be equal) and |top10 desktop ∩ top10 shared|.
Usage: python benchmarks/ranking_overlap.py [--url postgresql://...] [--limit N] [--json out.json]
Without --url a throwaway server is started with scripts/pg_cluster.sh.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
SHARED = ROOT.parent / "shared" / "data"

from import_search import QUERIES  # noqa: E402

EXTRA = ["kemiskinan tanggal:2019", "banjir -jakarta", "gempa OR banjir", "pemerintah provinsi", "presiden*",
         "korupsi~", "tempat:Riau asap", "instansi:KPK", "sumber:detik", "-pemilu tanggal:2019-09",
         '"tingkat kemiskinan"', "inflasi tempat:Jawa", "sekolah (banjir OR gempa)", "bps"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", help="an empty PostgreSQL database to use (default: a throwaway server)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N news articles")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    corpus = SHARED / "news-corpus" / "clickid-2019.jsonl"
    releases = SHARED / "releases-dev"
    if not corpus.exists():
        print(f"skipped: {corpus} is absent (third-party data lives beside the repository)")
        return 0
    from arsip_berita.archive import open_archive

    work = Path(tempfile.mkdtemp(prefix="overlap_"))
    cluster = None
    url = args.url
    if url is None:
        cluster = Path(tempfile.mkdtemp(prefix="pgov_", dir="/tmp"))
        url = subprocess.run(["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "start", str(cluster)], check=True,
                             capture_output=True, text=True).stdout.strip()
    try:
        src = corpus
        if args.limit:
            src = work / "news.jsonl"
            with corpus.open(encoding="utf-8") as fh, src.open("w", encoding="utf-8") as out:
                for i, line in zip(range(args.limit), fh):
                    out.write(line)
        inputs = [src] + ([releases] if releases.exists() else [])
        figures: dict[str, object] = {}
        archives = {}
        for name, where in (("desktop", work / "arsip"), ("shared", url)):
            t = time.perf_counter()
            svc = open_archive(where, with_samples=False)
            report = svc.import_paths(inputs, processes=2)
            figures[f"import_{name}_s"] = round(time.perf_counter() - t, 1)
            figures[f"articles_{name}"] = svc.count()
            print(f"{name}: {report.summary_line()} in {figures[f'import_{name}_s']} s", file=sys.stderr)
            archives[name] = svc
        desk, shared = archives["desktop"], archives["shared"]
        by_hash = {a.content_hash: a.id for a, _ in shared.store.iter_all()}
        to_shared = {a.id: by_hash[a.content_hash] for a, _ in desk.store.iter_all()}
        rows = []
        for q in QUERIES + EXTRA:
            a = desk.search(q, limit=10)
            b = shared.search(q, limit=10)
            top_a = {to_shared[h.id] for h in a.hits}
            top_b = {h.id for h in b.hits}
            denom = min(10, a.total)
            overlap = len(top_a & top_b) / denom if denom else 1.0
            rows.append({"query": q, "total_desktop": a.total, "total_shared": b.total, "overlap10": overlap,
                         "ms_desktop": round(a.took_ms, 1), "ms_shared": round(b.took_ms, 1)})
        print(f"{'query':34} {'desktop':>8} {'shared':>8} {'top10':>6} {'ms d':>6} {'ms s':>6}")
        for r in rows:
            flag = "" if r["total_desktop"] == r["total_shared"] else "  <- TOTALS DIFFER"
            print(f"{r['query'][:34]:34} {r['total_desktop']:>8} {r['total_shared']:>8} {r['overlap10']:>6.2f} "
                  f"{r['ms_desktop']:>6} {r['ms_shared']:>6}{flag}")
        differ = [r["query"] for r in rows if r["total_desktop"] != r["total_shared"]]
        figures.update({
            "queries": len(rows), "totals_differ": differ,
            "mean_overlap10": round(statistics.mean(r["overlap10"] for r in rows), 3),
            "median_overlap10": round(statistics.median(r["overlap10"] for r in rows), 3),
            "rows": rows})
        print(f"\n{figures['articles_desktop']} articles each; totals equal on {len(rows) - len(differ)}/{len(rows)} "
              f"queries; top-10 overlap mean {figures['mean_overlap10']}, median {figures['median_overlap10']}")
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")
        for svc in archives.values():
            svc.close()
        return 1 if differ else 0
    finally:
        if cluster is not None:
            subprocess.run(["bash", str(ROOT / "scripts" / "pg_cluster.sh"), "stop", str(cluster)], capture_output=True)
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
