"""The embedded news store: one SQLite file (WAL, FTS5), one writer, reads anywhere.

>>> from dateline.store import StoreWriter, open_store, search, story
"""

from .fts import search
from .query import story
from .schema import connect, EXPORT_TABLES
from .writer import StoreWriter


def open_store(path: str):
    """A read-only connection (any number may be open while the writer works)."""
    return connect(path, readonly=True)


__all__ = ["StoreWriter", "open_store", "search", "story", "connect", "EXPORT_TABLES"]
