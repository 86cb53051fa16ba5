"""Names of people as releases write them: honorifics before, degrees after, one key per person.

Language knowledge used by extraction (officials), the index (official terms) and the officials
directory alike: the honorific and degree lists of resources/lexicon/honorifics.toml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from arsip_berita.language.lexicon import Lexicon, load_lexicon

_PUNCT = re.compile(r"[^\w\s]")


@lru_cache(maxsize=1)
def degree_pattern() -> re.Pattern[str]:
    """', S.E., M.Si.' after a name; dots optional, longest degree first.

    Degrees are written in the wild with commas (', S.E., M.Si'), with spaces or a full stop
    ('Santosa M.Si', 'Putra, SE. M.Si', 'Wicaksono. M.Si'), glued ('S.STP.M.Si', 'Hadi,M.Si') and
    with a specialist's grade ('Sp.OG (K)'). The first degree needs a comma unless it has a dot
    inside ('M.Si', 'S.Sos'): a capitalised word after a name may be the next word of the name.
    """
    lex = load_lexicon()
    forms = sorted({d.rstrip(".") for d in lex.degree_suffixes}, key=len, reverse=True)
    alts = "|".join(r"\.?\s?".join(re.escape(p) for p in f.split(".")) + r"\.?" for f in forms)
    dotted = sorted({d.rstrip(".") for d in lex.degree_suffixes if "." in d.rstrip(".")}, key=len, reverse=True)
    dotted_alts = "|".join(r"\.\s?".join(re.escape(p) for p in f.split(".")) + r"\.?" for f in dotted)
    generic = r"[A-Z][a-z]{0,4}\.\s?(?:[A-Z][A-Za-z]{0,5}\.\s?)*[A-Z][A-Za-z]{0,5}\."  # 'M.K.M.', 'M.Stat.'
    shaped = r"[A-Z][a-z]?\.(?:[A-Z][a-z]{1,4}|[A-Z]{2,4})\.?"  # 'M.Si', 'S.STP', 'Sp.OG' without a comma
    grade = r"(?:\s?\((?:K|KV|KKV|KGEH|KFM)\))?"  # 'Sp.OG (K)'
    typo = r"S,(?:[A-Z][a-z]{1,4}|[A-Z]{2,4})\.?"  # 'S,Sos.': a comma typed for the dot
    end = r"(?:(?<=\.)|(?![\w]))"  # a degree closed by its dot may be glued to the next one
    not_title = r"(?!(?:Dr|Ir|Drs|Dra|Prof|Hj|H|KH|K\.H|Kgs|Tgk|Ust|Jend|Pdt|Drg|dr|drg)\.)"  # titles go before names
    one = rf"{not_title}(?:{alts}|{generic}|{shaped}|{typo}){grade}{end}"  # ', M.Han' too
    spaced = "|".join(" ".join(re.escape(x) for x in f.split(".")) for f in dotted
                      if len(f.split(".")) == 2 and all(len(x) >= 1 for x in f.split(".")) and len(f.split(".")[1]) >= 2)
    first_bare = rf"{not_title}(?:{dotted_alts}|{shaped}|{spaced}){grade}{end}"  # 'Alfian S Sos'
    more = rf"(?:,\s*|\.?\s+|(?<=\.))(?:{one}|{first_bare})"
    return re.compile(rf"(?:,\s*{one}|[.]?\s(?:{first_bare}))(?:{more})*")



def split_honorifics(name: str, lex: Lexicon | None = None) -> tuple[str, tuple[str, ...]]:
    """'H. Leonard Ampung, S.E.' -> ('Leonard Ampung', ('H.', 'S.E.'))."""
    lex = lex or load_lexicon()
    found: list[str] = []
    head = name.partition(",")[0]
    m = degree_pattern().search(name)
    if m and m.start() <= len(head):
        head = name[:m.start()]
        found = [d.strip() for d in re.split(r"[,\s]+", m.group()) if d.strip(" .,")]
    words = head.split()
    prefixes: list[str] = []
    while len(words) > 1 and (words[0] in lex.honorific_prefixes or f"{words[0]}." in lex.honorific_prefixes):
        prefixes.append(words.pop(0))
    return " ".join(words), tuple(prefixes + found)


def official_key(name: str) -> str:
    """One key per person: no honorifics, degrees, initials or punctuation; lower-case.

    'Leonard S. Ampung', 'Leonard Ampung' and 'H. Leonard Ampung, S.E.' all give 'leonard ampung'.
    """
    bare, _ = split_honorifics(name)
    words = [w for w in _PUNCT.sub(" ", bare).lower().split() if len(w) > 1]
    return " ".join(words)
