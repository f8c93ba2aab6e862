"""Files, directories and stdin; dispatches archives and feeds to their readers.

Every path that reaches a reader ends as records: a file that cannot be read (missing, a
FIFO or device, a name that is not UTF-8, a broken gzip stream, more bytes than the cap
once decompressed) is an error record with that reason, and reading goes on.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
import zlib
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..types import ErrorRecord, RawPage, stable_id

# Files we read from a directory; anything else there is skipped (and counted by the CLI).
PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text", ".shtml"}
ARCHIVE_SUFFIXES = {".warc", ".arc"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
# A document with more bytes than this (after decompression) is an error record, "too-large".
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


def printable_name(path: str | Path) -> str:
    """The path as text that can be printed and stored: undecodable bytes as ``\\xNN``."""
    return os.fsencode(str(path)).decode("utf-8", "backslashreplace")


def _error(path: str | Path, kind: str, message: str) -> ErrorRecord:
    src = printable_name(path)
    return ErrorRecord(stable_id(src), src, "read", kind, message)


class _UpToBreak(io.RawIOBase):
    """A gzip stream (of any number of members) that ends where its data ends: a truncated
    or corrupt stream reads as shorter, and ``broken`` says why (a feed reader keeps the
    items before the break).  ``gzip.open`` would raise instead and lose the last chunk."""

    _IN = 1 << 16
    _OUT = 1 << 20

    def __init__(self, path: Path):
        self._f = open(path, "rb")
        self._d = zlib.decompressobj(31)
        self._carry = b""  # bytes after one member's end: the next member
        self._in_member = False
        self._pending = b""
        self._done = False
        self.broken: str | None = None

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        while not self._pending and not self._done:
            if self._d.unconsumed_tail:
                data = self._d.unconsumed_tail
            elif self._carry:
                data, self._carry = self._carry, b""
            else:
                data = self._f.read(self._IN)
            if not data:
                if self._in_member:
                    self.broken = "the compressed stream ends early"
                self._done = True
                return
            self._in_member = True
            try:
                self._pending = self._d.decompress(data, self._OUT)
            except zlib.error as e:
                self.broken = f"zlib.error: {e}"
                self._done = True
                return
            if self._d.eof:
                rest = self._d.unused_data
                self._d, self._in_member = zlib.decompressobj(31), False
                self._carry = rest if rest.strip(b"\0") else b""

    def read(self, size: int = -1) -> bytes:
        self._fill()
        size = len(self._pending) if size is None or size < 0 else size
        out, self._pending = self._pending[:size], self._pending[size:]
        return out

    def readinto(self, b) -> int:
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self) -> None:
        self._f.close()
        super().close()


def _opener(path: Path, up_to_break: bool = False):
    if path.suffix.lower() != ".gz":
        return lambda: open(path, "rb")
    return (lambda: _UpToBreak(path)) if up_to_break else (lambda: gzip.open(path, "rb"))


def _read_capped(stream: BinaryIO, limit: int) -> bytes | None:
    """At most ``limit`` bytes of the (decompressed) stream; None when there are more."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


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


def _unreadable_reason(path: Path) -> ErrorRecord | None:
    """Why a path cannot be read as a document, before opening it (a FIFO would block)."""
    try:
        os.fsencode(str(path)).decode("utf-8")
    except UnicodeDecodeError:
        return _error(path, "bad-name", "the file name is not valid UTF-8; rename the file to read it")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return _error(path, "not-found", "no such file")
    except OSError as e:
        return _error(path, "unreadable", f"{type(e).__name__}: {e.strerror or e}")
    if stat.S_ISDIR(mode):
        return None
    if not stat.S_ISREG(mode):
        return _error(path, "special-file", "not a regular file (a FIFO, socket or device); not read")
    return None


def _read_path(path: Path, url: str | None, limit: int) -> Iterator[RawPage | ErrorRecord]:
    suffix = _core_suffix(path)
    if suffix == ".warc":
        from .warc import iter_warc

        yield from iter_warc(path, limit)
        return
    if suffix == ".arc":
        from .warc import iter_arc

        yield from iter_arc(path, limit)
        return
    opener = _opener(path)
    if suffix in FEED_SUFFIXES or suffix == "":
        from .feeds import is_feed, iter_feed

        feed_opener = _opener(path, up_to_break=True)
        if (suffix in FEED_SUFFIXES or _starts_like_xml(feed_opener)) and is_feed(feed_opener):
            yield from iter_feed(feed_opener, printable_name(path), limit)
            return
    with opener() as stream:
        data = _read_capped(stream, limit)
    if data is None:
        yield _error(path, "too-large", f"more than {limit} bytes" + (" once decompressed" if path.suffix.lower()
                                                                       == ".gz" else ""))
        return
    yield page_from_bytes(data, str(path), url=url, kind=_kind_for(path))


def _starts_like_xml(opener) -> bool:
    with opener() as stream:
        head = stream.read(64).lstrip()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<!--", b"<rdf:RDF"))


def iter_pages(inputs: Iterable[str], url: str | None = None, stdin: "object | None" = None,
               limit: int = READ_LIMIT) -> Iterator[RawPage | ErrorRecord]:
    """Yield a RawPage or an ErrorRecord for every document named by ``inputs`` (paths,
    dirs, "-"); no document is larger than ``limit`` bytes once decompressed."""
    for item in _expand(inputs):
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = _read_capped(stream, limit)
            yield page_from_bytes(data, "-", url=url) if data is not None else \
                _error("-", "too-large", f"more than {limit} bytes on stdin")
            continue
        path: Path = item  # type: ignore[assignment]
        problem = _unreadable_reason(path)
        if problem is not None:
            yield problem
            continue
        try:
            yield from _read_path(path, url, limit)
        except FileNotFoundError:
            yield _error(path, "not-found", "no such file")
        except (gzip.BadGzipFile, zlib.error) as e:
            yield _error(path, "bad-gzip", f"{type(e).__name__}: {e}")
        except EOFError as e:
            yield _error(path, "truncated", f"the compressed stream ends early: {e}")
        except OSError as e:
            yield _error(path, "unreadable", f"{type(e).__name__}: {e}")
