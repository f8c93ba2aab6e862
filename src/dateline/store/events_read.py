"""Read side for the map, the timeline and the event exports.

An event's place is its ``place_key`` (``geo:<geonames id>`` when it was located); its
coordinates and precision come from an entity row with that id (``entities_geo`` index).
Its date is its resolved time, else the day it was first reported.  The same ``Filters`` as
search narrow it: article-level filters (words, site, language, section) keep the events that
the matching articles report; type, country and dates apply to the event itself.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from ..link.figures import summarise
from .browse import FACET_SCAN, Filters, matching_articles

EVENT_LIMIT = 5000  # events per map / timeline answer (newest first); the answer says when it is cut

EVENTS = """
SELECT e.id, e.type, e.place, e.actor, e.target, e.time, e.first_seen, e.n_reports, e.story_id,
       coalesce(substr(e.time, 1, 10), substr(e.first_seen, 1, 10)) AS date,
       g.lat, g.lon, {precision} AS precision, g.country, s.title AS story_title
FROM (
  SELECT * FROM events e
  WHERE {driver} (:story IS NULL OR e.story_id = :story)
    AND (:ids IS NULL OR e.id IN (SELECT r.event_id FROM event_reports r
                                  WHERE r.article_id IN (SELECT value FROM json_each(:ids))))
    AND (:type IS NULL OR e.type = :type)
    AND (:date_from IS NULL OR coalesce(substr(e.time, 1, 10), substr(e.first_seen, 1, 10)) >= :date_from)
    AND (:date_to IS NULL OR coalesce(substr(e.time, 1, 10), substr(e.first_seen, 1, 10)) <= :date_to)
    AND (:located = 0 OR e.place_key LIKE 'geo:%')
    AND (:country IS NULL OR EXISTS (SELECT 1 FROM entities c
                                     WHERE c.geonames_id = CAST(substr(e.place_key, 5) AS INTEGER)
                                       AND e.place_key LIKE 'geo:%' AND c.country = :country))
  ORDER BY {order} DESC LIMIT :limit
) e
LEFT JOIN entities g ON g.rowid = (SELECT rowid FROM entities
                                   WHERE geonames_id = CAST(substr(e.place_key, 5) AS INTEGER)
                                     AND e.place_key LIKE 'geo:%' AND lat IS NOT NULL LIMIT 1)
LEFT JOIN stories s ON s.id = e.story_id
"""

# Which index leads: with no story and no articles, walk ``events_when`` newest first and stop
# at the limit; for a story or a set of articles, look their events up and sort those (the
# ``|| ''`` keeps the planner off ``events_when``, which would scan every event).
NEWEST_ORDER = "coalesce(e.time, e.first_seen)"
DRIVERS = {
    "all": ("", NEWEST_ORDER),
    "story": ("e.story_id = :story AND", NEWEST_ORDER + " || ''"),
    "articles": ("e.id IN (SELECT r.event_id FROM event_reports r WHERE r.article_id IN "
                 "(SELECT value FROM json_each(:ids))) AND", NEWEST_ORDER + " || ''"),
}
# A store written before schema 3 has no entities.precision: its places read as unknown precision.
EVENTS_BY_PLAN = {
    (driver, has_precision): EVENTS.replace("{driver}", where).replace("{order}", order)
    .replace("{precision}", "g.precision" if has_precision else "NULL")
    for driver, (where, order) in DRIVERS.items() for has_precision in (True, False)}

FIGURES = """
SELECT f.event_id, f.kind, f.value, f.low, f.high, f.claimant, f.claim_id, f.site, f.article_id, r.negated,
       EXISTS (SELECT 1 FROM claim_links l WHERE l.target_claim = f.claim_id AND l.type = 'disputes') AS disputed
FROM json_each(:ids) j JOIN event_figures f ON f.event_id = j.value
JOIN event_reports r ON r.article_id = f.article_id AND r.span_id = f.span_id
"""


def events(con: sqlite3.Connection, f: Filters, story: str | None = None, located: bool = False,
           limit: int = EVENT_LIMIT) -> dict[str, Any]:
    """Events the filters keep, newest first, each with its place and figure summaries."""
    ids, articles_cut = None, False
    if f.article_level():  # the events of the first FACET_SCAN matching articles
        arts = matching_articles(con, f, limit=FACET_SCAN + 1)
        articles_cut = len(arts) > FACET_SCAN
        ids = json.dumps([r["id"] for r in arts[:FACET_SCAN]])
    params = f.params() | {"story": story, "ids": ids, "located": int(located), "limit": limit + 1}
    has_precision = any(r[1] == "precision" for r in con.execute("PRAGMA table_info(entities)"))
    driver = "story" if story else "articles" if ids is not None else "all"
    rows = [dict(r) for r in con.execute(EVENTS_BY_PLAN[(driver, has_precision)], params)]
    truncated = len(rows) > limit
    rows = rows[:limit]
    figs: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for r in con.execute(FIGURES, {"ids": json.dumps([e["id"] for e in rows])}):
        figs[r["event_id"]][r["kind"]].append(dict(r))
    for e in rows:
        e["figures"] = {k: summarise(v) for k, v in figs[e["id"]].items()}
        e["claimants"] = {k: sorted({x["claimant"] for x in v if x["claimant"]}) for k, v in figs[e["id"]].items()}
    return {"events": rows, "truncated": truncated, "limit": limit, "articles_cut": articles_cut,
            "articles_limit": FACET_SCAN}


def timeline(evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events and fatalities (sum of each event's best figure) per day, oldest first."""
    days: dict[str, dict[str, Any]] = {}
    for e in evs:
        if not e["date"]:
            continue
        d = days.setdefault(e["date"], {"date": e["date"], "events": 0, "fatalities": 0, "types": {}})
        d["events"] += 1
        d["types"][e["type"]] = d["types"].get(e["type"], 0) + 1
        best = (e["figures"].get("fatalities") or {}).get("best")
        d["fatalities"] += best or 0
    return [days[k] for k in sorted(days)]
