"""The ingest manifest: which input files are fully stored, so a killed run over many WARC
files restarts where it stopped.  A file counts as done for the size and modification time it
had; a file that changed since is read again (its already-stored pages are still skipped by id).
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

from .schema import connect


def _stamp(path: str) -> tuple[int, float] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime


class Manifest:
    def __init__(self, db: str):
        self.con = connect(db)

    def done(self, path: str) -> bool:
        stamp = _stamp(path)
        row = self.con.execute("SELECT size, mtime FROM ingest_manifest WHERE input=? AND status='done'",
                               (path,)).fetchone()
        return stamp is not None and row is not None and (row[0], row[1]) == stamp

    def mark_done(self, path: str, n_records: int, n_skipped: int, run_id: int | None) -> None:
        size, mtime = _stamp(path) or (None, None)
        self.con.execute("INSERT OR REPLACE INTO ingest_manifest VALUES(?,?,?,?,?,?,?,?)",
                         (path, size, mtime, "done", n_records, n_skipped, run_id,
                          datetime.now(timezone.utc).isoformat(timespec="seconds")))

    def close(self) -> None:
        self.con.close()
