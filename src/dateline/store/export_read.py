"""What ``dateline export`` reads: every exported table's columns and its rows, streamed.

Column types are the SQLite declared types (so the exporter can give every chunk of a table
the same Parquet schema); ``articles`` also gives its ``rowid``, the key the link indexes use.
"""

from __future__ import annotations

import sqlite3
from typing import Iterator

from .schema import EXPORT_TABLES


def table_columns(con: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(name, declared type upper-cased, TEXT when none) of each column of ``table``."""
    cols = [(r[1], (r[2] or "TEXT").upper()) for r in con.execute(f"PRAGMA table_info({table})")]
    if table == "articles" and not any(c == "rowid" for c, _ in cols):
        cols.insert(0, ("rowid", "INTEGER"))
    return cols


def export_tables(con: sqlite3.Connection) -> Iterator[tuple[str, list[tuple[str, str]], sqlite3.Cursor]]:
    """(table, columns, cursor over its rows as plain tuples) for each table a user exports;
    read the rows with ``fetchmany`` so a large table never sits in memory."""
    con.row_factory = None
    for table in EXPORT_TABLES:
        cols = table_columns(con, table)
        sel = ", ".join(f'"{c}"' for c, _ in cols)
        yield table, cols, con.execute(f"SELECT {sel} FROM {table}")
