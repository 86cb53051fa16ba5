"""ROUGE-1/2/L F1 of our summarizer against LEAD-3 on the IndoSum dev fold (../shared/data/summ-dev).

Tokens: lower-cased alphanumeric runs, no stemming, no stop-word removal. ROUGE-L is the LCS of the
whole candidate and the whole reference token sequences (not the union-LCS of ROUGE-Lsum).
Scores are macro-averaged over articles and printed as percentages.

Usage: PYTHONPATH=src python benchmarks/rouge_eval.py [--file DEV.jsonl] [--sentences N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # run from a checkout

from arsip_berita.summary.splitter import split_spans
from arsip_berita.summary.summarizer import summarize, summarize_spans

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "summ-dev" / "dev.01.jsonl"
_TOKEN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _ngrams(toks: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def _f1(overlap: float, cand: int, ref: int) -> float:
    if cand == 0 or ref == 0 or overlap == 0:
        return 0.0
    p, r = overlap / cand, overlap / ref
    return 2 * p * r / (p + r)


def rouge_n(cand: Sequence[str], ref: Sequence[str], n: int) -> float:
    c, r = _ngrams(cand, n), _ngrams(ref, n)
    return _f1(sum((c & r).values()), sum(c.values()), sum(r.values()))


def lcs(a: Sequence[str], b: Sequence[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(cand: Sequence[str], ref: Sequence[str]) -> float:
    return _f1(lcs(cand, ref), len(cand), len(ref))


def detokenize(toks: Sequence[str]) -> str:
    """Undo the corpus tokenisation enough for the splitter: no space before , . ) and after (."""
    text = " ".join(toks)
    text = re.sub(r" ([.,;:!?)\]])", r"\1", text)
    return re.sub(r"([(\[]) ", r"\1", text)


def _score(name: str, summaries: list[str], refs: list[list[str]]) -> tuple[float, float, float]:
    r1 = r2 = rl = 0.0
    for cand_text, ref in zip(summaries, refs):
        cand = tokens(cand_text)
        r1 += rouge_n(cand, ref, 1)
        r2 += rouge_n(cand, ref, 2)
        rl += rouge_l(cand, ref)
    k = len(refs)
    return 100 * r1 / k, 100 * r2 / k, 100 * rl / k


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=DEFAULT)
    ap.add_argument("--sentences", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.file.exists():
        print(f"IndoSum dev file not found: {args.file}", file=sys.stderr)
        return 1
    articles = [json.loads(line) for line in args.file.open(encoding="utf-8")]
    refs = [tokens(" ".join(" ".join(s) for s in a["summary"])) for a in articles]
    systems: dict[str, Callable[[dict], str]] = {}

    def given(a: dict) -> tuple[str, list[tuple[int, int]]]:
        body, spans, pos = "", [], 0
        for para in a["paragraphs"]:
            for sent in para:
                text = detokenize(sent)
                spans.append((pos, pos + len(text)))
                body += text + "\n"
                pos = len(body)
        return body, spans

    def title_of(a: dict) -> str:
        # IndoSum has no title field; the id ends with a slug of the title.
        return " ".join(a["id"].split("-")[1:])

    systems["LEAD-3 (given sentences)"] = lambda a: " ".join(
        detokenize(s) for s in [s for p in a["paragraphs"] for s in p][:3])
    systems["LEAD-3 (our splitter)"] = lambda a: " ".join(
        (lambda b: [b[x:y] for x, y in split_spans(b)][:3])(
            "\n\n".join(detokenize([t for s in p for t in s]) for p in a["paragraphs"])))
    systems[f"ours n={args.sentences} (given sentences)"] = lambda a: " ".join(
        summarize_spans(title_of(a), *given(a), n=args.sentences).sentences)
    systems[f"ours n={args.sentences} (our splitter, as the app)"] = lambda a: " ".join(
        summarize(title_of(a), "\n\n".join(detokenize([t for s in p for t in s])
                                           for p in a["paragraphs"]), n=args.sentences).sentences)
    print(f"IndoSum dev: {args.file.name}, {len(articles)} articles; ROUGE F1 (%), macro-average")
    print(f"{'system':48s} {'R1':>6s} {'R2':>6s} {'RL':>6s} {'s':>6s}")
    for name, system in systems.items():
        t0 = time.perf_counter()
        outs = [system(a) for a in articles]
        took = time.perf_counter() - t0
        r1, r2, rl = _score(name, outs, refs)
        print(f"{name:48s} {r1:6.2f} {r2:6.2f} {rl:6.2f} {took:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
