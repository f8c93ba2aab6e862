"""What was fetched and when (``fetch_log``): one row per URL, so a rerun fetches only what is
new.  Feeds and sitemaps keep their ETag and Last-Modified for conditional requests; pages
keep the id of the record they became and where their response sits in the WARC files.

A page counts as done only when its fetch-log row says ok *and* its record is stored: a run
killed between the two fetches that page again on the next run.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timezone
from typing import Any

from .schema import connect

FLUSH_EVERY = 50  # rows per transaction

_UPSERT = """
INSERT INTO fetch_log(url, kind, status, http_status, final_url, etag, last_modified, content_type, page_id,
  error_kind, error_message, warc_file, warc_offset, meta, first_fetched, fetched, n_fetches)
VALUES(:url, :kind, :status, :http_status, :final_url, :etag, :last_modified, :content_type, :page_id,
  :error_kind, :error_message, :warc_file, :warc_offset, :meta, :fetched, :fetched, 1)
ON CONFLICT(url) DO UPDATE SET
  kind = CASE WHEN excluded.status = 'ok' THEN excluded.kind ELSE fetch_log.kind END,
  status = excluded.status, http_status = excluded.http_status,
  final_url = COALESCE(excluded.final_url, fetch_log.final_url),
  etag = CASE WHEN excluded.status = 'ok' THEN excluded.etag ELSE fetch_log.etag END,
  last_modified = CASE WHEN excluded.status = 'ok' THEN excluded.last_modified ELSE fetch_log.last_modified END,
  content_type = COALESCE(excluded.content_type, fetch_log.content_type),
  page_id = COALESCE(excluded.page_id, fetch_log.page_id),
  error_kind = excluded.error_kind, error_message = excluded.error_message,
  warc_file = CASE WHEN excluded.status = 'ok' THEN excluded.warc_file ELSE fetch_log.warc_file END,
  warc_offset = CASE WHEN excluded.status = 'ok' THEN excluded.warc_offset ELSE fetch_log.warc_offset END,
  meta = COALESCE(excluded.meta, fetch_log.meta),
  fetched = excluded.fetched, n_fetches = fetch_log.n_fetches + 1
"""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class FetchLog:
    def __init__(self, path: str):
        self.con = connect(path)
        self.pending: list[dict[str, Any]] = []

    def load(self) -> dict[str, dict[str, Any]]:
        """Every URL's last row, with ``meta`` as a dict."""
        out = {}
        for row in self.con.execute("SELECT * FROM fetch_log"):
            d = dict(row)
            d["meta"] = json.loads(d["meta"]) if d["meta"] else {}
            out[d["url"]] = d
        return out

    def add(self, row) -> None:
        d = asdict(row) if not isinstance(row, dict) else dict(row)
        d["meta"] = json.dumps(d["meta"], ensure_ascii=False) if d.get("meta") else None
        d["fetched"] = d.get("fetched") or _now()
        self.pending.append(d)
        if len(self.pending) >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        self.con.execute("BEGIN IMMEDIATE")
        try:
            self.con.executemany(_UPSERT, self.pending)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.pending = []

    def close(self) -> None:
        self.flush()
        self.con.close()
