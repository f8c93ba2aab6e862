"""Builders for hostile inputs: each makes its file in a test's temporary folder.

Nothing large is committed: a gzip bomb is many copies of one small gzip member, a long
feed or page is generated from a few invented sentences.
"""

from __future__ import annotations

import gzip
import io
import subprocess
import sys

from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

REPO = Path(__file__).resolve().parents[2]
DATELINE = [sys.executable, "-c", "from dateline.cli import main; main()"]

STORY = ("<html><head><title>{t}</title></head><body><article><h1>{t}</h1>"
         "<p>{t}: de gemeenteraad heeft dinsdag besloten de oude brug over de haven te sluiten voor "
         "herstelwerk, meldt een woordvoerder. Het werk duurt naar verwachting zes maanden.</p>"
         "<p>Fietsers en voetgangers kunnen in die tijd gebruikmaken van een pont die elk kwartier vaart, "
         "aldus de gemeente.</p></article></body></html>")


def story_html(title: str) -> bytes:
    return STORY.format(t=title).encode("utf-8")


def warc_records(n: int, gz: bool = True, resource_at: int | None = None) -> tuple[bytes, list[int]]:
    """A WARC of ``n`` HTML pages; returns the bytes and where each record starts."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    starts = []
    for i in range(n):
        starts.append(buf.tell())
        url = f"https://krant.example/nieuws/{i}"
        if i == resource_at:
            rec = writer.create_warc_record(url, "resource", payload=io.BytesIO(story_html(f"Bericht {i}")),
                                            warc_content_type="text/html; charset=utf-8")
        else:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(story_html(f"Bericht {i}")),
                                            http_headers=headers)
        writer.write_record(rec)
    return buf.getvalue(), starts


def gzip_bomb(path: Path, mib: int) -> None:
    """``mib`` MiB of zeros once decompressed, about ``mib`` KiB on disk: one small gzip
    member repeated (a gzip stream may hold many members)."""
    member = gzip.compress(b"\0" * (1 << 20), compresslevel=9)
    with open(path, "wb") as f:
        for _ in range(mib):
            f.write(member)


def rss(items: list[tuple[str, str]], prolog: str = "", doctype: str = "") -> str:
    body = "".join(f"<item><title>{t}</title><link>https://krant.example/{i}</link>"
                   f"<description>{d}</description></item>" for i, (t, d) in enumerate(items))
    return f'<?xml version="1.0" encoding="utf-8"?>{doctype}{prolog}<rss version="2.0"><channel>' \
           f"<title>Krant</title>{body}</channel></rss>"


def run_cli(args: list[str], timeout: float = 300, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(DATELINE + args, capture_output=True, text=True, timeout=timeout, cwd=REPO, **kw)


