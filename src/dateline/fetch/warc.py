"""Every response, as it came over the wire, goes to a WARC file (with its request), so any
record can be re-read later exactly as it was fetched: ``read_warc_record(file, offset)``.

Bodies are stored raw (still gzip-encoded when the server sent them so; warcio decodes on
read).  A body that was cut (over the size cap, or refused for its type) is marked with
``WARC-Truncated``.  One file per run, rolled over at ``max_file_bytes``.
"""

from __future__ import annotations

import io
import os
from datetime import datetime, timezone
from pathlib import Path

# Headers httpx has already undone on the raw bytes we keep: de-chunked bytes must not claim
# to be chunked, or a WARC reader would try to de-chunk them again.
_DROP_HEADERS = {"transfer-encoding"}


class WarcSink:
    def __init__(self, folder: str | Path, prefix: str = "dateline", max_file_bytes: int = 1_000_000_000):
        try:
            from warcio.warcwriter import WARCWriter
        except ImportError as e:
            raise ImportError("writing WARC needs the 'warcio' package") from e
        self._writer_class = WARCWriter
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.prefix = prefix
        self.max_file_bytes = max_file_bytes
        self.file = None
        self.path: Path | None = None
        self.writer = None
        self.n_files = 0

    def _open(self) -> None:
        self.close()
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
        self.n_files += 1
        self.path = self.folder / f"{self.prefix}-{stamp}-{os.getpid()}-{self.n_files:05d}.warc.gz"
        self.file = open(self.path, "ab")
        self.writer = self._writer_class(self.file, gzip=True)

    def write(self, url: str, method: str, request_headers: list[tuple[str, str]], status: int, reason: str,
              http_version: str, response_headers: list[tuple[str, str]], raw_body: bytes,
              truncated: str | None = None, ip: str | None = None) -> tuple[str, int]:
        """Write request + response; return (file, offset of the response record)."""
        from warcio.statusandheaders import StatusAndHeaders

        if self.file is None or self.file.tell() > self.max_file_bytes:
            self._open()
        target = url.split("://", 1)[-1]
        path = "/" + target.split("/", 1)[1] if "/" in target else "/"
        req_http = StatusAndHeaders(f"{method} {path} {http_version}", request_headers, is_http_request=True)
        request = self.writer.create_warc_record(url, "request", payload=io.BytesIO(b""), length=0,
                                                 http_headers=req_http)
        headers = [(k, v) for k, v in response_headers if k.lower() not in _DROP_HEADERS]
        resp_http = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol=http_version)
        warc_headers = {}
        if truncated:
            warc_headers["WARC-Truncated"] = truncated
        if ip:
            warc_headers["WARC-IP-Address"] = ip
        response = self.writer.create_warc_record(url, "response", payload=io.BytesIO(raw_body),
                                                  length=len(raw_body), http_headers=resp_http,
                                                  warc_headers_dict=warc_headers)
        request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
        offset = self.file.tell()
        self.writer.write_record(response)
        self.writer.write_record(request)
        self.file.flush()
        return str(self.path), offset

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        self.file = self.writer = None


def read_warc_record(path: str, offset: int) -> tuple[str, int, bytes]:
    """(target URL, HTTP status, decoded body) of the response record at ``offset``."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as f:
        f.seek(offset)
        record = next(iter(ArchiveIterator(f)))
        status = int(record.http_headers.get_statuscode()) if record.http_headers else 0
        return record.rec_headers.get_header("WARC-Target-URI"), status, record.content_stream().read()
