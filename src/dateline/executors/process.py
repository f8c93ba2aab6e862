"""Multi-process executor: shards by site so template learning still sees a whole site."""

from __future__ import annotations

import zlib
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Iterable, Iterator

from ..pipeline import Options, Stats
from ..types import ErrorRecord, RawPage
from .local import LocalExecutor


def _run_shard(args: tuple[Options, list[RawPage | ErrorRecord]]):
    options, items = args
    ex = LocalExecutor(options)
    records = list(ex.run(items))
    return records, ex.step_stats()


class ProcessExecutor:
    def __init__(self, options: Options | None = None, workers: int = 2, shard_size: int = 200):
        self.options = options or Options()
        self.workers = workers
        self.shard_size = shard_size
        self.stats = Stats()

    def _shards(self, items: Iterable[RawPage | ErrorRecord]) -> Iterator[list]:
        # Buffer per site bucket; flush a bucket when it is full.
        buckets: dict[int, list] = {}
        for item in items:
            site = item.site if isinstance(item, RawPage) else None
            key = zlib.crc32((site or "").encode()) % (self.workers * 4)
            bucket = buckets.setdefault(key, [])
            bucket.append(item)
            if len(bucket) >= self.shard_size:
                yield buckets.pop(key)
        yield from (b for b in buckets.values() if b)

    def run(self, items: Iterable[RawPage | ErrorRecord]) -> Iterator[dict[str, Any]]:
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            jobs = ((self.options, shard) for shard in self._shards(items))
            for records, stats in pool.map(_run_shard, jobs):
                self.stats.merge(stats)
                yield from records
