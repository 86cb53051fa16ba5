"""Score PERSON/ORGANIZATION/LOCATION exact-span F1 on the shared NER dev set; time the extractor.

Usage: PYTHONPATH=src python benchmarks/ner_eval.py [dev.txt] [--news N] [--pathological SIZES]
Reads ../shared/data (never copied into the repo). Prints per-type P/R/F1, micro F1,
sentences/s, articles/s over the news corpus, and ms for a typical 3 KB article.
``--pathological 100000,1000000`` also times dense repeated patterns of those sizes (linear cost).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # run from a checkout

from arsip_berita.core.text import normalize_body
from arsip_berita.extraction import extract

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
TYPES = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}


def read_conll(path: Path) -> list[tuple[str, set[tuple[str, int, int]]]]:
    """Sentences joined with single spaces, with gold spans as (type, start, end)."""
    out, tokens, tags = [], [], []
    for line in path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n") + [""]:
        parts = line.split()
        if len(parts) >= 3:
            tokens.append(parts[0])
            tags.append(parts[-1])
            continue
        if tokens:
            out.append(_spans(tokens, tags))
        tokens, tags = [], []
    return out


def _spans(tokens: list[str], tags: list[str]) -> tuple[str, set[tuple[str, int, int]]]:
    text, spans, pos, cur = "", set(), 0, None
    for tok, tag in zip(tokens, tags):
        start = pos + (1 if text else 0)
        text = f"{text} {tok}" if text else tok
        pos = len(text)
        kind = tag[2:] if len(tag) > 2 else None
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[0] != kind)):
            if cur:
                spans.add(cur)
            cur = (kind, start, pos)
        elif tag.startswith("I-") and cur:
            cur = (cur[0], cur[1], pos)
        else:
            if cur:
                spans.add(cur)
            cur = None
    if cur:
        spans.add(cur)
    return text, {(TYPES[k], s, e) for k, s, e in spans if k in TYPES}


def score(sentences: list[tuple[str, set[tuple[str, int, int]]]], show: int = 0) -> float:
    tp, fp, fn = Counter(), Counter(), Counter()
    shown = 0
    for text, gold in sentences:
        pred = {(e.type, e.start, e.end) for e in extract(text).entities if e.type in TYPES.values()}
        for t in TYPES.values():
            g = {x for x in gold if x[0] == t}
            p = {x for x in pred if x[0] == t}
            tp[t] += len(g & p)
            fp[t] += len(p - g)
            fn[t] += len(g - p)
        if show and shown < show and pred != gold:
            shown += 1
            print("  GOLD", sorted((k, text[s:e]) for k, s, e in gold - pred))
            print("  PRED", sorted((k, text[s:e]) for k, s, e in pred - gold))
    print(f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for t in TYPES.values():
        p, r = _ratio(tp[t], tp[t] + fp[t]), _ratio(tp[t], tp[t] + fn[t])
        print(f"{t:<14}{p:7.3f}{r:7.3f}{_f1(p, r):7.3f}{tp[t] + fn[t]:7d}")
    P, R = _ratio(sum(tp.values()), sum(tp.values()) + sum(fp.values())), \
        _ratio(sum(tp.values()), sum(tp.values()) + sum(fn.values()))
    print(f"{'micro':<14}{P:7.3f}{R:7.3f}{_f1(P, R):7.3f}")
    return _f1(P, R)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def throughput(sentences: list[tuple[str, set[tuple[str, int, int]]]], news: int) -> None:
    t = time.perf_counter()
    for text, _ in sentences:
        extract(text)
    print(f"sentences/s: {len(sentences) / (time.perf_counter() - t):.0f}")
    corpus = SHARED / "news-corpus" / "clickid-2019.jsonl"
    if not corpus.exists():
        print("news corpus absent: articles/s skipped")
        return
    bodies = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if len(bodies) >= news:
                break
            bodies.append(normalize_body(json.loads(line).get("body") or ""))
    t = time.perf_counter()
    for body in bodies:
        extract(body)
    dt = time.perf_counter() - t
    print(f"articles/s (first {len(bodies)} news articles, one process): {len(bodies) / dt:.0f}")
    typical = [b for b in bodies if 2500 <= len(b.encode()) <= 3500][:100]
    times = []
    for body in typical:
        t = time.perf_counter()
        extract(body)
        times.append((time.perf_counter() - t) * 1000)
    if times:
        print(f"ms per ~3 KB article: median {statistics.median(times):.1f}, "
              f"p95 {sorted(times)[int(len(times) * 0.95) - 1]:.1f} (n={len(times)})")


PATHOLOGICAL = ["5,17 ", "Budi ", '"Budi ', "Rp 1,2 triliun naik 0,06 poin dari 5,11 persen ", "x", "("]


def pathological(sizes: list[int]) -> None:
    """Seconds to read each dense pattern repeated to each size (a quadratic rule shows here)."""
    for pattern in PATHOLOGICAL:
        cells = []
        for size in sizes:
            text = (pattern * (size // len(pattern) + 1))[:size]
            t = time.perf_counter()
            extract(text)
            cells.append(f"{size // 1000} KB {time.perf_counter() - t:.2f} s")
        print(f"{pattern!r:52} " + ", ".join(cells))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("conll", nargs="?", default=str(SHARED / "ner-dev" / "dev.txt"))
    ap.add_argument("--news", type=int, default=1000)
    ap.add_argument("--show", type=int, default=0, help="print N sentences with errors")
    ap.add_argument("--pathological", default="", help="comma-separated text sizes to time dense patterns at")
    args = ap.parse_args()
    path = Path(args.conll)
    if not path.exists():
        print(f"{path} not found", file=sys.stderr)
        return 1
    extract("Pemanasan: memuat leksikon dan gazetir.")
    sentences = read_conll(path)
    print(f"{path.name}: {len(sentences)} sentences")
    score(sentences, args.show)
    if args.news:
        throughput(sentences, args.news)
    if args.pathological:
        pathological([int(n) for n in args.pathological.split(",")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
