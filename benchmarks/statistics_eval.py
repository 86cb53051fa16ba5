"""Score statistics on the real-release gold: value P/R/F1 and, of the matched figures, the share with
unit, region and period right (the same matching rules as ../shared/tools/score_releases.py).

Usage: PYTHONPATH=src python benchmarks/statistics_eval.py [--data DIR] [--verbose] [--json]

Works from extraction directly (no import, no archive): each gold release's body is read the way the
gold was annotated (JSON body field with entities decoded until stable and tags removed; Markdown from
the lead-photo caption down to the '---' line; Portal Jabar HTML: the first ``<p class="card-text">``),
then ``extract(body, title=..., published=...)`` runs on it. Reads ../shared/data/releases-dev, never
copied into the repository; exits 0 with a notice when the folder is absent.

Figures on the dev gold (10 releases, 150 statistics), issue 13:
  before (2638ccf): P 0.969 R 0.827 F1 0.892; in context 5% (unit 97%, region 15%, period 23%)
  after:            P 0.987 R 0.993 F1 0.990; in context 93% (unit 99%, region 100%, period 93%)
The dev gold was looked at while working, so these overstate held-out quality.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import html
import json
import re
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # run from a checkout

from arsip_berita.extraction import extract  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "releases-dev"

# --- matching rules, as in score_releases.py ------------------------------------------------------
PROVINCE_SHORT = {
    "ntb": "nusa tenggara barat", "ntt": "nusa tenggara timur", "kaltim": "kalimantan timur",
    "kalteng": "kalimantan tengah", "kalbar": "kalimantan barat", "kalsel": "kalimantan selatan",
    "kaltara": "kalimantan utara", "sumut": "sumatera utara", "sumbar": "sumatera barat",
    "sumsel": "sumatera selatan", "jabar": "jawa barat", "jateng": "jawa tengah", "jatim": "jawa timur",
    "sulsel": "sulawesi selatan", "sulut": "sulawesi utara", "sulteng": "sulawesi tengah",
    "sultra": "sulawesi tenggara", "sulbar": "sulawesi barat", "diy": "daerah istimewa yogyakarta",
    "dki jakarta": "jakarta", "daerah khusus ibukota jakarta": "jakarta", "dki": "jakarta",
    "sumatra utara": "sumatera utara", "sumatra selatan": "sumatera selatan", "sumatra barat": "sumatera barat",
    "nasional": "indonesia", "babel": "kepulauan bangka belitung", "kepri": "kepulauan riau",
}
ADMIN = re.compile(r"\b(provinsi|prov|kabupaten|kab|kota|kecamatan|kec|desa|kelurahan|daerah khusus|administrasi)\b\.?",
                   re.I)
MONTHS = {m: i for i, m in enumerate(
    "januari februari maret april mei juni juli agustus september oktober november desember".split(), 1)}
UNIT_CLASS = {"percent": "percent", "percentage_point": "percent", "poin": "percent", "point": "percent",
              "idr": "idr", "rupiah": "idr", "people": "people", "person": "people", "orang": "people",
              "jiwa": "people", "households": "households", "household": "households", "kk": "households",
              "kpm": "households", "rank": "rank"}


def _toks(s: str | None) -> list[str]:
    return re.findall(r"[a-z0-9]+", (s or "").lower())


def _tok_f1(a: str, b: str) -> float:
    ca, cb = collections.Counter(_toks(a)), collections.Counter(_toks(b))
    ov = sum((ca & cb).values())
    if not ov:
        return 0.0
    p, r = ov / sum(ca.values()), ov / sum(cb.values())
    return 2 * p * r / (p + r)


def _dec(v: object) -> Decimal | None:
    try:
        return Decimal(str(v)).normalize()
    except (InvalidOperation, TypeError, ValueError):
        return None


def _norm_region(r: str | None) -> str:
    r = (r or "").split(",")[0].lower().strip()
    r = PROVINCE_SHORT.get(r, r)
    r = " ".join(ADMIN.sub(" ", r).split())
    return PROVINCE_SHORT.get(r, r)


def region_ok(gold: str | None, pred: str | None) -> bool:
    g, p = _norm_region(gold), _norm_region(pred)
    if not g:
        return not p
    return bool(p) and (g == p or set(g.split()) <= set(p.split()) or set(p.split()) <= set(g.split()))


def _period_parts(s: str | None) -> tuple[set, set, set]:
    s = (s or "").lower()
    return (set(re.findall(r"\b(?:19|20)\d\d\b", s)), {MONTHS[w] for w in re.findall(r"[a-z]+", s) if w in MONTHS},
            set(re.findall(r"(?:triwulan|kuartal|semester)\s+([ivx]+|\d)", s)))


def period_ok(gold: str | None, pred: str | None) -> bool:
    gy, gm, gq = _period_parts(gold)
    py, pm, pq = _period_parts(pred)
    if not (gy or gm or gq):
        return not (py or pm or pq)
    return gy <= py and gm <= pm and gq <= pq


def unit_ok(gold: str | None, pred: str | None) -> bool:
    return UNIT_CLASS.get((gold or "").lower(), "other") == UNIT_CLASS.get((pred or "").lower(), "other")


def match(gstats: list[dict], pstats: list[dict]) -> list[tuple[dict, dict]]:
    free, pairs = list(pstats), []
    for g in gstats:
        gv = _dec(g["value"])
        cands = [p for p in free if gv is not None and _dec(p.get("value")) == gv]
        if cands:
            best = max(cands, key=lambda p: _tok_f1(g["surface"], p.get("text", "")))
            free.remove(best)
            pairs.append((g, best))
    return pairs


# --- bodies, read as the gold was annotated --------------------------------------------------------
_BODY_KEYS = ("abstract", "isi_posting", "isi", "isi_berita", "summary")


def _strip_html(markup: str) -> str:
    from lxml import html as lh

    for _ in range(4):  # entities escaped once or twice ('&amp;lt;b&amp;gt;')
        decoded = html.unescape(markup)
        if decoded == markup:
            break
        markup = decoded
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</h\d>", "\n\n", markup)
    text = lh.fromstring(f"<div>{markup}</div>").text_content() if markup.strip() else ""
    text = text.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paras if p)


def _find_body(obj: object) -> str | None:
    if isinstance(obj, dict):
        for k in _BODY_KEYS:
            if isinstance(obj.get(k), str) and obj[k].strip():
                return obj[k]
        for v in obj.values():
            found = _find_body(v)
            if found:
                return found
    if isinstance(obj, list):
        for v in obj:
            found = _find_body(v)
            if found:
                return found
    return None


def read_body(path: Path) -> str:
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".json":
        return _strip_html(_find_body(json.loads(raw)) or "")
    if path.suffix == ".md":
        start = raw.find("![")
        part = raw[start:] if start >= 0 else raw
        end = part.find("\n---")
        part = part[:end] if end >= 0 else part
        part = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", part)  # the caption (alt text) is kept
        part = re.sub(r"\\\[img\.\d+\\\]", "", part).replace("**", "").replace('\\"', '"')
        return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", part) if p.strip())
    if path.suffix in (".html", ".htm"):
        m = re.search(r'<p class="card-text[^"]*"[^>]*>(.*?)</p>', raw, re.S)
        return _strip_html(m.group(1)) if m else ""
    return raw


def evaluate(data: Path, verbose: bool = False) -> dict:
    gold = [json.loads(line) for line in (data / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = npred = ngold = 0
    ctx: collections.Counter[str] = collections.Counter()
    per_file = {}
    for g in gold:
        body = read_body(data / g["file"])
        pub = dt.date.fromisoformat(g["published"]) if g.get("published") else None
        ext = extract(body, title=g.get("title"), published=pub)
        preds = [s.to_dict() for s in ext.statistics]
        gv = collections.Counter(x for x in (_dec(s["value"]) for s in g["statistics"]) if x is not None)
        pv = collections.Counter(x for x in (_dec(s.get("value")) for s in preds) if x is not None)
        ftp = sum((gv & pv).values())
        tp, npred, ngold = tp + ftp, npred + sum(pv.values()), ngold + sum(gv.values())
        misses = []
        fctx: collections.Counter[str] = collections.Counter()
        for gs, ps in match(g["statistics"], preds):
            u, r, t = unit_ok(gs["unit"], ps.get("unit")), region_ok(gs["region"], ps.get("region")), \
                period_ok(gs["period"], ps.get("period"))
            for key, ok in (("n", True), ("unit", u), ("region", r), ("period", t), ("all", u and r and t)):
                ctx[key] += ok
                fctx[key] += ok
            if not (u and r and t):
                misses.append(f"figure {gs['surface']!r}: gold {gs['unit']}/{gs['region']!r}/{gs['period']!r}, "
                              f"got {ps.get('unit')}/{ps.get('region')!r}/{ps.get('period')!r}")
        missed = gv - pv
        extra = pv - gv
        per_file[g["file"]] = {"gold": sum(gv.values()), "pred": sum(pv.values()), "tp": ftp,
                               "in_context": fctx["all"], "matched": fctx["n"]}
        if verbose:
            print(f"== {g['file']}: gold {sum(gv.values())}, predicted {sum(pv.values())}, right {ftp}, "
                  f"in context {fctx['all']}/{fctx['n']}")
            for m in misses:
                print("   " + m)
            if missed:
                print("   missed values: " + ", ".join(str(v) for v in missed.elements()))
            if extra:
                print("   not in gold: " + ", ".join(str(v) for v in extra.elements()))
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    n = max(ctx["n"], 1)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "gold": ngold, "predicted": npred,
            "matched": ctx["n"], "in_context": round(ctx["all"] / n, 3), "unit": round(ctx["unit"] / n, 3),
            "region": round(ctx["region"] / n, 3), "period": round(ctx["period"] / n, 3), "files": per_file}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--verbose", action="store_true", help="print each release's misses")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    a = ap.parse_args(argv)
    if not (a.data / "gold.jsonl").exists():
        print(f"no gold at {a.data}: nothing to score")
        return 0
    res = evaluate(a.data, a.verbose)
    if a.json:
        print(json.dumps(res, ensure_ascii=False))
        return 0
    print(f"statistics P {res['precision']:.3f} R {res['recall']:.3f} F1 {res['f1']:.3f} "
          f"(gold {res['gold']}, predicted {res['predicted']}); of {res['matched']} matched: "
          f"in context {100 * res['in_context']:.0f}% (unit {100 * res['unit']:.0f}%, "
          f"region {100 * res['region']:.0f}%, period {100 * res['period']:.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
