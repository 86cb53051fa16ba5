"""Officials on real releases: persons P/R/F1 and positions right against ``gold.jsonl``.

Usage: python benchmarks/officials_eval.py [--data DIR] [--reader auto|ingest|own] [--verbose]

Reads ../shared/data/releases-dev (never copied into the repo). Each gold release is read into
text and extracted directly (no archive, no import), so the figure does not wait for the import
path. The matching rules are those of ../shared/tools/score_releases.py: persons are the PERSON
entities (canonical name, else text) with the positions seen on them; a person matches when the
names are equal after dropping honorifics and degrees, or when the shorter (at least two words) is
contained in the longer; a position is right when its token F1 with the gold post is >= 0.6.

Reading: ``ingest`` uses the project's readers (as an import would); ``own`` a small reader of
its own (JSON: the longest text field, HTML stripped; HTML: the article paragraphs; text as is);
``auto`` (default) the project's reader when it yields a body without markup, else its own.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # run from a checkout

from arsip_berita.extraction import extract  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "releases-dev"
HONORIFICS = {"h", "hj", "dr", "drs", "dra", "ir", "prof"}
_MARKUP = re.compile(r"<\s*/?\s*(p|div|span|br|img|strong|a|li|table|td)\b[^>]*>|&[a-zA-Z]{2,8};", re.I)


# -- the scorer's matching rules -----------------------------------------------------------------
def toks(s: str | None) -> list[str]:
    return re.findall(r"[a-z0-9]+", (s or "").lower())


def name_toks(s: str) -> list[str]:
    return [t for t in toks(re.sub(r",.*$", "", s or "")) if t not in HONORIFICS]


def same_person(a: str, b: str) -> bool:
    ta, tb = name_toks(a), name_toks(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(short) >= 2 and all(t in long_ for t in short)


def tok_f1(a: str, b: str) -> float:
    ca, cb = collections.Counter(toks(a)), collections.Counter(toks(b))
    ov = sum((ca & cb).values())
    if not ov:
        return 0.0
    p, r = ov / sum(ca.values()), ov / sum(cb.values())
    return 2 * p * r / (p + r)


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def normalize_body(text: str) -> str:
    """The project's body normalisation, or a plain one when it cannot run (the import path is
    being reworked by others: the measurement must not depend on it)."""
    try:
        from arsip_berita.core.text import normalize_body as norm

        return str(norm(text))
    except Exception:
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.replace("\r", ""))]
        return "\n\n".join(p for p in paras if p)


# -- reading -------------------------------------------------------------------------------------
def _html_text(html: str) -> str:
    import lxml.html

    try:
        root = lxml.html.fromstring(html) if "<html" in html[:500].lower() else \
            lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:
        return re.sub(r"<[^>]*>", " ", html)
    for bad in root.xpath("//script|//style|//nav|//header|//footer|//iframe|//noscript"):
        bad.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = [el.text_content().strip() for el in root.iter("p", "div", "li", "h1", "h2", "h3", "blockquote")
              if not any(child.tag in ("p", "div", "li") for child in el)]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else root.text_content()


def _longest_string(obj: object) -> str:
    if isinstance(obj, str):
        return obj
    if isinstance(obj, dict):
        obj = list(obj.values())
    if isinstance(obj, list):
        return max((_longest_string(v) for v in obj), key=len, default="")
    return ""


def read_own(path: Path) -> tuple[str, str]:
    """(title, body) with a small reader of our own."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    title = ""
    if path.suffix == ".json":
        data = json.loads(raw)
        item = data[0] if isinstance(data, list) and data else data
        if isinstance(item, dict):
            title = next((item[k] for k in ("title", "judul", "judul_posting") if isinstance(item.get(k), str)), "")
        body = _longest_string(item)
        for _ in range(2):  # double-escaped HTML
            if "&lt;" in body or "&amp;" in body or "<" in body:
                body = _html_text(body)
        return title, normalize_body(body)
    if path.suffix in (".html", ".htm"):
        return "", normalize_body(_html_text(raw))
    lines = raw.strip().split("\n", 1)
    return lines[0].lstrip("# ").strip(), normalize_body(lines[1] if len(lines) > 1 else "")


def read_ingest(path: Path) -> tuple[str, str] | None:
    from arsip_berita.ingest.readers import read_path

    for art in read_path(path):
        if hasattr(art, "body"):
            return art.title, art.body
    return None


def read(path: Path, how: str) -> tuple[str, str, str]:
    """(title, body, which reader)."""
    if how in ("auto", "ingest"):
        try:
            got = read_ingest(path)
        except Exception:  # the import path is being reworked: never let it stop the measurement
            got = None
        if got is not None and (how == "ingest" or not _MARKUP.search(got[1])):
            return got[0], got[1], "ingest"
        if how == "ingest":
            return "", "", "ingest (failed)"
    title, body = read_own(path)
    return title, body, "own"


# -- scoring -------------------------------------------------------------------------------------
def persons_of(ext) -> "collections.OrderedDict[str, set[str]]":
    persons: collections.OrderedDict[str, set[str]] = collections.OrderedDict()
    for e in ext.entities:
        if e.type == "PERSON":
            nm = e.canonical or e.text
            persons.setdefault(nm, set())
            if e.position:
                persons[nm].add(e.position)
    return persons


def score_release(gold: dict, persons: dict[str, set[str]]) -> tuple[collections.Counter, list[str]]:
    c: collections.Counter = collections.Counter()
    gnames = [(o["name"], o.get("position", "")) for o in gold["officials"]] + \
             [(o["name"], "") for o in gold.get("persons_without_position", [])]
    used: set[str] = set()
    misses: list[str] = []
    for gname, gpos in gnames:
        hit = next((x for x in persons if x not in used and same_person(gname, x)), None)
        if hit is not None:
            used.add(hit)
            c["tp"] += 1
        else:
            misses.append(f"missed person {gname}")
        if gpos:
            c["pos_n"] += 1
            right = hit is not None and any(tok_f1(gpos, pp) >= 0.6 for pp in persons[hit])
            c["pos_ok"] += right
            if hit is not None and not right:
                misses.append(f"post of {gname}: gold {gpos!r}, got {sorted(persons[hit])}")
    misses += [f"not in gold: person {x}" for x in persons if x not in used]
    c["pred"] += len(persons)
    c["gold"] += len(gnames)
    return c, misses


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--reader", choices=("auto", "ingest", "own"), default="auto")
    ap.add_argument("--verbose", action="store_true", help="print each release's misses")
    a = ap.parse_args()
    gpath = a.data / "gold.jsonl"
    if not gpath.exists():
        print(f"no gold at {gpath}: nothing to score")
        return 0
    golds = [json.loads(line) for line in gpath.read_text(encoding="utf-8").splitlines() if line.strip()]
    total: collections.Counter = collections.Counter()
    per_file = []
    took = 0.0
    for g in golds:
        title, body, how = read(a.data / g["file"], a.reader)
        t0 = time.perf_counter()
        ext = extract(body, title=title) if body else None
        took += time.perf_counter() - t0
        persons = persons_of(ext) if ext else collections.OrderedDict()
        c, misses = score_release(g, persons)
        total += c
        p, r, f = prf(c["tp"], c["pred"], c["gold"])
        per_file.append((g["file"], how, c, f))
        if a.verbose:
            print(f"== {g['file']} [{how}] persons {c['tp']}/{c['gold']} (pred {c['pred']}), "
                  f"positions {c['pos_ok']}/{c['pos_n']}")
            for m in misses:
                print("   " + m)
    for name, how, c, f in per_file:
        print(f"{name[:44]:<46}{how:<8} tp {c['tp']:>3} pred {c['pred']:>3} gold {c['gold']:>3}  F1 {f:.3f}"
              f"  pos {c['pos_ok']}/{c['pos_n']}")
    P, R, F = prf(total["tp"], total["pred"], total["gold"])
    pos_n = max(total["pos_n"], 1)
    print(f"gold releases {len(golds)}: persons P {P:.3f} R {R:.3f} F1 {F:.3f}; positions right "
          f"{total['pos_ok']}/{total['pos_n']} ({100.0 * total['pos_ok'] / pos_n:.0f}%); "
          f"extraction {1000 * took:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
