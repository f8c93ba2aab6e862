"""WARC archives: one RawPage per HTML response record; a truncated archive ends cleanly
with an error record for the part that could not be read."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..types import ErrorRecord, RawPage, stable_id


def iter_warc(path: Path) -> Iterator[RawPage | ErrorRecord]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError as e:  # declared dependency; fail by name if missing
        raise ImportError("reading WARC needs the 'warcio' package") from e
    n = 0
    try:
        with open(path, "rb") as f:
            for record in ArchiveIterator(f):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if ctype and "html" not in ctype.lower() and "text" not in ctype.lower():
                    continue
                n += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                charset = None
                if "charset=" in ctype.lower():
                    charset = ctype.lower().split("charset=")[-1].split(";")[0].strip()
                yield RawPage(source=f"{path}#{n}", content=record.content_stream().read(),
                              url=url, kind="html" if "html" in ctype.lower() else "auto",
                              encoding=charset,
                              fetched=record.rec_headers.get_header("WARC-Date"))
    except Exception as e:  # truncated or corrupt archive: keep what was read, report the rest
        src = f"{path}#{n + 1}"
        yield ErrorRecord(stable_id(src), src, "read", "archive",
                          f"archive unreadable after {n} records: {type(e).__name__}: {e}")
