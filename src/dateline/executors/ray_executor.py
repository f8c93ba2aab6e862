"""Ray executor: the same steps, shards spread over a Ray cluster (local or remote).

Ray is an optional dependency (``pip install 'dateline[ray]'``), imported when the executor is
built so a missing install fails by name.  Shards are grouped by site, as in the process
executor; at most ``max_in_flight`` shards are submitted at once so a huge input never sits
in the object store all at once, and records stream back as shards finish.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from ..pipeline import Options, Stats
from ..types import ErrorRecord, RawPage
from .files import KnownCheck, Prepare, never_known
from .process import ProcessExecutor, _run_shard


class RayExecutor:
    def __init__(self, options: Options | None = None, address: str | None = None,
                 num_cpus: int | None = None, shard_size: int = 200, max_in_flight: int = 8):
        try:
            import ray
        except ImportError as e:
            raise ImportError("the Ray executor needs Ray: pip install 'dateline[ray]'") from e
        self.ray = ray
        self.options = options or Options()
        self.address = address
        self.num_cpus = num_cpus
        self.shard_size = shard_size
        self.max_in_flight = max_in_flight
        self.stats = Stats()

    def _ensure_cluster(self) -> None:
        if not self.ray.is_initialized():
            self.ray.init(address=self.address, num_cpus=self.num_cpus, include_dashboard=False,
                          log_to_driver=False, ignore_reinit_error=True)

    def run(self, items: Iterable[RawPage | ErrorRecord]) -> Iterator[dict[str, Any]]:
        self._ensure_cluster()
        remote_shard = self.ray.remote(_run_shard)
        sharder = ProcessExecutor(self.options, workers=self.num_cpus or 2, shard_size=self.shard_size)
        pending: list = []
        for shard in sharder._shards(items):
            pending.append(remote_shard.remote((self.options, shard)))
            if len(pending) >= self.max_in_flight:
                yield from self._collect_one(pending)
        while pending:
            yield from self._collect_one(pending)

    def _collect_one(self, pending: list) -> Iterator[dict[str, Any]]:
        done, rest = self.ray.wait(pending, num_returns=1)
        pending[:] = rest
        records, stats = self.ray.get(done[0])
        self.stats.merge(stats)
        yield from records


def _run_file(options: Options, known_check: KnownCheck | None, path: str, page_filter=None,
              prepare: Prepare | None = None):
    """One input file on a Ray worker: (records, counts, step stats); steps built once per worker."""
    from .process import _WORKER
    from ..readers import iter_pages
    from .local import LocalExecutor

    import resource
    import time

    cpu_start = time.process_time()
    key = repr(options)
    if key not in _WORKER:
        _WORKER.clear()
        _WORKER[key] = LocalExecutor(options)
    executor = _WORKER[key]
    known = known_check() if known_check else never_known
    skipped = 0
    filtered: dict[str, int] = {}

    def new_pages():
        nonlocal skipped
        for page in iter_pages([path]):
            why = page_filter.reason(page) if page_filter else None
            if why:
                filtered[f"filtered.{why}"] = filtered.get(f"filtered.{why}", 0) + 1
                continue
            if known(page.page_id if isinstance(page, ErrorRecord) else page.id):
                skipped += 1
                continue
            yield page
    records = [prepare(r) if prepare else r for r in executor.run(new_pages())]
    return records, {"records": len(records), "skipped": skipped, **filtered,
                     "cpu_ms": int((time.process_time() - cpu_start) * 1000),
                     "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}


class RayFileExecutor(RayExecutor):
    """Whole input files as Ray tasks (the file-parallel ingest of ``files.FileExecutor`` on a
    cluster).  A task returns its file's records at once, so memory per task is one file's
    records; at most ``max_in_flight`` files are out at a time."""

    def __init__(self, options: Options | None = None, address: str | None = None, num_cpus: int | None = None,
                 known_check: KnownCheck | None = None, max_in_flight: int | None = None, page_filter=None,
                 prepare: Prepare | None = None):
        super().__init__(options, address=address, num_cpus=num_cpus)
        self.known_check = known_check
        self.page_filter = page_filter
        self.prepare = prepare
        self.max_in_flight = max_in_flight or 2 * (num_cpus or 2)
        self.usage: list[dict[str, int]] = []  # per file task: cpu_ms, maxrss_kb

    def run(self, paths: list[str]) -> Iterator[tuple[str, Any, Any]]:
        self._ensure_cluster()
        remote_file = self.ray.remote(_run_file)
        pending: dict = {}
        todo = list(paths)
        while todo or pending:
            while todo and len(pending) < self.max_in_flight:
                path = todo.pop(0)
                task = remote_file.remote(self.options, self.known_check, path, self.page_filter, self.prepare)
                pending[task] = path
            done, _ = self.ray.wait(list(pending), num_returns=1)
            path = pending.pop(done[0])
            records, counts = self.ray.get(done[0])
            self.usage.append({"cpu_ms": counts.pop("cpu_ms"), "maxrss_kb": counts.pop("maxrss_kb")})
            yield "records", path, records
            yield "done", path, counts
