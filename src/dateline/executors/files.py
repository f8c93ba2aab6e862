"""File-parallel executor for ingest at scale: each worker takes whole input files.

The driver never reads a page: it hands out file names, and workers read, extract and analyse
the files' pages themselves (and, with ``prepare``, what the writer needs of each record that
needs no database), streaming records back in small batches through a bounded queue
(so memory is bounded by workers × queue size, not by the input).  A worker skips pages
whose id is already in the store (read-only lookups), so a file that a killed run left half
done costs only its unfinished part.  When a file's last record has been sent, the worker
says so, and the driver marks the file done in the manifest once those records are committed.

Start-up (models, word lists) is paid once per worker, not per file.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import Counter
import queue as queue_mod
import traceback
from typing import Any, Callable, Iterator

from ..pipeline import Options, Stats
from ..types import ErrorRecord, RawPage, stable_id

RECORDS_PER_MESSAGE = 50
QUEUE_MESSAGES = 8  # per worker


# Made in each worker, it says whether a page id is stored already (the store hands in one
# bound to its file): a database handle must not cross into another process.
KnownCheck = Callable[[], Callable[[str], bool]]


def never_known(page_id: str) -> bool:
    return False


# What a worker does to each record before sending it (the store hands in ``store.prepare``:
# the writer's per-record work that needs no database, done here instead of in the one writer).
Prepare = Callable[[dict[str, Any]], dict[str, Any]]


def _worker(options: Options, known_check: KnownCheck | None, page_filter, tasks, out,
            prepare: Prepare | None = None) -> None:
    from ..readers import iter_pages
    from .local import LocalExecutor

    executor = LocalExecutor(options)
    known = known_check() if known_check else never_known
    while True:
        path = tasks.get()
        if path is None:
            break
        n = skipped = 0
        filtered: Counter = Counter()
        batch: list[dict[str, Any]] = []

        def new_pages() -> Iterator[RawPage | ErrorRecord]:
            nonlocal skipped
            for page in iter_pages([path]):
                why = page_filter.reason(page) if page_filter else None
                if why:
                    filtered[f"filtered.{why}"] += 1
                    continue
                pid = page.page_id if isinstance(page, ErrorRecord) else page.id
                if known(pid):
                    skipped += 1
                    continue
                yield page
        try:
            for record in executor.run(new_pages()):
                batch.append(prepare(record) if prepare else record)
                n += 1
                if len(batch) >= RECORDS_PER_MESSAGE:
                    out.put(("records", path, batch))
                    batch = []
        except Exception as e:  # a reader bug on one file: that file's error record, then go on
            batch.append(ErrorRecord(stable_id(path), path, "read", "exception",
                                     f"{type(e).__name__}: {e}").to_record())
            traceback.print_exc()
        out.put(("records", path, batch))
        out.put(("done", path, {"records": n, "skipped": skipped, **filtered}))
    import resource
    import time

    usage = {"cpu_ms": int(time.process_time() * 1000),
             "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
    out.put(("exit", usage, executor.step_stats().as_dict()))


class FileExecutor:
    def __init__(self, options: Options | None = None, workers: int = 2, known_check: KnownCheck | None = None,
                 page_filter=None, prepare: Prepare | None = None):
        self.options = options or Options()
        self.workers = workers
        self.known_check = known_check
        self.page_filter = page_filter
        self.prepare = prepare
        self.stats = Stats()
        self.usage: list[dict[str, int]] = []  # per finished worker: cpu_ms, maxrss_kb

    def run(self, paths: list[str]) -> Iterator[tuple[str, Any, Any]]:
        """Yields ("records", path, [record, ...]) and ("done", path, counts) messages."""
        ctx = mp.get_context("forkserver")  # no inherited SQLite handles in workers
        tasks = ctx.Queue()
        out = ctx.Queue(maxsize=QUEUE_MESSAGES * self.workers)
        for p in paths:
            tasks.put(p)
        for _ in range(self.workers):
            tasks.put(None)
        args = (self.options, self.known_check, self.page_filter, tasks, out, self.prepare)
        procs = [ctx.Process(target=_worker, args=args, daemon=True) for _ in range(self.workers)]
        for p in procs:
            p.start()
        running = len(procs)
        try:
            while running:
                try:
                    kind, path, payload = out.get(timeout=1.0)
                except queue_mod.Empty:
                    if not any(p.is_alive() for p in procs):
                        raise RuntimeError("every ingest worker died before finishing its files")
                    continue
                if kind == "exit":
                    running -= 1
                    self.usage.append(path)  # ("exit", usage, stats): CPU and peak memory of a worker
                    self.stats.merge(Stats(counts=Counter(payload)))
                    continue
                yield kind, path, payload
        finally:
            for p in procs:
                if p.is_alive():
                    p.terminate()
                p.join(timeout=5)
