"""Files, directories and stdin; dispatches archives and feeds to their readers."""

from __future__ import annotations

import gzip
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..types import ErrorRecord, RawPage, stable_id

# Files we read from a directory; anything else there is skipped (and counted by the CLI).
PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text", ".shtml"}
ARCHIVE_SUFFIXES = {".warc", ".arc"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
# Reading stops here: a page larger than this is cut and noted (see DecodeStep).
READ_LIMIT = 64 * 1024 * 1024


def _kind_for(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    last = suffixes[-1] if suffixes else ""
    if last in {".html", ".htm", ".xhtml", ".shtml"}:
        return "html"
    if last in {".txt", ".text"}:
        return "text"
    return "auto"


def _core_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes if s.lower() != ".gz"]
    return suffixes[-1] if suffixes else ""


def page_from_bytes(content: bytes, source: str = "-", url: str | None = None,
                    kind: str = "auto", **meta) -> RawPage:
    return RawPage(source=source, content=content, url=url, kind=kind, meta=dict(meta))


def _read_file(path: Path) -> bytes:
    with open(path, "rb") as f:
        data = f.read(READ_LIMIT + 1)
    if path.suffix.lower() == ".gz":
        data = gzip.decompress(data)
    return data


def _expand(inputs: Iterable[str]) -> Iterator[Path | str]:
    for item in inputs:
        if item == "-":
            yield "-"
            continue
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    f = Path(root) / name
                    if _core_suffix(f) in PAGE_SUFFIXES | ARCHIVE_SUFFIXES | FEED_SUFFIXES:
                        yield f
        else:
            yield p


def iter_pages(inputs: Iterable[str], url: str | None = None,
               stdin: "object | None" = None) -> Iterator[RawPage | ErrorRecord]:
    """Yield a RawPage for every document named by ``inputs`` (paths, dirs, "-")."""
    for item in _expand(inputs):
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield page_from_bytes(stream.read(), "-", url=url)
            continue
        path: Path = item  # type: ignore[assignment]
        suffix = _core_suffix(path)
        try:
            if suffix in ARCHIVE_SUFFIXES:
                from .warc import iter_warc

                yield from iter_warc(path)
                continue
            data = _read_file(path)
        except FileNotFoundError:
            yield ErrorRecord(stable_id(str(path)), str(path), "read", "not-found", "no such file")
            continue
        except (OSError, EOFError, gzip.BadGzipFile) as e:
            yield ErrorRecord(stable_id(str(path)), str(path), "read", "unreadable",
                              f"{type(e).__name__}: {e}")
            continue
        if suffix in FEED_SUFFIXES or (suffix == "" and data.lstrip()[:5] in (b"<?xml", b"<rss ")):
            from .feeds import is_feed, iter_feed

            if is_feed(data):
                yield from iter_feed(data, str(path))
                continue
        yield page_from_bytes(data, str(path), url=url, kind=_kind_for(path))
