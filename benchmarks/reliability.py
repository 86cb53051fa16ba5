"""Reliability report: SIGKILL crash trials, time-bounded fuzzing and peak RSS of a 10,000-file import.

    python benchmarks/reliability.py [--trials N] [--fuzz-seconds S] [--rss-files N]

Prints trials run, failures, articles lost (must be 0), inputs tried per fuzz target and the memory
figures; exits 1 when any trial or fuzz target failed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "reliability"))
sys.path.insert(0, str(HERE.parent / "src"))

from fuzz_targets import VOCAB, check_query, check_reader, check_text_parsers  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from reliability_helpers import crash_trial, write_jsonl_corpus, write_txt_corpus  # noqa: E402

HOOKS = ["store_commit:1", "index_add:1", "index_commit:2:0", "index_commit:2:{ms}", "mark_indexed:2"]


def run_crash_trials(n: int, work: Path, rng: random.Random) -> tuple[int, int, int, int]:
    """(trials, failures, articles lost, trials where the kill really interrupted the import)."""
    corpus = [work / "korpus" / "txt", work / "korpus" / "rilis.jsonl"]
    write_txt_corpus(corpus[0], 40)
    write_jsonl_corpus(corpus[1], 120, start=1000)
    failures = lost = killed = 0
    for t in range(n):
        archive = work / f"arsip-{t}"
        if t % 3 == 0:  # a precise point, among them the Whoosh commit itself
            hook = HOOKS[(t // 3) % len(HOOKS)].format(ms=rng.randint(5, 250))
            res = crash_trial(archive, corpus, label=f"hook {hook}", crash_at=hook)
        else:
            delay = rng.uniform(0.3, 4.0)
            res = crash_trial(archive, corpus, label=f"kill after {delay:.2f} s", delay=delay)
        killed += res.killed
        failures += not res.ok
        lost += res.lost
        status = "OK" if res.ok else "FAIL " + "; ".join(res.problems)
        print(f"  trial {t + 1:>2}: {res.label:<28} killed={res.killed!s:<5} committed_before={res.committed_before:>3} "
              f"lost={res.lost} {status}", flush=True)
        shutil.rmtree(archive, ignore_errors=True)
    return n, failures, lost, killed


def _timed_target(name: str, test: Callable[[], None], seconds: float, counter: dict[str, int]) -> str | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            test()
        except Exception:
            return traceback.format_exc(limit=6)
    return None


def run_fuzz(seconds: float, work: Path) -> tuple[dict[str, int], dict[str, str]]:
    from arsip_berita.archive.service import ArchiveService

    counter: dict[str, int] = {}
    cfg = settings(max_examples=40, deadline=None, database=None, derandomize=False,
                   suppress_health_check=list(HealthCheck))
    tokens = st.one_of(st.sampled_from(VOCAB), st.integers(0, 10**12).map(str), st.text(min_size=1, max_size=6))
    texts = st.lists(tokens, max_size=150).map(" ".join)

    def count(name: str) -> None:
        counter[name] = counter.get(name, 0) + 1

    @cfg
    @given(data=st.binary(max_size=4000), suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".xml",
                                                                   ".docx", ".pdf"]))
    def readers_bytes(data: bytes, suffix: str) -> None:
        count("readers (random bytes)")
        check_reader(data, suffix)

    @cfg
    @given(text=texts, enc=st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "utf-8-sig"]),
           suffix=st.sampled_from([".txt", ".html", ".xml", ".md"]))
    def readers_text(text: str, enc: str, suffix: str) -> None:
        count("readers (encoded text)")
        check_reader(text.encode(enc, errors="replace"), suffix)

    values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                          lambda k: st.lists(k, max_size=3) | st.dictionaries(st.sampled_from(
                              ["title", "body", "content", "text", "date", "url", "x"]), k, max_size=4), max_leaves=15)

    @cfg
    @given(objs=st.lists(values, min_size=1, max_size=4))
    def readers_json(objs: list[object]) -> None:
        import json

        count("readers (json/jsonl)")
        check_reader(json.dumps(objs).encode(), ".json")
        check_reader("\n".join(json.dumps(o) for o in objs).encode(), ".jsonl")

    @cfg
    @given(text=texts)
    def parsers(text: str) -> None:
        count("numbers/dates/statistics/splitter")
        check_text_parsers(text)

    archive = work / "arsip-kueri"
    svc = ArchiveService.open(archive, with_samples=False)
    svc.import_paths([write_jsonl_corpus(work / "kueri.jsonl", 60)], processes=1)
    qtok = st.one_of(st.sampled_from(['"', "(", ")", "OR", "AND", "NOT", "-", "*", "~", ":", "pejabat:", "tanggal:",
                                      "tempat:", "instansi:", "2024-13", "rapat", "kemiskinan", "\\", "[", "^"]),
                     st.text(max_size=8))

    @cfg
    @given(parts=st.lists(qtok, max_size=12), joiner=st.sampled_from(["", " "]))
    def queries(parts: list[str], joiner: str) -> None:
        count("query parser")
        check_query(svc, joiner.join(parts))

    targets = [readers_bytes, readers_text, readers_json, parsers, queries]
    errors: dict[str, str] = {}
    try:
        for fn in targets:
            err = _timed_target(fn.__name__, fn, seconds / len(targets), counter)
            if err:
                errors[fn.__name__] = err
    finally:
        svc.close()
    return counter, errors


def run_rss(n_files: int, work: Path) -> tuple[int, int, float, int]:
    from test_resources import peak_rss_of_import

    folder = work / "banyak"
    write_txt_corpus(folder, n_files, start=50000)
    return peak_rss_of_import(work / "arsip-rss", [folder])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--fuzz-seconds", type=float, default=120.0)
    ap.add_argument("--rss-files", type=int, default=10000, help="0 skips the memory measurement")
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    import logging

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # fuzzed PDFs make pypdf warn on every input
    seed = args.seed if args.seed is not None else random.randrange(10**6)
    rng = random.Random(seed)
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="arsip-reliability-"))
    ok = True
    try:
        print(f"Crash trials (seed {seed}):", flush=True)
        t0 = time.perf_counter()
        trials, failures, lost, killed = run_crash_trials(args.trials, work, rng)
        crash_s = time.perf_counter() - t0
        print(f"\nFuzzing for {args.fuzz_seconds:.0f} s:", flush=True)
        counter, errors = run_fuzz(args.fuzz_seconds, work)
        rss = run_rss(args.rss_files, work) if args.rss_files else None
        ok = failures == 0 and lost == 0 and not errors and (rss is None or rss[3] == 0)
        print("\n=== Reliability report ===")
        print(f"crash trials run:            {trials} ({killed} interrupted the import) in {crash_s:.0f} s")
        print(f"crash trial failures:        {failures}")
        print(f"articles lost:               {lost}")
        for name, n in sorted(counter.items()):
            print(f"fuzz inputs tried:           {n:>6}  {name}")
        print(f"fuzz targets failing:        {len(errors)}")
        for name, err in errors.items():
            print(f"  {name}:\n{err}")
        if rss:
            main_rss, workers_rss, secs, code = rss
            print(f"import of {args.rss_files} small files: {secs:.0f} s, exit {code}, peak RSS main "
                  f"{main_rss / 2**20:.0f} MB, workers (sum) {workers_rss / 2**20:.0f} MB")
        print(f"total time:                  {time.perf_counter() - started:.0f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
