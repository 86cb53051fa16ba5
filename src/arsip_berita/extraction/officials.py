"""Officials: honorifics and degrees around names, one key per person, short mentions resolved."""

from __future__ import annotations

from arsip_berita.core.model import Official
from arsip_berita.language.lexicon import Lexicon, load_lexicon
from arsip_berita.language.names import degree_pattern, official_key
from arsip_berita.extraction.spans import BLOCK, Cand, cand



def find_degrees(text: str, lex: Lexicon) -> list[Cand]:
    """Degree lists after a capitalised word: reserved so their letters are never read as names."""
    out = []
    for m in degree_pattern().finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isalpha() or text[m.start()] in ".,"):
            start = m.start()
            while start < m.end() and not text[start].isalnum():
                start += 1  # the span starts at the degree, not at the comma before it
            out.append(cand(text, "BLOCK", start, m.end(), BLOCK, role="degrees"))
    return out


def resolve_short_mentions(persons: list[Cand]) -> None:
    """'Leonard' after 'Leonard S. Ampung': canonical and position from the full mention (in place)."""
    # Full mentions grouped by key (the first two of each, enough to skip the mention itself), and
    # the keys indexed by their words and word openings: no scan of every full mention per mention.
    groups: dict[str, list[tuple[int, Cand]]] = {}
    for k, f in enumerate(persons):
        if len(f.canonical.split()) >= 2 or (f.position and len(f.canonical) >= 6):  # 'Widya' for 'Widyastuti'
            fkey = official_key(f.canonical)
            if fkey and len(groups.setdefault(fkey, [])) < 2:
                groups[fkey].append((k, f))
    # 'Ahmad Fauzan (Gus Fauzan)': later mentions of the alias are the full name's
    aliases = {official_key(p.text): p for p in persons if p.role == "alias" and p.canonical != p.text}
    for p in persons:
        alias = aliases.get(official_key(p.text))
        if alias is not None and alias is not p and p.canonical == p.text:
            p.canonical, p.position, p.role = alias.canonical, p.position or alias.position, "alias"
    by_word: dict[str, list[str]] = {}
    for fkey in groups:
        for w in dict.fromkeys(w for word in fkey.split() for w in (word, word[:4])):
            by_word.setdefault(w, []).append(fkey)
    for p in persons:
        if p.role == "alias":
            continue
        key = official_key(p.canonical)
        if not key:
            continue
        first = key.split()[0]
        best: tuple[int, Cand] | None = None
        for fkey in dict.fromkeys(by_word.get(first, []) + (by_word.get(first[:4], []) if len(first) >= 4 else [])):
            if key != fkey and not _nickname(key, fkey.split()):
                continue
            hit = next(((k, f) for k, f in groups[fkey] if f is not p), None)
            if hit is not None and (best is None or hit[0] < best[0]):
                best = hit
        if best is None and key not in groups:
            best = _misspelt(key, groups, p)
        if best is not None and p.position and (
                (best[1].position and not _same_post(p.position, best[1].position))
                or (not best[1].position and official_key(best[1].canonical).split()[0] != first)):
            best = None  # 'Walikota Alfin' is not 'Ketua TP PKK Sri Kartini Alfin'
        if best is not None:
            f = best[1]
            p.canonical = f.canonical
            p.position = p.position or f.position
            p.role = f.role


_SAME_SOUND = frozenset({frozenset("iy"), frozenset("uo"), frozenset("fv"), frozenset("jy")})


def _abbreviates(short: str, words: list[str]) -> bool:
    """'sekda' abbreviates 'sekretaris daerah', 'wawako' 'wakil walikota': the short word is made of
    openings of the words, in order."""
    def go(i: int, w: int) -> bool:
        if i == len(short):
            return True
        if w >= len(words):
            return False
        word = words[w]
        return any(short[i:i + n] == word[:n] and go(i + n, w + 1) for n in range(len(word), 0, -1)
                   if i + n <= len(short))
    return len(short) >= 3 and go(0, 0)


def _same_post(a: str, b: str) -> bool:
    """Whether two written posts can be one ('Menteri' / 'Menteri Kominfo', 'Wawako' / 'Wakil Walikota')."""
    ta = official_key(a).replace("walikota", "wali kota").split()
    tb = official_key(b).replace("walikota", "wali kota").split()
    if not ta or not tb or ta[0] in tb or tb[0] in ta:
        return True  # the head word is shared ('Menteri' / 'Menteri Kominfo', 'Plt. Kepala' / 'Kepala')
    vocab = load_lexicon().agency_vocab - {"kota", "kabupaten", "provinsi", "daerah", "wali", "ketua", "wakil"}
    if set(ta[1:]) & set(tb[1:]) & vocab:
        return True  # 'Kadis Kesehatan' / 'Kepala Dinas Kesehatan'
    return any(_abbreviates(x[0], y) or _abbreviates(x[0], y[:3]) for x, y in ((ta, tb), (tb, ta)))


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one slip of the kind news writers make in a name: two
    neighbours swapped ('Jalean'/'Jaelan'), a letter of the same sound ('Rahmawaty'/'Rahmawati'), a
    doubled letter or an 'h' after a consonant ('Ramadan'/'Ramadhan'). Other one-letter differences
    are often two people ('Amrizal'/'Afrizal', 'Hendri'/'Hendrin')."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return frozenset((a[diff[0]], b[diff[0]])) in _SAME_SOUND
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    if short[k:] != long_[k + 1:]:
        return False
    extra = long_[k]
    return k > 0 and (long_[k - 1] == extra or (extra == "h" and long_[k - 1] not in "aeiou"))


def _misspelt(key: str, groups: dict[str, list[tuple[int, Cand]]], p: Cand) -> tuple[int, Cand] | None:
    """The full name a mention misspells ('Jalean' for Jaelan Sulat, 'Rina Rahmawaty' for Rina Rahmawati):
    every word equal to a word of the full name or one edit from it (words of five letters or more),
    exactly one full name so close, and the same first letters."""
    words = key.split()
    hits = []
    for fkey, members in groups.items():
        full = fkey.split()
        if len(words) == 1:
            ok = any(w[:1] == words[0][:1] and len(words[0]) >= 5 and _one_edit(words[0], w) for w in full)
        else:
            ok = len(full) == len(words) and sum(a != b for a, b in zip(words, full)) == 1 and all(
                a == b or (len(a) >= 5 and a[:1] == b[:1] and _one_edit(a, b)) for a, b in zip(words, full))
        if ok:
            hit = next(((k, f) for k, f in members if f is not p), None)
            if hit is not None:
                hits.append(hit)
    return hits[0] if len(hits) == 1 else None


def _nickname(key: str, full: list[str]) -> bool:
    """'Ridwan' in 'Teuku Ridwan Syahputra', 'Lalu Mujib' for 'Lalu Mujiburrahman': every word is a
    word of the full name, or its first four or more letters, in order."""
    at = 0
    for word in key.split():
        hit = next((k for k in range(at, len(full))
                    if full[k] == word or (len(word) >= 4 and full[k].startswith(word))), None)
        if hit is None:
            return False
        at = hit + 1
    return True


def build_officials(persons: list[Cand]) -> tuple[Official, ...]:
    """Distinct persons in order of first mention, with every surface form seen."""
    groups: dict[str, list[Cand]] = {}
    for p in persons:
        groups.setdefault(official_key(p.canonical) or p.canonical, []).append(p)
    out = []
    for mentions in groups.values():
        name = max((m.canonical for m in mentions), key=len)
        position = next((m.position for m in mentions if m.position), None)
        variants = tuple(dict.fromkeys(m.text for m in mentions))
        honorifics = tuple(dict.fromkeys(h for m in mentions for h in m.honorifics))
        out.append(Official(name=name, position=position, variants=variants, honorifics=honorifics))
    return tuple(out)
