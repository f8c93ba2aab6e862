"""dateline: reads news.

>>> import dateline
>>> record = dateline.read("page.html")                    # a path
>>> record = dateline.read(b"<html>...", url="https://...")  # bytes (or str) of one page
>>> for record in dateline.read_many(["pages/", "a.txt"]):  # many inputs, one record each
...     print(record["title"])

Every call gives plain JSON-ready dicts (see schema/record.schema.json); a page that cannot
be read gives a record with ``status == "error"`` instead of raising.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

from .pipeline import Options

__version__ = "0.1.0"
__all__ = ["read", "read_many", "Options", "__version__"]


def read_many(inputs: Iterable[str], options: Options | None = None,
              url: str | None = None, workers: int = 1,
              ray_address: str | None = None) -> Iterator[dict[str, Any]]:
    """Read paths, directories, archives and feeds; yield one record per document.

    ``workers > 1`` runs that many local processes; ``ray_address`` ("auto", "local" or a
    cluster address) runs the same steps on Ray instead.
    """
    from .executors import LocalExecutor, ProcessExecutor
    from .readers import iter_pages

    options = options or Options()
    pages = iter_pages(list(inputs), url=url, limit=options.max_read_bytes)
    if ray_address:
        from .executors.ray_executor import RayExecutor

        address = None if ray_address == "local" else ray_address
        ex = RayExecutor(options, address=address, num_cpus=workers if workers > 1 else None)
    elif workers > 1:
        ex = ProcessExecutor(options, workers=workers)
    else:
        ex = LocalExecutor(options)
    yield from ex.run(pages)


def read(page: str | Path | bytes, url: str | None = None, kind: str = "auto",
         options: Options | None = None) -> dict[str, Any]:
    """Read one page: a path, or the page's own bytes / text. Returns its record.

    A string that looks like a path (one short line naming a page file, or holding a
    slash and no markup) is read as a path, and a missing one gives a "not-found" error
    record instead of being read as the text of a page.  A folder gives its first record."""
    from .executors import LocalExecutor
    from .readers import page_from_bytes
    from .types import ErrorRecord, stable_id

    if isinstance(page, Path) or (isinstance(page, str) and _names_a_path(page)):
        source = str(page)
        if not _exists(source):
            return ErrorRecord(stable_id(source), source, "read", "not-found", "no such file").to_record()
        for record in read_many([source], options=options, url=url):
            return record
        return ErrorRecord(stable_id(source), source, "read", "no-documents",
                           "the folder holds no pages, archives or feeds").to_record()
    data = page.encode("utf-8") if isinstance(page, str) else page
    return next(LocalExecutor(options).run([page_from_bytes(data, "<memory>", url=url, kind=kind)]))


def _names_a_path(text: str) -> bool:
    if "\n" in text or len(text) >= 4096 or not text.strip() or "<" in text:
        return False
    from .readers.files import ARCHIVE_SUFFIXES, FEED_SUFFIXES, PAGE_SUFFIXES

    p = Path(text)
    suffixes = {s.lower() for s in p.suffixes}
    return (_exists(text) or bool(suffixes & (PAGE_SUFFIXES | ARCHIVE_SUFFIXES | FEED_SUFFIXES | {".gz"}))
            or ("/" in text and " " not in text.strip()))


def _exists(path: str) -> bool:
    try:
        return Path(path).exists()
    except (OSError, ValueError):  # a name too long for the file system names nothing
        return False
