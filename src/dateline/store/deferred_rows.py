"""Rows the batch writes just before it commits: those no later article's linking reads.

Linking an article reads what the articles before it in the batch wrote (the copy and story
indexes, the story's claims and events), so those rows go in at once.  The rest (documents,
the full-text index, entities, sightings, claim links, event reports and figures, copy and
version links) wait here and go in with one ``executemany`` a statement for the whole batch,
inside the batch's transaction: a killed batch still leaves none of them.
"""

from __future__ import annotations

import sqlite3
from typing import Iterable, Sequence


class DeferredRows:
    def __init__(self) -> None:
        self._rows: dict[str, list[Sequence]] = {}

    def add(self, statement: str, rows: Iterable[Sequence]) -> None:
        """Queue rows for ``statement``; a statement's rows keep their order (INSERT OR IGNORE
        keeps the first of two rows with one key, as when each was written at once)."""
        self._rows.setdefault(statement, []).extend(rows)

    def write(self, con: sqlite3.Connection) -> None:
        for statement, rows in self._rows.items():
            con.executemany(statement, rows)
        self._rows.clear()

    def clear(self) -> None:
        self._rows.clear()
