"""Words of a text with their offsets, sentence starts, and runs of capitalised words."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from arsip_berita.extraction.spans import WORD

_SENTENCE_END = frozenset('.!?:;"\n–—-(')


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    initial: bool  # first word of a sentence (its capital says nothing)

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def caps(self) -> bool:
        return len(self.text) > 1 and self.text.isupper() and any(ch.isalpha() for ch in self.text)


_MORE_ABBREVS = frozenset({"TP", "Gg", "Ds", "Dsn", "Kp", "Prov", "Kab", "Kec", "Kel"})
# ordinals inside a post: 'Presiden ke-6 RI', 'Presiden keenam RI', 'Wakil Presiden terpilih'
ORDINAL = re.compile(r"^(?:ke-\d+|ke(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|"
                     r"pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh|terpilih)$")


_UNIT_NUMBER = re.compile(r"^\d{2,4}$")  # 'Dandim 1424 Letkol Inf Nama', 'Danrem 102 Panju Panjung'


def is_abbrev(word: str, abbrevs: frozenset[str]) -> bool:
    """A word that takes a full stop without ending the sentence (initials, titles, Prov., TP. PKK)."""
    return (len(word) == 1 and word.isupper()) or f"{word}." in abbrevs or word in _MORE_ABBREVS


def tokenize(text: str, abbrevs: frozenset[str]) -> list[Token]:
    tokens: list[Token] = []
    prev_end, prev_word = 0, ""
    for m in WORD.finditer(text):
        gap = text[prev_end:m.start()].strip()
        initial = not tokens or (bool(gap) and gap[-1] in _SENTENCE_END)
        if initial and gap == "." and is_abbrev(prev_word, abbrevs):
            initial = False
        tokens.append(Token(m.start(), m.end(), m.group(), initial))
        prev_end, prev_word = m.end(), m.group()
    return tokens


def joins(text: str, left: Token, right: Token, abbrevs: frozenset[str]) -> bool:
    """Whether two capitalised tokens belong to one name: a space, or a dot after an initial."""
    gap = text[left.end:right.start]
    if gap == " ":
        return True
    return (gap == ". " or gap == ".") and is_abbrev(left.text, abbrevs)  # 'Dr.Ir.Sarwono', 'Kab.Gowa'


# ' (BPS) ', ' (Pj.) ', ' (Jateng) ': a short form in parentheses inside a longer name
PAREN_SHORT = re.compile(r" \((?:[A-Z][\w.&/-]{0,15})(?: [A-Z][\w.&/-]{0,15}){0,2}\) (?=[A-Z])")


def _skip_paren(text: str, tokens: list[Token], j: int, left: Token) -> int:
    """The index of the token after a parenthesised short form that follows ``left``, or -1."""
    m = PAREN_SHORT.match(text, left.end)
    if not m:
        return -1
    k = j
    while k < len(tokens) and tokens[k].start < m.end():
        k += 1
    return k if k < len(tokens) and tokens[k].start == m.end() else -1


def cap_runs(text: str, tokens: list[Token], abbrevs: frozenset[str],
             connectors: frozenset[str],
             through_paren: Callable[[list[Token]], bool] | None = None) -> list[list[Token]]:
    """Maximal runs of capitalised tokens; lower-case connectors ('dan', 'bin') may sit inside.

    ``through_paren(run)`` says whether a run may go on past a short form in parentheses
    ('Kepala Badan Pusat Statistik (BPS) Provinsi ...'); the short form's tokens are left out of the
    run, its text stays inside the run's span.
    """
    runs: list[list[Token]] = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].cap:
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while j < n:
            if not joins(text, run[-1], tokens[j], abbrevs):
                if through_paren is None or text[run[-1].end:run[-1].end + 2] != " (":
                    break
                k = _skip_paren(text, tokens, j, run[-1])
                if k < 0 or not through_paren(run):
                    break
                j = k
            tok = tokens[j]
            if tok.cap:
                run.append(tok)
            elif (through_paren is not None and (ORDINAL.match(tok.text) or _UNIT_NUMBER.match(tok.text))
                  and j + 1 < n and tokens[j + 1].cap
                  and joins(text, tok, tokens[j + 1], abbrevs) and through_paren(run)):
                run.append(tok)  # 'Presiden ke-6 RI Nama': the ordinal belongs to the post
            elif (tok.text in connectors and j + 1 < n and tokens[j + 1].cap
                  and joins(text, tok, tokens[j + 1], abbrevs)):
                run.append(tok)
            else:
                break
            j += 1
        runs.append(run)
        i = j
    return runs
