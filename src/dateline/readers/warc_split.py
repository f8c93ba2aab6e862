"""Cut a WARC file into records without trusting it.

warcio reads a stream front to back and believes every header: a record that claims a huge
Content-Length swallows the records behind it, a truncated record comes out as if whole, and
one corrupt gzip member ends the archive.  Here the file is cut into pieces first, each
checked against what it claims, and each whole record is then parsed alone (by warcio):

- gzip members are found one by one; a member that does not inflate is reported
  (``bad-gzip-member``) and reading resumes at the next gzip header; a member that inflates
  past the size cap is reported (``too-large``) without holding it in memory;
- inside the (inflated) bytes, a record whose Content-Length runs past the next record's
  ``WARC/1.x`` line or past the end of the data is reported (``bad-length`` / ``truncated``)
  and reading resumes at the next record.

The file is memory-mapped, so a large archive is never read into memory at once.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import Iterator

GZIP_MAGIC = b"\x1f\x8b\x08"
_CHUNK = 1 << 20
_MAX_HEADER = 64 * 1024
_RECORD_START = re.compile(rb"(?:^|\r?\n)(WARC/1\.[01]\r?\n)")
_LENGTH = re.compile(rb"^content-length:[ \t]*(\d+)[ \t]*\r?$", re.I | re.M)
_TYPE = re.compile(rb"^warc-type:[ \t]*([A-Za-z-]+)", re.I | re.M)


@dataclass
class Piece:
    """One record's bytes, or why there is none: ``problem`` is None for a whole record."""

    offset: int  # where it starts in the file (compressed offset for gzip members)
    data: bytes = b""
    problem: str | None = None  # truncated | bad-length | bad-gzip-member | too-large | no-record
    detail: str = ""
    warc_type: str | None = None


def _warc_type(header: bytes) -> str | None:
    m = _TYPE.search(header)
    return m.group(1).decode("ascii").lower() if m else None


def _next_start(buf, pos: int, end: int) -> int:
    """Offset of the next ``WARC/1.x`` line at or after ``pos`` (line start), else -1."""
    while True:
        i = buf.find(b"WARC/1.", pos, end)
        if i < 0:
            return -1
        if i == 0 or buf[i - 1:i] == b"\n":
            return i
        pos = i + 1


def split_records(buf, start: int, end: int, base: int, limit: int) -> Iterator[Piece]:
    """Whole records in ``buf[start:end]``; ``base`` is added to offsets for messages."""
    pos = _next_start(buf, start, end)
    while 0 <= pos < end:
        head_end = buf.find(b"\r\n\r\n", pos, min(end, pos + _MAX_HEADER))
        sep = 4
        if head_end < 0:
            head_end, sep = buf.find(b"\n\n", pos, min(end, pos + _MAX_HEADER)), 2
        if head_end < 0:
            yield Piece(base + pos, problem="truncated", detail="record header is cut off")
            return
        header = bytes(buf[pos:head_end])
        kind = _warc_type(header)
        m = _LENGTH.search(header)
        body = head_end + sep
        following = _next_start(buf, body, end)
        if m is None:
            yield Piece(base + pos, problem="bad-length", detail="record has no Content-Length", warc_type=kind)
            pos = following
            continue
        length = int(m.group(1))
        stop = body + length
        if stop > end or (following >= 0 and following < stop and not _is_boundary(buf, stop, end)):
            if following >= 0:
                yield Piece(base + pos, problem="bad-length", warc_type=kind,
                            detail=f"record claims {length} bytes but the next record starts "
                                   f"{following - body} bytes into it")
                pos = following
                continue
            yield Piece(base + pos, problem="truncated", warc_type=kind,
                        detail=f"record claims {length} bytes, only {end - body} are there")
            return
        if length > limit:
            yield Piece(base + pos, problem="too-large", warc_type=kind,
                        detail=f"record of {length} bytes is over the {limit}-byte cap")
        else:
            yield Piece(base + pos, data=bytes(buf[pos:stop]) + b"\r\n\r\n", warc_type=kind)
        pos = _next_start(buf, stop, end)
        if pos < 0 and bytes(buf[stop:end]).strip():
            yield Piece(base + stop, problem="truncated", detail="the archive ends inside a record's first line")


def _is_boundary(buf, stop: int, end: int) -> bool:
    """A record's claimed end is right when blank lines, then the next record or the end, follow."""
    tail = bytes(buf[stop:min(end, stop + 16)]).lstrip(b"\r\n")
    return tail == b"" or tail.startswith(b"WARC/1.")


def split_gzip_members(buf, limit: int) -> Iterator[Piece]:
    """Records of every gzip member; a bad member is one piece with its problem."""
    pos, size = 0, len(buf)
    while pos < size:
        if bytes(buf[pos:pos + 3]) != GZIP_MAGIC:
            nxt = buf.find(GZIP_MAGIC, pos + 1)
            if bytes(buf[pos:nxt if nxt >= 0 else size]).strip(b"\x00\r\n \t"):
                yield Piece(pos, problem="bad-gzip-member", detail="bytes that are no gzip member")
            if nxt < 0:
                return
            pos = nxt
            continue
        inflated, used, problem = _inflate_member(buf, pos, limit)
        if problem == "bad-gzip-member":
            nxt = buf.find(GZIP_MAGIC, pos + 1)
            yield Piece(pos, problem=problem, detail="gzip member does not inflate")
            if nxt < 0:
                return
            pos = nxt
            continue
        if problem == "too-large":
            yield Piece(pos, problem=problem, detail=f"gzip member inflates past the {limit}-byte cap")
        elif problem == "truncated" and not inflated:
            yield Piece(pos, problem=problem, detail="the archive ends inside a gzip member")
        else:
            pieces = list(split_records(inflated, 0, len(inflated), pos, limit))
            for piece in pieces:
                piece.offset = pos  # a member's records are found by the member's offset
                yield piece
            if not pieces and inflated.strip():
                yield Piece(pos, problem="no-record", detail="gzip member holds no WARC record")
        if problem == "truncated":
            return
        pos += used


def _inflate_member(buf, pos: int, limit: int) -> tuple[bytes, int, str | None]:
    """(inflated bytes, compressed length, problem) of the member at ``pos``.

    Past the cap the output is thrown away (the member is still inflated to find its end),
    so a gzip bomb costs time, not memory."""
    d = zlib.decompressobj(31)
    out = bytearray()
    over = False
    fed = pos
    size = len(buf)
    try:
        while not d.eof and fed < size:
            chunk = bytes(buf[fed:fed + _CHUNK])
            fed += len(chunk)
            data = d.decompress(chunk, _CHUNK)
            while True:
                if not over:
                    out += data
                    if len(out) > limit:
                        over, out = True, bytearray()
                if d.eof or not d.unconsumed_tail:
                    break
                data = d.decompress(d.unconsumed_tail, _CHUNK)
    except zlib.error:
        return b"", 0, "bad-gzip-member"
    if not d.eof:
        return bytes(out), fed - pos, "truncated"
    used = fed - pos - len(d.unused_data)
    if over:
        return b"", used, "too-large"
    return bytes(out), used, None
