"""The documents that became error records, with their reasons: what ``dateline errors`` lists."""

from __future__ import annotations

import sqlite3
from typing import Any


def stored_errors(con: sqlite3.Connection, kind: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Error documents, newest run first; ``kind`` keeps one reason only."""
    sql = ("SELECT source, url, error_stage AS stage, error_kind AS kind, error_message AS message, run_id, ingested "
           "FROM documents WHERE status='error'")
    args: list[Any] = []
    if kind:
        sql += " AND error_kind=?"
        args.append(kind)
    sql += " ORDER BY run_id DESC, source"
    if limit:
        sql += " LIMIT ?"
        args.append(limit)
    return [dict(r) for r in con.execute(sql, args)]


def error_counts(con: sqlite3.Connection) -> dict[str, int]:
    """Number of error documents per reason."""
    return {k: n for k, n in con.execute("SELECT error_kind, COUNT(*) FROM documents WHERE status='error' "
                                         "GROUP BY error_kind ORDER BY COUNT(*) DESC, error_kind")}
