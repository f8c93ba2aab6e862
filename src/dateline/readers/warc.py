"""WARC archives: one RawPage per HTML ``response`` or ``resource`` record.

The archive is cut into records by ``warc_split`` (which checks every record against what it
claims), and each whole record is parsed alone by warcio.  A record that cannot be read
(truncated, lying about its length, inside a corrupt gzip member, over the size cap) becomes
an error record with that reason, and reading goes on with the next record.  Records that
are no documents (requests, metadata, warcinfo; images and other non-text responses) are
passed over.
"""

from __future__ import annotations

import io
import mmap
from pathlib import Path
from typing import Iterator

from ..types import ErrorRecord, RawPage, stable_id
from .warc_split import GZIP_MAGIC, Piece, split_gzip_members, split_records

DOCUMENT_TYPES = {"response", "resource"}


def _content_type(record) -> str:
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _is_text(ctype: str) -> bool:
    low = ctype.lower()
    return not low or "html" in low or "text" in low


def _page(piece: Piece, source: str, limit: int) -> RawPage | ErrorRecord | None:
    """The page in one whole record, None when the record is no document."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        record = next(iter(ArchiveIterator(io.BytesIO(piece.data))))
        if record.rec_type not in DOCUMENT_TYPES:
            return None
        ctype = _content_type(record)
        if not _is_text(ctype):
            return None
        content = record.content_stream().read(limit + 1)
    except Exception as e:  # a record warcio cannot parse is this record's error alone
        return ErrorRecord(stable_id(source), source, "read", "bad-record",
                           f"WARC record at byte {piece.offset} unreadable: {type(e).__name__}: {e}")
    if len(content) > limit:
        return ErrorRecord(stable_id(source), source, "read", "too-large",
                           f"WARC record at byte {piece.offset} holds more than {limit} bytes")
    charset = None
    if "charset=" in ctype.lower():
        charset = ctype.lower().split("charset=")[-1].split(";")[0].strip() or None
    return RawPage(source=source, content=content, url=record.rec_headers.get_header("WARC-Target-URI"),
                   kind="html" if "html" in ctype.lower() else "auto", encoding=charset,
                   fetched=record.rec_headers.get_header("WARC-Date"))


def iter_warc(path: Path, limit: int) -> Iterator[RawPage | ErrorRecord]:
    """Every document of the archive at ``path`` (pages of at most ``limit`` bytes)."""
    try:
        import warcio  # noqa: F401  (declared dependency; fail by name if missing)
    except ImportError as e:
        raise ImportError("reading WARC needs the 'warcio' package") from e
    with open(path, "rb") as f:
        if f.seek(0, 2) == 0:
            src = f"{path}#1"
            yield ErrorRecord(stable_id(src), src, "read", "empty", "the archive is empty")
            return
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
            if bytes(buf[:3]) == GZIP_MAGIC:
                pieces = split_gzip_members(buf, limit)
            else:
                pieces = split_records(buf, 0, len(buf), 0, limit)
            n = 0
            for piece in pieces:
                if piece.problem is None:
                    item = _page(piece, f"{path}#{n + 1}", limit)
                    if item is None:
                        continue
                elif piece.warc_type is not None and piece.warc_type not in DOCUMENT_TYPES:
                    continue  # a broken request or metadata record held no document
                else:
                    src = f"{path}#{n + 1}"
                    item = ErrorRecord(stable_id(src), src, "read", piece.problem,
                                       f"WARC record at byte {piece.offset}: {piece.detail}")
                n += 1
                yield item
            if n == 0 and bytes(buf[:7]) != b"WARC/1." and bytes(buf[:3]) != GZIP_MAGIC:
                src = f"{path}#1"
                yield ErrorRecord(stable_id(src), src, "read", "not-warc", "the file holds no WARC record")


def iter_arc(path: Path, limit: int) -> Iterator[RawPage | ErrorRecord]:
    """Old ARC archives, read front to back by warcio; a broken one ends with an error record."""
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        with open(path, "rb") as f:
            for record in ArchiveIterator(f, arc2warc=True):
                if record.rec_type not in DOCUMENT_TYPES or not _is_text(_content_type(record)):
                    continue
                n += 1
                src = f"{path}#{n}"
                content = record.content_stream().read(limit + 1)
                if len(content) > limit:
                    yield ErrorRecord(stable_id(src), src, "read", "too-large", f"record over {limit} bytes")
                    continue
                yield RawPage(source=src, content=content, url=record.rec_headers.get_header("WARC-Target-URI"),
                              kind="auto", fetched=record.rec_headers.get_header("WARC-Date"))
    except Exception as e:  # the rest of a broken ARC cannot be found: say where it broke
        src = f"{path}#{n + 1}"
        yield ErrorRecord(stable_id(src), src, "read", "archive",
                          f"archive unreadable after {n} records: {type(e).__name__}: {e}")
