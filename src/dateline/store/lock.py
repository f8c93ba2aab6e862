"""One writer at a time: an exclusive lock on ``<store>.lock`` held for a whole ingest.

Two ingests into one store used to interleave their batches: both loaded the ids already
stored at start (so both tried to insert the same article) and both cached the story index
(so linking depended on timing).  The lock makes a second writer wait until the first has
finished, then start from the store as it is; or, when asked not to wait, stop before it
has changed anything.  The kernel drops the lock when its process dies, so a killed ingest
never leaves the store locked.
"""

from __future__ import annotations

import io
import os
from typing import Callable, TextIO

try:
    import fcntl
except ImportError:  # not POSIX: no lock; one writer at a time is then the user's to keep
    fcntl = None  # type: ignore[assignment]


class StoreBusy(Exception):
    """Another writer holds the store and we were asked not to wait."""


def lock_path(db: str) -> str:
    return f"{db}.lock"


def acquire(db: str, wait: bool = True, on_wait: Callable[[str], None] | None = None) -> TextIO:
    """Hold the store's write lock; returns the open lock file (close it to release)."""
    if db == ":memory:":  # a store in memory has one connection, so one writer, already
        return io.StringIO()
    f = open(lock_path(db), "a+", encoding="utf-8")
    if fcntl is None:
        return f
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        f.seek(0)
        holder = f.read().strip() or "?"
        message = f"another ingest (pid {holder}) is writing to {db}"
        if not wait:
            f.close()
            raise StoreBusy(message + "; nothing was done") from None
        if on_wait:
            on_wait(message + "; waiting for it to finish")
        fcntl.flock(f, fcntl.LOCK_EX)
    f.seek(0)
    f.truncate()
    f.write(str(os.getpid()))
    f.flush()
    return f
