"""Builders for the statement shapes the store repeats: an insert of named columns, IN lists."""

from __future__ import annotations

from typing import Iterator, Sequence

IN_CHUNK = 500  # values bound into one "IN (...)" list, well under SQLite's variable limit


def insert_into(table: str, cols: Sequence[str], verb: str = "INSERT OR IGNORE") -> str:
    return f"{verb} INTO {table}({', '.join(cols)}) VALUES({','.join('?' * len(cols))})"


def marks(n: int) -> str:
    """"?,?,?" for an IN list of ``n`` values."""
    return ",".join("?" * n)


def chunks(values: list, size: int = IN_CHUNK) -> Iterator[list]:
    for i in range(0, len(values), size):
        yield values[i:i + size]
