"""Copies and versions in the store: the near-duplicate index and the ``links`` it leads to.

The index keeps each article's MinHash signature (``minhash``) and its LSH band keys
(``lsh_bands``, keyed by the article's integer rowid to stay small).  What counts as a copy
and which way a version link runs is decided in ``link/reprints.py``; this module reads the
candidates for it and writes what it decided.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import numpy as np

from ..link import minhash
from ..link.reprints import Link
from .deferred_rows import DeferredRows
from .records import load_record
from .statements import chunks, marks


def candidate_signatures(con: sqlite3.Connection, keys: list[int], exclude: int) -> list[tuple[int, np.ndarray]]:
    """(rowid, signature) of the stored articles sharing a band key, in the index's order
    (the order breaks ties between equally similar copies, so it must not change)."""
    arts = [r[0] for r in con.execute(f"SELECT DISTINCT art FROM lsh_bands WHERE key IN ({marks(len(keys))})", keys)]
    arts = [a for a in arts if a != exclude]
    sigs: dict[int, bytes] = {}
    for part in chunks(arts):  # one read per chunk, not one per candidate
        sigs.update(con.execute(f"SELECT art, sig FROM minhash WHERE art IN ({marks(len(part))})", part))
    return [(a, minhash.from_blob(sigs[a])) for a in arts if a in sigs]


def index_signature(con: sqlite3.Connection, art: int, sig: np.ndarray, keys: list[int]) -> None:
    con.execute("INSERT OR REPLACE INTO minhash VALUES(?,?)", (art, minhash.to_blob(sig)))
    con.executemany("INSERT OR IGNORE INTO lsh_bands VALUES(?,?)", [(k, art) for k in keys])


def copies_of(con: sqlite3.Connection, dups: list[tuple[int, float]]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The stored copies, best first (``id``, ``dup_group``, ``story_id``, ``score``), and the
    best one's record: only that one is decoded, the diff is taken against it alone."""
    rows = con.execute(f"SELECT rowid, id, dup_group, story_id, record FROM articles WHERE rowid IN "
                       f"({marks(len(dups))})", [a for a, _ in dups]).fetchall()
    by_row = {r["rowid"]: r for r in rows}
    copies = [{"id": by_row[a]["id"], "dup_group": by_row[a]["dup_group"], "story_id": by_row[a]["story_id"],
               "score": s} for a, s in dups]
    return copies, load_record(by_row[dups[0][0]]["record"])


def merge_groups(con: sqlite3.Connection, into: str, others: set[str]) -> None:
    """An article that bridges duplicate groups makes them one."""
    con.execute(f"UPDATE articles SET dup_group=? WHERE dup_group IN ({marks(len(others))})", [into, *others])


def same_url_reads(con: sqlite3.Connection, url: str, art: int) -> list[dict[str, Any]]:
    """Other stored reads of ``url`` (``id``, ``published``, ``modified``, ``record``)."""
    return [{"id": r["id"], "published": r["published"], "modified": r["modified"], "record": load_record(r["record"])}
            for r in con.execute("SELECT id, published, modified, record FROM articles WHERE url=? AND rowid<>?",
                                 (url, art)).fetchall()]


def write_links(later: DeferredRows, links: list[Link]) -> None:
    """Queued for the batch's commit: no linking reads ``links``."""
    later.add("INSERT OR IGNORE INTO links VALUES(?,?,?,?,?)",
              [(ln.a, ln.b, ln.kind, ln.score, json.dumps(ln.diff, ensure_ascii=False) if ln.diff else None)
               for ln in links])
