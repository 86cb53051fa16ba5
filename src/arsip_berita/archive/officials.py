"""The archive-wide officials directory: one entry per person, whatever way their name was written."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class PositionSpan:
    position: str
    first_seen: str | None
    last_seen: str | None
    articles: int = 0


@dataclass
class OfficialRecord:
    key: str
    name: str
    variants: list[str] = field(default_factory=list)
    positions: list[PositionSpan] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    @property
    def article_count(self) -> int:
        return len(self.article_ids)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "variants": self.variants, "articles": self.article_count,
                "article_ids": self.article_ids,
                "positions": [{"position": p.position, "first_seen": p.first_seen, "last_seen": p.last_seen,
                               "articles": p.articles} for p in self.positions]}


def _canonical(names: Counter[str]) -> str:
    """The fullest form of the name: most words first, then the most frequent."""
    return max(names, key=lambda n: (len(n.split()), names[n], -len(n)))


def _position_key(position: str) -> str:
    """One key for one post however it is written: the agency's short form ('Kepala Badan Perencanaan
    Pembangunan Daerah (Bappeda) Provinsi X' = 'Kepala Bappeda Provinsi X'), acting titles with or without
    their dot, and place short forms ('Provinsi Sulsel' = 'Provinsi Sulawesi Selatan')."""
    from arsip_berita.language.shortforms import position_forms

    short = min([position, *position_forms(position)], key=len)
    words = short.casefold().replace(".", " ").split()
    aliases = _place_aliases()
    return " ".join(aliases.get(w, w) for w in words)


def _place_aliases() -> dict[str, str]:
    """Lower-case place short forms to their names ('sulsel' -> 'sulawesi selatan', 'kotim' ->
    'kotawaringin timur')."""
    global _ALIASES
    if _ALIASES is None:
        from arsip_berita.language.lexicon import load_lexicon

        lex = load_lexicon()
        _ALIASES = {}
        for alias, target in {**lex.province_aliases, **lex.regency_aliases}.items():
            if " " not in alias:
                name = target.casefold()
                for prefix in ("kabupaten ", "kota administrasi ", "kota "):
                    name = name.removeprefix(prefix)
                _ALIASES[alias.casefold()] = name
    return _ALIASES


_ALIASES: dict[str, str] | None = None


def merge_short_keys(keys: Iterable[str]) -> dict[str, str]:
    """Map a key to a longer key holding all its words, when exactly one such key exists.

    "andi baso" -> "andi baso mappatoba"; a key two people could share ("andi") stays apart.
    """
    unique = sorted(set(keys), key=lambda k: -len(k.split()))
    words = {k: set(k.split()) for k in unique}
    out: dict[str, str] = {}
    for k in unique:
        longer = [o for o in unique if len(words[o]) > len(words[k]) and words[k] <= words[o]]
        roots = {out.get(o, o) for o in longer}
        if len(roots) == 1:
            out[k] = roots.pop()
    return out


def _near_word(a: str, b: str) -> bool:
    """Two spellings of one word of a name: equal, or one edit apart in a word of five letters or more with
    the same first letter ('rahmawati' / 'rahmawaty', 'syahputra' / 'syahputera' is two: kept apart)."""
    from rapidfuzz.distance import DamerauLevenshtein

    return a == b or (min(len(a), len(b)) >= 5 and a[0] == b[0] and DamerauLevenshtein.distance(a, b) <= 1)


def merge_variant_keys(counts: Counter[str]) -> dict[str, str]:
    """Map a misspelt key to the most used spelling of the same name: the same number of words, one word
    one edit apart, the others equal ('rina rahmawaty' -> 'rina rahmawati'). Two people who share a first
    name differ in more than one letter of the rest ('andi saputra' / 'andi setiawan') and stay apart."""
    from rapidfuzz import fuzz, process

    keys = sorted(counts, key=lambda k: (-counts[k], k))
    by_shape: dict[tuple[int, str], list[str]] = {}
    for k in keys:
        words = k.split()
        if len(words) >= 2:
            by_shape.setdefault((len(words), words[0][:1]), []).append(k)
    out: dict[str, str] = {}
    for group in by_shape.values():
        for i, k in enumerate(group):
            if k in out:
                continue
            for other, score, _ in process.extract(k, group[i + 1:], scorer=fuzz.ratio, score_cutoff=85, limit=None):
                if other in out:
                    continue
                a, b = k.split(), other.split()
                if sum(x != y for x, y in zip(a, b)) == 1 and all(_near_word(x, y) for x, y in zip(a, b)):
                    out[other] = k  # ``k`` is the more frequent spelling (or the first of equals)
    return out


def build_directory(rows: Iterable[tuple[str, str, str | None, int, str | None]]) -> list[OfficialRecord]:
    """Aggregate (key, name, position, article id, date) rows, oldest first, into records."""
    rows = list(rows)
    variants = merge_variant_keys(Counter(r[0] for r in rows))
    rows = [(variants.get(r[0], r[0]), *r[1:]) for r in rows]
    merged = merge_short_keys(r[0] for r in rows)
    rows = [(merged.get(r[0], r[0]), *r[1:]) for r in rows]
    names: dict[str, Counter[str]] = {}
    spans: dict[str, dict[str, PositionSpan]] = {}
    articles: dict[str, dict[int, None]] = {}
    for key, name, position, article_id, when in rows:
        names.setdefault(key, Counter())[name] += 1
        articles.setdefault(key, {})[article_id] = None
        if position:
            by_pos = spans.setdefault(key, {})
            span = by_pos.setdefault(_position_key(position), PositionSpan(position, when, when))
            span.articles += 1
            if when:
                span.first_seen = min(filter(None, (span.first_seen, when)))
                span.last_seen = max(filter(None, (span.last_seen, when)))
    records = []
    for key, counter in names.items():
        positions = sorted(spans.get(key, {}).values(), key=lambda p: (p.first_seen or "9999", p.position))
        records.append(OfficialRecord(key=key, name=_canonical(counter), variants=sorted(counter),
                                      positions=positions, article_ids=list(articles[key])))
    records.sort(key=lambda r: (-r.article_count, r.name))
    return records


def holders_of(records: Iterable[OfficialRecord], position: str) -> list[tuple[OfficialRecord, PositionSpan]]:
    """Who was seen in a post whose title contains ``position`` (case and dots ignored), by date."""
    wanted = _position_key(position)
    found = [(r, p) for r in records for p in r.positions if wanted in _position_key(p.position)]
    return sorted(found, key=lambda rp: (rp[1].first_seen or "9999", rp[0].name))
