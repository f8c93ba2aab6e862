"""Read + analyse + store: what ``dateline ingest`` does.

Inputs are what ``dateline read`` takes, plus lists of inputs: ``@list.txt`` always names a
list (one path a line, ``#`` comments), and a ``.txt`` file counts as a list when every one of
its non-blank lines names an existing path.  Pages whose id is already stored are skipped
before extraction, so re-running adds only what is new.
"""

from __future__ import annotations

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
           wait: bool = True, on_wait: Callable[[str], None] | None = None) -> dict:
    """Ingest every document of ``inputs`` into the store at ``db``; returns counts, with
    ``error_kinds`` (kind -> number) for the documents of this run that became errors.

    Another ingest into the same store makes this one wait for it (``on_wait`` is told), or
    with ``wait=False`` raise ``StoreBusy`` before anything is changed."""
    from ..executors import LocalExecutor
    from ..readers import iter_pages

    options = options or Options()
    paths = expand_inputs(inputs)
    writer = StoreWriter(db, batch_size=batch_size, pause_after_commit=pause_after_commit,
                         wait=wait, on_wait=on_wait)
    writer.begin(paths)

    def new_pages() -> Iterator[RawPage | ErrorRecord]:
        for page in iter_pages(paths, limit=options.max_read_bytes):
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
