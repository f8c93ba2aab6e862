"""Multi-process executor: shards by site so template learning still sees a whole site.

Pages without a site (no URL) are dealt round-robin over the buckets, so a batch of them is
spread over every worker instead of forming one long queue behind one key.  At most
``2 × workers`` shards are in flight, so memory stays bounded however long the input.
"""

from __future__ import annotations

import itertools
import zlib
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Iterable, Iterator

from ..pipeline import Options, Stats
from ..types import ErrorRecord, RawPage
from .local import LocalExecutor

_WORKER: dict[str, LocalExecutor] = {}


def _run_shard(args: tuple[Options, list[RawPage | ErrorRecord]]):
    """One shard in a worker; the steps are built once per worker process, not per shard."""
    options, items = args
    key = repr(options)
    if key not in _WORKER:
        _WORKER.clear()
        _WORKER[key] = LocalExecutor(options)
    ex = _WORKER[key]
    before = ex.step_stats()
    records = list(ex.run(items))
    after = ex.step_stats()
    after.counts.subtract(before.counts)
    return records, Stats(+after.counts)


class ProcessExecutor:
    def __init__(self, options: Options | None = None, workers: int = 2, shard_size: int = 200):
        self.options = options or Options()
        self.workers = workers
        self.shard_size = shard_size
        self.stats = Stats()

    def _shards(self, items: Iterable[RawPage | ErrorRecord]) -> Iterator[list]:
        # Buffer per site bucket; flush a bucket when it is full.
        n_buckets = self.workers * 4
        buckets: dict[int, list] = {}
        deal = itertools.cycle(range(n_buckets))
        for item in items:
            site = item.site if isinstance(item, RawPage) else None
            key = zlib.crc32(site.encode()) % n_buckets if site else next(deal)
            bucket = buckets.setdefault(key, [])
            bucket.append(item)
            if len(bucket) >= self.shard_size:
                yield buckets.pop(key)
        yield from (b for b in buckets.values() if b)

    def run(self, items: Iterable[RawPage | ErrorRecord]) -> Iterator[dict[str, Any]]:
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            pending: list[Future] = []
            for shard in self._shards(items):
                pending.append(pool.submit(_run_shard, (self.options, shard)))
                while len(pending) >= 2 * self.workers:
                    yield from self._collect(pending)
            while pending:
                yield from self._collect(pending)

    def _collect(self, pending: list[Future]) -> Iterator[dict[str, Any]]:
        """Records of the first shard to finish (order across shards is not kept)."""
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        first = next(f for f in pending if f in done)
        pending.remove(first)
        records, stats = first.result()
        self.stats.merge(stats)
        yield from records
