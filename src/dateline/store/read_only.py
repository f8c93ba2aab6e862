"""Connections for a long-running reader (the web app) that must never write the store.

``open_query_only`` adds SQLite's ``query_only`` to a ``mode=ro`` connection, so not even a
statement built by mistake can change the file; ``generation`` tells a cache when the store
has grown (a new article row or a new ingest run); ``check_is_store`` fails at start, not on
the first request, when the file is not a dateline store.
"""

from __future__ import annotations

import sqlite3

from . import open_store

GENERATION = "SELECT (SELECT MAX(rowid) FROM articles), (SELECT MAX(run_id) FROM ingest_log)"


class NotAStore(ValueError):
    """The file is no SQLite database, or one without the store's tables."""


def open_query_only(path: str) -> sqlite3.Connection:
    try:
        con = open_store(path)
        con.execute("PRAGMA query_only = 1")
    except sqlite3.DatabaseError as e:  # a file SQLite cannot open at all
        raise NotAStore(str(e)) from e
    return con


def generation(con: sqlite3.Connection) -> tuple:
    """(last article rowid, last ingest run): changes whenever an ingest adds anything."""
    return tuple(con.execute(GENERATION).fetchone())


def check_is_store(con: sqlite3.Connection) -> None:
    try:
        con.execute("SELECT id FROM articles LIMIT 1").fetchall()
    except sqlite3.DatabaseError as e:
        raise NotAStore(str(e)) from e
