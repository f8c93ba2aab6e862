"""Stories: articles about the same events over days, clustered incrementally.

Each new article is compared only with stored articles that share one of its keys (entity,
place, number, salient term) and were published within ``WINDOW_DAYS``; very common keys are
skipped.  So each insert costs about the same however large the store grows (near-linear
ingest).  Similarity is the cosine of IDF-weighted key vectors; names weigh double because
they also carry across languages.  The article joins the story of its best match when the
cosine passes ``JOIN_COSINE``, or when several specific keys (people, organisations,
numbers; places are too common) are shared and the cosine passes ``JOIN_COSINE_NAMED``
(cross-language reports share names and numbers but no terms).
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from typing import Any

from .features import named_keys, term_counts

WINDOW_DAYS = 10
TOP_TERMS = 15
NAME_WEIGHT = 2.0
NUMBER_WEIGHT = 1.0
JOIN_COSINE = 0.30
JOIN_COSINE_NAMED = 0.16
MIN_SHARED_NAMES = 2
MAX_DF_SHARE = 0.05  # keys in more than 5 % of articles (and > 50) say nothing about a story


class StoryIndex:
    """Document frequencies of keys (cached, persisted in ``key_df``) and candidate search."""

    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.n = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        self._df: dict[str, int] = {}

    def df(self, key: str) -> int:
        v = self._df.get(key)
        if v is None:
            row = self.con.execute("SELECT df FROM key_df WHERE key=?", (key,)).fetchone()
            v = self._df[key] = row[0] if row else 0
            if len(self._df) > 2_000_000:  # bound memory on huge stores
                self._df.clear()
        return v

    def idf(self, key: str) -> float:
        return math.log((self.n + 1) / (self.df(key) + 1)) + 1.0

    def vector(self, record: dict[str, Any]) -> dict[str, float]:
        """Unit-length weighted key vector of one article."""
        vec: dict[str, float] = {}
        for k in named_keys(record):
            vec[k] = self.idf(k) * (NUMBER_WEIGHT if k.startswith("n:") else NAME_WEIGHT)
        tc = term_counts(record)
        scored = sorted(((1 + math.log(c)) * self.idf("t:" + t), t) for t, c in tc.items())
        for w, t in scored[-TOP_TERMS:]:
            vec["t:" + t] = w
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        return {k: w / norm for k, w in vec.items()}

    def candidates(self, vec: dict[str, float], day: int, exclude: int) -> dict[int, tuple[float, int]]:
        """rowid -> (cosine, shared names) for stored articles sharing informative keys."""
        limit = max(50, MAX_DF_SHARE * self.n)
        keys = [k for k in vec if self.df(k) <= limit]
        if not keys:
            return {}
        q = ",".join("?" * len(keys))
        sql = f"SELECT key, art, w FROM story_keys WHERE key IN ({q})"
        args: list[Any] = list(keys)
        if day >= 0:
            sql += " AND (day BETWEEN ? AND ? OR day = -1)"
            args += [day - WINDOW_DAYS, day + WINDOW_DAYS]
        score: dict[int, float] = defaultdict(float)
        names: dict[int, int] = defaultdict(int)
        for key, art, w in self.con.execute(sql, args):
            if art == exclude:
                continue
            score[art] += vec[key] * w
            if key[0] in "en":  # persons, organisations, numbers: specific to one story
                names[art] += 1
        return {a: (s, names[a]) for a, s in score.items()}

    def add(self, art: int, day: int, vec: dict[str, float]) -> None:
        self.con.executemany("INSERT OR IGNORE INTO story_keys VALUES(?,?,?,?)",
                             [(k, day, art, w) for k, w in vec.items()])
        self.con.executemany("INSERT INTO key_df VALUES(?,1) ON CONFLICT(key) DO UPDATE SET df=df+1",
                             [(k,) for k in vec])
        for k in vec:
            self._df[k] = self.df(k) + 1
        self.n += 1


def best_story(con: sqlite3.Connection, cands: dict[int, tuple[float, int]]) -> tuple[str, float] | None:
    """The story of the best-matching candidate that passes the join rule, with its cosine."""
    ok = [(s, a) for a, (s, n) in cands.items()
          if s >= JOIN_COSINE or (n >= MIN_SHARED_NAMES and s >= JOIN_COSINE_NAMED)]
    if not ok:
        return None
    s, art = max(ok)
    row = con.execute("SELECT story_id FROM articles WHERE rowid=?", (art,)).fetchone()
    return (row[0], s) if row and row[0] else None
