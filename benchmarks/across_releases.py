"""Across releases: ledger build time, conflict flags on a planted set, near-duplicate recall and time.

1. Conflict flags: invented releases written from templates (real provinces, invented figures), each
   group of two releases on one indicator, region and period either agreeing (same value, rounded
   to a coarser precision, or written with a scale word) or conflicting (a different value), some
   conflicting pairs with an announced revision. They are imported with the real extraction; the
   ledger's flags are compared with what was planted: recall of planted conflicts, false flags,
   revisions noted.
2. Ledger build time: an archive of N releases written straight through the store (the stored
   extractions of the bundled samples, the seed and the planted set, cloned with other regions),
   then the ledger built from it through ArchiveService (read-only, as `arsip-berita indikator`).
3. Near-duplicates: N distinct documents made of sentences of the CLICK-ID news corpus
   (../shared/data/news-corpus) drawn at random, with planted copies of 1% of them (another title
   suffix, light word edits, a dropped sentence, a WhatsApp copy with markup and a footer); recall
   of planted pairs (both in one cluster), other pairs clustered, and time through ArchiveService.

Usage: python benchmarks/across_releases.py [--sizes 10000,100000] [--only conflicts|ledger|duplicates]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT.parent / "shared" / "data" / "news-corpus" / "clickid-2019.jsonl"
SEED = ROOT.parent / "shared" / "seed"

from arsip_berita.core.model import Article, Extraction  # noqa: E402
from arsip_berita.ledger.api import build_ledger  # noqa: E402
from arsip_berita.archive.service import ArchiveService, sample_path  # noqa: E402
from arsip_berita.store import DB_NAME, Store  # noqa: E402

PROVINCES = ["Jambi", "Bengkulu", "Riau", "Lampung", "Bali", "Gorontalo", "Maluku", "Aceh", "Banten",
             "Jawa Tengah", "Sulawesi Tengah", "Kalimantan Barat", "Nusa Tenggara Timur", "Sumatera Barat"]
PERCENT_INDICATORS = [("Persentase penduduk miskin", "kemiskinan.persentase"),
                      ("Tingkat pengangguran terbuka", "pengangguran.tpt"),
                      ("Prevalensi stunting", "stunting.prevalensi")]
MONTHS = ["Februari", "Maret", "Agustus", "September"]


def comma(value: Decimal) -> str:
    return f"{value}".replace(".", ",")


SHORT = {"Riau": "Riau", "Jambi": "Jambi", "Jawa Tengah": "Jateng", "Sulawesi Tengah": "Sulteng",
         "Kalimantan Barat": "Kalbar", "Nusa Tenggara Timur": "NTT", "Sumatera Barat": "Sumbar"}
VERBS = ["sebesar", "tercatat", "mencapai", "berada di angka"]


def _percent_pair(rng: random.Random, kind: str, base: Decimal) -> tuple[str, str]:
    """The first and second written values (percent) of a planted group."""
    if kind == "same":
        return comma(base), comma(base)
    if kind == "rounded":
        return comma(base), comma(base.quantize(Decimal("0.1")))
    if kind == "small_conflict":
        return comma(base), comma(base + Decimal(rng.choice([5, 7, 9, 12, 15])) / 100)
    if kind == "typo":  # the decimals swapped: 5,17 written 5,71
        text = f"{base:.2f}"
        whole, frac = text.split(".")
        if frac[0] == frac[1]:
            frac = frac[0] + str((int(frac[1]) + 3) % 10)
        return comma(base), f"{whole},{frac[1]}{frac[0]}"
    return comma(base), comma(base + Decimal(rng.randint(30, 300)) / 100)  # conflict, revision


def planted_releases(rng: random.Random, groups: int) -> tuple[list[tuple[str, str, date]], dict]:
    """(title, body, date) releases and the truth per (indicator key, region, period): percentages
    written the same, rounded, in conflict (large or small), with swapped decimals, or revised; counts
    of poor people written with and without 'ribu', hedged, or in conflict. Phrasings and the order of
    sentence parts vary, and the second release may name the province by its short form."""
    out: list[tuple[str, str, date]] = []
    truth: dict[tuple[str, str, str], tuple[str, str]] = {}
    used = set()
    while len(truth) < groups:
        counts = rng.random() < 0.3
        name, key = (("Jumlah penduduk miskin", "kemiskinan.jumlah") if counts else rng.choice(PERCENT_INDICATORS))
        prov = rng.choice(PROVINCES)
        year = rng.randint(2019, 2024)
        period = f"{rng.choice(MONTHS)} {year}"
        if (key, prov, period) in used:
            continue
        used.add((key, prov, period))
        if counts:
            kind = rng.choice(["scaled", "hedged", "count_conflict"])
            people = rng.randint(50_000, 900_000) // 10 * 10
            ribu = Decimal(people) / 1000
            first = f"{comma(ribu)} ribu jiwa"
            second = {"scaled": f"{people:,} jiwa".replace(",", "."),
                      "hedged": f"sekitar {int(ribu.quantize(Decimal(1)))} ribu jiwa",
                      "count_conflict": f"{people + rng.randint(3, 40) * 1000:,} jiwa".replace(",", ".")}[kind]
            unit = ""
        else:
            kind = rng.choice(["same", "rounded", "conflict", "small_conflict", "typo", "revision"])
            base = Decimal(rng.randint(300, 2500)) / 100
            first, second = _percent_pair(rng, kind, base)
            unit = " persen"
        pub = date(year + 1, rng.randint(1, 12), rng.randint(1, 27))
        verb1, verb2 = rng.choice(VERBS), rng.choice(VERBS)
        where2 = SHORT.get(prov, prov) if rng.random() < 0.5 else f"Provinsi {prov}"
        if rng.random() < 0.5:
            first_text = (f"{name} Provinsi {prov} pada {period} {verb1} {first}{unit}. Angka itu disampaikan "
                          f"dalam rapat koordinasi daerah.")
        else:
            first_text = (f"Pada {period}, {name.lower()} di Provinsi {prov} {verb1} {first}{unit}, menurut data "
                          f"yang dipaparkan dalam rapat koordinasi.")
        if kind == "revision":
            second_text = (f"BPS merevisi angka {name.lower()} Provinsi {prov} pada {period} menjadi {second}{unit} "
                           f"setelah pemutakhiran data.")
        elif rng.random() < 0.5:
            second_text = (f"{name} {where2} pada {period} {verb2} {second}{unit}, kata kepala bidang "
                           f"statistik dalam jumpa pers.")
        else:
            second_text = (f"Kepala bidang statistik menyebut {name.lower()} {where2} pada {period} {verb2} "
                           f"{second}{unit}.")
        out.append((f"Rapat koordinasi data {prov} {len(out)}", first_text, pub))
        out.append((f"Jumpa pers data {prov} {len(out)}", second_text, date(pub.year, pub.month, pub.day + 1)))
        verdict = ("conflict" if kind in ("conflict", "small_conflict", "typo", "count_conflict")
                   else "revision" if kind == "revision" else "agree")
        truth[(key, prov, period)] = (verdict, kind)
    return out, truth


def bench_conflicts(work: Path, groups: int = 300) -> None:
    rng = random.Random(16)
    releases, truth = planted_releases(rng, groups)
    folder = work / "planted"
    folder.mkdir(parents=True)
    for i, (title, body, day) in enumerate(releases):
        (folder / f"{i:04d}.txt").write_text(f"{title}\n\nKOTA CONTOH – {body} ({day.day}/{day.month}/{day.year}).",
                                             encoding="utf-8")
    svc = ArchiveService.open(work / "planted-arsip", with_samples=False)
    try:
        svc.import_paths([folder])
        ledger = build_ledger(svc)
    finally:
        svc.close()
    planted_conflicts = {k for k, (v, _) in truth.items() if v == "conflict"}
    revisions = {k for k, (v, _) in truth.items() if v == "revision"}
    flagged = {k for k, line in ledger.lines.items() if line.conflict}
    noted = {k for k, line in ledger.lines.items() if line.notes and "revisi" in (line.note or "")}
    found = flagged & planted_conflicts
    read = {k for k in truth if k in ledger.lines and len({e.article_id for e in ledger.lines[k].entries}) == 2}
    print(f"[conflicts] {len(truth)} planted groups ({len(planted_conflicts)} conflicts, {len(revisions)} announced "
          f"revisions, {len(truth) - len(planted_conflicts) - len(revisions)} agreeing)")
    print(f"[conflicts] groups read whole by the extraction (both releases on one ledger line): {len(read)}/{len(truth)}")
    print(f"[conflicts] recall {len(found)}/{len(planted_conflicts)} = {len(found) / max(1, len(planted_conflicts)):.3f}; "
          f"false flags {len(flagged - planted_conflicts)} (on agreeing groups "
          f"{len((flagged - planted_conflicts) & set(truth))}, on revisions {len(flagged & revisions)}, elsewhere "
          f"{len(flagged - set(truth))}); revisions noted {len(noted & revisions)}/{len(revisions)}")
    per_kind: dict[str, list[int]] = {}
    for k, (verdict, kind) in truth.items():
        ok = (k in flagged) == (verdict == "conflict")
        per_kind.setdefault(kind, []).append(int(ok))
    print("[conflicts] right verdicts per kind: " + ", ".join(f"{kind} {sum(v)}/{len(v)}"
                                                             for kind, v in sorted(per_kind.items())))
    for k in sorted((planted_conflicts - flagged) | (flagged & set(truth) - planted_conflicts))[:6]:
        line = ledger.lines.get(k)
        print(f"[conflicts] wrong {truth[k][1]} {k}: "
              f"{[(str(e.value), e.unit, e.article_id) for e in line.entries] if line else 'no line'}"
              f"{' note: ' + (line.note or '') if line else ''}")


def base_extracted(work: Path) -> list[tuple[Article, Extraction]]:
    """Real extractions: the bundled samples, the seed and the planted releases."""
    svc = ArchiveService.open(work / "base-arsip", with_samples=False)
    try:
        paths = [sample_path()] + sorted(SEED.glob("*.txt"))
        if (work / "planted").is_dir():
            paths.append(work / "planted")
        svc.import_paths(paths)
        return [(a, e) for a, e in svc.store.iter_all() if e is not None]
    finally:
        svc.close()


def bench_ledger(work: Path, sizes: list[int]) -> None:
    base = base_extracted(work)
    stats = sum(len(e.statistics) for _, e in base)
    print(f"[ledger] base: {len(base)} extracted releases, {stats} statistics")
    for n in sizes:
        folder = work / f"ledger-{n}"
        folder.mkdir()
        store = Store(folder / DB_NAME)
        batch = []
        for k in range(n):
            art, ext = base[k % len(base)]
            shift = k // len(base)
            region = PROVINCES[shift % len(PROVINCES)]
            ext2 = replace(ext, statistics=tuple(replace(s, region=f"{s.region or region} {shift}") for s in ext.statistics))
            batch.append((replace(art, id=None, title=f"{art.title} ({k})",
                                  content_hash=hashlib.sha1(f"{k}".encode()).hexdigest()), ext2))
            if len(batch) >= 2000:
                store.add_batch(batch)
                batch = []
        if batch:
            store.add_batch(batch)
        store.close()
        svc = ArchiveService(folder, readonly=True)
        try:
            t = time.perf_counter()
            ledger = build_ledger(svc)
            took = time.perf_counter() - t
            entries = sum(len(ln.entries) for ln in ledger.lines.values())
            t = time.perf_counter()
            selected = ledger.select("kemiskinan", "Jambi")
            sel = time.perf_counter() - t
        finally:
            svc.close()
        print(f"[ledger] {n} releases: built in {took:.1f} s ({len(ledger)} lines, {entries} entries, "
              f"{sum(ln.conflict for ln in ledger.lines.values())} conflicting lines); "
              f"select 'kemiskinan' in Jambi {sel * 1000:.0f} ms ({len(selected)} lines)")


_SENT = re.compile(r"(?<=[.!?])\s+|,(?=[A-Z])")


def corpus_sentences() -> list[str]:
    out = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            body = json.loads(line).get("body") or ""
            out += [s.strip() for s in _SENT.split(body) if len(s.split()) >= 6]
    return out


def near_copy(rng: random.Random, title: str, body: str, how: str) -> tuple[str, str]:
    if how == "suffix":
        return f"{title} | Portal Berita Daerah", body + "\n\nEditor: Redaksi"
    if how == "edit":
        words = body.split()
        for _ in range(max(1, len(words) // 40)):
            i = rng.randrange(len(words))
            words[i] = rng.choice(["telah", "juga", "pun", "yang", "para", "sejumlah"])
        return title + " (diperbarui)", " ".join(words)
    if how == "drop":
        parts = body.split("\n\n")
        if len(parts) > 3:
            parts.pop(rng.randrange(1, len(parts)))
        return title, "\n\n".join(parts)
    return title.lower(), (f"*{title.upper()}*\n\n" + body.replace("\n\n", "\n") + "\n\n_Sumber: grup WA humas_ 🙏")


def bench_duplicates(work: Path, sizes: list[int]) -> None:
    from arsip_berita.ledger.duplicates import near_duplicate_clusters

    sentences = corpus_sentences()
    print(f"[duplicates] {len(sentences)} corpus sentences")
    for n in sizes:
        rng = random.Random(n)
        folder = work / f"dup-{n}"
        folder.mkdir()
        store = Store(folder / DB_NAME)
        originals = n - n // 100
        rows: list[tuple[Article, None]] = []
        planted: list[tuple[int, int]] = []
        texts: dict[int, tuple[str, str]] = {}
        for k in range(originals):
            paras = [" ".join(rng.sample(sentences, 3)) for _ in range(rng.randint(3, 6))]
            title, body = f"Rilis {k}", "\n\n".join(paras)
            texts[k + 1] = (title, body)
            rows.append((Article(title=title, body=body, published=date(2024, 1, 1),
                                 content_hash=hashlib.sha1(body.encode()).hexdigest()), None))
        for j in range(n - originals):
            src = rng.randrange(1, originals + 1)
            how = ["suffix", "edit", "drop", "whatsapp"][j % 4]
            title, body = near_copy(rng, *texts[src], how)
            rows.append((Article(title=title, body=body, published=date(2024, 1, 2),
                                 content_hash=hashlib.sha1(f"{j}{body}".encode()).hexdigest()), None))
            planted.append((src, originals + j + 1))
        for start in range(0, len(rows), 5000):
            store.add_batch(rows[start:start + 5000])
        store.close()
        svc = ArchiveService(folder, readonly=True)
        writer = Store(folder / DB_NAME)
        try:
            # First run: every signature computed; kept through a writable store, as a writable
            # archive keeps them (this read-only service would not, and a writable one would first
            # rebuild the search index of these store-only articles).
            svc.cache_near_duplicate_signatures = lambda scheme, rows: (writer.save_signatures(scheme, rows), True)[1]
            t = time.perf_counter()
            clusters = near_duplicate_clusters(svc)
            took = time.perf_counter() - t
            writer.close()
            writer = None
            del svc.cache_near_duplicate_signatures
            t = time.perf_counter()
            again = near_duplicate_clusters(svc)
            took_cached = time.perf_counter() - t
            assert [c.ids for c in again] == [c.ids for c in clusters]
        finally:
            if writer is not None:
                writer.close()
            svc.close()
        where = {i: ci for ci, c in enumerate(clusters) for i in c.ids}
        hit = sum(1 for a, b in planted if a in where and where.get(a) == where.get(b))
        planted_set = {frozenset(p) for p in planted}
        extra = sum(1 for c in clusters for i in c.ids for j in c.ids if i < j and frozenset((i, j)) not in planted_set
                    and not any(frozenset((i, x)) in planted_set and frozenset((j, x)) in planted_set for x in c.ids))
        by_kind: dict[str, list[int]] = {}
        for j, (a, b) in enumerate(planted):
            by_kind.setdefault(["suffix", "edit", "drop", "whatsapp"][j % 4], []).append(
                int(a in where and where.get(a) == where.get(b)))
        kinds = ", ".join(f"{k} {sum(v)}/{len(v)}" for k, v in by_kind.items())
        print(f"[duplicates] {n} releases ({len(planted)} planted copies): recall {hit}/{len(planted)} = "
              f"{hit / max(1, len(planted)):.3f} ({kinds}); {len(clusters)} clusters; other pairs clustered {extra}; "
              f"time {took:.1f} s computing every signature, {took_cached:.1f} s with the signatures cached")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--only", choices=("conflicts", "ledger", "duplicates"))
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.only in (None, "conflicts", "ledger"):
            bench_conflicts(work)
        if args.only in (None, "ledger"):
            bench_ledger(work, sizes)
        if args.only in (None, "duplicates"):
            if not CORPUS.exists():
                print("[duplicates] skipped: the news corpus (../shared/data/news-corpus) is absent")
            else:
                bench_duplicates(work, sizes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
