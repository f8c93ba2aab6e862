"""The entity data files of one language, loaded once into lookup tables.

Everything here comes from ``dateline/lang/<code>/`` and ``lang/xx/`` (see the comments at
the top of each file); this module only indexes it.  Phrases are keyed by their token
tuple so the matcher can look them up token by token.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ....lang import load_list, load_table


@dataclass(frozen=True)
class Entry:
    """What a listed phrase is."""

    label: str  # PER | ORG | LOC | MISC
    kind: str  # media | platform | organisation | group | role | demonym | ...
    norm: str  # canonical name
    country: str | None = None
    cue: bool = False  # only counts after a preposition ("op X")


@dataclass
class Lexicon:
    lang: str
    names: dict[tuple[str, ...], Entry] = field(default_factory=dict)  # case-sensitive
    roles: dict[tuple[str, ...], Entry] = field(default_factory=dict)  # lower-case
    demonyms: dict[str, Entry] = field(default_factory=dict)  # exact form -> entry
    titles: set[tuple[str, ...]] = field(default_factory=set)  # lower-case
    particles: set[str] = field(default_factory=set)
    org_words: set[str] = field(default_factory=set)
    media_heads: set[str] = field(default_factory=set)  # "Chronicle", "Courant": a paper's last word
    place_cues: dict[str, str] = field(default_factory=dict)  # cue -> precision
    apposition_nouns: frozenset = frozenset()  # nouns an apposition calls a person by ("pollster")
    place_heads: dict[str, str] = field(default_factory=dict)  # "Street" -> street (case-sensitive)
    media_nouns: set[str] = field(default_factory=set)
    stopwords: set[str] = field(default_factory=set)
    function_words: set[str] = field(default_factory=set)  # "according", "nowadays" (lower case)
    thing_heads: set[str] = field(default_factory=set)  # "Index", "Cup": end a MISC name (case-sensitive)
    noun_endings: tuple[str, ...] = ()  # "ung", "spieler": end common nouns, not names (de)
    calendar: set[str] = field(default_factory=set)  # month and weekday names (lower case)
    compass: set[str] = field(default_factory=set)  # "South" (Florida)
    not_org_acronyms: set[str] = field(default_factory=set)
    locative: set[str] = field(default_factory=set)  # "in", "bij", "near"
    common_words: set[str] = field(default_factory=set)  # lower case, almost never in names
    determiners: set[str] = field(default_factory=set)  # "de", "het": never before a person
    given_names: frozenset[str] = frozenset()  # "Jakob", "Wouter": open a person's full name
    max_len: int = 1
    # first tokens of listed phrases: most tokens fail this cheap test
    name_firsts: set[str] = field(default_factory=set)
    role_firsts: set[str] = field(default_factory=set)
    title_firsts: set[str] = field(default_factory=set)


def tokens_of(phrase: str) -> tuple[str, ...]:
    """Split a listed phrase the way the spaCy tokenizer splits running text (roughly)."""
    from .tokenize import split_phrase

    return split_phrase(phrase)


def _add(table: dict, phrase: str, entry: Entry) -> None:
    key = tokens_of(phrase)
    if key and key not in table:
        table[key] = entry


def _demonym_forms(lang: str, form: str) -> list[str]:
    """Inflected forms of a listed demonym adjective (the file lists one form)."""
    if lang == "nl":
        if form.endswith("ese"):
            return [form, form[:-3] + "ees"]
        return [form, form[:-1]] if form.endswith("e") else [form]
    if lang == "de":
        return [form] + [form + e for e in ("e", "en", "er", "es", "em")]
    if lang == "fr":
        if form.endswith("e"):
            return [form, form + "s"]
        if form.endswith("ien"):
            return [form, form + "ne", form + "s", form + "nes"]
        if form.endswith("s"):
            return [form, form + "e", form + "es"]
        if form.endswith("c"):  # turc -> turque
            return [form, form + "s", form[:-1] + "que", form[:-1] + "ques"]
        return [form, form + "e", form + "s", form + "es"]
    return [form]


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    from .tokenize import building

    with building(lang):
        return _build(lang)


def _build(lang: str) -> Lexicon:
    lex = Lexicon(lang)
    for row in load_table(lang, "media.tsv", with_shared=True):
        name, country = row[0], (row[1] if len(row) > 1 and row[1] else None)
        cue = len(row) > 3 and row[3] == "cue"
        entry = Entry("ORG", "media", name, country, cue)
        for alias in [name] + (row[2].split("|") if len(row) > 2 and row[2] else []):
            _add(lex.names, alias, entry)
    for row in load_table(lang, "platforms.tsv", with_shared=True):
        entry = Entry("ORG", "platform", row[0], None, len(row) > 2 and row[2] == "cue")
        for alias in [row[0]] + (row[1].split("|") if len(row) > 1 and row[1] else []):
            _add(lex.names, alias, entry)
    for row in load_table(lang, "organisations.tsv", with_shared=True):
        country = row[2] if len(row) > 2 and row[2] else None
        entry = Entry("ORG", row[1] if len(row) > 1 else "organisation", row[0], country)
        for alias in [row[0]] + (row[3].split("|") if len(row) > 3 and row[3] else []):
            _add(lex.names, alias, entry)
    for row in load_table(lang, "actor_roles.tsv"):
        kind = row[1] if len(row) > 1 else "role"
        _add(lex.roles, row[0].lower(), Entry("PER" if kind == "role" else "ORG", kind, row[0].lower()))
    plurals: list[tuple[str, Entry]] = []
    for row in load_table(lang, "demonyms.tsv"):
        country = row[1] if len(row) > 1 and row[1] else None
        pos = row[2] if len(row) > 2 else "adj"
        forms = _demonym_forms(lang, row[0]) if pos == "adj" else [row[0]]
        if lang == "en" and pos == "adj" and row[0].endswith(("an", "i")):
            # the plural noun: "Venezuelans", "South Africans", "Saudis" (listed nouns first)
            plurals.append((row[0] + "s", Entry("MISC", "demonym-noun", row[0], country)))
        for form in forms:
            lex.demonyms.setdefault(form, Entry("MISC", f"demonym-{pos}", row[0], country))
            if lang == "fr" and pos == "adj":  # "les Afghans": the noun is capitalised
                lex.demonyms.setdefault(form[:1].upper() + form[1:],
                                        Entry("MISC", "demonym-noun", row[0], country))
            if lang == "de" and pos == "adj":  # "Afghanische Beamte" opening a sentence
                lex.demonyms.setdefault(form[:1].upper() + form[1:],
                                        Entry("MISC", "demonym-adj", row[0], country))
    for form, entry in plurals:
        lex.demonyms.setdefault(form, entry)
    titles = [t.lower() for t in load_list(lang, "titles.txt")]
    # both as the tokenizer splits them and as written ("Mr." is one token, "mr." two)
    lex.titles = {tokens_of(t) for t in titles} | {tuple(t.split()) for t in titles}
    lex.particles = {p.lower() for p in load_list(lang, "particles.txt", with_shared=True)}
    lex.org_words = {w.lower() for w in load_list(lang, "org_suffixes.txt")}
    lex.media_heads = {w.lower() for w in load_list(lang, "media_heads.txt")}
    lex.place_cues = {r[0].lower(): r[1] for r in load_table(lang, "place_cues.tsv") if len(r) > 1}
    if lang == "en":
        lex.apposition_nouns = frozenset(w.lower() for w in load_list(lang, "apposition_nouns.txt"))
    lex.place_heads = {r[0]: r[1] for r in load_table(lang, "place_heads.tsv") if len(r) > 1}
    lex.media_nouns = {w.lower() for w in load_list(lang, "media_nouns.txt")}
    lex.stopwords = {w.lower() for w in load_list(lang, "stopwords.txt")}
    lex.function_words = {w.lower() for w in load_list(lang, "function_words.txt")}
    lex.thing_heads = set(load_list(lang, "thing_heads.txt"))
    lex.noun_endings = tuple(sorted({w.lower() for w in load_list(lang, "noun_endings.txt")}, key=len, reverse=True))
    lex.compass = set(load_list(lang, "compass_words.txt", with_shared=True))
    lex.locative = {w.lower() for w in load_list(lang, "locative_preps.txt")}
    particle_words = {w for p in lex.particles for w in p.split()}  # "De Coster" keeps "De"
    lex.common_words = set(load_list(lang, "common_words.txt")) - particle_words
    lex.determiners = set(load_list(lang, "determiners.txt"))
    lex.not_org_acronyms = set(load_list(lang, "acronyms_not_org.txt", with_shared=True))
    lex.calendar = {r[0].lower() for r in load_table(lang, "months.txt")}
    lex.calendar |= {w.lower() for w in load_list(lang, "dates_weekdays.txt")}
    lex.given_names = frozenset(row[0] for row in load_table("xx", "given_names.txt"))
    lex.name_firsts = {k[0] for k in lex.names}
    lex.role_firsts = {k[0] for k in lex.roles}
    lex.title_firsts = {k[0] for k in lex.titles}
    lex.max_len = max([len(k) for k in list(lex.names) + list(lex.roles)] + [1])
    return lex
