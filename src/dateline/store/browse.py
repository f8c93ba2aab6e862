"""Read side for the web app: search with facets, one article, one claim's provenance.

Every statement here is a constant string; what a user typed only ever reaches SQLite as a
bound parameter (an absent filter is ``NULL`` and its clause is true).  Lists of ids travel
as one JSON parameter read with ``json_each``, so no placeholder list is built either.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from .fts import _snippet, match_expression
from .records import load_record

# Facet counts are taken over at most this many matches (the best ranked); past it the
# answer says ``facets_partial`` so a reader knows the counts are a sample.
FACET_SCAN = 20_000
FACET_TOP = 12


@dataclass(frozen=True)
class Filters:
    """What narrows a search, the map and the timeline (every field optional)."""
    q: str | None = None
    site: str | None = None
    lang: str | None = None
    section: str | None = None
    type: str | None = None  # PLOVER event type reported in the article
    country: str | None = None  # ISO code of a place or actor named in the article
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None  # YYYY-MM-DD, inclusive

    def params(self) -> dict[str, Any]:
        return {k: (v or None) for k, v in asdict(self).items()}

    def article_level(self) -> bool:
        """True when a filter narrows which articles count (not just events)."""
        return any((self.q, self.site, self.lang, self.section))


ARTICLE_FILTERS = """
      (:site IS NULL OR a.site = :site)
  AND (:lang IS NULL OR a.language = :lang)
  AND (:section IS NULL OR a.section = :section)
  AND (:date_from IS NULL OR substr(a.published, 1, 10) >= :date_from)
  AND (:date_to IS NULL OR substr(a.published, 1, 10) <= :date_to)
  AND (:type IS NULL OR EXISTS (SELECT 1 FROM event_reports r JOIN events e ON e.id = r.event_id
                                WHERE r.article_id = a.id AND e.type = :type))
  AND (:country IS NULL OR EXISTS (SELECT 1 FROM entities n WHERE n.article_id = a.id AND n.country = :country))
"""

# Relevance is bm25 (lower is better); "date" is newest first.  ORDER BY cannot take a
# parameter, so each order is a CASE that is NULL (no effect) unless chosen.
ORDER = """
ORDER BY CASE WHEN :sort = 'date' THEN a.published END DESC,
         CASE WHEN :sort = 'date-asc' THEN a.published END ASC,
         score, a.published DESC
"""

MATCHED = ("""
SELECT a.rowid, a.id, a.site, a.language, a.section, substr(a.published, 1, 7) AS month, a.published, h.score
FROM (SELECT rowid, bm25(articles_fts, 4.0, 1.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH :match) h
JOIN articles a ON a.rowid = h.rowid
WHERE """ + ARTICLE_FILTERS + ORDER)

ALL = ("""
SELECT a.rowid, a.id, a.site, a.language, a.section, substr(a.published, 1, 7) AS month, a.published, 0 AS score
FROM articles a
WHERE """ + ARTICLE_FILTERS + ORDER)

PAGE_ROWS = """
SELECT a.id, a.title, a.site, a.publisher, a.language, a.section, a.published, a.story_id, a.agency, a.record
FROM json_each(:ids) j JOIN articles a ON a.id = j.value ORDER BY j.key
"""

TYPE_FACET = """
SELECT e.type AS value, COUNT(DISTINCT r.article_id) AS n
FROM json_each(:ids) j JOIN event_reports r ON r.article_id = j.value JOIN events e ON e.id = r.event_id
GROUP BY e.type ORDER BY n DESC, value LIMIT :top
"""

COUNTRY_FACET = """
SELECT n.country AS value, COUNT(DISTINCT n.article_id) AS n
FROM json_each(:ids) j JOIN entities n ON n.article_id = j.value
WHERE n.country IS NOT NULL GROUP BY n.country ORDER BY n DESC, value LIMIT :top
"""


def matching_articles(con: sqlite3.Connection, f: Filters, sort: str = "relevance") -> list[sqlite3.Row]:
    """Every article the filters keep, in the chosen order (ids and facet columns only)."""
    params = f.params() | {"sort": sort}
    if f.q:
        expr = match_expression(f.q)
        if not expr:
            return []
        return con.execute(MATCHED, params | {"match": expr}).fetchall()
    params["sort"] = "date-asc" if sort == "date-asc" else "date"  # nothing to rank by without words
    return con.execute(ALL, params).fetchall()


def _count(rows: list[sqlite3.Row], col: str) -> list[dict[str, Any]]:
    counts = Counter(r[col] for r in rows if r[col])
    return [{"value": v, "n": n} for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_TOP]]


def facets(con: sqlite3.Connection, rows: list[sqlite3.Row]) -> dict[str, Any]:
    sample = rows[:FACET_SCAN]
    ids = json.dumps([r["id"] for r in sample])
    months = Counter(r["month"] for r in sample if r["month"])
    return {
        "site": _count(sample, "site"),
        "lang": _count(sample, "language"),
        "section": _count(sample, "section"),
        "type": [dict(r) for r in con.execute(TYPE_FACET, {"ids": ids, "top": FACET_TOP})],
        "country": [dict(r) for r in con.execute(COUNTRY_FACET, {"ids": ids, "top": FACET_TOP})],
        "month": [{"value": m, "n": months[m]} for m in sorted(months)],
        "partial": len(rows) > FACET_SCAN,
    }


def search_page(con: sqlite3.Connection, f: Filters, sort: str = "relevance", page: int = 1,
                size: int = 20, with_facets: bool = True) -> dict[str, Any]:
    """One page of hits with snippets, the total and the facet counts."""
    rows = matching_articles(con, f, sort)
    page = max(1, page)
    chosen = rows[(page - 1) * size: page * size]
    words = set((f.q or "").lower().split())
    hits = []
    for r in con.execute(PAGE_ROWS, {"ids": json.dumps([r["id"] for r in chosen])}):
        d = dict(r)
        d["snippet"] = _snippet(d.pop("record"), words)
        hits.append(d)
    out = {"filters": f.params(), "sort": sort, "page": page, "size": size, "total": len(rows), "hits": hits}
    if with_facets:
        out["facets"] = facets(con, rows)
    return out


# -- one article -------------------------------------------------------------------------

ARTICLE = """
SELECT id, url, site, publisher, language, title, section, published, modified, dateline_place, agency,
       dup_group, story_id, record FROM articles WHERE id = :id
"""
ARTICLE_CLAIMS = "SELECT span_id, claim_id FROM claim_sightings WHERE article_id = :id"
ARTICLE_EVENTS = "SELECT span_id, event_id FROM event_reports WHERE article_id = :id"


def article(con: sqlite3.Connection, ident: str) -> dict[str, Any] | None:
    """The stored record with its row's columns and the global claim / event id of each span."""
    row = con.execute(ARTICLE, {"id": ident}).fetchone()
    if row is None:
        return None
    out = dict(row)
    out["record"] = load_record(out["record"])
    out["claim_ids"] = {r["span_id"]: r["claim_id"] for r in con.execute(ARTICLE_CLAIMS, {"id": ident})}
    out["event_ids"] = {r["span_id"]: r["event_id"] for r in con.execute(ARTICLE_EVENTS, {"id": ident})}
    return out


# -- one claim ---------------------------------------------------------------------------

CLAIM = """
SELECT c.id, c.story_id, c.text, c.speaker, c.first_seen, c.first_article, c.n_sightings, c.stance, c.lang,
       a.title AS first_title, a.site AS first_site, a.publisher AS first_publisher
FROM claims c LEFT JOIN articles a ON a.id = c.first_article WHERE c.id = :id
"""
SIGHTINGS = """
SELECT s.article_id, s.span_id, s.text, s.speaker, s.cue, s.channel, s.outlet, s.site, s.publisher, s.agency,
       s.carrier, s.published, s.hedged, a.title, a.language
FROM claim_sightings s LEFT JOIN articles a ON a.id = s.article_id
WHERE s.claim_id = :id ORDER BY s.published IS NULL, s.published
"""
# A link reads "source <type> target"; copies of one article repeat it, so count articles.
LINKS_OUT = """
SELECT l.type, l.target_claim AS other, t.text AS other_text, t.speaker AS other_speaker,
       MAX(l.cross_article) AS cross_article, COUNT(DISTINCT l.article_id) AS n_articles
FROM claim_links l LEFT JOIN claims t ON t.id = l.target_claim WHERE l.source_claim = :id
GROUP BY l.type, l.target_claim
"""
LINKS_IN = """
SELECT l.type, l.source_claim AS other, s.text AS other_text, s.speaker AS other_speaker,
       MAX(l.cross_article) AS cross_article, COUNT(DISTINCT l.article_id) AS n_articles
FROM claim_links l LEFT JOIN claims s ON s.id = l.source_claim WHERE l.target_claim = :id
GROUP BY l.type, l.source_claim
"""
CLAIM_FIGURES = """
SELECT f.event_id, f.kind, f.value, f.low, f.high, f.claimant, f.site, f.published, e.type, e.place
FROM event_figures f JOIN events e ON e.id = f.event_id WHERE f.claim_id = :id
"""


def claim(con: sqlite3.Connection, ident: str) -> dict[str, Any] | None:
    """One claim's provenance: first seen, every sighting with its carrier, disputes, figures."""
    row = con.execute(CLAIM, {"id": ident}).fetchone()
    if row is None:
        return None
    out = dict(row)
    out["sightings"] = [dict(r) for r in con.execute(SIGHTINGS, {"id": ident})]
    out["links"] = [dict(r) for r in con.execute(LINKS_OUT, {"id": ident})]
    out["linked_by"] = [dict(r) for r in con.execute(LINKS_IN, {"id": ident})]
    out["figures"] = [dict(r) for r in con.execute(CLAIM_FIGURES, {"id": ident})]
    return out
