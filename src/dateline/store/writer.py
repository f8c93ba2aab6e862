"""The one class that writes to the store: batched, journaled, idempotent.

Every record is written with its links inside the batch's single transaction, together with
the run's journal row in ``ingest_log``; a process killed mid-batch leaves the store as it
was after the last commit, and the next run skips every page id already stored and redoes
the rest.  Ids are content-derived (``RawPage.id``), so the same input is never stored twice.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from typing import Callable
from datetime import datetime, timezone
from typing import Any

from .deferred_rows import DeferredRows
from .claims_write import StoredClaims
from .linking import link_article
from .lock import acquire
from .prepare import take
from .schema import connect
from .story_index import StoryKeyIndex


DOCUMENT = "INSERT OR IGNORE INTO documents VALUES(?,?,?,?,?,?,?,?,?,?,?)"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class StoreWriter:
    """Holds the store's write lock from construction to ``close`` (see ``lock``): what it
    knows (stored ids, the story index) is read after the lock is taken, so it is current."""

    def __init__(self, path: str, batch_size: int = 200, pause_after_commit: float = 0.0,
                 wait: bool = True, on_wait: Callable[[str], None] | None = None):
        self.lock = acquire(path, wait=wait, on_wait=on_wait)
        self.con = connect(path)
        self.batch_size = batch_size
        self.pause = pause_after_commit  # test hook: slows ingest so a test can kill it midway
        self.pending: list[dict[str, Any]] = []
        self.later = DeferredRows()  # rows of the batch that no linking reads, written at commit
        self.known = {r[0] for r in self.con.execute("SELECT id FROM documents")}
        self.stories = StoryKeyIndex(self.con)
        self.claims_of = StoredClaims(self.con)  # the claims' parsed words, kept across articles
        self.run_id: int | None = None
        self.counts = {"new": 0, "skipped": 0, "errors": 0, "batches": 0}
        self.error_kinds: Counter = Counter()  # why this run's documents failed
        # A run that never reached "done" was interrupted: say so in its journal row.
        self.con.execute("UPDATE ingest_log SET status='interrupted' WHERE status='running'")

    # -- run journal ---------------------------------------------------------------------
    def begin(self, inputs: list[str]) -> int:
        cur = self.con.execute("INSERT INTO ingest_log(started, updated, status, inputs, batches, n_new, "
                               "n_skipped, n_errors) VALUES(?,?,?,?,0,0,0,0)",
                               (_now(), _now(), "running", json.dumps(inputs)))
        self.run_id = cur.lastrowid
        return self.run_id

    def _journal(self, status: str = "running") -> None:
        if self.run_id is None:
            return
        c = self.counts
        self.con.execute("UPDATE ingest_log SET updated=?, status=?, batches=?, n_new=?, n_skipped=?, n_errors=?, "
                         "finished=CASE WHEN ?='done' THEN ? ELSE finished END WHERE run_id=?",
                         (_now(), status, c["batches"], c["new"], c["skipped"], c["errors"], status, _now(),
                          self.run_id))

    # -- writing ---------------------------------------------------------------------------
    def is_known(self, page_id: str) -> bool:
        return page_id in self.known

    def add(self, record: dict[str, Any]) -> bool:
        """Queue one record; False when its id is already stored (nothing changes)."""
        rid = record.get("id")
        if not rid or rid in self.known:
            self.counts["skipped"] += 1
            return False
        self.known.add(rid)
        self.pending.append(record)
        if len(self.pending) >= self.batch_size:
            self.flush()
        return True

    def flush(self) -> None:
        if not self.pending:
            return
        self.con.execute("BEGIN IMMEDIATE")
        try:
            for rec in self.pending:
                self._insert(rec)
            self.later.write(self.con)
            self.counts["batches"] += 1
            self._journal()
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self.later.clear()
            for rec in self.pending:
                self.known.discard(rec.get("id"))
            raise
        self.pending = []
        if self.pause:
            time.sleep(self.pause)

    def close(self) -> dict[str, int]:
        try:
            self.flush()
            self.con.execute("BEGIN IMMEDIATE")
            self._journal("done")
            self.con.execute("COMMIT")
            self.con.close()
        finally:
            self.lock.close()  # releases the store for the next writer
        return dict(self.counts)

    def _insert(self, rec: dict[str, Any]) -> None:
        src = rec.get("source") or {}
        if rec.get("status") != "ok":
            err = rec.get("error") or {}
            self.later.add(DOCUMENT, [(rec["id"], src.get("path"), src.get("url"), src.get("site"), None, "error",
                                       err.get("stage"), err.get("kind"), err.get("message"), self.run_id, _now())])
            self.counts["errors"] += 1
            self.error_kinds[err.get("kind") or "?"] += 1
            return
        pre = take(rec)  # what the record alone gives, from its worker or derived now
        self.later.add(DOCUMENT, [(rec["id"], src.get("path"), src.get("url"), src.get("site"), pre.content_hash,
                                   "ok", None, None, None, self.run_id, _now())])
        pub = (rec.get("published") or {}).get("value")
        mod = (rec.get("modified") or {}).get("value")
        lang = (rec.get("language") or {}).get("code")
        dl = rec.get("dateline") or {}
        cur = self.con.execute(
            "INSERT INTO articles(id,url,site,language,title,section,published,published_day,modified,"
            "dateline_place,agency,authors,n_words,record,publisher) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (rec["id"], src.get("url"), src.get("site"), lang, rec.get("title"), rec.get("section"), pub,
             pre.day, mod, dl.get("place"), pre.agency, json.dumps(rec.get("authors") or [], ensure_ascii=False),
             pre.n_words, pre.record_json, src.get("publisher")))
        art = cur.lastrowid
        self.later.add("INSERT INTO articles_fts(rowid, title, body, lemmas) VALUES(?,?,?,?)",
                       [(art, rec.get("title") or "", pre.body, pre.lemmas)])
        self._entities(rec)
        link_article(self.con, self.stories, self.claims_of, self.later, rec, art, pre, pub)
        self.counts["new"] += 1

    def _entities(self, rec: dict[str, Any]) -> None:
        rows = []
        for s in (rec.get("annotations") or {}).get("entities") or []:
            a = s.get("attrs") or {}
            geo = a.get("geo") or {}
            rows.append((rec["id"], s.get("id"), s.get("label"), a.get("kind"), a.get("norm") or s.get("text"),
                         s.get("text"), s.get("start"), s.get("end"), a.get("country"), geo.get("geonames_id"),
                         geo.get("lat"), geo.get("lon"), geo.get("precision")))
        self.later.add("INSERT INTO entities VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
