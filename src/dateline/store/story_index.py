"""Stories in the store: the key index story linking searches, and the ``stories`` rows.

``story_keys`` holds each article's weighted keys (by publication day, for the window) and
``key_df`` their document frequencies; both are derived data, rebuilt by ingest.  Which story
an article joins is decided in ``link/stories.py``; this module hands it frequencies and
candidate rows and writes the article's keys and its story.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Iterable

from ..link.stories import day_window
from .statements import chunks, marks

DF_CACHE_KEYS = 2_000_000  # bound the frequency cache's memory on huge stores


class StoryKeyIndex:
    """Document frequencies of keys (cached, persisted in ``key_df``) and candidate rows.

    ``n`` (IDF's number of documents) is the number of stored articles when the index was
    opened, plus one for each ``add``."""

    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.n = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        self._df: dict[str, int] = {}

    def frequencies(self, keys: Iterable[str]) -> dict[str, int]:
        """key -> document frequency (0 for a key never seen), read in chunks, not key by key."""
        keys = list(dict.fromkeys(keys))
        missing = [k for k in keys if k not in self._df]
        if len(self._df) + len(missing) > DF_CACHE_KEYS:
            self._df.clear()
            missing = keys
        for part in chunks(missing):
            found = dict(self.con.execute(f"SELECT key, df FROM key_df WHERE key IN ({marks(len(part))})", part))
            self._df.update((k, found.get(k, 0)) for k in part)
        return {k: self._df[k] for k in keys}

    def candidate_rows(self, keys: list[str], day: int) -> list[tuple[str, int, float]]:
        """(key, article rowid, weight) of stored articles sharing one of ``keys``, published
        within the window around ``day`` (or undated)."""
        if not keys:
            return []
        sql = f"SELECT key, art, w FROM story_keys WHERE key IN ({marks(len(keys))})"
        args: list[Any] = list(keys)
        window = day_window(day)
        if window:
            sql += " AND (day BETWEEN ? AND ? OR day = -1)"
            args += list(window)
        return self.con.execute(sql, args).fetchall()

    def add(self, art: int, day: int, vec: dict[str, float], df: dict[str, int]) -> None:
        """Index an article's vector; ``df``: the frequencies its vector was weighed with."""
        self.con.executemany("INSERT OR IGNORE INTO story_keys VALUES(?,?,?,?)",
                             [(k, day, art, w) for k, w in vec.items()])
        self.con.executemany("INSERT INTO key_df VALUES(?,1) ON CONFLICT(key) DO UPDATE SET df=df+1",
                             [(k,) for k in vec])
        for k in vec:
            self._df[k] = df[k] + 1
        self.n += 1

    def story_of(self, art: int) -> str | None:
        row = self.con.execute("SELECT story_id FROM articles WHERE rowid=?", (art,)).fetchone()
        return row[0] if row and row[0] else None


def set_group_and_story(con: sqlite3.Connection, art: int, group: str, story: str) -> None:
    con.execute("UPDATE articles SET dup_group=?, story_id=? WHERE rowid=?", (group, story, art))


def touch_story(con: sqlite3.Connection, story: str, rec: dict[str, Any], pub: str | None) -> None:
    """Count the article in its story (made here when it is the first): dates and languages."""
    lang = (rec.get("language") or {}).get("code") or "?"
    row = con.execute("SELECT languages FROM stories WHERE id=?", (story,)).fetchone()
    if row is None:
        con.execute("INSERT INTO stories VALUES(?,?,?,?,1,?)", (story, rec.get("title"), pub, pub, lang))
        return
    langs = ",".join(sorted(set(row[0].split(",")) | {lang}))
    con.execute("UPDATE stories SET n_articles=n_articles+1, languages=?, "
                "first_published=CASE WHEN first_published IS NULL OR ?<first_published THEN ? "
                "ELSE first_published END, "
                "last_published=CASE WHEN last_published IS NULL OR ?>last_published THEN ? ELSE last_published END "
                "WHERE id=?", (langs, pub, pub, pub, pub, story))


def merge_stories(con: sqlite3.Connection, into: str, others: set[str]) -> None:
    """Fold stories into one: articles, claims and events move; counts and dates add up.

    Claims and events of the folded stories keep their rows (they are not re-matched)."""
    q, args = marks(len(others)), list(others)
    for table in ("articles", "claims", "events"):
        con.execute(f"UPDATE {table} SET story_id=? WHERE story_id IN ({q})", [into, *args])
    rows = con.execute(f"SELECT * FROM stories WHERE id IN ({q}) OR id=?", [*args, into]).fetchall()
    pubs = [p for r in rows for p in (r["first_published"], r["last_published"]) if p]
    langs = sorted({x for r in rows for x in (r["languages"] or "").split(",") if x})
    con.execute("UPDATE stories SET n_articles=?, first_published=?, last_published=?, languages=? "
                "WHERE id=?", (sum(r["n_articles"] for r in rows), min(pubs, default=None),
                               max(pubs, default=None), ",".join(langs), into))
    con.execute(f"DELETE FROM stories WHERE id IN ({q})", args)
