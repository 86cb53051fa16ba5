#!/usr/bin/env python3
"""Import real releases into a fresh archive and count what reading got wrong.

Reads ``../shared/data/releases-dev`` (or ``--data DIR``; its ``manifest.jsonl`` lists the files and,
where known, the source's date), imports every file with the CLI into a new archive, exports it and
prints per format and in total:

  files, failed files (with the CLI's messages), articles;
  titles that are empty or look like a letterhead ("PEMERINTAH ...", "SIARAN PERS", "NOMOR ...");
  missing publication dates (of releases whose manifest states one) and dates that differ from it;
  bodies with markup, HTML entities, mojibake, control or private-use characters left in, and
  line-end hyphen splits ("Jum- lah");
  and the import time.

Usage: .venv/bin/python benchmarks/real_releases.py [--data DIR] [--show N]
Skips (exit 0 with a message) when the data folder is absent: it is third-party material kept
outside the repository.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "releases-dev"
DIRT = {
    "markup": re.compile(r"<\s*/?\s*(p|div|span|br|img|strong|b|i|em|a|table|tr|td|li|ul|ol|h\d|font|style|script)\b[^>]*>", re.I),
    "entity": re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});"),
    "mojibake": re.compile(r"â€|Ã[\x80-\xbf]|Â[\x80-\xbf ]"),
    "hyphen-split": re.compile(r"\b[a-z]{2,}- [a-z]{2,}\b"),
    "control-or-glyph": re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff]"),
}
LETTERHEAD = re.compile(r"^\s*(PEMERINTAH|KEMENTERIAN|BADAN|DINAS|SEKRETARIAT|DEWAN PERWAKILAN|SIARAN PERS|"
                        r"BERITA RESMI STATISTIK|REPUBLIK INDONESIA|KABUPATEN|KOTA|PROVINSI|NOMOR|NO\.|TENTANG)\b[A-Z ,.:/0-9-]*$")


def _cli(*args: str, archive: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "src"))
    env.pop("ARSIP_BERITA_ARCHIVE", None)
    return subprocess.run([sys.executable, "-m", "arsip_berita", "--archive", archive, *args],
                          capture_output=True, text=True, env=env)


def _iso(value: str | None) -> str | None:
    """The manifest's date as ISO: "2017-06-19 17:00:00" and "02Jun2025" too."""
    sys.path.insert(0, str(ROOT / "src"))
    from arsip_berita.ingest.dates import parse_date

    if not value:
        return None
    found = parse_date(re.sub(r"(\d)([A-Za-z]{3,9})(\d{4})", r"\1 \2 \3", value))
    return found.isoformat() if found else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--show", type=int, default=3, help="examples to print per fault")
    a = ap.parse_args()
    manifest_path = a.data / "manifest.jsonl"
    if not manifest_path.exists():
        print(f"skipped: {manifest_path} not found (third-party data lives outside the repository)")
        return 0
    manifest = [json.loads(ln) for ln in manifest_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    files = [str((a.data / m["file"]).resolve()) for m in manifest]
    stated = {m["file"]: _iso(m.get("date")) for m in manifest}
    fmt = {m["file"]: m.get("format") or Path(m["file"]).suffix.lstrip(".") for m in manifest}
    with tempfile.TemporaryDirectory(prefix="real-releases-") as tmp:
        archive = os.path.join(tmp, "arsip")
        t0 = time.perf_counter()
        imp = _cli("import", *files, archive=archive)
        elapsed = time.perf_counter() - t0
        exp = _cli("export", "--format", "jsonl", archive=archive)
    records = collections.defaultdict(list)
    for line in exp.stdout.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        records[os.path.basename(d.get("path") or "")].append(d)
    faults: dict[str, list[str]] = collections.defaultdict(list)
    per_format = collections.Counter()
    for m in manifest:
        f = m["file"]
        recs = records.get(f)
        per_format[fmt[f]] += 1
        if not recs:
            faults["failed file"].append(f)
            continue
        for d in recs:
            title, body = d.get("title") or "", d.get("body") or ""
            if not title.strip():
                faults["empty title"].append(f)
            elif LETTERHEAD.match(title) and len(title) < 80:
                faults["letterhead title"].append(f"{f}: {title!r}")
            for kind, rx in DIRT.items():
                if mt := rx.search(body):
                    faults[kind].append(f"{f}: {body[max(0, mt.start() - 25):mt.end() + 25]!r}")
        first = recs[0]
        if stated.get(f) and len(recs) == 1:
            if not first.get("published"):
                faults["missing date"].append(f"{f} (source says {stated[f]})")
            elif first["published"][:10] != stated[f]:
                faults["date differs from source"].append(f"{f}: {first['published'][:10]} vs {stated[f]}")
    articles = sum(len(v) for v in records.values())
    print(f"files {len(files)} ({', '.join(f'{k} {v}' for k, v in sorted(per_format.items()))}); "
          f"imported {len(files) - len(faults['failed file'])}, articles {articles}; import {elapsed:.1f} s")
    failed_lines = [ln for ln in imp.stderr.splitlines() if ln.strip()]
    for name in ("failed file", "empty title", "letterhead title", "missing date", "date differs from source",
                 *DIRT):
        items = faults.get(name, [])
        print(f"{name}: {len(items)}")
        for ex in items[:a.show]:
            print(f"    {ex}")
    if faults.get("failed file"):
        print("import messages:", *failed_lines[:a.show], sep="\n    ")
    total = sum(len(faults.get(k, [])) for k in ("failed file", "empty title", "letterhead title", "missing date", *DIRT))
    print(f"summary: {len(files)} files, {len(faults['failed file'])} failed, {len(faults['letterhead title'])} "
          f"letterhead titles, {len(faults['missing date'])} missing dates, "
          f"{sum(len(faults.get(k, [])) for k in DIRT)} dirty bodies; reading faults {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
