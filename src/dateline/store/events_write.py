"""Events in the store: what event linking reads of a story, and how its decisions are written.

Which report joins which event is decided in ``link/events.py``; this module reads the story's
events for it and writes the decisions: the events at once, reports and figures with the batch
(``events_read.py`` is the other side: what a reader asks of the events).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..link.events import EVENT_FIELDS, EventDecisions
from .deferred_rows import DeferredRows
from .statements import insert_into

NEW_EVENT_COLS = ("id", "story_id", "type", "place", "place_key", "first_seen", "actor", "target", "actor_key",
                  "target_key", "time", "lang", "n_reports", "n_mentions")
REPORT_COLS = ("event_id", "article_id", "span_id", "trigger", "actor", "target", "place", "time", "negated",
               "hedged")
FIGURE_COLS = ("event_id", "article_id", "span_id", "kind", "value", "low", "high", "claimant", "claim_id", "site",
               "published")


def stored_events(con: sqlite3.Connection, story_id: str) -> list[dict[str, Any]]:
    return [dict(r) for r in con.execute(f"SELECT {', '.join(EVENT_FIELDS)} FROM events WHERE story_id=?",
                                         (story_id,))]


def write_events(con: sqlite3.Connection, later: DeferredRows, d: EventDecisions) -> None:
    """Events at once (the next article of the story matches against them); reports and
    figures with the batch's commit."""
    # New events start at no reports: the count below adds this article's like any other's.
    new = [{**e, "story_id": d.story_id, "first_seen": d.published, "n_reports": 0, "n_mentions": 0}
           for e in d.new_events]
    con.executemany(insert_into("events", NEW_EVENT_COLS),
                    [tuple(e[k] for k in NEW_EVENT_COLS) for e in new])
    for eid, parts in d.named_parts.items():  # rare: a part the first report left unknown
        con.execute(f"UPDATE events SET {', '.join(c + '=?' for c in parts)} WHERE id=?", [*parts.values(), eid])
    con.executemany("UPDATE events SET n_reports=n_reports+1, n_mentions=COALESCE(n_mentions, 0)+?, "
                    "first_seen=COALESCE(MIN(first_seen, ?), first_seen, ?) WHERE id=?",
                    [(n, d.published, d.published, eid) for eid, n in d.reported])
    later.add(insert_into("event_reports", REPORT_COLS), [tuple(r[k] for k in REPORT_COLS) for r in d.reports])
    later.add(insert_into("event_figures", FIGURE_COLS, "INSERT"),
              [tuple(f[k] for k in FIGURE_COLS) for f in d.figures])
