"""ROUGE-1/2/L F1 of our summarizer beside LEAD-3, 5-fold cross-validated inside IndoSum dev fold 01.

Data: ../shared/data/summ-dev/dev.01.jsonl (third-party, read in place). Article i is in fold
i % 5; for each fold the learned scorer (``train_summary.fit_best_logistic``) and the hand-made
rule (``train_summary.tune_rule``) are fitted on the other four folds and scored on it, so every
article is scored once, held out. LEAD-3 is scored in the same run on the same articles.

Two ways to read an article: "given" uses IndoSum's own sentences (the labels refer to them);
"app" joins each paragraph and lets our splitter cut it, as the app does with a release.
"same as LEAD-3" is the share of summaries made of exactly the first three sentences;
"identical" the share whose text is word for word LEAD-3's (a cut dateline makes it differ).

Tokens: lower-cased alphanumeric runs, no stemming, no stop-word removal. ROUGE-L is the LCS of the
whole candidate and the whole reference token sequences (not the union-LCS of ROUGE-Lsum).
Scores are macro-averaged over articles and printed as percentages.

Without the ``train`` extra (scikit-learn) only the shipped scorer is scored (in-sample).

Usage: python benchmarks/rouge_eval.py [--file DEV.jsonl] [--shipped-only]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))  # run from a checkout
sys.path.insert(0, str(HERE))

from arsip_berita.core.model import Extraction  # noqa: E402
from arsip_berita.extraction.pipeline import extract  # noqa: E402
from arsip_berita.summary import press  # noqa: E402
from arsip_berita.summary.features import Candidate, candidates  # noqa: E402
from arsip_berita.summary.scorer import Rule, Scorer, shipped  # noqa: E402
from arsip_berita.summary.splitter import split_spans  # noqa: E402
from arsip_berita.summary.summarizer import summarize, summary_of  # noqa: E402

DEFAULT = HERE.parent / ".." / "shared" / "data" / "summ-dev" / "dev.01.jsonl"
SAMPLES = HERE.parent / "resources" / "samples" / "contoh.jsonl"
FOLDS = 5
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


@dataclass
class Doc:
    """One IndoSum article read both ways, with its candidates computed once."""

    id: str
    title: str
    labels: list[bool]
    ref: list[str]
    given_body: str
    given_spans: list[tuple[int, int]]
    given_cands: list[Candidate]
    app_body: str
    app_cands: list[Candidate]
    app_extraction: Extraction | None  # None when our extraction could not run
    app_ex_cands: list[Candidate]
    lead3_given: str
    lead3_app: str
    cache: dict = field(default_factory=dict)


def _doc(a: dict, with_extraction: bool = True) -> Doc:
    # IndoSum has no title field; the id ends with a slug of the title.
    title = " ".join(a["id"].split("-")[1:])
    body, spans = "", []
    for para in a["paragraphs"]:
        for k, sent in enumerate(para):
            if k:
                body += " "
            text = detokenize(sent)
            spans.append((len(body), len(body) + len(text)))
            body += text
        body += "\n"
    app_body = "\n".join(detokenize([t for s in p for t in s]) for p in a["paragraphs"])
    app_spans = split_spans(app_body)
    extraction = extract(app_body, title=title) if with_extraction else None
    return Doc(
        id=a["id"], title=title, labels=[x for p in a["gold_labels"] for x in p],
        ref=tokens(" ".join(" ".join(s) for s in a["summary"])),
        given_body=body, given_spans=spans, given_cands=candidates(title, body, spans),
        app_body=app_body, app_cands=candidates(title, app_body, app_spans),
        app_extraction=extraction,
        app_ex_cands=candidates(title, app_body, app_spans, extraction) if extraction else [],
        lead3_given=" ".join(body[x:y] for x, y in spans[:3]),
        lead3_app=" ".join(app_body[x:y] for x, y in app_spans[:3]),
    )


def load_docs(path: Path, with_extraction: bool = True, limit: int | None = None) -> list[Doc]:
    """The (first ``limit``) articles of ``path``; with our extraction too when it runs."""
    with path.open(encoding="utf-8") as fh:
        raw = [json.loads(line) for line in fh if line.strip()][:limit]
    if with_extraction:
        try:
            extract("Uji. Angka kemiskinan turun menjadi 5 persen.")
        except Exception as exc:  # another developer's half-edited lexicon must not stop the benchmark
            print(f"our extraction does not run ({type(exc).__name__}: {exc}); rows with it skipped",
                  file=sys.stderr)
            with_extraction = False
    return [_doc(a, with_extraction) for a in raw]


def _rouge(doc: Doc, text: str) -> tuple[float, float, float]:
    got = doc.cache.get(text)
    if got is None:
        cand = tokens(text)
        got = doc.cache[text] = (rouge_n(cand, doc.ref, 1), rouge_n(cand, doc.ref, 2), rouge_l(cand, doc.ref))
    return got


def _read(doc: Doc, split: str) -> tuple[str, list[Candidate], Extraction | None]:
    """The body, candidates and extraction of one way of reading ``doc``."""
    if split == "given":
        return doc.given_body, doc.given_cands, None
    if split == "app":
        return doc.app_body, doc.app_cands, None
    return doc.app_body, doc.app_ex_cands, doc.app_extraction  # "app_ex": with our extraction


def summary_text(doc: Doc, scorer: Scorer, split: str = "given", cut: bool = True) -> tuple[str, bool]:
    """The summary of ``doc`` and whether it is made of the first three sentences."""
    body, cands, extraction = _read(doc, split)
    s = summary_of(body, cands, extraction, 3, scorer, cut)
    firsts = [(c.start, c.end) for c in cands[:3]]
    same = len(s.offsets) == len(firsts) and all(o[1] == f[1] for o, f in zip(s.offsets, firsts))
    return " ".join(s.sentences), same


def score_docs(docs: Sequence[Doc], scorer: Scorer | None, split: str = "given",
               cut: bool = True) -> tuple[float, float, float, float, float]:
    """R1, R2, RL (%), share made of the first three sentences, share identical to LEAD-3 (%).

    ``scorer=None`` scores LEAD-3 itself (with ``cut``: LEAD-3 with its dateline cut)."""
    r = [0.0, 0.0, 0.0]
    same = identical = 0
    for d in docs:
        lead = d.lead3_given if split == "given" else d.lead3_app
        if scorer is None:
            text, is_same = lead, True
            if cut:  # the first three candidates, shown as the summarizer shows them
                body, cands, _ = _read(d, split)
                text = " ".join(press.cut(body, c.start, c.end, first=k == 0)[2] for k, c in enumerate(cands[:3]))
        else:
            text, is_same = summary_text(d, scorer, split, cut)
        for i, v in enumerate(_rouge(d, text)):
            r[i] += v
        same += is_same
        identical += text == lead
    k = len(docs) or 1
    return 100 * r[0] / k, 100 * r[1] / k, 100 * r[2] / k, 100 * same / k, 100 * identical / k


def _merge(parts: list[tuple[int, tuple[float, ...]]]) -> list[float]:
    """Article-weighted average of per-fold figures."""
    total = sum(n for n, _ in parts)
    return [sum(n * v[i] for n, v in parts) / total for i in range(len(parts[0][1]))]


def cross_validate(docs: Sequence[Doc], out: TextIO = sys.stdout) -> dict[str, list[float]]:
    """5-fold CV: figures per system (R1, R2, RL, same-as-LEAD-3 %, identical %), held-out articles."""
    import train_summary  # needs scikit-learn (the train extra)

    systems: dict[str, list[tuple[int, tuple[float, ...]]]] = {}
    for fold in range(FOLDS):
        train = [d for i, d in enumerate(docs) if i % FOLDS != fold]
        test = [d for i, d in enumerate(docs) if i % FOLDS == fold]
        t0 = time.perf_counter()
        learned, fit = train_summary.fit_best_logistic(train)
        rule = train_summary.tune_rule(train)
        print(f"fold {fold + 1}/{FOLDS}: {len(train)} train, {len(test)} held out; C={fit['C']}; "
              f"tuned rule decay={rule.decay} centrality={rule.centrality} title={rule.title} "
              f"figure={rule.figure} statement={rule.statement} ({time.perf_counter() - t0:.0f} s)",
              file=out, flush=True)
        runs: dict[str, tuple[Scorer | None, str, bool]] = {
            "lead3_given": (None, "given", False),
            "lead3_app": (None, "app", False),
            "lead3_cut_given": (None, "given", True),
            "old_rule_given": (Rule(), "given", True),
            "rule_given": (rule, "given", True),
            "rule_app": (rule, "app", True),
            "learned_nocut_given": (learned, "given", False),
            "learned_given": (learned, "given", True),
            "learned_app": (learned, "app", True),
        }
        if test[0].app_extraction is not None:
            runs["learned_app_ex"] = (learned, "app_ex", True)
        for name, (scorer, split, cut) in runs.items():
            systems.setdefault(name, []).append((len(test), score_docs(test, scorer, split, cut)))
    return {name: [round(v, 2) for v in _merge(parts)] for name, parts in systems.items()}


LABELS = {
    "lead3_given": "LEAD-3 (given sentences)",
    "lead3_cut_given": "LEAD-3, dateline cut (given)",
    "old_rule_given": "old hand rule, untuned (given)",
    "rule_given": "rule tuned on train folds (given)",
    "learned_nocut_given": "learned, no dateline cut (given)",
    "learned_given": "learned logistic (given)",
    "lead3_app": "LEAD-3 (our splitter)",
    "rule_app": "rule tuned on train folds (app)",
    "learned_app": "learned logistic (our splitter, as the app)",
    "learned_app_ex": "learned (app, with our extraction, as the brief)",
}


def print_table(figures: dict[str, list[float]], out: TextIO = sys.stdout,
                labels: dict[str, str] | None = None) -> None:
    print(f"{'system':50s} {'R1':>6s} {'R2':>6s} {'RL':>6s} {'xR1':>6s} {'=LEAD3':>7s} {'ident':>6s}", file=out)
    for name, label in {**LABELS, **(labels or {})}.items():
        if name not in figures:
            continue
        r1, r2, rl, same, ident = figures[name]
        base = figures["lead3_given" if name.endswith("_given") else "lead3_app"][0]
        print(f"{label:50s} {r1:6.2f} {r2:6.2f} {rl:6.2f} {r1 / base:6.3f} {same:6.1f}% {ident:5.1f}%", file=out)


def speed(out: TextIO = sys.stdout) -> None:
    """Time to summarise one release of about 3 KB (our fictional samples, plain text, as the app)."""
    if not SAMPLES.exists():
        return
    releases = [json.loads(line) for line in SAMPLES.open(encoding="utf-8") if line.strip()]
    releases = [(r["title"], r["body"]) for r in releases]
    big = [(t, b if len(b) >= 3000 else (b + "\n" + b)[:3000]) for t, b in releases]
    summarize(*big[0])  # load the language data and the scorer
    runs = 0
    t0, c0 = time.perf_counter(), time.process_time()
    while time.perf_counter() - t0 < 1.0:
        for title, body in big:
            summarize(title, body)
            runs += 1
    took, cpu = (time.perf_counter() - t0) / runs, (time.process_time() - c0) / runs
    size = sum(len(b.encode("utf-8")) for _, b in big) / len(big)
    print(f"speed: summarize() on a {size / 1000:.1f} KB release: {1000 * took:.2f} ms wall, "
          f"{1000 * cpu:.2f} ms CPU (mean of {runs} runs, split + features + score + select)", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, default=DEFAULT)
    ap.add_argument("--shipped-only", action="store_true", help="no cross-validation (no scikit-learn needed)")
    args = ap.parse_args(argv)
    if not args.file.exists():
        print(f"IndoSum dev file not found: {args.file}", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    docs = load_docs(args.file)
    print(f"IndoSum dev: {args.file.name}, {len(docs)} articles read and featurised in "
          f"{time.perf_counter() - t0:.1f} s; ROUGE F1 (%), macro-average; xR1 = R1 / LEAD-3's R1;")
    print("=LEAD3: made of the first three sentences; ident: text identical to LEAD-3")
    speed()
    model = shipped()
    kind = "rule" if isinstance(model, Rule) else "logistic"
    figures = {
        "lead3_given": list(score_docs(docs, None, "given", cut=False)),
        "lead3_app": list(score_docs(docs, None, "app", cut=False)),
    }
    print(f"\nshipped scorer ({kind}) on all {len(docs)} articles (in-sample for a trained scorer):")
    shipped_figs = {
        "lead3_given": figures["lead3_given"], "lead3_app": figures["lead3_app"],
        "learned_given": list(score_docs(docs, model, "given")),
        "learned_app": list(score_docs(docs, model, "app")),
    }
    if docs[0].app_extraction is not None:
        shipped_figs["learned_app_ex"] = list(score_docs(docs, model, "app_ex"))
    print_table(shipped_figs, labels={"learned_given": f"shipped {kind} (given)",
                                      "learned_app": f"shipped {kind} (our splitter, as the app)",
                                      "learned_app_ex": f"shipped {kind} (app + our extraction)"})
    if args.shipped_only:
        return 0
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("\nno scikit-learn: cross-validation skipped (pip install -e '.[train]')")
        return 0
    print(f"\n{FOLDS}-fold cross-validation inside {args.file.name} (held-out articles only):")
    print_table(cross_validate(docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
