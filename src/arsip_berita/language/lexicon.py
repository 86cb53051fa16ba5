"""The language data under resources/lexicon, loaded once into plain lookup structures."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from arsip_berita.core.resources import load_toml


def _rules(name: str) -> dict[str, dict[str, Any]]:
    return {rule["name"]: rule for rule in load_toml("lexicon", f"{name}.toml").get("rule", [])}


class WordsAndPrefixes(frozenset):  # type: ignore[type-arg]
    """A word list that also holds every capitalised word opening with one of its prefixes
    ("Rakor", "Bimtek": Rakornas, Rakortek, Bimteknya...), so ``in`` answers for a word family."""

    def __new__(cls, words: Any, prefixes: tuple[str, ...] = ()) -> "WordsAndPrefixes":
        obj = super().__new__(cls, words)
        obj.prefixes = tuple(sorted(prefixes, key=len, reverse=True))
        return obj

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        return isinstance(word, str) and word[:1].isupper() and word.startswith(self.prefixes)

    def __reduce__(self) -> tuple[Any, ...]:
        return (WordsAndPrefixes, (frozenset(self), self.prefixes))


@dataclass(frozen=True)
class Lexicon:
    """Read-only word lists and tables; built once per process by ``load_lexicon``."""

    position_heads: frozenset[str]
    territorial_heads: frozenset[str]  # heads followed by the region they govern ('Camat Baamang')
    person_prefixes: frozenset[str]
    honorific_prefixes: frozenset[str]
    degree_suffixes: frozenset[str]
    agencies: dict[str, str]          # short form or full name -> canonical full name ('' if none)
    org_heads: frozenset[str]
    not_orgs: frozenset[str]
    agency_vocab: frozenset[str]      # lower-case words seen in agency names and positions
    province_aliases: dict[str, str]
    regency_aliases: dict[str, str]
    world: frozenset[str]
    venue_heads: frozenset[str]
    place_guards: frozenset[str]
    scales: dict[str, Decimal]
    number_units: dict[str, int]
    number_multipliers: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]             # unit words (lower, except acronyms) -> code
    currency_prefixes: dict[str, str]
    months: dict[str, int]
    days: frozenset[str]
    quarters: dict[str, int]
    indicators: tuple[str, ...]
    change_up: tuple[str, ...]
    change_down: tuple[str, ...]
    comparison_cues: tuple[str, ...]
    rank_cues: tuple[str, ...]
    qualifiers: tuple[str, ...]
    hedges: frozenset[str]  # qualifiers that change what a figure says ("sekitar"), shown with it
    source_cues: tuple[str, ...]
    not_stat_before: frozenset[str]
    function_words: frozenset[str]
    not_entities: frozenset[str]
    speech_verbs: frozenset[str]
    speech_opening: frozenset[str]
    person_before: frozenset[str]     # context cues (cues.toml)
    person_after: frozenset[str]
    place_before: frozenset[str]
    thing_before: frozenset[str]
    lone_thing_before: frozenset[str]  # before a lone unknown word only: 'seperti X', 'pemerintahan X'
    thing_after: frozenset[str]       # 'X ini', 'X tersebut': a thing
    name_followers: frozenset[str]    # adverbs and verbs that let a sentence-opening word be a name
    org_before: frozenset[str]
    place_first: frozenset[str]
    place_last: frozenset[str]
    org_last: frozenset[str]
    indicator_heads: frozenset[str]   # measure nouns opening an indicator phrase (indicators.toml)
    indicator_heads_need_object: frozenset[str]
    indicator_stops: frozenset[str]
    generic_count_units: frozenset[str]  # '145.630 jiwa': the unit says nothing of what is counted
    relative_periods: tuple[str, ...]  # 'tahun lalu': a baseline period named relative to the text
    given_names: frozenset[str]       # names.toml: positive evidence for a lone capitalised word
    surname_words: frozenset[str] = frozenset()  # names.toml: common words that are names beside a name
    position_links_after: frozenset[str] = frozenset()   # 'Nama selaku Jabatan' (cues.toml)
    position_links_before: frozenset[str] = frozenset()  # 'Jabatan diisi oleh Nama'
    post_nouns: frozenset[str] = frozenset()  # 'Ketua panitia, Nama': lower-case nouns completing a post
    not_person_heads: frozenset[str] = frozenset()  # 'Gua', 'Sungai', 'Jalan': a run so opened is no person
    english_words: frozenset[str] = frozenset()  # lower-case common English words (words.toml)
    directions: frozenset[str] = frozenset()  # 'Timur', 'Barat': a run ending so is a region


def _units() -> tuple[dict[str, str], dict[str, str]]:
    units: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    for rule in _rules("units").values():
        codes = rule.get("codes", {})
        for word in rule.get("words", []):
            units[word] = codes.get(word, rule["unit"])
        for prefix in rule.get("prefixes", []):
            prefixes[prefix] = rule["unit"]
    return units, prefixes


def _agencies() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    rules = _rules("agencies")
    table: dict[str, str] = {}
    vocab: set[str] = set()
    for name in ("national_agencies", "ministries", "regional_agencies", "parties", "media", "international",
                 "regional_offices"):
        for short, full in rules[name]["entries"]:
            table[short] = full
            if full:
                table[full] = full
                vocab.update(w.strip(",").lower() for w in full.split())
    return table, frozenset(rules["organisation_heads"]["heads"]), frozenset(vocab)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Parse every lexicon file once per process."""
    pos, hon, pla = _rules("positions"), _rules("honorifics"), _rules("places")
    num, dat, ind, wor = _rules("numbers"), _rules("dates"), _rules("indicators"), _rules("words")
    cue = _rules("cues")
    agencies, org_heads, vocab = _agencies()
    heads = frozenset(h for r in pos.values() for h in r.get("heads", []))
    vocab = vocab | {w.lower().rstrip(".") for h in heads for w in h.split()}
    units, prefixes = _units()
    return Lexicon(
        position_heads=heads,
        territorial_heads=frozenset(h for name in ("regional_heads", "local_heads", "unit_heads")
                                    for h in pos.get(name, {}).get("heads", [])),
        person_prefixes=frozenset(pos["person_prefixes"]["prefixes"]),
        honorific_prefixes=frozenset(hon["prefix_honorifics"]["prefixes"]),
        degree_suffixes=frozenset(hon["suffix_degrees"]["suffixes"]),
        agencies=agencies, org_heads=org_heads,
        not_orgs=frozenset(_rules("agencies")["not_organisations"]["words"]),
        agency_vocab=vocab - {"indonesia", "republik", "dan"},
        province_aliases=dict(pla["province_aliases"]["aliases"]),
        regency_aliases=dict(pla["regency_aliases"]["aliases"]),
        world=frozenset(pla["world"]["countries"]),
        venue_heads=frozenset(pla["venue_heads"]["heads"]),
        place_guards=frozenset(pla["common_word_guards"]["words"]),
        scales={k: Decimal(v) for k, v in num["scales"]["scales"].items()},
        number_units=dict(num["words"]["units"]),
        number_multipliers=dict(num["words"]["multipliers"]),
        ordinals=dict(num["ordinals"]["words"]),
        units=units, currency_prefixes=prefixes,
        months=dict(dat["months"]["months"]),
        days=frozenset(dat["days"]["days"]),
        quarters=dict(dat["periods"]["quarters"]),
        indicators=tuple(sorted(ind["indicators"]["cues"], key=len, reverse=True)),
        change_up=tuple(sorted(ind["change"]["up"], key=len, reverse=True)),
        change_down=tuple(sorted(ind["change"]["down"], key=len, reverse=True)),
        comparison_cues=tuple(ind["comparison"]["cues"]),
        rank_cues=tuple(ind["rank"]["cues"]),
        qualifiers=tuple(sorted(ind["qualifiers"]["words"], key=len, reverse=True)),
        hedges=frozenset(ind["qualifiers"].get("hedges", ())),
        source_cues=tuple(sorted(ind["sources"]["cues"], key=len, reverse=True)),
        not_stat_before=frozenset(ind["not_statistics"]["before"]),
        function_words=frozenset(wor["function_words"]["words"]),
        not_entities=WordsAndPrefixes(wor["not_entities"]["words"], tuple(wor["event_words"]["prefixes"])),
        speech_verbs=frozenset(wor["speech_verbs"]["words"]),
        speech_opening=frozenset(wor["speech_verbs"]["opening"]),
        person_before=frozenset(cue["person_before"]["words"]),
        person_after=frozenset(cue["person_after"]["words"]),
        place_before=frozenset(cue["place_before"]["words"]),
        thing_before=frozenset(cue["thing_before"]["words"]),
        lone_thing_before=frozenset(cue["lone_thing_before"]["words"]),
        thing_after=frozenset(cue["thing_after"]["words"]),
        name_followers=frozenset(cue["name_followers"]["words"]),
        org_before=frozenset(cue["organisation_before"]["words"]),
        place_first=frozenset(cue["place_words"]["first"]),
        place_last=frozenset(cue["place_words"]["last"]),
        org_last=frozenset(cue["organisation_words"]["last"]),
        indicator_heads=frozenset(ind["indicator_heads"]["heads"]),
        indicator_heads_need_object=frozenset(ind["indicator_heads"]["need_object"]),
        indicator_stops=frozenset(ind["indicator_heads"]["stops"]),
        generic_count_units=frozenset(ind["count_nouns"]["generic"]),
        relative_periods=tuple(sorted(ind["change"]["relative_periods"], key=len, reverse=True)),
        given_names=frozenset(w for r in _rules("names").values() for w in r.get("words", [])),
        surname_words=frozenset(w for r in _rules("names").values() for w in r.get("surname_words", [])),
        position_links_after=frozenset(cue["position_links"]["after"]),
        position_links_before=frozenset(cue["position_links"]["before"]),
        post_nouns=frozenset(cue["position_links"].get("post_nouns", [])),
        not_person_heads=frozenset(cue["not_person_heads"]["heads"]),
        english_words=frozenset(w.lower() for w in wor["english_words"]["words"]),
        directions=frozenset(cue["place_words"]["directions"]),
    )
