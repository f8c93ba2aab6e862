"""The HTML metadata cascade: JSON-LD, then meta tags, then ``<time>``, then htmldate, then URL.

Each source fills only what is still empty, so the most explicit statement on the page wins
(a NewsArticle's ``datePublished`` over an ``og:`` tag over a bare ``<time>``).  Every date keeps
the source it came from.  All readers work on one lxml tree parsed once by the HTML path.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field

from ..types import Dated
from .date_choice import DateCandidate
from .dates import find_dates
from .html_authors import element_author_names, jsonld_author_names, meta_author_names, sort_names

# Meta tag keys (property / name / itemprop, lower-cased) -> field, in order of trust.
_META_KEYS = {
    "title": ["og:title", "twitter:title", "parsely-title", "dc.title", "dcterms.title", "sailthru.title",
              "headline"],
    "published": ["article:published_time", "og:article:published_time", "article.published",
                  "parsely-pub-date", "datepublished", "dc.date.issued", "dcterms.issued", "dcterms.created",
                  "dc.date.created", "dc.date", "dcterms.date", "pubdate", "publishdate", "publish-date",
                  "publication_date", "sailthru.date", "date", "article:published", "og:published_time"],
    "modified": ["article:modified_time", "og:updated_time", "article.updated", "datemodified",
                 "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "article:modified"],
    "section": ["article:section", "parsely-section", "section", "cxenseparse:section", "dc.subject",
                "articlesection"],
    "author": ["author", "article:author", "parsely-author", "dc.creator", "dcterms.creator",
               "sailthru.author", "byl", "twitter:creator"],
    "site": ["og:site_name", "application-name", "publisher"],
}
_META_SOURCE = "opengraph"
_PRODUCT = re.compile(r'"@type"\s*:\s*\[?\s*"Product"')
_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|NewsArticle|Report|LiveBlog|WebPage", re.I)


@dataclass
class PageMeta:
    title: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    published: Dated | None = None
    modified: Dated | None = None
    site_name: str | None = None
    canonical_url: str | None = None  # <link rel=canonical> / og:url, for pages read without a URL
    agency: str | None = None
    declared_type: str | None = None  # og:type / the first JSON-LD @type: "article", "website", "Product"
    dateline_place: str | None = None
    sources: dict[str, str] = field(default_factory=dict)  # field -> source that filled it
    # Every date the page states, each with its role and source: the published date is chosen
    # by comparing them (date_choice.py), not by taking the first source that answers.
    date_candidates: list[DateCandidate] = field(default_factory=list)
    # (source, raw names) in order of trust; settle_authors keeps the first that names a person.
    author_candidates: list[tuple[str, list[str]]] = field(default_factory=list)

    def candidate(self, role: str, dated: Dated | None, source: str, weight: str = "markup") -> None:
        if dated is not None:
            self.date_candidates.append(DateCandidate(role, dated, source, weight))

    def fill(self, name: str, value, source: str) -> None:
        """Set a field only when it is still empty (the cascade's one rule)."""
        if value in (None, "", []) or getattr(self, name) not in (None, "", []):
            return
        setattr(self, name, value)
        self.sources[name] = source


def to_dated(raw, source: str) -> Dated | None:
    """A machine-readable date string from markup -> Dated, normalised through find_dates."""
    if not isinstance(raw, str) or not raw.strip():
        return None
    raw = raw.strip()[:80]
    found = find_dates(raw)
    if not found:
        m = re.match(r"^((?:19|20)\d\d)(\d\d)(\d\d)", raw)  # "20190303" / "20190303T0912"
        if not m:
            return None
        return Dated(f"{m.group(1)}-{m.group(2)}-{m.group(3)}", raw, source, False)
    f = found[0]
    return Dated(f.value, raw, source, f.timezone_known)


def _clean(s) -> str | None:
    if not isinstance(s, str):
        return None
    if "&" in s:  # doubly escaped entities in meta content ("Don&apos;t", "&#39;")
        s = html.unescape(s)
    s = re.sub(r"\s+", " ", s).strip()
    return s or None


def _walk_jsonld(node, out: list[dict], by_id: dict[str, dict] | None = None) -> None:
    if isinstance(node, list):
        for n in node:
            _walk_jsonld(n, out, by_id)
    elif isinstance(node, dict):
        if by_id is not None and isinstance(node.get("@id"), str):
            by_id.setdefault(node["@id"], node)
        if "@graph" in node:
            _walk_jsonld(node["@graph"], out, by_id)
        types = node.get("@type")
        types = " ".join(types) if isinstance(types, list) else str(types or "")
        if _ARTICLE_TYPES.search(types):
            out.append(node)


def read_jsonld(tree, meta: PageMeta) -> None:
    objects: list[dict] = []
    by_id: dict[str, dict] = {}  # Person nodes an article's author points at by "@id"
    product = False  # a shop page's Product; a review article with one stays an article
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            _walk_jsonld(json.loads(script.text.strip().rstrip(";")), objects, by_id)
            product = product or bool(_PRODUCT.search(script.text))
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the other sources still speak
    # Articles before generic WebPage objects.
    objects.sort(key=lambda o: "WebPage" in str(o.get("@type")))
    if objects:
        meta.fill("declared_type", str(objects[0].get("@type")), "json-ld")
    elif product:
        meta.fill("declared_type", "Product", "json-ld")
    for obj in objects:
        weight = "page" if "WebPage" in str(obj.get("@type")) else "markup"
        meta.candidate("published", to_dated(obj.get("datePublished") or obj.get("dateCreated"), "json-ld"),
                       "json-ld", weight)
        meta.candidate("modified", to_dated(obj.get("dateModified"), "json-ld"), "json-ld", weight)
        meta.fill("title", _clean(obj.get("headline") or (obj.get("name") if "WebPage" not in str(obj.get("@type")) else None)), "json-ld")
        meta.fill("published", to_dated(obj.get("datePublished") or obj.get("dateCreated"), "json-ld"), "json-ld")
        meta.fill("modified", to_dated(obj.get("dateModified"), "json-ld"), "json-ld")
        names = jsonld_author_names(obj.get("author") or obj.get("creator"), by_id)
        if names:
            meta.author_candidates.append(("json-ld", names))
        section = obj.get("articleSection")
        meta.fill("section", _clean(section[0] if isinstance(section, list) and section else section), "json-ld")
        pub = obj.get("publisher")
        meta.fill("site_name", _clean(pub.get("name") if isinstance(pub, dict) else pub), "json-ld")


def read_canonical_url(tree, meta: PageMeta) -> None:
    """The page's own address as it states it: a saved page still knows where it came from."""
    for el in tree.iter("link"):
        if (el.get("rel") or "").strip().lower() == "canonical":
            meta.fill("canonical_url", _absolute_http(el.get("href")), "canonical")
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or "").strip().lower() == "og:url":
            meta.fill("canonical_url", _absolute_http(el.get("content")), _META_SOURCE)


def _absolute_http(href: str | None) -> str | None:
    href = (href or "").strip()
    return href if re.match(r"https?://[^/\s]+\.[^/\s]+", href) else None


def read_meta_tags(tree, meta: PageMeta) -> None:
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        content = el.get("content")
        if key and content and key.lower() not in found:
            found[key.strip().lower()] = content
    meta.fill("declared_type", found.get("og:type"), _META_SOURCE)
    names = meta_author_names(found)
    if names:
        meta.author_candidates.append((_META_SOURCE, names))
    for name, keys in _META_KEYS.items():
        for key in keys:
            if key not in found:
                continue
            value = found[key]
            if name in ("published", "modified"):
                dated = to_dated(value, _META_SOURCE)
                meta.candidate(name, dated, f"{_META_SOURCE}:{key}")
                meta.fill(name, dated, _META_SOURCE)
            elif name == "author":
                continue  # read below, with the other author meta keys
            elif name == "site":
                meta.fill("site_name", _clean(value), _META_SOURCE)
            else:
                meta.fill(name, _clean(value), _META_SOURCE)


def read_time_tags(tree, meta: PageMeta) -> None:
    """``<time datetime>``: marked as modified by itemprop/class, otherwise published.

    A page has many time tags (related stories, comments); the article's own are preferred:
    those marked ``pubdate`` / ``itemprop=datePublished`` or standing inside ``<article>``.
    """
    candidates = []
    for el in tree.iter("time"):
        raw = el.get("datetime") or el.get("content")
        dated = to_dated(raw, "time-tag") if raw else None
        if dated is None:
            continue
        parent = el.getparent()
        hint = " ".join(filter(None, [el.get("itemprop"), el.get("class"),
                                      parent.get("class") if parent is not None else None])).lower()
        marked = el.get("pubdate") is not None or "datepublished" in hint or "publish" in hint
        in_article = any(a.tag == "article" for a in el.iterancestors())
        candidates.append((not marked, not in_article, len(candidates), dated, hint))
        if len(candidates) >= 30:
            break
    for unmarked, outside, _, dated, hint in candidates:
        role = "modified" if "modif" in hint or "updat" in hint else "published"
        # Only the article's own <time> speaks for it; the rest are teasers, comments, sidebars.
        meta.candidate(role, dated, "time-tag", "page" if unmarked and outside else "markup")
    for *_, dated, hint in sorted(candidates, key=lambda c: c[:3]):
        if "modif" in hint or "updat" in hint:
            meta.fill("modified", dated, "time-tag")
        else:
            meta.fill("published", dated, "time-tag")
        if meta.published and meta.modified:
            break


def _content_words(text: str) -> set[str]:
    return set(re.findall(r"\w{4,}", text.lower()))


def _headline_h1(tree, site: str | None, meta_title: str | None,
                 site_parts: frozenset[str] = frozenset()) -> str | None:
    """The page's visible headline: the ``<h1>`` the page's metadata title agrees with.

    A page has promo boxes and related-article teasers in ``<h1>`` too, sometimes inside
    ``<article>``; so when the page states a title (og/JSON-LD/``<title>``), the h1 sharing the
    most of its words with it is the headline (inside ``<article>`` one shared word will do,
    since titles are rewritten for search engines; outside, half the h1's words).  Without a
    stated title, the first h1 inside ``<article>``, else the first one.  An h1 must read like
    a headline (three words or more, not the site's name or logo).
    """
    h1s = [el for el in tree.iter("h1")][:10]
    in_article = [el for el in h1s if any(a.tag == "article" for a in el.iterancestors())]
    title_words = _content_words(meta_title or "")
    best, best_share = None, 0.0
    for el in in_article + [el for el in h1s if el not in in_article]:
        text = _clean(el.text_content())
        if not text or len(text.split()) < 3 or len(text) > 300 or re.search(r"\blogo\b", text, re.I):
            continue
        if site and text.lower() == site.lower() or text.lower() in site_parts:
            continue
        if not title_words:
            return text
        words = _content_words(text)
        share = len(words & title_words) / max(1, len(words))
        if el in in_article and share > 0:
            share = max(share, 0.5)
        if share > best_share:
            best, best_share = text, share
    return best if best_share >= 0.5 else None


def read_title_tag(tree, meta: PageMeta) -> str | None:
    """The headline: the visible ``<h1>`` when there is one (metadata titles are often rewritten
    for search engines), else the metadata title or ``<title>`` with the site name cut off."""
    title_el = next(tree.iter("title"), None)
    page_title = _clean(title_el.text_content()) if title_el is not None else None
    # "Blog Name » Archive » Post title": the parts beside the longest are the site's, and a
    # blog's h1 is often its name
    parts = (_SUFFIX if "«" in (page_title or "") else _BREADCRUMB).split(page_title or "")
    longest = max(parts, key=len)
    site_parts = frozenset(p.lower() for p in parts if p is not longest)
    h1 = _headline_h1(tree, meta.site_name, meta.title or page_title, site_parts)
    if h1:
        return h1
    if not meta.title and len(parts) > 2 and not meta.site_name:
        return longest
    return tidy_title(meta.title or page_title, None, meta.site_name)


_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")
# "Blog » Archive » Title" separators; not in French titles, where « » quote words
_BREADCRUMB = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")


def tidy_title(title: str | None, h1: str | None, site: str | None) -> str | None:
    """Drop the site name glued to a title ("Headline | Site"); prefer the h1 when it is the headline."""
    if not title:
        return h1
    if h1 and len(h1) >= 0.5 * len(title) and h1.lower() in title.lower():
        return h1
    parts = _SUFFIX.split(title)
    if len(parts) > 1:
        last, first = parts[-1], parts[0]
        if (site and last.lower() in site.lower()) or (len(last) <= 30 and len(last) < len(" ".join(parts[:-1]))):
            return " - ".join(parts[:-1]) if len(parts) > 2 else first
        if site and first.lower() in site.lower():
            return " - ".join(parts[1:])
    return title


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]?([01]\d)[/-]?([0-3]\d)(?:/|[^\d])")


def date_from_url(url: str | None) -> Dated | None:
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    y, mo, d = m.groups()
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return Dated(f"{y}-{mo}-{d}", m.group(0).strip("/"), "url", False)


@dataclass
class HtmldateSlot:
    """Where htmldate's answers go when it runs after the text layer (the HTML path defers it
    until it knows whether htmldate can change the published day): the state of the cascade
    right after the markup sources, so its answers are weighed exactly as if it had run then."""

    position: int  # its candidate goes after the markup candidates, before the text's
    markup_dated: bool  # a markup source dates the page: htmldate's cheap markup search is enough
    published: Dated | None  # the published date the markup sources filled
    modified_filled: bool  # a markup source gave the modified date

    @classmethod
    def after_markup(cls, meta: PageMeta) -> "HtmldateSlot":
        return cls(len(meta.date_candidates),
                   any(c.role == "published" and c.weight == "markup" for c in meta.date_candidates),
                   meta.published, meta.modified is not None)


def read_htmldate(tree, meta: PageMeta, url: str | None, max_date: str | None = None,
                  slot: HtmldateSlot | None = None) -> None:
    """htmldate's original date as one candidate among the others (its extensive search reads
    visible dates markup does not give); its updated date only for an empty ``modified``.
    ``tree`` is an lxml tree (htmldate reads nothing else)."""
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover
        return
    slot = slot or HtmldateSlot.after_markup(meta)
    # The extensive search (visible dates, copyright lines) is ~4x the cost; with a markup date
    # htmldate's markup reading is enough to compare against (measured: same accuracy).
    for name, original in (("published", True), ("modified", False)):
        if name == "modified" and slot.modified_filled:
            continue
        try:
            value = find_date(tree, original_date=original, extensive_search=original and not slot.markup_dated,
                              url=url, outputformat="%Y-%m-%d", max_date=max_date)
        except Exception:  # htmldate on hostile markup must never sink the page
            value = None
        if not value:
            continue
        dated = Dated(value, value, "htmldate", False)
        if value.endswith("-01-01") and _copyright_year(tree, value[:4]):
            continue  # htmldate's last resort is the copyright line's year, read as 1 January
        if name == "published":
            meta.date_candidates.insert(slot.position, DateCandidate("published", dated, "htmldate"))
        elif not (slot.published and slot.published.value[:10] == value):
            if meta.modified is None or meta.sources.get("modified") == "text":  # htmldate comes before the text
                meta.modified, meta.sources["modified"] = dated, "htmldate"


def _copyright_year(tree, year: str) -> bool:
    text = " ".join(tree.itertext())
    return re.search(rf"(?:©|\(c\)|copyright)\D{{0,60}}{year}", text, re.I) is not None


def _days(value: str) -> int:
    from datetime import date

    return date.fromisoformat(value[:10]).toordinal()


def markup_metadata(tree, url: str | None, use_htmldate: bool = True, fetched: str | None = None,
                    lxml_tree=None) -> PageMeta:
    """Run the markup part of the cascade on one parsed tree; ``settle_dates`` decides later.
    ``tree`` is an lxml root or an ``extract.dom.LexborRoot``; htmldate reads ``lxml_tree``
    (a tree or a function giving one; ``tree`` itself when not given)."""
    meta = read_markup(tree, url)
    if use_htmldate:
        lx = lxml_tree() if callable(lxml_tree) else (lxml_tree if lxml_tree is not None else tree)
        read_htmldate(lx, meta, url or meta.canonical_url, (fetched or "")[:10] or None)
    settle_dates(meta, None, fetched)
    return meta


def read_markup(tree, url: str | None) -> PageMeta:
    """Every markup source but htmldate: JSON-LD, meta tags, ``<time>``, canonical URL, title,
    author elements, the URL's date."""
    meta = PageMeta()
    read_jsonld(tree, meta)
    read_meta_tags(tree, meta)
    read_time_tags(tree, meta)
    read_canonical_url(tree, meta)
    url = url or meta.canonical_url
    meta.title = read_title_tag(tree, meta)
    # The author elements (the cascade's costliest markup source) only where JSON-LD and the
    # meta tags name no person: the first source naming one gives the authors.
    if not any(sort_names(raw, meta.site_name).persons for _, raw in meta.author_candidates):
        names = element_author_names(tree)
        if names:
            meta.author_candidates.append(("markup", names))
    settle_authors(meta)
    meta.candidate("published", date_from_url(url), "url")
    return meta


def settle_authors(meta: PageMeta) -> None:
    """The first source naming a person gives the authors; agencies and publishers found in
    any author field go to the agency and the publisher (html_authors.sort_names)."""
    for source, raw in meta.author_candidates:
        sorted_names = sort_names(raw, meta.site_name)
        meta.fill("agency", sorted_names.agency, source)
        meta.fill("site_name", sorted_names.publisher, source)
        if sorted_names.persons and not meta.authors:
            meta.fill("authors", sorted_names.persons, source)


def settle_dates(meta: PageMeta, lang: str | None, fetched: str | None = None) -> None:
    """The published date from every candidate (date_choice.py); modified only when not after
    the fetch time."""
    from .date_choice import choose_published, fetch_limit

    chosen, evidence = choose_published(meta.date_candidates, lang, fetched)
    if chosen is not None:
        meta.published = Dated(chosen.value, chosen.text, chosen.source, chosen.timezone_known, evidence)
        meta.sources["published"] = chosen.source
    if meta.modified is not None and _days(meta.modified.value) > fetch_limit(fetched):
        meta.modified = None
