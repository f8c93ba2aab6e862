"""The embedded news store: one SQLite file (WAL, FTS5), one writer, reads anywhere.

>>> from dateline.store import StoreWriter, open_store, search, story
"""

from .fts import search
from .query import story
from .schema import connect, EXPORT_TABLES
from .writer import StoreWriter


class StoreMissing(FileNotFoundError):
    """The store file named does not exist (reading never creates one)."""


def open_store(path: str):
    """A read-only connection (any number may be open while the writer works)."""
    from pathlib import Path

    if path != ":memory:" and not Path(path).is_file():
        raise StoreMissing(f"no store at {path} (dateline ingest ... --db {path} creates one)")
    return connect(path, readonly=True)


__all__ = ["StoreWriter", "StoreMissing", "open_store", "search", "story", "connect", "EXPORT_TABLES"]
