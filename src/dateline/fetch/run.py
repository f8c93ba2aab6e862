"""``fetch_to_store``: crawl, read and store in one run, with memory bounded by a queue.

The crawl runs on its own event loop in a helper thread; pages, error records and fetch-log
rows come back through a bounded queue (so a slow pipeline slows the crawl rather than filling
memory).  This thread reads the pages with the usual pipeline and is the only one that writes
to the store: records through ``StoreWriter``, fetch-log rows through ``FetchLog``.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from pathlib import Path
from typing import Any, Callable, Iterator

from ..pipeline import Options
from ..types import ErrorRecord, RawPage, stable_id
from .crawl import Crawler, LogRow, Task
from .inputs import tasks_from_inputs
from .options import FetchOptions

QUEUE_SIZE = 64  # pages in flight between the crawl and the pipeline
TRANSIENT_ERRORS = {"timeout", "connect", "http-429", "http-500", "http-502", "http-503", "http-504"}
MAX_ATTEMPTS = 3  # runs that try a page failing for a passing reason
_DONE = object()


def default_warc_dir(db: str) -> Path:
    """``news.db`` keeps its WARC files in ``news-warc/`` beside it."""
    p = Path(db)
    return p.with_name(p.stem + "-warc")


class _CrawlThread(threading.Thread):
    def __init__(self, crawler: Crawler, tasks: list[Task], out: queue.Queue):
        super().__init__(name="dateline-fetch", daemon=True)
        self.crawler, self.tasks, self.out = crawler, tasks, out
        self.stopping = threading.Event()

    def run(self) -> None:
        try:
            asyncio.run(self.crawler.run(self.tasks))
        except BaseException as e:  # handed to the reading thread, which re-raises it
            self._put(e)
        self._put(_DONE)

    def _put(self, item: Any) -> None:
        while not self.stopping.is_set():
            try:
                self.out.put(item, timeout=0.5)
                return
            except queue.Full:
                continue

    async def emit(self, item: Any) -> None:
        await asyncio.to_thread(self._put, item)


def fetch_to_store(inputs: list[str], db: str, fetch_options: FetchOptions | None = None,
                   options: Options | None = None, warc_dir: str | Path | None = None, batch_size: int = 100,
                   progress: Callable[[dict], None] | None = None) -> dict[str, int]:
    """Fetch everything ``inputs`` lead to that is new; store each page's record (or error)."""
    from ..executors import LocalExecutor
    from ..store.fetch_log import FetchLog
    from ..store.writer import StoreWriter
    from .warc import WarcSink

    fetch_options = fetch_options or FetchOptions()
    tasks, bad = tasks_from_inputs(inputs)
    writer = StoreWriter(db, batch_size=batch_size)
    log = FetchLog(db)
    previous = log.load()
    pages = {url: row for url, row in previous.items() if row["kind"] == "page" and row["status"] == "ok"}
    done = {url for url, row in pages.items() if writer.is_known(row["page_id"])}
    # Fetched by a run that stopped before storing them: nothing else would queue them again.
    tasks += [Task(url, "page", row["meta"]) for url, row in pages.items() if url not in done]
    # Pages that failed for a passing reason (the feed that listed them may answer 304 now).
    tasks += [Task(url, "page", row["meta"]) for url, row in previous.items()
              if row["kind"] == "page" and row["status"] == "error" and row["error_kind"] in TRANSIENT_ERRORS
              and (row["n_fetches"] or 0) < MAX_ATTEMPTS]
    writer.begin([t.url for t in tasks])
    warc = WarcSink(warc_dir or default_warc_dir(db)) if fetch_options.warc else None
    out: queue.Queue = queue.Queue(maxsize=QUEUE_SIZE)
    crawl_thread: _CrawlThread | None = None

    def items() -> Iterator[RawPage | ErrorRecord]:
        for item, why in bad:
            yield ErrorRecord(stable_id(item), item, "fetch", "input", why)
        while True:
            item = out.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            if isinstance(item, LogRow):
                log.add(item)
                continue
            yield item

    crawler = Crawler(fetch_options, emit=lambda item: crawl_thread.emit(item), previous=previous,
                      done_pages=done, warc=warc)
    crawl_thread = _CrawlThread(crawler, tasks, out)
    crawl_thread.start()
    try:
        for record in LocalExecutor(options).run(items()):
            writer.add(record)
            if progress:
                progress(writer.counts)
    finally:
        crawl_thread.stopping.set()  # a crawl still running (we were interrupted) stops handing over
        crawl_thread.join(timeout=5)
        counts = writer.close()
        log.close()
        if warc is not None:
            warc.close()
    counts.update(crawler.stats.as_dict())
    return counts
