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

    pages = iter_pages(list(inputs), url=url)
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
    """Read one page: a path, or the page's own bytes / text. Returns its record."""
    from .executors import LocalExecutor
    from .readers import page_from_bytes

    if isinstance(page, Path) or (isinstance(page, str) and "\n" not in page and len(page) < 4096
                                  and Path(page).exists()):
        records = list(read_many([str(page)], options=options, url=url))
        return records[0]
    data = page.encode("utf-8") if isinstance(page, str) else page
    return next(LocalExecutor(options).run([page_from_bytes(data, "<memory>", url=url, kind=kind)]))
