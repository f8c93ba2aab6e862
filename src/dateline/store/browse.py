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

# Facet counts with words, and event type and country counts always, are taken over at most
# this many matches (the first in the chosen order); past it the answer says ``partial``.
FACET_SCAN = 5_000
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

# With words: the first FACET_SCAN matches in the chosen order (their facets are counted in
# Python) and the number of all matches, counted without reading article rows when no
# filter needs them.
MATCHED = ("""
SELECT a.rowid, a.id, a.site, a.language, a.section, substr(a.published, 1, 7) AS month, a.published, h.score
FROM (SELECT rowid, bm25(articles_fts, 4.0, 1.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH :match) h
JOIN articles a ON a.rowid = h.rowid
WHERE """ + ARTICLE_FILTERS + ORDER + " LIMIT :limit")
# No filter and ranked by relevance: rank inside FTS and read only the top rows (joining every
# match before sorting reads each matching row; on 100k articles that is seconds for a common word).
MATCHED_TOP = """
SELECT a.rowid, a.id, a.site, a.language, a.section, substr(a.published, 1, 7) AS month, a.published, h.score
FROM (SELECT rowid, bm25(articles_fts, 4.0, 1.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH :match
      ORDER BY score LIMIT :limit) h
JOIN articles a ON a.rowid = h.rowid ORDER BY h.score
"""
MATCH_COUNT = "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH :match"
MATCH_COUNT_FILTERED = ("SELECT COUNT(*) FROM articles_fts h JOIN articles a ON a.rowid = h.rowid "
                        "WHERE articles_fts MATCH :match AND " + ARTICLE_FILTERS)

# Without words the filtered set can be the whole store: one page of ids and the counts come
# from SQL over the ``articles_browse`` index, so no large record row is read.
NEWEST = "SELECT a.id FROM articles a WHERE " + ARTICLE_FILTERS + \
         " ORDER BY a.published DESC LIMIT :limit OFFSET :offset"
OLDEST = "SELECT a.id FROM articles a WHERE " + ARTICLE_FILTERS + \
         " ORDER BY a.published ASC LIMIT :limit OFFSET :offset"
BY_DATE = {"date-asc": OLDEST, "date": NEWEST, "relevance": NEWEST}  # nothing to rank by without words
COUNT = "SELECT COUNT(*) FROM articles a WHERE " + ARTICLE_FILTERS
COLUMN_FACETS = {
    name: f"SELECT {expr} AS value, COUNT(*) AS n FROM articles a WHERE {ARTICLE_FILTERS} AND {expr} IS NOT NULL "
          f"GROUP BY value ORDER BY {order} LIMIT :top"
    for name, expr, order in (("site", "a.site", "n DESC, value"), ("lang", "a.language", "n DESC, value"),
                              ("section", "a.section", "n DESC, value"),
                              ("month", "substr(a.published, 1, 7)", "value"))}

PAGE_ROWS = """
SELECT a.id, a.title, a.site, a.publisher, a.language, a.section, a.published, a.story_id, a.agency, a.record
FROM json_each(:ids) j JOIN articles a ON a.id = j.value ORDER BY j.key
"""

# Event type and country counts join other tables per article, so they are taken over the
# first FACET_SCAN matches in the chosen order (``partial`` says when that is not all).
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


def matching_articles(con: sqlite3.Connection, f: Filters, sort: str = "relevance",
                      limit: int = FACET_SCAN) -> list[sqlite3.Row]:
    """The first ``limit`` articles the filters keep, in the chosen order (ids and facet columns)."""
    params = f.params() | {"sort": sort, "limit": limit}
    if f.q:
        expr = match_expression(f.q)
        if not expr:
            return []
        if sort == "relevance" and not _filtered(f):
            return con.execute(MATCHED_TOP, {"match": expr, "limit": limit}).fetchall()
        return con.execute(MATCHED, params | {"match": expr}).fetchall()
    return con.execute(BY_DATE[sort], params | {"offset": 0}).fetchall()


def _filtered(f: Filters) -> bool:
    return any((f.site, f.lang, f.section, f.type, f.country, f.date_from, f.date_to))


def count_matches(con: sqlite3.Connection, f: Filters) -> int:
    expr = match_expression(f.q or "")
    if not expr:
        return 0
    if _filtered(f):
        return con.execute(MATCH_COUNT_FILTERED, f.params() | {"match": expr}).fetchone()[0]
    return con.execute(MATCH_COUNT, {"match": expr}).fetchone()[0]


def _count(rows: list[sqlite3.Row], col: str) -> list[dict[str, Any]]:
    counts = Counter(r[col] for r in rows if r[col])
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"value": v, "n": n} for v, n in (sorted(counts.items()) if col == "month" else ranked[:FACET_TOP])]


def _joined_facets(con: sqlite3.Connection, ids: list[str], total: int) -> dict[str, Any]:
    sample = json.dumps(ids[:FACET_SCAN])
    return {"type": [dict(r) for r in con.execute(TYPE_FACET, {"ids": sample, "top": FACET_TOP})],
            "country": [dict(r) for r in con.execute(COUNTRY_FACET, {"ids": sample, "top": FACET_TOP})],
            "partial": total > FACET_SCAN, "sample": FACET_SCAN}


def _with_words(con: sqlite3.Connection, f: Filters, sort: str, page: int, size: int,
                with_facets: bool) -> tuple[int, list[str], dict[str, Any]]:
    rows = matching_articles(con, f, sort, limit=max(FACET_SCAN, page * size))
    total = len(rows) if len(rows) < FACET_SCAN else count_matches(con, f)
    ids = [r["id"] for r in rows]
    facets = {}
    if with_facets:
        sample = rows[:FACET_SCAN]
        facets = {"site": _count(sample, "site"), "lang": _count(sample, "language"),
                  "section": _count(sample, "section"), "month": _count(sample, "month")}
        facets |= _joined_facets(con, ids, total)
    return total, ids[(page - 1) * size: page * size], facets


def _without_words(con: sqlite3.Connection, f: Filters, sort: str, page: int, size: int,
                   with_facets: bool) -> tuple[int, list[str], dict[str, Any]]:
    params = f.params()
    total = con.execute(COUNT, params).fetchone()[0]
    ids = [r[0] for r in con.execute(BY_DATE[sort], params | {"limit": size, "offset": (page - 1) * size})]
    facets = {}
    if with_facets:
        facets = {name: [dict(r) for r in con.execute(COLUMN_FACETS[name],
                                                      params | {"top": FACET_TOP if name != "month" else -1})]
                  for name in COLUMN_FACETS}
        first = [r[0] for r in con.execute(BY_DATE[sort], params | {"limit": FACET_SCAN, "offset": 0})]
        facets |= _joined_facets(con, first, total)
    return total, ids, facets


def search_page(con: sqlite3.Connection, f: Filters, sort: str = "relevance", page: int = 1,
                size: int = 20, with_facets: bool = True) -> dict[str, Any]:
    """One page of hits with snippets, the total and the facet counts."""
    page = max(1, page)
    run = _with_words if f.q else _without_words
    total, chosen, facets = run(con, f, sort, page, size, with_facets)
    words = set((f.q or "").lower().split())
    hits = []
    for r in con.execute(PAGE_ROWS, {"ids": json.dumps(chosen)}):
        d = dict(r)
        d["snippet"] = _snippet(d.pop("record"), words)
        hits.append(d)
    out = {"filters": f.params(), "sort": sort, "page": page, "size": size, "total": total, "hits": hits}
    if with_facets:
        out["facets"] = facets
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
    # Where it was first seen is read off the earliest sighting: ``claims.first_article`` is the
    # article ingested first, which is not always the one published first.
    out["first_sighting"] = out["sightings"][0] if out["sightings"] else None
    out["links"] = [dict(r) for r in con.execute(LINKS_OUT, {"id": ident})]
    out["linked_by"] = [dict(r) for r in con.execute(LINKS_IN, {"id": ident})]
    out["figures"] = [dict(r) for r in con.execute(CLAIM_FIGURES, {"id": ident})]
    return out
