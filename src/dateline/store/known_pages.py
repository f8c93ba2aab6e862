"""Which page ids a store holds already, asked by ingest workers in other processes.

A worker opens its own read-only connection (a SQLite handle must not cross a fork), so a
page stored before the run, or by a run that was killed, is skipped before it is parsed.
"""

from __future__ import annotations

import sqlite3
from typing import Callable


def stored_page_check(db: str | None) -> Callable[[str], bool]:
    """page id -> whether the store at ``db`` holds it; without a store, nothing is known."""
    if not db:
        return lambda page_id: False
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)

    def known(page_id: str) -> bool:
        return con.execute("SELECT 1 FROM documents WHERE id=?", (page_id,)).fetchone() is not None
    return known
