"""Claims in the store: what claim linking reads of a story, and how its decisions are written.

Which claim a span is a sighting of, and which claims dispute or confirm which, is decided in
``link/claims.py``; this module reads the story's claims for it and writes the decisions:
the claims at once, sightings and links with the batch (``deferred_rows``).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..link.claims import ClaimDecisions
from .deferred_rows import DeferredRows
from .statements import IN_CHUNK, insert_into

CLAIM_COLS = ("id", "story_id", "text", "speaker", "first_seen", "first_article", "n_sightings", "terms", "nums",
              "stance", "names", "lang")
SIGHTING_COLS = ("claim_id", "article_id", "span_id", "text", "speaker", "cue", "channel", "outlet", "site",
                 "published", "hedged", "agency", "publisher", "carrier")


class StoredClaims:
    """The story's claims as ``link_claims`` reads them, each claim's words parsed once.

    A long-running story is matched against for every new article; without this each
    article re-read and re-decoded all of its claims.  Which claims a story has, and their
    first-seen times, still come from the database each time (stories merge, first-seen
    times move), so only fields a claim never changes after its insert are kept here; a
    claim of a rolled-back batch kept here is never read, as its id is not in the table."""

    def __init__(self, con: sqlite3.Connection, keep: int = 100_000):
        self.con, self.keep = con, keep
        self.parsed: dict[str, dict[str, Any]] = {}

    def of_story(self, story_id: str) -> list[dict[str, Any]]:
        rows = self.con.execute("SELECT id, first_seen FROM claims WHERE story_id=?", (story_id,)).fetchall()
        missing = [r[0] for r in rows if r[0] not in self.parsed]
        if len(self.parsed) + len(missing) > self.keep:
            self.parsed.clear()  # bounded memory: start afresh (rare; costs one re-read)
            missing = [r[0] for r in rows]
        for i in range(0, len(missing), IN_CHUNK):
            chunk = missing[i:i + IN_CHUNK]
            for r in self.con.execute("SELECT id, text, speaker, terms, nums, names, lang, first_article, stance "
                                      f"FROM claims WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                c = dict(r)
                c["terms"], c["nums"], c["names"] = (set(json.loads(c[k])) for k in ("terms", "nums", "names"))
                self.parsed[c["id"]] = c
        return [{**self.parsed[cid], "first_seen": first_seen} for cid, first_seen in rows]


def write_claims(con: sqlite3.Connection, later: DeferredRows, d: ClaimDecisions) -> None:
    """Claims at once (the next article of the story matches against them); sightings and
    links with the batch's commit."""
    # A claim seen again: one more sighting, and the earlier of the two first-seen times.
    con.executemany("UPDATE claims SET n_sightings=n_sightings+1, first_seen=CASE WHEN "
                    "first_seen IS NULL OR (? IS NOT NULL AND ? < first_seen) THEN ? ELSE first_seen END "
                    "WHERE id=?", [(d.published, d.published, d.published, cid) for cid in d.seen_again])
    con.executemany(insert_into("claims", CLAIM_COLS),
                    [(c["id"], c["story_id"], c["text"], c["speaker"], c["first_seen"], c["first_article"], 1,
                      json.dumps(c["terms"], ensure_ascii=False), json.dumps(c["nums"]), c["stance"],
                      json.dumps(c["names"], ensure_ascii=False), c["lang"]) for c in d.new_claims])
    later.add(insert_into("claim_sightings", SIGHTING_COLS), [tuple(s[k] for k in SIGHTING_COLS) for s in d.sightings])
    later.add("INSERT OR IGNORE INTO claim_links VALUES(?,?,?,?,?,?)", d.links)
