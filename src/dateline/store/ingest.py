"""Read + analyse + store: what ``dateline ingest`` does.

Inputs are what ``dateline read`` takes, plus lists of inputs: ``@list.txt`` always names a
list (one path a line, ``#`` comments), and a ``.txt`` file counts as a list when every one of
its non-blank lines names an existing path.  Pages whose id is already stored are skipped
before extraction, so re-running adds only what is new.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..pipeline import Options
from ..types import ErrorRecord, RawPage
from .writer import StoreWriter

MAX_LIST_LINES = 100_000


def _exists(path: Path) -> bool:
    """Whether a path exists; a line too long to be a file name names nothing."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _list_entries(path: Path) -> list[str] | None:
    """The paths a list file names (relative ones against the list's folder), else None."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    lines = [ln.strip() for ln in text.splitlines()[:MAX_LIST_LINES + 1]]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    out = []
    for ln in lines:
        p = Path(ln) if Path(ln).is_absolute() else (path.parent / ln)
        if not _exists(p) and _exists(Path(ln)):
            p = Path(ln)
        out.append(str(p.resolve()))
    return out


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Inputs with lists opened and paths made absolute: a page's id is derived from its
    source path and content, so ``pages/a.html`` and ``./pages/a.html`` must read the same."""
    out: list[str] = []
    for item in inputs:
        if item.startswith("@"):
            entries = _list_entries(Path(item[1:]))
            out += entries if entries is not None else [item[1:]]  # a missing list: "not-found"
            continue
        p = Path(item)
        if _is_file(p) and p.suffix.lower() == ".txt" and p.stat().st_size < 10_000_000:
            entries = _list_entries(p)
            if entries and all(_exists(Path(e)) for e in entries):
                out += entries
                continue
        out.append(str(p.resolve()) if item != "-" and _exists(p) else item)
    return out


def ingest(inputs: list[str], db: str, options: Options | None = None, batch_size: int = 100,
           pause_after_commit: float = 0.0,
           progress: Callable[[dict[str, int]], None] | None = None,
           wait: bool = True, on_wait: Callable[[str], None] | None = None, page_filter=None) -> dict:
    """Ingest every document of ``inputs`` into the store at ``db``; returns counts, with
    ``error_kinds`` (kind -> number) for the documents of this run that became errors.

    Another ingest into the same store makes this one wait for it (``on_wait`` is told), or
    with ``wait=False`` raise ``StoreBusy`` before anything is changed. ``page_filter`` leaves
    pages out before any parsing (--host, --since, --until)."""
    from ..executors import LocalExecutor
    from ..readers import iter_pages

    options = options or Options()
    paths = expand_inputs(inputs)
    writer = StoreWriter(db, batch_size=batch_size, pause_after_commit=pause_after_commit,
                         wait=wait, on_wait=on_wait)
    writer.begin(paths)

    def new_pages() -> Iterator[RawPage | ErrorRecord]:
        for page in iter_pages(paths, limit=options.max_read_bytes):
            why = page_filter.reason(page) if page_filter else None
            if why:  # left out on purpose (--host, --since, --until), before any parsing
                writer.counts[f"filtered.{why}"] = writer.counts.get(f"filtered.{why}", 0) + 1
                continue
            pid = page.page_id if isinstance(page, ErrorRecord) else page.id
            if writer.is_known(pid):
                writer.counts["skipped"] += 1
                continue
            yield page

    try:
        for n, rec in enumerate(LocalExecutor(options).run(new_pages()), 1):
            writer.add(rec)
            if progress:  # "read": documents of this run through the pipeline so far
                progress({**writer.counts, "read": n})
    finally:  # complete records already read are worth keeping even when the run stops
        counts = writer.close()
    return {**counts, "error_kinds": dict(writer.error_kinds)}


def ingest_parallel(inputs: list[str], db: str, options: Options | None = None, workers: int = 2,
                    ray_address: str | None = None, batch_size: int = 100,
                    progress: Callable[[dict[str, int]], None] | None = None, page_filter=None,
                    wait: bool = True, on_wait: Callable[[str], None] | None = None) -> dict:
    """Ingest with ``workers`` processes (or on Ray) reading whole input files; one writer here.

    Resumable per input file: the manifest (``ingest_manifest``) lists the files whose every
    record is committed, and a rerun skips them without opening them."""
    from ..readers.files import _expand
    from .known_pages import stored_page_check
    from .manifest import Manifest
    from .prepare import prepare

    paths = [str(p) for p in _expand(expand_inputs(inputs)) if p != "-"]
    manifest = Manifest(db)
    todo = [p for p in paths if not manifest.done(p)]
    known_check = partial(stored_page_check, db)  # workers skip the pages stored already
    if ray_address:
        from ..executors.ray_executor import RayFileExecutor

        executor = RayFileExecutor(options, address=None if ray_address == "local" else ray_address,
                                   num_cpus=workers if workers > 1 else None, known_check=known_check,
                                   page_filter=page_filter, prepare=prepare)
    else:
        from ..executors.files import FileExecutor

        # Workers also compute what the writer needs of each record that needs no database
        # (``prepare``), so the one writer only reads and writes the store.
        executor = FileExecutor(options, workers=workers, known_check=known_check, page_filter=page_filter,
                                prepare=prepare)
    writer = StoreWriter(db, batch_size=batch_size, wait=wait, on_wait=on_wait)
    writer.begin(paths)
    writer.counts["files.done-before"] = len(paths) - len(todo)
    writer.counts["files.done"] = 0
    try:
        for kind, path, payload in executor.run(todo):
            if kind == "records":
                for rec in payload:
                    writer.add(rec)
                if progress:
                    progress(writer.counts)
            else:  # the file's last record is queued: commit, then mark the file done
                writer.counts["skipped"] += payload["skipped"]
                for key in (k for k in payload if k.startswith("filtered.")):
                    writer.counts[key] = writer.counts.get(key, 0) + payload[key]
                writer.flush()
                manifest.mark_done(path, payload["records"], payload["skipped"], writer.run_id)
                writer.counts["files.done"] += 1
    finally:
        counts = writer.close()
        manifest.close()
    usage = getattr(executor, "usage", [])
    counts["workers.cpu_ms"] = sum(u["cpu_ms"] for u in usage)
    counts["workers.maxrss_kb"] = max((u["maxrss_kb"] for u in usage), default=0)
    return {**counts, "error_kinds": dict(writer.error_kinds)}
